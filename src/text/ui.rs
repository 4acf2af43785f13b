//! Text of the page around the questions.

pub const PAGE_TITLE: &str = "Secret professionnel dans les CPAS : guide";
pub const TITLE: &str = "Secret professionnel : que faire de cette demande ?";
pub const INTRO: &str = "Ce guide vous accompagne quand on vous demande une information sur une personne aidée par le CPAS, ou quand vous vous demandez si vous pouvez en parler. Il suit la circulaire wallonne du 2 juin 2022. Il ne vous demande aucun nom et ne conserve rien.";
pub const CONTINUE: &str = "Continuer";
pub const BACK: &str = "Retour";
pub const ERROR_PREFIX: &str = "Erreur :";
pub const YOUR_ANSWERS: &str = "Vos réponses";
pub const SEE_YOUR_ANSWERS: &str = "Voir ou modifier vos réponses";
pub const CHANGE: &str = "Modifier";
pub const BACK_TO_GUIDE: &str = "Revenir au guide";
pub const REVIEW_HINT: &str = "Si vous modifiez une réponse, le guide oublie les réponses qui ne s'appliquent plus et reprend à la première question nécessaire.";
pub const NEW_REQUEST: &str = "Nouvelle demande";
pub const PRINT: &str = "Imprimer";
pub const DECISION: &str = "Décision";
pub const WHY: &str = "Pourquoi";
pub const TEMPLATE: &str = "Modèle :";
pub const SAY_ALOUD: &str = "Ce que vous pouvez dire";
pub const DECIDING_RULE: &str = "La règle qui décide, dans « Comment le guide décide » :";
pub const RULE: &str = "règle";
pub const TO_DO: &str = "Ce que vous faites maintenant";
pub const NOT_TO_DO: &str = "Ce que vous ne faites pas";
pub const TO_VERIFY: &str = "Points à vérifier";
/// The points to verify, and with whom.
pub const fn to_verify_intro(adviser: crate::engine::Adviser) -> &'static str {
    match adviser {
        crate::engine::Adviser::Dg => "Vous avez répondu « Je ne sais pas » à ces questions. Le guide a retenu la réponse qui protège le secret. Vérifiez ces points avec le directeur général ou le service désigné par la procédure interne :",
        crate::engine::Adviser::LegalService => "Vous avez répondu « Je ne sais pas » à ces questions. Le guide a retenu la réponse qui protège le secret. Faites vérifier ces points par le conseiller juridique du CPAS ou le service juridique de la Fédération des CPAS :",
    }
}
pub const INTERPRETATIONS: &str = "Interprétations du guide";
pub const INTERPRETATIONS_INTRO: &str =
    "La circulaire ne le dit pas en toutes lettres ; le guide a retenu cette lecture :";
pub const REMINDERS: &str = "À garder en tête";
pub const SOURCES: &str = "Sources";
pub const SOURCES_HINT: &str =
    "Ouvrez une source pour lire le passage exact de la circulaire ou du texte qu'elle cite.";
pub const NOT_QUOTED: &str = "Ce texte est cité comme référence : le guide n'en reproduit pas les termes, qu'il faut lire dans sa version officielle.";
pub const SOURCE: &str = "Source :";
pub const ABOUT_THESE_RULES: &str = "À propos de ces règles";
pub const ABOUT_RULES: &str = "Version des règles";
pub const VALID_AS_OF: &str = "règles relues par rapport à la circulaire le";
pub const PRINTED_ON: &str = "Imprimé le";
pub const PRINT_RECORD_TITLE: &str = "Fiche de décision : secret professionnel";
pub const PRINT_NO_PERSONAL_DATA: &str = "Cette fiche ne contient aucune donnée personnelle.";
pub const NEW_CODE_NOTICE: &str = "Les références au Code pénal sont celles de l'ancien Code pénal, que cite la circulaire. Depuis le 8 avril 2026, le nouveau Code pénal (deux lois du 29 février 2024, livres I et II) s'applique : les articles et les peines correspondants sont à vérifier avec votre service juridique. Pour ces références pénales, ce guide n'est pas à jour.";
pub const CIRCULAR: &str = "Circulaire du 2 juin 2022 « Secret professionnel dans les CPAS - recommandations » (Ministre wallon des Pouvoirs locaux)";

/// Which rules the guide applies and when they were last read against the
/// circular: the same line on the outcome, in the reference and in the
/// rule book.
pub fn rules_version() -> String {
    format!(
        "{ABOUT_RULES} {}, {VALID_AS_OF} {}.",
        crate::engine::VERSION,
        crate::engine::VALID_AS_OF
    )
}
