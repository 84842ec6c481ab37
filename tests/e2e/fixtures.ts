import { test as base, expect, Page } from '@playwright/test';

/** What went wrong on the page during one test: checked after every test. */
export type PageProblems = { consoleErrors: string[]; failedRequests: string[]; foreignRequests: string[] };

/**
 * Records console errors, failed requests and requests to hosts other than `origin`
 * on `page`. The auto fixture below does it for the test's own page; a test that opens
 * a page in another browser context calls it for that page and checks the result with
 * `expectNoProblems`.
 */
export function watchProblems(page: Page, origin: string): PageProblems {
  const problems: PageProblems = { consoleErrors: [], failedRequests: [], foreignRequests: [] };
  // Whatever the Content-Security-Policy blocks is reported as an error too.
  void page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`);
    });
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => problems.consoleErrors.push(String(err)));
  page.on('requestfailed', (req) => {
    // A reload or a navigation cancels what the page still had in flight (the favicon,
    // typically): net::ERR_ABORTED is the test's doing, not the app's. A missing file is
    // still caught below by its status.
    if (req.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.failedRequests.push(`${req.failure()?.errorText ?? 'failed'} ${req.url()}`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) problems.failedRequests.push(`${res.status()} ${res.url()}`);
  });
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.protocol.startsWith('http') && url.origin !== origin) problems.foreignRequests.push(req.url());
  });
  return problems;
}

export function expectNoProblems(problems: PageProblems): void {
  expect(problems.consoleErrors, 'console errors').toEqual([]);
  expect(problems.failedRequests, 'failed requests').toEqual([]);
  expect(problems.foreignRequests, 'requests to other hosts').toEqual([]);
}

export const test = base.extend<{ problems: PageProblems }>({
  problems: [
    async ({ page, baseURL }, use) => {
      const problems = watchProblems(page, new URL(baseURL!).origin);
      await use(problems);
      expectNoProblems(problems);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Opens the app at `query` (e.g. `?view=map`) and waits until the app has taken over
 * the page: the front page is prerendered, so the view is visible before the wasm
 * runs, but it answers clicks and keys only once `html[data-app=ready]`.
 */
export async function openApp(page: Page, query = ''): Promise<void> {
  await page.goto(query);
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(page.getByTestId('current-view')).toBeVisible();
}

/** The query string of the page's URL as a plain object (decoded). */
export function queryOf(page: Page): Record<string, string> {
  return Object.fromEntries(new URL(page.url()).searchParams.entries());
}
