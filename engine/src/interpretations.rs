//! Readings of the circular that the rule base takes (spec §2), shown to
//! users as interpretations wherever the rule they shape was used.

use super::facts::{id_enum, Choice, Fact};
use super::rules::RuleId;
use super::sources::Source;

id_enum! {
    /// A reading the model takes where the circular is not explicit.
    Interpretation {
        /// The person concerned, or whoever may act for him, is not a third party.
        PersonNotThirdParty = "person_not_third_party",
        /// An external request is examined only once written and precise;
        /// consent then replaces the legal basis.
        ConsentReplacesLegalBasis = "consent_replaces_legal_basis",
        /// A requester also bound by secrecy gets nothing on that ground alone.
        BoundIsNotEnough = "bound_is_not_enough",
        /// The circular's shared-secrecy conditions, written for internal
        /// requests, applied to an outside professional.
        OutsideProfessionalSharedSecret = "outside_professional_shared_secret",
        /// Consent read strictly: the person's own, free, informed, specific, revocable.
        ConsentReadStrictly = "consent_read_strictly",
        /// A police request is never testimony.
        PoliceIsNotTestimony = "police_is_not_testimony",
        /// The control of social files is not put through the request procedure.
        ControlOutsideProcedure = "control_outside_procedure",
        /// Even with consent, an external request is examined only once written and precise.
        ConsentAfterAdmissibility = "consent_after_admissibility",
    }
}

/// Who stands behind a reading of the circular.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Validation {
    /// Not yet validated by anyone outside the project.
    NotYet,
    /// Validated by this person or body, on this date.
    By {
        /// Who (a service, a body), as they agreed to be named.
        who: &'static str,
        /// When, `YYYY-MM-DD`.
        on: &'static str,
    },
}

/// When an interpretation applies to an evaluation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trigger {
    /// One of these rules fired.
    Fired(&'static [RuleId]),
    /// The rule was read while the fact had this value.
    ReadWith(RuleId, Fact, Choice),
}

impl Interpretation {
    /// Whether it is a reading of `rule` (the rule book shows it there).
    pub fn concerns(self, rule: RuleId) -> bool {
        match self.trigger() {
            Trigger::Fired(ids) => ids.contains(&rule),
            Trigger::ReadWith(id, _, _) => id == rule,
        }
    }

    /// Where it applies.
    pub const fn trigger(self) -> Trigger {
        match self {
            Interpretation::PersonNotThirdParty => Trigger::Fired(&[RuleId::R3A]),
            Interpretation::ConsentReplacesLegalBasis
            | Interpretation::ConsentAfterAdmissibility => Trigger::Fired(&[RuleId::R36]),
            Interpretation::ConsentReadStrictly => Trigger::Fired(&[RuleId::R36, RuleId::R42]),
            Interpretation::BoundIsNotEnough => {
                Trigger::ReadWith(RuleId::R37, Fact::Requester, Choice::ExternalProfessional)
            }
            Interpretation::OutsideProfessionalSharedSecret => Trigger::Fired(&[RuleId::R37]),
            Interpretation::PoliceIsNotTestimony => {
                Trigger::ReadWith(RuleId::R30, Fact::Requester, Choice::Police)
            }
            Interpretation::ControlOutsideProcedure => Trigger::Fired(&[RuleId::R31]),
        }
    }

    /// Who validated this reading, and when. Every reading is awaiting the
    /// Fédération's legal service: none has been validated yet.
    pub const fn validation(self) -> Validation {
        Validation::NotYet
    }

    /// The passages it reads.
    pub const fn sources(self) -> &'static [Source] {
        match self {
            Interpretation::ConsentReplacesLegalBasis
            | Interpretation::ConsentAfterAdmissibility => {
                &[Source::CircularExternal, Source::CircularConsent]
            }
            Interpretation::PersonNotThirdParty => &[Source::OwnDataAccess, Source::CircularScope],
            Interpretation::ConsentReadStrictly => &[Source::CircularConsent],
            Interpretation::BoundIsNotEnough => &[Source::CircularSameMission],
            Interpretation::OutsideProfessionalSharedSecret => {
                &[Source::CircularSameMission, Source::CircularShared]
            }
            Interpretation::PoliceIsNotTestimony => {
                &[Source::CircularTestimony, Source::SecrecyOffence]
            }
            Interpretation::ControlOutsideProcedure => {
                &[Source::CircularControl, Source::SocialFilesInspection]
            }
        }
    }
}
