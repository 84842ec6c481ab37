// Issue 6: the faction map.
import { readFileSync } from 'node:fs';
import { Locator, Page } from '@playwright/test';
import { test, expect, openApp, queryOf } from './fixtures';

const node = (page: Page, id: string): Locator => page.locator(`[data-testid=map-node][data-entity="${id}"]`);

/** Edges of `kind` between `a` and `b`, drawn in either direction. */
function edgeBetween(page: Page, kind: string, a: string, b: string): Locator {
  const edge = (s: string, t: string) => `[data-testid=map-edge][data-kind=${kind}][data-source="${s}"][data-target="${t}"]`;
  return page.locator(`${edge(a, b)}, ${edge(b, a)}`);
}

/** Opens the map and waits for its drawing. */
async function openMap(page: Page, query = ''): Promise<void> {
  await openApp(page, `?view=map${query}`);
  await expect(page.getByTestId('current-view')).toHaveAttribute('data-view', 'map');
  await expect(page.getByTestId('map-node').first()).toBeVisible();
}

test.use({ viewport: { width: 1280, height: 800 } });

test('the map shows the main factions, people and states', async ({ page }) => {
  await openMap(page);
  for (const id of ['hamas', 'fatah', 'egypt', 'mahmoud-abbas', 'khaled-mashaal']) {
    await expect(node(page, id), `node ${id}`).toHaveCount(1);
    await expect(node(page, id)).toBeVisible();
  }
});

test('typed edges: a rivalry between Hamas and Fatah, an alliance between Islamic Jihad and Hamas', async ({ page }) => {
  await openMap(page);
  const rivalry = edgeBetween(page, 'rivalry', 'hamas', 'fatah');
  expect(await rivalry.count()).toBeGreaterThanOrEqual(1);
  await expect(rivalry.first()).toBeVisible();
  const alliance = edgeBetween(page, 'alliance', 'islamic-jihad', 'hamas');
  expect(await alliance.count()).toBeGreaterThanOrEqual(1);
  await expect(alliance.first()).toBeVisible();
  // Kinds are not mixed up: Hamas and Fatah are not drawn as allies.
  await expect(edgeBetween(page, 'alliance', 'hamas', 'fatah')).toHaveCount(0);
});

test('round= shows the map as of that round: Mashaal in 2013, al-Hayya in 2024', async ({ page }) => {
  // A node a round no longer names may stay drawn, faded, with data-status="left" (the
  // issue asks that leaving nodes be marked); such a node does not count as shown.
  const shown = (id: string) => page.locator(`[data-testid=map-node][data-entity="${id}"]:not([data-status=left])`);

  await openMap(page, '&round=cairo-2013-01');
  await expect(shown('khaled-mashaal')).toHaveCount(1);
  await expect(shown('khaled-mashaal')).toBeVisible();
  await expect(shown('khalil-al-hayya')).toHaveCount(0);
  await expect(page.getByTestId('round-select')).toHaveValue(/.+/);

  await openMap(page, '&round=cairo-2024-10');
  await expect(shown('khalil-al-hayya')).toHaveCount(1);
  await expect(shown('khalil-al-hayya')).toBeVisible();
  await expect(shown('khaled-mashaal')).toHaveCount(0);
});

test('focus= opens the entity panel, also after a reload', async ({ page }) => {
  await openMap(page, '&focus=mahmoud-abbas');
  const panel = page.locator('[data-testid=entity-panel][data-entity=mahmoud-abbas]');
  await expect(panel).toBeVisible();
  await page.reload();
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('Mahmoud Abbas');
  expect(queryOf(page)).toMatchObject({ view: 'map', focus: 'mahmoud-abbas' });
  await expect(node(page, 'mahmoud-abbas')).toHaveAttribute('aria-pressed', 'true');
});

test('no two nodes overlap, in any round', async ({ page }) => {
  for (const round of ['', 'cairo-2013-01', 'cairo-2014-09', 'cairo-2017-11', 'cairo-2024-10', 'cairo-2025-10']) {
    await openMap(page, round ? `&round=${round}` : '');
    // Each node's shape (the element before its <title>: a disc, a square or a diamond),
    // as a circle: centre of its box, radius half its width. Comparing the boxes as
    // squares would wrongly flag two discs that are diagonal neighbours, whose boxes'
    // corners overlap while the discs themselves are apart.
    const circles = await page.getByTestId('map-node').evaluateAll((els) =>
      els.map((g) => {
        const shape = g.querySelector('title')?.previousElementSibling ?? g;
        const r = shape.getBoundingClientRect();
        return { id: g.getAttribute('data-entity')!, cx: r.x + r.width / 2, cy: r.y + r.height / 2, r: r.width / 2 };
      }),
    );
    expect(circles.length, `nodes in round ${round || 'all'}`).toBeGreaterThanOrEqual(5);
    const overlaps: string[] = [];
    for (let i = 0; i < circles.length; i++) {
      for (let j = i + 1; j < circles.length; j++) {
        const [a, b] = [circles[i], circles[j]];
        const d = Math.hypot(a.cx - b.cx, a.cy - b.cy);
        if (d < a.r + b.r - 1) overlaps.push(`${a.id} × ${b.id}: ${d.toFixed(1)} < ${(a.r + b.r).toFixed(1)}`);
      }
    }
    expect(overlaps, `overlapping nodes in round ${round || 'all'}`).toEqual([]);
  }
});

test('the SVG export downloads a file that parses as SVG', async ({ page }) => {
  await openMap(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-svg').click()]);
  expect(download.suggestedFilename()).toMatch(/\.svg$/);
  const path = await download.path();
  const text = readFileSync(path!, 'utf8');
  expect(text.length).toBeGreaterThan(1000);
  const parsed = await page.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    return {
      errors: doc.getElementsByTagName('parsererror').length,
      root: doc.documentElement.localName,
      ns: doc.documentElement.namespaceURI,
      nodes: doc.querySelectorAll('[data-testid=map-node]').length,
    };
  }, text);
  expect(parsed.errors, 'parser errors').toBe(0);
  expect(parsed.root).toBe('svg');
  expect(parsed.ns).toBe('http://www.w3.org/2000/svg');
  expect(parsed.nodes).toBe(await page.getByTestId('map-node').count());
});

test('the exports are drawn in the scheme on screen and say which', async ({ page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await openMap(page);
    await expect(page.getByTestId('map-svg')).toHaveAttribute('data-scheme', scheme);
    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-svg').click()]);
    expect(svg.suggestedFilename()).toBe(`cairo-talks-faction-map-${scheme}.svg`);
    const text = readFileSync((await svg.path())!, 'utf8');
    expect(text).toContain(`data-scheme="${scheme}"`);
    expect(text).toContain(`<desc>Cairo Talks, faction map, ${scheme} colour scheme</desc>`);
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
    expect(png.suggestedFilename()).toBe(`cairo-talks-faction-map-${scheme}.png`);
  }
});

test('hovering an edge shows its evidence; a sentence link opens the reader', async ({ page }) => {
  await openMap(page);
  const edge = edgeBetween(page, 'rivalry', 'hamas', 'fatah').first();
  // Labels are drawn over the edges and may cover an edge's midpoint (where
  // locator.hover() would point), so hover a point of the line the edge itself receives.
  await edge.scrollIntoViewIfNeeded();
  const point = await edge.evaluate((g) => {
    const line = g.querySelector('line:last-of-type') as SVGLineElement;
    const ctm = line.getScreenCTM()!;
    const at = (t: number) => {
      const p = new DOMPoint(
        line.x1.baseVal.value + t * (line.x2.baseVal.value - line.x1.baseVal.value),
        line.y1.baseVal.value + t * (line.y2.baseVal.value - line.y1.baseVal.value),
      ).matrixTransform(ctm);
      return { x: p.x, y: p.y };
    };
    for (let t = 0.5, k = 1; t > 0.05 && t < 0.95; t = 0.5 + (k % 2 ? 1 : -1) * Math.ceil(k / 2) * 0.05, k++) {
      const p = at(t);
      if (document.elementFromPoint(p.x, p.y)?.closest('[data-testid=map-edge]') === g) return p;
    }
    return null;
  });
  expect(point, 'a point of the Hamas–Fatah rivalry line not covered by other elements').not.toBeNull();
  await page.mouse.move(point!.x, point!.y);
  const evidence = page.getByTestId('edge-evidence');
  await expect(evidence).toBeVisible();
  await expect(evidence).toContainText(/Hamas/);
  await expect(evidence).toContainText(/Fatah/);
  const links = evidence.getByTestId('evidence-link');
  expect(await links.count()).toBeGreaterThanOrEqual(1);
  const href = (await links.first().getAttribute('href'))!;
  const target = new URL(href, page.url());
  const article = target.searchParams.get('a');
  await links.first().click();
  await expect(page.getByTestId('current-view')).toHaveAttribute('data-view', 'read');
  expect(queryOf(page).a).toBe(article);
  await expect(page.locator('#article-headline')).toBeVisible();
  // The link names the sentence; the reader has it.
  if (target.hash) await expect(page.locator(target.hash)).toBeVisible();
  await expect(page.locator('[data-testid=mention][data-entity=hamas]').first()).toBeVisible();
});

test('focusing an edge with the keyboard shows its evidence too', async ({ page }) => {
  await openMap(page);
  const edge = edgeBetween(page, 'alliance', 'islamic-jihad', 'hamas').first();
  await edge.focus();
  const evidence = page.getByTestId('edge-evidence');
  await expect(evidence).toBeVisible();
  await expect(evidence).toContainText(/Islamic Jihad/);
  expect(await evidence.getByTestId('evidence-link').count()).toBeGreaterThanOrEqual(1);
});

test('a relation lists its latest sentences and "and N more" opens the round where the next is the newest', async ({ page }) => {
  // Hamas and Fatah's rivalry rests on sentences of every round: as of the last one
  // the table lists three, then a link to the map as of the round of the fourth.
  await openMap(page, '&round=cairo-2025-10');
  const openTables = async () => {
    const tables = page.locator('#map-tables');
    if ((await tables.getAttribute('open')) === null) await tables.locator('summary').click();
  };
  await openTables();
  const row = page.locator('#rel-rivalry-hamas-fatah');
  await expect(row).toBeVisible();
  await expect(row.locator('li')).toHaveCount(3);
  const more = row.getByTestId('more-evidence');
  const text = (await more.textContent()) ?? '';
  const rest = Number(/^(\d+) more/.exec(text)?.[1]);
  expect(rest, text).toBeGreaterThan(0);
  await more.click();
  await expect.poll(() => queryOf(page).round).toBe('cairo-2017-11');
  await expect(page.getByTestId('round-select')).toHaveValue(/.+/);
  await openTables();
  const earlier = page.locator('#rel-rivalry-hamas-fatah');
  await expect(earlier).toBeVisible();
  // There the count goes on exactly: what it lists and what it leaves for earlier rounds.
  const listed = await earlier.locator('li').count();
  const further = earlier.getByTestId('more-evidence');
  const left = (await further.count()) ? Number(/^(\d+) more/.exec((await further.textContent()) ?? '')?.[1]) : 0;
  expect(listed + left).toBe(rest);
  await expect(earlier.locator('li a').first()).toHaveAttribute('href', /a=cairo-2017-11/);
});
