// Desktop load: the time from navigation to the drawn timeline, for the floor page,
// TimelineJS and Cairo Talks, in one headless Chromium, on localhost.
//
// Every sample is a cold load: a new browser context, HTTP cache disabled. The pages
// take turns (the order rotates each round) so that a burst of load from the other
// engineers on this machine falls on all of them alike. One unmeasured load of each
// comes first: spawning renderers and warming the browser's own code belong to no page.
//
// "Drawn" is the same for all three: a MutationObserver, installed before any of the
// page's scripts, sees the page's five items (for TimelineJS also its "loaded" event);
// the time taken is that of the next animation frame, which the browser only runs once
// render-blocking styles have arrived, so a page with its items in the DOM but nothing
// on screen yet is not counted as drawn. performance.now() counts from navigation start.
// Requests to any other host are aborted and counted.
import { chromium } from '@playwright/test';
import { median } from './stats.mjs';

const TIMEOUT_MS = 30_000;
const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

export const PAGES = {
  floor: { label: 'floor (static HTML list)', path: () => '/floor/', selector: '[data-testid=timeline-item]', event: null },
  tljs: { label: 'TimelineJS 3.9.11', path: () => '/timelinejs/', selector: '.tl-timemarker', event: 'bench:loaded' },
  cairo: { label: 'Cairo Talks', path: (publicUrl) => publicUrl, selector: '[data-testid=timeline-item]', event: null },
};

/** Runs in the page before its own scripts. */
function detector({ selector, count, event }) {
  let fired = !event;
  const check = () => {
    if (window.__dom !== undefined || !fired || document.querySelectorAll(selector).length < count) return;
    window.__dom = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => {
      window.__drawn = performance.now();
    });
  };
  const observer = new MutationObserver(() => {
    // Cairo Talks only: when the app's shell first appears.
    if (window.__shell === undefined && document.querySelector('[data-testid=current-view]')) window.__shell = performance.now();
    check();
  });
  observer.observe(document, { childList: true, subtree: true });
  if (event) document.addEventListener(event, () => { fired = true; check(); });
}

export async function measureDesktop({ origin, publicUrl, rounds, samples = 7, log = () => {} }) {
  const count = rounds.length;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: LAUNCH_ARGS });
  const blocked = { floor: [], tljs: [], cairo: [] };
  const result = Object.fromEntries(Object.keys(PAGES).map((k) => [k, { samples: [], dom: [] }]));
  const breakdown = { wasmReceived: [], shellMounted: [] };

  async function coldLoad(which) {
    const spec = PAGES[which];
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.origin === origin || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
        blocked[which].push(url.href);
        return route.abort('blockedbyclient');
      });
      await page.addInitScript(detector, { selector: spec.selector, count, event: spec.event });
      await page.goto(`${origin}${spec.path(publicUrl)}`);
      await page.waitForFunction(() => window.__drawn !== undefined, null, { timeout: TIMEOUT_MS });
      const t = await page.evaluate((sel) => {
        const wasm = performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'));
        return {
          drawn: window.__drawn,
          dom: window.__dom,
          shell: window.__shell,
          wasm: wasm ? wasm.responseEnd : NaN,
          // The items on screen: the prerendered front page holds the chart and the list,
          // and its stylesheet shows one of them for the width.
          n: [...document.querySelectorAll(sel)].filter((e) => e.getClientRects().length > 0).length,
        };
      }, spec.selector);
      if (t.n !== count) throw new Error(`${spec.label} drew ${t.n} items, expected ${count}`);
      if (errors.length) throw new Error(`${spec.label} page errors: ${errors.join('; ')}`);
      return t;
    } finally {
      await context.close();
    }
  }

  async function filterChange() {
    // From a click on a faction chip to the timeline's DOM redrawn with what passes
    // (script and DOM work; the budget is one frame, 16 ms).
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const out = [];
    try {
      const page = await context.newPage();
      await page.goto(`${origin}${publicUrl}`);
      await page.waitForFunction((n) => document.querySelectorAll('[data-testid=timeline-item]').length === n, count);
      const chip = '[data-testid=faction-chip][data-entity="islamic-jihad"]';
      // The chips are in the filter panel, drawn when it is opened.
      await page.locator('html[data-app=ready]').waitFor();
      await page.click('[data-testid=filters-toggle]');
      try {
        await page.waitForSelector(chip, { timeout: 5000 });
      } catch {
        return { samples: [], note: `no ${chip} in the opened filter panel` };
      }
      for (let i = 0; i < samples; i++) {
        out.push(
          await page.evaluate(
            (sel) =>
              new Promise((done, fail) => {
                const items = () => document.querySelectorAll('[data-testid=timeline-item]').length;
                const before = items();
                const t0 = performance.now();
                const observer = new MutationObserver(() => {
                  if (items() !== before) {
                    observer.disconnect();
                    done(performance.now() - t0);
                  }
                });
                observer.observe(document.body, { subtree: true, childList: true });
                setTimeout(() => fail(new Error('the filter change did not redraw the timeline')), 5000);
                document.querySelector(sel).click();
              }),
            chip,
          ),
        );
      }
    } finally {
      await context.close();
    }
    return { samples: out };
  }

  try {
    for (const which of Object.keys(PAGES)) await coldLoad(which);
    for (const list of Object.values(blocked)) list.length = 0;
    const order = Object.keys(PAGES);
    for (let i = 0; i < samples; i++) {
      for (let j = 0; j < order.length; j++) {
        const which = order[(i + j) % order.length];
        const t = await coldLoad(which);
        result[which].samples.push(t.drawn);
        result[which].dom.push(t.dom);
        if (which === 'cairo') {
          breakdown.wasmReceived.push(t.wasm);
          breakdown.shellMounted.push(t.shell);
        }
      }
      log(`desktop: round ${i + 1}/${samples}`);
    }
    const filter = await filterChange();
    for (const r of Object.values(result)) {
      r.median = median(r.samples);
      r.domMedian = median(r.dom);
    }
    return {
      samples,
      pages: result,
      ratios: {
        cairoToFloor: result.cairo.median / result.floor.median,
        cairoToTimelinejs: result.cairo.median / result.tljs.median,
        timelinejsToFloor: result.tljs.median / result.floor.median,
      },
      cairoBreakdown: { wasmReceived: median(breakdown.wasmReceived), shellMounted: median(breakdown.shellMounted) },
      filterChange: { ...filter, median: median(filter.samples) },
      blocked: Object.fromEntries(Object.entries(blocked).map(([k, v]) => [k, [...new Set(v)]])),
    };
  } finally {
    await browser.close();
  }
}
