//! The page's automation contract (spec §7): `globalThis.secretPro =
//! { evaluate, version }` and the `secret-pro-ready` event.

use js_sys::{Object, Reflect};
use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::config::{Config, Problem};
use crate::engine::{evaluate, FactError, Facts, Given, VERSION};

/// Evaluates a JavaScript object of facts; throws an `Error` naming the
/// offending fact.
fn evaluate_js(facts: JsValue) -> Result<JsValue, JsValue> {
    let facts = facts_from_js(&facts).map_err(|e| js_sys::Error::new(&e.to_string()))?;
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    evaluate(&facts)
        .serialize(&serializer)
        .map_err(JsValue::from)
}

/// Reads a JavaScript object of facts with the engine's rules and messages.
/// Not through serde: serde-wasm-bindgen's reader brought 30 KB to the page
/// (measured), float formatting for its messages among them.
fn facts_from_js(value: &JsValue) -> Result<Facts, FactError> {
    if !value.is_object() || js_sys::Array::is_array(value) {
        return Err(FactError::NotAnObject(given(value)));
    }
    let mut facts = Facts::new();
    for entry in Object::entries(value.unchecked_ref::<Object>()).iter() {
        let pair: js_sys::Array = entry.unchecked_into();
        facts.add_given(
            &pair.get(0).as_string().unwrap_or_default(),
            given(&pair.get(1)),
        )?;
    }
    Ok(facts)
}

/// A JavaScript value as the engine reads a value.
fn given(value: &JsValue) -> Given {
    if let Some(b) = value.as_bool() {
        Given::Bool(b)
    } else if let Some(text) = value.as_string() {
        Given::Text(text)
    } else if let Some(n) = value.as_f64() {
        if js_sys::Number::is_safe_integer(value) {
            Given::Integer(n as i64)
        } else {
            Given::Decimal
        }
    } else if value.is_null() || value.is_undefined() {
        Given::Null
    } else if js_sys::Array::is_array(value) {
        Given::List
    } else {
        Given::Object
    }
}

/// Reads a configuration given as a JavaScript object of texts.
fn config_from_js(value: &JsValue) -> (Config, Vec<Problem>) {
    if value.is_undefined() || value.is_null() {
        return (Config::default(), Vec::new());
    }
    if !value.is_object() || js_sys::Array::is_array(value) {
        return (Config::default(), vec![Problem::NotAnObject]);
    }
    let entries = Object::entries(value.unchecked_ref::<Object>());
    Config::from_entries(entries.iter().map(|entry| {
        let pair: js_sys::Array = entry.unchecked_into();
        (
            pair.get(0).as_string().unwrap_or_default(),
            pair.get(1).as_string(),
        )
    }))
}

/// Mounts a guide in `target` with a configuration object
/// (`{cpas, designated, contact, accessibility}`, all optional): what the embed script
/// calls for each `<secret-pro-guide>`.
#[wasm_bindgen(js_name = mountGuide)]
pub fn mount_guide(target: web_sys::HtmlElement, config: JsValue) {
    let (config, problems) = config_from_js(&config);
    super::mount(target, config, problems, false);
}

/// Mounts the guide of the site and of the one-file build: in the element
/// `#secret-pro`, configured by the JSON block `#secret-pro-config`.
/// A page without that element (the embed) mounts nothing here.
pub fn mount_page() {
    let document = leptos::prelude::document();
    // Only the guide's own page carries the mark: an intranet page that
    // happens to hold an element with this id, and loads the embed, keeps it.
    let Some(target) = document
        .get_element_by_id("secret-pro")
        .filter(|e| e.has_attribute("data-secret-pro-page"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let (config, problems) = match document.get_element_by_id("secret-pro-config") {
        None => (Config::default(), Vec::new()),
        Some(block) => match js_sys::JSON::parse(&block.text_content().unwrap_or_default()) {
            Ok(value) => config_from_js(&value),
            Err(_) => (Config::default(), vec![Problem::NotAnObject]),
        },
    };
    super::mount(target, config, problems, true);
}

/// Publishes `secretPro` on the global object and announces it.
pub fn install() {
    let api = Object::new();
    let evaluate = Closure::<dyn Fn(JsValue) -> Result<JsValue, JsValue>>::new(evaluate_js);
    let _ = Reflect::set(&api, &"evaluate".into(), evaluate.as_ref());
    // The page lives as long as the function it publishes.
    evaluate.forget();
    let _ = Reflect::set(&api, &"version".into(), &VERSION.into());
    let _ = Reflect::set(&js_sys::global(), &"secretPro".into(), &api);
    if let Ok(event) = web_sys::CustomEvent::new("secret-pro-ready") {
        let _ = leptos::prelude::document().dispatch_event(&event);
    }
}
