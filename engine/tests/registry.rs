//! The source registry against the texts the repository holds: every
//! passage verbatim in its declared document (with the scan's errata
//! applied), the document the one its provenance names, and no lead or
//! unheld text ever quoted.

use std::path::Path;

use secret_pro_engine::rules::all_rules;
use secret_pro_engine::{Document, Interpretation, Outcome, Reminder, Source};
use sha2::{Digest, Sha256};

fn repo(path: &str) -> String {
    let full = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/..")).join(path);
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{}: {e}", full.display()))
}

/// (as the scan reads, as the circular says), from `law/errata.tsv`.
fn errata() -> Vec<(String, String)> {
    repo("law/errata.tsv")
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            assert_eq!(
                fields.len(),
                3,
                "law/errata.tsv: scan, correction, why: {line}"
            );
            (fields[0].to_string(), fields[1].to_string())
        })
        .collect()
}

fn letters(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The document as the guide quotes it: errata applied, white space
/// ignored (the scan breaks lines anywhere).
fn corrected(document: Document) -> String {
    let mut text = repo(document.path());
    for (scan, correction) in errata() {
        text = text.replace(&scan, &correction);
    }
    letters(&text)
}

#[test]
fn the_circular_is_the_text_its_provenance_names() {
    let bytes = std::fs::read(
        Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/..")).join(Document::Circular.path()),
    )
    .expect("the circular is in the repository");
    let digest: String = Sha256::digest(&bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert!(
        repo("law/README.md").contains(&digest),
        "law/README.md does not give the circular's SHA-256 {digest}: a new text needs its provenance reviewed"
    );
}

#[test]
fn every_erratum_is_a_slip_the_scan_really_has() {
    let scan = repo(Document::Circular.path());
    for (slip, _) in errata() {
        assert!(
            scan.contains(&slip),
            "law/errata.tsv: « {slip} » is not in the scan"
        );
    }
}

#[test]
fn every_passage_is_verbatim_in_its_declared_document() {
    for &source in Source::ALL {
        let entry = source.entry();
        match entry.document {
            None => assert!(
                entry.passages.is_empty(),
                "{source}: quoted, but its text is not in the repository"
            ),
            Some(document) => {
                assert!(
                    !entry.passages.is_empty(),
                    "{source}: a document but no passage"
                );
                let text = corrected(document);
                for passage in entry.passages {
                    assert!(
                        text.contains(&letters(passage)),
                        "{source}: not verbatim in {}: {passage}",
                        document.path()
                    );
                }
            }
        }
    }
}

#[test]
fn a_lead_is_never_quoted() {
    for &source in Source::ALL {
        if source.standing().is_lead() {
            assert!(
                source.passages().is_empty(),
                "{source} is a lead: name it, never quote it"
            );
        }
    }
}

#[test]
fn every_source_held_is_dated_and_every_source_cited_somewhere() {
    let mut cited: Vec<Source> = all_rules()
        .flat_map(|r| r.sources.iter().copied())
        .collect();
    cited.extend(
        Outcome::ALL
            .iter()
            .flat_map(|o| o.spec().sources.iter().copied()),
    );
    cited.extend(
        Reminder::ALL
            .iter()
            .flat_map(|r| r.sources().iter().copied()),
    );
    cited.extend(
        Interpretation::ALL
            .iter()
            .flat_map(|i| i.sources().iter().copied()),
    );
    cited.extend(
        secret_pro_engine::advice::PATH_ADVICE
            .iter()
            .flat_map(|a| a.sources.iter().copied()),
    );
    // "Checked on" is a day, given only for a text the repository holds
    // (below, one source of each kind).
    for document in Source::ALL.iter().filter_map(|s| s.entry().document) {
        let checked = document.checked();
        assert!(
            checked.len() == 10 && checked.starts_with("20"),
            "{document:?}: checked on {checked}, not a date"
        );
    }
    for &source in Source::ALL {
        let shown_anyway = matches!(
            source,
            Source::CircularIntro | Source::CircularLegal | Source::WhySecrecyCaseLaw
        );
        assert!(
            cited.contains(&source) || shown_anyway,
            "{source} is cited by nothing"
        );
    }
    assert_eq!(
        Source::CircularIntro.entry().checked(),
        Some(Document::Circular.checked()),
        "a passage of the circular is dated as the circular was compared"
    );
    assert_eq!(
        Source::WellBeingAtWork.entry().checked(),
        None,
        "a lead named, never compared with its text"
    );
}
