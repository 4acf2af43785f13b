// What the guide says: every outcome screen complete, templates that copy
// and cite their outcome, the reference from every screen, and the
// training mode offline in the one file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { dist, openGuide, walk, scenarios, useServerAndBrowser, policeByPhone } from './support.mjs';

const cases = scenarios().filter((c) => c.expect.outcome);

const env = useServerAndBrowser();
// Notes that stay inside the CPAS cite every source of the screen.
const STAY_INSIDE = ['forward_note', 'reasoned_opinion'];

test('every outcome screen has a decision, a sourced reason and at least two actions; templates cite the outcome', async () => {
  const { page, context } = await openGuide(env.browser, env.server.url);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.url.replace(/\/$/, '') });
  assert.ok(cases.length > 0, 'no scenario with an outcome in tests/scenarios/');
  const seenTemplates = new Set();
  for (const c of cases) {
    await page.reload();
    await walk(page, c.facts);
    const screen = await page.$eval('[data-outcome]', (o) => ({
      decision: o.querySelector('h1')?.textContent.trim(),
      reasons: [...o.querySelectorAll('.sp-reasons li')].map((li) => li.querySelector('.sp-source')?.textContent ?? ''),
      actions: o.querySelectorAll('[data-list="actions"] li').length,
      sources: [...o.querySelectorAll('[data-list="sources"] li summary')].map((s) => s.textContent),
      passages: [...o.querySelectorAll('[data-list="sources"] li')].map((li) => li.querySelector('[data-passage]')?.textContent.trim() ?? ''),
      templates: [...o.querySelectorAll('[data-template]')].map((t) => ({
        id: t.dataset.template, text: t.querySelector('pre').textContent,
      })),
    }));
    assert.ok(screen.decision, `${c.name}: decision`);
    assert.ok(screen.reasons.length >= 1 && screen.reasons.every((s) => /Source/.test(s)), `${c.name}: reasons with sources`);
    assert.ok(screen.actions >= 2, `${c.name}: ${screen.actions} actions`);
    assert.ok(screen.passages.length >= 1 && screen.passages.every((p) => p.length > 40), `${c.name}: each source opens on its passage`);
    for (const t of screen.templates) {
      seenTemplates.add(t.id);
      if (STAY_INSIDE.includes(t.id)) {
        for (const source of screen.sources) assert.ok(t.text.includes(source), `${c.name}: ${t.id} cites ${source}`);
      } else if (t.id === 'oral_reply') {
        // Said aloud: no references, which nobody reads out.
        assert.doesNotMatch(t.text, /Références|Circulaire/, `${c.name}: ${t.id} is said aloud`);
      } else {
        // A text sent out cites fixed sources: nothing of the path, no internal note.
        assert.match(t.text, /Circulaire du 2 juin 2022/, `${c.name}: ${t.id} cites the circular`);
        assert.doesNotMatch(t.text, /piste|ancien Code pénal|\[ancien/, `${c.name}: ${t.id} carries no lead or internal note`);
      }
      assert.doesNotMatch(t.text, /\{[a-z]+\}/, `${c.name}: ${t.id} placeholders filled`);
    }
  }
  assert.deepEqual([...seenTemplates].sort(), [
    'acknowledge_receipt', 'answer_inadmissible', 'answer_limited', 'answer_refusal', 'forward_note', 'inform_beneficiary', 'oral_reply',
    'reasoned_opinion',
  ]);
});

test('Copier puts the template in the clipboard and says so', async () => {
  const { page, context } = await openGuide(env.browser, env.server.url);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.url.replace(/\/$/, '') });
  await walk(page, policeByPhone);
  const shown = await page.textContent('[data-template="oral_reply"] pre');
  await page.click('[data-template="oral_reply"] [data-action="copy"]');
  await page.waitForFunction(() => document.querySelector('.sp-status')?.textContent.includes('copié'));
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), shown);
  assert.match(shown, /au Président de notre CPAS/);
  assert.doesNotMatch(shown, /\[nom du CPAS\]|Références/);
});

test('the reference opens from a question, the review and an outcome, and closes back to it', async () => {
  const { page } = await openGuide(env.browser, env.server.url);
  const roundTrip = async (back) => {
    await page.click('[data-action="reference"]');
    await page.waitForSelector('[data-reference]');
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    const text = await page.textContent('[data-reference]');
    assert.match(text, /hors le cas où ils sont appelés à rendre témoignage en justice/);
    assert.match(text, /sans déplacement, de tous les actes, pièces et dossiers/);
    assert.match(text, /458bis/);
    assert.match(text, /Secret partagé/);
    await page.click('[data-action="close-reference"]');
    await page.waitForSelector(back);
  };
  await roundTrip('[data-question="situation"]');
  await walk(page, { situation: 'request', covered: true, origin: 'external', requester: 'landlord', danger: false, form: 'oral' });
  await roundTrip('[data-outcome="no_answer_oral"]');
  await page.click('[data-action="review"]');
  await page.waitForSelector('[data-review]');
  await roundTrip('[data-review]');
});

test('the training mode runs offline in the one file; each case shows what the engine decides', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const url = `file://${join(dist, 'secret-pro.html')}`;
  await page.goto(`${url}#formation`);
  await page.waitForSelector('[data-training]');
  const ids = await page.$$eval('[data-case-link]', (links) => links.map((a) => a.dataset.caseLink));
  assert.ok(ids.length >= 12, `${ids.length} cases`);
  for (const id of ids) {
    await page.click(`[data-case-link="${id}"]`);
    await page.waitForSelector(`[data-case-id="${id}"]`);
    assert.equal(await page.evaluate(() => location.hash), `#formation/${id}`);
    const reactions = await page.$$eval('input[name="reaction"]', (r) => r.length);
    assert.ok(reactions >= 3 && reactions <= 4, `${id}: ${reactions} reactions`);
    await page.check('input[name="reaction"][value="0"]');
    await page.click('[data-action="check"]');
    const shown = await page.getAttribute('[data-vignette-outcome]', 'data-vignette-outcome');
    const facts = JSON.parse(await page.getAttribute('[data-case-id]', 'data-case-facts'));
    const engine = await page.evaluate((f) => globalThis.secretPro.evaluate(f).outcome, facts);
    assert.equal(shown, engine, id);
    assert.match(await page.textContent('[data-vignette-outcome]'), /La bonne réaction/);
    await page.click('text=Tous les cas');
    await page.waitForSelector('[data-training]');
  }
  // A case opens from its own address.
  await page.goto(`${url}#formation/${ids[3]}`);
  await page.waitForSelector(`[data-case-id="${ids[3]}"]`);
  assert.deepEqual([...new Set(requests.map((u) => u.split('#')[0]))], [url]);
  assert.equal(await page.evaluate(() => localStorage.length + sessionStorage.length), 0);
  await context.close();
});

test('without a clipboard (a page over plain http), Copier selects the template for Ctrl+C', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true });
  });
  await page.goto(env.server.url);
  await walk(page, policeByPhone);
  await page.click('[data-template="oral_reply"] [data-action="copy"]');
  await page.waitForFunction(() => document.querySelector('.sp-status')?.textContent.includes('sélectionné'));
  const selected = await page.evaluate(() => window.getSelection().toString());
  assert.equal(selected, await page.textContent('[data-template="oral_reply"] pre'));
  await context.close();
});
