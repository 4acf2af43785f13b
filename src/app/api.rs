//! The page's automation contract (spec §7): `globalThis.secretPro =
//! { evaluate, version }` and the `secret-pro-ready` event.

use js_sys::{Object, Reflect};
use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::engine::{evaluate, Facts, VERSION};

/// Evaluates a JavaScript object of facts; throws an `Error` naming the
/// offending fact.
fn evaluate_js(facts: JsValue) -> Result<JsValue, JsValue> {
    // A serde-wasm-bindgen error converts into a JavaScript Error carrying our message.
    let facts: Facts = serde_wasm_bindgen::from_value(facts).map_err(JsValue::from)?;
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    evaluate(&facts)
        .serialize(&serializer)
        .map_err(JsValue::from)
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
