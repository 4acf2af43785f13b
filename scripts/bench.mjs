// Benchmark, not a test: prints numbers, passes or fails nothing.
// Side by side in one run, in headless Chromium, fresh context per load,
// at full CPU and with the CPU slowed 4× (CDP): a blank page, a plain-JS
// page with the same first question, secret-pro.html from file://, and
// the site over loopback. For each: when the first question is shown,
// when the guide is ready (its secret-pro-ready event), both as ratios to
// the blank page's load event; per-answer latency; JS heap after a full
// path; then the bytes of every artefact (raw, gzip, brotli).
// Run after a build: `node scripts/bench.mjs [loads]`.
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { dist, launch, serve } from '../tests/browser/support.mjs';

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
const targets = [
  { name: 'blank page', url: `file://${blankPath}`, guide: false },
  { name: 'plain JS, same first question', url: `file://${plainPath}`, guide: true, answers: false },
  { name: 'secret-pro.html (file://)', url: `file://${join(dist, 'secret-pro.html')}`, guide: true, answers: true },
  { name: 'site (loopback)', url: server.url, guide: true, answers: true },
];
console.log(`Chromium headless, ${loads} fresh loads each, interleaved; times in ms (median, min–max); × = ratio of medians to the blank page's load event in the same run`);
for (const cpu of [1, 4]) {
  const runs = new Map(targets.map((t) => [t.name, []]));
  // Interleaved, so a slow moment of the machine hits every target alike.
  for (let i = 0; i < loads; i += 1) {
    for (const t of targets) runs.get(t.name).push(await measure(browser, t, cpu));
  }
  const blank = median(runs.get(targets[0].name).map((r) => r.ready));
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
    console.log(`| ${t.name} | ${median(shown).toFixed(0)} (${spread(shown)}) | ${(median(shown) / blank).toFixed(2)} | ${median(ready).toFixed(0)} (${spread(ready)}) | ${(median(ready) / blank).toFixed(2)} | ${answers.length ? `${median(answers).toFixed(1)} (${spread(answers)})` : '–'} | ${toOutcome.length ? `${median(toOutcome).toFixed(1)} (${spread(toOutcome)})` : '–'} | ${heap.toFixed(0)} KB |`);
  }
}
await server.close();
await browser.close();

const files = (d) => readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? files(join(d, f)) : [join(d, f)]));
console.log('\n| artefact | raw | gzip | brotli |');
console.log('|---|---|---|---|');
for (const file of files(dist).sort()) {
  const data = readFileSync(file);
  console.log(`| ${relative(dist, file)} | ${data.length} | ${gzipSync(data, { level: 9 }).length} | ${brotliCompressSync(data).length} |`);
}
