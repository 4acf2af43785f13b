//! The reference section: principles, the texts the circular quotes,
//! glossary, and what the guide rests on. Static text, so it is written as
//! markup (`markup::reference`); only its buttons are components.

use leptos::prelude::*;

use super::Nav;
use crate::markup::reference::body;
use crate::text::{reference as words, ui};

pub(super) fn view(nav: Nav) -> impl IntoView {
    let close = move |_| nav.show(super::route::Route::guide());
    view! {
        <button type="button" class="sp-back" data-action="back" on:click=close>{ui::BACK}</button>
        <section class="sp-reference" data-reference="">
            <div inner_html=body()></div>
            <button type="button" class="sp-button" data-action="close-reference" on:click=close>{words::CLOSE}</button>
        </section>
    }
}
