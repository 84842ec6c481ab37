// Issue 24: every view reads like a newsroom graphic. On each view at 1280×800 and
// 375×800, in the light and the dark scheme: no text renders under 12 px (computed
// style; an SVG text's size is scaled by the drawing's zoom), the view's own content
// starts in the first screen (above 300 px on a desktop, 200 px on a phone), the
// header is one row (at most 64 px on a phone), and the map's labels do not collide.
import { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';

const VIEWS = [
  // [name, query, the primary content on a desktop, on a phone]
  ['timeline', '', '.timeline-chart', '.timeline-list'],
  ['map', '?view=map&round=cairo-2017-11', '[data-testid=map-svg]', '[data-testid=map-svg]'],
  ['compare', '?view=compare&cmp=cairo-2013-01,cairo-2025-10', '[data-testid=compare-column]', '[data-testid=compare-column]'],
  ['read', '?view=read&a=cairo-2014-09', 'article.article-text', 'article.article-text'],
] as const;
const SIZES = [
  ['desktop', { width: 1280, height: 800 }, 300],
  ['phone', { width: 375, height: 800 }, 200],
] as const;

async function openView(page: Page, query: string): Promise<void> {
  await openApp(page, query);
  await expect(page.getByTestId('view-pending')).toHaveCount(0);
  if (query.includes('view=map')) await expect(page.getByTestId('map-node').first()).toBeVisible();
}

/**
 * Every element on screen with text of its own, and the size its text is drawn at in
 * CSS pixels: the computed font size, times the drawing's scale for SVG text. Text a
 * reader cannot see (display: none, visibility: hidden, clipped to a pixel for screen
 * readers, an unopened select's options) does not count; `inside` keeps only what is
 * (or with `!`, is not) inside a selector.
 */
async function textSizes(page: Page, inside = '', outside = ''): Promise<{ text: string; px: number; where: string }[]> {
  return page.evaluate(
    ([inside, outside]) => {
      const out: { text: string; px: number; where: string }[] = [];
      for (const el of document.querySelectorAll<Element>('body *')) {
        if (['SCRIPT', 'STYLE', 'TITLE', 'DESC', 'OPTION', 'NOSCRIPT'].includes(el.tagName.toUpperCase())) continue;
        if (inside && !el.closest(inside)) continue;
        if (outside && el.closest(outside)) continue;
        const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent!.trim()).join(' ').trim();
        if (!own) continue;
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        if (!el.checkVisibility({ visibilityProperty: true }) || box.width <= 1 || box.height <= 1) continue;
        let px = parseFloat(style.fontSize);
        if (el instanceof SVGElement && !(el instanceof SVGSVGElement)) {
          const ctm = (el as SVGGraphicsElement).getScreenCTM?.();
          if (ctm) px *= Math.hypot(ctm.a, ctm.b);
        }
        out.push({ text: own.slice(0, 40), px: Math.round(px * 100) / 100, where: `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}` });
      }
      return out;
    },
    [inside, outside],
  );
}

/** Where the first element matching `selector` starts, from the top of the screen. */
async function primaryTop(page: Page, selector: string): Promise<number> {
  const main = page.locator(selector).first();
  await expect(main).toBeVisible();
  return main.evaluate((el) => el.getBoundingClientRect().top);
}

function small(sizes: { text: string; px: number; where: string }[]): string[] {
  return sizes.filter((s) => s.px < 12 - 0.01).map((s) => `${s.where} "${s.text}": ${s.px} px`);
}

for (const scheme of ['light', 'dark'] as const) {
  for (const [size, viewport, firstScreen] of SIZES) {
    test.describe(`${size}, ${scheme}`, () => {
      test.use({ viewport, colorScheme: scheme });
      for (const [name, query, desktopMain, phoneMain] of VIEWS) {
        const title = `${name}: no text under 12 px, and the view starts above ${firstScreen} px`;
        test(title, async ({ page }) => {
          await openView(page, query);
          const sizes = await textSizes(page);
          expect(sizes.length, 'text on the page').toBeGreaterThan(10);
          expect(small(sizes), `text under 12 px on the ${name}`).toEqual([]);
          const top = await primaryTop(page, size === 'desktop' ? desktopMain : phoneMain);
          expect(top, `where the ${name}'s own content starts`).toBeLessThan(firstScreen);
        });
      }
      test('the header is one row, at most 64 px tall on a phone', async ({ page }) => {
        await openView(page, '?view=map');
        const header = page.locator('.site-header');
        const box = (await header.boundingBox())!;
        expect(box.height, 'header height').toBeLessThanOrEqual(size === 'phone' ? 64 : 80);
        // Its title and its actions share one row; the tabs too on a desktop (on a
        // phone they are a bar along the screen's foot).
        const rows = await page.evaluate(() =>
          ['.brand h1', '[data-testid=add-article]', '[data-testid=copy-link]', '[data-testid=tab-map]'].map((s) => {
            const r = document.querySelector(s)!.getBoundingClientRect();
            return { s, top: r.top, bottom: r.bottom };
          }),
        );
        const inHeader = rows.filter((r) => r.bottom <= box.y + box.height + 1);
        expect(inHeader.map((r) => r.s)).toEqual(
          size === 'phone' ? ['.brand h1', '[data-testid=add-article]', '[data-testid=copy-link]'] : rows.map((r) => r.s),
        );
        // Every view's tab is whole on the screen, not cut by the bar or scrolled off,
        // and on a phone the bar is one row.
        const tabs = page.locator('.view-tab');
        await expect(tabs).toHaveCount(5);
        const boxes = await tabs.evaluateAll((els) =>
          els.map((el) => {
            const r = el.getBoundingClientRect();
            const bar = el.closest('.view-tabs')!.getBoundingClientRect();
            return { name: el.textContent, top: Math.round(r.top), cut: r.left < bar.left - 1 || r.right > bar.right + 1 || el.scrollWidth > el.clientWidth + 1 };
          }),
        );
        for (const b of boxes) expect(b.cut, `tab ${b.name} is cut`).toBe(false);
        for (const tab of ['timeline', 'map', 'compare', 'read', 'promises']) await expect(page.getByTestId(`tab-${tab}`)).toBeInViewport({ ratio: 1 });
        if (size === 'phone') expect(new Set(boxes.map((b) => b.top)).size, 'tab bar rows').toBe(1);
        // Each action is named for screen readers, whatever shows.
        await expect(page.getByRole('button', { name: 'Add an article' })).toBeVisible();
        await expect(page.getByRole('button', { name: 'Copy link to this view' })).toBeVisible();
      });

      test('the map fills the width and the rest of the screen, its labels apart', async ({ page }) => {
        await openView(page, '?view=map');
        const svg = (await page.getByTestId('map-svg').boundingBox())!;
        expect(svg.width, 'the drawing takes the width').toBeGreaterThan(viewport.width - 40);
        expect(svg.y + svg.height, 'and the rest of the height').toBeGreaterThan(viewport.height * 0.85);
        expect(svg.y + svg.height).toBeLessThanOrEqual(viewport.height);
        const labels = await page.locator('.map-label').evaluateAll((els) => els.map((e) => {
          const r = e.getBoundingClientRect();
          return { text: e.textContent!, x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
        }));
        expect(labels.length).toBeGreaterThan(8);
        const clash: string[] = [];
        for (let i = 0; i < labels.length; i++) {
          for (let j = i + 1; j < labels.length; j++) {
            const [a, b] = [labels[i], labels[j]];
            if (a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5) clash.push(`${a.text} × ${b.text}`);
          }
        }
        expect(clash, 'labels drawn over each other').toEqual([]);
        // Drawn in the reader's scheme, which it says.
        await expect(page.getByTestId('map-svg')).toHaveAttribute('data-scheme', scheme);
      });
    });
  }
}
