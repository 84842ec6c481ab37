import { chromium } from '@playwright/test';
const url = process.argv[2];
const rate = Number(process.argv[3] || 4);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
const t0 = Date.now();
await page.goto(url);
await page.locator('html[data-app=ready]').waitFor();
const sel = process.argv[4] || '[data-testid=map-node]';
await page.locator(sel).first().waitFor();
const drawn = Date.now() - t0;
await page.waitForTimeout(300);
const { profile } = await cdp.send('Profiler.stop');
const lcp = await page.evaluate(() => new Promise((r) => new PerformanceObserver((l) => { const e = l.getEntries(); r(e[e.length - 1].startTime); }).observe({ type: 'largest-contentful-paint', buffered: true })));
const nav = await page.evaluate(() => JSON.stringify(performance.getEntriesByType('resource').map(e => [e.name.split('/').pop().slice(0,30), Math.round(e.startTime), Math.round(e.responseEnd)])));
console.log('drawn', drawn, 'ms; lcp', lcp.toFixed(0), nav);
// self time per function
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas;
for (let i = 0; i < profile.samples.length; i++) {
  const n = byId.get(profile.samples[i]);
  const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}`;
  self.set(key, (self.get(key) || 0) + (dt[i] || 0) / 1000);
}
const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 45);
for (const [k, v] of top) console.log(v.toFixed(1).padStart(8), k.slice(0, 140));
await browser.close();
{
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
  const total = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = (profile.timeDeltas[i + 1] || 0) / 1000;
    let id = profile.samples[i];
    const nm0 = byId.get(id).callFrame.functionName;
    if (nm0 === '(idle)' || nm0 === '(program)') continue;
    const seen = new Set();
    while (id !== undefined) { const nm = byId.get(id).callFrame.functionName || '(anon)'; if (!seen.has(nm)) { total.set(nm, (total.get(nm) || 0) + dt); seen.add(nm); } id = parent.get(id); }
  }
  console.log('--- inclusive');
  for (const [k, v] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(v.toFixed(1).padStart(7), k.slice(0, 120));
}
