//! The rule book at `#regles` ("Comment le guide décide"), rendered in the
//! page by the same code that writes `docs/regles.md` (`crate::rulebook`),
//! from the rule tables, the French text, the registry, the worked cases
//! and the record of validations. Built as markup only when opened: no
//! view code for it, and the page and the document cannot differ. Its links
//! to its own places are followed by the guide's link handler (`Nav`).
//! The page adds a table of contents of the book's parts, and opens on a
//! rule where the address names one (`#regles/R33`, from an outcome).

use leptos::html::Section;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::markup::escape;
use crate::text::rulebook as words;
use crate::worked_cases::CASES;

/// Writes a table of contents of the book's parts (its `h2` headings)
/// after its title, each entry a link to the part's `id`, which the
/// guide's link handler follows within the page.
fn table_of_contents(book: &web_sys::HtmlElement) {
    let Ok(parts) = book.query_selector_all(":scope > h2") else {
        return;
    };
    let mut entries = String::new();
    for i in 0..parts.length() {
        let Some(part) = parts
            .get(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        if part.id().is_empty() {
            part.set_id(&format!("regles-partie-{i}"));
            let _ = part.set_attribute("tabindex", "-1");
        }
        entries.push_str(&format!(
            "<li><a href=\"#{}\">{}</a></li>",
            part.id(),
            escape(&part.text_content().unwrap_or_default())
        ));
    }
    // Titled without a heading: the book's parts stay its only h2, the
    // overview first.
    let toc = format!(
        "<nav class=\"sp-toc\" aria-labelledby=\"sp-toc-title\"><p class=\"sp-toc-title\" id=\"sp-toc-title\">{}</p><ul>{entries}</ul></nav>",
        escape(words::CONTENTS)
    );
    if let Ok(Some(title)) = book.query_selector(":scope > h1") {
        let _ = title.insert_adjacent_html("afterend", &toc);
    }
}

/// Moves focus to a rule's heading (`R33`).
fn go_to_rule(book: &web_sys::HtmlElement, rule: &str) {
    let heading = book
        .query_selector(&format!("[data-rule=\"{rule}\"] > :first-child"))
        .ok()
        .flatten()
        .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(heading) = heading {
        let _ = heading.set_attribute("tabindex", "-1");
        let _ = heading.focus();
        heading.scroll_into_view();
    }
}

/// The book; `rule`, what follows `#regles/`: a rule to open it on.
pub(super) fn view(rule: &str) -> impl IntoView {
    let book = NodeRef::<Section>::new();
    let rule = rule.to_string();
    book.on_load(move |el| {
        table_of_contents(&el);
        if !rule.is_empty() {
            // After the page's own focus on the title, which comes a frame
            // after the section is shown.
            request_animation_frame(move || {
                request_animation_frame(move || go_to_rule(&el, &rule));
            });
        }
    });
    view! {
        <div class="sp-rulebook-page">
            <section class="sp-rulebook" data-rulebook="" node_ref=book inner_html=crate::rulebook::html(CASES, crate::rulebook::RECORDED)></section>
            <a class="sp-button" href="#" data-action="close-rulebook">{words::CLOSE}</a>
        </div>
    }
}
