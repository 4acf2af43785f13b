//! The screens' parts written as markup (`src/markup/`): on every complete
//! path, the outcome's markup says what the engine decided, why, what to
//! do and not do, what to verify, the interpretations it rests on, and
//! cites every source; what an administrator typed is
//! shown as text, never read as markup; every training case is listed and
//! answered with what the engine decides.

use secret_pro::config::Config;
use secret_pro::engine::evaluate;
use secret_pro::markup::{outcome, training};
use secret_pro::text::{self, training as words};
use secret_pro::training::VIGNETTES;

mod common;
use common::every_path;

/// Text as it must appear inside the markup.
fn html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The items of the list `<ul data-list="{name}">`, none when it is absent.
fn list(page: &str, name: &str) -> Vec<String> {
    let open = format!("<ul data-list=\"{name}\">");
    let Some(start) = page.find(&open).map(|i| i + open.len()) else {
        return Vec::new();
    };
    let end = start + page[start..].find("</ul>").expect("a closed list");
    page[start..end]
        .split("</li>")
        .filter_map(|item| item.strip_prefix("<li>"))
        .map(str::to_string)
        .collect()
}

#[test]
fn on_every_path_the_outcome_markup_says_the_decision_why_what_to_do_what_to_verify_and_its_sources(
) {
    let paths = every_path();
    assert!(paths.len() > 50, "only {} paths", paths.len());
    let (mut with_unsure, mut with_interpretations) = (0, 0);
    for (facts, e) in paths {
        let answers: Vec<_> = facts.iter().collect();
        let page = format!(
            "{}{}",
            outcome::head(&e, &Config::default(), "1/12/2026"),
            outcome::tail(&e, &answers)
        );
        let decision = text::decision(e.outcome().expect("complete"));
        assert!(
            page.contains(&format!("<h1 tabindex=\"-1\">{}</h1>", html(decision))),
            "{facts:?}"
        );
        for rule in e.decisive_rules() {
            assert!(
                page.contains(&format!("data-rule=\"{}\"", rule.id.id())),
                "{facts:?}"
            );
            assert!(page.contains(&html(text::reason(rule.id))), "{facts:?}");
        }
        for a in e.actions() {
            assert!(page.contains(&html(text::action(a))), "{facts:?}: {a:?}");
        }
        for x in e.avoid() {
            assert!(page.contains(&html(text::avoid(x))), "{facts:?}: {x:?}");
        }
        for s in e.citations() {
            assert!(
                page.contains(&format!("data-passage=\"{}\"", s.id())),
                "{facts:?}: {s:?}"
            );
        }
        // The points to verify (answered « Je ne sais pas ») and the
        // interpretations the rules rest on, each in its own list.
        let unsure: Vec<String> = e
            .unsure
            .iter()
            .map(|&f| html(text::question(f).title))
            .collect();
        assert_eq!(list(&page, "unsure"), unsure, "{facts:?}");
        with_unsure += usize::from(!unsure.is_empty());
        let interpretations: Vec<String> = e
            .interpretations()
            .into_iter()
            .map(|i| html(text::interpretation(i)))
            .collect();
        assert_eq!(list(&page, "interpretations"), interpretations, "{facts:?}");
        with_interpretations += usize::from(!interpretations.is_empty());
        for (fact, value) in &answers {
            assert!(
                page.contains(&html(text::questions::label(*fact, *value))),
                "{facts:?}: {fact:?}"
            );
        }
        for tag in ["li", "ul", "p", "h2", "div", "details", "dl"] {
            let opened = page.matches(&format!("<{tag}>")).count()
                + page.matches(&format!("<{tag} ")).count();
            assert_eq!(
                opened,
                page.matches(&format!("</{tag}>")).count(),
                "<{tag}> unbalanced: {facts:?}"
            );
        }
    }
    assert!(with_unsure > 0, "no path with a point to verify");
    assert!(with_interpretations > 0, "no path with an interpretation");
}

#[test]
fn what_an_administrator_typed_is_shown_as_text() {
    let (config, problems) = Config::from_entries([
        (
            "cpas".to_string(),
            Some("CPAS <b>de</b> \"Namur\" & environs".to_string()),
        ),
        (
            "designated".to_string(),
            Some("<img src=x onerror=alert(1)>".to_string()),
        ),
        ("contact".to_string(), Some("poste </div>".to_string())),
    ]);
    assert!(problems.is_empty(), "{problems:?}");
    let (_, e) = every_path().remove(0);
    let head = outcome::head(&e, &config, "<i>date</i>");
    for typed in [
        "CPAS <b>de</b> \"Namur\" & environs",
        "<img src=x onerror=alert(1)>",
        "poste </div>",
        "<i>date</i>",
    ] {
        assert!(head.contains(&html(typed)), "{typed} not escaped in {head}");
        assert!(!head.contains(typed), "{typed} left as markup");
    }
}

#[test]
fn the_training_markup_lists_every_case_and_answers_with_the_engine_s_decision() {
    let list = training::list();
    for v in VIGNETTES {
        assert!(
            list.contains(&format!("data-case-link=\"{}\"", v.id)),
            "{}",
            v.id
        );
        assert!(list.contains(&html(v.title)), "{}", v.id);
        let reactions = training::reactions(v);
        assert_eq!(
            reactions.matches("type=\"radio\"").count(),
            v.reactions.len(),
            "{}",
            v.id
        );
        assert!(
            v.reactions[training::right(v)].1,
            "{}: the right reaction",
            v.id
        );
        let e = evaluate(&v.facts().expect("the case's facts"));
        for (chose_right, verdict) in [(true, words::RIGHT), (false, words::WRONG)] {
            let feedback = training::feedback(v, &e, chose_right);
            assert!(feedback.contains(&html(verdict)), "{}", v.id);
            assert!(
                feedback.contains(&html(text::decision(v.teaches))),
                "{}",
                v.id
            );
            assert!(feedback.contains(&html(v.explanation)), "{}", v.id);
            // Cited as everywhere else: a lead or an old article says so.
            for s in e.citations() {
                assert!(
                    feedback.contains(&html(&text::citation(s))),
                    "{}: {s:?}",
                    v.id
                );
            }
        }
    }
}
