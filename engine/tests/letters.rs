//! What each text sent outside the CPAS cites: always the same sources,
//! whatever the answers, so that a letter reveals nothing of what the CPAS
//! knows about the person. Written as a lawyer would check them.

use secret_pro_engine::{Source, Template};

#[test]
fn each_text_sent_out_cites_its_fixed_sources() {
    let expected: &[(Template, &[Source])] = &[
        // What is said at the desk cites nothing: nobody reads references
        // out.
        (Template::OralReply, &[]),
        // The refusals: the procedure for external requests and the
        // staff's secret (art. 50 LO).
        (
            Template::AnswerRefusal,
            &[
                Source::CircularExternal,
                Source::CircularPresident,
                Source::StaffBound,
            ],
        ),
        (
            Template::AnswerInadmissible,
            &[
                Source::CircularExternal,
                Source::CircularPresident,
                Source::StaffBound,
            ],
        ),
        // A transmission: exceptions read strictly, the strictly necessary,
        // the official answer.
        (
            Template::AnswerLimited,
            &[Source::CircularExceptions, Source::CircularPresident],
        ),
        // The beneficiary told of team work: shared secrecy.
        (Template::InformBeneficiary, &[Source::CircularShared]),
        // A receipt while the analysis runs: the procedure alone.
        (Template::AcknowledgeReceipt, &[Source::CircularPresident]),
    ];
    for &template in Template::ALL {
        let pinned = expected.iter().find(|(t, _)| *t == template);
        match (template.sent_out(), pinned) {
            (Some(sources), Some((_, want))) => {
                assert_eq!(sources, *want, "{template} cites other sources")
            }
            (None, None) => {}
            (sent, _) => panic!("{template}: sent out {sent:?}, but pinned here {pinned:?}"),
        }
    }
}

/// The oral reply alone is said aloud (the page shows it at the top, under
/// the decision), and what is said aloud cites nothing; every text written
/// out cites its sources.
#[test]
fn only_the_oral_reply_is_said_aloud_and_it_alone_cites_nothing() {
    let spoken: Vec<Template> = Template::ALL
        .iter()
        .copied()
        .filter(|t| t.is_spoken())
        .collect();
    assert_eq!(spoken, [Template::OralReply]);
    for &template in Template::ALL {
        if let Some(sources) = template.sent_out() {
            assert_eq!(sources.is_empty(), template.is_spoken(), "{template}");
        }
    }
}
