// make bench: what a first visit downloads, raw and gzip, against the budget.
// Usage: node scripts/bench.mjs DIST_DIR
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_GZIP = 150 * 1024;
const dist = process.argv[2] ?? 'dist';

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const kinds = { wasm: ['.wasm'], js: ['.js'], css: ['.css'], html: ['.html'] };
const rows = [];
for (const [kind, exts] of Object.entries(kinds)) {
  let raw = 0, gzip = 0;
  // 404.html is not part of a first visit.
  for (const path of files(dist).filter((p) => exts.includes(extname(p)) && !p.endsWith('404.html'))) {
    const bytes = readFileSync(path);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  rows.push({ kind, raw, gzip });
}
const kb = (n) => (n / 1024).toFixed(1).padStart(8) + ' KB';
console.log('bundle        raw          gzip');
let totalRaw = 0, totalGzip = 0;
for (const { kind, raw, gzip } of rows) {
  console.log(`${kind.padEnd(6)} ${kb(raw)}  ${kb(gzip)}`);
  totalRaw += raw; totalGzip += gzip;
}
console.log(`${'total'.padEnd(6)} ${kb(totalRaw)}  ${kb(totalGzip)}`);
// The corpus is embedded in the wasm; report what it weighs on its own.
const buildDir = 'target/wasm32-unknown-unknown/release/build';
try {
  const blobs = readdirSync(buildDir)
    .filter((d) => d.startsWith('cairo-talks-'))
    .map((d) => join(buildDir, d, 'out', 'corpus.bin'))
    .filter((p) => { try { return statSync(p).isFile(); } catch { return false; } })
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  if (blobs.length) {
    const bytes = readFileSync(blobs[0]);
    console.log(`corpus (inside the wasm) ${kb(bytes.length)}  ${kb(gzipSync(bytes, { level: 9 }).length)}`);
  }
} catch { /* no native build dir: nothing to add */ }
const ok = totalGzip <= BUDGET_GZIP;
console.log(`first load ${ok ? 'within' : 'OVER'} the ${BUDGET_GZIP / 1024} KB gzip budget (${((100 * totalGzip) / BUDGET_GZIP).toFixed(0)}% used)`);
