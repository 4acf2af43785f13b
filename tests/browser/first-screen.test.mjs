// The first question is in the page before the engine: shown at once,
// an answer and a click on Continuer made while the engine loads are kept,
// nothing is shown twice, and where the engine cannot start the summary
// takes its place.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser } from './support.mjs';

const env = useServerAndBrowser();

/** Opens the site with the WebAssembly held back until `release()`. */
async function slowEngine() {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  let release;
  const held = new Promise((ok) => { release = ok; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  await page.goto(env.server.url, { waitUntil: 'domcontentloaded' });
  return { page, context, release };
}

test('the first question shows before the engine, and a click made then is acted on', async () => {
  const { page, context, release } = await slowEngine();
  await page.waitForSelector('[data-prerender] [data-question="situation"]', { state: 'visible' });
  await page.waitForFunction(() => getComputedStyle(document.querySelector('.sp-fallback')).display === 'none');
  assert.equal(await page.$('[data-testid="secret-pro"]'), null, 'the engine is not there yet');
  await page.click('[data-prerender] [data-action="next"]');
  assert.ok(await page.isVisible('[data-prerender] .sp-error'), 'no answer: the same error as the guide');
  assert.equal(new URL(page.url()).search, '', 'nothing submitted into the address');
  await page.check('[data-prerender] input[value="request"]');
  await page.click('[data-prerender] [data-action="next"]');
  release();
  await page.waitForSelector('[data-testid="secret-pro"] [data-question="covered"]');
  assert.equal(await page.$('[data-prerender]'), null, 'the static screen is gone');
  assert.equal(await page.$$eval('[data-question]', (q) => q.length), 1, 'one question on the page');
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1');
  await context.close();
});

test('an answer chosen before the engine is ready stays chosen', async () => {
  const { page, context, release } = await slowEngine();
  await page.check('[data-prerender] input[value="own_initiative"]');
  release();
  await page.waitForSelector('[data-testid="secret-pro"] [data-question="situation"]');
  assert.equal(await page.isChecked('[data-testid="secret-pro"] input[value="own_initiative"]'), true);
  assert.equal(await page.$$eval('[data-question]', (q) => q.length), 1);
  await context.close();
});

/** What a reader sees of the first question in `root`: the header (its
 * title, button and links, in order), heading, hint, answers, button, and
 * the error shown for a Continuer without an answer (summary, the
 * question's message, where focus is, what the fieldset is described by).
 * Runs in the page. */
function readQuestion(root) {
  const q = document.querySelector(`${root} [data-question="situation"]`);
  const text = (el) => (el ? el.textContent.replace(/\s+/g, ' ').trim() : null);
  const shown = (el) => !!el && !el.hidden && el.getClientRects().length > 0;
  const fieldset = q.querySelector('fieldset');
  return {
    header: [...document.querySelectorAll(`${root} .sp-header :is(.sp-title, button, a)`)].map(text),
    heading: text(q.querySelector('h1')),
    hint: text(q.querySelector('.sp-hint')),
    answers: [...q.querySelectorAll('input[type=radio]')].map((i) => ({
      name: i.name,
      value: i.value,
      label: text(q.querySelector(`label[for="${i.id}"]`)),
    })),
    next: text(q.querySelector('[data-action="next"]')),
    error: {
      summary: shown(q.querySelector('.sp-error-summary')) ? text(q.querySelector('.sp-error-summary')) : null,
      link: q.querySelector('.sp-error-summary a')?.getAttribute('href'),
      message: shown(q.querySelector('.sp-error')) ? text(q.querySelector('.sp-error')) : null,
      focused: (q.getRootNode().activeElement ?? document.activeElement)?.className ?? null,
      describedBy: fieldset.getAttribute('aria-describedby'),
      marked: fieldset.classList.contains('sp-has-error'),
    },
  };
}

/** Presses Continuer with no answer in `root`. Runs in the page. */
function continueWithoutAnswer(root) {
  document.querySelector(`${root} [data-question="situation"] [data-action="next"]`).click();
}

// The static first question is written at build time (src/prerender.rs)
// and the guide's at each step (src/app/question.rs), both from
// src/markup/question.rs; each shows its error with its own code (static/
// first-screen.js, show_error): what a reader sees, before and after a
// Continuer without an answer, must not depend on which one is on screen.
test('the static first question and the guide\'s first question read the same, and show the same error', async () => {
  const { page, context, release } = await slowEngine();
  await page.waitForSelector('[data-prerender] [data-question="situation"]', { state: 'visible' });
  const before = await page.evaluate(readQuestion, '[data-prerender]');
  await page.evaluate(continueWithoutAnswer, '[data-prerender]');
  const beforeError = await page.evaluate(readQuestion, '[data-prerender]');
  release();
  await page.waitForSelector('[data-testid="secret-pro"] [data-question="situation"]');
  const after = await page.evaluate(readQuestion, '[data-testid="secret-pro"]');
  await page.evaluate(continueWithoutAnswer, '[data-testid="secret-pro"]');
  const afterError = await page.evaluate(readQuestion, '[data-testid="secret-pro"]');
  assert.ok(before.answers.length >= 4 && before.heading && before.header.length >= 3, JSON.stringify(before));
  assert.equal(before.error.summary, null, 'no error before Continuer');
  assert.deepEqual(before, after);
  assert.ok(beforeError.error.summary && beforeError.error.message, JSON.stringify(beforeError.error));
  assert.equal(beforeError.error.focused, 'sp-error-summary', 'the summary takes focus');
  assert.equal(beforeError.error.link, `#sp-situation-${before.answers[0].value}`, 'the summary links to the first answer');
  assert.deepEqual(beforeError, afterError);
  await context.close();
});
