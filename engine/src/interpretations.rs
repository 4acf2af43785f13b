//! Readings of the circular that the rule base takes (spec §2), shown to
//! users as interpretations wherever the rule they shape was used.

use super::facts::{Choice, Fact};
use super::ids::id_enum;
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
        /// A minor able to judge has rights over his own data; the DG decides before a parent is told.
        MinorOwnData = "minor_own_data",
        /// The CPAS's own handling of a file is neither a third party's request nor shared secrecy.
        InternalProcedureHandling = "internal_procedure_handling",
        /// A search or a seizure is carried out, not answered.
        SearchCarriedOut = "search_carried_out",
        /// "Les autorités compétentes" of the control of social files, read narrowly.
        ControlReadNarrowly = "control_read_narrowly",
        /// A legal basis the examiner cannot yet say applies is not a refusal.
        UnsureBasisNotRefusal = "unsure_basis_not_refusal",
        /// A threat or an offence against staff may be reported, those facts only.
        StaffThreatReportable = "staff_threat_reportable",
        /// A worry about a child without imminent danger: a duty to act, and a referral.
        ChildWorryDutyToAct = "child_worry_duty_to_act",
        /// Personal data that left without a legal ground is a data breach.
        BreachIsDataBreach = "breach_is_data_breach",
        /// A councillor's consultation serves the mandate: a file with no link to a decision of the organ goes through the DG.
        ConsultationServesMandate = "consultation_serves_mandate",
    }
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
            Interpretation::ControlOutsideProcedure | Interpretation::ControlReadNarrowly => {
                Trigger::Fired(&[RuleId::R31])
            }
            Interpretation::MinorOwnData => Trigger::Fired(&[RuleId::R3A]),
            Interpretation::InternalProcedureHandling => Trigger::Fired(&[RuleId::R2P]),
            Interpretation::SearchCarriedOut => Trigger::Fired(&[RuleId::R3S]),
            Interpretation::UnsureBasisNotRefusal => Trigger::Fired(&[RuleId::R3U]),
            Interpretation::StaffThreatReportable => Trigger::Fired(&[RuleId::R4S]),
            Interpretation::ChildWorryDutyToAct => Trigger::Fired(&[RuleId::R4C]),
            Interpretation::BreachIsDataBreach => Trigger::Fired(&[RuleId::R50]),
            Interpretation::ConsultationServesMandate => Trigger::Fired(&[RuleId::R20]),
        }
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
            Interpretation::ControlReadNarrowly => &[
                Source::CircularControl,
                Source::SocialFilesInspection,
                Source::SocialPenalCode,
            ],
            Interpretation::MinorOwnData => &[Source::OwnDataAccess],
            Interpretation::InternalProcedureHandling => &[
                Source::CircularPresident,
                Source::StaffBound,
                Source::DpoAccess,
            ],
            Interpretation::SearchCarriedOut => &[Source::SearchAndSeizure],
            Interpretation::UnsureBasisNotRefusal => {
                &[Source::CircularPresident, Source::ProsecutorRequest]
            }
            Interpretation::StaffThreatReportable => {
                &[Source::StaffThreatDoctrine, Source::WellBeingAtWork]
            }
            Interpretation::ChildWorryDutyToAct => &[Source::ChildMaltreatmentDecree],
            Interpretation::BreachIsDataBreach => {
                &[Source::BreachNotification, Source::DataProtection]
            }
            Interpretation::ConsultationServesMandate => {
                &[Source::CircularCouncillors, Source::CouncillorsConsult]
            }
        }
    }
}
