//! The rule base (spec §2), as data: sections read in order, rules read
//! in order inside a section, the first rule whose conditions all hold
//! decides. Each rule cites the passage it encodes.

use super::facts::{Choice as C, Fact as F, Value};
use super::ids::id_enum;
use super::outcome::Outcome as O;
use super::sources::Source as S;

id_enum! {
    /// A rule of the rule base, by the spec's id, in reading order.
    RuleId {
        R50 = "R50",
        R01 = "R01",
        R10 = "R10",
        R11 = "R11",
        R2P = "R2P",
        R20 = "R20",
        R21 = "R21",
        R22 = "R22",
        R23 = "R23",
        R3A = "R3A",
        R30 = "R30",
        R31 = "R31",
        R3S = "R3S",
        R32 = "R32",
        R33 = "R33",
        R34 = "R34",
        R35 = "R35",
        R36 = "R36",
        R37 = "R37",
        R38 = "R38",
        R39 = "R39",
        R3U = "R3U",
        R3Z = "R3Z",
        R40 = "R40",
        R4S = "R4S",
        R4C = "R4C",
        R41 = "R41",
        R42 = "R42",
        R43 = "R43",
        R4Z = "R4Z",
        S1 = "S1",
        S2 = "S2",
        S3 = "S3",
        S4 = "S4",
        S5 = "S5",
        S6 = "S6",
    }
}
use RuleId as R;

/// Version of the rule base, shown on every outcome and printed record.
pub const VERSION: &str = "2022-06-02.3";

/// The date the rule base was last checked against the circular. Criminal
/// references are not thereby current: each source's standing says how far
/// it can be relied on (see [`super::sources::Standing`]).
pub const VALID_AS_OF: &str = "2026-12-01";

/// Facts asked before any rule is read, whatever they decide (spec §3):
/// the user first says what is happening.
pub const ASKED_FIRST: &[F] = &[F::Situation];

/// A test on one fact.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Test {
    /// The fact has this value.
    Is(C),
    /// The fact has one of these values.
    OneOf(&'static [C]),
    /// The yes/no fact is yes ("unsure" counts as its strict answer).
    Yes,
    /// The yes/no fact is no ("unsure" counts as its strict answer).
    No,
    /// The yes/no fact was answered "je ne sais pas": read as such, not as
    /// its strict answer (R3U).
    Unsure,
}

/// One condition of a rule: a fact and the test it must pass.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Condition {
    /// The fact read.
    pub fact: F,
    /// What it must be.
    pub test: Test,
}

impl Condition {
    /// Whether this answer passes the condition ("je ne sais pas" read as
    /// the fact's strict answer, but by [`Test::Unsure`]).
    pub fn accepts(&self, value: Value) -> bool {
        self.test.holds(self.fact, value)
    }
}

impl Test {
    /// Whether `value`, the answer to `fact`, passes this test ("je ne
    /// sais pas" read as the fact's strict answer, but by [`Test::Unsure`]).
    pub fn holds(self, fact: F, value: Value) -> bool {
        let yes = match value {
            Value::Yes => Some(true),
            Value::No => Some(false),
            Value::Unsure => Some(fact.strict_answer()),
            Value::Choice(_) => None,
        };
        match (self, value, yes) {
            (Test::Is(c), Value::Choice(v), _) => v == c,
            (Test::OneOf(cs), Value::Choice(v), _) => cs.contains(&v),
            (Test::Yes, _, Some(b)) => b,
            (Test::No, _, Some(b)) => !b,
            (Test::Unsure, Value::Unsure, _) => true,
            _ => false,
        }
    }
}

/// What a rule decides when it fires.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Then {
    /// This outcome.
    Outcome(O),
    /// `yes` when the yes/no `fact` holds, else `no`.
    Branch {
        /// The yes/no fact read once the rule fired.
        fact: F,
        /// The outcome when it holds.
        yes: O,
        /// The outcome when it does not.
        no: O,
    },
    /// The result of another table, read the same way.
    Table(&'static [Rule]),
}

/// One row of the rule base.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rule {
    /// The spec's id (`R33`, `S1`...).
    pub id: RuleId,
    /// All must hold, read left to right.
    pub when: &'static [Condition],
    /// The decision.
    pub then: Then,
    /// The passages the rule encodes.
    pub sources: &'static [S],
}

/// A group of rules that applies only where its heading holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Section {
    /// The spec's heading.
    pub name: &'static str,
    /// The heading as conditions; empty for rules that apply everywhere.
    pub heading: &'static [Condition],
    /// The section's rules, in order.
    pub rules: &'static [Rule],
}

const fn is(fact: F, value: C) -> Condition {
    Condition {
        fact,
        test: Test::Is(value),
    }
}
const fn one_of(fact: F, values: &'static [C]) -> Condition {
    Condition {
        fact,
        test: Test::OneOf(values),
    }
}
const fn yes(fact: F) -> Condition {
    Condition {
        fact,
        test: Test::Yes,
    }
}
const fn no(fact: F) -> Condition {
    Condition {
        fact,
        test: Test::No,
    }
}
const fn unsure(fact: F) -> Condition {
    Condition {
        fact,
        test: Test::Unsure,
    }
}
const fn rule(id: RuleId, when: &'static [Condition], then: Then, sources: &'static [S]) -> Rule {
    Rule {
        id,
        when,
        then,
        sources,
    }
}
const fn decide(outcome: O) -> Then {
    Then::Outcome(outcome)
}

/// Shared-secrecy test `S` (circular §3, internal request): the four
/// conditions, then "il faut à tout le moins informer le bénéficiaire".
pub const SHARED_SECRET: &[Rule] = &[
    rule(
        R::S1,
        &[no(F::RecipientBound)],
        decide(O::KeepSecret),
        &[S::CircularShared],
    ),
    rule(
        R::S2,
        &[no(F::SameMission)],
        decide(O::KeepSecret),
        &[S::CircularShared, S::CircularSameMission],
    ),
    rule(
        R::S3,
        &[no(F::StrictlyNecessary)],
        decide(O::KeepSecret),
        &[S::CircularShared, S::CircularExceptions],
    ),
    rule(
        R::S4,
        &[no(F::BeneficiaryInterest)],
        decide(O::KeepSecret),
        &[S::CircularShared],
    ),
    rule(
        R::S5,
        &[no(F::BeneficiaryInformed)],
        decide(O::InformBeneficiaryFirst),
        &[S::CircularShared],
    ),
    rule(
        R::S6,
        &[],
        decide(O::ShareSharedSecret),
        &[S::CircularShared],
    ),
];

/// The rule base, read top to bottom.
pub const RULE_BASE: &[Section] = &[
    Section {
        name: "all",
        heading: &[],
        rules: &[
            // Beyond the circular: personal data that left without a legal ground
            // is a breach (GDPR arts 33-34), covered by the secret or not.
            rule(
                R::R50,
                &[is(F::Situation, C::AlreadyDisclosed)],
                decide(O::BreachResponse),
                &[S::BreachNotification, S::CircularSanctions],
            ),
            // §2: the secret covers what concerns a person who asks or asked for
            // aid and was learned through the function or mandate.
            rule(
                R::R01,
                &[no(F::Covered)],
                decide(O::NotCovered),
                &[S::CircularScope],
            ),
        ],
    },
    Section {
        name: "councillor_disclosure",
        heading: &[is(F::Situation, C::CouncillorDisclosure)],
        rules: &[
            // Art. 36 LO: councillors are bound; meetings are closed.
            rule(
                R::R10,
                &[is(F::DiscloseTo, C::CouncillorInSession)],
                decide(O::CouncillorMayDiscuss),
                &[S::CircularCouncillors, S::CouncillorsSecrecy],
            ),
            // §3: no discussion with anyone who is not a CPAS councillor, "même
            // s'il s'agit du bénéficiaire lui-même".
            rule(
                R::R11,
                &[one_of(F::DiscloseTo, &[C::ThirdParty, C::Beneficiary])],
                decide(O::CouncillorMustNotDisclose),
                &[S::CircularCouncillors, S::CouncillorsSecrecy],
            ),
        ],
    },
    Section {
        name: "request, internal",
        heading: &[is(F::Situation, C::Request), is(F::Origin, C::Internal)],
        rules: &[
            // The CPAS's own handling of the file (the guide's reading): §3 sends
            // requests to the DG; a decision is carried out; GDPR art. 38(2).
            rule(
                R::R2P,
                &[is(F::Requester, C::InternalProcedure)],
                decide(O::InternalProcedure),
                &[S::CircularPresident, S::StaffBound, S::DpoAccess],
            ),
            // Art. 36 LO: consultation "sans déplacement".
            rule(
                R::R20,
                &[
                    is(F::Requester, C::Councillor),
                    one_of(F::CouncillorRequest, &[C::Consult, C::Information]),
                ],
                decide(O::CouncillorConsult),
                &[S::CouncillorsConsult, S::CircularCouncillors],
            ),
            // Art. 36 LO: no copy of acts on individual aid, its recovery, or files not yet adopted.
            rule(
                R::R21,
                &[
                    is(F::Requester, C::Councillor),
                    is(F::CouncillorRequest, C::Copy),
                    one_of(
                        F::Document,
                        &[C::IndividualAid, C::AidRecovery, C::NotAdopted],
                    ),
                ],
                decide(O::CouncillorCopyRefused),
                &[S::CouncillorsCopy],
            ),
            // Art. 36 LO: copies of administration acts under the règlement d'ordre intérieur.
            rule(
                R::R22,
                &[
                    is(F::Requester, C::Councillor),
                    is(F::CouncillorRequest, C::Copy),
                    is(F::Document, C::Administration),
                ],
                decide(O::CouncillorCopyAllowed),
                &[S::CouncillorsCopy],
            ),
            // §3, internal request: shared secrecy.
            rule(
                R::R23,
                &[is(F::Requester, C::Colleague)],
                Then::Table(SHARED_SECRET),
                &[S::CircularShared],
            ),
        ],
    },
    Section {
        name: "request, external",
        heading: &[is(F::Situation, C::Request), is(F::Origin, C::External)],
        rules: &[
            // Beyond the circular: the person concerned, or whoever may act for
            // him, is not a third party (GDPR art. 15 for access to the file).
            rule(
                R::R3A,
                &[is(F::Requester, C::PersonConcerned)],
                decide(O::PersonOwnInformation),
                &[S::CircularScope, S::OwnDataAccess],
            ),
            // Old art. 458 CP and §3: the secret may be lifted before a court or a
            // parliamentary inquiry commission, "lorsque l'enquête l'exige".
            rule(
                R::R30,
                &[one_of(F::Requester, &[C::Court, C::ParliamentaryInquiry])],
                Then::Branch {
                    fact: F::TestimonyRequired,
                    yes: O::TestimonyAllowed,
                    no: O::KeepSecret,
                },
                &[S::CircularTestimony, S::SecrecyOffence],
            ),
            // §3: the procedure must not hinder the control of social files.
            rule(
                R::R31,
                &[is(F::Requester, C::ControlAuthority)],
                decide(O::ControlNotHindered),
                &[S::CircularControl, S::SocialFilesInspection],
            ),
            // A search or a seizure ordered by a juge d'instruction is carried
            // out, not answered (lead: Code d'instruction criminelle).
            rule(
                R::R3S,
                &[is(F::Requester, C::SearchOrSeizure)],
                decide(O::SearchNotObstructed),
                &[S::SearchAndSeizure, S::CircularExceptions],
            ),
            // §2: état de nécessité (Cass. 18 June 2010).
            rule(
                R::R32,
                &[yes(F::Danger), yes(F::NoOtherMeans)],
                decide(O::Necessity),
                &[S::CircularNecessity, S::NecessityCaseLaw],
            ),
            // §3: "aucune réponse ne sera donnée à une demande orale".
            rule(
                R::R33,
                &[is(F::Form, C::Oral)],
                decide(O::NoAnswerOral),
                &[S::CircularExternal],
            ),
            // §3: the written request goes to the President; no individual answer.
            rule(
                R::R34,
                &[is(F::Role, C::Recipient)],
                decide(O::ForwardToPresident),
                &[S::CircularPresident],
            ),
            // §3: the request must identify the person without ambiguity.
            rule(
                R::R35,
                &[no(F::IdentifiesPerson)],
                decide(O::RequestInadmissible),
                &[S::CircularExternal],
            ),
            // §3: the secret is lifted if the person concerned agrees.
            rule(
                R::R36,
                &[yes(F::Consent)],
                decide(O::DiscloseConsent),
                &[S::CircularConsent],
            ),
            // §3: a requester also bound by secrecy needs the same mission; then
            // the shared-secrecy conditions.
            rule(
                R::R37,
                &[
                    is(F::Requester, C::ExternalProfessional),
                    yes(F::RecipientBound),
                    yes(F::SameMission),
                    yes(F::StrictlyNecessary),
                    yes(F::BeneficiaryInterest),
                ],
                Then::Branch {
                    fact: F::BeneficiaryInformed,
                    yes: O::ShareSharedSecret,
                    no: O::InformBeneficiaryFirst,
                },
                &[S::CircularSameMission, S::CircularShared],
            ),
            // §3: the request must cite the legal provision allowing the transmission.
            rule(
                R::R38,
                &[no(F::CitesLegalBasis)],
                decide(O::RequestInadmissible),
                &[S::CircularExternal],
            ),
            // Old art. 458 CP: unless the law, decree or ordinance obliges or allows it.
            rule(
                R::R39,
                &[yes(F::LegalBasisApplies)],
                decide(O::DiscloseLegalBasis),
                &[S::SecrecyOffence, S::CircularPresident],
            ),
            // §3: "une analyse juridique systématique" before any draft answer;
            // refusing what a law obliges may itself be an offence.
            rule(
                R::R3U,
                &[unsure(F::LegalBasisApplies)],
                decide(O::LegalOpinionFirst),
                &[S::CircularPresident, S::ProsecutorRequest],
            ),
            // §4: the secret is the rule.
            rule(
                R::R3Z,
                &[],
                decide(O::KeepSecret),
                &[S::CircularExceptions, S::CircularSanctions],
            ),
        ],
    },
    Section {
        name: "own_initiative",
        heading: &[is(F::Situation, C::OwnInitiative)],
        rules: &[
            rule(
                R::R40,
                &[yes(F::Danger), yes(F::NoOtherMeans)],
                decide(O::Necessity),
                &[S::CircularNecessity, S::NecessityCaseLaw],
            ),
            // Doctrine (lead): the secret does not cover an offence committed
            // against the professional; the employer's prevention duties.
            rule(
                R::R4S,
                &[is(F::InitiativeConcern, C::StaffThreatened)],
                decide(O::StaffProtection),
                &[S::StaffThreatDoctrine, S::WellBeingAtWork],
            ),
            // Decree of 12 May 2004 (lead): help and protect the child, with
            // SOS Enfants or the conseiller de l'aide à la jeunesse.
            rule(
                R::R4C,
                &[is(F::InitiativeConcern, C::ChildAtRisk)],
                decide(O::ChildProtection),
                &[S::ChildMaltreatmentDecree, S::CircularExceptions],
            ),
            rule(
                R::R41,
                &[is(F::InitiativeRecipient, C::Internal)],
                Then::Table(SHARED_SECRET),
                &[S::CircularShared],
            ),
            rule(
                R::R42,
                &[yes(F::Consent)],
                decide(O::DiscloseConsent),
                &[S::CircularConsent],
            ),
            rule(
                R::R43,
                &[yes(F::LegalObligation)],
                decide(O::DiscloseLegalBasis),
                &[S::SecrecyOffence],
            ),
            rule(
                R::R4Z,
                &[],
                decide(O::KeepSecret),
                &[S::CircularExceptions, S::CircularSanctions],
            ),
        ],
    },
];

/// Every rule, shared-secrecy test included, in reading order.
pub fn all_rules() -> impl Iterator<Item = &'static Rule> {
    RULE_BASE
        .iter()
        .flat_map(|s| s.rules.iter())
        .chain(SHARED_SECRET.iter())
}
