// Benchmark, not a test: prints numbers, passes or fails nothing.
// Side by side in one run, in headless Chromium, fresh context per load:
// a blank page and secret-pro.html from file://, and the site over
// loopback. For each: time to the first question (blank: to its load
// event), ratio to the blank page, per-answer latency, JS heap; then the
// bytes of every artefact. Run after a build: `node scripts/bench.mjs [loads]`.
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { dist, launch, serve } from '../tests/browser/support.mjs';

const loads = Number(process.argv[2] ?? 15);
const blankPath = join(mkdtempSync(join(tmpdir(), 'bench-')), 'blank.html');
writeFileSync(blankPath, '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>blank</title></head><body></body></html>');

// Records, inside the page, when the first question appears and how long
// each answer takes to show the next screen.
const probe = () => {
  globalThis.__bench = { ready: null, answers: [] };
  new MutationObserver(() => {
    if (globalThis.__bench.ready === null && document.querySelector('[data-question]')) {
      globalThis.__bench.ready = performance.now();
    }
  }).observe(document, { childList: true, subtree: true });
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

async function measure(browser, url, isGuide) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(probe);
  await page.goto(url, { waitUntil: 'load' });
  let ready;
  const answers = [];
  if (isGuide) {
    await page.waitForFunction(() => globalThis.__bench.ready !== null);
    ready = await page.evaluate(() => globalThis.__bench.ready);
    for (const [fact, value] of path) answers.push(await answerTimed(page, fact, value));
  } else {
    ready = await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd);
  }
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize').value;
  await context.close();
  return { ready, answers, heap };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const spread = (xs) => `${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)}`;

const browser = await launch();
const server = await serve();
const targets = [
  { name: 'blank page (file://)', url: `file://${blankPath}`, guide: false },
  { name: 'secret-pro.html (file://)', url: `file://${join(dist, 'secret-pro.html')}`, guide: true },
  { name: 'site (loopback)', url: server.url, guide: true },
];
const runs = new Map(targets.map((t) => [t.name, []]));
// Interleaved, so a slow moment of the machine hits every target alike.
for (let i = 0; i < loads; i += 1) {
  for (const t of targets) runs.get(t.name).push(await measure(browser, t.url, t.guide));
}
await server.close();
await browser.close();

const blankReady = median(runs.get(targets[0].name).map((r) => r.ready));
console.log(`Chromium headless, ${loads} fresh loads each, interleaved; times in ms (median, min–max)\n`);
console.log('| target | ready | × blank | per answer | JS heap |');
console.log('|---|---|---|---|---|');
for (const t of targets) {
  const rs = runs.get(t.name);
  const ready = rs.map((r) => r.ready);
  const answers = rs.flatMap((r) => r.answers);
  const heap = median(rs.map((r) => r.heap)) / 1024;
  console.log(`| ${t.name} | ${median(ready).toFixed(1)} (${spread(ready)}) | ${(median(ready) / blankReady).toFixed(2)} | ${answers.length ? `${median(answers).toFixed(1)} (${spread(answers)})` : '–'} | ${heap.toFixed(0)} KB |`);
}

const files = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
console.log('\n| artefact | raw | gzip | brotli |');
console.log('|---|---|---|---|');
for (const file of files(dist).sort()) {
  const data = readFileSync(file);
  console.log(`| ${relative(dist, file)} | ${data.length} | ${gzipSync(data, { level: 9 }).length} | ${brotliCompressSync(data).length} |`);
}
