// Issue 14: what a first-time user hit. Keys pressed back to back keep the focus; no
// view scrolls sideways on a phone; each view's own content is in the first screen;
// the notice stays short; copy-link copies the canonical link; 404.html never loops.
import { spawn, ChildProcess } from 'node:child_process';
import { test, expect, openApp, queryOf, PageProblems } from './fixtures';
import { Shell } from './shell-page';

/** Where the keyboard focus is: inside the drawing of `selector`, and its id. */
async function focusIn(page: import('@playwright/test').Page, selector: string): Promise<string> {
  return page.evaluate((sel) => {
    const el = document.activeElement;
    const inside = !!el && !!document.querySelector(sel)?.contains(el);
    return inside ? `in:${el!.id || el!.tagName}` : `out:${el ? el.tagName : 'none'}`;
  }, selector);
}

test.describe('focus survives every redraw', () => {
  test('timeline: zoom and arrow keys back to back, the focus never leaves the chart', async ({ page }) => {
    await openApp(page);
    await page.locator('.timeline-chart [tabindex="0"]').first().focus();
    for (const key of ['+', '-', '+', 'ArrowRight', '-', 'ArrowRight', '+', 'ArrowLeft', '-', '-']) {
      await page.keyboard.press(key);
      expect(await focusIn(page, '.timeline-chart'), `after ${key}`).toMatch(/^in:/);
    }
    // And the keys did their work: the window ended wider than it started narrowing.
    await expect.poll(() => queryOf(page).window ?? 'full').toBeTruthy();
  });

  test('map: zoom and pan keys back to back, the focus never leaves the drawing', async ({ page }) => {
    await openApp(page, '?view=map');
    await page.locator('[data-testid=map-node]').first().focus();
    for (const key of ['+', '+', 'ArrowRight', '-', 'ArrowDown', '+', 'ArrowLeft', '-']) {
      await page.keyboard.press(key);
      expect(await focusIn(page, '[data-testid=map-svg]'), `after ${key}`).toMatch(/^in:/);
    }
  });
});

const PHONE_VIEWS = [
  '',
  '?view=map',
  '?view=map&focus=mahmoud-abbas',
  '?view=compare&cmp=cairo-2014-09,cairo-2017-11',
  '?view=read',
  '?view=read&a=cairo-2014-09',
];

for (const width of [320, 375, 414]) {
  test(`no view scrolls sideways at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    const shell = new Shell(page);
    for (const query of PHONE_VIEWS) {
      await openApp(page, query);
      await shell.expectNoHorizontalScroll(width);
      // With the filter panel open too.
      await shell.openFilters();
      await shell.expectNoHorizontalScroll(width);
    }
  });
}

test.describe('at 1280×800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  const FIRST_CONTENT: [string, string][] = [
    ['', '.timeline-chart'],
    ['?view=map', '[data-testid=map-svg]'],
    ['?view=compare&cmp=cairo-2014-09,cairo-2017-11', '[data-testid=compare-column]'],
    ['?view=read&a=cairo-2014-09', 'article.article-text .text'],
  ];
  for (const [query, selector] of FIRST_CONTENT) {
    test(`the view's own content starts in the first screen: ${query || 'front page'}`, async ({ page }) => {
      await openApp(page, query);
      const top = await page.locator(selector).first().evaluate((el) => el.getBoundingClientRect().top);
      expect(top, `${selector} top`).toBeLessThan(560);
    });
  }
});

test('a link with 300 junk parameters names twenty and counts the rest', async ({ page }) => {
  const junk = Array.from({ length: 300 }, (_, i) => `junk${i}=x`).join('&');
  await openApp(page, `?view=map&${junk}`);
  const shell = new Shell(page);
  await expect(shell.notice).toBeVisible();
  await expect(shell.notice.locator('li')).toHaveCount(20);
  await expect(page.getByTestId('url-notice-more')).toHaveText('and 280 more');
  // The rest of the view loads.
  await expect(page.getByTestId('map-node').first()).toBeVisible();
});

test('copy-link copies the canonical link, without what was ignored', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
  await openApp(page, '?junk=1&f=hamas&view=read&e=nobody&a=cairo-2014-09');
  await page.getByTestId('copy-link').click();
  await expect(page.getByTestId('copy-confirmation')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${baseURL}?view=read&f=hamas&a=cairo-2014-09`);
});

/** The 404 responses a 404 test asks for are not problems of the page. */
function allow404(problems: PageProblems, paths: RegExp): void {
  problems.consoleErrors = problems.consoleErrors.filter((e) => !e.includes('status of 404'));
  problems.failedRequests = problems.failedRequests.filter((r) => !(r.startsWith('404 ') && paths.test(r)));
}

test.describe('404.html', () => {
  test('under the sub-path, a deep path goes back to the app with its query', async ({ page, baseURL, problems }) => {
    const response = await page.goto(`${baseURL}some/deep/path?view=map&round=cairo-2017-11`);
    expect(response?.status()).toBe(404);
    await page.waitForURL(`${baseURL}?view=map&round=cairo-2017-11`);
    await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
    await expect(page.getByTestId('current-view')).toHaveAttribute('data-view', 'map');
    allow404(problems, /\/some\/deep\/path/);
  });

  test('at a domain root, it redirects once and never loops', async ({ page, problems }) => {
    // target/site-root holds the 404 page finished for base "/" (make e2e writes it).
    const port = 4199;
    const server: ChildProcess = spawn('node', ['scripts/serve.mjs', 'target/site-root', '--port', String(port), '--quiet'], {
      stdio: 'ignore',
    });
    try {
      const root = `http://127.0.0.1:${port}/`;
      await expect.poll(async () => (await fetch(root).catch(() => null))?.status ?? 0).toBe(200);
      const navigations: string[] = [];
      page.on('framenavigated', (f) => {
        if (f === page.mainFrame()) navigations.push(f.url());
      });
      await page.goto(`${root}a/b?x=1`);
      await page.waitForURL(`${root}?x=1`);
      await expect(page.locator('p')).toHaveText('index');
      await page.waitForTimeout(300);
      expect(navigations.length, navigations.join(' → ')).toBeLessThanOrEqual(2);
      // The root itself is never a 404, so nothing redirects again.
      await page.goto(`${root}a/`);
      await page.waitForURL(root);
      allow404(problems, /\/a\/(b\?x=1)?$|\/favicon\.ico$/);
      // This server is the test's own second origin.
      problems.foreignRequests = problems.foreignRequests.filter((r) => !r.startsWith(root));
    } finally {
      server.kill();
    }
  });
});
