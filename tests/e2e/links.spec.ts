// The pages of the links people share (issue 25): each kind of pretty path is a real
// page that draws its view without JavaScript, becomes the app with it, opens the same
// view as its old query link, and is what copy-link gives for that view.
import { test, expect, openApp, watchProblems, expectNoProblems } from './fixtures';

/** One page of each kind, with its query form and what its view must show. */
const PAGES = [
  { path: 'read/cairo-2014-09/', query: '?view=read&a=cairo-2014-09', view: 'read', shows: '[data-testid="mention"]' },
  { path: 'map/cairo-2017-11/', query: '?view=map&round=cairo-2017-11', view: 'map', shows: '[data-testid="map-node"]' },
  {
    path: 'compare/cairo-2014-09/',
    query: '?view=compare&cmp=cairo-2013-01,cairo-2014-09',
    view: 'compare',
    shows: '[data-testid="compare-column"][data-article="cairo-2013-01"]',
  },
  { path: 'faction/hamas/', query: '?f=hamas', view: 'timeline', shows: '[data-testid="timeline-item"]' },
  { path: 'entity/mahmoud-abbas/', query: '?e=mahmoud-abbas', view: 'timeline', shows: '[data-testid="timeline-item"]' },
];

test.describe('without JavaScript, each kind of path page draws its view', () => {
  for (const p of PAGES) {
    test(p.path, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      const problems = watchProblems(page, new URL(baseURL!).origin);
      const response = await page.goto(`${baseURL}${p.path}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByTestId('current-view')).toHaveAttribute('data-view', p.view);
      await expect(page.locator(p.shows).first()).toBeVisible();
      // Its own title, description and canonical URL, for whoever pastes the link (at
      // the origin the site is published at: make site's SITE_ORIGIN).
      await expect(page).toHaveTitle(/ · Cairo Talks$/);
      const path = new URL(`${baseURL}${p.path}`).pathname;
      expect(new URL((await page.locator('link[rel=canonical]').getAttribute('href'))!).pathname).toBe(path);
      expect(new URL((await page.locator('meta[property="og:url"]').getAttribute('content'))!).pathname).toBe(path);
      expect((await page.locator('meta[name=description]').getAttribute('content'))!.length).toBeGreaterThan(60);
      // Its links lead into the app at its root.
      const tab = page.getByTestId('tab-map');
      const href = await tab.evaluate((a) => (a as HTMLAnchorElement).href);
      expect(new URL(href).pathname).toBe(new URL(baseURL!).pathname);
      expectNoProblems(problems);
      await context.close();
    });
  }
});

test('an article page carries its citation for reference managers', async ({ page }) => {
  await page.goto('read/cairo-2014-09/');
  const meta = (name: string) => page.locator(`meta[name="${name}"]`).getAttribute('content');
  expect(await meta('citation_title')).toBe('Fatah and Hamas meet in Cairo to close ranks before truce talks with Israel');
  expect(await meta('citation_publication_date')).toBe('2014/09/24');
  expect(await meta('citation_publisher')).toBe('Gulf Times');
});

test.describe('with JavaScript, a path page becomes the app and keeps its view', () => {
  for (const p of PAGES) {
    test(p.path, async ({ page, baseURL }) => {
      await openApp(page, p.path);
      await expect(page.getByTestId('current-view')).toHaveAttribute('data-view', p.view);
      await expect(page.locator(p.shows).first()).toBeVisible();
      expect(page.url()).toBe(`${baseURL}${p.path}`);
      // It answers: another view opens at the app's root, as a query link.
      await page.getByTestId('tab-timeline').click();
      await expect(page.getByTestId('current-view')).toHaveAttribute('data-view', 'timeline');
      expect(new URL(page.url()).pathname).toBe(new URL(baseURL!).pathname);
      // Back returns to the path page's view.
      await page.goBack();
      await expect(page.getByTestId('current-view')).toHaveAttribute('data-view', p.view);
    });
  }
});

test('the worker draws over a prerendered view without a loading state in between', async ({ page }) => {
  // Any frame showing the loading state would be a flash of the wrong content.
  await page.addInitScript(() => {
    new MutationObserver(() => {
      if (document.querySelector('[data-testid="view-pending"]')) (window as unknown as { sawPending: boolean }).sawPending = true;
    }).observe(document, { subtree: true, childList: true });
  });
  await openApp(page, 'read/cairo-2014-09/');
  await expect(page.locator('[data-testid="mention"]').first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { sawPending?: boolean }).sawPending ?? false)).toBe(false);
});

test.describe('an old query link opens the same view as its path', () => {
  for (const p of PAGES) {
    test(p.query, async ({ page }) => {
      await openApp(page, p.path);
      const fromPath = await page.getByTestId('current-view').getAttribute('data-view');
      const heading = await page.locator('#main h2').first().textContent();
      await openApp(page, p.query);
      await expect(page.getByTestId('current-view')).toHaveAttribute('data-view', fromPath!);
      await expect(page.locator('#main h2').first()).toHaveText(heading!);
      await expect(page.locator(p.shows).first()).toBeVisible();
    });
  }
});

test('copy-link gives the path where the state has one, the query where it has none', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
  for (const p of PAGES) {
    await openApp(page, p.query);
    await page.getByTestId('copy-link').click();
    await expect(page.getByTestId('copy-confirmation')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${p.path}`);
    // The page's canonical link says the same.
    expect(await page.locator('link[rel=canonical]').getAttribute('href')).toBe(`${baseURL}${p.path}`);
  }
  await openApp(page, '?view=read&a=cairo-2014-09&f=hamas');
  await page.getByTestId('copy-link').click();
  await expect(page.getByTestId('copy-confirmation')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}?view=read&f=hamas&a=cairo-2014-09`);
});
