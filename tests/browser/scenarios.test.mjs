// Every worked case, through the page: clicked through like a user would,
// and evaluated by secretPro.evaluate, which must equal the native engine.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dist, nativeEvaluate, openGuide, walk, storageState, scenarios, useServerAndBrowser } from './support.mjs';

const cases = scenarios();
const withOutcome = cases.filter((c) => c.expect.outcome && !Array.isArray(c.facts));

const env = useServerAndBrowser();

test('every scenario with an outcome is reached by clicking through the guide', async () => {
  const { page, requests, errors } = await openGuide(env.browser, env.server.url);
  assert.ok(withOutcome.length > 0, 'no scenario with an outcome in tests/scenarios/');
  const failures = [];
  for (const c of withOutcome) {
    const result = await walk(page, c.facts);
    if (result.outcome !== c.expect.outcome) {
      failures.push(`${c.name} (${c.file}): expected ${c.expect.outcome}, got ${JSON.stringify(result)}`);
    }
    if (await page.$('[data-outcome]')) {
      await page.click('[data-action="restart"]');
      await page.waitForSelector('[data-question="situation"]');
    } else {
      await page.reload();
      await page.waitForSelector('[data-question="situation"]');
    }
  }
  assert.deepEqual(failures, [], failures.join('\n'));
  assert.deepEqual(errors, []);
  const own = new Set(readdirSync(dist).map((f) => env.server.url + f).concat([env.server.url]));
  assert.deepEqual(requests.filter((u) => !own.has(u)), [], 'requests beyond the page files');
  assert.deepEqual(await storageState(page), {
    localStorage: 0, sessionStorage: 0, cookie: '', indexedDB: 0, caches: 0, cookies: 0,
  });
  console.log(`# ${withOutcome.length} scenarios walked through the UI`);
});

test('secretPro.evaluate gives what the native engine gives, on every scenario', async () => {
  const inputs = cases.map((c) => JSON.stringify(c.facts));
  const native = JSON.parse(
    execFileSync(nativeEvaluate, { input: JSON.stringify(inputs) }).toString(),
  );
  const { page } = await openGuide(env.browser, env.server.url);
  const browserResults = await page.evaluate((texts) => texts.map((t) => {
    try {
      return { ok: globalThis.secretPro.evaluate(JSON.parse(t)) };
    } catch (e) {
      return { error: e instanceof Error ? e.message : `not an Error: ${e}` };
    }
  }), inputs);
  const strip = (m) => m.replace(/ at line \d+ column \d+$/, '');
  cases.forEach((c, i) => {
    const n = native[i];
    const b = browserResults[i];
    if (n.error !== undefined) {
      assert.equal(strip(b.error ?? '(no error)'), strip(n.error), c.name);
    } else {
      assert.deepEqual(b, n, c.name);
    }
  });
  assert.equal(await page.evaluate(() => typeof globalThis.secretPro.version), 'string');
  console.log(`# ${cases.length} scenarios evaluated in the browser and natively`);
});
