// The bench's result as tables, for the terminal (aligned text) or for BENCH.md
// (Markdown), from the same rows so the two never disagree.
import { kb, ms, score, sec } from './stats.mjs';
import { LINK_PAGES } from './targets.mjs';

function table(head, rows, md) {
  const cells = [head, ...rows].map((r) => r.map((c) => String(c ?? '')));
  if (md) {
    // Rust paths hold `<impl ...>`, which Markdown would take for HTML tags.
    const esc = (c) => c.replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const line = (r) => `| ${r.map(esc).join(' | ')} |`;
    return [line(cells[0]), line(cells[0].map(() => '---')), ...cells.slice(1).map(line)].join('\n');
  }
  const widths = head.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const numeric = head.map((_, i) => rows.every((r) => /^[-\d.]+( ?(KB|ms|s|x|%))?$|^n\/a$|^$/.test(String(r[i] ?? ''))));
  const fmt = (r) => r.map((c, i) => (numeric[i] ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  return ['  ' + fmt(cells[0]), '  ' + widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map((r) => '  ' + fmt(r))].join('\n');
}

function section(title, body, md) {
  return md ? `### ${title}\n\n${body}\n` : `${title}\n${body}\n`;
}

function sizes(s, md) {
  const rows = Object.entries(s.byKind).map(([kind, v]) => [kind, v.count, kb(v.raw), kb(v.gzip)]);
  rows.push(['total', s.files.length, kb(s.total.raw), kb(s.total.gzip)]);
  let body = table(['kind', 'files', 'raw', 'gzip -9'], rows, md);
  const notes = [];
  if (s.missing.length) notes.push(`referenced but missing from dist/: ${s.missing.join(', ')}`);
  if (s.notFetched.length) notes.push(`shipped but not fetched by the front page (not counted): ${s.notFetched.map((f) => `${f.path} ${kb(f.gzip)} gzip`).join(', ')}`);
  else notes.push('no other wasm, JS or CSS in dist/');
  if (s.corpus) notes.push(`the embedded corpus (corpus.bin, inside the wasm): ${kb(s.corpus.raw)} raw, ${kb(s.corpus.gzip)} gzip`);
  body += '\n' + notes.map((n) => (md ? `\n- ${n}` : `  ${n}`)).join(md ? '' : '\n');
  return section('Sizes: what the front page fetches (dist/index.html and what it references), gzip -9', body, md);
}

function wasm(t, md) {
  const short = (name) => name.replace(/\[[0-9a-f]{16}\]/g, '').replace(/::h[0-9a-f]{16}$/, '').slice(0, 72);
  const kept = t.groups.filter((g) => g.bytes > 0 && g.key !== 'stripped');
  const rows = kept.map((g) => [g.label, kb(g.bytes), `${(100 * g.share).toFixed(1)}%`, g.top[0] ? `${short(g.top[0].name)} (${kb(g.top[0].bytes)})` : '']);
  rows.push(['kept by wasm-bindgen (before wasm-opt)', kb(t.kept), '100.0%', '']);
  const stripped = t.groups.find((g) => g.key === 'stripped');
  if (stripped?.bytes) rows.push([stripped.label, kb(stripped.bytes), '', short(stripped.top[0].name)]);
  rows.push(['total as cargo wrote it', kb(t.total), '', '']);
  let body = table(['group', 'bytes', 'share', 'largest item'], rows, md);
  if (t.otherCrates.length) {
    const list = t.otherCrates.map((c) => `${c.crate} ${kb(c.bytes)}`).join(', ');
    body += md ? `\n\n- largest in "other": ${list}` : `\n  largest in "other": ${list}`;
  }
  return section(`What the wasm holds: twiggy ${t.version} top on ${t.path}, ${t.builtAt}`, body, md);
}

function desktop(d, md) {
  const p = d.pages;
  const rows = [
    ['floor (static HTML list)', ms(p.floor.median), ms(p.floor.domMedian), '1.00x', '', p.floor.samples.map((x) => x.toFixed(0)).join(' ')],
    ['TimelineJS 3.9.11', ms(p.tljs.median), ms(p.tljs.domMedian), `${d.ratios.timelinejsToFloor.toFixed(2)}x`, '1.00x', p.tljs.samples.map((x) => x.toFixed(0)).join(' ')],
    ['Cairo Talks front page', ms(p.cairo.median), ms(p.cairo.domMedian), `${d.ratios.cairoToFloor.toFixed(2)}x`, `${d.ratios.cairoToTimelinejs.toFixed(2)}x`, p.cairo.samples.map((x) => x.toFixed(0)).join(' ')],
  ];
  let body = table(['page', 'drawn', 'in DOM', 'vs floor', 'vs TimelineJS', 'samples (ms)'], rows, md);
  const notes = [
    `Cairo Talks, medians: wasm received ${ms(d.cairoBreakdown.wasmReceived)}, shell mounted ${ms(d.cairoBreakdown.shellMounted)}`,
    Number.isFinite(d.filterChange.median)
      ? `filter change (faction chip click to timeline redrawn): median ${d.filterChange.median.toFixed(1)} ms, samples ${d.filterChange.samples.map((x) => x.toFixed(1)).join(' ')}`
      : `filter change: not measured (${d.filterChange.note ?? 'no samples'})`,
    `requests to other hosts (aborted): ${Object.entries(d.blocked).map(([k, v]) => `${k} ${v.length}`).join(', ')}`,
  ];
  body += '\n' + notes.map((n) => (md ? `\n- ${n}` : `  ${n}`)).join(md ? '' : '\n');
  return section(`Desktop: time to the drawn timeline, headless Chromium 1280x800, localhost, median of ${d.samples} cold loads`, body, md);
}

function lighthouse(l, meta, md, over) {
  const pair = (r, k, f) => `${f(r.median[k])} / ${f(r.worst[k])}`;
  const rows = Object.entries(l).map(([, r]) => [
    r.label, pair(r, 'lcp', sec), pair(r, 'performance', score), pair(r, 'cls', (x) => (Number.isFinite(x) ? x.toFixed(3) : 'n/a')),
    pair(r, 'tbt', ms), pair(r, 'fcp', sec), pair(r, 'accessibility', score), pair(r, 'bestPractices', score), pair(r, 'seo', score),
    `${r.runs.length}${r.errors.length ? ` (${r.errors.length} failed)` : ''}`,
  ]);
  let body = table(['page', 'LCP', 'perf', 'CLS', 'TBT', 'FCP', 'a11y', 'best pr.', 'SEO', 'runs'], rows, md);
  const urls = Object.values(l).map((r) => `${r.label}: ${r.url.replace(/^https?:\/\/[^/]+/, '')}`);
  body += md ? `\n\n- each cell: median / worst run\n- ${urls.join('\n- ')}` : `\n  each cell: median / worst run\n  ${urls.join('\n  ')}`;
  const errors = Object.values(l).flatMap((r) => r.errors.map((e) => `${r.label}: ${e}`));
  if (errors.length) body += (md ? '\n\n- failed runs: ' : '\n  failed runs: ') + errors.join('; ');
  return section(`Lighthouse ${meta.lighthouse} mobile preset (simulated slow 4G, 4x CPU), ${meta.runs} run${meta.runs === 1 ? "" : "s"} per URL, served over ${over}`, body, md);
}

/** Issue 25's links table: LCP of each kind of page people share, beside the floor and TimelineJS. */
function links(l, md) {
  const floor = l.floor?.median.lcp;
  const tljs = l.tljs?.median.lcp;
  const keys = ['floor', 'tljs', 'front', ...LINK_PAGES.map((p) => p.key), 'map', 'compare', 'read'].filter((k) => l[k]);
  const ratio = (x, to) => (Number.isFinite(x) && to ? `${(x / to).toFixed(2)}` : '');
  const rows = keys.map((k) => [
    l[k].label, `${sec(l[k].median.lcp)} / ${sec(l[k].worst.lcp)}`, ratio(l[k].median.lcp, floor), ratio(l[k].median.lcp, tljs),
    `${sec(l[k].median.fcp)}`, `${score(l[k].median.performance)}`, `${(l[k].worst.cls ?? NaN).toFixed(3)}`,
  ]);
  const body = table(['page', 'LCP median / worst', 'vs floor', 'vs TimelineJS', 'FCP', 'perf', 'CLS worst'], rows, md);
  return section('Links: LCP of each kind of prerendered page and of a filtered link (Lighthouse, as above)', body, md);
}

function yours(y, md) {
  const ms = (xs) => xs.map((x) => x.toFixed(0)).join(', ');
  const row = (label, s) => [label, s.median.toFixed(0), s.worst.toFixed(0), ms(s.samples)];
  const rows = [
    row('worker, first read', y.first),
    row('worker, read again', y.again),
    row('page, first read (click to "Added:")', y.firstPage),
    row('page, read again', y.againPage),
  ];
  const body =
    `${md ? '' : '  '}${y.words} words (${(y.bytes / 1024).toFixed(0)} KB) of fixture articles. Worker: its job from message to answer (checks, extraction, merge, form); page: the click to "Added:" in the dialog\n` +
    table(['', 'median ms', 'worst ms', 'samples'], rows, md) +
    `\n${md ? '' : '  '}dialog said: ${y.status}`;
  return section('Add an article: a long article read in the worker', body, md);
}

function targets(t, md) {
  return section('Targets (issue 10)', table(['target', 'measured', 'status'], t.map((x) => [x.target, x.value, x.status]), md), md);
}

export function render(result, { markdown = false } = {}) {
  const m = result.meta;
  const d = m.loadDuring;
  const load = `1-minute load average during the run ${d.min.toFixed(1)} to ${d.max.toFixed(1)} (median ${d.median.toFixed(1)})`;
  const head = markdown
    ? `Measured ${m.date} on ${m.machine}; ${load}. Chromium ${m.chromium}, Node ${m.node}.\n`
    : `Cairo Talks bench, ${m.date}\n${m.machine}; ${load}; Chromium ${m.chromium}, Node ${m.node}\n`;
  const parts = [head];
  if (result.sizes) parts.push(sizes(result.sizes, markdown));
  if (result.wasm) parts.push(wasm(result.wasm, markdown));
  if (result.desktop) parts.push(desktop(result.desktop, markdown));
  const lh = { lighthouse: m.lighthouse, runs: m.lighthouseRuns };
  if (result.lighthouse) parts.push(lighthouse(result.lighthouse, lh, markdown, m.lighthouseOver ?? 'HTTP/1.1 without TLS'));
  if (result.lighthouse?.floor) parts.push(links(result.lighthouse, markdown));
  if (result.lighthouseH1) parts.push(lighthouse(result.lighthouseH1, lh, markdown, 'HTTP/1.1 without TLS (for comparison; not judged)'));
  if (result.yours) parts.push(yours(result.yours, markdown));
  parts.push(targets(result.targets, markdown));
  if (result.failures.length) parts.push(section('Could not measure', result.failures.map((f) => (markdown ? `- ${f}` : `  ${f}`)).join('\n'), markdown));
  return parts.join('\n');
}
