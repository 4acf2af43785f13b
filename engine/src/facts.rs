//! The facts a user answers (spec §1): their ids, the values each takes,
//! and strict parsing that names the fact at fault.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};

use super::ids::id_enum;

id_enum! {
    /// A fact the engine may ask about.
    Fact {
        Situation = "situation",
        Covered = "covered",
        Origin = "origin",
        Requester = "requester",
        Role = "role",
        Form = "form",
        TestimonyRequired = "testimony_required",
        Danger = "danger",
        NoOtherMeans = "no_other_means",
        IdentifiesPerson = "identifies_person",
        Consent = "consent",
        CitesLegalBasis = "cites_legal_basis",
        LegalBasisApplies = "legal_basis_applies",
        RecipientBound = "recipient_bound",
        SameMission = "same_mission",
        StrictlyNecessary = "strictly_necessary",
        BeneficiaryInterest = "beneficiary_interest",
        BeneficiaryInformed = "beneficiary_informed",
        CouncillorRequest = "councillor_request",
        Document = "document",
        DiscloseTo = "disclose_to",
        InitiativeRecipient = "initiative_recipient",
        LegalObligation = "legal_obligation",
        InitiativeConcern = "initiative_concern",
    }
}

id_enum! {
    /// A value of a multiple-choice fact. Ids are unique across facts;
    /// `internal` and `external` serve both `origin` and `initiative_recipient`.
    Choice {
        Request = "request",
        OwnInitiative = "own_initiative",
        CouncillorDisclosure = "councillor_disclosure",
        AlreadyDisclosed = "already_disclosed",
        Internal = "internal",
        External = "external",
        InternalProcedure = "internal_procedure",
        Colleague = "colleague",
        Councillor = "councillor",
        PersonConcerned = "person_concerned",
        Court = "court",
        ParliamentaryInquiry = "parliamentary_inquiry",
        Magistrate = "magistrate",
        SearchOrSeizure = "search_or_seizure",
        Police = "police",
        Landlord = "landlord",
        DebtCollector = "debt_collector",
        CsilR = "csil_r",
        MunicipalAuthority = "municipal_authority",
        ControlAuthority = "control_authority",
        ExternalProfessional = "external_professional",
        OtherExternal = "other_external",
        Recipient = "recipient",
        Examiner = "examiner",
        Oral = "oral",
        Written = "written",
        Consult = "consult",
        Copy = "copy",
        Information = "information",
        IndividualAid = "individual_aid",
        AidRecovery = "aid_recovery",
        NotAdopted = "not_adopted",
        Administration = "administration",
        CouncillorInSession = "councillor_in_session",
        ThirdParty = "third_party",
        Beneficiary = "beneficiary",
        StaffThreatened = "staff_threatened",
        ChildAtRisk = "child_at_risk",
        Other = "other",
    }
}

use Choice as C;

/// Every requester: those inside the CPAS first, then those outside.
const REQUESTERS: &[Choice] = &[
    C::InternalProcedure,
    C::Colleague,
    C::Councillor,
    C::PersonConcerned,
    C::Court,
    C::ParliamentaryInquiry,
    C::Magistrate,
    C::SearchOrSeizure,
    C::Police,
    C::Landlord,
    C::DebtCollector,
    C::CsilR,
    C::MunicipalAuthority,
    C::ControlAuthority,
    C::ExternalProfessional,
    C::OtherExternal,
];
const INTERNAL_REQUESTERS: &[Choice] = REQUESTERS.split_at(3).0;
const EXTERNAL_REQUESTERS: &[Choice] = REQUESTERS.split_at(3).1;

/// What kind of answer a fact takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Yes, no, or "je ne sais pas".
    YesNo,
    /// One of these values.
    OneOf(&'static [Choice]),
}

impl Fact {
    /// The answers this fact accepts.
    pub const fn kind(self) -> Kind {
        match self {
            Fact::Situation => Kind::OneOf(&[
                C::Request,
                C::OwnInitiative,
                C::CouncillorDisclosure,
                C::AlreadyDisclosed,
            ]),
            Fact::Origin | Fact::InitiativeRecipient => Kind::OneOf(&[C::Internal, C::External]),
            Fact::Requester => Kind::OneOf(REQUESTERS),
            Fact::Role => Kind::OneOf(&[C::Recipient, C::Examiner]),
            Fact::Form => Kind::OneOf(&[C::Oral, C::Written]),
            Fact::CouncillorRequest => Kind::OneOf(&[C::Consult, C::Copy, C::Information]),
            Fact::Document => Kind::OneOf(&[
                C::IndividualAid,
                C::AidRecovery,
                C::NotAdopted,
                C::Administration,
            ]),
            Fact::DiscloseTo => {
                Kind::OneOf(&[C::CouncillorInSession, C::ThirdParty, C::Beneficiary])
            }
            Fact::InitiativeConcern => Kind::OneOf(&[C::StaffThreatened, C::ChildAtRisk, C::Other]),
            _ => Kind::YesNo,
        }
    }

    /// What "je ne sais pas" counts as: the answer that keeps the secret,
    /// since exceptions are read strictly (circular §2). `true` for
    /// `covered`, `false` for every other yes/no fact.
    pub const fn strict_answer(self) -> bool {
        matches!(self, Fact::Covered)
    }

    /// Every value this fact accepts, as it is written in JSON.
    pub fn values(self) -> Vec<Value> {
        match self.kind() {
            Kind::YesNo => vec![Value::Yes, Value::No, Value::Unsure],
            Kind::OneOf(choices) => choices.iter().map(|&c| Value::Choice(c)).collect(),
        }
    }
}

/// One answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Value {
    /// JSON `true`.
    Yes,
    /// JSON `false`.
    No,
    /// JSON `"unsure"`: the user does not know; read as the fact's strict answer.
    Unsure,
    /// A multiple-choice value, as its JSON string.
    Choice(Choice),
}

impl Value {
    /// The value as the page's radio buttons carry it (`true`, `false`,
    /// `unsure`, `police`...).
    pub const fn as_str(self) -> &'static str {
        match self {
            Value::Yes => "true",
            Value::No => "false",
            Value::Unsure => "unsure",
            Value::Choice(c) => c.id(),
        }
    }

    /// The value for `fact` written as [`Value::as_str`] gives it, or an
    /// error naming the fact.
    pub fn parse(fact: Fact, text: &str) -> Result<Value, FactError> {
        let value = match text {
            "true" => Value::Yes,
            "false" => Value::No,
            "unsure" => Value::Unsure,
            other => Choice::from_id(other)
                .map(Value::Choice)
                .ok_or_else(|| FactError::wrong_value(fact, format!("`{other}`")))?,
        };
        check_kind(fact, value)?;
        Ok(value)
    }
}

impl Serialize for Value {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Value::Yes => s.serialize_bool(true),
            Value::No => s.serialize_bool(false),
            other => s.serialize_str(other.as_str()),
        }
    }
}

/// Why a set of facts was refused. The message always names the fact.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FactError {
    /// A key that is not a fact of the spec.
    UnknownFact(String),
    /// A fact given twice in one object.
    Repeated(Fact),
    /// A value the fact does not take.
    WrongValue {
        /// The fact given the value.
        fact: Fact,
        /// What was found, as written in the input.
        found: String,
        /// The values the fact takes.
        expected: String,
    },
    /// Something else than an object of facts: what was found.
    NotAnObject(Given),
    /// A requester on the other side of the CPAS than `origin` says.
    RequesterOrigin {
        /// The requester given.
        requester: Choice,
        /// The origin given.
        origin: Choice,
    },
}

impl FactError {
    fn wrong_value(fact: Fact, found: String) -> Self {
        let expected = match fact.kind() {
            Kind::YesNo => "true, false or \"unsure\"".to_string(),
            Kind::OneOf(choices) => {
                let ids: Vec<String> = choices.iter().map(|c| format!("\"{c}\"")).collect();
                format!("one of {}", ids.join(", "))
            }
        };
        FactError::WrongValue {
            fact,
            found,
            expected,
        }
    }
}

impl fmt::Display for FactError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FactError::UnknownFact(key) => {
                let known: Vec<&str> = Fact::ALL.iter().map(|f| f.id()).collect();
                write!(
                    f,
                    "unknown fact `{key}`: the facts are {}",
                    known.join(", ")
                )
            }
            FactError::Repeated(fact) => write!(f, "fact `{fact}` is given twice"),
            FactError::NotAnObject(found) => {
                write!(f, "expected an object of facts, found {found}")
            }
            FactError::WrongValue {
                fact,
                found,
                expected,
            } => write!(
                f,
                "fact `{fact}`: {found} is not a value it takes; expected {expected}"
            ),
            FactError::RequesterOrigin { requester, origin } => {
                let side = if *origin == C::Internal {
                    "inside"
                } else {
                    "outside"
                };
                write!(
                    f,
                    "fact `requester`: \"{requester}\" contradicts `origin` \"{origin}\", which says the request comes from {side} the CPAS"
                )
            }
        }
    }
}

impl std::error::Error for FactError {}

fn check_kind(fact: Fact, value: Value) -> Result<(), FactError> {
    let fits = match (fact.kind(), value) {
        (Kind::YesNo, Value::Yes | Value::No | Value::Unsure) => true,
        (Kind::OneOf(choices), Value::Choice(c)) => choices.contains(&c),
        _ => false,
    };
    if fits {
        Ok(())
    } else {
        let found = match value {
            Value::Yes | Value::No => value.as_str().to_string(),
            _ => format!("\"{}\"", value.as_str()),
        };
        Err(FactError::wrong_value(fact, found))
    }
}

/// A set of answers. Every fact is optional: an absent fact is unknown.
/// A `Facts` always holds valid values and a `requester` consistent with
/// `origin`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Facts(BTreeMap<Fact, Value>);

impl Facts {
    /// No answer yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// The answer to `fact`, if given.
    pub fn get(&self, fact: Fact) -> Option<Value> {
        self.0.get(&fact).copied()
    }

    /// Sets an answer, refusing a value the fact does not take or a
    /// requester that contradicts the origin. On error `self` is unchanged.
    pub fn set(&mut self, fact: Fact, value: Value) -> Result<(), FactError> {
        check_kind(fact, value)?;
        let previous = self.0.insert(fact, value);
        if let Err(e) = self.check_requester_origin() {
            match previous {
                Some(v) => self.0.insert(fact, v),
                None => self.0.remove(&fact),
            };
            return Err(e);
        }
        Ok(())
    }

    /// A fact set from answers given in order; the first refused answer is
    /// the error.
    pub fn from_answers(
        answers: impl IntoIterator<Item = (Fact, Value)>,
    ) -> Result<Self, FactError> {
        answers
            .into_iter()
            .try_fold(Facts::new(), |facts, (fact, value)| facts.with(fact, value))
    }

    /// The same facts with one more answer.
    pub fn with(mut self, fact: Fact, value: Value) -> Result<Self, FactError> {
        self.set(fact, value)?;
        Ok(self)
    }

    /// Forgets an answer.
    pub fn remove(&mut self, fact: Fact) -> Option<Value> {
        self.0.remove(&fact)
    }

    /// The answers given, in the spec's order of facts.
    pub fn iter(&self) -> impl Iterator<Item = (Fact, Value)> + '_ {
        self.0.iter().map(|(&f, &v)| (f, v))
    }

    /// The answers that may be given to `fact` now: all its values, but
    /// for `requester` only those on the side of the CPAS `origin` names.
    pub fn answers_for(&self, fact: Fact) -> Vec<Value> {
        fact.values()
            .into_iter()
            .filter(|&value| self.clone().with(fact, value).is_ok())
            .collect()
    }

    fn check_requester_origin(&self) -> Result<(), FactError> {
        let (Some(Value::Choice(requester)), Some(Value::Choice(origin))) =
            (self.get(Fact::Requester), self.get(Fact::Origin))
        else {
            return Ok(());
        };
        let allowed = if origin == C::Internal {
            INTERNAL_REQUESTERS
        } else {
            EXTERNAL_REQUESTERS
        };
        if allowed.contains(&requester) {
            Ok(())
        } else {
            Err(FactError::RequesterOrigin { requester, origin })
        }
    }
}

impl Serialize for Facts {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (fact, value) in self.iter() {
            map.serialize_entry(fact.id(), &value)?;
        }
        map.end()
    }
}

/// A value as a data format holds it (JSON, a JavaScript object), before
/// it is checked against its fact. Readers of those formats build it; the
/// rules of what is accepted, and the messages, are the engine's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Given {
    /// `true` or `false`.
    Bool(bool),
    /// A text.
    Text(String),
    /// A whole number.
    Integer(i64),
    /// A number with a fractional part. Not kept: messages never print it
    /// (formatting floats would add 11 KB to the page).
    Decimal,
    /// `null`, or nothing.
    Null,
    /// A list.
    List,
    /// An object.
    Object,
}

impl Given {
    /// The value it stands for, or what was found, for the message.
    fn value(self) -> Result<Value, String> {
        match self {
            Given::Bool(b) => Ok(if b { Value::Yes } else { Value::No }),
            Given::Text(s) => match s.as_str() {
                "unsure" => Ok(Value::Unsure),
                _ => Choice::from_id(&s)
                    .map(Value::Choice)
                    .ok_or_else(|| format!("\"{s}\"")),
            },
            other => Err(other.to_string()),
        }
    }
}

impl fmt::Display for Given {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Given::Bool(b) => write!(f, "{b}"),
            Given::Text(s) => write!(f, "\"{s}\""),
            Given::Integer(n) => write!(f, "{n}"),
            Given::Decimal => f.write_str("a decimal number"),
            Given::Null => f.write_str("null"),
            Given::List => f.write_str("a list"),
            Given::Object => f.write_str("an object"),
        }
    }
}

impl Facts {
    /// Adds one entry of an object of facts as a data format holds it:
    /// the key must name a fact not given yet, the value be one it takes.
    pub fn add_given(&mut self, key: &str, given: Given) -> Result<(), FactError> {
        let fact = Fact::from_id(key).ok_or_else(|| FactError::UnknownFact(key.to_string()))?;
        let value = given
            .value()
            .map_err(|found| FactError::wrong_value(fact, found))?;
        if self.get(fact).is_some() {
            return Err(FactError::Repeated(fact));
        }
        self.set(fact, value)
    }
}

/// Reads any value into a [`Given`].
struct GivenVisitor;

impl<'de> Visitor<'de> for GivenVisitor {
    type Value = Given;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("true, false or a text value")
    }
    fn visit_bool<E: de::Error>(self, b: bool) -> Result<Given, E> {
        Ok(Given::Bool(b))
    }
    fn visit_i64<E: de::Error>(self, n: i64) -> Result<Given, E> {
        Ok(Given::Integer(n))
    }
    fn visit_u64<E: de::Error>(self, n: u64) -> Result<Given, E> {
        Ok(i64::try_from(n).map_or(Given::Decimal, Given::Integer))
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Given, E> {
        Ok(Given::Decimal)
    }
    fn visit_unit<E: de::Error>(self) -> Result<Given, E> {
        Ok(Given::Null)
    }
    fn visit_none<E: de::Error>(self) -> Result<Given, E> {
        Ok(Given::Null)
    }
    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Given, A::Error> {
        while seq.next_element::<de::IgnoredAny>()?.is_some() {}
        Ok(Given::List)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Given, A::Error> {
        while map
            .next_entry::<de::IgnoredAny, de::IgnoredAny>()?
            .is_some()
        {}
        Ok(Given::Object)
    }
    fn visit_str<E: de::Error>(self, s: &str) -> Result<Given, E> {
        Ok(Given::Text(s.to_string()))
    }
}

impl<'de> Deserialize<'de> for Given {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(GivenVisitor)
    }
}

/// Parses a JSON object of facts strictly: unknown keys, values a fact
/// does not take, a fact given twice and a requester contradicting the
/// origin are errors whose message names the fact. Anything but an object
/// is refused with [`FactError::NotAnObject`].
impl<'de> Deserialize<'de> for Facts {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // `any`, not `map`: a JavaScript array must be refused as a list, not read as an object.
        match d.deserialize_any(FactsVisitor)? {
            Ok(facts) => Ok(facts),
            Err(found) => Err(de::Error::custom(FactError::NotAnObject(found))),
        }
    }
}

/// An object's entries become facts; any other value is what was found.
struct FactsVisitor;

impl<'de> Visitor<'de> for FactsVisitor {
    type Value = Result<Facts, Given>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object of facts")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut facts = Facts::new();
        while let Some(key) = map.next_key::<String>()? {
            let given: Given = map.next_value()?;
            facts.add_given(&key, given).map_err(de::Error::custom)?;
        }
        Ok(Ok(facts))
    }
    fn visit_bool<E: de::Error>(self, b: bool) -> Result<Self::Value, E> {
        GivenVisitor.visit_bool(b).map(Err)
    }
    fn visit_i64<E: de::Error>(self, n: i64) -> Result<Self::Value, E> {
        GivenVisitor.visit_i64(n).map(Err)
    }
    fn visit_u64<E: de::Error>(self, n: u64) -> Result<Self::Value, E> {
        GivenVisitor.visit_u64(n).map(Err)
    }
    fn visit_f64<E: de::Error>(self, n: f64) -> Result<Self::Value, E> {
        GivenVisitor.visit_f64(n).map(Err)
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Err(Given::Null))
    }
    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Err(Given::Null))
    }
    fn visit_str<E: de::Error>(self, s: &str) -> Result<Self::Value, E> {
        GivenVisitor.visit_str(s).map(Err)
    }
    fn visit_seq<A: de::SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        GivenVisitor.visit_seq(seq).map(Err)
    }
}
