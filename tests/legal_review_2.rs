//! The second legal review (spec §6, version 3): what each new outcome and
//! each corrected text says, in the words the page shows, on every path
//! that reaches it. One test per point of the review.

use secret_pro::engine::{
    Action as A, Adviser, Avoid as X, Choice, Evaluation, Fact, Outcome, Reminder, RuleId, Source,
    Standing, Template, Value,
};
use secret_pro::text;

mod common;
use common::{facts, paths_where};

/// The complete paths that reach `outcome`: at least one.
fn reaching(outcome: Outcome) -> Vec<Evaluation> {
    paths_where(|e| e.outcome() == Some(outcome))
}

/// Everything the outcome screen says about what to do, what not to do,
/// and why.
fn words(e: &Evaluation) -> String {
    let mut all = common::what_to_do(e);
    all.extend(e.decisive_rules().map(|r| text::reason(r.id).to_string()));
    all.extend(
        e.interpretations()
            .into_iter()
            .map(|i| text::interpretation(i).to_string()),
    );
    all.join("\n").replace('\u{a0}', " ")
}

fn says(e: &Evaluation, needles: &[&str]) {
    let all = words(e);
    for needle in needles {
        assert!(
            all.contains(needle),
            "{:?} does not say « {needle} »:\n{all}",
            e.outcome()
        );
    }
}

fn letter(template: Template) -> String {
    text::template(template).body.replace('\u{a0}', " ")
}

/// Point 1: a child at risk without imminent danger is never "keep the
/// secret" nor "transmit to no one".
#[test]
fn a_child_at_risk_calls_for_action_the_same_day() {
    for e in
        paths_where(|e| e.read(Fact::InitiativeConcern) == Some(Value::Choice(Choice::ChildAtRisk)))
    {
        assert_eq!(e.outcome(), Some(Outcome::ChildProtection), "{e:?}");
    }
    for e in reaching(Outcome::ChildProtection) {
        assert!(!e.actions().contains(&A::DoNotPassOn));
        assert!(e.avoid().contains(&X::DoNothing));
        assert!(e.actions().contains(&A::Call112));
        says(
            &e,
            &[
                "aujourd'hui même",
                "SOS Enfants",
                "conseiller de l'aide à la jeunesse",
                "12 mai 2004",
                "avec la famille",
                "ni à l'école ni aux voisins",
            ],
        );
        assert!(e.citations().contains(&Source::ChildMaltreatmentDecree));
    }
}

/// Point 2: the CPAS's own handling of a file: what the function needs,
/// not the social investigation, nothing to the commune.
#[test]
fn the_cpas_own_handling_passes_what_each_function_needs() {
    for e in reaching(Outcome::InternalProcedure) {
        says(
            &e,
            &[
                "l'identité, le montant, le compte et la décision",
                "l'enquête sociale",
                "commune",
                "signature de la réponse officielle",
                "RGPD, art. 38, § 2",
            ],
        );
        assert!(!e.reminders().contains(&Reminder::SameWordsWhetherKnown));
        assert!(e.citations().contains(&Source::DpoAccess));
    }
}

/// Point 3: "Je ne sais pas" on the legal basis is neither yes nor no: an
/// acknowledgement of receipt, never a refusal letter.
#[test]
fn an_unsure_legal_basis_waits_for_the_analysis() {
    for e in reaching(Outcome::LegalOpinionFirst) {
        let templates = e.templates();
        assert!(templates.contains(&Template::AcknowledgeReceipt));
        assert!(!templates.contains(&Template::AnswerRefusal));
        assert!(e.avoid().contains(&X::RefuseWhileUnsure));
        says(
            &e,
            &["ni oui ni non", "analyse juridique", "26 à 10 000 euros"],
        );
        assert!(
            !e.unsure.contains(&Fact::LegalBasisApplies),
            "the doubt is the decision here, not a point the guide settled"
        );
    }
    let receipt = letter(Template::AcknowledgeReceipt);
    assert!(receipt.contains("ne confirme ni n'infirme"), "{receipt}");
    assert!(!receipt.contains("refus"), "{receipt}");
}

/// Point 4: a search is not obstructed; a warrant obliges to let them
/// search, not to speak.
#[test]
fn a_search_is_not_obstructed_and_questions_are_a_hearing() {
    for e in reaching(Outcome::SearchNotObstructed) {
        let avoid = e.avoid();
        assert!(!avoid.contains(&X::YieldToPressure) && !e.actions().contains(&A::AnswerNothing));
        says(
            &e,
            &[
                "ordonnance",
                "pas à parler",
                "88quater",
                "procès-verbal",
                "scellés",
                "Sans mandat",
                "directeur général",
            ],
        );
    }
}

/// Point 5: a threat against staff may be reported, those facts only.
#[test]
fn a_threat_against_staff_may_be_reported_and_only_that() {
    for e in reaching(Outcome::StaffProtection) {
        assert!(e.actions().contains(&A::Call112));
        assert!(!e.actions().contains(&A::DoNotPassOn));
        says(
            &e,
            &["seulement ces faits", "4 août 1996", "directeur général"],
        );
    }
}

/// Point 6: information already sent: DG and DPO the same day, 72 hours
/// for the CPAS, the person informed where the risk is high.
#[test]
fn information_already_sent_is_a_breach_to_limit_and_tell() {
    for e in reaching(Outcome::BreachResponse) {
        says(
            &e,
            &[
                "aujourd'hui même",
                "délégué à la protection des données",
                "72 heures",
                "Autorité de protection des données",
                "formulaire électronique",
                "RGPD, art. 34",
                "art. 33, § 5",
                "renvoyer ou de la supprimer",
                "ce qui est parti, à qui, quand et comment",
            ],
        );
    }
    let covered_or_not = facts(r#"{"situation": "already_disclosed", "covered": false}"#);
    assert_eq!(covered_or_not.outcome(), Some(Outcome::BreachResponse));
}

/// Point 7: GDPR access in practice for the person herself.
#[test]
fn the_person_s_own_access_has_its_gdpr_terms() {
    for e in reaching(Outcome::PersonOwnInformation) {
        says(
            &e,
            &[
                "dans le mois",
                "art. 12, § 3",
                "première copie est gratuite",
                "masqué",
                "ne connaît pas",
                "mineur",
                "le directeur général décide",
            ],
        );
        assert!(!e.reminders().contains(&Reminder::SameWordsWhetherKnown));
    }
    assert!(text::decision(Outcome::PersonOwnInformation).contains("le droit de savoir"));
}

/// Point 8: the old art. 458 is not the legal ground of an exception today.
#[test]
fn the_old_article_458_is_named_as_old_with_the_new_code_to_check() {
    for rule in [RuleId::R39, RuleId::R43] {
        let reason = text::reason(rule).replace('\u{a0}', " ");
        assert!(
            reason.contains("l'ancien article 458")
                && reason.contains("nouveau Code pénal est à vérifier"),
            "{reason}"
        );
    }
    let opinion = letter(Template::ReasonedOpinion);
    let frame = &opinion[opinion.find("1. Cadre légal").expect("a legal frame")..];
    assert!(frame.contains("l'ancien article 458"), "{frame}");
    assert!(
        frame.contains("nouveau Code pénal est à vérifier"),
        "{frame}"
    );
}

/// Point 9: art. 46bis/1, wherever it is the example of an obliging law:
/// who, what, the fine, §3 annulled.
#[test]
fn article_46bis_1_is_told_in_full_where_it_is_the_example() {
    let e = facts(
        r#"{"situation": "request", "covered": true, "origin": "external", "requester": "magistrate", "danger": false, "form": "written", "role": "examiner", "identifies_person": true, "consent": false, "cites_legal_basis": true, "legal_basis_applies": true}"#,
    );
    assert_eq!(e.outcome(), Some(Outcome::DiscloseLegalBasis));
    says(
        &e,
        &[
            "procureur du Roi",
            "CPAS compris",
            "infractions terroristes",
            "26 à 10 000 euros",
            "44/2019",
            "annulé",
        ],
    );
    let reference = Source::ProsecutorRequest.reference();
    assert!(reference.contains("§ 3 a été annulé"), "{reference}");
    assert_eq!(Source::ProsecutorRequest.standing(), Standing::InForce);
}

/// Point 10: the SPP's inspection read narrowly; a social inspector goes
/// through the written request.
#[test]
fn a_social_inspector_goes_through_the_written_request() {
    let e = facts(
        r#"{"situation": "request", "covered": true, "origin": "external", "requester": "other_external", "danger": false, "form": "oral"}"#,
    );
    assert_eq!(e.outcome(), Some(Outcome::NoAnswerOral));
    says(&e, &["Code pénal social", "vérifie le pouvoir invoqué"]);
    for e in reaching(Outcome::ControlNotHindered) {
        says(&e, &["SPP Intégration sociale"]);
    }
}

/// Point 11: consultation serves the mandate; a neighbour's file goes
/// through the DG.
#[test]
fn a_councillor_s_consultation_serves_the_mandate() {
    for e in reaching(Outcome::CouncillorConsult) {
        says(&e, &["sert le mandat", "voisin", "directeur général"]);
    }
}

/// Point 12: the duty to help may make acting compulsory.
#[test]
fn necessity_says_acting_may_be_a_duty() {
    for e in reaching(Outcome::Necessity) {
        says(&e, &["422bis", "obligatoire"]);
    }
}

/// Point 13: 112 and the child leads only where danger was yes or unsure.
#[test]
fn a_transfer_under_a_law_carries_no_emergency_advice() {
    let e = facts(
        r#"{"situation": "own_initiative", "covered": true, "danger": false, "initiative_concern": "other", "initiative_recipient": "external", "consent": false, "legal_obligation": true}"#,
    );
    assert_eq!(e.outcome(), Some(Outcome::DiscloseLegalBasis));
    let actions = e.actions();
    assert!(!actions.contains(&A::Call112) && !actions.contains(&A::OtherTextsMayAllow));
}

/// Point 14: the note to the beneficiary names who receives what.
#[test]
fn the_beneficiary_is_told_who_receives_what() {
    let e = facts(
        r#"{"situation": "request", "covered": true, "origin": "external", "requester": "external_professional", "danger": false, "form": "written", "role": "examiner", "identifies_person": true, "consent": false, "recipient_bound": true, "same_mission": true, "strictly_necessary": true, "beneficiary_interest": true, "beneficiary_informed": false}"#,
    );
    assert_eq!(e.outcome(), Some(Outcome::InformBeneficiaryFirst));
    says(
        &e,
        &[
            "qui recevra quelles informations",
            "pas facultatif",
            "accord",
        ],
    );
    let note = letter(Template::InformBeneficiary);
    assert!(
        note.contains("[quelles informations]") && !note.contains("Si utile"),
        "{note}"
    );
}

/// Point 15: a standing never contradicts a note; a date of checking only
/// for a source compared with a text in the repository.
#[test]
fn case_law_is_case_law_and_only_compared_sources_are_dated() {
    for &source in Source::ALL {
        let entry = source.entry();
        let judgment =
            entry.reference.starts_with("Cass.") || entry.reference.starts_with("Bruxelles,");
        assert_eq!(
            judgment,
            entry.standing == Standing::CaseLaw,
            "{source}: {}",
            entry.reference
        );
    }
    for source in [
        Source::CouncillorsConsult,
        Source::CouncillorsSecrecy,
        Source::CouncillorsCopy,
    ] {
        assert!(source.reference().contains("art. 36, al."), "{source}");
    }
}

/// Point 16: asked about someone the CPAS does not know, the requester is
/// told what he would be told if the person were known.
#[test]
fn not_known_is_never_said_to_the_one_who_asks() {
    let e = facts(r#"{"situation": "request", "covered": false}"#);
    assert_eq!(e.outcome(), Some(Outcome::NotCovered));
    assert!(e.actions().contains(&A::SameAnswerAsIfKnown));
    assert!(e.avoid().contains(&X::SayPersonNotKnown));
    let hint = text::question(Fact::Covered).hint.replace('\u{a0}', " ");
    assert!(hint.contains("répondez « Oui »"), "{hint}");
}

/// The DG is never told to consult the DG (issue 18, item 3): the examiner
/// turns to the legal service.
#[test]
fn the_examiner_is_sent_to_the_legal_service_not_to_himself() {
    for e in paths_where(|e| e.read(Fact::Role) == Some(Value::Choice(Choice::Examiner))) {
        assert_eq!(e.adviser(), Adviser::LegalService);
        let actions = e.actions();
        assert!(
            !actions.contains(&A::AskDgWhenInDoubt) && !actions.contains(&A::ConsultDgNow),
            "{:?}: {actions:?}",
            e.outcome()
        );
    }
}
