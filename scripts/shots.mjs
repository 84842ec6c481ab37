// make shots: screenshots of every view of the release build, as a new reader meets
// it, at a desktop and a phone width, in light and dark colour schemes. They are for
// looking at before and after a visual change (issue 24); nothing is asserted here.
//
//   node scripts/shots.mjs --site target/site --public-url /cairo-talks/ [--out target/shots]
//
// Each file is named VIEW-WIDTHxHEIGHT-SCHEME.png; the first screen only (what the
// reader sees before scrolling), plus a full-page copy (…-full.png) for the long views.
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from './bench/server.mjs';

const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

// The links readers share, one per view (the ones the issues name).
export const VIEWS = [
  ['timeline', ''],
  ['timeline-selected', '?sel=cairo-2017-11'],
  ['map', '?view=map&round=cairo-2017-11'],
  ['compare', '?view=compare&cmp=cairo-2013-01,cairo-2025-10'],
  ['read', '?view=read&a=cairo-2014-09'],
];
const SIZES = [[1280, 800], [375, 800]];
const SCHEMES = ['light', 'dark'];

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const site = arg('--site', 'target/site');
const publicUrl = arg('--public-url', '/cairo-talks/');
const out = arg('--out', 'target/shots');
mkdirSync(out, { recursive: true });

const server = await startServer(site);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: LAUNCH_ARGS });
try {
  for (const [name, query] of VIEWS) {
    for (const [width, height] of SIZES) {
      for (const scheme of SCHEMES) {
        const context = await browser.newContext({ viewport: { width, height }, colorScheme: scheme });
        const page = await context.newPage();
        await page.goto(`${server.origin}${publicUrl}${query}`);
        // The view is drawn when its <main> is there and the app has settled.
        await page.waitForSelector('[data-testid=current-view]');
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(300);
        const base = join(out, `${name}-${width}x${height}-${scheme}`);
        await page.screenshot({ path: `${base}.png` });
        await page.screenshot({ path: `${base}-full.png`, fullPage: true });
        await context.close();
        console.log(`${base}.png`);
      }
    }
  }
} finally {
  await browser.close();
  server.stop();
}
