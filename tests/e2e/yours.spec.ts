import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Page } from '@playwright/test';
import { test, expect, openApp, watchProblems, expectNoProblems } from './fixtures';

// "Add an article" (issue 13): the dialog runs in the worker, the article is read by
// the corpus's own extractor, kept in localStorage and shown in every view, marked.

/** A report of the February 2021 round in Cairo, written for this test: the round is
 *  not in the published corpus. */
const ARTICLE = [
  'Palestinian factions agree in Cairo on the path to elections',
  '',
  'Palestinian factions meeting in Cairo agreed on Tuesday on how to hold the first elections in fifteen years, delegates said after two days of talks hosted by Egypt.',
  '',
  'Fatah and Hamas, with a dozen smaller groups, backed a special court to settle election disputes and pledged to respect the results. Jibril Rajoub led the Fatah delegation.',
  '',
  '"We have agreed on everything the elections need," Rajoub told reporters after the meeting.',
  '',
  'President Mahmoud Abbas had set legislative elections for May 22 and a presidential vote for July 31.',
].join('\n');
const TALKS = '2021-02-09';
const MARK = 'yours, not in the published corpus';
const KEY = 'cairo-talks:yours';

const dialog = (page: Page) => page.getByTestId('add-article-dialog');
const problems = (page: Page) => page.getByTestId('article-problems');

async function openForm(page: Page): Promise<void> {
  await page.getByTestId('add-article').click();
  await expect(page.getByTestId('article-text')).toBeVisible();
}

/** Adds `text` with the talks on `date` through the form; the new article's id. */
async function addArticle(page: Page, text = ARTICLE, date = TALKS): Promise<string> {
  await openForm(page);
  await page.getByTestId('article-text').fill(text);
  await page.getByTestId('article-date').fill(date);
  await page.getByTestId('article-submit').click();
  await expect(page.getByTestId('article-status')).toContainText('Added:');
  const id = await page.getByTestId('yours-article').first().getAttribute('data-article');
  expect(id).toMatch(/^yours-[0-9a-f]{8}$/);
  return id!;
}

test('the front page fetches one wasm; opening the form fetches its own worker and the styles', async ({ page, context }) => {
  const fetched: string[] = [];
  context.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await openApp(page);
  await page.waitForLoadState('networkidle');
  const wasm = () => fetched.filter((p) => p.endsWith('.wasm'));
  expect(wasm()).toHaveLength(1);
  expect(wasm()[0]).not.toContain('worker');
  expect(fetched.filter((p) => p.endsWith('worker.css'))).toEqual([]);
  expect(page.workers()).toHaveLength(0);

  await page.getByTestId('add-article').click();
  await expect(dialog(page)).toBeVisible();
  // The dialog opens on its text box once the worker has drawn the form.
  await expect(page.getByTestId('article-text')).toBeFocused();
  expect(page.workers()).toHaveLength(1);
  await expect.poll(() => fetched.some((p) => p.endsWith('/yours_worker_bg.wasm'))).toBe(true);
  expect(fetched.some((p) => p.endsWith('worker.css'))).toBe(true);
  // The worker that draws the views is not needed for the form.
  expect(fetched.filter((p) => p.endsWith('/worker_bg.wasm'))).toEqual([]);
  // The page behind is inert while it is open; Escape gives the focus back.
  await expect(page.locator('#view')).toHaveAttribute('inert', '');
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toHaveCount(0);
  await expect(page.getByTestId('add-article')).toBeFocused();
  await expect(page.locator('#view')).not.toHaveAttribute('inert');
});

test('a link to the map fetches the drawing worker only, not the one that reads articles', async ({ page, context }) => {
  const fetched: string[] = [];
  context.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await openApp(page, '?view=map&round=cairo-2017-11');
  await expect(page.locator('[data-testid=map-node]').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  const wasm = fetched.filter((p) => p.endsWith('.wasm')).map((p) => p.split('/').pop()!.replace(/-[0-9a-f]+_bg/, '_bg'));
  expect([...new Set(wasm)].sort()).toEqual(['cairo-talks_bg.wasm', 'worker_bg.wasm']);
  expect(page.workers()).toHaveLength(1);
});

test('an article added shows in every view, marked, survives a reload and can be removed', async ({ page }) => {
  await openApp(page);
  await openForm(page);
  await page.getByTestId('article-text').fill(ARTICLE);
  // The text says "on Tuesday"; with the published date the form reads the talks' date.
  await page.getByTestId('article-published').fill('2021-02-10');
  await expect(page.getByTestId('article-date')).toHaveValue(TALKS);
  await page.getByTestId('article-outlet').fill('Test report');
  await page.getByTestId('article-submit').click();
  await expect(page.getByTestId('article-status')).toContainText('Added:');
  const id = await page.getByTestId('yours-article').first().getAttribute('data-article');
  expect(id).toMatch(/^yours-[0-9a-f]{8}$/);
  // Kept in the browser, nowhere else.
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toMatch(/^[0-9a-f]+$/);
  await page.keyboard.press('Escape');

  // The timeline: a round at its date, styled apart and saying so.
  const item = page.locator(`.tl-item[data-article="${id}"]`);
  await expect(item).toHaveCount(1);
  await expect(item).toHaveClass(/\byours\b/);
  await expect(item).toHaveAttribute('data-date', TALKS);
  await expect(item).toHaveAttribute('aria-label', new RegExp(`\\(${MARK}\\)`));
  await item.click();
  await expect(page.getByTestId('detail-panel').getByTestId('yours-mark').first()).toHaveText(MARK);
  // On a phone the timeline is a list: the entry carries the label.
  await page.setViewportSize({ width: 375, height: 800 });
  await expect(page.locator(`li.tl-entry[data-article="${id}"] > button [data-testid=yours-mark]`)).toHaveText(MARK);
  await page.setViewportSize({ width: 1280, height: 800 });

  // The reader: the text with its marks, and the label.
  await page.goto(`?view=read&a=${id}`);
  await expect(page.getByTestId('current-view')).toHaveAttribute('data-view', 'read');
  await expect(page.locator('article.article-text')).toContainText('agreed on everything the elections need');
  await expect(page.locator('[data-testid=mention][data-entity=mahmoud-abbas]').first()).toBeVisible();
  await expect(page.getByTestId('current-view').getByTestId('yours-mark').first()).toHaveText(MARK);
  await expect(page.getByText("headline taken from the text's first line")).toBeVisible();

  // The map as of its round: the round is offered, marked, and its people drawn.
  await page.goto(`?view=map`);
  const option = page.getByTestId('round-select').locator('option', { hasText: MARK });
  await expect(option).toHaveCount(1);
  await page.getByTestId('round-select').selectOption(await option.getAttribute('value'));
  await expect(page.locator(`.round-people[data-article="${id}"]`)).toBeVisible();
  await expect(page.locator('[data-testid=map-node][data-entity=mahmoud-abbas]')).toHaveCount(1);

  // A column in compare, beside a published round.
  await page.goto(`?view=compare&cmp=${id},cairo-2017-11`);
  const column = page.locator(`[data-testid=compare-column][data-article="${id}"]`);
  await expect(column).toBeVisible();
  await expect(column.getByTestId('yours-mark')).toHaveText(MARK);

  // The promises tracker: its commitment joins the matrix, marked as the reader's.
  await page.goto(`?view=promises`);
  const theirs = page.locator('[data-testid=promises-matrix] [data-testid=promise-cell]').filter({ has: page.getByTestId('yours-mark') });
  await expect(theirs.first()).toBeAttached();
  await expect(theirs.first().getByTestId('yours-mark').first()).toHaveText(MARK);

  // Filters apply to it: a faction it names and its year keep it, a later range hides it.
  const card = page.locator(`[data-testid=article-card][data-article="${id}"]`);
  await page.goto(`?view=read&f=hamas&from=2021&to=2021`);
  await expect(card).toBeVisible();
  await expect(page.locator('[data-testid=article-card]:visible')).toHaveCount(1);
  await page.goto(`?view=read&from=2022`);
  await expect(page.locator('[data-testid=article-card]').first()).toBeAttached();
  await expect(card).toBeHidden();

  // Removed from the dialog: gone from every view and from the browser.
  await openApp(page);
  await openForm(page);
  await page.getByTestId('yours-article').getByTestId('article-remove').click();
  await expect(page.getByTestId('yours-article')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.locator(`.tl-item[data-article="${id}"]`)).toHaveCount(0);
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
});

test('a link naming an article of yours opens without it elsewhere, and says why', async ({ page, browser, baseURL }) => {
  await openApp(page);
  const id = await addArticle(page);
  await page.keyboard.press('Escape');
  const link = `?view=compare&cmp=${id},cairo-2017-11,cairo-2014-09`;
  // The sender reopens it after a reload: the article comes back from storage.
  await page.goto(link);
  await expect(page.locator(`[data-testid=compare-column][data-article="${id}"]`)).toBeVisible();
  await expect(page.getByTestId('url-notice')).toHaveCount(0);
  // Someone else, without it: the notice says where it is, the rest of the view loads.
  const other = await browser.newContext({ baseURL });
  const theirs = await other.newPage();
  const seen = watchProblems(theirs, new URL(baseURL!).origin);
  await theirs.goto(link);
  await expect(theirs.getByTestId('url-notice')).toContainText("only in the sender's browser");
  await expect(theirs.getByTestId('compare-column')).toHaveCount(2);
  await expect(theirs.locator('[data-testid=compare-column][data-article="cairo-2017-11"]')).toBeVisible();
  expectNoProblems(seen);
  await other.close();
});

test('bad input gets a clear alert, keeps what was typed, and leaves the app working', async ({ page }) => {
  await openApp(page);
  await openForm(page);
  // Empty text and no date: both said, in the one alert region and beside each field.
  await page.getByTestId('article-submit').click();
  await expect(problems(page)).toHaveAttribute('role', 'alert');
  await expect(problems(page)).toContainText('The article has no text');
  await expect(problems(page)).toContainText('Give the date of the talks');
  await expect(page.getByTestId('article-text')).toHaveAttribute('aria-invalid', 'true');

  // No date: the text typed is kept.
  await page.getByTestId('article-text').fill('Fatah and Hamas met in Cairo to talk about unity.');
  await page.getByTestId('article-submit').click();
  await expect(problems(page)).toContainText('Give the date of the talks');
  await expect(problems(page)).not.toContainText('no text');
  await expect(page.getByTestId('article-text')).toHaveValue('Fatah and Hamas met in Cairo to talk about unity.');

  // A date that is none.
  await page.getByTestId('article-date').fill('next spring');
  await page.getByTestId('article-submit').click();
  await expect(problems(page)).toContainText('is not a date');

  // More than 200 KB.
  const huge = 'Fatah and Hamas met in Cairo. '.repeat(7000);
  await page.getByTestId('article-text').fill(huge);
  await page.getByTestId('article-date').fill(TALKS);
  await page.getByTestId('article-submit').click();
  await expect(problems(page)).toContainText('at most 200 KB');
  expect((await page.getByTestId('article-text').inputValue()).length).toBe(huge.length);

  // A seed article pasted again.
  const seed = readFileSync(join(__dirname, '../../seeds/articles/003_a88e8a8105096347.txt'), 'utf8');
  await page.getByTestId('article-text').fill(seed);
  await page.getByTestId('article-submit').click();
  await expect(problems(page)).toContainText('already in the corpus');

  // Files: binary, UTF-16, not UTF-8. The text box keeps what it held.
  const file = page.locator('#yours-file');
  await page.getByTestId('article-text').fill('Kept as typed.');
  await file.setInputFiles({ name: 'photo.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) });
  await expect(problems(page)).toContainText('binary data');
  await file.setInputFiles({ name: 'wide.txt', mimeType: 'text/plain', buffer: Buffer.from('\ufeffCairo talks', 'utf16le') });
  await expect(problems(page)).toContainText('UTF-16');
  await file.setInputFiles({ name: 'latin1.txt', mimeType: 'text/plain', buffer: Buffer.from([0x43, 0x61, 0x69, 0x72, 0x6f, 0x20, 0xe9, 0x74, 0xe9]) });
  await expect(problems(page)).toContainText('not UTF-8');
  await expect(page.getByTestId('article-text')).toHaveValue('Kept as typed.');

  // Nothing was added, and the app still answers.
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
  await page.keyboard.press('Escape');
  await page.getByTestId('tab-map').click();
  await expect(page.getByTestId('current-view')).toHaveAttribute('data-view', 'map');
});

test('an .html file is reduced to its text, and a .txt file is taken as it is', async ({ page }) => {
  await openApp(page);
  await openForm(page);
  const file = page.locator('#yours-file');
  const html =
    '<!DOCTYPE html><html><head><title>x</title><style>p{color:red}</style><script>var tracking = 1;</script></head>' +
    '<body><nav>Menu</nav><h1>Factions meet in Cairo</h1><p>Fatah and   Hamas met in Cairo on Tuesday.</p>' +
    '<blockquote>"We agreed," an official said.</blockquote></body></html>';
  await file.setInputFiles({ name: 'report.HTML', mimeType: 'text/html', buffer: Buffer.from(html) });
  await expect(page.getByTestId('article-text')).toHaveValue(
    'Factions meet in Cairo\n\nFatah and Hamas met in Cairo on Tuesday.\n\n"We agreed," an official said.',
  );
  await file.setInputFiles({ name: 'report.txt', mimeType: 'text/plain', buffer: Buffer.from(ARTICLE) });
  await expect(page.getByTestId('article-text')).toHaveValue(ARTICLE);
  await expect(problems(page)).toBeEmpty();
});
