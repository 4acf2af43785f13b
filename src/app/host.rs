//! The page the guide lives in: what the CPAS configured, the guide's
//! element, and whether the guide is the whole page (site, one file) or
//! embedded in someone else's.

use leptos::html::Div;
use leptos::prelude::*;

use crate::config::Config;
use crate::text::ui;

/// The page's context, as opposed to navigation in the guide ([`super::Nav`]).
#[derive(Clone, Copy)]
pub(crate) struct Host {
    /// What the CPAS set about itself.
    pub config: StoredValue<Config>,
    /// The guide's root element.
    pub root: NodeRef<Div>,
    /// The guide is the page (site, one file), so each screen names the
    /// page and is a browser history entry; an embedded guide leaves the
    /// host's title and history alone.
    pub owns_page: bool,
}

impl Host {
    /// Moves focus to the heading of the screen about to be shown, and
    /// names the page after it where the guide owns the page.
    pub fn focus_heading(self) {
        let (root, owns_title) = (self.root, self.owns_page);
        request_animation_frame(move || {
            let heading = root
                .get_untracked()
                .and_then(|r| r.query_selector("h1").ok().flatten())
                .and_then(|h| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(h).ok());
            if let Some(h) = heading {
                let _ = h.focus();
                if owns_title {
                    let words = h.text_content().unwrap_or_default();
                    document().set_title(&format!("{} – {}", words.trim(), ui::PAGE_TITLE));
                }
            }
        });
    }
}
