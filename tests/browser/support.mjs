// Shared helpers for the browser tests: a loopback static server for the
// built artefacts, Debian's Chromium through playwright-core, and the
// guide's automation contract (spec §7).
import { createServer } from 'node:http';
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const dist = join(root, 'dist');
// Where cargo builds: CARGO_TARGET_DIR when set (relative to the working
// folder, as cargo reads it), else the repository's target/.
export const target = process.env.CARGO_TARGET_DIR ? resolve(process.env.CARGO_TARGET_DIR) : join(root, 'target');
/** The native engine as a command (`cargo build -p secret-pro-engine --example evaluate`). */
export const nativeEvaluate = join(target, 'debug/examples/evaluate');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.txt': 'text/plain; charset=utf-8',
};

/** Serves `dir` on 127.0.0.1; `headers(path)` may add headers. `dir` may
 * also map URL prefixes to folders, longest first: `{ '/hosts/': ..., '/': dist }`. */
export async function serve(dir = dist, headers = () => ({})) {
  const mounts = typeof dir === 'string' ? { '/': dir } : dir;
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    const prefix = Object.keys(mounts).sort((a, b) => b.length - a.length).find((p) => path.startsWith(p));
    const local = path.slice(prefix.length - 1);
    const file = join(mounts[prefix], local.endsWith('/') ? local + 'index.html' : local);
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', ...headers(path) });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${server.address().port}/`;
  return { url, close: () => new Promise((ok) => server.close(ok)) };
}

/** Debian's Chromium (or CHROMIUM_PATH), headless, kept off the network. */
export function launch(options = {}) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    ...options,
  });
}

/** Opens the guide and waits until it says it is ready. */
export async function openGuide(browser, url, contextOptions = {}) {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => {
    document.addEventListener('secret-pro-ready', () => { globalThis.__secretProReady = true; });
  });
  await page.goto(url);
  await page.waitForFunction(() => globalThis.__secretProReady === true && globalThis.secretPro);
  return { context, page, requests, errors };
}

/** The fact asked on screen, or null on another screen. */
export async function currentQuestion(page) {
  const el = await page.$('[data-question]');
  return el ? el.getAttribute('data-question') : null;
}

/** Answers the question on screen with `value` and submits it: by
 * clicking, or in a frame with the keyboard (Space on the answer, Enter on
 * Continuer). Chromium runs a sandboxed frame in its own process, and a
 * click made just after the host page scrolled can go to the <iframe>
 * element instead of the button in it (seen in this suite, about 1 walk in 20:
 * the host's mousedown on #one-file, nothing in the frame); keys go to the
 * element focused. */
export async function answer(page, fact, value) {
  const radio = `[data-question="${fact}"] input[name="${fact}"][value="${String(value)}"]`;
  const next = '[data-action="next"]';
  if (typeof page.parentFrame === 'function' && page.parentFrame()) {
    await page.press(radio, 'Space');
    assert.ok(await page.isChecked(radio), `${fact}: Space checked ${value}`);
    await page.press(next, 'Enter');
  } else {
    await page.check(radio);
    await page.click(next);
  }
  await page.waitForFunction(
    (f) => !document.querySelector(`[data-question="${f}"]`) || document.querySelector('[data-question]')?.getAttribute('data-question') !== f,
    fact,
  );
}

/** Answers every question the guide asks from `facts`, until it asks one they lack or shows an outcome. */
export async function walk(page, facts) {
  for (let i = 0; i < 40; i += 1) {
    await page.waitForSelector('[data-question], [data-outcome]');
    const fact = await currentQuestion(page);
    if (!fact) break;
    if (!(fact in facts)) return { stoppedAt: fact };
    await answer(page, fact, facts[fact]);
  }
  const outcome = await page.getAttribute('[data-outcome]', 'data-outcome').catch(() => null);
  return { outcome };
}

/** Every storage the page could have written, read back. */
export async function storageState(page) {
  const inPage = await page.evaluate(async () => ({
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    cookie: document.cookie,
    indexedDB: (await indexedDB.databases()).length,
    caches: (await caches.keys()).length,
  }));
  const cookies = await page.context().cookies();
  return { ...inPage, cookies: cookies.length };
}

/** Like `walk`, inside one guide: `scope` is a locator of its host element. */
export async function walkIn(scope, facts) {
  for (let i = 0; i < 40; i += 1) {
    const question = scope.locator('[data-question]');
    const outcome = scope.locator('[data-outcome]');
    await question.or(outcome).first().waitFor();
    if (await outcome.count()) return { outcome: await outcome.getAttribute('data-outcome') };
    const fact = await question.getAttribute('data-question');
    if (!(fact in facts)) return { stoppedAt: fact };
    await question.locator(`input[name="${fact}"][value="${String(facts[fact])}"]`).check();
    await scope.locator('[data-action="next"]').click();
    await scope.locator(`[data-question="${fact}"]`).waitFor({ state: 'detached' });
  }
  return {};
}

/** The case most tests walk: the police asking by phone. */
export const policeByPhone = {
  situation: 'request', covered: true, origin: 'external', requester: 'police', danger: false, form: 'oral',
};

/** The worked cases of tests/scenarios/, each with the file it comes from. */
export function scenarios() {
  const dir = join(root, 'tests/scenarios');
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
    .flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')).map((c) => ({ ...c, file: f })));
}

/** How many outcomes the engine has: the 24 of spec §4 (version 3), each
 * reached by a worked case (engine/tests/scenarios.rs checks it natively). */
const OUTCOMES = 24;

/** The facts of the first worked case that reaches each outcome, by outcome;
 * fails unless there is one for every outcome the engine has. */
export function firstCaseOfEachOutcome() {
  const first = new Map();
  for (const c of scenarios()) {
    if (c.expect.outcome && !first.has(c.expect.outcome)) first.set(c.expect.outcome, c.facts);
  }
  assert.equal(first.size, OUTCOMES, `a worked case for each of the ${OUTCOMES} outcomes of spec §4 (version 3)`);
  return first;
}

// Read on first use: most test files never run axe.
let axeSource;

/** axe-core's WCAG 2.0 A/AA, 2.1 AA and 2.2 AA rules run on a Playwright
 * page or frame: the violations, each with the elements it found. */
export async function axe(page) {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(axeSource);
  const result = await page.evaluate(() => globalThis.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  }));
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** A loopback server for dist/ and a browser, for the test file that calls it. */
export function useServerAndBrowser() {
  const shared = {};
  before(async () => {
    shared.server = await serve();
    shared.browser = await launch();
  });
  after(async () => {
    await shared.browser?.close();
    await shared.server?.close();
  });
  return shared;
}
