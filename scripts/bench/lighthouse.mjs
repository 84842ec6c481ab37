// Lighthouse 13.5 with its default (mobile) preset: simulated slow 4G and a 4x slower
// CPU, the settings the figures were taken with. Each URL is run several times
// in a fresh Chromium (the CLI launches one per run) and reported as the median and the
// WORST run, never the best: a single lucky run hides an LCP that jumps between ~1 s
// and ~3.5 s when the app redraws the prerendered page.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { median, worst } from './stats.mjs';

const CLI = resolve('node_modules/lighthouse/cli/index.js');
const RUN_TIMEOUT_MS = 240_000;

/** The metrics a report holds; higherIsBetter tells which way "worst" goes. */
export const METRICS = {
  lcp: { higherIsBetter: false, from: (r) => r.audits['largest-contentful-paint']?.numericValue },
  fcp: { higherIsBetter: false, from: (r) => r.audits['first-contentful-paint']?.numericValue },
  tbt: { higherIsBetter: false, from: (r) => r.audits['total-blocking-time']?.numericValue },
  cls: { higherIsBetter: false, from: (r) => r.audits['cumulative-layout-shift']?.numericValue },
  performance: { higherIsBetter: true, from: (r) => r.categories.performance?.score },
  accessibility: { higherIsBetter: true, from: (r) => r.categories.accessibility?.score },
  bestPractices: { higherIsBetter: true, from: (r) => r.categories['best-practices']?.score },
  seo: { higherIsBetter: true, from: (r) => r.categories.seo?.score },
};

export function lighthouseVersion() {
  return JSON.parse(readFileSync(resolve('node_modules/lighthouse/package.json'), 'utf8')).version;
}

/** One run; returns the metrics or throws with what Lighthouse said. */
function runOnce(url, outFile) {
  const run = spawnSync(
    process.execPath,
    [
      CLI, url,
      '--output=json', `--output-path=${outFile}`, '--quiet',
      '--only-categories=performance,accessibility,best-practices,seo',
      // The HTTP/2 server's certificate is self-signed (Lighthouse's documented way
      // of testing a local HTTP/2 site).
      `--chrome-flags=--headless=new --no-sandbox --disable-gpu${url.startsWith('https:') ? ' --ignore-certificate-errors' : ''}`,
    ],
    {
      encoding: 'utf8',
      env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
      timeout: RUN_TIMEOUT_MS,
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (run.error) throw new Error(`lighthouse ${url}: ${run.error.message}`);
  if (run.status !== 0) throw new Error(`lighthouse ${url} exited ${run.status}: ${run.stderr.trim().split('\n').slice(-5).join(' | ')}`);
  const report = JSON.parse(readFileSync(outFile, 'utf8'));
  if (report.runtimeError) throw new Error(`lighthouse ${url}: ${report.runtimeError.code} ${report.runtimeError.message}`);
  const values = Object.fromEntries(Object.entries(METRICS).map(([k, m]) => [k, m.from(report)]));
  if (!Number.isFinite(values.lcp) || !Number.isFinite(values.performance)) {
    throw new Error(`lighthouse ${url}: no LCP or performance score (${(report.runWarnings ?? []).join('; ')})`);
  }
  return { ...values, warnings: report.runWarnings ?? [] };
}

/**
 * Runs every page `runs` times, interleaved (page A, B, C, A, B, C...) so that a slow
 * spell on the machine does not land on one page only.
 * @param pages [{ key, label, url }]
 * @returns {{ [key]: { label, url, runs, median, worst, errors } }}
 */
export function measureLighthouse(pages, { runs = 3, outDir, log = () => {} }) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const out = Object.fromEntries(pages.map((p) => [p.key, { label: p.label, url: p.url, runs: [], errors: [] }]));
  for (let i = 0; i < runs; i++) {
    for (const p of pages) {
      const t0 = Date.now();
      try {
        out[p.key].runs.push(runOnce(p.url, join(outDir, `${p.key}-${i + 1}.json`)));
      } catch (e) {
        out[p.key].errors.push(String(e.message ?? e));
      }
      log(`lighthouse: ${p.key} run ${i + 1}/${runs} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
    }
  }
  for (const r of Object.values(out)) {
    r.median = {};
    r.worst = {};
    for (const [k, m] of Object.entries(METRICS)) {
      const xs = r.runs.map((run) => run[k]);
      r.median[k] = median(xs);
      r.worst[k] = worst(xs, m.higherIsBetter);
    }
  }
  return out;
}
