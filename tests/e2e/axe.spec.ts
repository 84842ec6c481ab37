// Issue 14: zero axe violations on every view, at a desktop and a phone size; issue
// 24: in the light and the dark colour scheme. axe is injected as a script, which the
// page's Content-Security-Policy would refuse: this spec alone runs with the policy
// bypassed (every other spec fails on a violation).
import { readFileSync } from 'node:fs';
import { test, expect, openApp } from './fixtures';

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const VIEWS = [
  '',
  '?sel=cairo-2014-09',
  '?view=map',
  '?view=map&focus=mahmoud-abbas&round=cairo-2017-11',
  '?view=compare&cmp=cairo-2014-09,cairo-2017-11',
  '?view=read',
  '?view=read&a=cairo-2014-09&q=salaries',
];

test.use({ bypassCSP: true });

async function violations(page: import('@playwright/test').Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map(
      (v: { id: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`,
    );
  });
}

for (const [name, viewport] of [
  ['desktop', { width: 1280, height: 800 }],
  ['phone', { width: 375, height: 740 }],
] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`no axe violations on any view (${name}, ${colorScheme})`, async ({ page }) => {
      test.setTimeout(60_000);
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme });
      for (const query of VIEWS) {
        await openApp(page, query);
        // The worker-drawn views: wait for the drawing, not its pending state.
        await expect(page.getByTestId('view-pending')).toHaveCount(0);
        expect(await violations(page), `axe on ${query || 'the front page'} (${name}, ${colorScheme})`).toEqual([]);
      }
      // The add-an-article dialog, with its problems shown.
      await openApp(page);
      await page.getByTestId('add-article').click();
      await page.getByTestId('article-submit').click();
      await expect(page.getByTestId('article-problems')).toContainText('no text');
      expect(await violations(page), `axe on the add-an-article dialog (${name}, ${colorScheme})`).toEqual([]);
    });
  }
}
