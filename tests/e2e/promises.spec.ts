// Issue 22: the promises tracker, `?view=promises` (`&p=PROVISION` for one row). The
// drawing worker draws it from the whole corpus; the seeds carry promises, so the
// matrix must be drawn (a corpus without any says so in words: views' native tests).
import { Page } from '@playwright/test';
import { test, expect, openApp, queryOf, watchProblems, expectNoProblems } from './fixtures';
import { Shell } from './shell-page';

const PROMISES = '?view=promises';

/** Waits until the worker has drawn the matrix. */
async function drawn(page: Page): Promise<void> {
  await expect(page.getByTestId('promises-matrix')).toBeVisible();
}

test.describe('promises', () => {
  test('the tab opens the view, which says what it tracks and what it found', async ({ page }) => {
    await openApp(page);
    const shell = new Shell(page);
    await page.getByTestId('tab-promises').click();
    await shell.expectView('promises');
    await expect.poll(() => queryOf(page).view).toBe('promises');
    const view = page.getByTestId('promises');
    await expect(view.getByRole('heading', { name: 'Promises' })).toBeVisible();
    await expect(view.locator('.promises-note')).toContainText('only ever what a sentence says');
    // The matrix, with each row said in words.
    await drawn(page);
    await expect(page.getByTestId('promise-row').first()).toContainText(/promised|names/);
    await expect(page.getByTestId('tab-promises')).toHaveAttribute('aria-current', 'page');
    await expect(page).toHaveTitle('Promises · Cairo Talks');
  });

  test('an unknown provision is ignored and the notice says so', async ({ page }) => {
    await openApp(page, `${PROMISES}&p=no-such-provision`);
    const shell = new Shell(page);
    await shell.expectView('promises');
    await expect(shell.notice).toBeVisible();
    await expect(shell.notice).toContainText('p=no-such-provision');
    await expect(shell.notice).toContainText('no provision with this id');
    // The rest of the link still holds: the view, and a filter beside it.
    await openApp(page, `${PROMISES}&f=hamas&p=no-such-provision`);
    await shell.expectView('promises');
    await expect.poll(() => queryOf(page).f).toBe('hamas');
  });

  test('the link round trip: a filter stays with the view, back and forward', async ({ page }) => {
    await openApp(page, `${PROMISES}&f=hamas`);
    const shell = new Shell(page);
    await shell.expectView('promises');
    await page.getByTestId('tab-timeline').click();
    await shell.expectView('timeline');
    await shell.expectSearch('?f=hamas');
    await page.goBack();
    await shell.expectView('promises');
    await shell.expectSearch(`${PROMISES}&f=hamas`);
  });

  test('without JavaScript, its page draws the view', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const problems = watchProblems(page, new URL(baseURL!).origin);
    const response = await page.goto(`${baseURL}promises/`);
    expect(response?.status()).toBe(200);
    await expect(page.getByTestId('current-view')).toHaveAttribute('data-view', 'promises');
    await drawn(page);
    await expect(page).toHaveTitle('Promises · Cairo Talks');
    const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
    expect(new URL(canonical!).pathname).toBe(new URL(`${baseURL}promises/`).pathname);
    expectNoProblems(problems);
    await context.close();
  });

  test('on a phone the view fits the screen, one card per provision', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await openApp(page, PROMISES);
    const shell = new Shell(page);
    await shell.expectView('promises');
    await drawn(page);
    await shell.expectNoHorizontalScroll(375);
    const rows = page.getByTestId('promise-row');
    if ((await rows.count()) === 0) return;
    await expect(rows.first()).toHaveCSS('display', 'block');
    const box = (await rows.first().boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(375);
  });

  test('a cell opens its sentences, and a sentence opens the reader there', async ({ page }) => {
    await openApp(page, PROMISES);
    await new Shell(page).expectView('promises');
    await drawn(page);
    const cells = page.locator('[data-testid=promise-cell]:not([data-state=empty])');
    const cell = cells.first();
    // Every status is in words, never a colour alone.
    await expect(cell.locator('summary .mark').first()).not.toBeEmpty();
    // By keyboard: the summary takes focus and Enter opens it.
    await cell.locator('summary').focus();
    await page.keyboard.press('Enter');
    const sentence = cell.getByTestId('promise-sentence').first();
    await expect(sentence).toBeVisible();
    const href = (await sentence.getAttribute('href'))!;
    const article = new URLSearchParams(href.split('#')[0].slice(1)).get('a');
    await sentence.click();
    await new Shell(page).expectView('read');
    await expect.poll(() => queryOf(page).a).toBe(article);
    await expect(page.locator('.sentence.targeted').first()).toBeVisible();
  });

  test('a row head shows that provision alone, and "All provisions" brings the rest back', async ({ page }) => {
    await openApp(page, PROMISES);
    await new Shell(page).expectView('promises');
    await drawn(page);
    const row = page.getByTestId('promise-row').first();
    const id = (await row.getAttribute('data-provision'))!;
    await row.getByRole('rowheader').getByRole('link').click();
    await expect.poll(() => queryOf(page).p).toBe(id);
    await expect(page.getByTestId('promise-row')).toHaveCount(1);
    await page.getByTestId('promises-all').click();
    await expect.poll(() => queryOf(page).p).toBeUndefined();
  });
});
