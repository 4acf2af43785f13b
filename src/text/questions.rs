//! How a question is laid out for an answer given in seconds: the longer
//! explanation behind « Comment choisir ? », each question's own error
//! message, the short headings the requesters are grouped under, and the
//! labels an answer takes under one question only. Keyed by fact and by
//! answer id with a default, so a fact or a requester added later gets the
//! default until it is given its own words.

use super::guidance::{answer, question};
use crate::engine::{Choice, Fact, Value};

pub const HOW_TO_CHOOSE: &str = "Comment choisir ?";
pub const ERROR_SUMMARY_TITLE: &str = "Il y a un problème";
pub const COUNCILLOR_SWITCH_INTRO: &str =
    "Vous voulez consulter un dossier ou en obtenir une copie ?";
pub const COUNCILLOR_SWITCH: &str = "Posez plutôt une demande de conseiller";

/// The longer explanation of a question, collapsed under « Comment
/// choisir ? »; `None` where the hint says enough.
pub fn how_to_choose(fact: Fact, answers: &[(Fact, Value)]) -> Option<&'static str> {
    match fact {
        Fact::Covered => Some(
            "Le secret couvre ce qu'on vous a confié, mais aussi tout ce que vous avez vu, connu, constaté, découvert ou appris dans l'exercice ou à l'occasion de votre fonction ou de votre mandat. Cela vaut aussi pour une personne que vous connaissez par ce dossier : un membre du ménage, un enfant vu lors d'une visite à domicile.",
        ),
        Fact::Requester if is_internal(answers) => Some(
            "Un conseiller ou une conseillère de l'action sociale suit les règles des conseillers (consultation, copie, information) ; un ou une collègue, celles du secret partagé.",
        ),
        Fact::Requester => Some(
            "Être convoqué pour être entendu comme témoin, sous serment, par un tribunal ou un juge d'instruction, ce n'est pas la même chose qu'un courrier ou un appel du parquet ou de la police. Un inspecteur social qui agit en vertu du Code pénal social (ONEM, ONSS, INAMI…) est « une autre personne ou institution ». La personne elle-même, ou son représentant légal (parent d'un mineur, tuteur, administrateur, avocat mandaté), n'est pas un tiers : elle a le droit de savoir ce qui la concerne. Ne notez aucun nom.",
        ),
        Fact::Danger => Some(
            "C'est la première condition de l'« état de nécessité » : un mal grave et imminent pour autrui, et la personne que vous aidez peut être celle qui est en danger (un enfant, un adulte vulnérable). Si vous craignez pour un enfant ou un adulte vulnérable sans être sûr que le danger soit imminent, répondez « Je ne sais pas » : le guide vous dira quoi faire, et avec qui, sans attendre.",
        ),
        Fact::Consent => Some(
            "L'accord doit être libre, donné en connaissance de cause, pour cette transmission-là, et recueilli par le CPAS lui-même : jamais transmis par celui qui veut l'information. S'il s'agit d'un enfant, voyez avec le directeur général ou le service désigné qui peut donner cet accord.",
        ),
        Fact::LegalBasisApplies => Some(LAW_THAT_OBLIGES),
        Fact::LegalObligation => Some(LAW_THAT_OBLIGES_OWN_INITIATIVE),
        _ => None,
    }
}

/// The same example on one's own initiative, where it must not be read as
/// a duty to report: its paragraph saying so was annulled. Written out
/// whole, as the other, so the Fédération reviews each text as shown.
const LAW_THAT_OBLIGES_OWN_INITIATIVE: &str = "Un exemple de loi qui oblige : l'article 46bis/1 du Code d'instruction criminelle. Sur demande écrite et motivée du procureur du Roi, dans une enquête sur des infractions terroristes, le CPAS doit donner les renseignements administratifs demandés ; un refus est puni d'une amende. Il n'oblige pas à signaler de votre propre initiative : ce paragraphe a été annulé par la Cour constitutionnelle (arrêt 44/2019 du 14 mars 2019). En cas de doute, vérifiez avec le directeur général ou le service désigné.";

/// The example of a law that obliges, as the spec gives it (§6, version 3).
const LAW_THAT_OBLIGES: &str = "Un exemple de loi qui oblige : l'article 46bis/1 du Code d'instruction criminelle. Sur demande écrite et motivée du procureur du Roi, dans une enquête sur des infractions terroristes, le CPAS doit donner les renseignements administratifs demandés ; un refus est puni d'une amende. En cas de doute, vérifiez avec le directeur général ou le service désigné.";

/// The hint under a question, in one sentence; the internal version of
/// « Qui fait la demande ? » does not speak of courts and police.
pub fn short_hint(fact: Fact, answers: &[(Fact, Value)]) -> &'static str {
    match fact {
        Fact::Requester if is_internal(answers) => {
            "Choisissez la fonction de la personne du CPAS qui demande."
        }
        _ => question(fact).hint,
    }
}

fn is_internal(answers: &[(Fact, Value)]) -> bool {
    answers.contains(&(Fact::Origin, Value::Choice(Choice::Internal)))
}

/// What a question says when Continuer is pressed without an answer.
pub const fn error(fact: Fact) -> &'static str {
    match fact {
        Fact::Situation => "Choisissez la situation qui est la vôtre.",
        Fact::Origin => "Indiquez si la demande vient du CPAS ou de l'extérieur.",
        Fact::Requester => "Choisissez qui fait la demande.",
        Fact::Role => "Indiquez votre rôle face à cette demande.",
        Fact::Form => "Indiquez comment la demande vous est parvenue.",
        Fact::CouncillorRequest => "Choisissez ce que demande le conseiller ou la conseillère.",
        Fact::Document => "Choisissez les documents demandés.",
        Fact::DiscloseTo => "Choisissez à qui vous parleriez du dossier.",
        Fact::InitiativeRecipient => "Choisissez à qui vous transmettriez l'information.",
        _ => "Répondez Oui, Non ou Je ne sais pas.",
    }
}

/// The headings answers are grouped under, in the order shown.
pub const GROUPS: [&str; 3] = [
    "Justice et police",
    "Autorités et inspections",
    "Personnes et organismes",
];

/// The heading an answer is listed under, where a question groups its
/// answers; a requester added later falls in the last group until placed.
pub fn group(fact: Fact, value: Value) -> Option<&'static str> {
    use Choice as C;
    if fact != Fact::Requester {
        return None;
    }
    let Value::Choice(choice) = value else {
        return None;
    };
    match choice {
        C::InternalProcedure | C::Colleague | C::Councillor => None,
        C::Court | C::Magistrate | C::Police | C::SearchOrSeizure => Some(GROUPS[0]),
        C::ParliamentaryInquiry | C::MunicipalAuthority | C::ControlAuthority | C::CsilR => {
            Some(GROUPS[1])
        }
        _ => Some(GROUPS[2]),
    }
}

/// The label of an answer under this question: most answers read the same
/// under every question that offers them.
pub fn label(fact: Fact, value: Value) -> &'static str {
    match (fact, value) {
        (Fact::InitiativeRecipient, Value::Choice(Choice::Internal)) => "À quelqu'un du CPAS",
        (Fact::InitiativeRecipient, Value::Choice(Choice::External)) => "À quelqu'un hors du CPAS",
        _ => answer(value),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_requesters_fall_under_three_headings_and_the_internal_ones_under_none() {
        let external = Fact::Requester;
        let c = |choice| Value::Choice(choice);
        assert_eq!(
            group(external, c(Choice::Police)),
            Some("Justice et police")
        );
        assert_eq!(
            group(external, c(Choice::ControlAuthority)),
            Some("Autorités et inspections")
        );
        assert_eq!(
            group(external, c(Choice::Landlord)),
            Some("Personnes et organismes")
        );
        assert_eq!(group(external, c(Choice::Colleague)), None);
        assert_eq!(group(Fact::Form, c(Choice::Oral)), None);
    }

    #[test]
    fn the_internal_requester_question_does_not_speak_of_courts_or_police() {
        let internal = [(Fact::Origin, Value::Choice(Choice::Internal))];
        let words = format!(
            "{} {}",
            short_hint(Fact::Requester, &internal),
            how_to_choose(Fact::Requester, &internal).unwrap_or_default()
        );
        for external in ["tribunal", "police", "parquet"] {
            assert!(!words.contains(external), "{external} in « {words} »");
        }
    }

    #[test]
    fn every_hint_is_one_sentence() {
        for &fact in Fact::ALL {
            let hint = short_hint(fact, &[]);
            assert!(
                !hint.trim_end_matches('.').contains(". "),
                "{fact}: « {hint} » is more than one sentence"
            );
        }
    }
}
