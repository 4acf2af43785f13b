//! The rule book at `#regles` ("Comment le guide décide"), rendered in the
//! page by the same code that writes `docs/regles.md` (`crate::rulebook`),
//! from the rule tables, the French text, the registry, the worked cases
//! and the record of validations. Built as markup only when opened: no
//! view code for it, and the page and the document cannot differ. Its links
//! to its own places are followed by the guide's link handler (`Nav`).

use leptos::prelude::*;

use crate::text::rulebook as words;
use crate::worked_cases::CASES;

pub(super) fn view() -> impl IntoView {
    view! {
        <div class="sp-rulebook-page">
            <section class="sp-rulebook" data-rulebook="" inner_html=crate::rulebook::html(CASES, crate::rulebook::RECORDED)></section>
            <a class="sp-button" href="#" data-action="close-rulebook">{words::CLOSE}</a>
        </div>
    }
}
