// A static file server that answers the way GitHub Pages does, so that what is measured
// or tested locally is what a visitor gets: text and wasm gzip-compressed on the fly
// (Pages does; Python's http.server does not, which made load figures wrong), the right
// MIME types (application/wasm streams compile), `/dir` redirected to `/dir/`, `/dir/`
// answered with its index.html, and a missing path answered with the nearest 404.html
// above it, status 404. No dependencies: Node's http, http2, fs and zlib only.
//
// Usage: node scripts/serve.mjs ROOT [--port N] [--host H] [--quiet] [--h2 DIR]
//   ROOT  the folder served at / (make site stages the bundle under ROOT/cairo-talks/)
//   --port 0 picks a free port. The first line on stdout is always
//   "serving ROOT at http://HOST:PORT/" (https with --h2), which scripts wait for and
//   read the port from.
//   --h2 DIR  HTTP/2 over TLS, as Pages serves a site, with a self-signed certificate
//   for 127.0.0.1 made by openssl in DIR (once). One connection then carries every
//   request, which changes how a browser (and Lighthouse's simulation) schedules
//   them; a browser must be told to accept the certificate
//   (`--ignore-certificate-errors`).
//
// Refused, never crashing: request paths that do not decode (400), that contain `..`,
// a backslash or a NUL (403), or that resolve outside ROOT (403); methods other than
// GET and HEAD (405).
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

export const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.mjs': 'application/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
  '.otf': 'font/otf',
  '.pdf': 'application/pdf',
};

// What Pages' CDN compresses: text formats and wasm. Images and fonts are already
// compressed and go out as they are.
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.map', '.webmanifest', '.wasm', '.svg', '.xml', '.txt', '.ico', '.ttf', '.eot', '.otf']);

// Pages sends a ten-minute freshness lifetime; the same keeps a reload honest.
const CACHE_CONTROL = 'max-age=600';

/**
 * The file a request path names, or why it is refused. Pure: it looks at the string
 * only, so it can be tested without a file system.
 * @returns {{ok: true, segments: string[], dir: boolean} | {ok: false, status: number, reason: string}}
 */
export function parseRequestPath(rawUrl) {
  if (typeof rawUrl !== 'string' || rawUrl === '') return { ok: false, status: 400, reason: 'empty request target' };
  let target = rawUrl;
  // An absolute-form target (`GET http://host/path`) carries its path after the authority.
  if (!target.startsWith('/')) {
    try {
      target = new URL(target).pathname;
    } catch {
      return { ok: false, status: 400, reason: 'not a path' };
    }
  }
  const rawPath = target.split(/[?#]/, 1)[0];
  let path;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return { ok: false, status: 400, reason: 'malformed percent-encoding' };
  }
  if (path.includes('\0') || path.includes('\\')) return { ok: false, status: 403, reason: 'forbidden character' };
  // Empty segments (`//`) are harmless and dropped; `.` and `..` never reach the disk.
  const parts = path.split('/');
  if (parts.some((p) => p === '..' || p === '.')) return { ok: false, status: 403, reason: 'dot segment' };
  return { ok: true, segments: parts.filter((p) => p !== ''), dir: path.endsWith('/') };
}

function statOrNull(path) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/**
 * A self-signed certificate for 127.0.0.1 and localhost in `dir`, made by openssl the
 * first time. @returns {{ key: Buffer, cert: Buffer }}
 */
export function selfSigned(dir) {
  mkdirSync(dir, { recursive: true });
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  if (!existsSync(key) || !existsSync(cert)) {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
      '-keyout', key, '-out', cert, '-days', '30', '-subj', '/CN=127.0.0.1',
      '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost',
    ], { stdio: 'ignore' });
  }
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

/**
 * Starts serving ROOT; resolves with the listening server. With `tls` ({ key, cert }),
 * HTTP/2 over TLS (HTTP/1.1 still answered for a client without it).
 */
export function serve(rootDir, { port = 8080, host = '127.0.0.1', log = () => {}, tls = null } = {}) {
  const root = realpathSync(resolve(rootDir));
  const inside = (p) => p === root || p.startsWith(root + sep);
  // Compressed bodies, reused while the file's size and mtime stay the same.
  const gzipCache = new Map();

  function body(file, st, gzip) {
    if (!gzip) return readFileSync(file);
    const key = `${st.size}\0${st.mtimeMs}`;
    let packed = gzipCache.get(file);
    if (!packed || packed.key !== key) {
      packed = { key, bytes: gzipSync(readFileSync(file), { level: 9 }) };
      gzipCache.set(file, packed);
    }
    return packed.bytes;
  }

  // Pages answers from a CDN that has the compressed bytes at hand; compressing every
  // file once before listening keeps gzip -9 time out of the first measured load.
  function warm(dir, budget = { files: 10_000 }) {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (--budget.files < 0) return;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) warm(path, budget);
      else if (entry.isFile() && COMPRESSIBLE.has(extname(entry.name).toLowerCase())) {
        const st = statOrNull(path);
        if (st && st.size <= 32 * 1024 * 1024) body(path, st, true);
      }
    }
  }
  warm(root);

  function send(req, res, status, file, st) {
    const ext = extname(file).toLowerCase();
    const wantsGzip = /\bgzip\b/i.test(String(req.headers['accept-encoding'] ?? ''));
    const compress = COMPRESSIBLE.has(ext) && wantsGzip;
    const etag = `"${st.size.toString(16)}-${Math.floor(st.mtimeMs).toString(16)}${compress ? '-gz' : ''}"`;
    const headers = {
      'Content-Type': MIME[ext] ?? 'application/octet-stream',
      'Cache-Control': CACHE_CONTROL,
      'Last-Modified': st.mtime.toUTCString(),
      ETag: etag,
      Vary: 'Accept-Encoding',
    };
    if (status === 200 && req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers);
      res.end();
      return 304;
    }
    const bytes = body(file, st, compress);
    if (compress) headers['Content-Encoding'] = 'gzip';
    headers['Content-Length'] = bytes.length;
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : bytes);
    return status;
  }

  function plain(res, status, text, extra = {}) {
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(text), ...extra });
    res.end(text);
    return status;
  }

  // The nearest 404.html at or above the requested folder, inside ROOT: a project
  // site's own 404 page answers for every missing path under its sub-path.
  function notFound(req, res, segments) {
    for (let n = segments.length; n >= 0; n--) {
      const candidate = join(root, ...segments.slice(0, n), '404.html');
      const st = statOrNull(candidate);
      if (st?.isFile()) {
        let real;
        try {
          real = realpathSync(candidate);
        } catch {
          continue;
        }
        if (inside(real)) return send(req, res, 404, real, st);
      }
    }
    return plain(res, 404, 'Not Found\n');
  }

  function handle(req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, 'Method Not Allowed\n', { Allow: 'GET, HEAD' });
    const parsed = parseRequestPath(req.url);
    if (!parsed.ok) return plain(res, parsed.status, `${parsed.reason}\n`);
    const { segments, dir } = parsed;
    const path = join(root, ...segments);
    // A symlink may point anywhere; only what really lies inside ROOT is served.
    let real;
    try {
      real = realpathSync(path);
    } catch {
      return notFound(req, res, dir ? segments : segments.slice(0, -1));
    }
    if (!inside(real)) return plain(res, 403, 'outside the served folder\n');
    const st = statOrNull(real);
    if (!st) return notFound(req, res, segments.slice(0, -1));
    if (st.isDirectory()) {
      if (!dir) {
        const query = String(req.url).includes('?') ? String(req.url).slice(String(req.url).indexOf('?')) : '';
        const location = `/${segments.map(encodeURIComponent).join('/')}/${query}`;
        return plain(res, 301, 'Moved Permanently\n', { Location: location });
      }
      const index = join(real, 'index.html');
      const ist = statOrNull(index);
      return ist?.isFile() ? send(req, res, 200, index, ist) : notFound(req, res, segments);
    }
    if (dir || !st.isFile()) return notFound(req, res, segments.slice(0, -1));
    return send(req, res, 200, real, st);
  }

  const answer = (req, res) => {
    let status;
    try {
      status = handle(req, res);
    } catch (e) {
      // A file that vanished or became unreadable mid-request: answer, never crash.
      if (!res.headersSent) status = plain(res, 500, 'Internal Server Error\n');
      else res.destroy();
      log(`error ${req.url}: ${e}`);
    }
    log(`${status ?? '-'} ${req.method} ${req.url}`);
  };
  const server = tls ? createSecureServer({ ...tls, allowHTTP1: true }, answer) : createServer(answer);
  // A stream or session that breaks (the client went away) is its own business.
  server.on('sessionError', () => {});
  // Unparseable HTTP (a raw space in the path, a bad header) gets a 400, not a crash.
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    else socket.destroy();
  });
  return new Promise((ok, ko) => {
    server.once('error', ko);
    server.listen(port, host, () => ok(server));
  });
}

// Run as a script (not when imported by the tests).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 && i + 1 < args.length ? args.splice(i, 2)[1] : fallback;
  };
  const port = Number(opt('--port', process.env.PORT ?? 8080));
  const host = opt('--host', '127.0.0.1');
  const h2 = opt('--h2', null);
  const quiet = args.includes('--quiet');
  const rootArg = args.find((a) => !a.startsWith('--'));
  if (!rootArg || !Number.isInteger(port) || port < 0 || port > 65535) {
    console.error('usage: node scripts/serve.mjs ROOT [--port N] [--host H] [--quiet] [--h2 DIR]');
    process.exit(2);
  }
  if (!statOrNull(rootArg)?.isDirectory()) {
    console.error(`serve: ${rootArg} is not a folder`);
    process.exit(1);
  }
  const tls = h2 ? selfSigned(h2) : null;
  const server = await serve(rootArg, { port, host, tls, log: quiet ? () => {} : (line) => console.error(line) });
  const { port: bound } = server.address();
  console.log(`serving ${rootArg} at ${tls ? 'https' : 'http'}://${host}:${bound}/`);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
}
