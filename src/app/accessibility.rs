//! The accessibility statement at `#accessibilite`, with the contact the
//! administrator configured. Static once shown: written as markup.

use leptos::prelude::*;

use super::Nav;
use crate::markup::escape;
use crate::text::accessibility as words;

pub(super) fn view(nav: Nav) -> impl IntoView {
    let contact = nav.host.config.with_value(|c| c.accessibility.clone());
    let list = |items: &[&str]| -> String {
        items
            .iter()
            .map(|i| format!("<li>{}</li>", escape(i)))
            .collect()
    };
    let contact = match contact {
        Some(c) => format!("<p>{} {}</p>", escape(words::CONTACT), escape(&c)),
        None => format!("<p>{}</p>", escape(words::NO_CONTACT)),
    };
    let html = format!(
        "<h1 tabindex=\"-1\">{title}</h1><p>{intro}</p>\
<h2>{standard_title}</h2><p>{standard}</p>\
<h2>{checked_title}</h2><ul>{checked}</ul>\
<h2>{known_title}</h2><ul>{known}</ul>\
<h2>{contact_title}</h2><p>{contact_intro}</p>{contact}<p>{date}</p>",
        title = escape(words::TITLE),
        intro = escape(words::INTRO),
        standard_title = escape(words::STANDARD_TITLE),
        standard = escape(words::STANDARD),
        checked_title = escape(words::CHECKED_TITLE),
        checked = list(&words::CHECKED),
        known_title = escape(words::KNOWN_TITLE),
        known = list(&words::KNOWN),
        contact_title = escape(words::CONTACT_TITLE),
        contact_intro = escape(words::CONTACT_INTRO),
        date = escape(words::DATE),
    );
    view! {
        <section class="sp-accessibility" data-accessibility="" inner_html=html></section>
        <a class="sp-button" href="#" data-action="close-accessibility">{words::CLOSE}</a>
    }
}
