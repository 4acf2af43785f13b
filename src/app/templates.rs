//! The written reply templates an outcome offers, filled in from the
//! evaluation and the local configuration, each collapsed under its title
//! with a "Copier" button. The words said aloud stand at the top of the
//! outcome (`markup::outcome`), not here.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use crate::config::Config;
use crate::engine::{Evaluation, Template};
use crate::text::{self, templates as words, ui};

/// The template text with the page's placeholders filled in.
pub fn fill(template: Template, evaluation: &Evaluation, config: &Config) -> String {
    let lines = |items: Vec<String>| {
        items
            .into_iter()
            .map(|i| format!("– {i}"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    fill_in(text::template(template).body, |placeholder| {
        Some(match placeholder {
            "cpas" => config
                .cpas
                .clone()
                .unwrap_or_else(|| words::UNSET_CPAS.to_string()),
            // Said aloud: « au Président du CPAS de … », else « de notre CPAS ».
            "of_cpas" => config
                .cpas
                .as_ref()
                .map_or_else(|| words::OF_OUR_CPAS.to_string(), |c| format!("du {c}")),
            "designated" => config
                .designated
                .clone()
                .unwrap_or_else(|| words::UNSET_DESIGNATED.to_string()),
            "decision" => evaluation
                .outcome()
                .map(text::decision)
                .unwrap_or_default()
                .to_string(),
            "reasons" => lines(
                evaluation
                    .decisive_rules()
                    .map(|r| text::reason(r.id).to_string())
                    .collect(),
            ),
            "references" => lines(
                evaluation
                    .template_sources(template)
                    .into_iter()
                    .map(text::citation)
                    .collect(),
            ),
            _ => return None,
        })
    })
}

/// Replaces each `{name}` of `body` for which `value` has a value, in one
/// pass: what is put in is never read again, so a CPAS whose name an
/// administrator typed as `CPAS {references}` keeps that name. Braces
/// around anything else stay as they are.
fn fill_in(body: &str, value: impl Fn(&str) -> Option<String>) -> String {
    let mut filled = String::with_capacity(body.len());
    let mut rest = body;
    while let Some(open) = rest.find('{') {
        filled.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let replaced = after
            .find('}')
            .and_then(|close| Some((close, value(&after[..close])?)));
        match replaced {
            Some((close, v)) => {
                filled.push_str(&v);
                rest = &after[close + 1..];
            }
            None => {
                filled.push('{');
                rest = after;
            }
        }
    }
    filled.push_str(rest);
    filled
}

/// Copies to the clipboard; where there is none (a page served over plain
/// http, an old browser) or it refuses, selects the text for Ctrl+C.
fn copy(content: String, shown: NodeRef<leptos::html::Pre>, status: RwSignal<&'static str>) {
    let select = move || {
        let selection = window().get_selection().ok().flatten();
        if let (Some(selection), Some(pre)) = (selection, shown.get_untracked()) {
            let _ = selection.select_all_children(&pre);
        }
        status.set(words::COPY_SELECTED);
    };
    let navigator = window().navigator();
    let has_clipboard =
        js_sys::Reflect::get(&navigator, &"clipboard".into()).is_ok_and(|c| !c.is_undefined());
    if !has_clipboard {
        select();
        return;
    }
    let ok = Closure::<dyn FnMut(JsValue)>::new(move |_| status.set(words::COPIED));
    let failed = Closure::<dyn FnMut(JsValue)>::new(move |_| select());
    let _ = navigator
        .clipboard()
        .write_text(&content)
        .then2(&ok, &failed);
    // Each closure runs at most once, when the promise settles; a copy is rare.
    ok.forget();
    failed.forget();
}

/// The "Copier" button of a template shown in `shown`; reports in `status`.
fn copy_button(
    content: String,
    shown: NodeRef<leptos::html::Pre>,
    title: &'static str,
    status: RwSignal<&'static str>,
) -> impl IntoView {
    view! {
        <button
            type="button"
            class="sp-button sp-secondary"
            data-action="copy"
            on:click=move |_| copy(content.clone(), shown, status)
        >
            {words::COPY}
            <span class="sp-visually-hidden">" : " {title}</span>
        </button>
    }
}

/// The words to say aloud, right under the decision, where the outcome
/// offers a spoken reply (a request made orally); "Copier" beside the
/// heading, so the words start high.
pub(super) fn spoken(evaluation: &Evaluation, config: &Config) -> Option<impl IntoView> {
    let template = evaluation.templates().into_iter().find(|t| t.is_spoken())?;
    let t = text::template(template);
    let status = RwSignal::new("");
    let shown = NodeRef::new();
    let content = fill(template, evaluation, config);
    Some(view! {
        <section class="sp-spoken" data-spoken="" data-template=template.id() aria-labelledby="sp-spoken-title">
            <div class="sp-spoken-head">
                <h2 id="sp-spoken-title">{ui::SAY_ALOUD}</h2>
                {copy_button(content.clone(), shown, t.title, status)}
            </div>
            <p class="sp-hint">{t.use_when}</p>
            <pre class="sp-template-text" node_ref=shown>{content}</pre>
            <p class="sp-status" role="status">{move || status.get()}</p>
        </section>
    })
}

/// The written templates, each collapsed under « Modèle : » and its title.
pub(super) fn view(evaluation: &Evaluation, config: &Config) -> Option<impl IntoView> {
    let offered: Vec<Template> = evaluation
        .templates()
        .into_iter()
        .filter(|t| !t.is_spoken())
        .collect();
    if offered.is_empty() {
        return None;
    }
    let status = RwSignal::new("");
    let blocks = offered
        .into_iter()
        .map(|template| {
            let t = text::template(template);
            let content = fill(template, evaluation, config);
            let shown = NodeRef::new();
            view! {
                <details class="sp-template" data-template=template.id()>
                    <summary>{ui::TEMPLATE} " " {t.title}</summary>
                    <p class="sp-hint">{t.use_when} " " {words::INTRO}</p>
                    <pre class="sp-template-text" node_ref=shown>{content.clone()}</pre>
                    {copy_button(content, shown, t.title, status)}
                </details>
            }
        })
        .collect_view();
    Some(view! {
        <div class="sp-templates">
            {blocks}
            <p class="sp-status" role="status">{move || status.get()}</p>
        </div>
    })
}

#[cfg(test)]
mod tests {
    use super::fill_in;

    fn value(placeholder: &str) -> Option<String> {
        match placeholder {
            "cpas" => Some("CPAS {references} {cpas}".to_string()),
            "references" => Some("– Circulaire".to_string()),
            _ => None,
        }
    }

    #[test]
    fn a_value_put_in_is_never_filled_in_again() {
        assert_eq!(
            fill_in("Au Président du {cpas}.\n{references}", value),
            "Au Président du CPAS {references} {cpas}.\n– Circulaire"
        );
    }

    #[test]
    fn braces_around_anything_else_stay() {
        assert_eq!(
            fill_in("{inconnu} {cpas {} { references}", value),
            "{inconnu} {cpas {} { references}"
        );
        assert_eq!(fill_in("{{cpas}}", value), "{CPAS {references} {cpas}}");
        assert_eq!(fill_in("fin {", value), "fin {");
    }
}
