//! The rule book at `#regles` ("Comment le guide décide"), rendered in the
//! page by the same code that writes `docs/regles.md` (`crate::rulebook`),
//! from the rule tables, the French text, the registry, the worked cases
//! and the record of validations. Built as markup only when opened: no
//! view code for it, and the page and the document cannot differ.

use leptos::html::Section;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::text::rulebook as words;
use crate::validation_record::recorded;
use crate::worked_cases::CASES;

/// Follows a link within the book (`#regle-R33`) by moving there, not by
/// changing the address: the address's hash names the section shown, and
/// an embedded guide leaves its host's address alone.
fn follow_link(book: &web_sys::HtmlElement, event: &web_sys::MouseEvent) {
    let Some(link) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("a[href^=\"#\"]").ok().flatten())
    else {
        return;
    };
    let anchor = link.get_attribute("href").unwrap_or_default();
    let Ok(Some(target)) = book.query_selector(&format!("[id=\"{}\"]", &anchor[1..])) else {
        return;
    };
    event.prevent_default();
    target.scroll_into_view();
    if let Ok(target) = target.dyn_into::<web_sys::HtmlElement>() {
        let _ = target.focus();
    }
}

pub(super) fn view() -> impl IntoView {
    let book = NodeRef::<Section>::new();
    let on_click = move |event: web_sys::MouseEvent| {
        if let Some(el) = book.get_untracked() {
            follow_link(&el, &event);
        }
    };
    view! {
        <div class="sp-rulebook-page">
            <section class="sp-rulebook" data-rulebook="" node_ref=book on:click=on_click inner_html=crate::rulebook::html(CASES, &recorded())></section>
            <a class="sp-button" href="#" data-action="close-rulebook">{words::CLOSE}</a>
        </div>
    }
}
