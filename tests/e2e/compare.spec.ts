import { test, expect, openApp, queryOf } from './fixtures';

// Issue 7: the side-by-side comparison.
const TWO = '?view=compare&cmp=cairo-2014-09,cairo-2017-11';
const THREE = '?view=compare&cmp=cairo-2013-01,cairo-2014-09,cairo-2017-11';

test.describe('comparison at 1280 px', () => {
  test('two columns, in the order of the link', async ({ page }) => {
    await openApp(page, TWO);
    const columns = page.getByTestId('compare-column');
    await expect(columns).toHaveCount(2);
    await expect(columns.nth(0)).toHaveAttribute('data-article', 'cairo-2014-09');
    await expect(columns.nth(1)).toHaveAttribute('data-article', 'cairo-2017-11');
    // Reversed in the URL, reversed on screen.
    await openApp(page, '?view=compare&cmp=cairo-2017-11,cairo-2014-09');
    await expect(page.getByTestId('compare-column').nth(0)).toHaveAttribute('data-article', 'cairo-2017-11');
  });

  test('terrorist framing is counted only in the 2017 column', async ({ page }) => {
    await openApp(page, TWO);
    const counts = page.getByTestId('framing-counts');
    const count = (article: string) =>
      counts.locator(`td[data-term="terrorist"][data-article="${article}"]`).getAttribute('data-count');
    expect(Number(await count('cairo-2014-09'))).toBe(0);
    expect(Number(await count('cairo-2017-11'))).toBeGreaterThan(0);
  });

  test('who gets a voice: Risheq under Hamas in 2014, Naim under Hamas in 2017', async ({ page }) => {
    await openApp(page, TWO);
    const voice = (article: string, person: string) =>
      page.locator(`[data-testid=voices][data-article="${article}"] [data-faction="hamas"] [data-entity="${person}"]`);
    await expect(voice('cairo-2014-09', 'izzat-risheq')).toBeVisible();
    await expect(voice('cairo-2017-11', 'bassem-naim')).toBeVisible();
    await expect(voice('cairo-2014-09', 'bassem-naim')).toHaveCount(0);
  });

  test('the security-control row holds sentences from both articles, level with each other', async ({ page }) => {
    await openApp(page, TWO);
    const row = page.locator('[data-testid=topic-row][data-topic="security-control"]');
    for (const article of ['cairo-2014-09', 'cairo-2017-11']) {
      await expect(row.locator(`.cell[data-article="${article}"] .sentence`).first()).toBeVisible();
    }
    const tops = await row.locator('.cell').evaluateAll((cells) => cells.map((c) => Math.round(c.getBoundingClientRect().top)));
    expect(new Set(tops).size, 'the cells of one row start at the same height').toBe(1);
  });

  test('a three-way comparison has three columns and three counts per topic', async ({ page }) => {
    await openApp(page, THREE);
    await expect(page.getByTestId('compare-column')).toHaveCount(3);
    const rows = page.getByTestId('compare-matrix').locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(3);
    for (const row of await rows.all()) {
      await expect(row.locator('td')).toHaveCount(3);
    }
  });

  test('picking an article writes cmp= in order', async ({ page }) => {
    await openApp(page, '?view=compare&cmp=cairo-2014-09');
    await page.getByTestId('compare-select').nth(1).selectOption('cairo-2024-10');
    await expect.poll(() => queryOf(page).cmp).toBe('cairo-2014-09,cairo-2024-10');
    await expect(page.getByTestId('compare-column')).toHaveCount(2);
  });
});

test.describe('comparison at 375 px', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test('columns become tabs and the topic rows keep the chosen one', async ({ page }) => {
    await openApp(page, TWO);
    const tabs = page.getByRole('tab');
    await expect(tabs).toHaveCount(2);
    await expect(tabs.nth(0)).toHaveAttribute('aria-selected', 'true');
    const row = page.locator('[data-testid=topic-row][data-topic="security-control"]');
    await expect(row.locator('.cell[data-article="cairo-2014-09"]')).toBeVisible();
    await expect(row.locator('.cell[data-article="cairo-2017-11"]')).toHaveCount(0);
    await tabs.nth(1).click();
    await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(row.locator('.cell[data-article="cairo-2017-11"]')).toBeVisible();
    await expect(row.locator('.cell[data-article="cairo-2014-09"]')).toHaveCount(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});
