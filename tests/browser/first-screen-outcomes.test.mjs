// At the counter (issue 18): on every outcome, one path each, read from the
// scenario files at test time, the decision, the first thing to do and,
// where the request came orally, the words to say lie in the first screen
// of an office PC (1366×768) and of a phone (390×844); collapsed, an
// outcome is at most about 2.2 screens. Then what gets a worker there
// fast: the requester question with Continuer in view, the councillor's
// own path, the rule that decided, training feedback, the accessibility
// statement; and screenshots of the seven tasks of the issue.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { root, openGuide, walk, firstCaseOfEachOutcome, useServerAndBrowser, policeByPhone } from './support.mjs';

const shots = join(root, 'test-results/screenshots');
mkdirSync(shots, { recursive: true });

const OFFICE = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };
// "About two screens": a margin, not a pixel count, since fonts differ
// from one machine to another.
const MAX_SCREENS = 2.2;

const env = useServerAndBrowser();

/** Whether the engine read `form` = `oral` on the way to the outcome. */
const readOral = (page, facts) => page.evaluate((f) => globalThis.secretPro.evaluate(f).trace.some((step) => {
  const read = Array.isArray(step.facts) ? Object.fromEntries(step.facts) : step.facts;
  return read?.form === 'oral';
}), facts);

/** Where an element ends, from the top of the page, in CSS pixels. */
const bottomOf = (page, selector) => page.$eval(selector, (el) => el.getBoundingClientRect().bottom + window.scrollY);

/** Where what an outcome shows first is found; a fault names the one missing. */
const FIRST = {
  decision: '[data-outcome] h1',
  firstAction: '[data-list="actions"] li',
  spoken: '[data-spoken] pre',
};

/** What an outcome shows first, and how tall it is (null: not there). */
async function measure(page) {
  await page.evaluate(() => window.scrollTo(0, 0));
  return page.evaluate((first) => {
    const bottom = (el) => (el ? el.getBoundingClientRect().bottom + window.scrollY : null);
    const top = (el) => (el ? el.getBoundingClientRect().top + window.scrollY : null);
    const spoken = document.querySelector(first.spoken);
    const firstAction = document.querySelector(first.firstAction);
    return {
      decision: bottom(document.querySelector(first.decision)),
      firstAction: bottom(firstAction),
      spoken: bottom(spoken),
      key: top(spoken ?? firstAction),
      // Down to the end of the outcome: the site's own footer is not the guide's.
      height: bottom(document.querySelector('[data-outcome]')),
    };
  }, FIRST);
}

async function outcomesAt(viewport, checkHeight) {
  const { page, context } = await openGuide(env.browser, env.server.url, { viewport });
  const faults = [];
  const report = [];
  for (const [outcome, facts] of firstCaseOfEachOutcome()) {
    await page.reload();
    await page.waitForSelector('[data-question="situation"]');
    assert.equal((await walk(page, facts)).outcome, outcome);
    const oral = await readOral(page, facts);
    const m = await measure(page);
    const screen = viewport.height;
    // measure() gives null for an element that is not there, and null <= n
    // holds in JavaScript: a missing element must fail, not pass.
    const inFirstScreen = (key, what) => {
      if (typeof m[key] !== 'number') faults.push(`${outcome}: ${what} not found (${FIRST[key]})`);
      else if (m[key] > screen) faults.push(`${outcome}: ${what} below the first screen, down to ${m[key]}px`);
    };
    inFirstScreen('decision', 'the decision');
    inFirstScreen('firstAction', 'the first thing to do');
    if (oral) inFirstScreen('spoken', 'the words to say');
    if (!oral && m.spoken !== null) faults.push(`${outcome}: words to say on a request that was not oral`);
    if (checkHeight && m.height > MAX_SCREENS * screen) {
      faults.push(`${outcome}: ${(m.height / screen).toFixed(2)} screens collapsed`);
    }
    report.push(`${outcome} ${(m.height / screen).toFixed(2)} screens, key sentence at ${Math.round(m.key)}px`);
  }
  await context.close();
  console.log(`# ${viewport.width}×${viewport.height}\n# ${report.join('\n# ')}`);
  assert.deepEqual(faults, [], faults.join('\n'));
}

test('at 1366×768, every outcome shows the decision, what to do and the words to say in the first screen, and fits in about two screens', async () => {
  await outcomesAt(OFFICE, true);
});

test('on a phone (390×844), every outcome shows the decision, what to do and the words to say in the first screen', async () => {
  await outcomesAt(PHONE, false);
});

test('the requester question: Continuer in the first screen, answers under short headings, the internal version without courts and police', async () => {
  const { page, context } = await openGuide(env.browser, env.server.url, { viewport: OFFICE });
  await walk(page, { situation: 'request', covered: true, origin: 'external' });
  assert.ok(await bottomOf(page, '[data-action="next"]') <= OFFICE.height, 'Continuer without scrolling');
  const groups = await page.$$eval('[data-question="requester"] fieldset.sp-group legend', (ls) => ls.map((l) => l.textContent));
  assert.deepEqual(groups, ['Justice et police', 'Autorités et inspections', 'Personnes et organismes']);
  assert.ok(await page.$('input[name="requester"][value="police"]'));
  // The longer explanation is there, collapsed.
  assert.equal(await page.$eval('[data-question="requester"] details.sp-more', (d) => d.open), false);
  await page.click('[data-action="back"]');
  await page.check('input[name="origin"][value="internal"]');
  await page.click('[data-action="next"]');
  await page.waitForSelector('[data-question="requester"]');
  const words = await page.textContent('[data-question="requester"]');
  assert.doesNotMatch(words, /tribunal|police|parquet/);
  assert.equal(await page.$('fieldset.sp-group'), null, 'three internal answers need no headings');
  await context.close();
});

test('« Je ne sais pas » says what it counts as beside itself', async () => {
  const { page } = await openGuide(env.browser, env.server.url);
  await walk(page, { situation: 'request' });
  const note = await page.$eval('input[name="covered"][value="unsure"]', (input) => document.getElementById(input.getAttribute('aria-describedby'))?.textContent);
  assert.match(note ?? '', /compte comme «\u00a0Oui\u00a0»/);
});

test('a councillor who wants a copy goes from « Je suis conseiller… » to the councillor request questions, the answers known kept', async () => {
  const { page } = await openGuide(env.browser, env.server.url);
  await walk(page, { situation: 'councillor_disclosure', covered: true });
  await page.waitForSelector('[data-question="disclose_to"]');
  await page.click('[data-action="councillor-request"]');
  await page.waitForSelector('[data-question="councillor_request"]');
  assert.equal((await walk(page, { councillor_request: 'copy', document: 'individual_aid' })).outcome, 'councillor_copy_refused');
  await page.click('[data-action="review"]');
  await page.waitForSelector('[data-review]');
  const review = await page.textContent('[data-review]');
  assert.match(review, /Information couverte par le secret\s*Oui/);
  assert.match(review, /Un conseiller ou une conseillère/);
});

test('each outcome names the rule that decided; its link opens the rule book on that rule; the rule book has a table of contents', async () => {
  const { page } = await openGuide(env.browser, env.server.url);
  await walk(page, policeByPhone);
  const rule = await page.getAttribute('[data-deciding-rule]', 'data-deciding-rule');
  const fired = await page.evaluate((f) => globalThis.secretPro.evaluate(f).trace.filter((s) => s.fired).map((s) => s.rule), policeByPhone);
  assert.equal(rule, fired.at(-1));
  await page.click('[data-deciding-rule] a');
  await page.waitForSelector('[data-rulebook]');
  await page.waitForFunction((id) => document.activeElement?.closest('[data-rule]')?.getAttribute('data-rule') === id, rule);
  assert.equal(new URL(page.url()).hash, `#regles/${rule}`);
  const contents = await page.$$eval('.sp-toc a', (as) => as.map((a) => a.textContent));
  assert.ok(contents.includes('Les règles'), contents.join(' | '));
  await page.click('.sp-toc a >> text=Les cas travaillés');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Les cas travaillés');
  // And from the header, on any screen.
  await page.goto(env.server.url);
  await page.waitForSelector('[data-question="situation"]');
  await page.click('header [href="#regles"]');
  await page.waitForSelector('[data-rulebook]');
});

test('printing opens what is collapsed, and closes it after', async () => {
  const { page } = await openGuide(env.browser, env.server.url);
  await walk(page, policeByPhone);
  const closed = () => page.$$eval('[data-outcome] details:not([open])', (d) => d.length);
  assert.ok(await closed() >= 3);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  assert.equal(await closed(), 0);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  assert.ok(await closed() >= 3);
});

test('training: Vérifier needs a reaction, right and wrong look different, focus goes to the feedback, the deciding rule is linked', async () => {
  const { page } = await openGuide(env.browser, env.server.url);
  await page.goto(`${env.server.url}#formation`);
  await page.click('[data-case-link]');
  await page.waitForSelector('[data-case-id]');
  await page.click('[data-action="check"]');
  await page.waitForFunction(() => document.activeElement?.classList.contains('sp-error-summary'));
  assert.equal(await page.$('[data-vignette-outcome]'), null, 'no answer revealed');
  await page.click('.sp-error-summary a');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('name')), 'reaction');
  const right = await page.$$eval('input[name="reaction"]', (inputs) => inputs.length);
  const looks = {};
  for (let i = 0; i < right; i += 1) {
    await page.check(`input[name="reaction"][value="${i}"]`);
    await page.click('[data-action="check"]');
    await page.waitForFunction(() => document.activeElement?.matches('[data-vignette-outcome]'));
    const verdict = await page.getAttribute('[data-vignette-outcome]', 'data-verdict');
    looks[verdict] = await page.$eval('[data-vignette-outcome]', (f) => ({
      border: getComputedStyle(f).borderLeftStyle + getComputedStyle(f).borderLeftColor,
      mark: f.querySelector('.sp-verdict span').textContent,
    }));
  }
  assert.ok(looks.right && looks.wrong, JSON.stringify(looks));
  assert.notEqual(looks.right.border, looks.wrong.border);
  assert.notEqual(looks.right.mark, looks.wrong.mark);
  assert.match(await page.getAttribute('[data-vignette-outcome] [data-deciding-rule] a', 'href'), /^#regles\/[RS]\w+$/);
});

test('the accessibility statement opens from the guide, names the standard, the checks, the limits and a contact', async () => {
  const { page } = await openGuide(env.browser, env.server.url);
  await page.click('[data-action="accessibility"]');
  await page.waitForSelector('[data-accessibility]');
  assert.equal(new URL(page.url()).hash, '#accessibilite');
  const text = await page.textContent('[data-accessibility]');
  for (const needed of [/WCAG 2\.1/, /EN 301 549/, /axe-core/, /clavier/, /200/, /Firefox ESR/, /WebKitGTK/, /Limites connues/, /Contact|contact/]) {
    assert.match(text, needed);
  }
});

/** The seven tasks of the issue, each walked to its answer. */
const TASKS = [
  ['1-police-phone', policeByPhone],
  ['2-landlord-email', { situation: 'request', covered: true, origin: 'external', requester: 'landlord', danger: false, form: 'written', role: 'recipient' }],
  ['3-dg-46bis', {
    situation: 'request', covered: true, origin: 'external', requester: 'magistrate', danger: false, form: 'written', role: 'examiner',
    identifies_person: true, consent: false, cites_legal_basis: true, legal_basis_applies: 'unsure',
  }],
  ['4-child-worry', {
    situation: 'own_initiative', covered: true, danger: 'unsure', initiative_concern: 'child_at_risk', initiative_recipient: 'external',
    legal_obligation: 'unsure', consent: false,
  }],
  ['5-councillor-copy', { situation: 'councillor_disclosure', covered: true }],
  ['6-trainer', null],
  ['7-own-file', { situation: 'request', covered: true, origin: 'external', requester: 'person_concerned', danger: false, form: 'oral' }],
];

test('screenshots of the seven tasks, first screen, at 1366×768 and on a phone', async () => {
  for (const [size, viewport] of [['office', OFFICE], ['phone', PHONE]]) {
    const { page, context } = await openGuide(env.browser, env.server.url, { viewport });
    for (const [name, facts] of TASKS) {
      await page.goto(env.server.url);
      await page.waitForSelector('[data-question="situation"]');
      if (name === '6-trainer') {
        await page.goto(`${env.server.url}#formation`);
        await page.click('[data-case-link]');
        await page.check('input[name="reaction"][value="0"]');
        await page.click('[data-action="check"]');
        await page.waitForSelector('[data-vignette-outcome]');
      } else {
        const result = await walk(page, facts);
        if (name === '5-councillor-copy') {
          await page.click('[data-action="councillor-request"]');
          await walk(page, { councillor_request: 'copy', document: 'individual_aid' });
        } else {
          assert.ok(result.outcome, `${name}: ${JSON.stringify(result)}`);
        }
        await page.waitForSelector('[data-outcome]');
        await page.evaluate(() => window.scrollTo(0, 0));
      }
      await page.screenshot({ path: join(shots, `task-${name}-${size}.png`) });
    }
    await context.close();
  }
});
