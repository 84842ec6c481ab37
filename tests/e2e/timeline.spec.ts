// Issue 5: the timeline of the rounds and the events they refer to.
import { Page } from '@playwright/test';
import { test, expect, openApp, queryOf } from './fixtures';
import { Shell } from './shell-page';

/** The five rounds, from `cargo run -p corpus -- report seeds/`, in date order. */
const ROUNDS = [
  ['cairo-2013-01', '2013-01-10'],
  ['cairo-2014-09', '2014-09-24'],
  ['cairo-2017-11', '2017-11-21'],
  ['cairo-2024-10', '2024-10-09'],
  ['cairo-2025-10', '2025-10-23'],
] as const;

/** Rounds and events a filter has not hidden (hidden ones are gone or aria-hidden). */
const SHOWN_ROUNDS = '[data-testid=timeline-item]:not([aria-hidden=true])';

/** The x centre of each round's mark on the chart, by article id. */
async function roundCentres(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const el of document.querySelectorAll<SVGGElement>('[data-testid=timeline-item]')) {
      const mark = el.querySelector('circle, rect') ?? el;
      const r = mark.getBoundingClientRect();
      out[el.dataset.article!] = r.x + r.width / 2;
    }
    return out;
  });
}

/** A `window=FROM..TO` value as a span in days (coarse dates from their first day). */
function windowDays(value: string): number {
  const day = (d: string) => {
    const [y, m = '1', dd = '1'] = d.split('-');
    return Date.UTC(Number(y), Number(m) - 1, Number(dd)) / 86_400_000;
  };
  const [a, b] = value.split('..');
  return day(b) - day(a);
}

/**
 * Timeline labels that do not show their whole text: on the chart, a label with an
 * ellipsis, a label not found whole in its item's title, or a line drawn wider than
 * the width the layout gave it (`data-width`); in the list, a label that overflows
 * its box. Checked at the default zoom, where no label may be cut.
 */
async function cutLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const chart = document.querySelector('.timeline-chart');
    const drawn = chart && (chart as HTMLElement).offsetParent !== null;
    if (drawn) {
      const labels = chart!.querySelectorAll<SVGTextElement>(
        '[data-testid=timeline-item] text.label:not(.full), [data-testid=timeline-event] text.label:not(.full), [data-testid=timeline-cluster] text.label',
      );
      for (const text of labels) {
        const owner = text.closest('[data-testid]') as SVGGElement;
        const lines = [...text.querySelectorAll('tspan')];
        const shown = (lines.length ? lines.map((l) => (l.textContent ?? '').trim()) : [text.textContent ?? '']).join(' ');
        const title = owner.querySelector('title')?.textContent ?? '';
        const name = owner.dataset.item ?? owner.id;
        if (shown.includes('…')) out.push(`${name}: "${shown}" is cut`);
        if (!title.includes(shown)) out.push(`${name}: "${shown}" is not its whole label ("${title}")`);
        const room = Number(text.dataset.width);
        for (const line of lines.length ? lines : [text]) {
          // The drawn glyphs, less the space a line may start with (it reads apart).
          const t = line.textContent ?? '';
          const lead = t.length - t.trimStart().length;
          const length = (line as SVGTextContentElement).getSubStringLength(lead, t.trim().length);
          if (!(length <= room + 0.5)) out.push(`${name}: "${line.textContent}" is ${length.toFixed(1)} px in a box of ${room} px`);
        }
      }
    }
    for (const label of document.querySelectorAll<HTMLElement>('.timeline-list .entry-label')) {
      if (label.offsetParent === null) continue;
      if (label.scrollWidth > label.clientWidth) out.push(`list: "${label.textContent}" overflows (${label.scrollWidth} > ${label.clientWidth})`);
      if ((label.textContent ?? '').includes('…')) out.push(`list: "${label.textContent}" is cut`);
    }
    return out;
  });
}

/** Text in the timeline view drawn smaller than 12 px (computed style, SVG included). */
async function smallText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const view = document.querySelector('[data-testid=current-view]')!;
    const out: string[] = [];
    for (const el of view.querySelectorAll<Element>('*')) {
      const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
      if (!own) continue;
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      const size = parseFloat(style.fontSize);
      if (size < 12) out.push(`${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} "${(el.textContent ?? '').trim().slice(0, 40)}": ${size} px`);
    }
    return out;
  });
}

test.describe('timeline at 1280×800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the five rounds appear in date order with their dates', async ({ page }) => {
    await openApp(page);
    const items = page.getByTestId('timeline-item');
    await expect(items).toHaveCount(5);
    const found = await items.evaluateAll((els) =>
      els.map((e) => [e.getAttribute('data-article'), e.getAttribute('data-date')]),
    );
    expect([...found].sort((a, b) => a[1]!.localeCompare(b[1]!))).toEqual(ROUNDS.map((r) => [...r]));
    // Drawn left to right in date order.
    const x = await roundCentres(page);
    for (let i = 1; i < ROUNDS.length; i++) {
      expect(x[ROUNDS[i][0]], `${ROUNDS[i][0]} right of ${ROUNDS[i - 1][0]}`).toBeGreaterThan(x[ROUNDS[i - 1][0]]);
    }
    for (const el of await items.all()) await expect(el).toBeVisible();
  });

  test('at least eight referenced events appear, October 7 2023 among them', async ({ page }) => {
    await openApp(page);
    await expect(page.getByTestId('timeline-item')).toHaveCount(5);
    const events = page.getByTestId('timeline-event');
    expect(await events.count()).toBeGreaterThanOrEqual(8);
    await expect(page.locator('[data-testid=timeline-event][data-date="2023-10-07"]')).toHaveCount(1);
    await expect(page.locator('[data-testid=timeline-event][data-date="2023-10-07"]')).toBeVisible();
    // Every event carries a date a link or a reader can use.
    const dates = await events.evaluateAll((els) => els.map((e) => e.getAttribute('data-date')));
    for (const d of dates) expect(d).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
  });

  test('e=khaled-mashaal leaves only the rounds that mention him', async ({ page }) => {
    // Of the five articles only cairo-2013-01 mentions Khaled Mashaal (the report:
    // khaled-mashaal×6 there, absent from the other four).
    await openApp(page, '?e=khaled-mashaal');
    const shown = page.locator(SHOWN_ROUNDS);
    await expect(shown).toHaveCount(1);
    await expect(shown).toHaveAttribute('data-article', 'cairo-2013-01');
    await expect(shown).toBeVisible();
    // The others are gone from the DOM or hidden from assistive technology and the eye.
    for (const [id] of ROUNDS.slice(1)) {
      const el = page.locator(`[data-testid=timeline-item][data-article="${id}"]`);
      if ((await el.count()) > 0) {
        await expect(el).toHaveAttribute('aria-hidden', 'true');
        await expect(el).toBeHidden();
      }
    }
  });

  test('keyboard only: Tab into the chart, arrows to a round, Enter opens it', async ({ page }) => {
    await openApp(page);
    await expect(page.getByTestId('timeline-item')).toHaveCount(5);
    const inChart = () => page.evaluate(() => !!document.activeElement?.closest('.timeline-chart svg'));
    let tabs = 0;
    while (!(await inChart())) {
      expect(++tabs, 'Tab presses to reach the chart').toBeLessThan(80);
      await page.keyboard.press('Tab');
    }
    const active = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return { id: el.id, testid: el.dataset.testid ?? '', item: el.dataset.item ?? '' };
      });
    let now = await active();
    for (let steps = 0; now.testid !== 'timeline-item'; steps++) {
      expect(steps, 'arrow presses to reach a round').toBeLessThan(40);
      const before = now.id;
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction((prev) => document.activeElement?.id !== prev, before);
      now = await active();
    }
    const round = now.item;
    expect(ROUNDS.map((r) => r[0])).toContain(round);
    await page.keyboard.press('Enter');
    await expect.poll(() => queryOf(page).sel).toBe(round);
    const panel = page.getByTestId('detail-panel');
    await expect(panel).toBeVisible();
    // The panel leads to the reader for this round.
    await expect(panel.locator(`a[href*="view=read"][href*="a=${round}"]`).first()).toBeVisible();
  });

  test('no two labels overlap at the default zoom', async ({ page }) => {
    await openApp(page);
    await expect(page.getByTestId('timeline-item')).toHaveCount(5);
    const boxes = await page.evaluate(() => {
      const sel = ['timeline-item', 'timeline-event', 'timeline-cluster']
        .map((t) => `[data-testid=${t}]:not([aria-hidden=true]) text`)
        .join(',');
      return [...document.querySelectorAll<SVGTextElement>(sel)]
        .filter((t) => (t.textContent ?? '').trim() !== '')
        .map((t) => {
          const r = t.getBoundingClientRect();
          const owner = t.closest('[data-testid]') as HTMLElement;
          return { label: `${owner.dataset.item ?? owner.id}: ${t.textContent}`, x: r.x, y: r.y, w: r.width, h: r.height };
        });
    });
    expect(boxes.length).toBeGreaterThanOrEqual(13);
    const overlaps: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        // Overlap by more than half a pixel in both directions (anti-aliasing tolerance).
        const ox = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
        const oy = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
        if (ox > 0.5 && oy > 0.5) overlaps.push(`"${a.label}" × "${b.label}" (${ox.toFixed(1)}×${oy.toFixed(1)} px)`);
      }
    }
    expect(overlaps, 'overlapping labels').toEqual([]);
  });

  test('labels stay inside the chart and clear of every point and span', async ({ page }) => {
    // A label that runs through another item's mark (or its own, when it is placed to
    // the left of its point) or past the chart's edge collides just as two labels do.
    await openApp(page);
    await expect(page.getByTestId('timeline-item')).toHaveCount(5);
    const problems = await page.evaluate(() => {
      const chart = document.querySelector('.timeline-chart')!.getBoundingClientRect();
      const owners = [...document.querySelectorAll<SVGGElement>(
        '[data-testid=timeline-item]:not([aria-hidden=true]), [data-testid=timeline-event]:not([aria-hidden=true])',
      )];
      const name = (g: Element) => (g as HTMLElement).dataset.item ?? g.id;
      const marks = owners.flatMap((g) =>
        [...g.querySelectorAll('circle, rect')].map((m) => ({ owner: name(g), box: m.getBoundingClientRect() })),
      );
      const out: string[] = [];
      for (const g of owners) {
        const label = g.querySelector('text');
        if (!label) continue;
        const l = label.getBoundingClientRect();
        if (l.left < chart.left - 0.5 || l.right > chart.right + 0.5) {
          out.push(`${name(g)}: label "${label.textContent}" runs past the chart (${l.left.toFixed(0)}–${l.right.toFixed(0)}, chart ${chart.left.toFixed(0)}–${chart.right.toFixed(0)})`);
        }
        for (const m of marks) {
          const ox = Math.min(l.right, m.box.right) - Math.max(l.left, m.box.left);
          const oy = Math.min(l.bottom, m.box.bottom) - Math.max(l.top, m.box.top);
          if (ox > 0.5 && oy > 0.5) out.push(`${name(g)}: label "${label.textContent}" covers the mark of ${m.owner}`);
        }
      }
      return out;
    });
    expect(problems, 'labels that collide with marks or the chart edge').toEqual([]);
  });

  test('no label is cut at the default zoom, and none is below 12 px', async ({ page }) => {
    await openApp(page);
    await expect(page.getByTestId('timeline-item')).toHaveCount(5);
    expect(await cutLabels(page), 'cut labels').toEqual([]);
    expect(await smallText(page), 'text below 12 px').toEqual([]);
    // With a round's details open beside the chart, too.
    await openApp(page, '?sel=cairo-2017-11');
    await expect(page.getByTestId('detail-panel')).toBeVisible();
    await expect(page.getByTestId('timeline-item')).toHaveCount(5);
    expect(await cutLabels(page), 'cut labels beside the details').toEqual([]);
    expect(await smallText(page), 'text below 12 px beside the details').toEqual([]);
  });

  test('a click on a label selects its item, and a hovered or focused label stays drawn', async ({ page }) => {
    await openApp(page);
    await expect(page.getByTestId('timeline-item')).toHaveCount(5);
    const item = page.locator('.timeline-chart [data-item="cairo-2014-09"]');
    const label = item.locator('text.label').first();
    await label.hover();
    await expect(label).toBeVisible();
    await label.locator('tspan').last().click();
    await expect.poll(() => queryOf(page).sel).toBe('cairo-2014-09');
    await expect(page.getByTestId('detail-panel')).toBeVisible();
    await item.focus();
    await expect(item.locator('text.label').first()).toBeVisible();
  });

  test('the default window is the span of the rounds; earlier events are counted at its edge', async ({ page }) => {
    await openApp(page);
    await expect(page.getByTestId('timeline-item')).toHaveCount(5);
    // Referred to before the first round (2013): the 2006 elections, the 2007 split, the 2011 agreement.
    for (const id of ['legislative-elections-2006', 'hamas-takes-gaza-2007', 'cairo-agreement-2011']) {
      await expect(page.locator(`.timeline-chart [data-item="${id}"]`)).toHaveCount(0);
    }
    await expect(page.getByRole('button', { name: '3 earlier events' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Later', exact: true })).toBeVisible();
    expect(queryOf(page).window, 'the span of the rounds is the default, not in the URL').toBeUndefined();
  });

  test('earlier and later work by keyboard', async ({ page }) => {
    await openApp(page);
    await expect(page.getByTestId('timeline-item')).toHaveCount(5);
    const earlier = page.getByRole('button', { name: /earlier event/ });
    await earlier.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => queryOf(page).window ?? '').toMatch(/\.\./);
    // The nearest earlier event came into view, the zoom kept; two are left beyond the edge.
    await expect(page.locator('.timeline-chart [data-item="cairo-agreement-2011"]')).toBeVisible();
    await expect(page.getByRole('button', { name: '2 earlier events' })).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page.locator('.timeline-chart [data-item="hamas-takes-gaza-2007"]')).toBeVisible();
    // Later comes back, a round at a time: the rounds beyond the right edge are counted.
    const later = page.getByRole('button', { name: /later (round|item|event)/ });
    await expect(later).toBeVisible();
    await later.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('timeline-item').first()).toBeVisible();
    // "The rounds" goes back to the default window, which leaves the URL.
    await page.getByRole('button', { name: 'The rounds' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => queryOf(page).window).toBeUndefined();
    await expect(page.getByRole('button', { name: '3 earlier events' })).toBeVisible();
  });

  test('a link that selects an item shows its details beside the chart, on the first screen', async ({ page }) => {
    await openApp(page, '?sel=cairo-2017-11');
    const panel = page.getByTestId('detail-panel');
    await expect(panel).toBeVisible();
    const [p, c] = await Promise.all([panel.boundingBox(), page.locator('.timeline-chart').boundingBox()]);
    expect(p!.y, 'the details start on the first screen').toBeLessThan(800 - 100);
    expect(p!.y).toBeGreaterThanOrEqual(0);
    expect(p!.x, 'beside the chart').toBeGreaterThanOrEqual(c!.x + c!.width - 1);
    expect(p!.y, 'level with the chart').toBeLessThan(c!.y + c!.height);
    await expect(panel.getByRole('heading', { level: 3 })).toBeInViewport();
    // An event before the default window: the chart pans to it.
    await openApp(page, '?sel=legislative-elections-2006');
    await expect(panel).toBeInViewport();
    await expect(page.locator('.timeline-chart [data-item="legislative-elections-2006"]')).toBeInViewport();
    expect(queryOf(page).sel).toBe('legislative-elections-2006');
  });

  test('zoom buttons and keys change window= in the URL, which survives a reload', async ({ page }) => {
    await openApp(page);
    await expect(page.getByTestId('timeline-item')).toHaveCount(5);
    expect(queryOf(page).window, 'the span of the rounds is the default, not in the URL').toBeUndefined();
    const before = await roundCentres(page);

    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => queryOf(page).window).toMatch(/^\d{4}(-\d\d){0,2}\.\.\d{4}(-\d\d){0,2}$/);
    const zoomed = queryOf(page).window;
    // The chart follows: two rounds in the middle move apart (one step of 1.25, less
    // the rounding of the window to whole months or years in the URL).
    await expect
      .poll(async () => {
        const x = await roundCentres(page);
        return (x['cairo-2017-11'] - x['cairo-2014-09']) / (before['cairo-2017-11'] - before['cairo-2014-09']);
      })
      .toBeGreaterThan(1.1);

    await page.reload();
    await expect(page.getByTestId('timeline-item').first()).toBeAttached();
    expect(queryOf(page).window).toBe(zoomed);
    // Polled: the prerendered chart is drawn again once the app has the window.
    await expect
      .poll(async () => {
        const x = await roundCentres(page);
        return (x['cairo-2017-11'] - x['cairo-2014-09']) / (before['cairo-2017-11'] - before['cairo-2014-09']);
      })
      .toBeGreaterThan(1.1);

    // The keys: + on the focused chart zooms in further, - zooms back out.
    await page.locator('.timeline-chart [tabindex="0"]').first().focus();
    await page.keyboard.press('+');
    await expect.poll(() => windowDays(queryOf(page).window ?? '0..0')).toBeLessThan(windowDays(zoomed));
    const deeper = queryOf(page).window;
    await page.keyboard.press('-');
    await expect.poll(() => windowDays(queryOf(page).window ?? '1900..2100')).toBeGreaterThan(windowDays(deeper));
    const wider = queryOf(page).window;
    await page.reload();
    await expect(page.getByTestId('timeline-item').first()).toBeAttached();
    expect(queryOf(page).window ?? 'default').toBe(wider ?? 'default');
  });
});

test.describe('timeline at 375 px', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test('becomes a vertical list in the same order', async ({ page }) => {
    await openApp(page);
    const shell = new Shell(page);
    const items = page.getByTestId('timeline-item');
    await expect(items).toHaveCount(5);
    const rounds = await items.evaluateAll((els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        return { id: e.getAttribute('data-article'), date: e.getAttribute('data-date'), top: r.top, bottom: r.bottom, left: r.left, right: r.right };
      }),
    );
    // Same order as the dates, each round below the one before it.
    expect(rounds.map((r) => r.id)).toEqual(ROUNDS.map((r) => r[0]));
    for (let i = 1; i < rounds.length; i++) {
      expect(rounds[i].top, `${rounds[i].id} below ${rounds[i - 1].id}`).toBeGreaterThanOrEqual(rounds[i - 1].bottom);
    }
    for (const r of rounds) {
      expect(r.left).toBeGreaterThanOrEqual(0);
      expect(r.right).toBeLessThanOrEqual(375);
    }
    // All entries, rounds and events alike, are stacked in date order.
    const entries = await page
      .locator('[data-testid=timeline-item], [data-testid=timeline-event]')
      .evaluateAll((els) => els.map((e) => ({ date: e.getAttribute('data-date')!, top: e.getBoundingClientRect().top, bottom: e.getBoundingClientRect().bottom })));
    expect(entries.length).toBeGreaterThanOrEqual(13);
    for (let i = 1; i < entries.length; i++) {
      expect(entries[i].date >= entries[i - 1].date, `${entries[i].date} after ${entries[i - 1].date}`).toBe(true);
      expect(entries[i].top).toBeGreaterThanOrEqual(entries[i - 1].bottom - 0.5);
    }
    await shell.expectNoHorizontalScroll(375);
    // Opening a round works the same.
    await items.nth(2).getByRole('button').click();
    await expect.poll(() => queryOf(page).sel).toBe('cairo-2017-11');
    await expect(page.getByTestId('detail-panel')).toBeVisible();
  });

  test('no label is cut and no text is below 12 px', async ({ page }) => {
    await openApp(page);
    await expect(page.getByTestId('timeline-item')).toHaveCount(5);
    expect(await cutLabels(page), 'cut labels').toEqual([]);
    expect(await smallText(page), 'text below 12 px').toEqual([]);
  });

  test('a link that selects an item scrolls its details, under it, onto the first screen', async ({ page }) => {
    await openApp(page, '?sel=cairo-2025-10');
    const panel = page.getByTestId('detail-panel');
    await expect(panel).toBeVisible();
    await expect(panel.getByRole('heading', { level: 3 })).toBeInViewport();
    const entry = page.locator('.tl-entry.selected');
    const [e, p] = await Promise.all([entry.boundingBox(), panel.boundingBox()]);
    expect(p!.y, 'under its entry').toBeGreaterThan(e!.y);
    expect(p!.y, 'on the first screen').toBeLessThan(800 - 100);
    expect(await smallText(page), 'text below 12 px in the details').toEqual([]);
  });

  test('applies the same filter: e=khaled-mashaal', async ({ page }) => {
    await openApp(page, '?e=khaled-mashaal');
    const shown = page.locator(SHOWN_ROUNDS);
    await expect(shown).toHaveCount(1);
    await expect(shown).toHaveAttribute('data-article', 'cairo-2013-01');
  });
});
