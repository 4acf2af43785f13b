// Loaded first by the host pages: what the page's global scope holds before
// the guide's script, any error a script throws and every message a frame
// posts, for the tests to read.
(function () {
  window.__hostGlobals = Object.getOwnPropertyNames(window);
  window.__hostErrors = [];
  addEventListener('error', function (event) { window.__hostErrors.push(String(event.message)); });
  window.__hostMessages = [];
  addEventListener('message', function (event) { window.__hostMessages.push(JSON.stringify(event.data)); });
  document.addEventListener('secret-pro-ready', function () { window.__secretProReady = true; });
})();
