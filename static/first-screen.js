// The first question, written into the page at build time, shows at once
// and keeps what staff do before the guide is ready: the answer chosen
// stays checked, and a click on Continuer is remembered (data-submitted)
// for the guide to act on when it mounts. The summary beside it stays for
// browsers without JavaScript, or where the guide cannot start. The embed
// runs the same function inside each element's shadow root.
function keepFirstScreen(first) {
  var summary = first.parentNode.querySelector('.sp-fallback');
  var error = first.querySelector('.sp-error');
  first.hidden = false;
  if (summary) summary.hidden = true;
  first.querySelector('[data-action="next"]').addEventListener('click', function (event) {
    event.preventDefault();
    if (first.querySelector('input:checked')) {
      first.setAttribute('data-submitted', '');
      first.setAttribute('aria-busy', 'true');
      error.hidden = true;
    } else {
      error.hidden = false;
    }
  });
  first.addEventListener('change', function () { error.hidden = true; });
}
keepFirstScreen(document.currentScript.previousElementSibling);
