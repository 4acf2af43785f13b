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

#[test]
fn a_stale_generated_file_fails_showing_where_it_differs() {
    // One word changed in the one-line first screen: the lines shown are
    // cut around it, short enough to read in a terminal.
    let today = secret_pro::prerender::first_screen();
    let stale = today.replace(">Continuer<", ">Suivant<");
    let diff = common::first_difference(&stale, &today);
    let lines: Vec<&str> = diff.lines().collect();
    assert_eq!(lines.len(), 3, "{diff}");
    assert_eq!(lines[0], "@@ line 1 @@");
    assert!(lines[1].starts_with("-…") && lines[1].contains(">Suivant<"));
    assert!(lines[2].starts_with("+…") && lines[2].contains(">Continuer<"));
    assert!(lines.iter().all(|l| l.chars().count() <= 123), "{diff}");

    // On several lines: two lines before, the file's, today's.
    assert_eq!(
        common::first_difference("a\nb\nc\nd\ne\n", "a\nb\nc\nD\nE\n"),
        "@@ line 4 @@\n b\n c\n-d\n-e\n+D\n+E\n"
    );
}
