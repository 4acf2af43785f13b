// Benchmark, not a test: prints numbers, passes or fails nothing.
// Side by side in one run, in headless Chromium, fresh context per load,
// at full CPU and with the CPU slowed 4× (CDP): a blank page from file://
// and over loopback, a plain-JS page with the same first question,
// secret-pro.html from file://, and the site over loopback. For each: when
// the first question is shown, when the guide is ready (its
// secret-pro-ready event), both as ratios to the load event of the blank
// page loaded the same way; per-answer latency; JS heap after a full
// path; then the bytes of every artefact (raw, gzip, brotli). Then where
// the time and the bytes go: the main thread's work until ready, from a
// Chromium trace, and the wasm's parts (code by crate, French text, tables).
// Run after a build: `node scripts/bench.mjs [loads]`.
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { dist, launch, serve, target } from '../tests/browser/support.mjs';

const loads = Number(process.argv[2] ?? 15);
const dir = mkdtempSync(join(tmpdir(), 'bench-'));
const blankPath = join(dir, 'blank.html');
writeFileSync(blankPath, '<!DOCTYPE html><html lang="fr-BE"><head><meta charset="utf-8"><title>blank</title></head><body></body></html>');
// The floor a guide could reach: the same first question in plain JS.
const plainPath = join(dir, 'plain.html');
writeFileSync(plainPath, `<!DOCTYPE html><html lang="fr-BE"><head><meta charset="utf-8"><title>plain</title></head><body>
<div id="root"></div><script>
const answers = [['request', 'Quelqu\u2019un me demande une information sur une personne'], ['own_initiative', 'Je me demande si je peux transmettre une information de ma propre initiative'], ['councillor_disclosure', 'Je suis conseiller ou conseill\u00e8re de l\u2019action sociale']];
const root = document.getElementById('root');
const render = (fact) => {
  root.innerHTML = '<fieldset data-question="' + fact + '"><legend><h1>Quelle est votre situation\u00a0?</h1></legend>' +
    answers.map(([v, l]) => '<label><input type="radio" name="' + fact + '" value="' + v + '"> ' + l + '</label>').join('') +
    '</fieldset><button data-action="next">Continuer</button>';
  root.querySelector('[data-action="next"]').onclick = () => render(fact === 'situation' ? 'covered' : fact === 'covered' ? 'origin' : fact === 'origin' ? 'requester' : fact === 'requester' ? 'danger' : fact === 'danger' ? 'form' : 'done');
};
render('situation');
document.dispatchEvent(new Event('secret-pro-ready'));
</script></body></html>`);

// Records, inside the page, when a question is first in the document
// ("shown") and when the guide says it is ready ("ready").
const probe = () => {
  globalThis.__bench = { shown: null, ready: null };
  // Shown: a question in the document and rendered, not hidden.
  new MutationObserver(() => {
    const question = document.querySelector('[data-question]');
    if (globalThis.__bench.shown === null && question && question.checkVisibility()) {
      globalThis.__bench.shown = performance.now();
    }
  }).observe(document, { childList: true, subtree: true, attributes: true });
  document.addEventListener('secret-pro-ready', () => { globalThis.__bench.ready ??= performance.now(); });
};

const path = [['situation', 'request'], ['covered', 'true'], ['origin', 'external'], ['requester', 'police'], ['danger', 'false'], ['form', 'oral']];

async function answerTimed(page, fact, value) {
  return page.evaluate(([f, v]) => new Promise((resolve) => {
    const start = performance.now();
    const observer = new MutationObserver(() => {
      const current = document.querySelector('[data-question]');
      if (!current || current.getAttribute('data-question') !== f) {
        observer.disconnect();
        resolve(performance.now() - start);
      }
    });
    observer.observe(document, { childList: true, subtree: true });
    document.querySelector(`input[name="${f}"][value="${v}"]`).click();
    document.querySelector('[data-action="next"]').click();
  }), [fact, value]);
}

async function measure(browser, target, cpu) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  await page.addInitScript(probe);
  await page.goto(target.url, { waitUntil: 'load' });
  const load = await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd);
  let shown = load;
  let ready = load;
  const answers = [];
  if (target.guide) {
    await page.waitForFunction(() => globalThis.__bench.shown !== null && globalThis.__bench.ready !== null, null, { timeout: 60000 });
    ({ shown, ready } = await page.evaluate(() => globalThis.__bench));
    if (target.answers) for (const [fact, value] of path) answers.push(await answerTimed(page, fact, value));
  }
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize').value;
  await context.close();
  return { shown, ready, answers, heap };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const spread = (xs) => `${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}`;

const browser = await launch();
const server = await serve();
// The blank page also over loopback: a page fetched from a server starts
// later than one read from a file, so each target is compared with the
// blank page loaded the same way.
const blankServer = await serve(dir);
const targets = [
  { name: 'blank page (file://)', url: `file://${blankPath}`, guide: false },
  { name: 'blank page (loopback)', url: `${blankServer.url}blank.html`, guide: false },
  { name: 'plain JS, same first question (file://)', url: `file://${plainPath}`, guide: true, answers: false, base: 0 },
  { name: 'secret-pro.html (file://)', url: `file://${join(dist, 'secret-pro.html')}`, guide: true, answers: true, base: 0 },
  { name: 'site (loopback)', url: server.url, guide: true, answers: true, base: 1 },
];
console.log(`Chromium headless, ${loads} fresh loads each, interleaved; times in ms (median, min–max); × = ratio of medians to the load event of the blank page loaded the same way (file:// or loopback) in the same run`);
for (const cpu of [1, 4]) {
  const runs = new Map(targets.map((t) => [t.name, []]));
  // Interleaved, so a slow moment of the machine hits every target alike.
  for (let i = 0; i < loads; i += 1) {
    for (const t of targets) runs.get(t.name).push(await measure(browser, t, cpu));
  }
  const blanks = targets.slice(0, 2).map((b) => median(runs.get(b.name).map((r) => r.ready)));
  console.log(`\nCPU ${cpu === 1 ? 'full speed' : `slowed ${cpu}×`}\n`);
  console.log('| target | first question shown | × blank | ready | × blank | per answer | answer → outcome | JS heap after the path |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const t of targets) {
    const rs = runs.get(t.name);
    const shown = rs.map((r) => r.shown);
    const ready = rs.map((r) => r.ready);
    // Question to question, apart from the last answer, which renders the outcome.
    const answers = rs.flatMap((r) => r.answers.slice(0, -1));
    const toOutcome = rs.flatMap((r) => r.answers.slice(-1));
    const heap = median(rs.map((r) => r.heap)) / 1024;
    const blank = blanks[t.base ?? targets.indexOf(t)];
    console.log(`| ${t.name} | ${median(shown).toFixed(0)} (${spread(shown)}) | ${(median(shown) / blank).toFixed(2)} | ${median(ready).toFixed(0)} (${spread(ready)}) | ${(median(ready) / blank).toFixed(2)} | ${answers.length ? `${median(answers).toFixed(1)} (${spread(answers)})` : '–'} | ${toOutcome.length ? `${median(toOutcome).toFixed(1)} (${spread(toOutcome)})` : '–'} | ${heap.toFixed(0)} KB |`);
  }
}
// Where the main thread's time goes until ready, at 4× CPU. Each trace
// event's own time (less the events inside it) counts for the nearest
// enclosing event of a known kind. Tracing slows the page: read the shares.
const groups = [
  ['wasm compilation (lazy, on first call)', /^(wasm\.|v8\.wasm)/],
  ['wasm start and mount, scripts (JS and wasm running)', /^(RunMicrotasks|v8\.runMicrotasks|EvaluateScript|v8\.compile|v8\.run|v8\.callFunction|FunctionCall|HTMLParserScriptRunner|TimerFire|FireAnimationFrame|EventDispatch)/],
  ['style, layout, paint', /^(WebFrameWidgetImpl::UpdateLifecycle|UpdateLayoutTree|Layout|Paint|PrePaint|LocalFrameView|Document::UpdateStyleAndLayout|Document::updateStyle|Document::recalcStyle)/],
  ['HTML parsing', /^(ParseHTML|HTMLDocumentParser|DecodedDataDocumentParser|DocumentLoader::CreateParserPostCommit)/],
  ['navigation (a blank page has it too)', /^(DocumentLoader::CommitNavigation|Frame::Detach|ResourceLoader|ResponseBodyLoader|ResourceFetcher)/],
];
async function traceStart(target, runs = 5) {
  const sums = new Map();
  const add = (name, ms) => sums.set(name, (sums.get(name) ?? 0) + ms / runs);
  for (let r = 0; r < runs; r += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(probe);
    await browser.startTracing(page, { categories: ['devtools.timeline', 'v8', 'v8.wasm', 'blink', 'loading'] });
    await page.goto(target.url, { waitUntil: 'load' });
    if (target.guide) await page.waitForFunction(() => globalThis.__bench.ready !== null, null, { timeout: 60000 });
    // A page without a guide is ready at its load event.
    const ready = await page.evaluate(() => globalThis.__bench.ready ?? performance.getEntriesByType('navigation')[0].loadEventEnd);
    const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
    await context.close();
    const key = (e) => `${e.pid}:${e.tid}`;
    const parser = events.find((e) => e.name === 'ParseHTML');
    const thread = events.filter((e) => key(e) === key(parser) && e.ph === 'X' && e.dur);
    // performance.now() counts from the navigation's start.
    const origin = events.find((e) => e.name === 'navigationStart' && e.pid === parser.pid)?.ts
      ?? Math.min(...thread.map((e) => e.ts));
    const main = thread
      .filter((e) => e.ts - origin <= ready * 1000)
      .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    add('until ready (wall clock)', ready);
    const stack = [];
    const close = (until) => {
      while (stack.length && stack.at(-1).end <= until) {
        const done = stack.pop();
        add(done.group, Math.max(0, done.self) / 1000);
      }
    };
    for (const e of main) {
      close(e.ts);
      const parent = stack.at(-1);
      if (parent) parent.self -= e.dur;
      const group = groups.find(([, re]) => re.test(e.name))?.[0] ?? parent?.group ?? 'other';
      stack.push({ end: e.ts + e.dur, self: e.dur, group });
    }
    close(Infinity);
  }
  return sums;
}
console.log('\nWhere the main thread\'s time goes until ready, CPU slowed 4×, traced (tracing slows the page: read the shares), ms, mean of 5 loads; the rest of the wall clock is waiting (compiling off the main thread, loading)\n');
const traced = [];
for (const t of targets) traced.push([t.name, await traceStart(t)]);
const rows = [...new Set(traced.flatMap(([, m]) => [...m.keys()]))];
console.log(`| | ${traced.map(([n]) => n).join(' | ')} |`);
console.log(`|---|${traced.map(() => '---').join('|')}|`);
for (const row of rows) console.log(`| ${row} | ${traced.map(([, m]) => (m.get(row) ?? 0).toFixed(0)).join(' | ')} |`);

await server.close();
await blankServer.close();
await browser.close();

const files = (d) => readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? files(join(d, f)) : [join(d, f)]));
console.log('\n| artefact | raw | gzip | brotli |');
console.log('|---|---|---|---|');
for (const file of files(dist).sort()) {
  const data = readFileSync(file);
  console.log(`| ${relative(dist, file)} | ${data.length} | ${gzipSync(data, { level: 9 }).length} | ${brotliCompressSync(data).length} |`);
}

// Where the wasm's bytes go: its code, and its data split into French text
// (runs of printable UTF-8) and the rest (tables, pointers).
function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[at++];
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) return [value, at];
  }
}
function sections(bytes) {
  const out = [];
  for (let at = 8; at < bytes.length;) {
    const id = bytes[at];
    const [size, start] = leb(bytes, at + 1);
    out.push({ id, body: bytes.subarray(start, start + size) });
    at = start + size;
  }
  return out;
}
const gz = (data) => gzipSync(data, { level: 9 }).length;
const wasmFile = files(dist).find((f) => f.endsWith('_bg.wasm'));
const built = sections(readFileSync(wasmFile));
const code = built.find((s) => s.id === 10).body;
const data = Buffer.from(built.find((s) => s.id === 11).body);
const textRun = /[\x20-\x7e\n\u00a0-\uffff]{24,}/g;
const asText = data.toString('latin1');
const text = Buffer.from((asText.match(textRun) ?? []).join(''), 'latin1');
const tables = Buffer.from(asText.replace(textRun, ''), 'latin1');
console.log(`\nWhere the wasm's bytes go (${relative(dist, wasmFile)})\n`);
console.log('| part | raw | gzip alone |');
console.log('|---|---|---|');
console.log(`| code | ${code.length} | ${gz(code)} |`);
console.log(`| data: French text and other strings | ${text.length} | ${gz(text)} |`);
console.log(`| data: tables, pointers | ${tables.length} | ${gz(tables)} |`);

// The code by crate: the compiler's wasm keeps function names; its sizes
// come before wasm-bindgen and wasm-opt, so only the shares are read.
const namedFile = join(target, 'wasm32-unknown-unknown/release/secret-pro.wasm');
if (existsSync(namedFile)) {
  const all = sections(readFileSync(namedFile));
  let imported = 0;
  const imports = all.find((s) => s.id === 2)?.body;
  if (imports) {
    let [n, at] = leb(imports, 0);
    for (; n > 0; n -= 1) {
      for (let k = 0; k < 2; k += 1) { const [len, next] = leb(imports, at); at = next + len; }
      const kind = imports[at++];
      if (kind === 0) { [, at] = leb(imports, at); imported += 1; }
      else if (kind === 1) { at += 1; const flags = imports[at++]; [, at] = leb(imports, at); if (flags & 1) [, at] = leb(imports, at); }
      else if (kind === 2) { const flags = imports[at++]; [, at] = leb(imports, at); if (flags & 1) [, at] = leb(imports, at); }
      else if (kind === 3) at += 2;
    }
  }
  const names = new Map();
  for (const s of all.filter((x) => x.id === 0)) {
    let [len, at] = leb(s.body, 0);
    if (Buffer.from(s.body.subarray(at, at + len)).toString() !== 'name') continue;
    at += len;
    while (at < s.body.length) {
      const sub = s.body[at];
      const [size, start] = leb(s.body, at + 1);
      if (sub === 1) {
        let [n, p] = leb(s.body, start);
        for (; n > 0; n -= 1) {
          const [index, q] = leb(s.body, p);
          const [l, r] = leb(s.body, q);
          names.set(index, Buffer.from(s.body.subarray(r, r + l)).toString());
          p = r + l;
        }
      }
      at = start + size;
    }
  }
  // Rust's legacy mangling (_ZN, length-prefixed parts, the hash); of the
  // v0 mangling (_R, the standard library's) only the first crate is read.
  const demangle = (mangled) => {
    if (mangled.startsWith('_R')) {
      const m = mangled.match(/C(?:s[0-9A-Za-z]*_)?(\d+)/);
      return m ? `${mangled.substr(m.index + m[0].length, Number(m[1]))}::` : mangled;
    }
    if (!mangled.startsWith('_ZN')) return mangled;
    const parts = [];
    for (let at = 3; /[0-9]/.test(mangled[at] ?? '');) {
      const digits = mangled.slice(at).match(/^[0-9]+/)[0];
      at += digits.length;
      parts.push(mangled.slice(at, at + Number(digits)));
      at += Number(digits);
    }
    if (/^h[0-9a-f]{16}$/.test(parts.at(-1) ?? '')) parts.pop();
    const escapes = { LT: '<', GT: '>', u20: ' ', RF: '&', BP: '*', C: ',', u7b: '{', u7d: '}', u5b: '[', u5d: ']', u27: "'", SP: '@', LP: '(', RP: ')' };
    return parts
      .map((p) => p.replace(/^_\$/, '$').replaceAll('..', '::').replace(/\$(\w+?)\$/g, (m, e) => escapes[e] ?? m))
      .join('::');
  };
  const crates = [
    ['Leptos (views, reactivity)', /^(tachys|reactive_graph|leptos|leptos_dom|any_spawner|throw_error|or_poisoned|oco_ref|slotmap|send_wrapper|guardian|futures\w*|pin_project\w*|indexmap|hashbrown|rustc_hash|wasm_streams)$/],
    ['wasm-bindgen, js-sys, web-sys, serde-wasm-bindgen', /^(wasm_bindgen\w*|js_sys|web_sys|serde_wasm_bindgen|console_error_panic_hook|gloo\w*)$/],
    ['Rust standard library (core, alloc, formatting, malloc)', /^(core|alloc|std|dlmalloc|__rustc|compiler_builtins)$/],
    ['serde', /^serde(_core)?$/],
    ['the guide (secret_pro: views, French, rule book)', /^secret_pro$/],
    ['the engine (secret_pro_engine)', /^secret_pro_engine$/],
  ];
  const closures = 'closures (the guide\'s views and Leptos\', named after core)';
  const shares = new Map();
  const body = all.find((s) => s.id === 10).body;
  let [n, at] = leb(body, 0);
  for (let f = 0; f < n; f += 1) {
    const [size, start] = leb(body, at);
    at = start + size;
    const name = demangle(names.get(imported + f) ?? '');
    // Descriptors that wasm-bindgen removes.
    if (/describe/.test(name)) continue;
    // A generic's owner is the trait or type its name starts with, after `<`.
    if (/^(<[^>]*>\s+as\s+)?core::ops::function::/.test(name) || name.startsWith('core::ops::function::')) {
      shares.set(closures, (shares.get(closures) ?? 0) + size);
      continue;
    }
    const crate = name.replace(/\[[0-9a-f]+\]/g, '').match(/^[<&\s]*(?:dyn\s+)?(?:[A-Z]\w*\s+as\s+)?(\w+)/)?.[1] ?? '';
    const group = crates.find(([, re]) => re.test(crate))?.[0] ?? 'other';
    shares.set(group, (shares.get(group) ?? 0) + size);
  }
  const total = [...shares.values()].reduce((a, b) => a + b, 0);
  console.log('\nThe code by crate (shares of the compiler\'s wasm, before wasm-bindgen and wasm-opt)\n');
  console.log('| crate | share of the code | about, of the code\'s gzip |');
  console.log('|---|---|---|');
  for (const [group, size] of [...shares].sort((a, b) => b[1] - a[1])) {
    console.log(`| ${group} | ${((100 * size) / total).toFixed(0)} % | ${((gz(code) * size) / total / 1024).toFixed(0)} KB |`);
  }
}
