//! The page: one screen at a time, each rendered from what the engine says.

pub mod api;
pub mod guide;
mod outcome;
mod question;
mod reference;
mod review;
mod route;
mod rules;
mod templates;
mod training;

use leptos::html::Div;
use leptos::prelude::*;

use crate::config::{Config, Problem};
use crate::text::{self, ui};
use guide::{Guide, Page};
use route::Route;

/// What every screen needs: the request's state and a way to move focus.
#[derive(Clone, Copy)]
pub(crate) struct Nav {
    /// The request being worked through.
    pub guide: RwSignal<Guide>,
    /// What the CPAS set about itself.
    pub config: StoredValue<Config>,
    root: NodeRef<Div>,
    /// The guide is the page (site, one file), so each screen names the
    /// page; an embedded guide leaves the host's title alone.
    owns_title: bool,
}

impl Nav {
    /// Changes the state, then moves focus to the new screen's heading so
    /// keyboard and screen-reader users land on it.
    pub fn go(self, change: impl FnOnce(&mut Guide)) {
        self.guide.update(change);
        self.focus_heading();
    }

    /// Moves focus to the heading of the screen about to be shown.
    fn focus_heading(self) {
        let (root, owns_title) = (self.root, self.owns_title);
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

/// Mounts a guide at the end of `target` and hides the summary shown
/// there while the guide could not run (elements of class `sp-fallback`).
/// `owns_title`: the guide is the whole page and names it after each screen.
pub fn mount(
    target: web_sys::HtmlElement,
    config: Config,
    problems: Vec<Problem>,
    owns_title: bool,
) {
    if let Ok(fallbacks) = target.query_selector_all(":scope > .sp-fallback") {
        for i in 0..fallbacks.length() {
            if let Some(el) = fallbacks
                .get(i)
                .and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(n).ok())
            {
                el.set_hidden(true);
            }
        }
    }
    leptos::mount::mount_to(target, move || view! { <App config problems owns_title /> }).forget();
}

/// The whole guide.
#[component]
pub fn App(
    /// What the CPAS set about itself.
    config: Config,
    /// What was wrong in that configuration, shown to the administrator.
    problems: Vec<Problem>,
    /// Whether the guide is the whole page, naming it after each screen.
    owns_title: bool,
) -> impl IntoView {
    let nav = Nav {
        guide: RwSignal::new(Guide::new()),
        config: StoredValue::new(config),
        root: NodeRef::new(),
        owns_title,
    };
    let step = move || [nav.guide.with(|g| g.step())];
    let hash = || window().location().hash().unwrap_or_default();
    let route = RwSignal::new(Route::from_hash(&hash()));
    let listener = window_event_listener(leptos::ev::hashchange, move |_| {
        route.set(Route::from_hash(&hash()));
        nav.focus_heading();
    });
    on_cleanup(move || listener.remove());
    let problems = (!problems.is_empty()).then(|| {
        view! {
            <div class="sp-config-problems" data-config-problems="">
                <p><strong>{text::local::PROBLEMS_TITLE}</strong></p>
                <ul>{problems.iter().map(|p| view! { <li>{text::config_problem(p)}</li> }).collect_view()}</ul>
                <p>{text::local::PROBLEMS_OUTRO}</p>
            </div>
        }
    });
    view! {
        <div class="secret-pro" data-testid="secret-pro" lang="fr-BE" node_ref=nav.root>
            <header class="sp-header">
                <p class="sp-title">{ui::TITLE}</p>
                <button
                    type="button"
                    class="sp-link sp-reference-link"
                    data-action="reference"
                    on:click=move |_| nav.go(|g| g.open_reference())
                >
                    {text::reference::OPEN}
                </button>
                " · "
                <a class="sp-link" href="#formation" data-action="training">{text::training::OPEN}</a>
            </header>
            {problems}
            <main class="sp-main">
                {move || match route.get() {
                    Route::Guide => {
                        view! {
                            // A fresh subtree for every screen: reused radio buttons would
                            // lose the answer restored on Back (toolchain notes).
                            <For each=step key=|s| *s let(_step)>
                                {screen(nav)}
                            </For>
                        }
                            .into_any()
                    }
                    Route::Rules => rules::view().into_any(),
                    Route::Cases => training::list().into_any(),
                    Route::Case(id) => training::case(&id),
                }}
            </main>
        </div>
    }
}

fn screen(nav: Nav) -> AnyView {
    let guide = nav.guide.get_untracked();
    match guide.page() {
        Page::Question {
            fact,
            selected,
            can_go_back,
        } => question::view(
            nav,
            fact,
            selected,
            can_go_back,
            guide.answers_for(fact),
            guide.answers().to_vec(),
        )
        .into_any(),
        Page::Review => review::view(nav, guide.answers().to_vec()).into_any(),
        Page::Outcome(evaluation) => {
            outcome::view(nav, evaluation, guide.answers().to_vec()).into_any()
        }
        Page::Reference => reference::view(nav).into_any(),
    }
}

/// The list of answers given, as question short names and answer labels.
fn answer_list(answers: &[(crate::engine::Fact, crate::engine::Value)]) -> impl IntoView {
    answers
        .iter()
        .map(|&(fact, value)| {
            view! {
                <div class="sp-answer-row">
                    <dt>{crate::text::question(fact).short}</dt>
                    <dd>{crate::text::answer(value)}</dd>
                </div>
            }
        })
        .collect_view()
}

/// The "Nouvelle demande" control: forgets every answer.
fn restart_button(nav: Nav, class: &'static str) -> impl IntoView {
    view! {
        <button type="button" class=class data-action="restart" on:click=move |_| nav.go(|g| g.restart())>
            {ui::NEW_REQUEST}
        </button>
    }
}

/// The "Retour" control.
fn back_link(nav: Nav) -> impl IntoView {
    view! {
        <button type="button" class="sp-back" data-action="back" on:click=move |_| nav.go(|g| g.back())>
            {ui::BACK}
        </button>
    }
}
