// axe-core (WCAG 2.0 A/AA, 2.1 AA, 2.2 AA) on a question, the review and
// every outcome; the page at 320 px and at 200 % zoom without sideways
// scrolling; screenshots to look at in test-results/screenshots.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { root, openGuide, walk, firstCaseOfEachOutcome, axe, useServerAndBrowser } from './support.mjs';

const shots = join(root, 'test-results/screenshots');
mkdirSync(shots, { recursive: true });

const env = useServerAndBrowser();

test('a question, its error, and the review have no axe violations', async () => {
  const { page } = await openGuide(env.browser, env.server.url);
  assert.deepEqual(await axe(page), [], 'first question');
  await page.click('[data-action="next"]');
  await page.waitForSelector('.sp-error-summary');
  assert.deepEqual(await axe(page), [], 'question with its error');
  await walk(page, { situation: 'request', covered: 'unsure', origin: 'external' });
  assert.deepEqual(await axe(page), [], 'requester question');
  await page.click('[data-action="review"]');
  await page.waitForSelector('[data-review]');
  assert.deepEqual(await axe(page), [], 'review');
});

test('the reference, the training list and a checked case have no axe violations', async () => {
  const { page } = await openGuide(env.browser, env.server.url);
  await page.click('[data-action="reference"]');
  await page.waitForSelector('[data-reference]');
  assert.deepEqual(await axe(page), [], 'reference');
  await page.goto(`${env.server.url}#formation`);
  await page.waitForSelector('[data-training]');
  assert.deepEqual(await axe(page), [], 'training list');
  await page.click('[data-case-link]');
  await page.check('input[name="reaction"][value="1"]');
  await page.click('[data-action="check"]');
  await page.waitForSelector('[data-vignette-outcome]');
  assert.deepEqual(await axe(page), [], 'training case');
});

test('every outcome has no axe violations', async () => {
  const { page } = await openGuide(env.browser, env.server.url);
  for (const [outcome, facts] of firstCaseOfEachOutcome()) {
    await page.reload();
    await page.waitForSelector('[data-question="situation"]');
    assert.equal((await walk(page, facts)).outcome, outcome);
    assert.deepEqual(await axe(page), [], outcome);
  }
});

test('at 320 px and at 200 % zoom nothing scrolls sideways; screenshots saved', async () => {
  const sizes = [
    { name: 'desktop', viewport: { width: 1024, height: 800 } },
    { name: '320px', viewport: { width: 320, height: 640 } },
    // A 1280 px window at 200 % zoom lays the page out in 640 CSS pixels.
    { name: 'zoom200', viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
  ];
  for (const size of sizes) {
    const { page, context } = await openGuide(env.browser, env.server.url, size);
    const noSideways = () => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
    await walk(page, { situation: 'request', covered: true, origin: 'external' });
    assert.ok(await noSideways(), `${size.name}: question`);
    await page.screenshot({ path: join(shots, `question-${size.name}.png`), fullPage: true });
    await walk(page, { requester: 'police', danger: 'unsure', form: 'oral' });
    await page.waitForSelector('[data-outcome]');
    assert.ok(await noSideways(), `${size.name}: outcome`);
    await page.screenshot({ path: join(shots, `outcome-${size.name}.png`), fullPage: true });
    if (size.name === 'desktop') {
      await page.emulateMedia({ media: 'print' });
      await page.screenshot({ path: join(shots, 'outcome-print.png'), fullPage: true });
      const hidden = await page.$$eval('button', (bs) => bs.every((b) => getComputedStyle(b).display === 'none'));
      assert.ok(hidden, 'no button on the printed record');
      assert.match(await page.textContent('.sp-print-only'), /Imprimé le/);
    }
    await context.close();
  }
});

test('in a sandboxed iframe: the outcome and its note on printing have no axe violations, and Imprimer is not blocked', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const ignored = [];
  page.on('console', (m) => { if (/print\(\)/.test(m.text())) ignored.push(m.text()); });
  // The same host page as the three-engine walk, served beside dist/.
  const { serve } = await import('./support.mjs');
  const server = await serve({ '/hosts/': join(root, 'tests/hosts'), '/static/': join(root, 'static'), '/': join(root, 'dist') });
  try {
    await page.goto(`${server.url}hosts/iframe.html`);
    const frame = await (await page.$('#one-file')).contentFrame();
    await frame.waitForFunction(() => globalThis.secretPro && document.querySelector('[data-question="situation"]'));
    // Keyboard: an answer chosen with Space, then Enter, which sends Continuer's click (no form submission in this sandbox).
    await frame.focus('input[name="situation"][value="request"]');
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await frame.waitForSelector('[data-question="covered"]');
    await walk(frame, firstCaseOfEachOutcome().get('no_answer_oral'));
    await frame.waitForSelector('[data-frame-note]');
    assert.deepEqual(await axe(frame), [], 'outcome in a frame');
    await frame.click('[data-action="print"]');
    await page.waitForTimeout(300);
    // Chromium says "Ignored call to 'print()'" when the sandbox lacks allow-modals.
    assert.deepEqual(ignored, []);
    await page.screenshot({ path: join(shots, 'iframe-outcome.png'), fullPage: true });
  } finally {
    await context.close();
    await server.close();
  }
});
