// Issue 4: the reader, the page at phone width, keyboard access to the shared controls
// and the entity picker's type-ahead.
import { test, expect, openApp, queryOf } from './fixtures';
import { Shell } from './shell-page';

const READ_2014 = '?view=read&a=cairo-2014-09';

test.describe('reader', () => {
  test('opens the article named by the URL with its mentions highlighted', async ({ page }) => {
    await openApp(page, READ_2014);
    const shell = new Shell(page);
    await shell.expectView('read');
    const article = page.locator('article.article-text');
    await expect(article.locator('time').first()).toHaveAttribute('datetime', '2014-09-24');
    await expect(page.locator('#article-headline')).not.toBeEmpty();
    // The three entities the issue names, each highlighted where the text names it.
    for (const [id, text] of [
      ['hamas', /Hamas/],
      ['fatah', /Fatah/],
      ['izzat-risheq', /Risheq/],
    ] as const) {
      const mention = shell.mention(id);
      await expect(mention.first(), `a mention of ${id}`).toBeVisible();
      await expect(mention.first()).toHaveText(text);
      // Inside the article's text, not only in the side lists.
      await expect(article.locator(`[data-testid=mention][data-entity="${id}"]`).first()).toBeVisible();
    }
    // Only this article: no mention of someone the 2014 article never names.
    await expect(shell.mention('khaled-mashaal')).toHaveCount(0);
    await expect(page).toHaveTitle(/Reader · Cairo Talks/);
  });

  test('clicking a mention filters by that entity', async ({ page }) => {
    await openApp(page, READ_2014);
    const shell = new Shell(page);
    await shell.mention('izzat-risheq').first().click();
    await expect.poll(() => queryOf(page).e).toBe('izzat-risheq');
    await shell.expectView('read');
    await expect(page.getByTestId('active-filter')).toContainText(['Risheq']);
  });

  test('the reader is usable at 375 px wide', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await openApp(page, READ_2014);
    const shell = new Shell(page);
    await expect(page.locator('#article-headline')).toBeVisible();
    await expect(shell.mention('hamas').first()).toBeVisible();
    await shell.expectNoHorizontalScroll(375);
    // The text column fits the screen: its paragraphs start and end inside it.
    const para = page.locator('article.article-text .text p').first();
    await expect(para).toBeVisible();
    const box = (await para.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    expect(box.width, 'a readable column, not a sliver').toBeGreaterThan(250);
    // The navigation and the copy link stay reachable.
    await expect(page.getByTestId('tab-map')).toBeVisible();
    await expect(page.getByTestId('copy-link')).toBeVisible();
  });

  test('the default view is usable at 375 px wide', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await openApp(page);
    const shell = new Shell(page);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByTestId('timeline-item').first()).toBeVisible();
    await shell.expectNoHorizontalScroll(375);
  });
});

test.describe('keyboard', () => {
  test('Tab reaches every shared control, each with a visible focus outline', async ({ page }) => {
    await openApp(page, READ_2014);
    // Where Tab lands, and how the focused element is outlined.
    const reached = new Set<string>();
    const unstyled: string[] = [];
    const wanted = ['skip-link', 'tab-timeline', 'tab-map', 'tab-read', 'copy-link', 'filters-toggle', 'search',
      'entity-picker', 'date-from', 'date-to', 'faction-chip', 'topic-chip'];
    for (let i = 0; i < 60 && !wanted.every((w) => reached.has(w)); i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        return {
          key: el.dataset.testid ?? (el.classList.contains('skip-link') ? 'skip-link' : el.tagName.toLowerCase()),
          focusVisible: el.matches(':focus-visible'),
          outline: `${style.outlineStyle} ${style.outlineWidth}`,
        };
      });
      if (!focused) continue;
      reached.add(focused.key);
      // The filter controls sit behind the toggle: open it from the keyboard.
      if (focused.key === 'filters-toggle' && (await page.getByTestId('filters-toggle').getAttribute('aria-expanded')) !== 'true') {
        await page.keyboard.press('Enter');
      }
      if (!focused.focusVisible || focused.outline.startsWith('none') || focused.outline.endsWith(' 0px')) {
        unstyled.push(`${focused.key}: ${focused.outline}`);
      }
    }
    expect([...wanted].filter((w) => !reached.has(w)), 'controls Tab never reached').toEqual([]);
    expect(unstyled, 'focused elements without a visible outline').toEqual([]);
  });

  test('Escape closes the entity picker', async ({ page }) => {
    await openApp(page, READ_2014);
    const shell = new Shell(page);
    const option = await shell.typeInPicker('mash');
    await expect(option).toBeVisible();
    await expect(shell.picker).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Escape');
    await expect(shell.suggestions).toBeHidden();
    await expect(shell.picker).toHaveAttribute('aria-expanded', 'false');
    // Escape picked nothing.
    expect(queryOf(page).e).toBeUndefined();
  });

  test('the entity picker finds a person by an alias and Enter adds the filter', async ({ page }) => {
    await openApp(page, READ_2014);
    const shell = new Shell(page);
    // "Meshaal" is an alias; the canonical name is Khaled Mashaal.
    const first = await shell.typeInPicker('Meshaal');
    await expect(first).toHaveAttribute('data-entity', 'khaled-mashaal');
    await expect(first).toContainText('Khaled Mashaal');
    await page.keyboard.press('Enter');
    await expect.poll(() => queryOf(page).e).toBe('khaled-mashaal');
    await expect(shell.suggestions).toBeHidden();
    await expect(shell.picker).toHaveValue('');
    await expect(page.getByTestId('active-filter')).toContainText(['Khaled Mashaal']);
  });
});
