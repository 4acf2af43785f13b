//! What an outcome tells the user to do, not to do, and always keep in
//! mind, as ids. The French wording of each id is in the page's text module.

use super::facts::{id_enum, Choice, Fact, Value};
use super::outcome::Outcome;
use super::rules::RuleId;
use super::sources::Source;

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

id_enum! {
    /// What every outcome recalls (spec §6, "all").
    Reminder {
        SecretIsTheRule = "secret_is_the_rule",
        StrictlyNecessaryOnly = "strictly_necessary_only",
        SameWordsWhetherKnown = "same_words_whether_known",
        EachRequestAnew = "each_request_anew",
        BreachIsPunished = "breach_is_punished",
    }
}

impl Reminder {
    /// Whether it is recalled on this outcome: "neither confirm nor deny"
    /// contradicts an answer to the person herself or the CPAS's own
    /// handling of her file (spec §6, version 3).
    pub fn applies_to(self, outcome: Outcome) -> bool {
        !(self == Reminder::SameWordsWhetherKnown
            && matches!(
                outcome,
                Outcome::PersonOwnInformation | Outcome::InternalProcedure
            ))
    }

    /// Where it is said.
    pub const fn sources(self) -> &'static [Source] {
        match self {
            Reminder::SecretIsTheRule => &[Source::CircularExceptions, Source::CircularSanctions],
            Reminder::StrictlyNecessaryOnly => &[Source::CircularExceptions],
            Reminder::SameWordsWhetherKnown => &[Source::CircularScope, Source::CircularExternal],
            Reminder::EachRequestAnew => &[Source::CircularPresident],
            Reminder::BreachIsPunished => &[
                Source::CircularSanctions,
                Source::SecrecyOffence,
                Source::FineSurcharges,
                Source::NewPenalCode,
            ],
        }
    }
}

/// Something the evaluation may show about the path it took.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    /// The evaluation read this answer.
    Read(Fact, Value),
    /// This rule fired.
    Fired(RuleId),
}

/// Advice that depends on the user's place in the procedure rather than
/// on the outcome alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PathAdvice {
    /// Applies when any of these holds...
    pub when: &'static [When],
    /// ...and none of these...
    pub unless: &'static [When],
    /// ...for these outcomes (empty: every outcome)...
    pub outcomes: &'static [Outcome],
    /// ...except these.
    pub except: &'static [Outcome],
    /// Steps added to the outcome's.
    pub actions: &'static [Action],
    /// Things to avoid added to the outcome's.
    pub avoid: &'static [Avoid],
    /// Where it is said.
    pub sources: &'static [Source],
}

const fn choice(fact: Fact, choice: Choice) -> When {
    When::Read(fact, Value::Choice(choice))
}

/// The path advice, in the order its steps are shown.
pub const PATH_ADVICE: &[PathAdvice] = &[
    // §3: the examiner of a written external request follows the circular's
    // procedure whatever the outcome, weighing the requester's legitimacy and
    // the request's proportionality (the circular's stated aim).
    PathAdvice {
        when: &[choice(Fact::Role, Choice::Examiner)],
        unless: &[],
        outcomes: &[],
        except: &[],
        actions: &[
            Action::WriteReasonedOpinion,
            Action::WeighLegitimacyProportionality,
            Action::SendOpinionToDg,
            Action::OfficialAnswerDoubleSignature,
        ],
        avoid: &[Avoid::AnswerIndividually, Avoid::DraftBeforeAnalysis],
        sources: &[Source::CircularPresident, Source::CircularAim],
    },
    // Keeping the secret towards someone outside: the same words whether or
    // not the CPAS knows the person (a witness invokes the secret instead).
    PathAdvice {
        when: &[choice(Fact::Origin, Choice::External)],
        unless: &[When::Fired(RuleId::R30)],
        outcomes: &[Outcome::KeepSecret],
        except: &[],
        actions: &[Action::DeclineNeitherConfirmNorDeny],
        avoid: &[
            Avoid::SayInformationIsCovered,
            Avoid::ConfirmPersonKnown,
            Avoid::YieldToPressure,
        ],
        sources: &[Source::CircularExternal],
    },
    PathAdvice {
        when: &[choice(Fact::Origin, Choice::Internal)],
        unless: &[],
        outcomes: &[Outcome::KeepSecret],
        except: &[],
        actions: &[Action::DeclineToColleague],
        avoid: &[],
        sources: &[Source::CircularShared],
    },
    // Not where danger was answered yes or "unsure": there the DG is
    // consulted and 112 called, which "transmit to no one" would contradict.
    PathAdvice {
        when: &[choice(Fact::Situation, Choice::OwnInitiative)],
        unless: &[
            When::Read(Fact::Danger, Value::Yes),
            When::Read(Fact::Danger, Value::Unsure),
        ],
        outcomes: &[Outcome::KeepSecret],
        except: &[],
        actions: &[Action::DoNotPassOn],
        avoid: &[],
        sources: &[Source::CircularExceptions],
    },
    // A witness summoned by a court or a juge d'instruction (doctrine, lead).
    PathAdvice {
        when: &[When::Fired(RuleId::R30)],
        unless: &[],
        outcomes: &[],
        except: &[],
        actions: &[
            Action::AppearAndTakeOath,
            Action::SpeakOrInvokeSecret,
            Action::TestifyOnlyWhatRequired,
            Action::DocumentsOnlyToJudge,
        ],
        avoid: &[],
        sources: &[Source::CircularTestimony, Source::WitnessFaculty],
    },
    // A child or a vulnerable adult may be at risk without the état de
    // nécessité: never a bare "keep the secret" (spec §6).
    // Only where danger was answered yes or "unsure": not on a transfer under
    // a law, nor on team work (spec §6, version 3). A child at risk has its
    // own outcome (R4C), and so has a threat against staff (R4S).
    PathAdvice {
        when: &[
            When::Read(Fact::Danger, Value::Yes),
            When::Read(Fact::Danger, Value::Unsure),
        ],
        unless: &[],
        outcomes: &[],
        except: &[
            Outcome::Necessity,
            Outcome::ChildProtection,
            Outcome::StaffProtection,
        ],
        actions: &[
            Action::ConsultDgNow,
            Action::Call112,
            Action::OtherTextsMayAllow,
        ],
        avoid: &[],
        sources: &[
            Source::ReportingChildDanger,
            Source::DutyToHelp,
            Source::ChildMaltreatmentDecree,
        ],
    },
    // A CSIL-R may be a concertation de cas (old art. 458ter CP): a lead.
    PathAdvice {
        when: &[choice(Fact::Requester, Choice::CsilR)],
        unless: &[],
        outcomes: &[],
        except: &[],
        actions: &[Action::CaseConcertationLead],
        avoid: &[],
        sources: &[Source::CaseConcertation, Source::CsilRLaw],
    },
    // Asked about someone the CPAS does not know: the requester is told what
    // he would be told if the person were known (spec §6, version 3).
    PathAdvice {
        when: &[choice(Fact::Situation, Choice::Request)],
        unless: &[],
        outcomes: &[Outcome::NotCovered],
        except: &[],
        actions: &[Action::SameAnswerAsIfKnown],
        avoid: &[Avoid::SayPersonNotKnown],
        sources: &[Source::CircularExternal],
    },
    // A social inspector under the Code pénal social goes through the
    // written request; the DG checks the power invoked (lead).
    PathAdvice {
        when: &[choice(Fact::Requester, Choice::OtherExternal)],
        unless: &[],
        outcomes: &[],
        except: &[],
        actions: &[Action::SocialInspectorPowerChecked],
        avoid: &[],
        sources: &[Source::SocialPenalCode],
    },
    // Art. 46bis/1 CIC, the example of a law that obliges, where a request
    // is examined (spec §6, version 3).
    PathAdvice {
        when: &[choice(Fact::Situation, Choice::Request)],
        unless: &[],
        outcomes: &[Outcome::DiscloseLegalBasis],
        except: &[],
        actions: &[Action::ObligingLawExample],
        avoid: &[],
        sources: &[Source::ProsecutorRequest],
    },
    // An outside professional in shared secrecy (R37): the beneficiary is
    // told who receives what; his consent is better still.
    PathAdvice {
        when: &[When::Fired(RuleId::R37)],
        unless: &[],
        outcomes: &[],
        except: &[],
        actions: &[Action::NameWhoReceivesWhat],
        avoid: &[],
        sources: &[Source::CircularShared, Source::CircularConsent],
    },
    PathAdvice {
        when: &[choice(Fact::CouncillorRequest, Choice::Information)],
        unless: &[],
        outcomes: &[],
        except: &[],
        actions: &[Action::CouncillorInformationThroughDg],
        avoid: &[],
        sources: &[Source::CouncillorsConsult, Source::CircularCouncillors],
    },
    PathAdvice {
        when: &[choice(Fact::DiscloseTo, Choice::Beneficiary)],
        unless: &[],
        outcomes: &[],
        except: &[],
        actions: &[Action::SendBeneficiaryToSocialWorker],
        avoid: &[],
        sources: &[Source::CircularCouncillors],
    },
];
