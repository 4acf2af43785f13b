//! Words about the local configuration an administrator sets: who to turn
//! to in this CPAS, and what was wrong in the configuration.

use crate::config::{Problem, KEYS, MAX_LEN};

pub const PROBLEMS_TITLE: &str = "La configuration locale de ce guide contient une erreur";
pub const PROBLEMS_OUTRO: &str =
    "Le guide fonctionne sans ces réglages. Prévenez la personne qui administre cette page.";
pub const YOUR_CPAS: &str = "Dans votre CPAS";
pub const DESIGNATED: &str = "Personne ou service désigné par la procédure interne\u{a0}:";
pub const CONTACT: &str = "Contact\u{a0}:";

/// Why an entry of the local configuration was left out.
pub fn config_problem(problem: &Problem) -> String {
    match problem {
        Problem::NotAnObject => {
            "Le bloc de configuration n'est pas un objet JSON valide, par exemple {\"cpas\": \"CPAS de Namur\"}.".to_string()
        }
        Problem::UnknownKey(key) => format!(
            "Le réglage «\u{a0}{key}\u{a0}» n'existe pas. Les réglages possibles sont\u{a0}: {}.",
            KEYS.join(", ")
        ),
        Problem::NotText(key) => format!("Le réglage «\u{a0}{key}\u{a0}» doit être un texte entre guillemets."),
        Problem::TooLong(key) => {
            format!("Le réglage «\u{a0}{key}\u{a0}» dépasse {MAX_LEN}\u{a0}caractères.")
        }
        Problem::ControlCharacters(key) => {
            format!("Le réglage «\u{a0}{key}\u{a0}» doit tenir sur une seule ligne.")
        }
    }
}
