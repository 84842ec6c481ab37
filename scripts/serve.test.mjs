// The static server behaves like GitHub Pages where measurements depend on it (gzip,
// MIME types, index and 404 pages) and refuses or survives hostile request paths.
// Run: node --test scripts/serve.test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { connect as connectH2 } from 'node:http2';
import { parseRequestPath, selfSigned, serve } from './serve.mjs';

let dir, server, port;
const wasm = Buffer.concat([Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]), Buffer.alloc(4096, 7)]);

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'serve-test-'));
  const site = join(dir, 'site');
  mkdirSync(join(site, 'cairo-talks', 'sub'), { recursive: true });
  writeFileSync(join(site, 'cairo-talks', 'index.html'), '<!doctype html><title>app</title>' + ' '.repeat(2000));
  writeFileSync(join(site, 'cairo-talks', '404.html'), '<!doctype html><title>lost</title>');
  writeFileSync(join(site, 'cairo-talks', 'app.wasm'), wasm);
  writeFileSync(join(site, 'cairo-talks', 'app.js'), 'export const x = 1;\n'.repeat(100));
  writeFileSync(join(site, 'cairo-talks', 'photo.png'), Buffer.alloc(300, 1));
  writeFileSync(join(dir, 'secret.txt'), 'TOP-SECRET');
  symlinkSync(join(dir, 'secret.txt'), join(site, 'cairo-talks', 'link.txt'));
  server = await serve(site, { port: 0 });
  port = server.address().port;
});

after(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** One request written byte for byte, so that nothing normalizes the path on the way. */
function raw(requestLine, headers = 'Accept-Encoding: gzip\r\n') {
  return new Promise((ok, ko) => {
    const socket = connect(port, '127.0.0.1');
    const chunks = [];
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', ko);
    socket.on('end', () => {
      const all = Buffer.concat(chunks);
      const split = all.indexOf('\r\n\r\n');
      const head = all.subarray(0, split).toString('latin1').split('\r\n');
      const status = Number(head[0].split(' ')[1]);
      const h = Object.fromEntries(head.slice(1).map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
      ok({ status, headers: h, body: all.subarray(split + 4) });
    });
    socket.write(`${requestLine}\r\nHost: 127.0.0.1\r\n${headers}Connection: close\r\n\r\n`);
  });
}

test('wasm, js and html go out gzip-compressed with their MIME types', async () => {
  for (const [path, type] of [['/cairo-talks/app.wasm', 'application/wasm'], ['/cairo-talks/app.js', 'application/javascript; charset=utf-8'], ['/cairo-talks/', 'text/html; charset=utf-8']]) {
    const r = await raw(`GET ${path} HTTP/1.1`);
    assert.equal(r.status, 200, path);
    assert.equal(r.headers['content-type'], type, path);
    assert.equal(r.headers['content-encoding'], 'gzip', path);
    assert.equal(Number(r.headers['content-length']), r.body.length, path);
    assert.ok(gunzipSync(r.body).length > r.body.length, path);
  }
  const w = await raw('GET /cairo-talks/app.wasm HTTP/1.1');
  assert.deepEqual(gunzipSync(w.body), wasm);
});

test('no gzip without Accept-Encoding, and none for images', async () => {
  const plain = await raw('GET /cairo-talks/app.wasm HTTP/1.1', '');
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.deepEqual(plain.body, wasm);
  const png = await raw('GET /cairo-talks/photo.png HTTP/1.1');
  assert.equal(png.headers['content-type'], 'image/png');
  assert.equal(png.headers['content-encoding'], undefined);
});

test('a folder without its slash is redirected, keeping the query', async () => {
  const r = await raw('GET /cairo-talks?view=map HTTP/1.1');
  assert.equal(r.status, 301);
  assert.equal(r.headers.location, '/cairo-talks/?view=map');
});

test('a query string is not part of the path', async () => {
  const r = await raw('GET /cairo-talks/?view=read&a=cairo-2014-09 HTTP/1.1');
  assert.equal(r.status, 200);
  assert.match(gunzipSync(r.body).toString(), /<title>app/);
});

test('a missing path gets the nearest 404.html with status 404', async () => {
  for (const path of ['/cairo-talks/nope', '/cairo-talks/deep/er/path.js', '/cairo-talks/sub/missing/']) {
    const r = await raw(`GET ${path} HTTP/1.1`);
    assert.equal(r.status, 404, path);
    assert.match(gunzipSync(r.body).toString(), /<title>lost/, path);
  }
  const outside = await raw('GET /elsewhere HTTP/1.1');
  assert.equal(outside.status, 404);
});

test('traversal is refused, encoded or not', async () => {
  for (const path of ['/../secret.txt', '/cairo-talks/../../secret.txt', '/cairo-talks/%2e%2e/%2e%2e/secret.txt', '/cairo-talks/..%2f..%2fsecret.txt', '/cairo-talks/..%5c..%5csecret.txt']) {
    const r = await raw(`GET ${path} HTTP/1.1`);
    assert.equal(r.status, 403, path);
    assert.doesNotMatch(r.body.toString(), /TOP-SECRET/, path);
  }
  const link = await raw('GET /cairo-talks/link.txt HTTP/1.1');
  assert.equal(link.status, 403);
});

test('malformed paths and methods are answered, and the server keeps serving', async () => {
  assert.equal((await raw('GET /cairo-talks/%E0%A4%A HTTP/1.1')).status, 400);
  assert.equal((await raw('GET /cairo-talks/%00 HTTP/1.1')).status, 403);
  assert.equal((await raw('GET /a b HTTP/1.1')).status, 400);
  assert.equal((await raw('GET nonsense HTTP/1.1')).status, 400);
  assert.equal((await raw('POST /cairo-talks/ HTTP/1.1')).status, 405);
  assert.equal((await raw('GET /cairo-talks/ HTTP/1.1')).status, 200);
});

test('HEAD sends headers only; a matching ETag gets 304', async () => {
  const head = await raw('HEAD /cairo-talks/app.js HTTP/1.1');
  assert.equal(head.status, 200);
  assert.equal(head.body.length, 0);
  const again = await raw('GET /cairo-talks/app.js HTTP/1.1', `Accept-Encoding: gzip\r\nIf-None-Match: ${head.headers.etag}\r\n`);
  assert.equal(again.status, 304);
});

test('parseRequestPath never throws', () => {
  for (const input of [undefined, '', '%', '/%', '/%zz', 'http://[', '/\u0000', '/a/./b', '//x//y/', 'http://h/p?q']) {
    const r = parseRequestPath(input);
    assert.equal(typeof r.ok, 'boolean');
  }
  assert.deepEqual(parseRequestPath('//x//y/'), { ok: true, segments: ['x', 'y'], dir: true });
  assert.deepEqual(parseRequestPath('http://h/p?q'), { ok: true, segments: ['p'], dir: false });
});

test('with a certificate it speaks HTTP/2 over TLS, the same answers: gzip, index, 404', async () => {
  const tls = selfSigned(join(dir, 'tls'));
  const secure = await serve(join(dir, 'site'), { port: 0, tls });
  const session = connectH2(`https://127.0.0.1:${secure.address().port}`, { rejectUnauthorized: false });
  const get = (path) =>
    new Promise((ok, ko) => {
      const stream = session.request({ ':path': path, 'accept-encoding': 'gzip' });
      const chunks = [];
      let head;
      stream.on('response', (h) => (head = h));
      stream.on('data', (c) => chunks.push(c));
      stream.on('error', ko);
      stream.on('end', () => ok({ status: head[':status'], headers: head, body: Buffer.concat(chunks) }));
    });
  try {
    const wasmAnswer = await get('/cairo-talks/app.wasm');
    assert.equal(wasmAnswer.status, 200);
    assert.equal(wasmAnswer.headers['content-encoding'], 'gzip');
    assert.deepEqual(gunzipSync(wasmAnswer.body), wasm);
    const index = await get('/cairo-talks/?view=map');
    assert.equal(index.status, 200);
    assert.match(gunzipSync(index.body).toString(), /<title>app<\/title>/);
    const lost = await get('/cairo-talks/nowhere');
    assert.equal(lost.status, 404);
    assert.match(gunzipSync(lost.body).toString(), /lost/);
  } finally {
    session.close();
    secure.close();
  }
});
