//! Facts written in more than one language stay one fact: the page title,
//! the configuration keys and their length limit, the core principles of
//! the no-script summary. Rust holds each; the static pages and the build
//! step must say the same.

use std::path::Path;

use secret_pro::config::{KEYS, MAX_LEN};
use secret_pro::text::{reference, ui};

fn repo(path: &str) -> String {
    let full = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{}: {e}", full.display()))
}

/// HTML text as a reader sees it: the entities the pages use, decoded.
fn decoded(html: &str) -> String {
    html.replace("&nbsp;", "\u{a0}")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

fn between<'a>(text: &'a str, open: &str, close: &str) -> Vec<&'a str> {
    text.split(open)
        .skip(1)
        .filter_map(|rest| rest.split(close).next())
        .collect()
}

#[test]
fn the_site_is_titled_as_the_guide_names_itself() {
    let titles = between(&repo("index.html"), "<title>", "</title>")
        .into_iter()
        .map(decoded)
        .collect::<Vec<_>>();
    assert_eq!(titles, [ui::PAGE_TITLE], "index.html's <title>");
}

#[test]
fn the_configuration_block_has_exactly_the_keys_the_guide_reads() {
    let block: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(&repo("static/config.json")).expect("static/config.json is an object");
    let mut keys: Vec<&str> = block.keys().map(String::as_str).collect();
    let mut expected = KEYS.to_vec();
    keys.sort_unstable();
    expected.sort_unstable();
    assert_eq!(keys, expected, "static/config.json");
}

#[test]
fn the_integration_notice_names_every_key_and_the_length_limit() {
    let notice = decoded(&repo("static/integration.html"));
    for key in KEYS {
        assert!(
            notice.contains(&format!("<code>{key}</code>")),
            "integration.html does not explain « {key} »"
        );
    }
    assert!(
        notice.contains(&format!("{MAX_LEN}\u{a0}caractères")),
        "integration.html does not give the {MAX_LEN}-character limit"
    );
}

#[test]
fn the_no_script_summary_states_the_principles_of_the_reference() {
    let summary = repo("static/fallback.html");
    let list = between(&summary, "<ul data-principles=\"\">", "</ul>")
        .pop()
        .expect("static/fallback.html has <ul data-principles>");
    let items: Vec<String> = between(list, "<li>", "</li>")
        .into_iter()
        .map(decoded)
        .collect();
    assert_eq!(items, reference::PRINCIPLES_TEXT, "static/fallback.html");
}
