// Trunk post-build step: turns trunk's output into the three ways the guide
// ships, in the staging folder trunk then moves to dist/:
//   index.html            the static site (trunk's hashed assets, integrity)
//   secret-pro.html       one self-contained file that works from file://
//   embed/secret-pro.js   one script rendering every <secret-pro-guide>
// plus integration.html (for intranet administrators) and SHA256SUMS.
// The embed is a classic script (one function expression, no import.meta, no
// top-level await), so it runs from any <script> tag: classic, defer, async
// or type="module".
// The wasm is inlined gzipped and base64-encoded, and inflated in the page
// with DecompressionStream: no fetch, not even of a data: URL.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('package.mjs runs as a trunk post_build hook (TRUNK_STAGING_DIR is not set)');
  process.exit(1);
}
// fileURLToPath, not .pathname: a folder with a space or an accent must work.
const source = fileURLToPath(new URL('..', import.meta.url));
const read = (p) => readFileSync(join(source, p), 'utf8');

const files = readdirSync(staging);
const only = (suffix) => {
  const found = files.filter((f) => f.endsWith(suffix));
  if (found.length !== 1) throw new Error(`expected one *${suffix} in ${staging}, found ${found.join(', ') || 'none'}`);
  return found[0];
};
const glueName = only('.js');
const wasmName = only('_bg.wasm');
const cssName = only('.css');
const glue = readFileSync(join(staging, glueName), 'utf8');
const wasm = readFileSync(join(staging, wasmName));
const css = readFileSync(join(staging, cssName), 'utf8');
const fallback = read('static/fallback.html').trim();
const config = read('static/config.json').trim();
// The watchdog: the page runs all of it; the embed, its function for each
// element. Its comment lines, for whoever reads static/watchdog.js, are left
// out of the pages (800 bytes gzip).
const watchdogSource = read('static/watchdog.js').trim();
const pageMarker = '\n// The site and the one file.';
if (!watchdogSource.includes(pageMarker)) throw new Error(`static/watchdog.js: no line "${pageMarker.trim()}"`);
const uncommented = (js) => js.split('\n').filter((line) => !line.trim().startsWith('//')).join('\n');
const watchdog = uncommented(watchdogSource);
const watchGuide = uncommented(watchdogSource.slice(0, watchdogSource.indexOf(pageMarker)));
const frame = read('static/frame.js').trim();
const opaqueOrigin = read('static/opaque-origin.js').trim();
// The first question, written at build time (tests/prerender.rs), and the
// script that keeps an answer or a click made before the guide is ready.
const firstScreenHtml = read('static/first-screen.html').trim();
const firstScreenScript = read('static/first-screen.js').trim();
const firstScreen = `${firstScreenHtml}<script>${firstScreenScript}</script>`;
// The embed calls the same function on each shadow root's copy.
const keepFirstScreen = firstScreenScript.replace(/\n[^\n]*document\.currentScript[^\n]*$/, '');
if (keepFirstScreen === firstScreenScript) throw new Error('static/first-screen.js: no final call on document.currentScript');
// The configuration keys, from the block the pages carry (a native test pins them to Rust's).
const configKeys = Object.keys(JSON.parse(config));
// Where JavaScript is off the first question cannot go on: the summary shows instead.
const noScriptStyle = '.sp-prerender{display:none!important}.sp-fallback{display:block!important}';

const fill = (html, name, value) => {
  const marker = `<!-- secret-pro:${name} -->`;
  if (!html.includes(marker)) throw new Error(`index.html lacks ${marker}`);
  return html.replace(marker, () => value);
};

// The glue is an ES module ending with `export { initSync, __wbg_init as default };`:
// drop that export and call the init function by its name.
const exportMatch = glue.match(/export\s*\{([^}]*)\};?\s*$/);
if (!exportMatch) throw new Error('unexpected wasm-bindgen glue: no final export list');
const initName = exportMatch[1].split(',').map((s) => s.trim()).find((s) => s.endsWith(' as default'))?.split(' ')[0];
if (!initName) throw new Error('unexpected wasm-bindgen glue: no default export');
const glueBody = glue.slice(0, exportMatch.index);
if (!/export function mountGuide\(/.test(glueBody)) throw new Error('the glue does not export mountGuide');
// The default wasm path (`new URL(..., import.meta.url)`) is never used: the
// wasm is always passed in. `import.meta` is a SyntaxError outside a module.
const moduleBody = glueBody
  .replace(/^export (function|class|const) /gm, '$1 ')
  .replaceAll('import.meta.url', 'document.baseURI');
for (const [what, pattern] of [['an import', /^\s*import[\s{*]/m], ['an export', /^\s*export\s/m], ['import.meta', /import\.meta/]]) {
  if (pattern.test(moduleBody)) throw new Error(`the glue still holds ${what}: the embed must run as a classic script`);
}

const wasmGzipBase64 = gzipSync(wasm, { level: 9 }).toString('base64');
const inflate = `
const WASM_GZIP_BASE64 = "${wasmGzipBase64}";
// A Response typed application/wasm lets the engine compile while it inflates.
// \`progress\` is called as bytes come out: the watchdog's sign of life.
function inflateWasm(progress) {
  if (typeof DecompressionStream !== 'function' || typeof WebAssembly !== 'object') {
    throw new Error('DecompressionStream or WebAssembly missing');
  }
  let bytes;
  if (typeof Uint8Array.fromBase64 === 'function') {
    bytes = Uint8Array.fromBase64(WASM_GZIP_BASE64);
  } else {
    const text = atob(WASM_GZIP_BASE64);
    bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i += 1) bytes[i] = text.charCodeAt(i);
  }
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip')).pipeThrough(counted(progress));
  return new Response(stream, { headers: { 'Content-Type': 'application/wasm' } });
}`;

// Passes bytes through, calling `progress` for each chunk.
const counted = `
function counted(progress) {
  return new TransformStream({ transform(chunk, out) { progress(); out.enqueue(chunk); } });
}`;
// What the site and the one file tell their watchdog (static/watchdog.js).
const tell = (name) => `document.dispatchEvent(new Event('${name}'))`;

const sri = (data, algo = 'sha384') => `${algo}-${createHash(algo).update(data).digest('base64')}`;
const cspHash = (text) => `'${sri(text, 'sha256')}'`;

// 1. The site: trunk's page with the summary, the configuration block and the watchdog.
let site = readFileSync(join(staging, 'index.html'), 'utf8');
// The styles inline: the first question is painted without waiting for a
// second request (a linked stylesheet blocks rendering until it arrives).
const cssLink = new RegExp(`<link rel="stylesheet" href="\\./${cssName.replace('.', '\\.')}"[^>]*>`);
if (!cssLink.test(site)) throw new Error(`index.html does not link ${cssName}`);
site = site.replace(cssLink, () => `<style>${css}</style>`);
site = fill(site, 'fallback', fallback);
site = fill(site, 'first-screen', firstScreen);
site = fill(site, 'no-script-style', noScriptStyle);
site = fill(site, 'config', config);
site = fill(site, 'watchdog', watchdog);
site = fill(site, 'frame', frame);
site = fill(site, 'opaque-origin', opaqueOrigin);
// Trunk's loader fetches the wasm by its path; it is given the same single
// request, whose failure (a file missing on the server) and progress the
// watchdog hears, and says first that it has started. It waits for the
// wasm with then(), not a top-level await: WebKit runs a module that both
// imports and awaits at top level only after DOMContentLoaded and load
// (WebKitGTK 2.50), and the watchdog takes a guide that has not started by
// DOMContentLoaded for one that never will.
const imports = `from './${glueName}';`;
const awaitInit = `const wasm = await init({ module_or_path: './${wasmName}' });`;
const loaderAt = site.indexOf(awaitInit);
const loaderEnd = site.indexOf('</script>', loaderAt);
if (!site.includes(imports) || loaderAt < 0) throw new Error(`index.html: trunk's loader does not import ./${glueName} and run ${awaitInit}`);
site = `${site.slice(0, loaderAt)}${counted}
${tell('secret-pro-progress')};
init({ module_or_path: fetch('./${wasmName}').then((response) => {
  if (!response.ok) ${tell('secret-pro-missing')};
  const body = response.body.pipeThrough(counted(() => ${tell('secret-pro-progress')}));
  return new Response(body, { status: response.status, headers: response.headers });
}) }).then((wasm) => {${site.slice(loaderAt + awaitInit.length, loaderEnd)}});
${site.slice(loaderEnd)}`;
writeFileSync(join(staging, 'index.html'), site);
// One title for every artefact: the site's, which a native test pins to the guide's.
const pageTitle = site.match(/<title>([^<]*)<\/title>/)?.[1];
if (!pageTitle) throw new Error('index.html has no <title>');

// 2. One file. Its CSP allows only its own inline script and style and
// WebAssembly: nothing can be loaded or sent from it.
const oneFileModule = `${tell('secret-pro-progress')};
${moduleBody}
${counted}
${inflate}
try {
  await ${initName}({ module_or_path: inflateWasm(() => ${tell('secret-pro-progress')}) });
} catch (error) {
  // The watchdog, inline in this file too, brings the summary back and says why.
  dispatchEvent(new ErrorEvent('error', { error, message: String(error) }));
  console.error(error);
}`;
const csp = [
  "default-src 'none'",
  `script-src ${cspHash(watchdog)} ${cspHash(frame)} ${cspHash(firstScreenScript)} ${cspHash(oneFileModule)} 'wasm-unsafe-eval'`,
  `style-src ${cspHash(css)} ${cspHash(noScriptStyle)}`,
  "img-src 'none'",
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
const oneFile = `<!DOCTYPE html>
<html lang="fr-BE">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>${pageTitle}</title>
<script>${watchdog}</script>
<style>${css}</style>
<noscript><style>${noScriptStyle}</style></noscript>
</head>
<body>
<div id="secret-pro" data-secret-pro-page="">${firstScreen}${fallback}</div>
<!-- Local configuration: fill in the texts between quotes; see integration.html. -->
<script type="application/json" id="secret-pro-config">${config}</script>
<script>${frame}</script>
<script type="module">${oneFileModule}</script>
</body>
</html>
`;
writeFileSync(join(staging, 'secret-pro.html'), oneFile);

// 3. The embed: a shadow root per <secret-pro-guide>, its styles adopted
// (not a <style> element, which a host's CSP may refuse).
const hostCss = ':host { all: initial; display: block; }';
const embed = `// secret-pro embed: renders the guide into every <secret-pro-guide> element,
// those on the page and those added later. Attributes: cpas, designated,
// contact, download, accessibility. A classic script: works from <script src>, with defer, async or
// type="module", once or several times on a page. Defines nothing global but
// the element and secretPro. The host's CSP must allow this script and
// 'wasm-unsafe-eval' in script-src. Until it runs (or if it cannot), each
// element shows what the page put inside it; if the guide cannot start,
// the summary and why, with what the page put inside it.
(function () {
'use strict';
if (typeof customElements !== 'object' || customElements.get('secret-pro-guide')) return;
${watchGuide}
// The watchdogs of the elements not ready yet.
const watchers = new Set();
document.addEventListener('securitypolicyviolation', (event) => {
  if (/eval/.test(event.blockedURI)) for (const watch of watchers) watch.note('policy');
});
${moduleBody}
${counted}
${inflate}
const GUIDE_CSS = ${JSON.stringify(hostCss + '\n' + css)};
const FALLBACK_HTML = ${JSON.stringify(fallback)};
const FIRST_SCREEN_HTML = ${JSON.stringify(firstScreenHtml)};
const CONFIG_KEYS = ${JSON.stringify(configKeys)};
${keepFirstScreen}
let started;
const start = () => (started ??= Promise.resolve().then(() => ${initName}({
  module_or_path: inflateWasm(() => { for (const watch of watchers) watch.progress(); }),
})));
let sheet;
function style(shadow) {
  try {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(GUIDE_CSS);
    }
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    // No constructable style sheets: a <style> element (the host's CSP may refuse it).
    const element = document.createElement('style');
    element.textContent = GUIDE_CSS;
    shadow.append(element);
  }
}
class SecretProGuide extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const shadow = this.attachShadow({ mode: 'open' });
    style(shadow);
    const target = document.createElement('div');
    target.innerHTML = FIRST_SCREEN_HTML + FALLBACK_HTML;
    // With the summary, what the page put inside the element (a link to the one file) shows too.
    target.querySelector('.sp-fallback').append(document.createElement('slot'));
    shadow.append(target);
    keepFirstScreen(target.querySelector('.sp-prerender'));
    const config = {};
    for (const key of CONFIG_KEYS) {
      if (this.hasAttribute(key)) config[key] = this.getAttribute(key);
    }
    const watch = watchGuide(() => target, target, () => config.download);
    watchers.add(watch);
    watch.loaded();
    start().then(() => mountGuide(target, config)).then(
      () => {
        watch.ready();
        watchers.delete(watch);
      },
      (error) => {
        watch.fail(watch.classify(error));
        console.error(error);
      },
    );
  }
}
customElements.define('secret-pro-guide', SecretProGuide);
})();
`;
mkdirSync(join(staging, 'embed'), { recursive: true });
writeFileSync(join(staging, 'embed/secret-pro.js'), embed);

// 4. The page for intranet administrators, then the checksums of everything.
const escapeHtml = (text) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const integration = read('static/integration.html')
  .replaceAll('{{IFRAME_HOST_SCRIPT}}', escapeHtml(read('static/iframe-host.js')))
  .replaceAll('{{EMBED_INTEGRITY}}', sri(embed))
  .replaceAll('{{ONE_FILE_SHA256}}', createHash('sha256').update(oneFile).digest('hex'))
  .replaceAll('{{EMBED_SHA256}}', createHash('sha256').update(embed).digest('hex'));
writeFileSync(join(staging, 'integration.html'), integration);

rmSync(join(staging, cssName));
const artefacts = ['index.html', 'secret-pro.html', 'embed/secret-pro.js', 'integration.html', glueName, wasmName];
const sums = artefacts
  .map((name) => `${createHash('sha256').update(readFileSync(join(staging, name))).digest('hex')}  ${name}`)
  .join('\n');
writeFileSync(join(staging, 'SHA256SUMS'), `${sums}\n`);
console.log(`packaged: secret-pro.html ${oneFile.length} bytes, embed ${embed.length} bytes`);
