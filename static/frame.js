// When an intranet page shows the guide in an iframe, tells that page the
// guide's height after every change, so a few lines of its script can size
// the iframe (integration.html). The message is { height: <pixels> } and
// nothing else: never an answer. Runs even where WebAssembly cannot, so the
// summary shown then is sized too.
(function () {
  var parent = window.parent;
  if (!parent || parent === window) return;
  var last = -1;
  function post() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    parent.postMessage({ height: height }, '*');
  }
  if (typeof ResizeObserver === 'function') new ResizeObserver(post).observe(document.documentElement);
  addEventListener('load', post);
  post();
})();
