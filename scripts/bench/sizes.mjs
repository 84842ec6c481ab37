// What the front page downloads, raw and gzip -9, found by following the references
// dist/index.html makes (scripts, stylesheets, preloads, icons, module imports in its
// inline scripts, static imports in those scripts, @import in those stylesheets)
// rather than by globbing dist/: a file nobody asks for at first load (a worker's
// wasm, the 404 page) is listed apart and not counted.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const KIND = {
  '.wasm': 'wasm', '.js': 'js', '.mjs': 'js', '.css': 'css', '.html': 'html',
  '.svg': 'image', '.png': 'image', '.ico': 'image', '.jpg': 'image', '.webp': 'image',
  '.woff2': 'font', '.woff': 'font', '.ttf': 'font',
};
const kindOf = (path) => KIND[extname(path).toLowerCase()] ?? 'other';

function attrs(tag) {
  const out = {};
  for (const m of tag.matchAll(/([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    out[m[1].toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
  }
  return out;
}

/** References an HTML page makes that the browser fetches while loading it. */
export function htmlReferences(html) {
  const refs = [];
  const noComments = html.replace(/<!--[\s\S]*?-->/g, '');
  for (const m of noComments.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const a = attrs(m[1]);
    if (a.src !== undefined) refs.push({ url: a.src, via: 'script' });
    else refs.push(...scriptReferences(m[2], true).map((url) => ({ url, via: 'inline script' })));
  }
  for (const m of noComments.matchAll(/<link\b([^>]*)>/gi)) {
    const a = attrs(m[1]);
    const rel = (a.rel ?? '').toLowerCase().split(/\s+/);
    const wanted = ['stylesheet', 'preload', 'modulepreload', 'icon'].find((r) => rel.includes(r));
    if (wanted && a.href) refs.push({ url: a.href, via: wanted });
  }
  return refs;
}

/**
 * Files a script fetches as soon as it runs: static imports, and in the page's inline
 * scripts (trunk's loader, which runs at every load) also its dynamic import() of the
 * glue and the .wasm files they name; a worker's script named there is fetched only
 * for a deep link. In a module file, import() and named files are fetched later or
 * never: not counted.
 */
export function scriptReferences(js, inline = false) {
  const refs = [];
  for (const m of js.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[^'";()]*?\sfrom\s*)?["']([^"']+)["']/g)) refs.push(m[1]);
  if (inline) {
    for (const m of js.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) refs.push(m[1]);
    for (const m of js.matchAll(/["']([^"'\s]+\.wasm)(?:\?[^"']*)?["']/g)) refs.push(m[1]);
  }
  return [...new Set(refs)];
}

export function cssReferences(css) {
  return [...css.matchAll(/@import\s+(?:url\(\s*)?["']?([^"')\s;]+)/g)].map((m) => m[1]);
}

/** The dist/ file a URL on the page names, or null when it is elsewhere. */
function toFile(dist, publicUrl, base, url) {
  if (/^(data|blob|javascript):/i.test(url)) return null;
  let u;
  try {
    u = new URL(url, base);
  } catch {
    return null;
  }
  if (u.origin !== 'http://bench.invalid' || !u.pathname.startsWith(publicUrl)) return null;
  return join(dist, decodeURIComponent(u.pathname.slice(publicUrl.length)));
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

function measure(path) {
  const bytes = readFileSync(path);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/**
 * @returns {{files, byKind, total, missing, notFetched}} sizes in bytes; `files` in the
 * order the page asks for them, `missing` references to files dist/ lacks.
 */
export function firstLoad(dist, publicUrl) {
  const index = join(dist, 'index.html');
  if (!existsSync(index)) throw new Error(`no ${index}: build first (make site)`);
  const origin = 'http://bench.invalid';
  const seen = new Map();
  const missing = [];
  const queue = [{ file: index, url: `${origin}${publicUrl}`, via: 'document' }];
  while (queue.length) {
    const { file, url, via } = queue.shift();
    if (seen.has(file)) continue;
    if (!existsSync(file) || !statSync(file).isFile()) {
      missing.push(relative(dist, file));
      continue;
    }
    seen.set(file, { path: relative(dist, file), kind: kindOf(file), via, ...measure(file) });
    const kind = kindOf(file);
    const text = kind === 'wasm' || kind === 'other' ? '' : readFileSync(file, 'utf8');
    const found =
      kind === 'html' ? htmlReferences(text)
        : kind === 'js' ? scriptReferences(text).map((u) => ({ url: u, via: 'import' }))
          : kind === 'css' ? cssReferences(text).map((u) => ({ url: u, via: '@import' }))
            : [];
    for (const ref of found) {
      const target = toFile(dist, publicUrl, url, ref.url);
      if (target) queue.push({ file: target, url: new URL(ref.url, url).href, via: ref.via });
    }
  }
  const files = [...seen.values()];
  const byKind = {};
  for (const f of files) {
    byKind[f.kind] ??= { raw: 0, gzip: 0, count: 0 };
    byKind[f.kind].raw += f.raw;
    byKind[f.kind].gzip += f.gzip;
    byKind[f.kind].count += 1;
  }
  const total = files.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip }), { raw: 0, gzip: 0 });
  // Code or styles shipped but not fetched by the front page (a lazily loaded worker).
  const notFetched = walk(dist)
    .filter((p) => !seen.has(p) && ['wasm', 'js', 'css'].includes(kindOf(p)))
    .map((p) => ({ path: relative(dist, p), kind: kindOf(p), ...measure(p) }));
  return { files, byKind, total, missing, notFetched };
}
