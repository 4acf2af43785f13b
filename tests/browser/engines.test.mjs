// Every way in of the integration notice, in the three engines staff use:
// the site, the one file from file://, the embed by a classic script in a
// hostile page and as a module, the embed whose script cannot load, and
// the one file and the site in a sandboxed iframe. In each: a case by
// clicking to its outcome, secretPro.evaluate against the native engine,
// nothing stored, no request after load, the watchdog never shown.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { root, dist, nativeEvaluate, scenarios, policeByPhone } from './support.mjs';
import {
  engineNames, useEngine, walkBy, waitFor, clickUntil, screenIn, checkedIn, evaluateAllIn, storedIn, loadedIn, failureIn,
} from './engines.mjs';

const councillor = { situation: 'councillor_disclosure', covered: true, disclose_to: 'beneficiary' };

// A few worked cases, errors included, for secretPro.evaluate in each engine.
const all = scenarios();
const sample = [
  ...all.filter((c) => !c.expect.error).filter((_, i) => i % 9 === 0),
  ...all.filter((c) => c.expect.error).slice(0, 3),
];
const inputs = sample.map((c) => JSON.stringify(c.facts));
const native = JSON.parse(
  execFileSync(nativeEvaluate, { input: JSON.stringify(inputs) }).toString(),
);
const strip = (m) => m.replace(/ at line \d+ column \d+$/, '');

async function assertParity(session) {
  const results = await session.evaluate(evaluateAllIn, inputs);
  sample.forEach((c, i) => {
    if (native[i].error !== undefined) {
      assert.equal(strip(results[i].error ?? '(no error)'), strip(native[i].error), c.name);
    } else {
      assert.deepEqual(results[i], native[i], c.name);
    }
  });
}

/** What the page stored; a sandboxed frame may not even look. */
const stored = async (session) => {
  const found = await session.evaluate(storedIn);
  assert.deepEqual(found, { localStorage: 0, sessionStorage: 0, cookie: '' });
};

/** The requests made so far: the driver's where it sees them, else the page's Resource Timing. */
// data: URLs never leave the machine (Firefox loads a built-in font as one).
const requestsOf = async (session) => (session.requests ? [...session.requests] : await session.evaluate(loadedIn))
  .filter((url) => !url.startsWith('data:'));

/** Runs `during` and asserts it made no request. */
async function noRequestDuring(session, during) {
  const before = await requestsOf(session);
  await during();
  assert.deepEqual(await requestsOf(session), before, 'a request after load');
}

const globalsAdded = () => {
  const known = new Set(window.__hostGlobals.concat(['__hostGlobals', '__hostErrors', '__hostMessages', '__secretProReady']));
  return Object.getOwnPropertyNames(window).filter((name) => !known.has(name));
};

const questionIn = (scope) => {
  const root = scope ? document.querySelector(scope)?.shadowRoot : document;
  return root?.querySelector('[data-question]')?.getAttribute('data-question') ?? null;
};

const outcomeIn = (scope) => {
  const root = scope ? document.querySelector(scope)?.shadowRoot : document;
  return root?.querySelector('[data-outcome]')?.getAttribute('data-outcome') ?? null;
};

for (const name of engineNames) {
  describe(name, () => {
    const env = useEngine(name, { '/hosts/': join(root, 'tests/hosts'), '/static/': join(root, 'static'), '/': dist });

    /** The guide as the whole page: a case, Back and Forward, a reload, the sections by hash. */
    async function guideAsPage(url) {
      const s = await env.fresh();
      await s.goto(url);
      await waitFor(s, () => !!(globalThis.secretPro && document.querySelector('[data-question="situation"]')), null, 'the first question');
      await noRequestDuring(s, async () => {
        assert.deepEqual(await walkBy(s, null, policeByPhone), { outcome: 'no_answer_oral' });
        await assertParity(s);
      });
      assert.equal(await s.evaluate(failureIn, null), null, 'the watchdog kept quiet');
      // The history holds a screen counter, the address no answer.
      const state = await s.evaluate(() => [JSON.stringify(history.state), location.hash, location.search]);
      assert.match(state[0], /^\{"screen":\d+\}$/);
      assert.deepEqual(state.slice(1), ['', '']);
      // Back: the previous questions, each with its answer; Forward returns.
      await s.back();
      await waitFor(s, questionIn, null, 'Back to a question');
      assert.equal(await s.evaluate(questionIn, null), 'form');
      assert.equal(await s.evaluate(checkedIn, null), 'oral');
      await s.back();
      await waitFor(s, () => !!(document.querySelector('[data-question="danger"]')), null, 'Back to danger');
      assert.equal(await s.evaluate(checkedIn, null), 'false');
      await s.forward();
      await waitFor(s, () => !!(document.querySelector('[data-question="form"]')), null, 'Forward to form');
      await s.forward();
      await waitFor(s, outcomeIn, null, 'Forward to the outcome');
      assert.equal(await s.evaluate(outcomeIn, null), 'no_answer_oral');
      // A reload starts a new request with nothing remembered; Back finds nothing either.
      await s.reload();
      await waitFor(s, () => !!(globalThis.secretPro && document.querySelector('[data-question="situation"]')), null, 'the first question after reload');
      assert.equal(await s.evaluate(() => !!document.querySelector('[data-action="review"]')), false);
      await s.back();
      await waitFor(s, screenIn, null, 'a screen after Back past the reload');
      const afterBack = await s.evaluate(screenIn, null);
      assert.ok(afterBack.question, `no outcome after Back past a reload: ${JSON.stringify(afterBack)}`);
      assert.equal(await s.evaluate(() => !!document.querySelector('[data-action="review"]')), false);
      // The sections, by hash.
      await s.goto(`${url}#reference`);
      await waitFor(s, () => !!(document.querySelector('[data-reference]')), null, '#reference');
      await s.click(() => document.querySelector('[data-action="close-reference"]'));
      await waitFor(s, () => !!(document.querySelector('[data-question="situation"]')), null, 'the guide after the reference');
      await s.goto(`${url}#formation`);
      await waitFor(s, () => !!(document.querySelector('[data-case-link]')), null, '#formation');
      await stored(s);
    }

    test('the site: a case by clicking, Back and Forward, reload, #reference and #formation, parity, nothing stored', async () => {
      await guideAsPage(env.server.url);
    });

    test('the one file from file://: the same', async () => {
      await guideAsPage(`file://${join(dist, 'secret-pro.html')}`);
    });

    test('the embed by a classic script in the head of a hostile page, twice, and a guide added after load', async () => {
      const s = await env.fresh();
      await s.goto(`${env.server.url}hosts/classic.html`);
      await waitFor(s, () => !!(window.__secretProReady && document.querySelector('#first').shadowRoot?.querySelector('[data-question]')), null, 'the first guide');
      const historyLength = await s.evaluate(() => history.length);
      await noRequestDuring(s, async () => {
        assert.deepEqual(await walkBy(s, '#first', policeByPhone), { outcome: 'no_answer_oral' });
        await waitFor(s, () => !!(document.querySelector('#late')?.shadowRoot?.querySelector('[data-question]')), null, 'the guide added after load');
        assert.deepEqual(await walkBy(s, '#late', councillor), { outcome: 'councillor_must_not_disclose' });
        await assertParity(s);
      });
      assert.deepEqual([await s.evaluate(failureIn, '#first'), await s.evaluate(failureIn, '#late')], [null, null], 'the watchdogs kept quiet');
      // Each guide keeps its own answers and configuration.
      assert.equal(await s.evaluate(outcomeIn, '#first'), 'no_answer_oral');
      const local = await s.evaluate(() => ['#first', '#late'].map((id) => document.querySelector(id).shadowRoot.querySelector('[data-local-config]').textContent));
      assert.match(local[0], /CPAS de Namur/);
      assert.match(local[1], /poste 42/);
      // The host's styles do not reach inside.
      const color = await s.evaluate(() => getComputedStyle(document.querySelector('#first').shadowRoot.querySelector('[data-action="restart"]')).color);
      assert.equal(color, 'rgb(11, 12, 12)');
      // The sections open inside the embed, by its own links, not by the host's address.
      const inFirst = (css) => !!document.querySelector('#first').shadowRoot.querySelector(css);
      await clickUntil(s, () => document.querySelector('#first').shadowRoot.querySelector('[data-action="training"]'), inFirst, '[data-case-link]', 'the training cases in the embed');
      await clickUntil(s, () => document.querySelector('#first').shadowRoot.querySelector('[data-case-link]'), inFirst, '[data-case-id]', 'a training case in the embed');
      await clickUntil(s, () => document.querySelector('#first').shadowRoot.querySelector('[data-action="reference"]'), inFirst, '[data-reference]', 'the reference in the embed');
      await clickUntil(s, () => document.querySelector('#first').shadowRoot.querySelector('[data-action="close-reference"]'), inFirst, '[data-outcome]', 'the outcome again in the embed');
      assert.equal(await s.evaluate(outcomeIn, '#first'), 'no_answer_oral');
      // The host keeps its scope, title, address and history.
      assert.deepEqual(await s.evaluate(globalsAdded), ['secretPro']);
      assert.deepEqual(await s.evaluate(() => window.__hostErrors), []);
      assert.deepEqual(await s.evaluate(() => [document.title, location.hash, history.length]), ['Intranet', '', historyLength]);
      await stored(s);
    });

    test('the embed as a module after the elements, and again with defer', async () => {
      const s = await env.fresh();
      await s.goto(`${env.server.url}hosts/module.html`);
      await waitFor(s, () => !!(window.__secretProReady && document.querySelector('#first').shadowRoot?.querySelector('[data-question]')), null, 'the guide');
      await noRequestDuring(s, async () => {
        assert.deepEqual(await walkBy(s, '#first', policeByPhone), { outcome: 'no_answer_oral' });
        await assertParity(s);
      });
      assert.equal(await s.evaluate(failureIn, '#first'), null, 'the watchdog kept quiet');
      assert.deepEqual(await s.evaluate(globalsAdded), ['secretPro']);
      assert.deepEqual(await s.evaluate(() => window.__hostErrors), []);
      assert.equal(await s.evaluate(() => document.querySelectorAll('secret-pro-guide').length), 1);
      await stored(s);
    });

    test('the embed whose script cannot load: the element shows what the page put inside it', async () => {
      const s = await env.fresh();
      await s.goto(`${env.server.url}hosts/missing.html`);
      const shown = await s.evaluate(() => {
        const guide = document.querySelector('#first');
        const box = guide.getBoundingClientRect();
        return { text: guide.innerText.trim(), height: box.height > 0, link: guide.querySelector('a').getAttribute('href') };
      });
      assert.deepEqual(shown, { text: 'Ouvrir le guide « Secret professionnel »', height: true, link: '../secret-pro.html' });
    });

    test('the one file and the site in a sandboxed iframe: every button, the height posted to the host', async () => {
      const s = await env.fresh();
      await s.goto(`${env.server.url}hosts/iframe.html`);
      await s.enterFrame('#one-file');
      await waitFor(s, () => !!(globalThis.secretPro && document.querySelector('[data-question="situation"]')), null, 'the guide in the frame');
      await noRequestDuring(s, async () => {
        // Continuer without an answer: the error, not a submission.
        await s.click(() => document.querySelector('[data-action="next"]'));
        await waitFor(s, () => !!(document.querySelector('[data-question="situation"] .sp-error-summary')), null, 'the missing-answer error');
        assert.deepEqual(await walkBy(s, null, policeByPhone), { outcome: 'no_answer_oral' });
        await assertParity(s);
        // Copier copies, or selects the text and says to press Ctrl+C.
        await s.click(() => document.querySelector('[data-template="oral_reply"] [data-action="copy"]'));
        const status = await waitFor(s, () => document.querySelector('.sp-status')?.textContent, null, 'what Copier did');
        assert.match(status, /copié|Ctrl\+C/);
        console.log(`# ${name}: Copier in a sandboxed frame: ${status}`);
        assert.ok(await s.evaluate(() => !!document.querySelector('[data-frame-note] a[target="_blank"]')), 'the note on printing from a frame');
        await clickUntil(s, () => document.querySelector('[data-action="review"]'), () => !!document.querySelector('[data-review]'), null, 'the review');
        await clickUntil(s, () => document.querySelector('[data-action="resume"]'), () => !!document.querySelector('[data-outcome]'), null, 'the outcome again');
      });
      // The browser's Back button, pressed on the host, walks the framed guide back.
      await s.back();
      await waitFor(s, () => !!document.querySelector('[data-review]'), null, 'Back inside the frame: the review');
      await s.forward();
      await waitFor(s, outcomeIn, null, 'Forward inside the frame');
      const inside = await s.evaluate(() => ({
        height: Math.ceil(document.documentElement.getBoundingClientRect().height),
        origin: self.origin,
      }));
      assert.equal(inside.origin, 'null', 'the frame has no origin of its own');
      // The site hands over to the one file: it cannot fetch its script without an origin.
      await s.leaveFrame();
      await s.enterFrame('#site');
      await waitFor(s, () => !!(globalThis.secretPro && document.querySelector('[data-question="situation"]')), null, 'the site in the frame');
      assert.match(await s.evaluate(() => location.pathname), /secret-pro\.html$/);
      assert.deepEqual(await walkBy(s, null, councillor), { outcome: 'councillor_must_not_disclose' });
      assert.equal(await s.evaluate(failureIn, null), null, 'the watchdog kept quiet in the frame');
      await s.leaveFrame();
      // The host sized the iframe to the guide: nothing cut, no inner scroll bar.
      await waitFor(s, (h) => Math.abs(document.querySelector('#one-file').getBoundingClientRect().height - h) <= 2, inside.height, 'the iframe sized to the guide');
      await s.enterFrame('#one-file');
      assert.equal(await s.evaluate(() => document.documentElement.scrollHeight - innerHeight <= 1), true, 'no scroll bar inside the frame');
      await s.leaveFrame();
      const messages = await s.evaluate(() => window.__hostMessages);
      assert.ok(messages.length > 0, 'heights posted');
      for (const m of messages) assert.match(m, /^\{"height":\d+\}$/);
      assert.deepEqual(await s.evaluate(() => window.__hostErrors), []);
      await stored(s);
    });
  });
}
