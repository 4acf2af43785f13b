//! The rule book at `#regles` ("Comment le guide décide"), rendered in the
//! page by the same code that writes `docs/regles.md` (`crate::rulebook`),
//! from the rule tables, the French text, the registry and the worked
//! cases. Built as markup only when opened: no view code for it, and the
//! page and the document cannot differ.

use leptos::html::Section;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::text::rulebook as words;
use crate::worked_cases::CASES;

/// Puts each source's passage, written once at the end of the book, into
/// every source box that cites it.
fn fill_passages(book: &web_sys::HtmlElement) {
    let Ok(boxes) = book.query_selector_all("[data-passage-of]") else {
        return;
    };
    for i in 0..boxes.length() {
        let Some(target) = boxes
            .get(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        let id = target.get_attribute("data-passage-of").unwrap_or_default();
        if let Ok(Some(passage)) = book.query_selector(&format!("[data-passage=\"{id}\"]")) {
            target.set_inner_html(&passage.inner_html());
        }
    }
}

pub(super) fn view() -> impl IntoView {
    let book = NodeRef::<Section>::new();
    book.on_load(|el| fill_passages(&el));
    view! {
        <div class="sp-rulebook-page">
            <section class="sp-rulebook" data-rulebook="" node_ref=book inner_html=crate::rulebook::html(CASES)></section>
            <a class="sp-button" href="#" data-action="close-rulebook">{words::CLOSE}</a>
        </div>
    }
}
