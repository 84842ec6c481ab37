// Issue 4: every change is in the URL; the URL alone reopens the view, in this tab, after
// a reload, in a new browser; back and forward step through meaningful changes; a bad
// link still opens and says what it ignored; the copy-link button copies the full URL.
import { test, expect, openApp, queryOf, watchProblems, expectNoProblems } from './fixtures';
import { Shell } from './shell-page';

const READ_2014 = '?view=read&a=cairo-2014-09';
// The state after choosing Hamas and typing "salaries" in the reader, canonical order.
const FILTERED = '?view=read&f=hamas&q=salaries&a=cairo-2014-09';

/** Opens the 2014 article, chooses the Hamas chip and types a query. */
async function chooseHamasAndType(shell: Shell): Promise<void> {
  await shell.openFilters();
  await shell.factionChip('hamas').click();
  await expect.poll(() => queryOf(shell.page).f).toBe('hamas');
  await shell.search.click();
  await shell.search.pressSequentially('salaries', { delay: 20 });
  await shell.expectSearch(FILTERED);
}

/** What the filtered reader looks like; the same checks after reload, back, new context. */
async function expectFilteredReader(shell: Shell): Promise<void> {
  await shell.expectView('read');
  await shell.openFilters();
  await expect(shell.factionChip('hamas')).toHaveAttribute('aria-pressed', 'true');
  await expect(shell.factionChip('fatah')).toHaveAttribute('aria-pressed', 'false');
  await expect(shell.search).toHaveValue('salaries');
  await expect(shell.page.locator('#article-headline')).toBeVisible();
  await expect(shell.page.locator('article.article-text time').first()).toHaveAttribute('datetime', '2014-09-24');
  // The text filter marks its hit in the article.
  await expect(shell.page.locator('mark.query-hit').first()).toHaveText(/salaries/i);
  await expect(shell.page.getByTestId('active-filter')).toHaveCount(2);
}

test('a faction chip and the search box write the URL; typing adds no history entry per keystroke', async ({ page }) => {
  await openApp(page, READ_2014);
  const shell = new Shell(page);
  const start = await shell.historyLength();
  await shell.openFilters();
  await shell.factionChip('hamas').click();
  await shell.expectSearch('?view=read&f=hamas&a=cairo-2014-09');
  const afterChip = await shell.historyLength();
  expect(afterChip, 'a chip is a step back can undo').toBe(start + 1);
  await shell.search.click();
  await shell.search.pressSequentially('salaries', { delay: 20 });
  await shell.expectSearch(FILTERED);
  expect(await shell.historyLength(), 'eight keystrokes, no new history entries').toBe(afterChip);
  // Typing does not scroll the page either.
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await expectFilteredReader(shell);
});

test('reloading the URL reopens the same view', async ({ page }) => {
  await openApp(page, READ_2014);
  const shell = new Shell(page);
  await chooseHamasAndType(shell);
  await page.reload();
  await shell.expectSearch(FILTERED);
  await expectFilteredReader(shell);
});

test('the URL opened in a new browser context shows the same view', async ({ page, browser, baseURL }) => {
  await openApp(page, READ_2014);
  await chooseHamasAndType(new Shell(page));
  const url = page.url();
  const context = await browser.newContext({ baseURL });
  try {
    const other = await context.newPage();
    const problems = watchProblems(other, new URL(baseURL!).origin);
    await other.goto(url);
    const shell = new Shell(other);
    await shell.expectSearch(FILTERED);
    await expectFilteredReader(shell);
    expectNoProblems(problems);
  } finally {
    await context.close();
  }
});

test('back and forward restore the previous views exactly', async ({ page }) => {
  await openApp(page, READ_2014);
  const shell = new Shell(page);
  await chooseHamasAndType(shell);
  // A view change pushes an entry, keeping the filters.
  await page.getByTestId('tab-map').click();
  await shell.expectView('map');
  await shell.expectSearch('?view=map&f=hamas&q=salaries&a=cairo-2014-09');
  await expect(page.getByTestId('map-node').first()).toBeVisible();

  await page.goBack();
  await shell.expectSearch(FILTERED);
  await expectFilteredReader(shell);

  // Before the chip: the typed query was a replacement of the chip's entry, so one more
  // step back is the unfiltered article.
  await page.goBack();
  await shell.expectSearch(READ_2014);
  await shell.expectView('read');
  await shell.openFilters();
  await expect(shell.factionChip('hamas')).toHaveAttribute('aria-pressed', 'false');
  await expect(shell.search).toHaveValue('');
  await expect(page.getByTestId('active-filter')).toHaveCount(0);
  await expect(page.locator('mark.query-hit')).toHaveCount(0);

  await page.goForward();
  await shell.expectSearch(FILTERED);
  await expectFilteredReader(shell);

  await page.goForward();
  await shell.expectSearch('?view=map&f=hamas&q=salaries&a=cairo-2014-09');
  await shell.expectView('map');
  await expect(shell.search).toHaveValue('salaries');
});

test('a link with bad parameters opens the default view and a dismissible notice names them', async ({ page }) => {
  await openApp(page, '?f=nonsense&a=missing&from=20x4');
  const shell = new Shell(page);
  await shell.expectView('timeline');
  await expect(page.getByTestId('timeline-item').first()).toBeVisible();
  // Nothing of the bad link is applied as a filter.
  await expect(page.getByTestId('active-filter')).toHaveCount(0);
  await expect(shell.notice).toBeVisible();
  const ignored = shell.notice.locator('li');
  await expect(ignored).toHaveCount(3);
  await expect(shell.notice).toContainText('f=nonsense');
  await expect(shell.notice).toContainText('a=missing');
  await expect(shell.notice).toContainText('from=20x4');
  await shell.notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(shell.notice).toBeHidden();
  // A clean link shows no notice.
  await openApp(page, READ_2014);
  await expect(shell.notice).toBeHidden();
});

test('the copy-link button copies the full URL and says so', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
  await openApp(page, READ_2014);
  const shell = new Shell(page);
  await shell.openFilters();
  await shell.factionChip('hamas').click();
  await shell.expectSearch('?view=read&f=hamas&a=cairo-2014-09');
  await page.getByTestId('copy-link').click();
  await expect(page.getByTestId('copy-confirmation')).toBeVisible();
  await expect(page.getByTestId('copy-confirmation')).toHaveText(/copied/i);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
  // The full URL, under the GitHub Pages sub-path.
  expect(copied).toBe(`${baseURL}?view=read&f=hamas&a=cairo-2014-09`);
  expect(new URL(copied).pathname).toBe('/cairo-talks/');
});
