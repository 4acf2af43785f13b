//! `static/first-screen.html`, the first question written into the pages at
//! build time, is what the guide's words give today; on a difference the
//! test fails with the command that regenerates it.

use std::path::Path;

#[test]
fn the_static_first_screen_is_generated_from_the_words() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("static/first-screen.html");
    let expected = secret_pro::prerender::first_screen();
    let current = std::fs::read_to_string(&path).unwrap_or_default();
    if current == expected {
        return;
    }
    if std::env::var_os("SECRET_PRO_REGENERATE").is_some() {
        std::fs::write(&path, expected).expect("write static/first-screen.html");
        return;
    }
    panic!(
        "static/first-screen.html is not what the guide's words give today. Regenerate it with:\n  SECRET_PRO_REGENERATE=1 cargo test --test prerender"
    );
}

#[test]
fn the_static_first_screen_asks_the_first_question_with_every_answer() {
    let html = secret_pro::prerender::first_screen();
    assert!(html.contains("data-question=\"situation\""));
    for value in ["request", "own_initiative", "councillor_disclosure"] {
        assert!(
            html.contains(&format!("name=\"situation\" value=\"{value}\"")),
            "{value}"
        );
    }
    assert!(
        !html.contains("<form"),
        "nothing can be submitted before the guide is ready"
    );
    assert!(
        !html.contains("data-testid"),
        "the guide's root is the mounted one"
    );
}
