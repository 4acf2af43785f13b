//! Readings of the circular that the rule base takes (spec §2), shown to
//! users as interpretations wherever the rule they shape was used.

use super::facts::{id_enum, Choice, Fact};
use super::sources::Source;

id_enum! {
    /// A reading the model takes where the circular is not explicit.
    Interpretation {
        /// An external request is examined only once written and precise;
        /// consent then replaces the legal basis.
        ConsentReplacesLegalBasis = "consent_replaces_legal_basis",
        /// A requester also bound by secrecy gets nothing on that ground alone.
        BoundIsNotEnough = "bound_is_not_enough",
        /// A police request is never testimony.
        PoliceIsNotTestimony = "police_is_not_testimony",
        /// The control of social files is not put through the request procedure.
        ControlOutsideProcedure = "control_outside_procedure",
        /// Even with consent, an external request is examined only once written and precise.
        ConsentAfterAdmissibility = "consent_after_admissibility",
    }
}

/// When an interpretation applies to an evaluation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trigger {
    /// The rule with this id fired.
    Fired(&'static str),
    /// The rule with this id was read while the fact had this value.
    ReadWith(&'static str, Fact, Choice),
}

impl Interpretation {
    /// Where it applies.
    pub const fn trigger(self) -> Trigger {
        match self {
            Interpretation::ConsentReplacesLegalBasis
            | Interpretation::ConsentAfterAdmissibility => Trigger::Fired("R36"),
            Interpretation::BoundIsNotEnough => {
                Trigger::ReadWith("R37", Fact::Requester, Choice::ExternalProfessional)
            }
            Interpretation::PoliceIsNotTestimony => {
                Trigger::ReadWith("R30", Fact::Requester, Choice::Police)
            }
            Interpretation::ControlOutsideProcedure => Trigger::Fired("R31"),
        }
    }

    /// The passages it reads.
    pub const fn sources(self) -> &'static [Source] {
        match self {
            Interpretation::ConsentReplacesLegalBasis
            | Interpretation::ConsentAfterAdmissibility => {
                &[Source::CircularExternal, Source::CircularConsent]
            }
            Interpretation::BoundIsNotEnough => &[Source::CircularSameMission],
            Interpretation::PoliceIsNotTestimony => &[Source::CircularTestimony, Source::Cp458],
            Interpretation::ControlOutsideProcedure => &[Source::CircularControl],
        }
    }
}
