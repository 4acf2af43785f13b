// Shows why the guide did not start when WebAssembly is missing or refused
// (old browser, or a CSP without 'wasm-unsafe-eval'): the summary comes
// back in place of the first question written into the page, so the page
// is never blank and never offers a question that cannot go on.
(function () {
  function why() {
    if (globalThis.secretPro) return;
    var root = document.getElementById('secret-pro');
    if (!root) return;
    var shown = root.querySelectorAll('.sp-fallback, .sp-fallback-why');
    for (var i = 0; i < shown.length; i += 1) shown[i].hidden = false;
    var first = root.querySelectorAll('.sp-prerender');
    for (var j = 0; j < first.length; j += 1) first[j].hidden = true;
  }
  if (typeof WebAssembly !== 'object') why();
  addEventListener('error', why);
  addEventListener('unhandledrejection', why);
})();
