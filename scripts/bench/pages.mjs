// The folder the bench serves at /: the release site under its sub-path, and beside
// it the two pages Cairo Talks is measured against, both built from the same five
// rounds the corpus report lists (never typed in here, so they stay in step with seeds/):
//   /floor/       a static HTML list of the rounds: what no framework can beat
//   /timelinejs/  TimelineJS 3.9.11 (npm) showing the same rounds, everything local
// Each page marks "drawn" the same way: five [data-testid=timeline-item] elements for
// the floor and Cairo Talks; TimelineJS fires its own "loaded" and draws .tl-timemarker.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const escape = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** A whole page: the parts both pages share around their own head and body. */
function page(description, title, head, body) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${description}">
<title>${title}</title>
<link rel="icon" href="data:,">
${head}
</head>
<body>
${body}
</body>
</html>
`;
}

/** The rounds, from `report --json`; throws when the report cannot be had. */
export function roundsFromReport() {
  const report = spawnSync('cargo', ['run', '--quiet', '-p', 'corpus', '--', 'report', 'seeds/', '--json'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (report.status !== 0) throw new Error(`the corpus report failed:\n${report.stderr}`);
  const rounds = JSON.parse(report.stdout).articles.map((a) => ({ id: a.id, date: a.date, headline: a.headline }));
  if (rounds.length === 0 || rounds.some((r) => !/^\d{4}-\d{2}-\d{2}$/.test(r.date ?? '') || !r.headline)) {
    throw new Error(`expected articles with a day date and a headline, got ${JSON.stringify(rounds)}`);
  }
  return rounds.sort((a, b) => a.date.localeCompare(b.date));
}

export function floorPage(rounds) {
  const items = rounds
    .map(
      (r) => `<li data-testid="timeline-item" data-article="${escape(r.id)}" data-date="${escape(r.date)}">` +
        `<time datetime="${escape(r.date)}">${escape(r.date)}</time> ${escape(r.headline)}</li>`,
    )
    .join('\n');
  return page(
    'The rounds of Fatah-Hamas reconciliation talks in Cairo, as a plain list.',
    'The floor: the Cairo rounds as static HTML',
    `<style>
body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 48rem; padding: 0 1rem; color: #1a1a1a; }
ol { padding-left: 1.25rem; } li { margin: .5rem 0; } time { font-weight: 600; margin-right: .5rem; }
</style>`,
    `<main>
<h1>Reconciliation talks in Cairo</h1>
<ol>
${items}
</ol>
</main>`,
  );
}

export function timelinejsPage(rounds) {
  const data = {
    events: rounds.map((r) => {
      const [year, month, day] = r.date.split('-');
      return {
        unique_id: r.id,
        start_date: { year, month: String(Number(month)), day: String(Number(day)) },
        text: { headline: r.headline, text: `Round of talks in Cairo, ${r.date}.` },
      };
    }),
  };
  // JSON inside a <script>: "</" must not close it.
  const json = JSON.stringify(data).replace(/<\//g, '<\\/');
  return page(
    'TimelineJS 3.9.11 showing the rounds of Fatah-Hamas reconciliation talks in Cairo.',
    'TimelineJS 3.9.11 baseline: the Cairo rounds',
    `<link rel="stylesheet" href="css/timeline.css">
<style>html, body { margin: 0; height: 100%; } #timeline-embed { width: 100%; height: 600px; }</style>`,
    `<div id="timeline-embed"></div>
<script src="js/timeline.js"></script>
<script>
  var timeline = new TL.Timeline('timeline-embed', ${json}, {
    // Everything from this server: scripts (and locales) from ./js/, no web font
    // (font: null skips the Google Fonts stylesheet), no analytics.
    script_path: new URL('js/', location.href).href,
    font: null,
    language: 'en',
    ga_measurement_id: null,
    hash_bookmark: false
  });
  timeline.on('loaded', function () { document.dispatchEvent(new Event('bench:loaded')); });
</script>`,
  );
}

/** Lays out ROOT: the site copied as it is, plus /floor/ and /timelinejs/. */
export function buildBenchRoot(site, publicUrl, root, rounds) {
  if (!existsSync(join(site, publicUrl, 'index.html'))) throw new Error(`no build at ${join(site, publicUrl)}: run make site`);
  const tljsDist = resolve('node_modules/@knight-lab/timelinejs/dist');
  if (!existsSync(join(tljsDist, 'js/timeline.js'))) throw new Error('TimelineJS is not installed: run scripts/install-tools.sh');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  cpSync(site, root, { recursive: true });
  mkdirSync(join(root, 'floor'), { recursive: true });
  writeFileSync(join(root, 'floor', 'index.html'), floorPage(rounds));
  const tljs = join(root, 'timelinejs');
  mkdirSync(join(tljs, 'css'), { recursive: true });
  // js/ holds timeline.js and the locale files it fetches from script_path.
  cpSync(join(tljsDist, 'js'), join(tljs, 'js'), { recursive: true, filter: (p) => !p.endsWith('.map') });
  cpSync(join(tljsDist, 'css/timeline.css'), join(tljs, 'css/timeline.css'));
  // timeline.css loads its icon font from css/icons/.
  cpSync(join(tljsDist, 'css/icons'), join(tljs, 'css/icons'), { recursive: true });
  writeFileSync(join(tljs, 'index.html'), timelinejsPage(rounds));
}
