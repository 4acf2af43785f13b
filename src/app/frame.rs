//! When the guide is the page of an intranet's iframe (site or one file
//! framed by the host): a note on printing from a frame. Its height goes to
//! the host from `static/frame.js`, which runs even when WebAssembly cannot.

use leptos::prelude::*;

use crate::text::frame as words;

/// Whether the page is shown inside another page's frame.
pub(super) fn is_framed() -> bool {
    let window: web_sys::Window = window();
    match window.parent() {
        Ok(Some(parent)) => parent != window,
        _ => false,
    }
}

/// Printing from a frame may be blocked by the host (a sandbox without
/// `allow-modals`): says what to do then, with a link to the guide alone.
pub(super) fn note() -> impl IntoView {
    let alone = window()
        .location()
        .href()
        .ok()
        .map(|href| href.split('#').next().unwrap_or_default().to_string());
    view! {
        <p class="sp-frame-note sp-hint" data-frame-note="">
            {words::NOTE} " "
            <a href=alone target="_blank" rel="noopener">{words::OPEN_ALONE}</a>
        </p>
    }
}
