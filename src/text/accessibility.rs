//! Words of the accessibility statement at `#accessibilite`, which public
//! sector sites and intranets must publish (Directive (EU) 2016/2102).
//! What it says of the checks is what the test suite does.

pub const OPEN: &str = "Accessibilité";
pub const TITLE: &str = "Déclaration d'accessibilité";
pub const INTRO: &str = "Ce guide est publié par votre CPAS sur son intranet ou son site. Il doit être utilisable par tous les agents, y compris au clavier seul, avec un lecteur d'écran ou avec un fort agrandissement, comme le demande la directive (UE) 2016/2102 relative à l'accessibilité des sites internet et des applications mobiles des organismes du secteur public.";
pub const STANDARD_TITLE: &str = "Norme visée et état de conformité";
pub const STANDARD: &str = "Le guide vise le niveau AA des règles WCAG 2.1, que reprend la norme européenne EN 301 549. Il est partiellement conforme : il n'a pas fait l'objet d'un audit par un organisme indépendant, et les limites connues sont décrites ci-dessous.";
pub const CHECKED_TITLE: &str = "Comment il a été vérifié";
pub const CHECKED: [&str; 5] = [
    "à chaque modification, l'outil automatique axe-core (règles WCAG 2.0, 2.1 et 2.2 de niveaux A et AA) sur une question, son message d'erreur, la page des réponses, chaque décision, la référence et la formation ;",
    "un parcours complet au clavier seul, le focus placé sur le titre de chaque nouvel écran ;",
    "l'affichage sur 320 pixels de large et avec un zoom de 200 %, sans défilement horizontal ;",
    "le guide ouvert dans trois moteurs de navigateur : Chromium, Firefox ESR et WebKitGTK ;",
    "la décision et ce qu'il faut faire, visibles dans le premier écran d'un ordinateur de bureau (1366 × 768) et d'un téléphone.",
];
pub const KNOWN_TITLE: &str = "Limites connues";
pub const KNOWN: [&str; 5] = [
    "Le guide n'a pas été testé par des utilisateurs de lecteurs d'écran (NVDA, JAWS, VoiceOver) : les tests automatiques ne couvrent qu'une partie des critères.",
    "Les textes de loi et les passages de la circulaire sont cités tels quels : leur langue juridique n'est pas simplifiée.",
    "Dans « Comment le guide décide », les grands tableaux défilent horizontalement dans leur cadre sur un petit écran.",
    "La fiche imprimée est celle du navigateur : aucun PDF balisé n'est produit.",
    "Intégré dans une page de l'intranet, le guide dépend aussi de l'accessibilité de cette page, qui relève de son éditeur.",
];
pub const CONTACT_TITLE: &str = "Signaler un problème";
pub const CONTACT_INTRO: &str = "Si vous ne parvenez pas à utiliser une partie du guide, signalez-le : on vous aidera à obtenir l'information sous une autre forme.";
pub const CONTACT: &str = "Contact :";
pub const NO_CONTACT: &str = "Aucun contact n'a été configuré pour ce guide : adressez-vous au service qui gère l'intranet de votre CPAS.";
pub const DATE: &str = "Déclaration établie le 1er décembre 2026.";
pub const CLOSE: &str = "Revenir au guide";
