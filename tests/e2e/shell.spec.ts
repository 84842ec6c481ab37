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
