// A damaged copy says so. Copies of the built artefacts are damaged as
// e-mail, USB sticks and partial uploads damage them: one byte changed in
// the one file's module, the one file cut short, the site without its
// wasm, the embed cut short or altered. In each engine, the dead first
// question gives way, within seconds, to the summary and a message naming
// the cause; a guide that hangs says so a few seconds after a click on
// Continuer. A healthy guide at 4x slowed CPU never shows the message.
import { describe, test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, dist, serve, launch } from './support.mjs';
import { engineNames, useEngine, waitFor, clickUntil, failureIn } from './engines.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'secret-pro-damaged-'));
const oneFile = readFileSync(join(dist, 'secret-pro.html'));
const embed = readFileSync(join(dist, 'embed/secret-pro.js'));
const MODULE_OPEN = '<script type="module">';
const address = 'https://intranet.cpas-exemple.be/guide-secret/';

/** Writes `bytes` in the scratch folder; returns its file:// URL. */
function copy(name, bytes) {
  writeFileSync(join(scratch, name), bytes);
  return `file://${join(scratch, name)}`;
}

/** The middle of the one file's module, in `bytes`. */
function middleOfModule(bytes) {
  const start = bytes.indexOf(MODULE_OPEN) + MODULE_OPEN.length;
  const end = bytes.indexOf('</script>', start);
  assert.ok(start > MODULE_OPEN.length && end > start, 'the one file has its module');
  return Math.floor((start + end) / 2);
}

/** `bytes` with the byte at `at` replaced by another letter. */
function oneByteChanged(bytes, at) {
  const changed = Buffer.from(bytes);
  changed[at] = changed[at] === 0x41 ? 0x42 : 0x41;
  return changed;
}

/** The one file with its configuration block set to `json`. */
const configured = (json) => Buffer.from(oneFile.toString('utf8').replace(
  /(<script type="application\/json" id="secret-pro-config">)[\s\S]*?(<\/script>)/,
  (_, open, close) => `${open}${json}${close}`,
));

/** The one file with the script that opens with `open` changed by `edit`, its CSP hash updated. */
function rewritten(open, edit) {
  const html = oneFile.toString('utf8');
  const at = html.indexOf(open) + open.length;
  const body = html.slice(at, html.indexOf('</script>', at));
  const changed = edit(body);
  assert.notEqual(changed, body, `${open} changed`);
  const hash = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  return html.replace(body, () => changed).replace(hash(body), hash(changed));
}
// A guide that hangs: its module waits for ever.
const hanging = () => rewritten(MODULE_OPEN, (body) => body.replace(/await (\w+)\(\{ module_or_path: inflateWasm/, 'await new Promise(() => {}); await $1({ module_or_path: inflateWasm'));
// An old browser, without DecompressionStream.
const old = () => rewritten('<script>', (body) => {
  assert.match(body, /^function watchGuide\(/, 'the first script of the one file is the watchdog');
  return `delete globalThis.DecompressionStream;\n${body}`;
});

// The damaged copies, built once for every engine.
const withAddress = configured(`{"download": "${address}"}`);
const altered = copy('altered.html', oneByteChanged(withAddress, middleOfModule(withAddress)));
const cuts = [0.3, 0.6, 0.9].map((share) => {
  const length = Math.floor(oneFile.length * share);
  return { share, url: copy(`cut-${share * 100}.html`, oneFile.subarray(0, length)) };
});
const stuck = copy('hanging.html', hanging());
const oldBrowser = copy('old.html', old());
const refused = copy('no-wasm.html', Buffer.from(oneFile.toString('utf8').replace(" 'wasm-unsafe-eval'", '')));
// The site without its wasm: everything else of dist/, as a partial upload leaves it.
const partialSite = join(scratch, 'site');
cpSync(dist, partialSite, { recursive: true, filter: (path) => !path.endsWith('_bg.wasm') });
// Host pages for the embed, cut short and altered (one byte of its wasm).
const hostDir = join(scratch, 'host');
cpSync(join(root, 'tests/hosts'), hostDir, { recursive: true });
const base64Start = embed.indexOf('WASM_GZIP_BASE64 = "') + 'WASM_GZIP_BASE64 = "'.length;
writeFileSync(join(hostDir, 'cut.js'), embed.subarray(0, Math.floor(embed.length / 2)));
writeFileSync(join(hostDir, 'altered.js'), oneByteChanged(embed, base64Start + 5000));
const hostPage = (script) => `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Intranet</title>
<link rel="stylesheet" href="hostile.css"><script src="watch.js"></script></head><body>
<h1>Intranet du CPAS</h1>
<secret-pro-guide id="first" cpas="CPAS de Namur" download="${address}"><a href="../secret-pro.html">Ouvrir le guide « Secret professionnel »</a></secret-pro-guide>
<script src="${script}"></script>
</body></html>`;
writeFileSync(join(hostDir, 'cut.html'), hostPage('cut.js'));
writeFileSync(join(hostDir, 'altered.html'), hostPage('altered.js'));

after(() => rmSync(scratch, { recursive: true, force: true }));

/** What every failure message shows: the summary instead of the dead first question. */
function assertReplaced(shown, cause) {
  assert.equal(shown.cause, cause, shown.text);
  assert.ok(shown.shown, 'the message is shown');
  assert.match(shown.text, /Le guide interactif n’a pas pu démarrer\./);
  assert.ok(shown.summary, 'the summary is shown');
  assert.equal(shown.firstScreen, false, 'the dead first question is gone');
}

// Within seconds: the causes that can be known are shown at once; the
// delays of the watchdog (4 s after a click) only bound the wait.
const SOON = 8000;

for (const name of engineNames) {
  describe(name, () => {
    const env = useEngine(name, { '/site/': partialSite, '/hosts/': hostDir, '/': dist });

    test('the one file with one byte changed in its module: an altered copy, download it again from the configured address', async () => {
      await env.session.goto(altered);
      const shown = await waitFor(env.session, failureIn, null, 'the failure message', SOON);
      assertReplaced(shown, 'damaged');
      assert.match(shown.text, /incomplète ou a été modifiée/);
      assert.ok(shown.text.includes(`Téléchargez le guide à nouveau depuis ${address}`), shown.text);
      assert.match(shown.text, /SHA256SUMS/);
      console.log(`# ${name}: one byte changed: ${shown.cause}`);
    });

    for (const { share, url } of cuts) {
      test(`the one file cut at ${share * 100} %: an incomplete copy, download it again from the Fédération's page`, async () => {
        await env.session.goto(url);
        const shown = await waitFor(env.session, failureIn, null, 'the failure message', SOON);
        assertReplaced(shown, 'damaged');
        assert.match(shown.text, /incomplète ou a été modifiée/);
        assert.match(shown.text, /Fédération des CPAS/);
        console.log(`# ${name}: cut at ${share * 100} %: ${shown.cause}`);
      });
    }

    test('the site without its wasm: a file missing on the server', async () => {
      await env.session.goto(`${env.server.url}site/`);
      const shown = await waitFor(env.session, failureIn, null, 'the failure message', SOON);
      assertReplaced(shown, 'missing');
      assert.match(shown.text, /Un fichier du guide manque sur le serveur/);
      console.log(`# ${name}: site without its wasm: ${shown.cause}`);
    });

    test('the embed with one byte of its wasm changed: an altered copy, with what the page put inside the element', async () => {
      await env.session.goto(`${env.server.url}hosts/altered.html`);
      const shown = await waitFor(env.session, failureIn, '#first', 'the failure message', SOON);
      assertReplaced(shown, 'damaged');
      assert.ok(shown.text.includes(address), shown.text);
      const link = await env.session.evaluate(() => document.querySelector('#first a').getClientRects().length > 0);
      assert.ok(link, 'the link the page put inside the element');
      console.log(`# ${name}: embed altered: ${shown.cause}`);
    });

    test('the embed cut short: no browser runs any of it, so the element shows what the page put inside it', async () => {
      await env.session.goto(`${env.server.url}hosts/cut.html`);
      const seen = await env.session.evaluate(() => {
        const guide = document.querySelector('#first');
        return { shadow: !!guide.shadowRoot, text: guide.innerText.trim(), shown: guide.querySelector('a').getClientRects().length > 0, errors: window.__hostErrors.length };
      });
      assert.deepEqual(seen, { shadow: false, text: 'Ouvrir le guide « Secret professionnel »', shown: true, errors: 1 });
    });

    test('the one file under a CSP without wasm-unsafe-eval: a policy blocks WebAssembly', async () => {
      await env.session.goto(refused);
      const shown = await waitFor(env.session, failureIn, null, 'the failure message', SOON);
      assertReplaced(shown, 'policy');
      assert.match(shown.text, /La politique de sécurité de cette page bloque WebAssembly/);
      console.log(`# ${name}: WebAssembly refused: ${shown.cause}`);
    });

    test('the one file in a browser without DecompressionStream: too old', async () => {
      await env.session.goto(oldBrowser);
      const shown = await waitFor(env.session, failureIn, null, 'the failure message', SOON);
      assertReplaced(shown, 'old');
      assert.match(shown.text, /Ce navigateur est trop ancien/);
      console.log(`# ${name}: no DecompressionStream: ${shown.cause}`);
    });

    test('a guide that hangs: a click on Continuer unanswered gives way to the message, focus on it', async () => {
      await env.session.goto(stuck);
      await env.session.click(() => document.querySelector('.sp-prerender input[value="request"]'));
      await clickUntil(env.session, () => document.querySelector('.sp-prerender [data-action="next"]'), () => document.querySelector('.sp-prerender').hasAttribute('data-submitted'), null, 'the click kept');
      const shown = await waitFor(env.session, failureIn, null, 'the failure message after the click', SOON);
      assertReplaced(shown, 'stalled');
      assert.match(shown.text, /Le guide ne répond pas/);
      assert.ok(shown.focused, 'focus moves from the dead Continuer to the message');
    });
  });
}

// The watchdog's longest delay (10 s without progress) and its check interval, with a margin.
const FULL_DELAY = 12000;

test('a healthy guide at 4x slowed CPU never shows the message, even after a click made before it was ready (Chromium)', async () => {
  const browser = await launch();
  const server = await serve({ '/hosts/': join(root, 'tests/hosts'), '/': dist });
  try {
    const targets = [
      { what: 'the one file', url: `file://${join(dist, 'secret-pro.html')}`, scope: null },
      { what: 'the site', url: server.url, scope: null },
      { what: 'the embed', url: `${server.url}hosts/module.html`, scope: '#first' },
    ];
    await Promise.all(targets.map(async ({ what, url, scope }) => {
      const page = await (await browser.newContext()).newPage();
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.goto(url, { waitUntil: 'commit' });
      // As staff do: answer and Continuer as soon as the first question
      // shows, most often before the guide is ready (the guide keeps both).
      const first = (css) => (scope ? page.locator(scope).locator(css) : page.locator(css));
      await first('[data-question="situation"] input[value="request"]').check();
      await first('[data-question="situation"] [data-action="next"]').click();
      await first('[data-question="covered"]').waitFor();
      await page.waitForTimeout(FULL_DELAY);
      assert.equal(await page.evaluate(failureIn, scope), null, `${what}: the failure message was shown`);
      assert.ok(await first('[data-testid="secret-pro"]').isVisible(), `${what}: the guide`);
    }));
  } finally {
    await browser.close();
    await server.close();
  }
});
