//! The reference section: principles, the texts the circular quotes,
//! glossary, and what the guide rests on.

use leptos::prelude::*;

use super::Nav;
use crate::engine::{Interpretation, Source, Standing, VALID_AS_OF, VERSION};
use crate::text::{self, reference as words, ui};

pub(super) fn view(nav: Nav) -> impl IntoView {
    let close = move |_| nav.show(super::route::Route::guide());
    view! {
        <button type="button" class="sp-back" data-action="back" on:click=close>{ui::BACK}</button>
        <section class="sp-reference" data-reference="">
            <h1 tabindex="-1">{words::TITLE}</h1>
            <h2>{words::PRINCIPLES}</h2>
            {words::PRINCIPLES_TEXT.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
            <h2>{words::TEXTS}</h2>
            <p class="sp-hint">{words::TEXTS_NOTE}</p>
            {Source::ALL
                .iter()
                .filter(|s| !s.passages().is_empty())
                .map(|&source| {
                    view! {
                        <figure class="sp-article">
                            {super::outcome::passage(source)}
                            <figcaption>{text::citation(source)}</figcaption>
                        </figure>
                    }
                })
                .collect_view()}
            <h2>{words::GLOSSARY}</h2>
            <dl class="sp-glossary">
                {words::TERMS
                    .iter()
                    .map(|(term, definition)| view! { <dt>{*term}</dt><dd>{*definition}</dd> })
                    .collect_view()}
            </dl>
            <h2>{words::ABOUT}</h2>
            {words::ABOUT_TEXT.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
            <p>{ui::ABOUT_RULES} " " {VERSION} ", " {ui::VALID_AS_OF} " " {VALID_AS_OF} "."</p>
            <p>{ui::NEW_CODE_NOTICE}</p>
            <p>
                <a class="sp-link" href="#regles" data-action="rulebook">{text::rulebook::OPEN}</a>
            </p>
            <p>{words::INTERPRETATIONS}</p>
            <ul>{Interpretation::ALL.iter().map(|&i| view! { <li>{text::interpretation(i)}</li> }).collect_view()}</ul>
            <p>{words::OTHER_PROVISIONS}</p>
            <ul>
                {Source::ALL
                    .iter()
                    .filter(|s| matches!(s.standing(), Standing::Lead | Standing::OldPenalCodeLead))
                    .map(|&s| view! { <li>{text::citation(s)}</li> })
                    .collect_view()}
            </ul>
            <button type="button" class="sp-button" data-action="close-reference" on:click=close>{words::CLOSE}</button>
        </section>
    }
}
