//! The sections a link can open by the address's hash (`#reference`,
//! `#regles`, `#regles/<rule>`, `#formation`, `#formation/<id>`,
//! `#accessibilite`), beside the guide itself. One table:
//! a new section is one line in [`SECTIONS`].

use leptos::prelude::*;

use super::Nav;

/// A part of the page reached by its own hash.
pub struct Section {
    /// The hash that opens it, without `#`.
    pub hash: &'static str,
    /// Renders it; the second argument is what follows `hash/` (a case id).
    pub(crate) view: fn(Nav, &str) -> AnyView,
}

/// Every section, by hash.
pub const SECTIONS: &[Section] = &[
    Section {
        hash: "reference",
        view: |nav, _| super::reference::view(nav).into_any(),
    },
    Section {
        hash: "regles",
        view: |_, rest| super::rules::view(rest).into_any(),
    },
    Section {
        hash: "formation",
        view: |_, rest| super::training::view(rest),
    },
    Section {
        hash: "accessibilite",
        view: |nav, _| super::accessibility::view(nav).into_any(),
    },
];

/// What the address asks for: the guide, or a section of [`SECTIONS`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Route {
    /// Index in [`SECTIONS`]; `None` for the guide.
    section: Option<usize>,
    /// What follows `hash/`, maybe empty.
    rest: String,
}

impl Route {
    /// The guide itself.
    pub fn guide() -> Route {
        Route::default()
    }

    /// Reads a location hash (`#formation/police-telephone`); any hash that
    /// names no section is the guide.
    pub fn from_hash(hash: &str) -> Route {
        let hash = hash.trim_start_matches('#');
        let (name, rest) = hash.split_once('/').unwrap_or((hash, ""));
        match SECTIONS.iter().position(|s| s.hash == name) {
            Some(index) => Route {
                section: Some(index),
                rest: rest.to_string(),
            },
            None => Route::guide(),
        }
    }

    /// The hash that leads here, with `#`; empty for the guide.
    pub fn hash(&self) -> String {
        match (self.section, self.rest.as_str()) {
            (None, _) => String::new(),
            (Some(i), "") => format!("#{}", SECTIONS[i].hash),
            (Some(i), rest) => format!("#{}/{rest}", SECTIONS[i].hash),
        }
    }

    /// Whether this is the guide rather than a section.
    pub fn is_guide(&self) -> bool {
        self.section.is_none()
    }

    /// Renders the section; `None` for the guide.
    pub(crate) fn view(&self, nav: Nav) -> Option<AnyView> {
        self.section.map(|i| (SECTIONS[i].view)(nav, &self.rest))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_address_opens_the_guide_the_reference_the_cases_or_a_case() {
        assert!(Route::from_hash("").is_guide());
        assert!(Route::from_hash("#").is_guide());
        assert!(Route::from_hash("#autre").is_guide());
        assert_eq!(Route::from_hash("#reference").hash(), "#reference");
        assert_eq!(Route::from_hash("#regles").hash(), "#regles");
        assert_eq!(Route::from_hash("#regles/R33").hash(), "#regles/R33");
        assert_eq!(Route::from_hash("#accessibilite").hash(), "#accessibilite");
        assert_eq!(Route::from_hash("#formation").hash(), "#formation");
        assert_eq!(Route::from_hash("#formation/").hash(), "#formation");
        assert_eq!(
            Route::from_hash("#formation/police-telephone").hash(),
            "#formation/police-telephone"
        );
        assert_eq!(Route::guide().hash(), "");
    }

    #[test]
    fn every_section_has_its_own_hash() {
        for (i, section) in SECTIONS.iter().enumerate() {
            assert!(!section.hash.is_empty() && !section.hash.contains(['#', '/']));
            assert_eq!(
                SECTIONS.iter().position(|s| s.hash == section.hash),
                Some(i)
            );
        }
    }
}
