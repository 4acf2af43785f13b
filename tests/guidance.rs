//! What each outcome must tell staff (spec §6, after the legal review):
//! checked on every complete path the engine can reach, in the words the
//! page shows.

use secret_pro::app::templates::fill;
use secret_pro::config::Config;
use secret_pro::engine::{
    Action as A, Avoid as X, Choice, Evaluation, Fact, Interpretation, Outcome, Reminder, RuleId,
    Source, Template, Value,
};
use secret_pro::text;

mod common;
use common::{facts, paths_where};

/// Every complete evaluation the engine can reach.
fn every_path() -> Vec<Evaluation> {
    common::every_path().into_iter().map(|(_, e)| e).collect()
}

/// All the words an outcome screen shows about what to do.
fn words(e: &Evaluation) -> String {
    common::what_to_do(e).join("\n")
}

fn read(e: &Evaluation, fact: Fact, value: Value) -> bool {
    e.read(fact) == Some(value)
}

#[test]
fn keeping_the_secret_always_says_how_to_decline_to_whom() {
    let declines = [
        A::DeclineNeitherConfirmNorDeny,
        A::DeclineToColleague,
        A::DoNotPassOn,
        A::SpeakOrInvokeSecret,
    ];
    for e in paths_where(|e| e.outcome() == Some(Outcome::KeepSecret)) {
        // On one's own initiative with a danger feared, nobody asked: the
        // step is to consult and call 112, never "transmit to no one".
        let own_initiative = read(&e, Fact::Situation, Value::Choice(Choice::OwnInitiative));
        if own_initiative
            && (read(&e, Fact::Danger, Value::Yes) || read(&e, Fact::Danger, Value::Unsure))
        {
            let actions = e.actions();
            assert!(!actions.contains(&A::DoNotPassOn), "{actions:?}");
            assert!(actions.contains(&A::ConsultDgNow) && actions.contains(&A::Call112));
            continue;
        }
        let given: Vec<_> = e
            .actions()
            .into_iter()
            .filter(|a| declines.contains(a))
            .collect();
        assert_eq!(
            given.len(),
            1,
            "{:?}: how to decline, once: {given:?}",
            e.trace.last()
        );
    }
}

#[test]
fn a_possible_danger_never_ends_in_a_bare_keep_the_secret() {
    let mut seen = 0;
    for e in every_path() {
        // Only where danger was answered yes or "unsure" (spec §6, version 3):
        // not on a transfer under a law, nor on team work.
        let concern = read(&e, Fact::Danger, Value::Yes) || read(&e, Fact::Danger, Value::Unsure);
        let actions = e.actions();
        let advised =
            actions.contains(&A::ConsultDgNow) || actions.contains(&A::ConsultLegalServiceNow);
        if matches!(
            e.outcome(),
            Some(Outcome::Necessity | Outcome::ChildProtection | Outcome::StaffProtection)
        ) {
            assert!(!advised, "{:?} already says what to do", e.outcome());
            continue;
        }
        assert_eq!(concern, advised, "{e:?}");
        if advised {
            seen += 1;
            assert!(actions.contains(&A::Call112) && actions.contains(&A::OtherTextsMayAllow));
            for lead in [
                Source::ReportingChildDanger,
                Source::DutyToHelp,
                Source::ChildMaltreatmentDecree,
            ] {
                assert!(e.citations().contains(&lead), "{lead} cited");
            }
        }
    }
    assert!(seen > 0);
    let leads = text::action(A::OtherTextsMayAllow);
    for needle in [
        "458bis de l'ancien Code pénal",
        "422bis de l'ancien Code pénal",
        "12 mai 2004",
        "SOS Enfants",
        "service juridique",
    ] {
        assert!(leads.contains(needle), "the leads name {needle}");
    }
}

#[test]
fn the_danger_question_says_the_person_helped_can_be_at_risk() {
    let q = text::question(Fact::Danger);
    assert!(
        q.title.contains("la personne aidée elle-même"),
        "{}",
        q.title
    );
}

#[test]
fn a_summoned_witness_appears_takes_the_oath_and_may_invoke_the_secret() {
    for e in paths_where(|e| e.decisive_rules().any(|r| r.id == RuleId::R30)) {
        let actions = e.actions();
        for needed in [
            A::AppearAndTakeOath,
            A::SpeakOrInvokeSecret,
            A::DocumentsOnlyToJudge,
        ] {
            assert!(actions.contains(&needed), "{needed} after R30");
        }
        assert!(!actions.contains(&A::DeclineNeitherConfirmNorDeny));
    }
    let court = text::answer(Value::Choice(Choice::Court));
    assert!(
        court.contains("juge d'instruction") && court.contains("témoin"),
        "{court}"
    );
    assert!(
        !court.contains("appelle"),
        "« m'appelle » reads as a phone call: {court}"
    );
    let magistrate = text::answer(Value::Choice(Choice::Magistrate));
    assert!(magistrate.contains("parquet") && magistrate.contains("sans convocation"));
}

#[test]
fn the_penalty_is_the_old_code_s_and_the_new_code_is_to_be_checked() {
    let penalty = text::reminder(Reminder::BreachIsPunished);
    for needle in [
        "pénales, civiles",
        "disciplinaires",
        "antérieurs au 8 avril 2026",
        "ancien Code pénal",
        "ou l'une de ces peines seulement",
        "à vérifier",
    ] {
        assert!(
            penalty.contains(needle),
            "penalty reminder lacks {needle}: {penalty}"
        );
    }
    assert!(!penalty.contains("et à une amende"));
    assert!(Reminder::BreachIsPunished
        .sources()
        .contains(&Source::NewPenalCode));
    assert!(text::ui::NEW_CODE_NOTICE.contains("deux lois"));
    assert!(
        !text::ui::VALID_AS_OF.contains("à jour"),
        "the rule base does not claim criminal references are current"
    );
}

#[test]
fn no_template_or_answer_confirms_that_the_cpas_knows_the_person() {
    let confirming = [
        "informations demandées sont couvertes",
        "est connu",
        "est aidé",
        "son dossier",
        "le dossier de",
    ];
    for &template in Template::ALL {
        let body = text::template(template).body;
        for words in confirming {
            assert!(!body.contains(words), "{template} says « {words} »");
        }
    }
    for template in [Template::AnswerRefusal, Template::AnswerInadmissible] {
        assert!(
            text::template(template)
                .body
                .contains("ni confirmer ni infirmer"),
            "{template}"
        );
    }
    assert!(text::action(A::DeclineNeitherConfirmNorDeny).contains("ni confirmer ni infirmer"));
    assert!(text::reminder(Reminder::SameWordsWhetherKnown).contains("ni n'infirme"));
}

#[test]
fn control_of_social_files_gives_nothing_by_phone() {
    let e = facts(
        r#"{"situation": "request", "covered": true, "origin": "external", "requester": "control_authority"}"#,
    );
    assert!(e.avoid().contains(&X::NothingByPhoneToInspector));
    let all = words(&e);
    for needle in [
        "carte de légitimation",
        "mandat",
        "directeur général organise",
    ] {
        assert!(all.contains(needle), "control outcome says {needle}");
    }
    // Read narrowly: the SPP's inspection; a social inspector under the Code
    // pénal social is another external requester, and the options say so.
    let label = text::answer(Value::Choice(Choice::ControlAuthority));
    assert!(label.contains("SPP Intégration sociale"), "{label}");
    let other = text::answer(Value::Choice(Choice::OtherExternal));
    assert!(
        other.contains("ONEM") && other.contains("Code pénal social"),
        "{other}"
    );
}

#[test]
fn necessity_weighs_the_interests_and_checks_who_is_calling() {
    let e = facts(
        r#"{"situation": "request", "covered": true, "origin": "external", "requester": "police", "danger": true, "no_other_means": true}"#,
    );
    assert_eq!(e.outcome(), Some(Outcome::Necessity));
    let all = words(&e);
    for needle in [
        "plus important que le secret",
        "la personne aidée comprise",
        "numéro officiel",
    ] {
        assert!(all.contains(needle), "necessity says {needle}");
    }
}

#[test]
fn consent_is_the_person_s_own_and_does_not_oblige() {
    let e = facts(
        r#"{"situation": "own_initiative", "covered": true, "danger": false, "initiative_concern": "other", "initiative_recipient": "external", "consent": true}"#,
    );
    assert_eq!(e.outcome(), Some(Outcome::DiscloseConsent));
    let all = words(&e);
    for needle in [
        "libre, éclairé",
        "écrit et daté",
        "recueilli par le CPAS",
        "retirer",
        "n'oblige pas",
    ] {
        assert!(all.contains(needle), "consent outcome says {needle}");
    }
    assert!(e
        .interpretations()
        .contains(&Interpretation::ConsentReadStrictly));
}

#[test]
fn a_legal_basis_that_obliges_is_told_apart_from_one_that_allows() {
    let e = facts(
        r#"{"situation": "request", "covered": true, "origin": "external", "requester": "magistrate", "danger": false, "form": "written", "role": "examiner", "identifies_person": true, "consent": false, "cites_legal_basis": true, "legal_basis_applies": true}"#,
    );
    assert_eq!(e.outcome(), Some(Outcome::DiscloseLegalBasis));
    let all = words(&e);
    assert!(all.contains("si la loi oblige") && all.contains("si la loi autorise seulement"));
    assert!(all.contains("46bis/1"));
    assert!(e.citations().contains(&Source::ProsecutorRequest));
}

#[test]
fn shared_secrecy_gives_examples_cites_article_50_and_flags_outside_professionals() {
    for e in paths_where(|e| {
        matches!(
            e.outcome(),
            Some(Outcome::ShareSharedSecret | Outcome::InformBeneficiaryFirst)
        )
    }) {
        let outcome = e.outcome().expect("complete");
        assert!(e.actions().contains(&A::SameMissionExamples), "{outcome}");
        assert!(
            e.citations().contains(&Source::StaffBound),
            "{outcome} cites art. 50 LO"
        );
        let outside = e.decisive_rules().any(|r| r.id == RuleId::R37);
        assert_eq!(
            outside,
            e.interpretations()
                .contains(&Interpretation::OutsideProfessionalSharedSecret),
            "R37 is shown as the guide's interpretation"
        );
    }
    let examples = text::action(A::SameMissionExamples);
    for not_same in [
        "service du personnel",
        "mutualité",
        "FOREM",
        "police",
        "propriétaire",
    ] {
        assert!(examples.contains(not_same), "{not_same}");
    }
}

#[test]
fn what_is_covered_includes_the_household_and_what_is_not_still_calls_for_discretion() {
    assert!(text::question(Fact::Covered)
        .hint
        .contains("membre du ménage"));
    let e = facts(r#"{"situation": "request", "covered": false}"#);
    assert!(e.actions().contains(&A::RespectDiscretion));
    assert!(e.citations().contains(&Source::DataProtection));
}

#[test]
fn a_precise_request_names_the_person_and_the_object() {
    assert!(text::question(Fact::IdentifiesPerson)
        .title
        .contains("l'objet"));
    assert!(text::action(A::ExplainWrittenRequest).contains("l'objet"));
    assert!(text::template(Template::OralReply).body.contains("l'objet"));
    assert!(text::template(Template::AnswerInadmissible)
        .body
        .contains("l'objet"));
}

#[test]
fn the_person_asking_about_his_own_file_is_not_a_third_party() {
    let e = facts(
        r#"{"situation": "request", "covered": true, "origin": "external", "requester": "person_concerned"}"#,
    );
    assert_eq!(e.outcome(), Some(Outcome::PersonOwnInformation));
    let actions = e.actions();
    for needed in [
        A::CheckIdentity,
        A::CheckRepresentativeMandate,
        A::NothingOnTrustByPhone,
        A::FileAccessProcedure,
    ] {
        assert!(actions.contains(&needed), "{needed}");
    }
    assert!(e.avoid().contains(&X::NothingAboutOthers));
    assert!(e.citations().contains(&Source::OwnDataAccess));
    assert!(
        e.interpretations()
            .contains(&Interpretation::PersonNotThirdParty),
        "shown as beyond the circular"
    );
}

#[test]
fn own_initiative_outcomes_speak_of_no_request_and_no_answer() {
    for e in paths_where(|e| read(e, Fact::Situation, Value::Choice(Choice::OwnInitiative))) {
        let all = words(&e).to_lowercase();
        let spoken: Vec<&str> = all.split(|c: char| !c.is_alphabetic()).collect();
        for word in ["demande", "demandes", "réponse", "répondez"] {
            assert!(
                !spoken.contains(&word),
                "{:?} speaks of « {word} »:\n{all}",
                e.outcome()
            );
        }
    }
}

#[test]
fn examiners_weigh_legitimacy_and_proportionality_and_councillors_go_through_the_dg() {
    for e in paths_where(|e| read(e, Fact::Role, Value::Choice(Choice::Examiner))) {
        assert!(e.actions().contains(&A::WeighLegitimacyProportionality));
        assert!(e.citations().contains(&Source::CircularAim));
    }
    let info = facts(
        r#"{"situation": "request", "covered": true, "origin": "internal", "requester": "councillor", "councillor_request": "information"}"#,
    );
    assert!(info.actions().contains(&A::CouncillorInformationThroughDg));
    let tell = facts(
        r#"{"situation": "councillor_disclosure", "covered": true, "disclose_to": "beneficiary"}"#,
    );
    assert!(tell.actions().contains(&A::SendBeneficiaryToSocialWorker));
}

/// The texts that leave the CPAS, with the fixed sources each cites
/// (pinned by the engine's tests/letters.rs).
fn sent_out() -> Vec<(Template, &'static [Source])> {
    Template::ALL
        .iter()
        .filter_map(|&t| Some((t, t.sent_out()?)))
        .collect()
}

/// The texts sent out in writing: the oral reply is said aloud, without
/// references nobody reads out (issue 18).
fn written_sent_out() -> Vec<(Template, &'static [Source])> {
    sent_out()
        .into_iter()
        .filter(|(t, _)| !t.is_spoken())
        .collect()
}

/// The sources a filled-in text lists, one per line as the page writes
/// them, in order.
fn listed_sources(filled: &str) -> Vec<Source> {
    filled
        .lines()
        .filter_map(|line| {
            Source::ALL
                .iter()
                .copied()
                .find(|&s| line == format!("– {}", text::citation(s)))
        })
        .collect()
}

#[test]
fn a_text_sent_out_cites_the_same_sources_whatever_the_cpas_knows() {
    // The letter as the page fills it in lists, on every path where it is
    // offered, the text's fixed sources, whatever the answers.
    let config = Config::default();
    for (template, sources) in written_sent_out() {
        for e in paths_where(|e| e.templates().contains(&template)) {
            let filled = fill(template, &e, &config);
            assert_eq!(
                listed_sources(&filled),
                sources,
                "{template} on {:?}",
                e.outcome()
            );
        }
        for source in sources {
            assert_eq!(
                text::citation(*source),
                source.reference(),
                "{template} cites {source}, which carries an internal note"
            );
        }
    }
}

#[test]
fn a_text_sent_out_fills_in_only_the_cpas_the_designated_person_and_the_references() {
    // Never the path ({reasons}) nor the decision: what the CPAS examined
    // stays inside it. Said aloud, the oral reply cites nothing.
    for (template, _) in sent_out() {
        let body = text::template(template).body;
        let mut placeholders = Vec::new();
        let mut rest = body;
        while let Some(open) = rest.find('{') {
            let close = rest[open..].find('}').expect("a closed placeholder") + open;
            placeholders.push(&rest[open + 1..close]);
            rest = &rest[close + 1..];
        }
        assert_eq!(
            placeholders.contains(&"references"),
            !template.is_spoken(),
            "{template}: references in a written text, none said aloud"
        );
        for p in placeholders {
            assert!(
                ["cpas", "of_cpas", "designated", "references"].contains(&p),
                "{template} fills in {{{p}}}"
            );
        }
    }
    let config = Config::default();
    for e in paths_where(|e| !e.templates().is_empty()) {
        for template in e.templates().into_iter().filter(|t| t.sent_out().is_some()) {
            let filled = fill(template, &e, &config);
            for rule in e.decisive_rules() {
                assert!(
                    !filled.contains(text::reason(rule.id)),
                    "{template} tells the path ({})",
                    rule.id.id()
                );
            }
        }
    }
}

#[test]
fn what_an_administrator_typed_is_filled_in_as_it_is() {
    // Filled in one pass: a name holding a placeholder is not filled again.
    let config = Config {
        cpas: Some("CPAS {references}".to_string()),
        designated: Some("service {cpas}".to_string()),
        contact: None,
        accessibility: None,
    };
    for e in paths_where(|e| e.templates().contains(&Template::OralReply)) {
        let filled = fill(Template::OralReply, &e, &config);
        assert!(
            filled.contains("Président du CPAS {references}\u{a0}:"),
            "{filled}"
        );
        assert_eq!(listed_sources(&filled), [], "nothing cited aloud");
    }
    let unset = fill(
        Template::OralReply,
        &paths_where(|e| e.templates().contains(&Template::OralReply))[0],
        &Config::default(),
    );
    assert!(unset.contains("Président de notre CPAS"), "{unset}");
    for e in paths_where(|e| e.templates().contains(&Template::ForwardNote)) {
        let filled = fill(Template::ForwardNote, &e, &config);
        assert!(
            filled.contains("Président du CPAS {references}\n"),
            "{filled}"
        );
        assert!(filled.contains("ou service {cpas}."), "{filled}");
    }
}
