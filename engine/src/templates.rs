//! Which reply templates an outcome offers (their words are in the page's
//! text module): the circular's steps put into a text the user completes.

use super::advice::When;
use super::facts::{Choice, Fact, Value};
use super::ids::id_enum;
use super::outcome::Outcome;
use super::sources::Source;

id_enum! {
    /// A reply template.
    Template {
        /// What to say to someone asking by phone or at the desk.
        OralReply = "oral_reply",
        /// The note forwarding a written request to the President.
        ForwardNote = "forward_note",
        /// The skeleton of the written reasoned opinion (avis motivé).
        ReasonedOpinion = "reasoned_opinion",
        /// Official answer: refusal.
        AnswerRefusal = "answer_refusal",
        /// Official answer: not admissible as it stands.
        AnswerInadmissible = "answer_inadmissible",
        /// Official answer: transmission limited to the strictly necessary.
        AnswerLimited = "answer_limited",
        /// Informing the beneficiary that the secret may be partly shared for team work.
        InformBeneficiary = "inform_beneficiary",
        /// Acknowledging receipt while the legal basis is analysed: confirms nothing.
        AcknowledgeReceipt = "acknowledge_receipt",
    }
}

/// Where a template is offered: one of these outcomes, and, when given,
/// only if the path shows this.
struct Offer {
    template: Template,
    outcomes: &'static [Outcome],
    when: Option<When>,
}

const EXAMINER: Option<When> = Some(When::Read(Fact::Role, Value::Choice(Choice::Examiner)));

/// One row per template, in `Template::ALL`'s order, the order they are
/// offered in.
const OFFERS: &[Offer] = &[
    Offer {
        template: Template::OralReply,
        outcomes: &[Outcome::NoAnswerOral],
        when: None,
    },
    Offer {
        template: Template::ForwardNote,
        outcomes: &[Outcome::ForwardToPresident],
        when: None,
    },
    Offer {
        template: Template::ReasonedOpinion,
        outcomes: &[
            Outcome::RequestInadmissible,
            Outcome::KeepSecret,
            Outcome::DiscloseConsent,
            Outcome::DiscloseLegalBasis,
            Outcome::ShareSharedSecret,
            Outcome::InformBeneficiaryFirst,
            Outcome::LegalOpinionFirst,
        ],
        when: EXAMINER,
    },
    Offer {
        template: Template::AnswerRefusal,
        outcomes: &[Outcome::KeepSecret],
        when: EXAMINER,
    },
    Offer {
        template: Template::AnswerInadmissible,
        outcomes: &[Outcome::RequestInadmissible],
        when: EXAMINER,
    },
    Offer {
        template: Template::AnswerLimited,
        outcomes: &[
            Outcome::DiscloseConsent,
            Outcome::DiscloseLegalBasis,
            Outcome::ShareSharedSecret,
        ],
        when: EXAMINER,
    },
    Offer {
        template: Template::InformBeneficiary,
        outcomes: &[Outcome::InformBeneficiaryFirst, Outcome::ShareSharedSecret],
        when: None,
    },
    Offer {
        template: Template::AcknowledgeReceipt,
        outcomes: &[Outcome::LegalOpinionFirst],
        when: EXAMINER,
    },
];

impl Template {
    /// Said aloud (at the desk, on the phone), not written.
    pub const fn is_spoken(self) -> bool {
        matches!(self, Template::OralReply)
    }

    /// For a text that leaves the CPAS, its fixed sources. Said aloud, the
    /// oral reply cites none: nobody reads references out.
    pub const fn sent_out(self) -> Option<&'static [Source]> {
        match self {
            Template::OralReply => Some(&[]),
            Template::AnswerRefusal | Template::AnswerInadmissible => Some(&[
                Source::CircularExternal,
                Source::CircularPresident,
                Source::StaffBound,
            ]),
            Template::AnswerLimited => {
                Some(&[Source::CircularExceptions, Source::CircularPresident])
            }
            Template::InformBeneficiary => Some(&[Source::CircularShared]),
            Template::AcknowledgeReceipt => Some(&[Source::CircularPresident]),
            Template::ForwardNote | Template::ReasonedOpinion => None,
        }
    }
}

/// Where a template is offered: for these outcomes, and only where the
/// path shows this when it is given.
pub fn offers(template: Template) -> (&'static [Outcome], Option<When>) {
    OFFERS
        .iter()
        .find(|o| o.template == template)
        .map_or((&[], None), |o| (o.outcomes, o.when))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each template has one row, in the order offered.
    #[test]
    fn one_offer_per_template_in_the_order_offered() {
        let rows: Vec<Template> = OFFERS.iter().map(|o| o.template).collect();
        assert_eq!(rows, Template::ALL);
    }
}
