// make bench: one run that prints what a first visit costs and how Cairo Talks compares
// with the floor (a static HTML list of the same rounds) and TimelineJS 3.9.11:
//   sizes       what the front page fetches, raw and gzip -9 (scripts/bench/sizes.mjs)
//   wasm        what the wasm holds, twiggy top grouped by crate (scripts/bench/twiggy.mjs)
//   desktop     time to the drawn timeline, median of N cold loads (scripts/bench/desktop.mjs)
//   lighthouse  Lighthouse mobile on the floor, TimelineJS and four Cairo Talks URLs,
//               served over HTTP/2 with TLS as Pages serves them (the targets are
//               judged on these), then over HTTP/1.1 without TLS (for comparison
//               with the figures taken before; --over h2 skips it)
// Everything is served by scripts/serve.mjs, which gzips like GitHub Pages. The result
// is printed as tables and written to target/bench/result.json (and result.md, the same
// tables in Markdown for BENCH.md). It reports targets but never fails for missing
// one; it exits 1 only when something could not be measured.
//
// Usage: node scripts/bench.mjs [--site target/site] [--public-url /cairo-talks/]
//          [--dist dist] [--runs 3] [--samples 7] [--only sizes,wasm,desktop,lighthouse,yours]
//          [--over h2,h1]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { measureDesktop } from './bench/desktop.mjs';
import { lighthouseVersion, measureLighthouse } from './bench/lighthouse.mjs';
import { buildBenchRoot, roundsFromReport } from './bench/pages.mjs';
import { render } from './bench/render.mjs';
import { startServer } from './bench/server.mjs';
import { firstLoad } from './bench/sizes.mjs';
import { LINK_PAGES, evaluate } from './bench/targets.mjs';
import { profileWasm, twiggyVersion } from './bench/twiggy.mjs';
import { measureYours } from './bench/yours.mjs';

const SECTIONS = ['sizes', 'wasm', 'desktop', 'lighthouse', 'yours'];
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const site = resolve(opt('--site', 'target/site'));
const publicUrl = opt('--public-url', '/cairo-talks/');
const dist = resolve(opt('--dist', 'dist'));
const runs = Number(opt('--runs', 3));
const samples = Number(opt('--samples', 7));
const only = opt('--only', SECTIONS.join(',')).split(',');
const over = opt('--over', 'h2,h1').split(',');
const outDir = resolve('target/bench');
// The machine is shared: the 1-minute load average, sampled at every progress line
// (each desktop round, each Lighthouse run), says how much other people's builds may
// have inflated the figures.
const loadSamples = [loadavg()[0]];
const log = (line) => {
  loadSamples.push(loadavg()[0]);
  console.error(`bench: ${line}`);
};
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(samples) || samples < 1 || only.some((s) => !SECTIONS.includes(s))) {
  console.error(`usage: node scripts/bench.mjs [--runs N] [--samples N] [--only ${SECTIONS.join(',')}] [--site DIR] [--public-url /x/] [--dist DIR]`);
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });

const failures = [];
async function attempt(name, fn, section = name) {
  if (!only.includes(section)) return undefined;
  log(`${name}...`);
  try {
    return await fn();
  } catch (e) {
    failures.push(`${name}: ${e.message ?? e}`);
    log(`${name} FAILED: ${e.message ?? e}`);
    return undefined;
  }
}

function cargoMetadata() {
  const r = spawnSync('cargo', ['metadata', '--no-deps', '--format-version', '1'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`cargo metadata failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** The workspace's crates (the app first), and where cargo wrote the app's wasm. */
function workspaceCrates() {
  const meta = cargoMetadata();
  const rootManifest = resolve('Cargo.toml');
  const app = meta.packages.find((p) => resolve(p.manifest_path) === rootManifest);
  if (!app) throw new Error('no package at the workspace root');
  const bin = app.targets.find((t) => t.kind.includes('bin')) ?? app.targets[0];
  const crates = meta.packages.map((p) => {
    const lib = p.targets.find((t) => t.kind.some((k) => k.endsWith('lib'))) ?? p.targets[0];
    return { crate: lib.name.replace(/-/g, '_'), label: p === app ? `app (${p.name})` : `crate ${p.name}`, app: p === app };
  });
  // The app's bin and lib (when it has both) are both the app.
  crates.push({ crate: bin.name.replace(/-/g, '_'), label: `app (${app.name})`, app: true });
  const unique = [...new Map(crates.map((c) => [c.crate, c])).values()];
  const release = join(meta.target_directory, 'wasm32-unknown-unknown', 'release');
  return { crates: unique, wasm: join(release, `${bin.name}.wasm`), release, app: app.name };
}

/** corpus.bin as build.rs wrote it for the newest wasm build, if it is there. */
function corpusBlob(release, appName) {
  const build = join(release, 'build');
  if (!existsSync(build)) return null;
  const blobs = readdirSync(build)
    .filter((d) => d.startsWith(`${appName}-`))
    .map((d) => join(build, d, 'out', 'corpus.bin'))
    .filter((p) => existsSync(p))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  if (!blobs.length) return null;
  const bytes = readFileSync(blobs[0]);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

const chromium = spawnSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).stdout?.match(/[\d.]+/)?.[0] ?? 'not found';
const fmtLoad = () => loadavg().map((x) => x.toFixed(2)).join(' ');
const meta = {
  date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  machine: `${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, shared with other builds`,
  loadBefore: fmtLoad(),
  node: process.versions.node,
  chromium,
  lighthouse: only.includes('lighthouse') ? lighthouseVersion() : null,
  lighthouseRuns: runs,
  // What the judged Lighthouse table was served over.
  lighthouseOver: over.includes('h2') ? 'HTTP/2 with TLS, as Pages serves it' : 'HTTP/1.1 without TLS',
  desktopSamples: samples,
  publicUrl,
};

let ws = null;
const sizes = await attempt('sizes', () => {
  const s = firstLoad(join(dist), publicUrl);
  try {
    ws ??= workspaceCrates();
    s.corpus = corpusBlob(ws.release, ws.app);
  } catch {
    /* the corpus line is extra information */
  }
  return s;
});

const wasm = await attempt('wasm', () => {
  ws ??= workspaceCrates();
  if (!existsSync(ws.wasm)) throw new Error(`no ${ws.wasm}: run make site first`);
  const version = twiggyVersion();
  if (!version) throw new Error('twiggy is not installed (scripts/install-tools.sh --bench)');
  const built = statSync(ws.wasm).mtime;
  const shipped = (existsSync(dist) ? readdirSync(dist) : []).filter((f) => f.endsWith('.wasm')).map((f) => statSync(join(dist, f)).mtime);
  // trunk reruns wasm-bindgen on every build, so dist/ is normally the newer; a cargo
  // build after the last trunk build means the profile is of code that is not shipped.
  if (shipped.some((t) => built - t > 120_000)) log(`warning: ${ws.wasm} is newer than the wasm in ${dist}: run make site`);
  return { version, path: relative(process.cwd(), ws.wasm), builtAt: `built ${built.toISOString().replace(/\.\d+Z$/, 'Z')}`, ...profileWasm(ws.wasm, ws.crates) };
});

let desktop;
let lighthouse;
let lighthouseH1;
let yours;
if (only.includes('desktop') || only.includes('lighthouse') || only.includes('yours')) {
  let server;
  let secure;
  try {
    const rounds = roundsFromReport();
    const root = join(outDir, 'root');
    buildBenchRoot(site, publicUrl, root, rounds);
    server = await startServer(root);
    const { origin } = server;
    log(`serving ${root} at ${origin}`);
    if (over.includes('h2')) {
      secure = await startServer(root, { h2: join(outDir, 'tls') });
      log(`serving ${root} at ${secure.origin} (HTTP/2)`);
    }
    const pages = (at) => [
      { key: 'floor', label: 'floor (static HTML list)', url: `${at}/floor/` },
      { key: 'tljs', label: 'TimelineJS 3.9.11', url: `${at}/timelinejs/` },
      { key: 'front', label: 'Cairo Talks front page', url: `${at}${publicUrl}` },
      { key: 'map', label: 'Cairo Talks map', url: `${at}${publicUrl}?view=map&round=cairo-2017-11` },
      { key: 'compare', label: 'Cairo Talks compare', url: `${at}${publicUrl}?view=compare&cmp=cairo-2014-09,cairo-2017-11` },
      { key: 'read', label: 'Cairo Talks reader', url: `${at}${publicUrl}?view=read&a=cairo-2014-09` },
      // The links people share (issue 25): a page of each kind of pretty path, and a
      // filtered link no page is written for.
      ...LINK_PAGES.map((p) => ({ ...p, url: `${at}${publicUrl}${p.path}` })),
    ];
    desktop = await attempt('desktop', () => measureDesktop({ origin, publicUrl, rounds, samples, log }));
    yours = await attempt('yours', () => measureYours({ origin, publicUrl, samples, log }));
    const judged = secure ? secure.origin : origin;
    lighthouse = await attempt('lighthouse', () =>
      measureLighthouse(pages(judged), { runs, outDir: join(outDir, 'lighthouse'), log }),
    );
    if (secure && over.includes('h1')) {
      lighthouseH1 = await attempt(
        'lighthouse over HTTP/1.1',
        () => measureLighthouse(pages(origin), { runs, outDir: join(outDir, 'lighthouse-h1'), log }),
        'lighthouse',
      );
    }
    for (const [name, l] of [['lighthouse', lighthouse], ['lighthouse over HTTP/1.1', lighthouseH1]]) {
      for (const [key, r] of Object.entries(l ?? {})) if (!r.runs.length) failures.push(`${name} ${key}: every run failed: ${r.errors[0]}`);
    }
  } catch (e) {
    failures.push(`pages or server: ${e.message ?? e}`);
  } finally {
    server?.stop();
    secure?.stop();
  }
}

meta.loadAfter = fmtLoad();
const sorted = [...loadSamples].sort((a, b) => a - b);
meta.loadDuring = { min: sorted[0], median: sorted[Math.floor(sorted.length / 2)], max: sorted.at(-1), samples: sorted.length };
const result = { meta, sizes, wasm, desktop, lighthouse, lighthouseH1, yours, targets: evaluate({ sizes, desktop, lighthouse, yours }), failures };
writeFileSync(join(outDir, 'result.json'), JSON.stringify(result, null, 2) + '\n');
writeFileSync(join(outDir, 'result.md'), render(result, { markdown: true }));
console.log(render(result));
console.log(`written: ${relative(process.cwd(), join(outDir, 'result.json'))}, ${relative(process.cwd(), join(outDir, 'result.md'))}`);
process.exit(failures.length ? 1 : 0);
