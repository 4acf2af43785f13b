//! Browser Back and Forward inside the guide (site and one file; an
//! embedded guide leaves the host's history alone). Each screen shown is a
//! history entry whose state is only a screen counter, `{ "screen": n }`;
//! what the counter stands for (a [`Position`], never an answer) lives in
//! memory, in [`Screens`]. A reload forgets it: an unknown counter starts a
//! new request.

use wasm_bindgen::JsValue;

use super::guide::Position;

/// The key of the only field of a history entry's state.
const KEY: &str = "screen";

/// The positions of the history entries this page made, by counter.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Screens {
    /// The counter of the first position recorded by this page load.
    first: u32,
    positions: Vec<Position>,
}

impl Screens {
    /// Counters start after `previous`, the counter of the entry the page
    /// loaded in (a reload keeps it), so an entry of an earlier load is
    /// never taken for one of this load.
    pub fn new(previous: Option<u32>) -> Self {
        Screens {
            first: previous.map_or(0, |n| n.saturating_add(1)),
            positions: Vec::new(),
        }
    }

    /// Records a position and returns its counter.
    pub fn record(&mut self, position: Position) -> u32 {
        self.positions.push(position);
        self.first + (self.positions.len() as u32 - 1)
    }

    /// The position a counter stands for, if this page load recorded it.
    pub fn position(&self, counter: u32) -> Option<Position> {
        let index = counter.checked_sub(self.first)?;
        self.positions.get(index as usize).copied()
    }
}

/// The counter in a history entry's state, if it holds one.
pub fn counter(state: &JsValue) -> Option<u32> {
    if !state.is_object() {
        return None;
    }
    js_sys::Reflect::get(state, &KEY.into())
        .ok()?
        .as_f64()
        .filter(|n| n.fract() == 0.0 && *n >= 0.0 && *n <= f64::from(u32::MAX))
        .map(|n| n as u32)
}

/// The counter of the entry shown now.
pub fn current() -> Option<u32> {
    leptos::prelude::window()
        .history()
        .ok()
        .and_then(|h| h.state().ok())
        .and_then(|s| counter(&s))
}

fn state(counter: u32) -> JsValue {
    let state = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&state, &KEY.into(), &counter.into());
    state.into()
}

/// The address with `hash` in place of the current one. Only the hash
/// changes, which a sandboxed frame or a file:// page allows.
fn address(hash: &str) -> Option<String> {
    let href = leptos::prelude::window().location().href().ok()?;
    let base = href.split('#').next().unwrap_or_default();
    Some(format!("{base}{hash}"))
}

/// Adds an entry for a new screen; `hash` is the section's (empty for the guide).
pub fn push(counter: u32, hash: &str) {
    if let (Ok(history), Some(url)) = (leptos::prelude::window().history(), address(hash)) {
        let _ = history.push_state_with_url(&state(counter), "", Some(&url));
    }
}

/// Puts a counter on the entry shown now, keeping its address.
pub fn replace(counter: u32) {
    if let Ok(history) = leptos::prelude::window().history() {
        let _ = history.replace_state(&state(counter), "");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Fact;

    #[test]
    fn counters_of_an_earlier_load_are_unknown() {
        let mut screens = Screens::new(None);
        assert_eq!(screens.record(Position::Asking(0)), 0);
        assert_eq!(screens.record(Position::Asking(1)), 1);
        assert_eq!(screens.position(1), Some(Position::Asking(1)));
        assert_eq!(screens.position(2), None);

        // A reload on the entry with counter 1.
        let mut reloaded = Screens::new(Some(1));
        assert_eq!(reloaded.position(0), None);
        assert_eq!(reloaded.position(1), None);
        assert_eq!(reloaded.record(Position::Asking(0)), 2);
        assert_eq!(reloaded.record(Position::Change(Fact::Origin)), 3);
        assert_eq!(reloaded.position(3), Some(Position::Change(Fact::Origin)));
    }
}
