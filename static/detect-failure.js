// Shows why the guide did not start when WebAssembly is missing or refused
// (old browser, or a CSP without 'wasm-unsafe-eval'); the summary beside
// it is visible until the guide mounts, so the page is never blank.
(function () {
  function why() {
    if (globalThis.secretPro) return;
    var el = document.querySelector('#secret-pro .sp-fallback-why');
    if (el) el.hidden = false;
  }
  if (typeof WebAssembly !== 'object') why();
  addEventListener('error', why);
  addEventListener('unhandledrejection', why);
})();
