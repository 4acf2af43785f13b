//! The page: one screen at a time, each rendered from what the engine says.

mod accessibility;
pub mod api;
mod frame;
pub mod guide;
pub mod history;
mod host;
mod outcome;
mod question;
mod reference;
mod review;
pub mod route;
mod rules;
pub mod templates;
mod training;

use leptos::ev::MouseEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::config::{Config, Problem};
use crate::engine::{Fact, Value};
use crate::markup;
use crate::text::{self, ui};
use guide::{Guide, Page};
use history::Screens;
use host::Host;
use route::Route;

/// Navigation: the request being worked through, the part of the guide
/// shown, and the browser history behind them; with the page it lives in.
#[derive(Clone, Copy)]
pub(crate) struct Nav {
    /// The request being worked through.
    pub guide: RwSignal<Guide>,
    /// The page the guide lives in: its configuration, its element, and
    /// whether it owns the page's title and history.
    pub host: Host,
    /// The guide or the section shown.
    route: RwSignal<Route>,
    /// What each history entry of this page load stands for.
    screens: StoredValue<Screens>,
    /// An answer chosen on the static first screen, not yet submitted: the
    /// guide's first screen shows it checked, once.
    chosen_first: StoredValue<Option<Value>>,
}

impl Nav {
    /// Changes the state, then moves focus to the new screen's heading so
    /// keyboard and screen-reader users land on it.
    pub fn go(self, change: impl FnOnce(&mut Guide)) {
        self.guide.update(change);
        if self.host.owns_page {
            let counter = self.record();
            let hash = self.route.get_untracked().hash();
            // A history entry costs a few milliseconds (measured: about a
            // third of an answer's time) that the next screen need not wait
            // for: it is added just after, in the order screens were shown.
            set_timeout(
                move || history::push(counter, &hash),
                std::time::Duration::ZERO,
            );
        }
        self.host.focus_heading();
    }

    /// Opens a section, or the guide where it was left.
    pub fn show(self, route: Route) {
        if self.route.get_untracked() == route {
            // Already shown: no second history entry for it.
            self.host.focus_heading();
            return;
        }
        if self.host.owns_page {
            let counter = history::current().unwrap_or_else(|| self.record());
            history::push(counter, &route.hash());
        }
        self.set_route(route);
        self.host.focus_heading();
    }

    fn set_route(self, route: Route) {
        if self.route.get_untracked() != route {
            self.route.set(route);
        }
    }

    /// Records where the guide stands and returns the counter for it.
    fn record(self) -> u32 {
        let position = self.guide.with_untracked(Guide::position);
        self.screens
            .try_update_value(|s| s.record(position))
            .unwrap_or_default()
    }

    /// Follows the browser to the entry it shows now (Back, Forward, a hash
    /// typed or linked): the screen its counter stands for, the section its
    /// hash names.
    fn follow_history(self) {
        match history::current() {
            Some(counter) => match self.screens.with_value(|s| s.position(counter)) {
                Some(position) => {
                    if self.guide.with_untracked(Guide::position) != position {
                        self.guide.update(|g| g.go_to(position));
                    }
                }
                // An entry of an earlier page load: a new request.
                None => {
                    self.guide.update(Guide::restart);
                    history::replace(self.record());
                }
            },
            // An entry the guide did not make: keep the screen, mark the entry.
            None => history::replace(self.record()),
        }
        self.set_route(Route::from_hash(
            &window().location().hash().unwrap_or_default(),
        ));
        self.host.focus_heading();
    }

    /// A click on a link to a section (`href="#..."`) inside the guide opens
    /// it through [`Nav::show`], so an embedded guide leaves the host's
    /// address alone; a link to a place in the page shown (the rule book's
    /// `#regle-R33`) moves there, the address unchanged.
    fn follow_link(self, ev: MouseEvent) {
        if ev.default_prevented()
            || ev.button() != 0
            || ev.ctrl_key()
            || ev.meta_key()
            || ev.shift_key()
            || ev.alt_key()
        {
            return;
        }
        let link = clicked(&ev, "a[href^='#']");
        if let Some(link) = link {
            ev.prevent_default();
            let href = link.get_attribute("href").unwrap_or_default();
            let place = self
                .host
                .root
                .get_untracked()
                .and_then(|r| r.query_selector(&format!("[id=\"{}\"]", &href[1..])).ok())
                .flatten();
            match place {
                Some(place) => {
                    place.scroll_into_view();
                    if let Ok(place) = place.dyn_into::<web_sys::HtmlElement>() {
                        let _ = place.focus();
                    }
                }
                None => self.show(Route::from_hash(&href)),
            }
        }
    }
}

/// The element matching `selector` that a click landed in, if any: the
/// screens written as markup are handled by delegation.
fn clicked(ev: &MouseEvent, selector: &str) -> Option<web_sys::Element> {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest(selector).ok().flatten())
}

/// Mounts a guide at the end of `target` and hides the summary shown
/// there while the guide could not run (elements of class `sp-fallback`).
/// `owns_page`: the guide is the whole page, names it after each screen
/// and keeps its own browser history.
pub fn mount(
    target: web_sys::HtmlElement,
    config: Config,
    problems: Vec<Problem>,
    owns_page: bool,
) {
    let start = take_first_screen(&target);
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
    leptos::mount::mount_to(
        target,
        move || view! { <App config problems owns_page start /> },
    )
    .forget();
}

/// What staff did on the first question written into the page before the
/// guide was ready.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Start {
    /// Nothing: the guide starts on its first question.
    #[default]
    Nothing,
    /// An answer checked, Continuer not pressed: shown checked.
    Chosen(Value),
    /// An answer checked and Continuer pressed: the guide goes on from it.
    Submitted(Value),
}

/// Reads what was done on the static first screen, then removes it: the
/// guide's own first screen takes its place, so it is never read twice.
fn take_first_screen(target: &web_sys::HtmlElement) -> Start {
    let Ok(Some(first)) = target.query_selector(":scope > .sp-prerender") else {
        return Start::default();
    };
    let chosen = question::checked(&first, Fact::Situation);
    let submitted = first.has_attribute("data-submitted");
    first.remove();
    match chosen {
        None => Start::Nothing,
        Some(value) if submitted => Start::Submitted(value),
        Some(value) => Start::Chosen(value),
    }
}

/// The whole guide.
#[component]
pub fn App(
    /// What the CPAS set about itself.
    config: Config,
    /// What was wrong in that configuration, shown to the administrator.
    problems: Vec<Problem>,
    /// Whether the guide is the whole page, naming it after each screen
    /// and keeping its own browser history.
    owns_page: bool,
    /// What was done on the first question before the guide was ready.
    start: Start,
) -> impl IntoView {
    let mut guide = Guide::new();
    if let Start::Submitted(value) = start {
        // The static first screen offers only the engine's values.
        let _ = guide.answer(Fact::Situation, value);
    }
    let nav = Nav {
        guide: RwSignal::new(guide),
        host: Host {
            config: StoredValue::new(config),
            root: NodeRef::new(),
            owns_page,
        },
        route: RwSignal::new(Route::guide()),
        screens: StoredValue::new(Screens::new(None)),
        chosen_first: StoredValue::new(match start {
            Start::Chosen(value) => Some(value),
            _ => None,
        }),
    };
    // Staff may already be on the page's first question: keep their place.
    match start {
        Start::Nothing => {}
        Start::Chosen(_) => {
            let root = nav.host.root;
            request_animation_frame(move || {
                let checked = root
                    .get_untracked()
                    .and_then(|r| r.query_selector("input:checked").ok().flatten())
                    .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
                if let Some(el) = checked {
                    let _ = el.focus();
                }
            });
        }
        Start::Submitted(_) => nav.host.focus_heading(),
    }
    if owns_page {
        // A reload keeps the entry's counter but not what it stood for.
        nav.screens.set_value(Screens::new(history::current()));
        history::replace(nav.record());
        nav.route.set(Route::from_hash(
            &window().location().hash().unwrap_or_default(),
        ));
        let pop = window_event_listener(leptos::ev::popstate, move |_| nav.follow_history());
        let hash = window_event_listener(leptos::ev::hashchange, move |_| nav.follow_history());
        on_cleanup(move || {
            pop.remove();
            hash.remove();
        });
    }
    // The printed record is the whole outcome: what is collapsed on screen
    // opens for printing (CSS alone cannot open a <details> everywhere)
    // and closes again after.
    let opened_for_print = StoredValue::new(Vec::<web_sys::Element>::new());
    let before_print = window_event_listener_untyped("beforeprint", move |_| {
        let closed = nav
            .host
            .root
            .get_untracked()
            .and_then(|r| r.query_selector_all("details:not([open])").ok());
        let mut opened = Vec::new();
        if let Some(closed) = closed {
            for i in 0..closed.length() {
                if let Some(el) = closed
                    .get(i)
                    .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                {
                    let _ = el.set_attribute("open", "");
                    opened.push(el);
                }
            }
        }
        opened_for_print.set_value(opened);
    });
    let after_print = window_event_listener_untyped("afterprint", move |_| {
        for el in opened_for_print
            .try_update_value(std::mem::take)
            .unwrap_or_default()
        {
            let _ = el.remove_attribute("open");
        }
    });
    on_cleanup(move || {
        before_print.remove();
        after_print.remove();
    });
    // A new key for every change of the request's state, so each screen
    // gets fresh elements: reused radio buttons would lose the answer
    // restored on Back (toolchain notes). The key belongs to rendering,
    // not to the request.
    // A memo, so the key changes exactly once per change of state however
    // often the list reads it.
    let screen_key = Memo::new(move |previous: Option<&u32>| {
        nav.guide.track();
        previous.map_or(0, |n| n.wrapping_add(1))
    });
    let step = move || [screen_key.get()];
    let problems = (!problems.is_empty()).then(|| {
        view! {
            <div class="sp-config-problems" data-config-problems="">
                <p><strong>{text::local::PROBLEMS_TITLE}</strong></p>
                <ul>{problems.iter().map(|p| view! { <li>{text::config_problem(p)}</li> }).collect_view()}</ul>
                <p>{text::local::PROBLEMS_OUTRO}</p>
            </div>
        }
    });
    // The header is markup (shared with the static first screen): its
    // reference button is found by its action.
    let open_reference = move |ev: MouseEvent| {
        if clicked(&ev, "[data-action=\"reference\"]").is_some() {
            nav.show(Route::from_hash("#reference"));
        }
    };
    view! {
        <div class="secret-pro" data-testid="secret-pro" lang="fr-BE" node_ref=nav.host.root on:click=move |ev| nav.follow_link(ev)>
            <header class="sp-header" inner_html=markup::header::inner() on:click=open_reference></header>
            {problems}
            <main class="sp-main">
                {move || nav.route.get().view(nav).unwrap_or_else(|| {
                    view! {
                        <For each=step key=|s| *s let(_step)>
                            {screen(nav)}
                        </For>
                    }
                        .into_any()
                })}
            </main>
            <p class="sp-foot">
                <a class="sp-link" href="#accessibilite" data-action="accessibility">{text::accessibility::OPEN}</a>
            </p>
            {(owns_page && frame::is_framed()).then(frame::note)}
        </div>
    }
}

fn screen(nav: Nav) -> AnyView {
    let guide = nav.guide.get_untracked();
    let page = match guide.page() {
        Page::Question {
            fact: Fact::Situation,
            selected: None,
            can_go_back,
        } => Page::Question {
            fact: Fact::Situation,
            selected: nav.chosen_first.try_update_value(Option::take).flatten(),
            can_go_back,
        },
        page => page,
    };
    match page {
        Page::Question {
            fact,
            selected,
            can_go_back,
        } => view! {
            <question::QuestionScreen
                nav
                fact
                selected
                can_go_back
                answers=guide.answers_for(fact)
                so_far=guide.answers().to_vec()
            />
        }
        .into_any(),
        Page::Review => review::view(nav, guide.answers().to_vec()).into_any(),
        Page::Outcome(evaluation) => view! {
            <outcome::OutcomeScreen nav evaluation answers=guide.answers().to_vec() />
        }
        .into_any(),
    }
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
