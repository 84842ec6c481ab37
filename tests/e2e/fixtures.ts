import { test as base, expect, Page } from '@playwright/test';

/** What went wrong on the page during one test: checked after every test. */
export type PageProblems = { consoleErrors: string[]; failedRequests: string[]; foreignRequests: string[] };

export const test = base.extend<{ problems: PageProblems }>({
  problems: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const problems: PageProblems = { consoleErrors: [], failedRequests: [], foreignRequests: [] };
      page.on('console', (msg) => {
        if (msg.type() === 'error') problems.consoleErrors.push(msg.text());
      });
      page.on('pageerror', (err) => problems.consoleErrors.push(String(err)));
      page.on('requestfailed', (req) => problems.failedRequests.push(req.url()));
      page.on('response', (res) => {
        if (res.status() >= 400) problems.failedRequests.push(`${res.status()} ${res.url()}`);
      });
      page.on('request', (req) => {
        const url = new URL(req.url());
        if (url.protocol.startsWith('http') && url.origin !== origin) problems.foreignRequests.push(req.url());
      });
      await use(problems);
      expect(problems.consoleErrors, 'console errors').toEqual([]);
      expect(problems.failedRequests, 'failed requests').toEqual([]);
      expect(problems.foreignRequests, 'requests to other hosts').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens the app at `query` (e.g. `?view=map`) and waits until the shell is mounted. */
export async function openApp(page: Page, query = ''): Promise<void> {
  await page.goto(query);
  await expect(page.getByTestId('current-view')).toBeVisible();
}
