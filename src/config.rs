//! The local configuration an administrator sets without a server: the
//! CPAS's name, who the internal procedure designates, a contact line, and
//! the accessibility statement's contact.
//! Invalid entries are reported and left out; the guide runs on defaults.

/// What a CPAS adds to the guide about itself.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Config {
    /// The CPAS's name, e.g. "CPAS de Namur".
    pub cpas: Option<String>,
    /// The person or service designated by the internal procedure.
    pub designated: Option<String>,
    /// How to reach them: a phone extension, an office, an internal address.
    pub contact: Option<String>,
    /// Whom to tell when part of the guide cannot be used (the
    /// accessibility statement's contact): an address, a service.
    pub accessibility: Option<String>,
}

/// The longest value accepted, in characters: one line of a printed record.
pub const MAX_LEN: usize = 160;

/// The keys an administrator may set, as attributes or JSON keys.
/// `download`, where staff get the guide again, is read only by the page's
/// watchdog (`static/watchdog.js`), which runs when the guide cannot; the
/// guide checks it like the others, so a mistake in it is reported.
pub const KEYS: [&str; 5] = ["cpas", "designated", "contact", "download", "accessibility"];

/// Why an entry of the configuration was left out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The configuration block is not a JSON object.
    NotAnObject,
    /// A key that is not one of [`KEYS`].
    UnknownKey(String),
    /// A value that is not text.
    NotText(String),
    /// A value longer than [`MAX_LEN`] characters.
    TooLong(String),
    /// A value with line breaks or other control characters.
    ControlCharacters(String),
}

impl Config {
    /// Reads entries (key, text or `None` when the value is not text),
    /// keeping the valid ones. Empty values count as unset.
    pub fn from_entries(
        entries: impl IntoIterator<Item = (String, Option<String>)>,
    ) -> (Config, Vec<Problem>) {
        let mut config = Config::default();
        let mut problems = Vec::new();
        let mut download = None;
        for (key, value) in entries {
            let slot = match key.as_str() {
                "cpas" => &mut config.cpas,
                "designated" => &mut config.designated,
                "contact" => &mut config.contact,
                "download" => &mut download,
                "accessibility" => &mut config.accessibility,
                _ => {
                    problems.push(Problem::UnknownKey(key));
                    continue;
                }
            };
            let Some(value) = value else {
                problems.push(Problem::NotText(key));
                continue;
            };
            let value = value.trim();
            if value.chars().any(char::is_control) {
                problems.push(Problem::ControlCharacters(key));
            } else if value.chars().count() > MAX_LEN {
                problems.push(Problem::TooLong(key));
            } else if !value.is_empty() {
                *slot = Some(value.to_string());
            }
        }
        (config, problems)
    }

    /// Whether anything shown on an outcome was set (the accessibility
    /// contact is shown in the accessibility statement only).
    pub fn is_empty(&self) -> bool {
        self.cpas.is_none() && self.designated.is_none() && self.contact.is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(pairs: &[(&str, Option<&str>)]) -> Vec<(String, Option<String>)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.map(str::to_string)))
            .collect()
    }

    #[test]
    fn valid_entries_are_kept_trimmed() {
        let (config, problems) = Config::from_entries(entries(&[
            ("cpas", Some(" CPAS de Namur ")),
            ("designated", Some("Service juridique")),
            ("contact", Some("poste 214")),
        ]));
        assert!(problems.is_empty());
        assert_eq!(config.cpas.as_deref(), Some("CPAS de Namur"));
        assert_eq!(config.designated.as_deref(), Some("Service juridique"));
        assert_eq!(config.contact.as_deref(), Some("poste 214"));
    }

    #[test]
    fn each_bad_entry_is_named_and_the_rest_still_applies() {
        let long = "x".repeat(MAX_LEN + 1);
        let (config, problems) = Config::from_entries(entries(&[
            ("cpas", Some("CPAS de Liège")),
            ("president", Some("Jean Dupont")),
            ("designated", None),
            ("contact", Some(long.as_str())),
        ]));
        assert_eq!(config.cpas.as_deref(), Some("CPAS de Liège"));
        assert_eq!(config.designated, None);
        assert_eq!(config.contact, None);
        assert_eq!(
            problems,
            [
                Problem::UnknownKey("president".into()),
                Problem::NotText("designated".into()),
                Problem::TooLong("contact".into())
            ]
        );
    }

    #[test]
    fn line_breaks_are_refused_and_empty_values_unset() {
        let (config, problems) =
            Config::from_entries(entries(&[("cpas", Some("a\nb")), ("contact", Some("  "))]));
        assert!(config.is_empty());
        assert_eq!(problems, [Problem::ControlCharacters("cpas".into())]);
    }

    #[test]
    fn the_download_address_is_accepted_and_checked_like_the_others() {
        let long = "x".repeat(MAX_LEN + 1);
        let (config, problems) = Config::from_entries(entries(&[(
            "download",
            Some("https://intranet.cpas-exemple.be/guide-secret/"),
        )]));
        assert!(problems.is_empty());
        assert!(config.is_empty(), "the guide itself shows nothing of it");
        let (_, problems) = Config::from_entries(entries(&[("download", Some(long.as_str()))]));
        assert_eq!(problems, [Problem::TooLong("download".into())]);
    }
}
