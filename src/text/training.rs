//! Words of the training mode.

pub const OPEN: &str = "Formation : cas pratiques";
pub const TITLE: &str = "Formation : cas pratiques";
pub const INTRO: &str = "Des situations que les CPAS rencontrent, dans la circulaire et autour d'elle. Pour chacune, choisissez la réaction qui vous semble juste, puis comparez avec ce que dit le guide. Rien n'est enregistré.";
pub const WHAT_DO_YOU_DO: &str = "Que faites-vous ?";
pub const CHECK: &str = "Vérifier";
pub const RIGHT: &str = "Bonne réponse.";
pub const WRONG: &str = "Ce n'est pas la réaction attendue.";
pub const THE_RIGHT_ONE: &str = "La bonne réaction :";
pub const GUIDE_SAYS: &str = "Ce que dit le guide :";
pub const WHY: &str = "Pourquoi :";
pub const NEXT_CASE: &str = "Cas suivant";
pub const ALL_CASES: &str = "Tous les cas";
pub const BACK_TO_GUIDE: &str = "Revenir au guide";
pub const CHOOSE_A_REACTION: &str = "Choisissez une réaction avant de vérifier.";
pub const RIGHT_MARK: &str = "✓";
pub const WRONG_MARK: &str = "✗";
pub const UNKNOWN_CASE: &str = "Ce cas n'existe pas. Choisissez un cas dans la liste.";
