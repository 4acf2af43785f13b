//! The outcomes (spec §4) and what each tells the user (spec §6), as a table.

use super::ids::id_enum;
use super::sources::Source as S;
use super::vocabulary::{Action as A, Avoid as X};

id_enum! {
    /// What the user should do with the request or the information.
    Outcome {
        NotCovered = "not_covered",
        CouncillorMayDiscuss = "councillor_may_discuss",
        CouncillorMustNotDisclose = "councillor_must_not_disclose",
        CouncillorConsult = "councillor_consult",
        CouncillorCopyRefused = "councillor_copy_refused",
        CouncillorCopyAllowed = "councillor_copy_allowed",
        TestimonyAllowed = "testimony_allowed",
        ControlNotHindered = "control_not_hindered",
        Necessity = "necessity",
        NoAnswerOral = "no_answer_oral",
        PersonOwnInformation = "person_own_information",
        ForwardToPresident = "forward_to_president",
        RequestInadmissible = "request_inadmissible",
        DiscloseConsent = "disclose_consent",
        DiscloseLegalBasis = "disclose_legal_basis",
        ShareSharedSecret = "share_shared_secret",
        InformBeneficiaryFirst = "inform_beneficiary_first",
        KeepSecret = "keep_secret",
        BreachResponse = "breach_response",
        InternalProcedure = "internal_procedure",
        SearchNotObstructed = "search_not_obstructed",
        LegalOpinionFirst = "legal_opinion_first",
        StaffProtection = "staff_protection",
        ChildProtection = "child_protection",
    }
}

/// What an outcome cites and advises, whatever the path that reached it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OutcomeSpec {
    /// The sources behind the outcome itself.
    pub sources: &'static [S],
    /// What to do now.
    pub actions: &'static [A],
    /// What not to do.
    pub avoid: &'static [X],
    /// Whether information covered by the secret leaves the user's hands.
    pub discloses: bool,
}

const fn spec(
    sources: &'static [S],
    actions: &'static [A],
    avoid: &'static [X],
    discloses: bool,
) -> OutcomeSpec {
    OutcomeSpec {
        sources,
        actions,
        avoid,
        discloses,
    }
}

impl Outcome {
    /// The outcome's row of the table.
    pub const fn spec(self) -> OutcomeSpec {
        use Outcome as O;
        match self {
            O::NotCovered => spec(
                &[S::CircularScope, S::DataProtection],
                &[A::VerifyScope, A::RespectDiscretion, A::AskDgWhenInDoubt],
                &[X::ShareFileInformation],
                false,
            ),
            O::CouncillorMayDiscuss => spec(
                &[S::CircularCouncillors, S::CouncillorsSecrecy],
                &[A::DiscussInClosedSession, A::LimitToDecisionNeeds],
                &[X::DiscussOutsideCouncil],
                false,
            ),
            O::CouncillorMustNotDisclose => spec(
                &[S::CircularCouncillors, S::CouncillorsSecrecy],
                &[A::DeclineToDiscuss, A::DiscussInClosedSession],
                &[X::DiscussOutsideCouncil, X::RevealDecisionEvenToBeneficiary],
                false,
            ),
            O::CouncillorConsult => spec(
                &[S::CouncillorsConsult, S::CircularCouncillors],
                &[
                    A::ConsultOnSite,
                    A::LimitToDecisionNeeds,
                    A::ConsultationServesMandate,
                ],
                &[X::RemoveDocuments, X::DiscussOutsideCouncil],
                false,
            ),
            O::CouncillorCopyRefused => spec(
                &[S::CouncillorsCopy, S::CouncillorsConsult],
                &[A::ExplainCopyExcluded, A::OfferConsultation],
                &[X::HandOverExcludedCopy, X::RemoveDocuments],
                false,
            ),
            O::CouncillorCopyAllowed => spec(
                &[S::CouncillorsCopy],
                &[A::CopyUnderRoi, A::FeeAtMostCost],
                &[X::HandOverExcludedCopy],
                false,
            ),
            O::TestimonyAllowed => spec(
                &[S::CircularTestimony, S::SecrecyOffence],
                &[A::AskDgWhenInDoubt],
                &[X::DiscloseMoreThanNeeded, X::TreatPoliceAsTestimony],
                true,
            ),
            O::ControlNotHindered => spec(
                &[S::CircularControl, S::SocialFilesInspection],
                &[
                    A::CheckInspectorMandate,
                    A::InvolveDg,
                    A::GiveAccessToControlScope,
                ],
                &[
                    X::NothingByPhoneToInspector,
                    X::HinderControl,
                    X::DiscloseMoreThanNeeded,
                ],
                false,
            ),
            O::Necessity => spec(
                &[S::CircularNecessity, S::NecessityCaseLaw, S::DutyToHelp],
                &[
                    A::CheckNecessityConditions,
                    A::CheckWhoIsCalling,
                    A::DiscloseOnlyToAvert,
                    A::InformDg,
                    A::DutyToHelpMayOblige,
                ],
                &[X::InvokeNecessityLightly, X::DiscloseMoreThanNeeded],
                false,
            ),
            O::NoAnswerOral => spec(
                &[S::CircularExternal, S::CircularPresident],
                &[A::AnswerNothing, A::ExplainWrittenRequest],
                &[
                    X::ConfirmPersonKnown,
                    X::YieldToPressure,
                    X::AnswerIndividually,
                ],
                false,
            ),
            O::PersonOwnInformation => spec(
                &[S::OwnDataAccess, S::CircularScope, S::OtherAccessRoutes],
                &[
                    A::CheckIdentity,
                    A::CheckRepresentativeMandate,
                    A::NothingOnTrustByPhone,
                    A::FileAccessProcedure,
                    A::AccessWithinOneMonth,
                    A::FirstCopyFreeOthersMasked,
                    A::UnknownPersonToldSo,
                    A::MinorDgDecides,
                    A::OtherAccessRoutes,
                ],
                &[X::NothingAboutOthers, X::ConfirmBeforeIdentity],
                false,
            ),
            O::ForwardToPresident => spec(
                &[S::CircularPresident, S::CircularExternal, S::CircularAim],
                &[A::ForwardToPresident, A::TellWhatIsChecked],
                &[
                    X::AnswerIndividually,
                    X::ConfirmPersonKnown,
                    X::YieldToPressure,
                ],
                false,
            ),
            O::RequestInadmissible => spec(
                &[S::CircularExternal],
                &[A::AnswerInadmissible],
                &[X::GuessThePerson, X::SayInformationIsCovered],
                false,
            ),
            O::DiscloseConsent => spec(
                &[S::CircularConsent, S::CircularExceptions],
                &[
                    A::ConsentIsTheirs,
                    A::CheckConsentScope,
                    A::ConsentDoesNotOblige,
                    A::LimitToRequest,
                ],
                &[X::RelayedConsent, X::DiscloseMoreThanNeeded],
                true,
            ),
            O::DiscloseLegalBasis => spec(
                &[S::SecrecyOffence, S::CircularExceptions],
                &[A::ObligeOrAllow, A::CiteLegalBasis, A::LimitToRequest],
                &[X::DiscloseMoreThanNeeded],
                true,
            ),
            O::ShareSharedSecret => spec(
                &[S::CircularShared, S::StaffBound],
                &[
                    A::CheckSharedConditions,
                    A::SameMissionExamples,
                    A::ShareStrictlyNecessary,
                ],
                &[X::AssumeSharedSecret, X::DiscloseMoreThanNeeded],
                true,
            ),
            O::InformBeneficiaryFirst => spec(
                &[S::CircularShared, S::StaffBound],
                &[
                    A::InformBeneficiary,
                    A::ShareAfterInforming,
                    A::CheckSharedConditions,
                    A::SameMissionExamples,
                ],
                &[X::ShareBeforeInforming, X::AssumeSharedSecret],
                false,
            ),
            O::KeepSecret => spec(
                &[S::CircularExceptions, S::SecrecyOffence],
                &[A::AskDgWhenInDoubt],
                &[X::ShareFileInformation],
                false,
            ),
            O::BreachResponse => spec(
                &[S::BreachNotification, S::DataProtection],
                &[
                    A::BreachTellDgDpoToday,
                    A::BreachNoteWhatLeft,
                    A::BreachAskReturn,
                    A::BreachNotifyApd,
                    A::BreachInformPerson,
                    A::BreachRegister,
                ],
                &[X::HideBreach, X::SendMoreToCorrect],
                false,
            ),
            O::InternalProcedure => spec(
                &[S::CircularPresident, S::StaffBound, S::DpoAccess],
                &[
                    A::FunctionNeedsOnly,
                    A::ProcedureActorsBound,
                    A::BeyondFunctionIsColleague,
                ],
                &[X::SocialInquiryToPayment, X::NothingToCommune],
                true,
            ),
            O::SearchNotObstructed => spec(
                &[S::SearchAndSeizure, S::ComputerSystemsAccess],
                &[
                    A::SeeOrderAndCards,
                    A::CallDgAtOnce,
                    A::SearchIsNotHearing,
                    A::ComputerAccessByDgIt,
                    A::RecordReservations,
                    A::InventoryAndCopy,
                    A::NoWarrantNoConsent,
                ],
                &[
                    X::ObstructSearch,
                    X::AnswerQuestionsDuringSearch,
                    X::ConsentWithoutWarrant,
                ],
                false,
            ),
            O::LegalOpinionFirst => spec(
                &[S::CircularPresident, S::ProsecutorRequest],
                &[
                    A::NeitherYesNorNo,
                    A::HaveBasisAnalysed,
                    A::ObligingLawExample,
                ],
                &[X::RefuseWhileUnsure, X::ConfirmPersonKnown],
                false,
            ),
            O::StaffProtection => spec(
                &[S::StaffThreatDoctrine, S::WellBeingAtWork],
                &[
                    A::ReportFactsAgainstStaff,
                    A::TellDgEmployerActs,
                    A::Call112,
                ],
                &[X::FileContentToPolice],
                true,
            ),
            O::ChildProtection => spec(
                &[
                    S::ChildMaltreatmentDecree,
                    S::ReportingChildDanger,
                    S::CircularNecessity,
                ],
                &[
                    A::ChildActToday,
                    A::ChildWithinMission,
                    A::ChildSeekAdvice,
                    A::ChildParentsDecidedWithServices,
                    A::ChildSeriousDanger,
                    A::Call112,
                ],
                &[
                    X::DoNothing,
                    X::TellSchoolOrNeighbours,
                    X::DiscloseMoreThanNeeded,
                ],
                true,
            ),
        }
    }
}
