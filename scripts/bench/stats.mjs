// Small numeric helpers shared by the bench sections. Lighthouse and load timings
// are noisy on a shared machine, so every figure is a median AND a worst case,
// never a best case.

export function median(xs) {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** The worst value: the largest where lower is better, the smallest where higher is. */
export function worst(xs, higherIsBetter = false) {
  const s = xs.filter(Number.isFinite);
  if (!s.length) return NaN;
  return higherIsBetter ? Math.min(...s) : Math.max(...s);
}

/**
 * How a measurement stands against a target: 'met' when even the worst run meets it,
 * 'median only' when the typical run does but not every run, 'OVER' otherwise.
 */
export function verdict({ worst: w, median: m }, ok) {
  if (!Number.isFinite(w) || !Number.isFinite(m)) return 'n/a';
  if (ok(w)) return 'met';
  return ok(m) ? 'median only' : 'OVER';
}

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
export const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(0)} ms` : 'n/a');
export const sec = (x) => (Number.isFinite(x) ? `${(x / 1000).toFixed(2)} s` : 'n/a');
export const score = (x) => (Number.isFinite(x) ? x.toFixed(2) : 'n/a');
