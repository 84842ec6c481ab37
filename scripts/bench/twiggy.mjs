// What the wasm holds: `twiggy top` on the wasm cargo writes, before wasm-bindgen and
// wasm-opt strip the function names, grouped by the crate each function belongs to.
// A generic function counts for the crate of the type it was made for where that is
// what makes it exist: `<T as Trait>::f` is T's, drop glue is the dropped type's. Sort
// code is kept apart (it is instantiated once per element type and comparator), and
// so are the data segments (string tables, the embedded corpus, unicode tables) and
// what the later steps remove (names, wasm-bindgen's describe functions), so that the
// groups that reach the browser are not inflated by bytes that never do.
import { spawnSync } from 'node:child_process';

const GROUPS = [
  { key: 'leptos-core', label: 'tachys + reactive_graph', crates: ['tachys', 'reactive_graph'] },
  { key: 'leptos-other', label: 'leptos, leptos_router and helpers', crates: ['leptos', 'leptos_router', 'leptos_meta', 'leptos_dom', 'either_of', 'any_spawner', 'throw_error', 'oco_ref', 'or_poisoned', 'hydration_context', 'send_wrapper', 'guardian', 'next_tuple', 'slotmap', 'server_fn', 'futures', 'futures_util', 'futures_channel', 'futures_core', 'futures_executor', 'pin_project_lite', 'async_executors', 'paste', 'reactive_stores', 'indexmap', 'rustc_hash', 'tachys_macro'] },
  { key: 'bindings', label: 'wasm-bindgen, js-sys, web-sys, gloo', crates: ['wasm_bindgen', 'js_sys', 'web_sys', 'wasm_bindgen_futures', 'wasm_streams', 'gloo_timers', 'gloo_utils', 'console_error_panic_hook', 'serde_wasm_bindgen'] },
  { key: 'sort', label: 'core::slice::sort (per type and comparator)', crates: [] },
  { key: 'data', label: '.rodata / data segments', crates: [] },
  { key: 'std', label: 'std, core, alloc', crates: ['std', 'core', 'alloc', 'compiler_builtins', 'dlmalloc', 'panic_abort', 'hashbrown', 'memchr'] },
  { key: 'serde', label: 'serde, postcard (corpus decoding)', crates: ['serde', 'postcard', 'serde_core', 'cobs', 'heapless'] },
  { key: 'module', label: 'imports, exports, types, tables', crates: [] },
  { key: 'stripped', label: 'names, custom sections, describe glue (stripped before shipping)', crates: [] },
  { key: 'other', label: 'other', crates: [] },
];

const PRIMITIVES = new Set(['str', 'char', 'bool', 'u8', 'u16', 'u32', 'u64', 'u128', 'usize', 'i8', 'i16', 'i32', 'i64', 'i128', 'isize', 'f32', 'f64']);

/** The crate a demangled function name belongs to, by the rules in the header. */
export function crateOf(name) {
  let s = name.replace(/::h[0-9a-f]{16}$/, '').replace(/\[[0-9a-f]{16}\]/g, '');
  for (let guard = 0; guard < 20; guard++) {
    const drop = s.match(/^core::ptr::(?:drop_in_place|drop_glue)<(.*)>$/);
    if (drop) {
      s = drop[1];
      continue;
    }
    // `<F as tachys::Render>::build`: F (a closure, a tuple of generics) is nobody's
    // crate; the trait's is the crate that made this code.
    const generic = s.match(/^<(?:&(?:mut )?)?(?:[A-Z][A-Za-z0-9]*|\([A-Z, ]*\)|\[[A-Z]\]) as (.*)$/);
    if (generic) {
      s = generic[1];
      continue;
    }
    const next = s.replace(/^(?:<|&(?:mut )?|\*(?:const|mut) |dyn |impl |\[|\(|')\s*/, '');
    if (next === s) break;
    s = next;
  }
  const m = s.match(/^[A-Za-z_][A-Za-z0-9_]*/);
  if (!m) return null;
  // Methods on primitives (`<str>::to_lowercase`) are the standard library's.
  return PRIMITIVES.has(m[0]) || m[0] === '__rustc' ? 'core' : m[0];
}

/** The group an item goes to; `workspace` maps crate identifiers to group keys. */
export function classify(name, workspace) {
  if (name.startsWith('data segment') || /^data\[\d+\]$/.test(name)) return 'data';
  // Removed by wasm-bindgen (its section, describe functions) or by wasm-opt (names).
  if (/^"[^"]*"( subsection)?$/.test(name) || name.startsWith('custom section') || name.includes('__wbindgen_describe') || name.includes('WasmDescribe')) return 'stripped';
  if (/^(import|export) /.test(name) || /^(type|elem|table|global|memory|func)\[\d+\]/.test(name) || / section headers$|^wasm magic bytes$/.test(name)) return 'module';
  const bare = name.replace(/^<+/, '');
  if (bare.startsWith('core::slice::sort::') || /^core::slice::<impl \[T\]>::sort/.test(bare)) return 'sort';
  // Symbols without a path: wasm-bindgen's exports and runtime, else libm/compiler-rt.
  if (!name.includes('::')) {
    if (/^__(wbg|wbindgen|externref)|^intounderlying/.test(name)) return 'bindings';
    if (/^[a-z_][a-z0-9_]*$/i.test(name)) return 'std';
  }
  const crate = crateOf(name);
  if (!crate) return 'other';
  if (workspace[crate]) return workspace[crate];
  return GROUPS.find((g) => g.crates.includes(crate))?.key ?? 'other';
}

export function twiggyVersion() {
  const r = spawnSync('twiggy', ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim().split(/\s+/).pop() : null;
}

/**
 * @param workspace [{ crate: 'cairo_talks', label: 'app (cairo-talks)' }, ...], one entry per crate name
 * @returns {{ total, kept, groups: [{ key, label, bytes, share, top: [{name, bytes}] }], otherCrates }}
 *   `kept` is the total less what wasm-bindgen strips; `share` is of `kept`.
 */
export function profileWasm(wasmPath, workspace) {
  const run = spawnSync('twiggy', ['top', '-f', 'json', wasmPath], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.error) throw new Error(`twiggy: ${run.error.message} (scripts/install-tools.sh --bench installs it)`);
  if (run.status !== 0) throw new Error(`twiggy top ${wasmPath} failed: ${run.stderr.trim()}`);
  const parsed = JSON.parse(run.stdout);
  const items = Array.isArray(parsed) ? parsed : parsed.items;
  // Workspace crates get a group each; the app's lib and bin share one label and group.
  const ws = Object.fromEntries(workspace.map((w) => [w.crate, `ws:${w.label}`]));
  const groups = new Map([
    ...workspace.map((w) => [`ws:${w.label}`, { key: `ws:${w.label}`, label: w.label, bytes: 0, items: [] }]),
    ...GROUPS.map((g) => [g.key, { key: g.key, label: g.label, bytes: 0, items: [] }]),
  ]);
  const otherCrates = new Map();
  let total = 0;
  for (const it of items) {
    const bytes = Number(it.shallow_size ?? 0);
    total += bytes;
    const key = classify(it.name, ws);
    const g = groups.get(key);
    g.bytes += bytes;
    g.items.push({ name: it.name, bytes });
    if (key === 'other') {
      const c = crateOf(it.name) ?? it.name.replace(/\[\d+\]$/, '[]');
      otherCrates.set(c, (otherCrates.get(c) ?? 0) + bytes);
    }
  }
  // Shares are of what survives wasm-bindgen, so that 1 MB of names does not dilute them.
  const kept = total - groups.get('stripped').bytes;
  return {
    total,
    kept,
    groups: [...groups.values()]
      .map((g) => ({
        key: g.key,
        label: g.label,
        bytes: g.bytes,
        share: g.key === 'stripped' || !kept ? null : g.bytes / kept,
        top: g.items.sort((a, b) => b.bytes - a.bytes).slice(0, 10),
      }))
      .sort((a, b) => b.bytes - a.bytes),
    otherCrates: [...otherCrates.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([crate, bytes]) => ({ crate, bytes })),
  };
}
