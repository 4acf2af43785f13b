//! The first screen as static HTML, written at build time into the site and
//! the one file, so staff read the first question while the engine loads.
//! It is the guide's header and its first question, written by the same
//! functions as the guide's (`markup::header`, `markup::question`);
//! `static/first-screen.js` keeps an answer or a click on Continuer made
//! before the guide is ready, and the guide takes them over when it mounts
//! (`app::mount`). Generated into `static/first-screen.html` by
//! `tests/prerender.rs`, which fails when it drifts.

use crate::engine::{Fact, Facts};
use crate::markup;

/// The first question, shown by the HTML itself (no script needed to show
/// it), the summary after it hidden by CSS while it is there. Where
/// JavaScript is off, a `<noscript>` style hides it and shows the summary.
/// No `<form>`: nothing can be submitted (and put an answer in an address)
/// before the guide is ready; Continuer, outside any form, submits nothing.
pub fn first_screen() -> String {
    let fact = Fact::Situation;
    format!(
        "<div class=\"sp-prerender\" data-prerender=\"\">\
<div class=\"secret-pro\" lang=\"fr-BE\">\
<header class=\"sp-header\">{header}</header>\
<main class=\"sp-main\">{question}</main></div></div>\n",
        header = markup::header::inner(),
        question = markup::question::question(fact, &Facts::new().answers_for(fact), None, &[]),
    )
}
