// The three engines staff use, behind one small interface, so the same walk
// runs in each: Chromium (Debian's, through playwright-core), Firefox ESR
// (Debian's, through puppeteer-core over WebDriver BiDi) and WebKitGTK
// (Debian's MiniBrowser, through selenium-webdriver to WebKitWebDriver,
// under xvfb-run: MiniBrowser has no headless mode). No browser is
// downloaded. Paths may be overridden: CHROMIUM_PATH, FIREFOX_PATH,
// WEBKIT_DRIVER_PATH, MINIBROWSER_PATH; ENGINES=chromium,firefox limits
// which run.
//
// Functions handed to `evaluate` and `element` run in the page: they must be
// self-contained (no closure over test code) and are passed as functions,
// never strings (a page's CSP may forbid eval).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { after, before } from 'node:test';
import { launch as launchChromium, serve } from './support.mjs';

const paths = {
  firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
  webkitDriver: process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver',
  miniBrowser: process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
};

/** Lets the guide's pending tasks run: it adds a screen's history entry a
 * task after showing the screen, and timers of equal delay run in order.
 * Back waits for it, as a person's click, milliseconds later, always does. */
const settled = () => new Promise((ok) => setTimeout(ok, 0));

/** Back and Forward for a Playwright or Puppeteer page. In a frame, Back
 * moves the frame, not the page the driver waits on: the host's
 * history.back() is what the toolbar button does. */
const frameHistory = (page, frame) => ({
  async back() {
    await frame().evaluate(settled);
    return frame() === page.mainFrame() ? page.goBack() : page.mainFrame().evaluate(() => history.back());
  },
  async forward() {
    await frame().evaluate(settled);
    return frame() === page.mainFrame() ? page.goForward() : page.mainFrame().evaluate(() => history.forward());
  },
});

/** The engines to run, by name. */
export const engineNames = (process.env.ENGINES ?? 'chromium,firefox,webkit').split(',').map((s) => s.trim()).filter(Boolean);

/** Polls `fn(arg)` in the page until it returns a truthy value. */
async function waitIn(session, fn, arg, what, timeout = 15000) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await session.evaluate(fn, arg);
      if (last) return last;
    } catch (error) {
      last = error;
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what} (last: ${last})`);
    await new Promise((ok) => setTimeout(ok, 50));
  }
}

/** A session on a Playwright or Puppeteer page (their APIs agree on what
 * is used here but for clicking an element handle: `click(handle)`). */
function pageSession(context, page, click) {
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  let frame = page.mainFrame();
  return {
    requests,
    goto: (url) => page.goto(url),
    evaluate: (fn, arg) => frame.evaluate(fn, arg),
    async click(fn, arg) {
      await click(await frame.evaluateHandle(fn, arg));
    },
    async enterFrame(css) {
      frame = await (await page.$(css)).contentFrame();
    },
    leaveFrame() { frame = page.mainFrame(); },
    ...frameHistory(page, () => frame),
    reload: () => page.reload(),
    close: () => context.close(),
  };
}

/** Chromium through playwright-core. */
async function chromium() {
  const browser = await launchChromium();
  return {
    name: 'chromium',
    version: browser.version(),
    async session() {
      const context = await browser.newContext();
      return pageSession(context, await context.newPage(), (handle) => handle.asElement().click());
    },
    close: () => browser.close(),
  };
}

/** Firefox ESR through puppeteer-core over WebDriver BiDi. */
async function firefox() {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: paths.firefox,
    headless: true,
    // Keep Firefox off the network: no updates, telemetry or captive portal checks.
    extraPrefsFirefox: {
      'app.update.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
    },
  });
  return {
    name: 'firefox',
    version: await browser.version(),
    async session() {
      const context = await browser.createBrowserContext();
      return pageSession(context, await context.newPage(), (handle) => handle.click());
    },
    close: () => browser.close(),
  };
}

function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
    server.on('error', fail);
  });
}

/** WebKitGTK's MiniBrowser through selenium-webdriver and WebKitWebDriver, under xvfb-run. */
async function webkit() {
  const { Builder } = await import('selenium-webdriver');
  const port = await freePort();
  // Its own process group, so closing ends Xvfb and the browser too.
  const driverProcess = spawn('xvfb-run', ['-a', paths.webkitDriver, `--port=${port}`], { detached: true, stdio: 'ignore' });
  const server = `http://127.0.0.1:${port}`;
  const end = Date.now() + 20000;
  for (;;) {
    try {
      const response = await fetch(`${server}/status`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > end) throw new Error('WebKitWebDriver did not start');
    await new Promise((ok) => setTimeout(ok, 100));
  }
  const capabilities = {
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': { binary: paths.miniBrowser, args: ['--automation'] },
  };
  const sessions = [];
  const stop = () => {
    try {
      process.kill(-driverProcess.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  let version = '';
  return {
    name: 'webkit',
    get version() { return version; },
    async session() {
      // One browser per session: WebDriver classic has no separate contexts.
      const driver = await new Builder().usingServer(server).withCapabilities(capabilities).build();
      sessions.push(driver);
      version = (await driver.getCapabilities()).get('browserVersion');
      const run = (fn, arg) => driver.executeScript(fn, arg);
      let frame = null;
      // Runs `fn` in the top page, then comes back to the frame. In a frame,
      // the WebDriver Back command waits for a load of the top page that
      // never comes: the host's history.back() is what the toolbar does.
      const inHost = async (fn) => {
        await driver.switchTo().defaultContent();
        await run(fn);
        await driver.switchTo().frame(await run((c) => document.querySelector(c), frame));
      };
      return {
        // Classic WebDriver sees no network: the page's own Resource Timing is read instead.
        requests: null,
        goto: (url) => driver.get(url),
        evaluate: run,
        async click(fn, arg) {
          const element = await run(fn, arg);
          if (frame) {
            // WebKitWebDriver scrolls an element into view inside its frame but
            // not the page around it: a frame taller than the window (sized to
            // the guide by the host) needs the host scrolled first.
            const top = await run((el) => el.getBoundingClientRect().top, element);
            await driver.switchTo().defaultContent();
            await run(([css, y]) => {
              const box = document.querySelector(css).getBoundingClientRect();
              window.scrollTo(0, window.scrollY + box.top + y - innerHeight / 3);
            }, [frame, top]);
            await driver.switchTo().frame(await run((c) => document.querySelector(c), frame));
          }
          await element.click();
        },
        async enterFrame(css) {
          frame = css;
          await driver.switchTo().frame(await run((c) => document.querySelector(c), css));
        },
        async leaveFrame() {
          frame = null;
          await driver.switchTo().defaultContent();
        },
        async back() {
          await run(settled);
          return frame ? inHost(() => history.back()) : driver.navigate().back();
        },
        async forward() {
          await run(settled);
          return frame ? inHost(() => history.forward()) : driver.navigate().forward();
        },
        reload: () => driver.navigate().refresh(),
        async close() {
          await driver.quit();
          sessions.splice(sessions.indexOf(driver), 1);
        },
      };
    },
    async close() {
      await Promise.allSettled(sessions.map((d) => d.quit()));
      stop();
    },
  };
}

const starters = { chromium, firefox, webkit };

/** Starts the engine of that name. */
function startEngine(name) {
  const start = starters[name];
  if (!start) throw new Error(`unknown engine ${name} (ENGINES=${engineNames.join(',')})`);
  return start();
}

/** For the tests of one engine (call it inside their describe): a loopback
 * server for `mounts` (as `serve` takes them), the engine and a session,
 * set on the object returned once before() has run. `fresh()` swaps the
 * session for a new one, for a test that needs nothing left from another. */
export function useEngine(name, mounts) {
  const shared = {
    async fresh() {
      await shared.session?.close().catch(() => {});
      shared.session = await shared.engine.session();
      return shared.session;
    },
  };
  before(async () => {
    shared.server = await serve(mounts);
    shared.engine = await startEngine(name);
    shared.session = await shared.engine.session();
  });
  after(async () => {
    await shared.session?.close().catch(() => {});
    await shared.engine?.close();
    await shared.server?.close();
    console.log(`# ${name} ${shared.engine?.version}`);
  });
  return shared;
}

// What a page shows, read by functions that run in it. `scope` is the CSS
// selector of a <secret-pro-guide> (its shadow root), or null for the page.

/** In the page: the screen shown, as `{ question }`, `{ outcome }` or null. */
export const screenIn = (scope) => {
  const root = scope ? document.querySelector(scope)?.shadowRoot : document;
  const question = root?.querySelector('[data-question]');
  if (question) return { question: question.getAttribute('data-question') };
  const outcome = root?.querySelector('[data-outcome]');
  return outcome ? { outcome: outcome.getAttribute('data-outcome') } : null;
};

/** In the page: the failure message, were it ever shown (the watchdog marks
 * its cause only when it shows it), or null, as on a healthy start: its
 * cause and text, whether it is shown now, whether the summary is and the
 * dead first question is not, and whether it has focus. */
export const failureIn = (scope) => {
  const root = scope ? document.querySelector(scope)?.shadowRoot : document;
  const box = root?.querySelector('[data-failure]');
  if (!box) return null;
  const shown = (el) => !!el && el.getClientRects().length > 0;
  return {
    cause: box.getAttribute('data-failure'),
    text: box.innerText.replace(/\s+/g, ' '),
    shown: shown(box),
    summary: shown(root.querySelector('[data-principles]')),
    firstScreen: shown(root.querySelector('.sp-prerender')),
    focused: (root.activeElement ?? null) === box,
  };
};

/** Answers every question the guide asks from `facts` by clicking, until an outcome. */
export async function walkBy(session, scope, facts) {
  for (let i = 0; i < 40; i += 1) {
    const shown = await waitIn(session, screenIn, scope, 'a question or an outcome');
    if (shown.outcome) return shown;
    const fact = shown.question;
    if (!(fact in facts)) return { stoppedAt: fact };
    // WebDriver clicks at coordinates; in a frame the host resizes, a click
    // may land while the layout moves, so each click is checked and retried.
    const radio = ([s, f, v]) => {
      const root = s ? document.querySelector(s).shadowRoot : document;
      return root.querySelector(`[data-question="${f}"] input[name="${f}"][value="${v}"]`);
    };
    const isChecked = ([s, f, v]) => {
      const root = s ? document.querySelector(s).shadowRoot : document;
      return !!root.querySelector(`[data-question="${f}"] input[name="${f}"][value="${v}"]:checked`);
    };
    const moved = ([s, f]) => {
      const root = s ? document.querySelector(s)?.shadowRoot : document;
      return root?.querySelector('[data-question]')?.getAttribute('data-question') !== f;
    };
    const args = [scope, fact, String(facts[fact])];
    for (let attempt = 0; attempt < 3 && !(await session.evaluate(isChecked, args)); attempt += 1) {
      if (attempt > 0) console.log(`# answer to ${fact} clicked again (the first click did not land)`);
      await session.click(radio, args);
    }
    for (let attempt = 0; ; attempt += 1) {
      await session.click((s) => (s ? document.querySelector(s).shadowRoot : document).querySelector('[data-action="next"]'), scope);
      try {
        await waitIn(session, moved, args, `the question after ${fact}`, attempt < 2 ? 3000 : 15000);
        break;
      } catch (error) {
        // Moved just after the wait gave up: go on.
        if (await session.evaluate(moved, args)) break;
        if (attempt >= 2) throw error;
        console.log(`# Continuer clicked again on ${fact} (the first click did not land)`);
      }
    }
  }
  return {};
}

/** Waits until `fn(arg)` is truthy in the page. */
export const waitFor = waitIn;

/** Clicks the element `element(arg)` returns until `done(arg)` holds (a
 * WebDriver click may land while a resized frame moves the layout). */
export async function clickUntil(session, element, done, arg, what) {
  for (let attempt = 0; ; attempt += 1) {
    await session.click(element, arg);
    try {
      return await waitIn(session, done, arg, what, attempt < 2 ? 3000 : 15000);
    } catch (error) {
      if (attempt >= 2) throw error;
      console.log(`# clicked again for ${what} (the first click did not land)`);
    }
  }
}

/** In the page: the value checked for the question shown. */
export const checkedIn = (scope) => {
  const root = scope ? document.querySelector(scope).shadowRoot : document;
  return root.querySelector('[data-question] input:checked')?.value ?? null;
};

/** In the page: `secretPro.evaluate` on each fact set, or the error it throws. */
export const evaluateAllIn = (inputs) => inputs.map((text) => {
  try {
    return { ok: globalThis.secretPro.evaluate(JSON.parse(text)) };
  } catch (e) {
    return { error: e instanceof Error ? e.message : `not an Error: ${e}` };
  }
});

/** In the page: whatever it stored (the top page; a sandboxed frame cannot store). */
export const storedIn = () => ({
  localStorage: localStorage.length,
  sessionStorage: sessionStorage.length,
  cookie: document.cookie,
});

/** In the page: the addresses it loaded, from Resource Timing (the page's own and its resources). */
export const loadedIn = () => [location.href.split('#')[0], ...performance.getEntriesByType('resource').map((e) => e.name)];
