// The first question, written into the page at build time, shows at once
// (the HTML shows it; a <noscript> style hides it where JavaScript is off).
// This keeps what staff do before the guide is ready: the answer chosen
// stays checked, and a click on Continuer is remembered (data-submitted)
// for the guide to act on when it mounts. The embed runs the same function
// inside each element's shadow root.
function keepFirstScreen(first) {
  var error = first.querySelector('.sp-error');
  first.querySelector('[data-action="next"]').addEventListener('click', function () {
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
