import { test, expect, openApp } from './fixtures';

test('the shell renders with its title under the sub-path', async ({ page }) => {
  await openApp(page);
  await expect(page).toHaveTitle(/Cairo Talks/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cairo Talks');
  expect(new URL(page.url()).pathname).toBe('/cairo-talks/');
});

test('a query parameter is read by the app and survives a reload', async ({ page }) => {
  await openApp(page, '?view=map');
  await expect(page.getByTestId('current-view')).toHaveAttribute('data-view', 'map');
  await page.reload();
  await expect(page.getByTestId('current-view')).toHaveAttribute('data-view', 'map');
  expect(new URL(page.url()).search).toBe('?view=map');
});

test('the shell shows the article count and date span decoded from the embedded corpus', async ({ page }) => {
  await openApp(page);
  await expect(page.getByTestId('corpus-summary')).toHaveText(/5 articles, 2013–2025/);
});

/** When each of the app's own files (the JS glue, the main wasm) was requested, in ms
 *  from navigation, and when the page first painted. */
async function appFetches(page: import('@playwright/test').Page) {
  return page.evaluate(() => {
    const app = performance
      .getEntriesByType('resource')
      .filter((e) => /\/cairo-talks-[0-9a-f]+(_bg\.wasm|\.js)$/.test(e.name))
      .map((e) => ({ file: e.name.endsWith('.wasm') ? 'wasm' : 'js', start: e.startTime }));
    const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
    return { app, paint };
  });
}

test('the front page fetches the app only after its first paint; a deep link at once', async ({ page }) => {
  await openApp(page);
  const front = await appFetches(page);
  // Each once, and both after the prerendered page was on screen.
  expect(front.app.map((f) => f.file).sort()).toEqual(['js', 'wasm']);
  expect(front.paint).toBeGreaterThan(0);
  for (const f of front.app) expect(f.start, f.file).toBeGreaterThan(front.paint);

  // A link with a query draws its view with the app: fetched while the page is read,
  // each once (the loader's import reuses the preload).
  await page.goto('about:blank');
  await openApp(page, '?view=read&a=cairo-2014-09');
  const deep = await appFetches(page);
  expect(deep.app.map((f) => f.file).sort()).toEqual(['js', 'wasm']);
  for (const f of deep.app) expect(f.start, f.file).toBeLessThan(deep.paint);
});
