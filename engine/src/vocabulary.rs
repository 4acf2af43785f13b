//! The words of advice as ids: a step to take, a thing not to do, and
//! whom to ask. Their French is in the page's text module; which outcome
//! and path gives which is in `outcome` and `advice`.

use super::ids::id_enum;

id_enum! {
    /// A step to take now.
    Action {
        VerifyScope = "verify_scope",
        RespectDiscretion = "respect_discretion",
        AskDgWhenInDoubt = "ask_dg_when_in_doubt",
        AnswerNothing = "answer_nothing",
        ExplainWrittenRequest = "explain_written_request",
        ForwardToPresident = "forward_to_president",
        TellWhatIsChecked = "tell_what_is_checked",
        WriteReasonedOpinion = "write_reasoned_opinion",
        WeighLegitimacyProportionality = "weigh_legitimacy_proportionality",
        SendOpinionToDg = "send_opinion_to_dg",
        OfficialAnswerDoubleSignature = "official_answer_double_signature",
        AnswerInadmissible = "answer_inadmissible",
        DeclineNeitherConfirmNorDeny = "decline_neither_confirm_nor_deny",
        DeclineToColleague = "decline_to_colleague",
        DoNotPassOn = "do_not_pass_on",
        LimitToRequest = "limit_to_request",
        ConsentIsTheirs = "consent_is_theirs",
        ConsentDoesNotOblige = "consent_does_not_oblige",
        CheckConsentScope = "check_consent_scope",
        ObligeOrAllow = "oblige_or_allow",
        CiteLegalBasis = "cite_legal_basis",
        AppearAndTakeOath = "appear_and_take_oath",
        SpeakOrInvokeSecret = "speak_or_invoke_secret",
        TestifyOnlyWhatRequired = "testify_only_what_required",
        DocumentsOnlyToJudge = "documents_only_to_judge",
        CheckInspectorMandate = "check_inspector_mandate",
        InvolveDg = "involve_dg",
        GiveAccessToControlScope = "give_access_to_control_scope",
        CheckNecessityConditions = "check_necessity_conditions",
        CheckWhoIsCalling = "check_who_is_calling",
        DiscloseOnlyToAvert = "disclose_only_to_avert",
        InformDg = "inform_dg",
        ConsultDgNow = "consult_dg_now",
        Call112 = "call_112",
        OtherTextsMayAllow = "other_texts_may_allow",
        CheckSharedConditions = "check_shared_conditions",
        SameMissionExamples = "same_mission_examples",
        ShareStrictlyNecessary = "share_strictly_necessary",
        InformBeneficiary = "inform_beneficiary",
        ShareAfterInforming = "share_after_informing",
        CheckIdentity = "check_identity",
        CheckRepresentativeMandate = "check_representative_mandate",
        NothingOnTrustByPhone = "nothing_on_trust_by_phone",
        FileAccessProcedure = "file_access_procedure",
        ConsultOnSite = "consult_on_site",
        LimitToDecisionNeeds = "limit_to_decision_needs",
        CouncillorInformationThroughDg = "councillor_information_through_dg",
        ExplainCopyExcluded = "explain_copy_excluded",
        OfferConsultation = "offer_consultation",
        CopyUnderRoi = "copy_under_roi",
        FeeAtMostCost = "fee_at_most_cost",
        DiscussInClosedSession = "discuss_in_closed_session",
        DeclineToDiscuss = "decline_to_discuss",
        CaseConcertationLead = "case_concertation_lead",
        SendBeneficiaryToSocialWorker = "send_beneficiary_to_social_worker",
        AskLegalServiceWhenInDoubt = "ask_legal_service_when_in_doubt",
        ConsultLegalServiceNow = "consult_legal_service_now",
        SameAnswerAsIfKnown = "same_answer_as_if_known",
        ConsultationServesMandate = "consultation_serves_mandate",
        DutyToHelpMayOblige = "duty_to_help_may_oblige",
        ObligingLawExample = "obliging_law_example",
        SocialInspectorPowerChecked = "social_inspector_power_checked",
        NameWhoReceivesWhat = "name_who_receives_what",
        AccessWithinOneMonth = "access_within_one_month",
        FirstCopyFreeOthersMasked = "first_copy_free_others_masked",
        UnknownPersonToldSo = "unknown_person_told_so",
        MinorDgDecides = "minor_dg_decides",
        OtherAccessRoutes = "other_access_routes",
        BreachTellDgDpoToday = "breach_tell_dg_dpo_today",
        BreachNoteWhatLeft = "breach_note_what_left",
        BreachAskReturn = "breach_ask_return",
        BreachNotifyApd = "breach_notify_apd",
        BreachInformPerson = "breach_inform_person",
        BreachRegister = "breach_register",
        FunctionNeedsOnly = "function_needs_only",
        ProcedureActorsBound = "procedure_actors_bound",
        BeyondFunctionIsColleague = "beyond_function_is_colleague",
        SeeOrderAndCards = "see_order_and_cards",
        CallDgAtOnce = "call_dg_at_once",
        SearchIsNotHearing = "search_is_not_hearing",
        ComputerAccessByDgIt = "computer_access_by_dg_it",
        RecordReservations = "record_reservations",
        InventoryAndCopy = "inventory_and_copy",
        NoWarrantNoConsent = "no_warrant_no_consent",
        NeitherYesNorNo = "neither_yes_nor_no",
        HaveBasisAnalysed = "have_basis_analysed",
        ReportFactsAgainstStaff = "report_facts_against_staff",
        TellDgEmployerActs = "tell_dg_employer_acts",
        ChildActToday = "child_act_today",
        ChildWithinMission = "child_within_mission",
        ChildSeekAdvice = "child_seek_advice",
        ChildParentsDecidedWithServices = "child_parents_decided_with_services",
        ChildSeriousDanger = "child_serious_danger",
    }
}

/// Whom the user turns to with a doubt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Adviser {
    /// The directeur général or the service the internal procedure designates.
    Dg,
    /// The CPAS's legal adviser or the Fédération's legal service: for the
    /// examiner, who is the one the others consult.
    LegalService,
}

impl Action {
    /// The same advice for the one who examines the request (the DG or the
    /// designated service): he is the one others consult, so he turns to
    /// the legal service instead.
    pub const fn for_examiner(self) -> Action {
        match self {
            Action::AskDgWhenInDoubt => Action::AskLegalServiceWhenInDoubt,
            Action::ConsultDgNow => Action::ConsultLegalServiceNow,
            other => other,
        }
    }
}

id_enum! {
    /// A thing not to do.
    Avoid {
        ShareFileInformation = "share_file_information",
        ConfirmPersonKnown = "confirm_person_known",
        SayInformationIsCovered = "say_information_is_covered",
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
        NothingByPhoneToInspector = "nothing_by_phone_to_inspector",
        GuessThePerson = "guess_the_person",
        InvokeNecessityLightly = "invoke_necessity_lightly",
        NothingAboutOthers = "nothing_about_others",
        ConfirmBeforeIdentity = "confirm_before_identity",
        RelayedConsent = "relayed_consent",
        SayPersonNotKnown = "say_person_not_known",
        HideBreach = "hide_breach",
        SendMoreToCorrect = "send_more_to_correct",
        NothingToCommune = "nothing_to_commune",
        SocialInquiryToPayment = "social_inquiry_to_payment",
        ObstructSearch = "obstruct_search",
        AnswerQuestionsDuringSearch = "answer_questions_during_search",
        ConsentWithoutWarrant = "consent_without_warrant",
        RefuseWhileUnsure = "refuse_while_unsure",
        FileContentToPolice = "file_content_to_police",
        DoNothing = "do_nothing",
        TellSchoolOrNeighbours = "tell_school_or_neighbours",
    }
}
