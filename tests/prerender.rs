//! `static/first-screen.html`, the first question written into the pages at
//! build time, is what the guide's words give today; on a difference the
//! test fails with the command that regenerates it.

mod common;

#[test]
fn the_static_first_screen_is_generated_from_the_words() {
    common::check_generated(
        "static/first-screen.html",
        &secret_pro::prerender::first_screen(),
        "SECRET_PRO_REGENERATE=1 cargo test --test prerender",
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
