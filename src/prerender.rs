//! The first screen as static HTML, written at build time into the site and
//! the one file, so staff read the first question while the engine loads.
//! It is the question screen's markup for `situation`, from the same words;
//! `static/first-screen.js` keeps an answer or a click on Continuer made
//! before the guide is ready, and the guide takes them over when it mounts
//! (`app::mount`). Generated into `static/first-screen.html` by
//! `tests/prerender.rs`, which fails when it drifts.

use crate::engine::{Fact, Facts};
use crate::markup::{self, escape};
use crate::text::{self, reference, rulebook, training, ui};

/// The first question, shown by the HTML itself (no script needed to show
/// it), the summary after it hidden by CSS while it is there. Where
/// JavaScript is off, a `<noscript>` style hides it and shows the summary.
/// No `<form>` and no submit button: nothing can be submitted (and put an
/// answer in an address) before the guide is ready.
pub fn first_screen() -> String {
    let fact = Fact::Situation;
    let words = text::question(fact);
    let radios = markup::radios(fact, &Facts::new().answers_for(fact), None);
    format!(
        "<div class=\"sp-prerender\" data-prerender=\"\">\
<div class=\"secret-pro\" lang=\"fr-BE\">\
<header class=\"sp-header\"><p class=\"sp-title\">{title}</p>\
<button type=\"button\" class=\"sp-link sp-reference-link\">{reference}</button> · \
<a class=\"sp-link\" href=\"#regles\">{rules}</a> · \
<a class=\"sp-link\" href=\"#formation\">{training}</a></header>\
<main class=\"sp-main\">\
<div class=\"sp-question\" data-question=\"{fact}\">\
<fieldset class=\"sp-fieldset\" aria-describedby=\"sp-hint-{fact}\">\
<legend class=\"sp-legend\"><h1 tabindex=\"-1\">{question}</h1></legend>\
<p class=\"sp-hint\" id=\"sp-hint-{fact}\">{hint}</p>\
<p class=\"sp-error\" id=\"sp-error-{fact}\" role=\"alert\" hidden>\
<span class=\"sp-visually-hidden\">{error_prefix} </span>{choose}</p>\
<div class=\"sp-radios\">{radios}</div>\
</fieldset>\
<button type=\"button\" class=\"sp-button\" data-action=\"next\">{next}</button>\
</div>\
</main></div></div>\n",
        title = escape(ui::TITLE),
        reference = escape(reference::OPEN),
        training = escape(training::OPEN),
        question = escape(words.title),
        rules = escape(rulebook::OPEN),
        hint = escape(text::questions::short_hint(fact, &[])),
        error_prefix = escape(ui::ERROR_PREFIX),
        choose = escape(text::questions::error(fact)),
        next = escape(ui::CONTINUE),
    )
}
