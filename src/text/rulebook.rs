//! Words of the rule book (`docs/regles.md` and the `#regles` page), its
//! short references to sources, what it does not cover, and the changelog
//! of the rule base.

use crate::engine::{RuleId, Source};

pub const OPEN: &str = "Comment le guide décide";
pub const PDF: &str = "Le livre des règles en PDF (regles.pdf, publié à côté du guide)";
pub const TITLE: &str = "Comment le guide décide : les règles, les décisions, les sources";
pub const GENERATED: &str = "Ce document est produit à partir des tables de règles que le guide applique, de ses textes et du registre des sources : il montre exactement ce que le guide décide. Chaque texte n'est cité qu'une fois, au chapitre des sources, auquel les règles et les décisions renvoient.";
pub const RULES: &str = "Les règles";
pub const HOW_TO_READ: &str = "Comment lire : une section ne s'applique que si sa condition est remplie ; dans une section, les règles se lisent dans l'ordre et la première dont toutes les conditions sont remplies décide. Les conditions sont les questions du guide et les réponses qui les remplissent ; « Je ne sais pas » compte comme la réponse qui protège le secret.";
pub const ALWAYS: &str = "Toujours";
pub const WHEN: &str = "Quand";
pub const UNLESS: &str = "Sauf quand";
pub const AND: &str = " et ";
pub const OR: &str = " ou ";
pub const CONDITIONS: &str = "Conditions";
pub const NO_CONDITION: &str = "aucune (si aucune règle précédente n'a décidé)";
pub const DECISION: &str = "Décision";
pub const REASON: &str = "Pourquoi";
pub const INTERPRETATION: &str = "Interprétation du guide";
pub const SOURCES: &str = "Sources";
pub const SHARED_SECRET_TABLE: &str = "le test du secret partagé (S1 à S6) décide";
pub const SHARED_SECRET_TITLE: &str = "Test du secret partagé (S1 à S6)";
pub const VALIDATION: &str = "Validation";
pub const NOT_YET_VALIDATED: &str = "pas encore validée";
pub const VALIDATED_BY: &str = "lecture validée par";
pub const ON: &str = "le";
pub const OLDER_VERSION: &str = "sur la version";
pub const OLDER_VERSION_END: &str =
    "des règles, antérieure à celle-ci : voir les changements depuis";
pub const SCOPE_WHOLE: &str = "l'ensemble du livre des règles";
pub const SCOPE_RULE: &str = "la règle";
pub const SCOPE_OUTCOME: &str = "les textes de cette décision";
pub const SCOPE_NAMED_OUTCOME: &str = "les textes de la décision";
pub const SCOPE_INTERPRETATION: &str = "l'interprétation";
pub const WHOLE_BOOK: &str = "Validation de l'ensemble";
pub const LEGAL_VALIDATION: &str = "Validation juridique :";
pub const OUTCOME_NOT_YET: &str = "pas encore validée par un juriste";
pub const ONLY_IF: &str = "seulement si";
pub const TEMPLATES: &str = "Modèles de réponse proposés";
pub const OUTCOMES: &str = "Les décisions";
pub const PATH_ADVICE: &str = "Conseils selon le parcours";
pub const PATH_ADVICE_INTRO: &str =
    "Ces points s'ajoutent à ceux de la décision quand le parcours les remplit.";
pub const FOR_OUTCOMES: &str = "Pour les décisions :";
pub const EXCEPT_OUTCOMES: &str = "Sauf pour les décisions :";
pub const AVOID_PREFIX: &str = "À éviter :";
pub const RULE_FIRED: &str = "la règle qui a décidé est";
pub const INTERPRETATIONS: &str = "Les interprétations du guide";
pub const REGISTRY: &str = "Les sources";
pub const REGISTRY_INTRO: &str = "Chaque source une seule fois : sa référence, son statut et, si le dépôt du guide en contient le texte, ses termes exacts.";
pub const COL_REFERENCE: &str = "Référence";
pub const COL_STANDING: &str = "Statut";
pub const COL_CHECKED: &str = "Vérifiée le";
pub const COL_OFFICIAL: &str = "Référence officielle";
pub const COL_DOCUMENT: &str = "Texte dans le dépôt";
pub const LEAD: &str = "(piste)";
pub const IN_FORCE: &str = "en vigueur";
pub const NOT_HELD: &str = "non reproduit";
pub const NOT_CHECKED: &str = "référence non vérifiée sur le texte";
pub const CASES: &str = "Les cas travaillés";
pub const CASES_INTRO: &str = "Les cas que les tests vérifient à chaque modification, avec la règle qui décide quand le cas la nomme.";
pub const COL_SITUATION: &str = "Situation";
pub const COL_ANSWERS: &str = "Réponses";
pub const COL_DECISION: &str = "Décision";
pub const ASKS_NEXT: &str = "le guide demande ensuite";
pub const OVERVIEW: &str = "Vue d'ensemble : qui demande, ce que le guide décide";
pub const OVERVIEW_INTRO: &str = "Une ligne par règle, dans l'ordre de lecture : dans une situation, la première ligne dont les conditions sont remplies décide. « Je ne sais pas » compte comme la réponse qui protège le secret.";
pub const COL_WHO: &str = "Qui demande";
pub const COL_AND: &str = "Et";
pub const COL_RULE: &str = "Règle";
pub const RULE_WORD: &str = "règle";
pub const ANY_SITUATION: &str = "Toute situation";
pub const ANY_OTHER_REQUESTER: &str = "Tout autre demandeur :";
pub const SAME_REQUESTERS: &str = "Les mêmes";
pub const NOBODY_ASKS: &str = "Personne : vous agissez de vous-même";
pub const OTHER_CASES: &str = "Dans les autres cas";
pub const YES_THEN: &str = "Oui →";
pub const ELSE_THEN: &str = "sinon →";
pub const SHARED_SECRET_ROWS: &str = "Le test du secret partagé (règles R23 et R41)";
pub const LEADS_TO: &str = "Règles qui y mènent";
pub const NOT_COVERED: &str = "Ce que le guide ne couvre pas";
pub const NOT_COVERED_INTRO: &str =
    "Le guide ne décide que ce que ses règles disent. Il ne traite pas :";
pub const NOT_COVERED_ITEMS: &[&str] = &[
    "les demandes qui portent sur un membre du personnel (son dossier, son comportement, une plainte qui le vise) plutôt que sur une personne qui demande ou a demandé une aide : le secret que décrit la circulaire porte sur ces personnes-là ;",
    "les professions qui ont leurs propres règles de secret, par exemple les médecins et les soignants d'un hôpital du CPAS : ces règles propres ne sont pas dans le guide ;",
    "les CPAS de la région de langue allemande : le guide suit la circulaire wallonne du 2 juin 2022 et ne dit pas si elle s'applique à eux, ni quelles règles de la Communauté germanophone s'y ajoutent ;",
    "les articles et les peines du nouveau Code pénal, en vigueur depuis le 8 avril 2026 : le guide cite l'ancien Code pénal, comme la circulaire ;",
    "toute situation que la vue d'ensemble ne montre pas : elle n'est pas couverte, même si une règle semble s'en approcher.",
];
pub const NOT_COVERED_END: &str =
    "Dans ces cas, le guide ne remplace pas l'avis du directeur général ni celui d'un juriste.";
pub const VALIDATIONS: &str = "Les validations";
pub const VALIDATIONS_INTRO: &str = "La lecture qu'un juriste a validée (une règle, les textes d'une décision, une interprétation ou l'ensemble), pour une version des règles, est enregistrée dans le fichier law/validations.txt du dépôt du guide.";
pub const NO_VALIDATION: &str = "Aucune validation n'est enregistrée pour l'instant.";
pub const CHANGES: &str = "Changements";
pub const CHANGES_INTRO: &str = "Ce qui a changé d'une version des règles à l'autre : après une validation, il suffit de relire ceci.";
pub const CURRENT_VERSION: &str = "version actuelle";
pub const VERSION: &str = "Version";
pub const RULES_ADDED: &str = "Règles ajoutées";
pub const RULES_CHANGED: &str = "Règles modifiées";
pub const RULES_REMOVED: &str = "Règles retirées";
pub const TEXTS_CHANGED: &str = "Textes et questions";
pub const NONE: &str = "aucune";
pub const CLOSE: &str = "Revenir au guide";

/// A source's short reference, by which rules and outcomes cite it; the
/// sources chapter gives its full reference and its words.
pub const fn short_reference(source: Source) -> &'static str {
    match source {
        Source::CircularIntro => "Circ. 2022, introduction (raison d'être du secret)",
        Source::CircularAim => "Circ. 2022, introduction (objectif)",
        Source::CircularLegal => "Circ. 2022, point 1",
        Source::CircularScope => "Circ. 2022, point 2 (ce que couvre le secret)",
        Source::CircularExceptions => "Circ. 2022, point 2 (exceptions, strict nécessaire)",
        Source::CircularNecessity => "Circ. 2022, point 2 (état de nécessité)",
        Source::CircularExternal => {
            "Circ. 2022, point 3 (demande extérieure : précise, écrite, base légale)"
        }
        Source::CircularPresident => {
            "Circ. 2022, point 3 (demande extérieure : Président, avis, double signature)"
        }
        Source::CircularTestimony => "Circ. 2022, point 3 (tribunal, commission d'enquête)",
        Source::CircularSameMission => "Circ. 2022, point 3 (demandeur tenu au secret)",
        Source::CircularConsent => "Circ. 2022, point 3 (accord de la personne)",
        Source::CircularControl => "Circ. 2022, point 3 (contrôle des dossiers sociaux)",
        Source::CircularShared => "Circ. 2022, point 3 (secret partagé)",
        Source::CircularCouncillors => "Circ. 2022, point 3 (conseillers)",
        Source::CircularSanctions => "Circ. 2022, point 4 (sanctions)",
        Source::SecrecyOffence => "anc. C. pén., art. 458",
        Source::CouncillorsConsult => "L. org. CPAS, art. 36, al. 1er",
        Source::CouncillorsSecrecy => "L. org. CPAS, art. 36, al. 3",
        Source::CouncillorsCopy => "L. org. CPAS, art. 36, al. 4 et 5",
        Source::StaffBound => "L. org. CPAS, art. 50",
        Source::NecessityCaseLaw => "Cass., 18 juin 2010",
        Source::WhySecrecyCaseLaw => "Bruxelles, 18 juin 1974",
        Source::NewPenalCode => "nouveau C. pén. (lois du 29 février 2024)",
        Source::FineSurcharges => "décimes additionnels",
        Source::ReportingChildDanger => "anc. C. pén., art. 458bis",
        Source::CaseConcertation => "anc. C. pén., art. 458ter",
        Source::DutyToHelp => "anc. C. pén., art. 422bis",
        Source::ChildMaltreatmentDecree => "décret du 12 mai 2004 (enfants maltraités)",
        Source::ProsecutorRequest => "C. i. cr., art. 46bis/1",
        Source::OwnDataAccess => "RGPD, art. 15",
        Source::DataProtection => "RGPD",
        Source::SocialFilesInspection => "inspection du SPP Intégration sociale",
        Source::WitnessFaculty => "témoin cité (doctrine)",
        Source::BreachNotification => "RGPD, art. 33 et 34",
        Source::DpoAccess => "RGPD, art. 38, § 2",
        Source::SearchAndSeizure => "C. i. cr. (perquisitions et saisies)",
        Source::ComputerSystemsAccess => "C. i. cr., art. 88quater",
        Source::StaffThreatDoctrine => "doctrine (infraction contre le professionnel)",
        Source::WellBeingAtWork => "loi du 4 août 1996 (bien-être au travail)",
        Source::SocialPenalCode => "Code pénal social",
        Source::OtherAccessRoutes => "autres voies d'accès au dossier",
        Source::CsilRLaw => "loi du 30 juillet 2018 (CSIL-R)",
    }
}

/// What one version of the rule base changed from the one before.
pub struct Change {
    /// The rule base version (`VERSION` in the engine).
    pub version: &'static str,
    /// The day it was made, `YYYY-MM-DD`.
    pub date: &'static str,
    /// Rules new in this version.
    pub added: &'static [RuleId],
    /// Rules whose conditions, decision or sources changed.
    pub changed: &'static [RuleId],
    /// Ids of rules this version removed.
    pub removed: &'static [&'static str],
    /// Questions, answers and texts that changed, in a sentence each.
    pub texts: &'static [&'static str],
}

/// The changelog, newest version first: one entry per rule base version.
pub const CHANGES_LOG: &[Change] = &[
    Change {
        version: "2022-06-02.3",
        date: "2026-12-01",
        added: &[
            RuleId::R50,
            RuleId::R2P,
            RuleId::R3S,
            RuleId::R3U,
            RuleId::R4S,
            RuleId::R4C,
        ],
        changed: &[
            RuleId::R10,
            RuleId::R11,
            RuleId::R20,
            RuleId::R21,
            RuleId::R22,
        ],
        removed: &[],
        texts: &[
            "Nouvelle situation : des données sont déjà sorties sans base légale (R50).",
            "Nouveaux demandeurs : une personne dont la fonction dans le traitement de ce dossier par le CPAS demande l'information (directeur général, Président, directeur financier, service qui paie ou récupère l'aide, délégué à la protection des données) (R2P) ; une perquisition ou une saisie (R3S).",
            "Nouvelle question, quand vous agissez de vous-même : ce qui vous inquiète (un membre du personnel menacé ou agressé, R4S ; un enfant en danger sans danger imminent, R4C ; autre chose).",
            "« Je ne sais pas » à la question de la disposition légale applicable mène désormais à une analyse juridique d'abord (R3U), et non plus au refus de R3Z.",
            "L'autorité qui contrôle les dossiers sociaux (R31) est lue étroitement : l'inspection du SPP Intégration sociale ; un inspecteur social qui agit en vertu du Code pénal social passe par la demande écrite et son examen.",
            "L'article 36 de la loi organique est cité par alinéa (R10, R11, R20, R21, R22) ; la jurisprudence est présentée comme telle ; une référence qui n'a pas été comparée à un texte le dit.",
            "Les conseils sur le danger ne s'affichent que si la question du danger a reçu « Oui » ou « Je ne sais pas ».",
        ],
    },
    Change {
        version: "2022-06-02.2",
        date: "2026-11-28",
        added: &[RuleId::R3A],
        changed: &[],
        removed: &[],
        texts: &[
            "Nouveau demandeur : la personne elle-même, sur son propre dossier, ou son représentant légal (règle R3A).",
            "Sens précisé des questions sur l'information couverte, le danger grave et imminent, l'identification de la personne, le tribunal ou le juge d'instruction qui convoque un témoin, et le parquet.",
            "Textes des décisions réécrits là où une relecture juridique les a trouvés faux ou incomplets.",
        ],
    },
    Change {
        version: "2022-06-02.1",
        date: "2026-11-27",
        added: &[],
        changed: &[],
        removed: &[],
        texts: &["Première version des règles, d'après la circulaire du 2 juin 2022."],
    },
];
pub const CONTENTS: &str = "Sommaire";
