//! Where the user is in the questionnaire: the answers on the current path
//! and the screen shown. Plain Rust, so Back, change and restart are tested
//! natively; the legal decisions all come from the engine.

use crate::engine::{evaluate, Choice, Evaluation, Fact, FactError, Facts, Value};

/// What the page shows.
#[derive(Clone, Debug, PartialEq)]
pub enum Page {
    /// A question, with the answer already given to it, if any.
    Question {
        fact: Fact,
        selected: Option<Value>,
        can_go_back: bool,
    },
    /// Every answer, each with a way to change it.
    Review,
    /// The outcome.
    Outcome(Evaluation),
}

/// Where the user stands in the questionnaire, without the answers: what a
/// browser history entry stands for. Back and Forward move between
/// positions while the answers stay in memory, so the question shown again
/// keeps its answer; nothing of an answer goes into the history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Position {
    /// The question asked after this many answers, or the outcome when
    /// every question is answered.
    Asking(usize),
    /// The review of all answers.
    Review,
    /// Changing this answer from the review.
    Change(Fact),
}

/// The screen within the questionnaire.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Screen {
    /// The next question the engine needs, or the outcome.
    Next,
    /// Back on the answered question at this position of the path.
    Revisit(usize),
    /// Changing this answer from the review; then the first question now needed.
    Change(Fact),
    /// The review of all answers.
    Review,
}

/// The state of one request being worked through.
#[derive(Clone, Debug, PartialEq)]
pub struct Guide {
    /// Answers on the current path only, in the order they were asked.
    path: Vec<(Fact, Value)>,
    /// The same answers as a fact set, kept with the path so that it never
    /// has to be rebuilt (and could never fail to be).
    facts: Facts,
    screen: Screen,
}

impl Default for Guide {
    fn default() -> Self {
        Self::new()
    }
}

impl Guide {
    /// A new request: no answer yet.
    pub fn new() -> Self {
        Guide {
            path: Vec::new(),
            facts: Facts::new(),
            screen: Screen::Next,
        }
    }

    /// The answers given, in the order asked.
    pub fn answers(&self) -> &[(Fact, Value)] {
        &self.path
    }

    /// What the engine says of the answers so far.
    pub fn evaluation(&self) -> Evaluation {
        evaluate(&self.facts)
    }

    /// The answers that may be given to `fact`, given the answers asked
    /// before it: answers after it may change, so they restrict nothing.
    pub fn answers_for(&self, fact: Fact) -> Vec<Value> {
        let mut earlier = self.facts.clone();
        for &(later, _) in self.path.iter().skip_while(|(f, _)| *f != fact) {
            earlier.remove(later);
        }
        earlier.answers_for(fact)
    }

    /// What to show.
    pub fn page(&self) -> Page {
        let answered = |fact: Fact| self.path.iter().find(|(f, _)| *f == fact).map(|(_, v)| *v);
        match self.screen {
            Screen::Review => Page::Review,
            Screen::Revisit(index) => {
                let (fact, value) = self.path[index];
                Page::Question {
                    fact,
                    selected: Some(value),
                    can_go_back: index > 0,
                }
            }
            Screen::Change(fact) => Page::Question {
                fact,
                selected: answered(fact),
                can_go_back: true,
            },
            Screen::Next => {
                let evaluation = self.evaluation();
                match evaluation.next_question() {
                    Some(fact) => Page::Question {
                        fact,
                        selected: None,
                        can_go_back: !self.path.is_empty(),
                    },
                    None => Page::Outcome(evaluation),
                }
            }
        }
    }

    /// Records the answer to the question shown. Answers that no longer
    /// apply are dropped; the guide goes on to the next answered question
    /// when walking back through them, else to the first question needed.
    pub fn answer(&mut self, fact: Fact, value: Value) -> Result<(), FactError> {
        let mut answers: Vec<(Fact, Value)> = self.path.clone();
        match answers.iter_mut().find(|(f, _)| *f == fact) {
            Some(slot) => slot.1 = value,
            None => answers.push((fact, value)),
        }
        // Refuse a value the fact does not take before touching the path.
        Facts::new().with(fact, value)?;
        let revisited = match self.screen {
            Screen::Revisit(index) => Some(index),
            _ => None,
        };
        (self.path, self.facts) = replay(&answers);
        self.screen = match revisited {
            Some(index) if index + 1 < self.path.len() => Screen::Revisit(index + 1),
            _ => Screen::Next,
        };
        Ok(())
    }

    /// Goes back one question.
    pub fn back(&mut self) {
        let last = self.path.len().checked_sub(1);
        self.screen = match self.screen {
            Screen::Next => match last {
                Some(index) => Screen::Revisit(index),
                None => return,
            },
            Screen::Revisit(0) => return,
            Screen::Revisit(index) => Screen::Revisit(index - 1),
            Screen::Change(_) => Screen::Review,
            Screen::Review => Screen::Next,
        };
    }

    /// Shows every answer.
    pub fn review(&mut self) {
        self.screen = Screen::Review;
    }

    /// Leaves the review for where the questionnaire stands.
    pub fn resume(&mut self) {
        self.screen = Screen::Next;
    }

    /// Opens an answered question to change it.
    pub fn change(&mut self, fact: Fact) {
        if self.path.iter().any(|(f, _)| *f == fact) {
            self.screen = Screen::Change(fact);
        }
    }

    /// Where the user stands, for the browser history.
    pub fn position(&self) -> Position {
        match self.screen {
            Screen::Next => Position::Asking(self.path.len()),
            Screen::Revisit(index) => Position::Asking(index),
            Screen::Change(fact) => Position::Change(fact),
            Screen::Review => Position::Review,
        }
    }

    /// Goes to a position recorded earlier (browser Back or Forward), with
    /// the answers as they are now: an answered question shows its answer;
    /// a position past the answers shows where the questionnaire stands.
    pub fn go_to(&mut self, position: Position) {
        self.screen = match position {
            Position::Asking(index) if index < self.path.len() => Screen::Revisit(index),
            Position::Asking(_) => Screen::Next,
            Position::Review if !self.path.is_empty() => Screen::Review,
            Position::Change(fact) if self.path.iter().any(|(f, _)| *f == fact) => {
                Screen::Change(fact)
            }
            Position::Review | Position::Change(_) => Screen::Next,
        };
    }

    /// The councillor who started from "Je suis conseiller…" and wants to
    /// consult a file or get a copy: the questions of a councillor's
    /// request, with what is already known (whether the information is
    /// covered) kept. The contract's facts are the same; only the answers
    /// change, as if given on the way there.
    pub fn councillor_request(&mut self) {
        let mut answers = vec![(Fact::Situation, Value::Choice(Choice::Request))];
        answers.extend(self.path.iter().filter(|(f, _)| *f == Fact::Covered));
        answers.push((Fact::Origin, Value::Choice(Choice::Internal)));
        answers.push((Fact::Requester, Value::Choice(Choice::Councillor)));
        (self.path, self.facts) = replay(&answers);
        self.screen = Screen::Next;
    }

    /// Forgets everything: each new request runs the whole procedure again.
    pub fn restart(&mut self) {
        *self = Guide::new();
    }
}

/// Keeps, in asking order, only the answers the engine asks for; returns
/// them with the fact set they make.
fn replay(answers: &[(Fact, Value)]) -> (Vec<(Fact, Value)>, Facts) {
    let mut kept = Facts::new();
    let mut path = Vec::new();
    while let Some(question) = evaluate(&kept).next_question() {
        let Some(&(_, value)) = answers.iter().find(|(f, _)| *f == question) else {
            break;
        };
        if kept.set(question, value).is_err() {
            break;
        }
        path.push((question, value));
    }
    (path, kept)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Outcome;

    fn c(choice: Choice) -> Value {
        Value::Choice(choice)
    }

    /// The first question, with nothing chosen: a new request.
    fn on_first_question(guide: &Guide) -> bool {
        matches!(
            guide.page(),
            Page::Question {
                fact: Fact::Situation,
                selected: None,
                ..
            }
        )
    }

    fn answer_all(guide: &mut Guide, answers: &[(Fact, Value)]) {
        for &(fact, value) in answers {
            match guide.page() {
                Page::Question { fact: asked, .. } => assert_eq!(asked, fact),
                other => panic!("expected the question {fact}, got {other:?}"),
            }
            guide.answer(fact, value).unwrap();
        }
    }

    const POLICE_BY_PHONE: &[(Fact, Value)] = &[
        (Fact::Situation, Value::Choice(Choice::Request)),
        (Fact::Covered, Value::Yes),
        (Fact::Origin, Value::Choice(Choice::External)),
        (Fact::Requester, Value::Choice(Choice::Police)),
        (Fact::Danger, Value::No),
        (Fact::Form, Value::Choice(Choice::Oral)),
    ];

    fn outcome(guide: &Guide) -> Option<Outcome> {
        match guide.page() {
            Page::Outcome(e) => e.outcome(),
            _ => None,
        }
    }

    #[test]
    fn police_by_phone_gets_no_answer() {
        let mut guide = Guide::new();
        answer_all(&mut guide, POLICE_BY_PHONE);
        assert_eq!(outcome(&guide), Some(Outcome::NoAnswerOral));
    }

    #[test]
    fn back_shows_the_previous_answer_and_continue_returns_to_where_you_were() {
        let mut guide = Guide::new();
        answer_all(&mut guide, POLICE_BY_PHONE);
        guide.back();
        guide.back();
        assert_eq!(
            guide.page(),
            Page::Question {
                fact: Fact::Danger,
                selected: Some(Value::No),
                can_go_back: true
            }
        );
        guide.answer(Fact::Danger, Value::No).unwrap();
        assert!(matches!(
            guide.page(),
            Page::Question {
                fact: Fact::Form,
                selected: Some(_),
                ..
            }
        ));
        guide.answer(Fact::Form, c(Choice::Oral)).unwrap();
        assert_eq!(outcome(&guide), Some(Outcome::NoAnswerOral));
    }

    #[test]
    fn no_way_back_from_the_first_question() {
        let mut guide = Guide::new();
        assert!(matches!(
            guide.page(),
            Page::Question {
                can_go_back: false,
                ..
            }
        ));
        guide.back();
        assert!(matches!(
            guide.page(),
            Page::Question {
                fact: Fact::Situation,
                ..
            }
        ));
    }

    #[test]
    fn changing_an_answer_drops_those_that_no_longer_apply() {
        let mut guide = Guide::new();
        answer_all(&mut guide, POLICE_BY_PHONE);
        guide.review();
        assert_eq!(guide.page(), Page::Review);
        guide.change(Fact::Requester);
        guide.answer(Fact::Requester, c(Choice::Court)).unwrap();
        assert_eq!(
            guide.page(),
            Page::Question {
                fact: Fact::TestimonyRequired,
                selected: None,
                can_go_back: true
            }
        );
        let asked: Vec<Fact> = guide.answers().iter().map(|(f, _)| *f).collect();
        assert_eq!(
            asked,
            [
                Fact::Situation,
                Fact::Covered,
                Fact::Origin,
                Fact::Requester
            ]
        );
    }

    #[test]
    fn back_from_changing_an_answer_returns_to_the_answers_page() {
        let mut guide = Guide::new();
        answer_all(&mut guide, POLICE_BY_PHONE);
        guide.review();
        guide.change(Fact::Requester);
        assert_eq!(
            guide.page(),
            Page::Question {
                fact: Fact::Requester,
                selected: Some(c(Choice::Police)),
                can_go_back: true
            }
        );
        guide.back();
        assert_eq!(guide.page(), Page::Review);
        assert_eq!(guide.answers(), POLICE_BY_PHONE, "nothing changed");
    }

    #[test]
    fn changing_an_answer_that_keeps_the_path_resumes_at_the_outcome() {
        let mut guide = Guide::new();
        answer_all(&mut guide, POLICE_BY_PHONE);
        guide.review();
        guide.change(Fact::Requester);
        guide.answer(Fact::Requester, c(Choice::Landlord)).unwrap();
        assert_eq!(outcome(&guide), Some(Outcome::NoAnswerOral));
        assert_eq!(guide.answers()[3], (Fact::Requester, c(Choice::Landlord)));
    }

    #[test]
    fn changing_the_origin_drops_a_requester_of_the_other_side() {
        let mut guide = Guide::new();
        answer_all(&mut guide, POLICE_BY_PHONE);
        guide.review();
        guide.change(Fact::Origin);
        assert_eq!(
            guide.answers_for(Fact::Origin),
            [c(Choice::Internal), c(Choice::External)]
        );
        guide.answer(Fact::Origin, c(Choice::Internal)).unwrap();
        assert!(matches!(
            guide.page(),
            Page::Question {
                fact: Fact::Requester,
                selected: None,
                ..
            }
        ));
        assert_eq!(
            guide.answers_for(Fact::Requester),
            [
                c(Choice::InternalProcedure),
                c(Choice::Colleague),
                c(Choice::Councillor)
            ]
        );
    }

    #[test]
    fn browser_back_shows_each_question_with_its_answer_and_forward_returns() {
        let mut guide = Guide::new();
        let mut positions = vec![guide.position()];
        for &(fact, value) in POLICE_BY_PHONE {
            guide.answer(fact, value).unwrap();
            positions.push(guide.position());
        }
        assert_eq!(outcome(&guide), Some(Outcome::NoAnswerOral));
        // Back, twice: the last two questions, each with its answer.
        guide.go_to(positions[5]);
        assert_eq!(
            guide.page(),
            Page::Question {
                fact: Fact::Form,
                selected: Some(c(Choice::Oral)),
                can_go_back: true
            }
        );
        guide.go_to(positions[4]);
        assert!(matches!(
            guide.page(),
            Page::Question {
                fact: Fact::Danger,
                selected: Some(Value::No),
                ..
            }
        ));
        // Forward, twice: the outcome again.
        guide.go_to(positions[5]);
        guide.go_to(positions[6]);
        assert_eq!(outcome(&guide), Some(Outcome::NoAnswerOral));
        assert_eq!(guide.answers().len(), POLICE_BY_PHONE.len());
    }

    #[test]
    fn a_position_beyond_the_answers_left_shows_where_the_guide_stands() {
        let mut guide = Guide::new();
        answer_all(&mut guide, POLICE_BY_PHONE);
        guide.review();
        let review = guide.position();
        guide.change(Fact::Origin);
        let change = guide.position();
        guide.restart();
        for position in [Position::Asking(5), review, change] {
            guide.go_to(position);
            assert!(on_first_question(&guide));
        }
    }

    #[test]
    fn a_councillor_who_wants_a_copy_reaches_the_councillor_request_questions() {
        let mut guide = Guide::new();
        answer_all(
            &mut guide,
            &[
                (Fact::Situation, c(Choice::CouncillorDisclosure)),
                (Fact::Covered, Value::Yes),
            ],
        );
        guide.councillor_request();
        assert!(matches!(
            guide.page(),
            Page::Question {
                fact: Fact::CouncillorRequest,
                selected: None,
                can_go_back: true
            }
        ));
        assert_eq!(guide.answers()[1], (Fact::Covered, Value::Yes));
        guide
            .answer(Fact::CouncillorRequest, c(Choice::Copy))
            .unwrap();
        guide
            .answer(Fact::Document, c(Choice::IndividualAid))
            .unwrap();
        assert_eq!(outcome(&guide), Some(Outcome::CouncillorCopyRefused));
    }

    #[test]
    fn restart_forgets_every_answer() {
        let mut guide = Guide::new();
        answer_all(&mut guide, POLICE_BY_PHONE);
        guide.restart();
        assert!(guide.answers().is_empty());
        assert_eq!(guide.facts, Facts::new());
        assert!(on_first_question(&guide));
    }

    #[test]
    fn a_value_the_question_does_not_take_is_refused() {
        let mut guide = Guide::new();
        assert!(guide.answer(Fact::Situation, Value::Yes).is_err());
        assert!(guide.answers().is_empty());
    }
}
