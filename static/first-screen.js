// The first question, written into the page at build time, shows at once
// (the HTML shows it; a <noscript> style hides it where JavaScript is off).
// This keeps what staff do before the guide is ready: the answer chosen
// stays checked, and a click on Continuer is remembered (data-submitted)
// for the guide to act on when it mounts. Continuer without an answer shows
// the error as the guide does (src/app/question.rs, show_error). The embed
// runs the same function inside each element's shadow root.
function keepFirstScreen(first) {
  var summary = first.querySelector('.sp-error-summary');
  var error = first.querySelector('.sp-error');
  var fieldset = first.querySelector('.sp-fieldset');
  var hint = first.querySelector('.sp-hint').id;
  function showError(shown) {
    summary.hidden = !shown;
    error.hidden = !shown;
    fieldset.classList.toggle('sp-has-error', shown);
    fieldset.setAttribute('aria-describedby', shown ? hint + ' ' + error.id : hint);
    if (shown) summary.focus();
  }
  first.querySelector('[data-action="next"]').addEventListener('click', function () {
    if (first.querySelector('input:checked')) {
      first.setAttribute('data-submitted', '');
      first.setAttribute('aria-busy', 'true');
      showError(false);
    } else {
      showError(true);
    }
  });
  // The summary's link moves focus to the answer it names, not the address.
  var link = summary.querySelector('a');
  link.addEventListener('click', function (event) {
    event.preventDefault();
    first.querySelector(link.getAttribute('href')).focus();
  });
  first.addEventListener('change', function () { showError(false); });
}
keepFirstScreen(document.currentScript.previousElementSibling);
