// The rule book at #regles, offline in the one file: every rule of the
// rule table with its data-rule, its reason and its sources; reached from
// the reference section; and the legal review's wording on real screens.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dist, openGuide, walk, axe, useServerAndBrowser } from './support.mjs';

const env = useServerAndBrowser();

// The spec's ids, in reading order (docs/regles.md and the engine say the same).
const RULES = ['R50', 'R01', 'R10', 'R11', 'R2P', 'R20', 'R21', 'R22', 'R23', 'R3A', 'R30', 'R31', 'R3S', 'R32', 'R33',
  'R34', 'R35', 'R36', 'R37', 'R38', 'R39', 'R3U', 'R3Z', 'R40', 'R4S', 'R4C', 'R41', 'R42', 'R43', 'R4Z',
  'S1', 'S2', 'S3', 'S4', 'S5', 'S6'];

test('#regles shows every rule of the rule table, offline in the one file, reached from the reference', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) requests.push(r.url()); });
  await page.goto(`file://${join(dist, 'secret-pro.html')}`);
  await page.waitForSelector('[data-question="situation"]');
  await page.click('[data-action="reference"]');
  await page.click('[data-action="rulebook"]');
  await page.waitForSelector('[data-rulebook]');
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  const shown = await page.$$eval('[data-rulebook] [data-rule]', (els) => els.map((e) => e.dataset.rule));
  assert.deepEqual(shown, RULES);
  const r3a = await page.textContent('[data-rule="R3A"]');
  assert.match(r3a, /La personne elle-même/);
  assert.match(r3a, /RGPD/);
  assert.match(r3a, /pas encore validée/, 'the interpretation says who validated it');
  const registry = await page.textContent('[data-source="secrecy-offence"]');
  assert.match(registry, /ancien Code pénal/);
  assert.ok(await page.$$eval('[data-rulebook-table="cases"] tbody tr', (rows) => rows.length) > 100, 'the worked cases table');
  await page.click('[data-action="close-rulebook"]');
  await page.waitForSelector('[data-question="situation"]');
  await page.goBack();
  await page.waitForSelector('[data-rulebook]');
  assert.deepEqual(requests, []);
  await context.close();
});

test('#regles opens with the overview, has no axe violations, and its links move within the book and leave the address alone', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(`file://${join(dist, 'secret-pro.html')}#regles`);
  await page.waitForSelector('[data-rulebook] [data-rule]');
  assert.deepEqual(await axe(page), [], 'axe on the rule book');
  const chapters = await page.$$eval('[data-rulebook] h2', (hs) => hs.map((h) => h.textContent));
  assert.match(chapters[0], /Vue d.ensemble/);
  const overview = await page.$$eval('[data-rulebook-table="overview"] tbody tr td:last-child', (tds) => tds.map((t) => t.textContent));
  assert.deepEqual(overview, RULES, 'one row per rule, in reading order');
  await page.click('[data-rulebook-table="overview"] a[href="#regle-R33"]');
  await page.waitForFunction(() => document.activeElement?.id === 'regle-R33');
  assert.equal(new URL(page.url()).hash, '#regles');
  await page.click('[data-rule="R33"] a[href^="#source-"]');
  await page.waitForFunction(() => document.activeElement?.id?.startsWith('source-'));
  assert.equal(await page.$$eval('[data-rulebook] blockquote', (q) => q.length > 0), true, 'the passages, in the sources chapter');
  await context.close();
});

test('regles.pdf is built with the release: every rule, a plausible number of pages, its fonts embedded', () => {
  const pdf = join(dist, 'regles.pdf');
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  for (const id of RULES) assert.match(text, new RegExp(`\\b${id}\\b`), `${id} in the PDF`);
  const overviewAt = text.search(/Vue d.ensemble/);
  assert.ok(overviewAt >= 0 && overviewAt < text.indexOf('Les règles'), 'the overview first');
  const pages = Number(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }).match(/^Pages:\s+(\d+)/m)[1]);
  assert.ok(pages >= 20 && pages <= 250, `${pages} pages`);
  const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).trim().split('\n').slice(2);
  assert.ok(fonts.length > 0, 'the PDF names its fonts');
  for (const font of fonts) assert.match(font, /\byes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/, `embedded: ${font}`);
  const sums = readFileSync(join(dist, 'SHA256SUMS'), 'utf8');
  assert.match(sums, /^[0-9a-f]{64} {2}regles\.pdf$/m, 'listed in SHA256SUMS');
  assert.match(readFileSync(join(dist, 'integration.html'), 'utf8'), /href="regles\.pdf"/, 'the integration notice links it');
});

test('a refusal neither confirms nor denies, and says the same whatever the danger answer', async () => {
  const letter = async (danger) => {
    const { page, context } = await openGuide(env.browser, env.server.url);
    await walk(page, { situation: 'request', covered: true, origin: 'external', requester: 'landlord', danger, form: 'written',
      role: 'examiner', identifies_person: true, consent: false, cites_legal_basis: true, legal_basis_applies: false });
    const text = await page.textContent('[data-template="answer_refusal"] pre');
    const actions = await page.textContent('[data-list="actions"]');
    await context.close();
    return { text, actions };
  };
  const calm = await letter('false');
  const worried = await letter('unsure');
  assert.match(calm.text, /ni confirmer ni infirmer/);
  assert.doesNotMatch(calm.text, /informations demandées sont couvertes/);
  assert.equal(worried.text, calm.text, 'the letter does not change with what the CPAS knows');
  assert.match(worried.actions, /112/, 'a possible danger is never a bare keep the secret');
  assert.doesNotMatch(calm.actions, /112/);
});

test('a summoned witness is told to appear and may invoke the secret; the penalty is the old code', async () => {
  const { page, context } = await openGuide(env.browser, env.server.url);
  await walk(page, { situation: 'request', covered: true, origin: 'external', requester: 'court', testimony_required: true });
  await page.waitForSelector('[data-outcome="testimony_allowed"]');
  const screen = await page.textContent('[data-outcome]');
  assert.match(screen, /prêtez serment/);
  assert.match(screen, /invoquer le secret/);
  assert.match(screen, /ancien Code pénal/);
  assert.match(screen, /ou l'une de ces peines seulement/);
  assert.doesNotMatch(screen, /à jour au/);
  await context.close();
});
