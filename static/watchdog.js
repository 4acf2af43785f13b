// Watches the guide start and, when it does not, replaces the dead first
// question with the summary and a message naming the likely cause, so that
// staff never face controls that do nothing. It runs before anything else
// of the guide (its own inline script, CSP hash included), in the syntax
// of old browsers, and makes no request. The embed calls watchGuide for
// each element; the page calls watchPage below.
//   find():    the element holding the first question and the summary;
//   scope:     where clicks on Continuer are heard;
//   address(): where the administrator says to download the guide again.
function watchGuide(find, scope, address) {
  // Causes, the surest first: the message names the surest seen.
  var CAUSES = ['old', 'policy', 'missing', 'damaged', 'stalled'];
  // Generous and counted from the last sign of progress (the guide's script
  // starting, wasm bytes arriving), not from the load: a healthy start at
  // 4x slowed CPU is ready within a second of loading.
  var QUIET = 10000;
  var AFTER_CLICK = 4000;
  var cause = null;
  var loaded = false;
  var ready = false;
  var shown = false;
  var last = Date.now();
  var clicked = 0;
  var timer = setInterval(check, 500);

  function progress() { last = Date.now(); }
  function note(why) {
    if (cause === null || CAUSES.indexOf(why) < CAUSES.indexOf(cause)) cause = why;
    if (shown) say();
  }
  function check() {
    if (!loaded || ready || shown) return;
    var now = Date.now();
    if (now - last > QUIET || (clicked && now - clicked > AFTER_CLICK && now - last > AFTER_CLICK)) show();
  }
  function show() {
    var root = find();
    if (ready || shown || !root) return;
    shown = true;
    clearInterval(timer);
    note('stalled');
    var first = root.querySelector('.sp-prerender');
    var page = root.getRootNode() === document;
    var active = root.getRootNode().activeElement;
    var box = root.querySelector('.sp-fallback-why');
    var parts = root.querySelectorAll('.sp-fallback, .sp-fallback-why');
    for (var i = 0; i < parts.length; i += 1) parts[i].hidden = false;
    if (first) first.hidden = true;
    // Focus follows a click made on the dead controls, never leaves the host's.
    if (box && ((first && active && first.contains(active)) || (page && (!active || active === document.body)))) box.focus();
  }
  function say() {
    var root = find();
    var box = root && root.querySelector('.sp-fallback-why');
    if (!box) return;
    box.setAttribute('data-failure', cause);
    var told = box.querySelectorAll('[data-cause]');
    for (var i = 0; i < told.length; i += 1) {
      told[i].hidden = (' ' + told[i].getAttribute('data-cause') + ' ').indexOf(' ' + cause + ' ') < 0;
    }
    var where = String(address() || '').trim();
    var slot = box.querySelector('[data-download]');
    if (where && slot) slot.textContent = where;
  }
  if (scope) {
    scope.addEventListener('click', function (event) {
      var next = event.target.closest && event.target.closest('.sp-prerender [data-action="next"]');
      if (next && !clicked && next.closest('.sp-prerender').querySelector('input:checked')) clicked = Date.now();
    }, true);
  }
  return {
    progress: progress,
    note: note,
    // The page is parsed (the embed: the element is connected): the delays run from now.
    loaded: function () { loaded = true; progress(); },
    ready: function () { ready = true; clearInterval(timer); },
    // A failure nothing will recover from: shown at once, with its cause.
    fail: function (why) { note(why); loaded = true; show(); },
    classify: function (error) {
      var text = String(error && error.message || error);
      if (typeof WebAssembly !== 'object' || /DecompressionStream/.test(text)) return 'old';
      if (/CSP|Content.Security.Policy|unsafe-eval/i.test(text)) return 'policy';
      return 'damaged';
    },
  };
}

// The site and the one file. The guide's own script tells it, by events on
// the document, that it started and progresses (secret-pro-progress), that
// a file is missing on the server (secret-pro-missing), and that it is
// ready (secret-pro-ready, the automation contract's).
function watchPage() {
  var find = function () {
    var root = document.getElementById('secret-pro');
    return root && root.hasAttribute('data-secret-pro-page') ? root : null;
  };
  var config = function () {
    try {
      var where = JSON.parse(document.getElementById('secret-pro-config').textContent).download;
      return typeof where === 'string' ? where : null;
    } catch (e) {
      // No block (the copy is cut before it) or not JSON: the default address.
      return null;
    }
  };
  var watch = watchGuide(find, document, config);
  var started = false;
  var failed = function (error) { if (!window.secretPro) watch.fail(watch.classify(error)); };
  document.addEventListener('secret-pro-progress', function () { started = true; watch.progress(); });
  document.addEventListener('secret-pro-missing', function () { watch.fail('missing'); });
  document.addEventListener('secret-pro-ready', watch.ready);
  document.addEventListener('securitypolicyviolation', function (event) {
    // WebAssembly refused ('wasm-eval', 'eval'), or an inline script whose
    // hash no longer matches: the copy was altered.
    if (/eval/.test(event.blockedURI)) watch.note('policy');
    else if (/^script-src/.test(event.violatedDirective)) watch.note('damaged');
  });
  // Capturing: a <script> or <link> of the site that did not load (missing,
  // or refused by its integrity attribute) fires a non-bubbling error.
  addEventListener('error', function (event) {
    if (event.target !== window) watch.note('damaged');
    else failed(event.error || event.message);
  }, true);
  addEventListener('unhandledrejection', function (event) { failed(event.reason); });
  document.addEventListener('DOMContentLoaded', function () {
    // The guide's module runs before this event: if it has not started, it
    // never will (cut short, refused by the CSP, not loaded).
    if (started) watch.loaded();
    else watch.fail(typeof WebAssembly !== 'object' ? 'old' : 'damaged');
  });
}
watchPage();
