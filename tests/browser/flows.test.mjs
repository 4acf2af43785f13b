// Back, change-an-answer and restart, as a user does them, and one whole
// path by keyboard alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openGuide, answer, currentQuestion, walk, useServerAndBrowser, policeByPhone } from './support.mjs';


const env = useServerAndBrowser();

const checked = (page, fact) => page.$eval(
  `[data-question="${fact}"]`,
  (form, f) => form.querySelector(`input[name="${f}"]:checked`)?.value ?? null,
  fact,
);

const goBack = async (page) => {
  const before = await currentQuestion(page);
  await page.click('[data-action="back"]');
  await page.waitForFunction((b) => document.querySelector('[data-question]')?.getAttribute('data-question') !== b, before);
};

test('Back shows each earlier answer still selected, and Continue goes forward again', async () => {
  const { page } = await openGuide(env.browser, env.server.url);
  assert.equal((await walk(page, policeByPhone)).outcome, 'no_answer_oral');
  await goBack(page);
  assert.equal(await currentQuestion(page), 'form');
  assert.equal(await checked(page, 'form'), 'oral');
  await goBack(page);
  assert.equal(await currentQuestion(page), 'danger');
  assert.equal(await checked(page, 'danger'), 'false');
  // The radio-reuse pitfall: the restored answer must survive Back then Next.
  await page.click('[data-action="next"]');
  await page.waitForSelector('[data-question="form"]');
  assert.equal(await checked(page, 'form'), 'oral');
  await page.click('[data-action="next"]');
  await page.waitForSelector('[data-outcome="no_answer_oral"]');
});

test('Continue without an answer: an error summary takes focus and links to the answers, the question says its own error', async () => {
  const { page } = await openGuide(env.browser, env.server.url);
  await walk(page, { situation: 'request', covered: true, origin: 'external' });
  await page.click('[data-action="next"]');
  await page.waitForFunction(() => document.activeElement?.classList.contains('sp-error-summary'));
  const summary = await page.textContent('.sp-error-summary');
  assert.match(summary, /Il y a un problème/);
  assert.match(summary, /Choisissez qui fait la demande/);
  assert.match(await page.textContent('[data-question="requester"] .sp-error'), /Choisissez qui fait la demande/);
  assert.equal(await currentQuestion(page), 'requester');
  await page.click('.sp-error-summary a');
  // The first answer on screen: the requester's answers are drawn by group.
  const firstShown = await page.getAttribute('[data-question="requester"] input[type="radio"]', 'id');
  assert.equal(await page.evaluate(() => document.activeElement?.id), firstShown);
  assert.equal(firstShown, 'sp-requester-court');
  assert.equal(new URL(page.url()).hash, '', 'the link moves focus, not the address');
  await page.check('input[name="requester"][value="police"]');
  assert.equal(await page.isVisible('.sp-error-summary'), false, 'an answer clears the error');
  assert.equal(await page.isVisible('[data-question="requester"] .sp-error'), false, 'and the question\'s own message');
});

test('changing an answer drops those that no longer apply and never shows a stale outcome', async () => {
  const { page } = await openGuide(env.browser, env.server.url);
  await walk(page, policeByPhone);
  await page.click('[data-action="review"]');
  await page.waitForSelector('[data-review]');
  await page.click('[data-action="change"][data-fact="requester"]');
  await page.waitForSelector('[data-question="requester"]');
  assert.equal(await checked(page, 'requester'), 'police');
  await page.check('input[name="requester"][value="court"]');
  await page.click('[data-action="next"]');
  await page.waitForSelector('[data-question="testimony_required"]');
  assert.equal(await page.$('[data-outcome]'), null);
  assert.equal(await page.$('.sp-answers'), null, 'the answers are listed on the review page only');
  await page.click('[data-action="review"]');
  await page.waitForSelector('[data-review]');
  const listed = await page.$$eval('[data-review] dt', (dts) => dts.map((d) => d.textContent));
  assert.equal(listed.length, 4, `answers kept: ${listed}`);
  await page.click('[data-action="resume"]');
  await page.waitForSelector('[data-question="testimony_required"]');
  await answer(page, 'testimony_required', true);
  await page.waitForSelector('[data-outcome="testimony_allowed"]');
});

test('changing the origin offers only requesters of that side', async () => {
  const { page } = await openGuide(env.browser, env.server.url);
  await walk(page, policeByPhone);
  await page.click('[data-action="review"]');
  await page.waitForSelector('[data-review]');
  await page.click('[data-action="change"][data-fact="origin"]');
  await page.waitForSelector('[data-question="origin"]');
  await page.check('input[name="origin"][value="internal"]');
  await page.click('[data-action="next"]');
  await page.waitForSelector('[data-question="requester"]');
  const offered = await page.$$eval('input[name="requester"]', (inputs) => inputs.map((i) => i.value));
  assert.deepEqual(offered, ['internal_procedure', 'colleague', 'councillor']);
  assert.equal(await checked(page, 'requester'), null);
});

test('Nouvelle demande is offered mid-way too, and forgets the answers', async () => {
  const { page } = await openGuide(env.browser, env.server.url);
  await walk(page, { situation: 'request', covered: true, origin: 'external' });
  assert.equal(await currentQuestion(page), 'requester');
  await page.click('[data-action="restart"]');
  await page.waitForSelector('[data-question="situation"]');
  assert.equal(await page.$('[data-action="review"]'), null, 'no answer to review');
});

test('Nouvelle demande starts over with nothing remembered', async () => {
  const { page } = await openGuide(env.browser, env.server.url);
  await walk(page, policeByPhone);
  await page.click('[data-action="restart"]');
  await page.waitForSelector('[data-question="situation"]');
  assert.equal(await checked(page, 'situation'), null);
  assert.equal(await page.$('[data-action="back"]'), null);
  assert.equal(await page.$('[data-action="review"]'), null, 'no answer to review');
});

test('a whole path by keyboard alone, focus on each new heading', async () => {
  const { page } = await openGuide(env.browser, env.server.url);
  const path = [
    ['situation', 'request'], ['covered', 'true'], ['origin', 'external'], ['requester', 'landlord'],
    ['danger', 'false'], ['form', 'written'], ['role', 'recipient'],
  ];
  for (const [fact, value] of path) {
    assert.equal(await currentQuestion(page), fact);
    const values = await page.$$eval(`input[name="${fact}"]`, (inputs) => inputs.map((i) => i.value));
    const index = values.indexOf(value);
    assert.ok(index >= 0, `${value} offered for ${fact}`);
    // From the heading, Tab reaches the radio group at once, or just after
    // « Comment choisir ? »; from the top of the page, after the header's
    // three links.
    let focused = null;
    for (let tabs = 0; tabs < 5 && focused !== fact; tabs += 1) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.getAttribute('name'));
      const onHowToChoose = await page.evaluate(() => document.activeElement?.tagName === 'SUMMARY');
      if (fact !== 'situation' && !onHowToChoose) break;
    }
    assert.equal(focused, fact, `Tab reaches the answers of ${fact}`);
    if (index === 0) await page.keyboard.press('Space');
    for (let i = 0; i < index; i += 1) await page.keyboard.press('ArrowDown');
    assert.equal(await checked(page, fact), value);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.action), 'next');
    await page.keyboard.press('Enter');
    await page.waitForFunction((f) => document.querySelector('[data-question]')?.getAttribute('data-question') !== f, fact);
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  }
  await page.waitForSelector('[data-outcome="forward_to_president"]');
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1');
  // The page is named after the screen, for screen-reader users and tabs.
  assert.match(await page.title(), /^Ne répondez pas vous-même.* – Secret professionnel dans les CPAS/);
  assert.match(await page.evaluate(() => document.activeElement.textContent), /Président/);
});
