//! The rule book at `#regles` ("Comment le guide décide"): the fragment
//! `rulebook.html`, generated from the rule tables, the French text and the
//! registry (`crate::rulebook`), shown as it is. Static markup costs the
//! page no view code, and the page and `docs/regles.md` cannot differ.

use leptos::prelude::*;

use crate::text::rulebook as words;

const RULE_BOOK: &str = include_str!("rulebook.html");

pub(super) fn view() -> impl IntoView {
    view! {
        <div class="sp-rulebook-page">
            <section class="sp-rulebook" data-rulebook="" inner_html=RULE_BOOK></section>
            <a class="sp-button" href="#" data-action="close-rulebook">{words::CLOSE}</a>
        </div>
    }
}
