//! The screens' parts written as markup (`src/markup/`): on every complete
//! path, the outcome's markup says what the engine decided, why, what to
//! do and not do, what to verify, the interpretations it rests on, and
//! cites every source; what an administrator typed is
//! shown as text, never read as markup; every training case is listed and
//! answered with what the engine decides; every question is asked with its
//! answers and an error ready to show.

use secret_pro::config::Config;
use secret_pro::engine::{evaluate, Fact, Status, Value};
use secret_pro::markup::{outcome, question, training};
use secret_pro::text::{self, questions, training as words, ui};
use secret_pro::training::VIGNETTES;

mod common;
use common::{every_path, every_state};

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
        let config = Config::default();
        let page = format!(
            "{}{}{}",
            outcome::top(&e, &config, "1/12/2026"),
            outcome::body(&e, &config),
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
    let head = outcome::top(&e, &config, "<i>date</i>") + &outcome::body(&e, &config);
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

/// A question as the guide asks it: the fact, the answers given before
/// it in their order, the answers it may take.
struct Asked {
    fact: Fact,
    so_far: Vec<(Fact, Value)>,
    answers: Vec<Value>,
}

/// Every question the guide can ask, at each state of every path.
fn every_question() -> Vec<Asked> {
    let mut found = Vec::new();
    every_state(|so_far, facts, evaluation| {
        if let Status::Incomplete(fact) = evaluation.status {
            found.push(Asked {
                fact,
                so_far: so_far.to_vec(),
                answers: facts.answers_for(fact),
            });
        }
    });
    found
}

#[test]
fn every_question_s_markup_asks_it_with_its_answers_and_a_hidden_error_that_points_at_them() {
    let asked = every_question();
    assert!(asked.len() > 100, "{} questions", asked.len());
    for Asked {
        fact,
        so_far,
        answers,
    } in asked
    {
        let selected = answers.last().copied();
        let page = question::question(fact, &answers, selected, &so_far);
        let words = text::question(fact);
        let whole = format!("{fact} after {so_far:?}");
        assert!(
            page.starts_with(&format!("<div data-question=\"{fact}\">")),
            "{whole}"
        );
        assert!(page.contains(&html(words.title)), "{whole}: the question");
        assert!(
            page.contains(&format!(
                "<p class=\"sp-hint\" id=\"sp-hint-{fact}\">{}</p>",
                html(questions::short_hint(fact, &so_far))
            )),
            "{whole}: its hint"
        );
        assert!(
            page.contains(&format!("aria-describedby=\"sp-hint-{fact}\"")),
            "{whole}: the answers are described by the hint"
        );
        match questions::how_to_choose(fact, &so_far) {
            Some(more) => assert!(page.contains(&html(more)), "{whole}: how to choose"),
            None => assert!(!page.contains("<details"), "{whole}"),
        }
        // Every answer offered, once, labelled; the one given checked.
        for &value in &answers {
            let id = format!("sp-{fact}-{}", value.as_str());
            let input = format!(
                "<input type=\"radio\" id=\"{id}\" name=\"{fact}\" value=\"{}\"",
                value.as_str()
            );
            assert_eq!(page.matches(&input).count(), 1, "{whole}: {id}");
            assert!(
                page.contains(&format!(
                    "<label for=\"{id}\">{}</label>",
                    html(questions::label(fact, value))
                )),
                "{whole}: {id} labelled"
            );
            let checked = page.contains(&format!("{input} checked"));
            assert_eq!(checked, Some(value) == selected, "{whole}: {id} checked");
        }
        assert_eq!(
            page.matches("type=\"radio\"").count(),
            answers.len(),
            "{whole}: only the answers offered"
        );
        // The error is there, hidden until Continuer finds no answer: the
        // summary links to the first answer on screen (the requester's
        // answers are drawn by group, not in the engine's order), both say
        // what to do.
        let error = html(questions::error(fact));
        let first_drawn = page
            .split("<input type=\"radio\" id=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .expect("a radio");
        assert!(
            page.contains(&format!(
                "<div class=\"sp-error-summary\" tabindex=\"-1\" hidden><div role=\"alert\"><h2>{}</h2><ul><li><a href=\"#{first_drawn}\">{error}</a></li></ul></div></div>",
                html(questions::ERROR_SUMMARY_TITLE),
            )),
            "{whole}: the summary"
        );
        assert!(
            page.contains(&format!(
                "<p class=\"sp-error\" id=\"sp-error-{fact}\" hidden>"
            )),
            "{whole}: its message"
        );
        assert_eq!(page.matches(&error).count(), 2, "{whole}");
        assert!(
            page.ends_with(&format!(
                "<button type=\"submit\" class=\"sp-button\" data-action=\"next\">{}</button></div>",
                html(ui::CONTINUE)
            )),
            "{whole}: Continuer"
        );
    }
}
