//! What an outcome tells the user to do, not to do, and always keep in
//! mind, as ids. The French wording of each id is in the page's text module.

use super::facts::{id_enum, Choice, Fact};
use super::sources::Source;

id_enum! {
    /// A step to take now.
    Action {
        VerifyScope = "verify_scope",
        AskDgWhenInDoubt = "ask_dg_when_in_doubt",
        AnswerNothing = "answer_nothing",
        ExplainWrittenRequest = "explain_written_request",
        ForwardToPresident = "forward_to_president",
        TellWhatIsChecked = "tell_what_is_checked",
        WriteReasonedOpinion = "write_reasoned_opinion",
        SendOpinionToDg = "send_opinion_to_dg",
        OfficialAnswerDoubleSignature = "official_answer_double_signature",
        AnswerInadmissible = "answer_inadmissible",
        DeclineBoundBySecret = "decline_bound_by_secret",
        LimitToRequest = "limit_to_request",
        CheckConsentScope = "check_consent_scope",
        CiteLegalBasis = "cite_legal_basis",
        TestifyOnlyWhatRequired = "testify_only_what_required",
        CheckInspectorMandate = "check_inspector_mandate",
        InvolveDg = "involve_dg",
        GiveAccessToControlScope = "give_access_to_control_scope",
        CheckNecessityConditions = "check_necessity_conditions",
        DiscloseOnlyToAvert = "disclose_only_to_avert",
        InformDg = "inform_dg",
        CheckSharedConditions = "check_shared_conditions",
        ShareStrictlyNecessary = "share_strictly_necessary",
        InformBeneficiary = "inform_beneficiary",
        ShareAfterInforming = "share_after_informing",
        ConsultOnSite = "consult_on_site",
        LimitToDecisionNeeds = "limit_to_decision_needs",
        ExplainCopyExcluded = "explain_copy_excluded",
        OfferConsultation = "offer_consultation",
        CopyUnderRoi = "copy_under_roi",
        FeeAtMostCost = "fee_at_most_cost",
        DiscussInClosedSession = "discuss_in_closed_session",
        DeclineToDiscuss = "decline_to_discuss",
    }
}

id_enum! {
    /// A thing not to do.
    Avoid {
        ShareFileInformation = "share_file_information",
        ConfirmPersonKnown = "confirm_person_known",
        YieldToPressure = "yield_to_pressure",
        AnswerIndividually = "answer_individually",
        DraftBeforeAnalysis = "draft_before_analysis",
        DiscloseMoreThanNeeded = "disclose_more_than_needed",
        TreatPoliceAsTestimony = "treat_police_as_testimony",
        AssumeSharedSecret = "assume_shared_secret",
        ShareBeforeInforming = "share_before_informing",
        RemoveDocuments = "remove_documents",
        DiscussOutsideCouncil = "discuss_outside_council",
        RevealDecisionEvenToBeneficiary = "reveal_decision_even_to_beneficiary",
        HandOverExcludedCopy = "hand_over_excluded_copy",
        HinderControl = "hinder_control",
        GuessThePerson = "guess_the_person",
        InvokeNecessityLightly = "invoke_necessity_lightly",
    }
}

id_enum! {
    /// What every outcome recalls (spec §6, "all").
    Reminder {
        SecretIsTheRule = "secret_is_the_rule",
        StrictlyNecessaryOnly = "strictly_necessary_only",
        EachRequestAnew = "each_request_anew",
        BreachIsPunished = "breach_is_punished",
    }
}

impl Reminder {
    /// Where the circular says it.
    pub const fn sources(self) -> &'static [Source] {
        match self {
            Reminder::SecretIsTheRule => &[Source::CircularExceptions, Source::CircularSanctions],
            Reminder::StrictlyNecessaryOnly => &[Source::CircularExceptions],
            Reminder::EachRequestAnew => &[Source::CircularPresident],
            Reminder::BreachIsPunished => &[Source::Cp458, Source::CircularSanctions],
        }
    }
}

/// Advice that depends on the user's place in the procedure rather than
/// on the outcome.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PathAdvice {
    /// Applies when the evaluation read this fact with this value.
    pub when: (Fact, Choice),
    /// Steps added to the outcome's.
    pub actions: &'static [Action],
    /// Things to avoid added to the outcome's.
    pub avoid: &'static [Avoid],
    /// Where the circular says it.
    pub sources: &'static [Source],
}

/// The examiner of a written external request follows the circular's
/// procedure whatever the outcome (§3: written reasoned opinion citing the
/// legal framework, to the DG, official answer with double signature).
pub const PATH_ADVICE: &[PathAdvice] = &[PathAdvice {
    when: (Fact::Role, Choice::Examiner),
    actions: &[
        Action::WriteReasonedOpinion,
        Action::SendOpinionToDg,
        Action::OfficialAnswerDoubleSignature,
    ],
    avoid: &[Avoid::AnswerIndividually, Avoid::DraftBeforeAnalysis],
    sources: &[Source::CircularPresident],
}];
