// The bench's pure parts: which files count as first load, which crate a function is
// charged to, and how a noisy figure is judged against a target.
// Run: node --test scripts/bench/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { firstLoad, htmlReferences, scriptReferences } from './sizes.mjs';
import { classify, crateOf } from './twiggy.mjs';
import { median, verdict, worst } from './stats.mjs';
import { floorPage } from './pages.mjs';

const TRUNK_INDEX = `<!DOCTYPE html><html><head>
<link rel="stylesheet" href="/cairo-talks/main-abc.css" integrity="sha384-x"/>
<link rel="icon" href="/cairo-talks/favicon-1.svg"/>
<link rel="modulepreload" href="/cairo-talks/cairo-talks-9.js" crossorigin="anonymous">
<link rel="preload" href="/cairo-talks/cairo-talks-9_bg.wasm" crossorigin="anonymous" as="fetch" type="application/wasm">
<!-- <link rel="stylesheet" href="/cairo-talks/commented-out.css"> -->
<link rel="alternate" href="/cairo-talks/feed.xml">
<link rel="stylesheet" href="https://fonts.example/x.css">
</head><body><div id="app"></div>
<script type="module">
import init, * as bindings from '/cairo-talks/cairo-talks-9.js';
const wasm = await init({ module_or_path: '/cairo-talks/cairo-talks-9_bg.wasm' });
</script></body></html>`;

test('the references of a trunk index.html, comments and non-fetching links left out', () => {
  const urls = htmlReferences(TRUNK_INDEX).map((r) => r.url);
  assert.ok(urls.includes('/cairo-talks/main-abc.css'));
  assert.ok(urls.includes('/cairo-talks/cairo-talks-9.js'));
  assert.ok(urls.includes('/cairo-talks/cairo-talks-9_bg.wasm'));
  assert.ok(urls.includes('/cairo-talks/favicon-1.svg'));
  assert.ok(!urls.includes('/cairo-talks/commented-out.css'));
  assert.ok(!urls.includes('/cairo-talks/feed.xml'));
});

test('static imports count, dynamic imports do not', () => {
  const js = `import { a } from './snippets/x/inline0.js';export * from "./b.js";\nconst w = import('./worker.js');`;
  assert.deepEqual(scriptReferences(js), ['./snippets/x/inline0.js', './b.js']);
});

test('the page\'s own inline scripts count the glue they import and the wasm, not the worker of a deep link', () => {
  const loader = `if (front) { await paint; ctFetchApp(); }\nconst bindings = await import('/c/app-1.js'), init = bindings.default;\nawait init({ module_or_path: '/c/app-1_bg.wasm' });`;
  assert.deepEqual(scriptReferences(loader, true), ['/c/app-1.js', '/c/app-1_bg.wasm']);
  const boot = 'if(deep){var w=new Worker("worker_loader.js")}function ctFetchApp(){l.href="/c/app-1_bg.wasm"}';
  assert.deepEqual(scriptReferences(boot, true), ['/c/app-1_bg.wasm']);
});

test('firstLoad follows references and lists a lazily fetched wasm apart', () => {
  const dist = mkdtempSync(join(tmpdir(), 'bench-dist-'));
  try {
    mkdirSync(join(dist, 'snippets'));
    writeFileSync(join(dist, 'index.html'), TRUNK_INDEX);
    writeFileSync(join(dist, 'main-abc.css'), '@import "extra.css";\nbody{}');
    writeFileSync(join(dist, 'extra.css'), 'p{}');
    writeFileSync(join(dist, 'favicon-1.svg'), '<svg/>');
    writeFileSync(join(dist, 'cairo-talks-9.js'), "import { x } from './snippets/s.js';\nexport default 1;");
    writeFileSync(join(dist, 'snippets', 's.js'), 'export const x = 1;');
    writeFileSync(join(dist, 'cairo-talks-9_bg.wasm'), Buffer.alloc(1000, 1));
    writeFileSync(join(dist, 'worker_bg.wasm'), Buffer.alloc(500, 2));
    writeFileSync(join(dist, '404.html'), '<p>lost</p>');
    const s = firstLoad(dist, '/cairo-talks/');
    assert.deepEqual(s.files.map((f) => f.path).sort(), ['cairo-talks-9.js', 'cairo-talks-9_bg.wasm', 'extra.css', 'favicon-1.svg', 'index.html', 'main-abc.css', 'snippets/s.js'].sort());
    assert.equal(s.byKind.wasm.raw, 1000);
    assert.equal(s.byKind.css.count, 2);
    assert.deepEqual(s.notFetched.map((f) => f.path), ['worker_bg.wasm']);
    assert.deepEqual(s.missing, []);
    assert.equal(s.total.raw, s.files.reduce((t, f) => t + f.raw, 0));
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
});

test('functions are charged to the crate that makes them exist', () => {
  assert.equal(crateOf('<tachys::view::tuples::Foo as tachys::view::Render>::build::h0123456789abcdef'), 'tachys');
  assert.equal(crateOf('core::ptr::drop_in_place<reactive_graph::signal::RwSignal<u32>>::h0123456789abcdef'), 'reactive_graph');
  assert.equal(crateOf('<&mut corpus::model::Article as core::fmt::Debug>::fmt'), 'corpus');
  assert.equal(crateOf('alloc::vec::Vec<T>::push'), 'alloc');
  const ws = { cairo_talks: 'ws:app', corpus: 'ws:corpus' };
  assert.equal(classify('core::slice::sort::stable::drift::sort::h0123456789abcdef', ws), 'sort');
  assert.equal(classify('data[3]', ws), 'data');
  assert.equal(classify('"name"', ws), 'stripped');
  assert.equal(classify('__wbindgen_describe_closure', ws), 'stripped');
  assert.equal(classify('cairo_talks::views::timeline::draw', ws), 'ws:app');
  assert.equal(classify('<corpus::extract::Mention as serde::Serialize>::serialize', ws), 'ws:corpus');
  assert.equal(classify('leptos_router::components::Router', ws), 'leptos-other');
  assert.equal(classify('code[12]', ws), 'other');
});

test('median and worst, and a verdict that never takes the best run', () => {
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([4, 1, 2, 3]), 2.5);
  assert.ok(Number.isNaN(median([])));
  assert.equal(worst([1.1, 3.5, 1.0]), 3.5);
  assert.equal(worst([0.99, 0.91, 1], true), 0.91);
  assert.equal(verdict({ worst: 3500, median: 900 }, (x) => x <= 1000), 'median only');
  assert.equal(verdict({ worst: 950, median: 900 }, (x) => x <= 1000), 'met');
  assert.equal(verdict({ worst: 3500, median: 3400 }, (x) => x <= 1000), 'OVER');
});

test('the floor page lists every round, escaped, in the timeline item markup', () => {
  const html = floorPage([{ id: 'r1', date: '2013-01-10', headline: 'A <b> & "c"' }, { id: 'r2', date: '2014-09-24', headline: 'B' }]);
  assert.equal(html.match(/data-testid="timeline-item"/g).length, 2);
  assert.ok(html.includes('A &lt;b&gt; &amp; &quot;c&quot;'));
});
