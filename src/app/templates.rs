//! The reply templates an outcome offers, filled in from the evaluation and
//! the local configuration, each with a "Copier" button.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use crate::config::Config;
use crate::engine::{Evaluation, Template};
use crate::text::{self, templates as words};

/// The template text with the page's placeholders filled in.
pub fn fill(template: Template, evaluation: &Evaluation, config: &Config) -> String {
    let body = text::template(template).body;
    let lines = |items: Vec<String>| {
        items
            .into_iter()
            .map(|i| format!("– {i}"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let references = lines(
        evaluation
            .template_sources(template)
            .into_iter()
            .map(text::citation)
            .collect(),
    );
    let reasons = lines(
        evaluation
            .decisive_rules()
            .map(|r| text::reason(r.id).to_string())
            .collect(),
    );
    let decision = evaluation.outcome().map(text::decision).unwrap_or_default();
    body.replace(
        "{cpas}",
        config.cpas.as_deref().unwrap_or(words::UNSET_CPAS),
    )
    .replace(
        "{designated}",
        config
            .designated
            .as_deref()
            .unwrap_or(words::UNSET_DESIGNATED),
    )
    .replace("{decision}", decision)
    .replace("{reasons}", &reasons)
    .replace("{references}", &references)
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

pub(super) fn view(evaluation: &Evaluation, config: &Config) -> Option<impl IntoView> {
    let offered = evaluation.templates();
    if offered.is_empty() {
        return None;
    }
    let status = RwSignal::new("");
    let blocks = offered
        .into_iter()
        .map(|template| {
            let t = text::template(template);
            let content = fill(template, evaluation, config);
            let to_copy = content.clone();
            let shown = NodeRef::new();
            view! {
                <section class="sp-template" data-template=template.id()>
                    <h3>{t.title}</h3>
                    <p class="sp-hint">{t.use_when}</p>
                    <pre class="sp-template-text" node_ref=shown>{content}</pre>
                    <button
                        type="button"
                        class="sp-button sp-secondary"
                        data-action="copy"
                        on:click=move |_| copy(to_copy.clone(), shown, status)
                    >
                        {words::COPY}
                        <span class="sp-visually-hidden">" : " {t.title}</span>
                    </button>
                </section>
            }
        })
        .collect_view();
    Some(view! {
        <div class="sp-templates">
            <h2>{words::HEADING}</h2>
            <p>{words::INTRO}</p>
            {blocks}
            <p class="sp-status" role="status">{move || status.get()}</p>
        </div>
    })
}
