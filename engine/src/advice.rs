//! Advice that depends on the path rather than on the outcome alone, and
//! what every outcome recalls. The French of each id is in the page's text
//! module.

use super::facts::{Choice, Fact, Value};
use super::ids::id_enum;
use super::outcome::Outcome;
use super::rules::RuleId;
use super::sources::Source;
use super::vocabulary::{Action, Avoid};

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

/// Danger to someone answered yes or "je ne sais pas".
const DANGER_FEARED: &[When] = &[
    When::Read(Fact::Danger, Value::Yes),
    When::Read(Fact::Danger, Value::Unsure),
];

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
        unless: DANGER_FEARED,
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
        when: DANGER_FEARED,
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
