// The site fetches its script and WebAssembly in CORS mode, which a page
// without an origin of its own cannot do from a server that does not send
// Access-Control-Allow-Origin: a sandboxed iframe without allow-same-origin
// (SharePoint, Teams, Confluence), or index.html opened from a folder. There
// the one file beside it, which fetches nothing, takes over, at the same hash.
(function () {
  if (self.origin === 'null') location.replace('secret-pro.html' + location.hash);
})();
