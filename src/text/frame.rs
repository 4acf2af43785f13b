//! Words shown only when the guide runs inside another page's frame (an
//! intranet page showing it in an iframe).

pub const NOTE: &str = "Ce guide est affiché dans une page de votre intranet. Si « Imprimer » ne fait rien ici, imprimez toute la page avec Ctrl+P (ou Cmd+P), ou ouvrez le guide seul dans un nouvel onglet : il y recommence au début, sans vos réponses.";
pub const OPEN_ALONE: &str = "Ouvrir le guide seul dans un nouvel onglet";
