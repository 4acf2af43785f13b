//! The guide's header as HTML text: its title and the ways to the
//! reference, the rule book and training. Written once for the guide and
//! the static first screen (`prerender`), so the page does not change
//! under the reader's eyes when the guide takes over.

use super::escape;
use crate::text::{self, ui};

/// What the header holds. The reference is a button (`data-action`), the
/// page opening it in place; the others are links to the guide's sections.
pub fn inner() -> String {
    format!(
        "<p class=\"sp-title\">{title}</p>\
<button type=\"button\" class=\"sp-link\" data-action=\"reference\">{reference}</button> · \
<a class=\"sp-link\" href=\"#regles\" data-action=\"rulebook\">{rules}</a> · \
<a class=\"sp-link\" href=\"#formation\" data-action=\"training\">{training}</a>",
        title = escape(ui::TITLE),
        reference = escape(text::reference::OPEN),
        rules = escape(text::rulebook::OPEN),
        training = escape(text::training::OPEN),
    )
}
