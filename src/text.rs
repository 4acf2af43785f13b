//! Every French sentence the guide shows, in one place, so the Fédération
//! can review the wording without reading code. Matches over the engine's
//! closed sets: a new fact, outcome or piece of advice without its text
//! does not compile. Law is quoted only with its reference.

use crate::config::{Problem, KEYS, MAX_LEN};
use crate::engine::{
    Action, Avoid, Choice, Fact, Interpretation, Outcome, Reminder, Source, Template, Value,
};

/// Text of the page around the questions.
pub mod ui {
    pub const PAGE_TITLE: &str = "Secret professionnel dans les CPAS : guide";
    pub const TITLE: &str = "Secret professionnel : que faire de cette demande ?";
    pub const INTRO: &str = "Ce guide vous accompagne quand on vous demande une information sur une personne aidée par le CPAS, ou quand vous vous demandez si vous pouvez en parler. Il suit la circulaire wallonne du 2 juin 2022. Il ne vous demande aucun nom et ne conserve rien.";
    pub const CONTINUE: &str = "Continuer";
    pub const BACK: &str = "Retour";
    pub const CHOOSE_AN_ANSWER: &str = "Choisissez une réponse.";
    pub const ERROR_PREFIX: &str = "Erreur :";
    pub const YOUR_ANSWERS: &str = "Vos réponses";
    pub const SEE_YOUR_ANSWERS: &str = "Voir ou modifier vos réponses";
    pub const ANSWERS_SO_FAR: &str = "Vos réponses jusqu'ici";
    pub const NO_ANSWER_YET: &str = "Aucune réponse pour l'instant.";
    pub const CHANGE: &str = "Modifier";
    pub const BACK_TO_GUIDE: &str = "Revenir au guide";
    pub const REVIEW_HINT: &str = "Si vous modifiez une réponse, le guide oublie les réponses qui ne s'appliquent plus et reprend à la première question nécessaire.";
    pub const NEW_REQUEST: &str = "Nouvelle demande";
    pub const PRINT: &str = "Imprimer";
    pub const DECISION: &str = "Décision";
    pub const WHY: &str = "Pourquoi";
    pub const TO_DO: &str = "Ce que vous faites maintenant";
    pub const NOT_TO_DO: &str = "Ce que vous ne faites pas";
    pub const TO_VERIFY: &str = "Points à vérifier";
    pub const TO_VERIFY_INTRO: &str = "Vous avez répondu « Je ne sais pas » à ces questions. Le guide a retenu la réponse qui protège le secret. Vérifiez ces points avec le directeur général ou le service désigné par la procédure interne :";
    pub const INTERPRETATIONS: &str = "Interprétations du guide";
    pub const INTERPRETATIONS_INTRO: &str =
        "La circulaire ne le dit pas en toutes lettres ; le guide a retenu cette lecture :";
    pub const REMINDERS: &str = "À garder en tête";
    pub const SOURCES: &str = "Sources";
    pub const SOURCES_HINT: &str =
        "Ouvrez une source pour lire le passage exact de la circulaire ou du texte qu'elle cite.";
    pub const SOURCE: &str = "Source :";
    pub const ABOUT_RULES: &str = "Version des règles";
    pub const VALID_AS_OF: &str = "à jour au";
    pub const PRINTED_ON: &str = "Imprimé le";
    pub const PRINT_RECORD_TITLE: &str = "Fiche de décision : secret professionnel";
    pub const PRINT_NO_PERSONAL_DATA: &str = "Cette fiche ne contient aucune donnée personnelle.";
    pub const NEW_CODE_NOTICE: &str = "Le nouveau Code pénal (loi du 29 février 2024) est entré en vigueur en avril 2026. La circulaire et ce guide citent l'article 458 de l'ancien Code pénal ; sa correspondance dans le nouveau Code est à vérifier avec votre service juridique.";
    pub const CIRCULAR: &str = "Circulaire du 2 juin 2022 « Secret professionnel dans les CPAS - recommandations » (Ministre wallon des Pouvoirs locaux)";
}

/// Text about the local configuration set by an administrator.
pub mod local {
    pub const PROBLEMS_TITLE: &str = "La configuration locale de ce guide contient une erreur";
    pub const PROBLEMS_OUTRO: &str =
        "Le guide fonctionne sans ces réglages. Prévenez la personne qui administre cette page.";
    pub const YOUR_CPAS: &str = "Dans votre CPAS";
    pub const DESIGNATED: &str = "Personne ou service désigné par la procédure interne\u{a0}:";
    pub const CONTACT: &str = "Contact\u{a0}:";
}

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

/// The reference section: principles in our own words, the articles the
/// circular quotes (verbatim, OCR slips of the scan fixed), a glossary and
/// what the guide is built on.
pub mod reference {
    pub const OPEN: &str = "Référence et glossaire";
    pub const TITLE: &str = "Référence : le secret professionnel dans les CPAS";
    pub const CLOSE: &str = "Revenir au guide";
    pub const PRINCIPLES: &str = "Les principes";
    pub const PRINCIPLES_TEXT: &[&str] = &[
        "Le secret couvre tout ce que vous apprenez, voyez, constatez ou découvrez sur une personne qui demande ou a demandé une aide, dans l'exercice ou à l'occasion de votre fonction ou de votre mandat, et pas seulement ce qu'elle vous confie.",
        "Il protège la personne, mais aussi la confiance de tous ceux qui pourraient un jour avoir besoin du CPAS : sans cette confiance, pas de travail social de qualité.",
        "Le secret est la règle. Les exceptions s'interprètent strictement, et même quand l'une d'elles s'applique, seul le strict nécessaire est communiqué.",
        "Demande venant de l'extérieur : jamais de réponse orale. La demande doit être écrite, précise et fondée sur une disposition légale, et adressée au Président. Le directeur général ou la personne ou le service désigné l'examine, rédige un avis motivé, et la réponse officielle porte une double signature. Personne ne répond seul.",
        "Demande venant de l'intérieur : le secret partagé n'est possible qu'entre personnes tenues au secret, de même mission, pour le strict nécessaire, dans l'intérêt du bénéficiaire, qui doit au moins en être informé.",
        "Les conseillers de l'action sociale consultent les dossiers sur place, n'obtiennent que des copies limitées, siègent à huis clos et ne parlent des dossiers à personne d'autre qu'un conseiller, pas même au bénéficiaire.",
        "Chaque nouvelle demande refait toute la procédure. Violer le secret expose à des sanctions pénales, civiles et disciplinaires.",
    ];
    pub const TEXTS: &str = "La circulaire et les textes qu'elle cite";
    pub const TEXTS_NOTE: &str = "Chaque passage est reproduit tel que la circulaire le donne, sous sa référence. Le nouveau Code pénal est entré en vigueur en avril 2026 : la correspondance de l'article 458 dans le nouveau Code est à vérifier avec votre service juridique.";
    pub const GLOSSARY: &str = "Glossaire";
    /// (term, definition in our own words).
    pub const TERMS: &[(&str, &str)] = &[
        ("Avis motivé", "Avis écrit de la personne ou du service qui examine une demande : il dit quelle suite donner et pourquoi, en citant le cadre légal. Il va au directeur général, sauf si celui-ci est lui-même le référent désigné."),
        ("Conseiller de l'action sociale", "Membre élu du conseil de l'action sociale du CPAS. Il est tenu au secret, comme le personnel."),
        ("CSIL-R", "Cellule de sécurité intégrale locale en matière de radicalisme, d'extrémisme et de terrorisme, créée par la loi du 30 juillet 2018 et présidée par le bourgmestre. Ses demandes suivent la procédure des demandes extérieures."),
        ("Directeur général", "Garant de la légalité au CPAS : c'est lui qui apprécie la réponse à donner à une demande d'information, sur la base de l'avis motivé."),
        ("Double signature", "La réponse officielle du CPAS à une demande porte deux signatures. Aucun membre du personnel ni mandataire ne répond à titre individuel."),
        ("État de nécessité", "Situation où un danger grave et imminent menace une autre personne et ne peut être écarté qu'en révélant une information couverte. Seul ce qui écarte le danger est révélé, à qui peut l'écarter."),
        ("Huis clos", "Les réunions des organes du CPAS (conseil, bureau permanent, comités spéciaux) ne sont pas publiques ; ce qui s'y dit reste entre les personnes présentes."),
        ("Mandataire", "Personne qui exerce un mandat au CPAS, comme un conseiller de l'action sociale. Les mandataires sont tenus au secret professionnel."),
        ("Personne ou service désigné", "Celui que la procédure interne du CPAS charge d'examiner les demandes d'information, avec ou à la place du directeur général."),
        ("Règlement d'ordre intérieur", "Règlement établi par le conseil de l'action sociale. Il fixe notamment les conditions auxquelles les conseillers obtiennent copie des actes relatifs à l'administration du CPAS."),
        ("Secret partagé", "Construction de la doctrine et de la jurisprudence qui permet à des personnes tenues au secret, ayant la même mission, d'échanger le strict nécessaire dans l'intérêt du bénéficiaire, qui doit au moins en être informé."),
    ];
    pub const ABOUT: &str = "À propos de ce guide";
    pub const ABOUT_TEXT: &[&str] = &[
        "Ce guide applique la circulaire du Ministre wallon des Pouvoirs locaux, Christophe Collignon, aux Présidents des CPAS, datée du 2 juin 2022 : « Secret professionnel dans les CPAS - recommandations ». Elle a été rédigée avec la Fédération des CPAS, la Fédération des directeurs généraux de CPAS et le SPW Intérieur et Action sociale (contact : SPW, Département des Politiques publiques locales, Direction de la Législation organique, Namur-Jambes).",
        "Le guide ne remplace ni la procédure interne de votre CPAS, ni l'avis de votre directeur général ou de votre service juridique. Il ne vous demande aucun nom et ne conserve rien.",
    ];
    pub const INTERPRETATIONS: &str =
        "Les interprétations du guide, là où la circulaire n'est pas explicite :";
    pub const OTHER_PROVISIONS: &str = "D'autres dispositions que la circulaire ne traite pas peuvent s'appliquer. Elles ne sont citées ici que comme pistes, à vérifier avec votre service juridique :";
    pub const LEADS: &[&str] = &[
        "article 458bis du Code pénal (information du procureur du Roi dans certaines situations de danger pour un mineur ou une personne vulnérable) ;",
        "article 458ter du Code pénal (concertation de cas) ;",
        "article 422bis du Code pénal (obligation de porter secours à une personne exposée à un péril grave) ;",
        "article 46bis/1 du Code d'instruction criminelle (demandes du procureur du Roi en matière de terrorisme).",
    ];
}

/// Words of the training mode.
pub mod training {
    pub const OPEN: &str = "Formation : cas pratiques";
    pub const TITLE: &str = "Formation : cas pratiques";
    pub const INTRO: &str = "Des situations tirées de la circulaire. Pour chacune, choisissez la réaction qui vous semble juste, puis comparez avec ce que dit le guide. Rien n'est enregistré.";
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
    pub const UNKNOWN_CASE: &str = "Ce cas n'existe pas. Choisissez un cas dans la liste.";
}

/// A question as the page asks it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuestionText {
    /// The question, as the page heading.
    pub title: &'static str,
    /// Why we ask, or what a legal word means.
    pub hint: &'static str,
    /// A few words naming the question in the list of answers.
    pub short: &'static str,
}

const fn q(title: &'static str, hint: &'static str, short: &'static str) -> QuestionText {
    QuestionText { title, hint, short }
}

/// The question for a fact.
pub const fn question(fact: Fact) -> QuestionText {
    match fact {
        Fact::Situation => q(
            "Quelle est votre situation ?",
            "Répondez pour la situation précise que vous vivez maintenant. Chaque nouvelle demande se traite à nouveau, du début.",
            "Situation",
        ),
        Fact::Covered => q(
            "L'information concerne-t-elle une personne qui demande ou a demandé une aide au CPAS, et la connaissez-vous par votre fonction ou votre mandat ?",
            "Le secret couvre ce qu'on vous a confié, mais aussi tout ce que vous avez vu, connu, constaté, découvert ou appris dans l'exercice ou à l'occasion de votre fonction ou de votre mandat. « Je ne sais pas » compte comme « Oui ».",
            "Information couverte par le secret",
        ),
        Fact::Origin => q(
            "La demande vient-elle de l'intérieur ou de l'extérieur du CPAS ?",
            "Les demandes internes et externes ne suivent pas les mêmes règles.",
            "Origine de la demande",
        ),
        Fact::Requester => q(
            "Qui fait la demande ?",
            "Choisissez ce qui décrit le mieux la personne ou l'institution qui demande. Ne notez aucun nom.",
            "Demandeur",
        ),
        Fact::Role => q(
            "Quel est votre rôle face à cette demande écrite ?",
            "La procédure interne du CPAS désigne qui examine les demandes : le directeur général ou une personne ou un service désigné.",
            "Votre rôle",
        ),
        Fact::Form => q(
            "Comment la demande vous est-elle parvenue ?",
            "Le téléphone et une demande faite en personne sont des demandes orales ; un courrier et un e-mail sont des demandes écrites.",
            "Forme de la demande",
        ),
        Fact::TestimonyRequired => q(
            "L'enquête du tribunal ou de la commission exige-t-elle cette information ?",
            "Devant un tribunal ou une commission d'enquête parlementaire, le secret ne peut être levé que lorsque l'enquête l'exige. « Je ne sais pas » compte comme « Non ».",
            "Information exigée par l'enquête",
        ),
        Fact::Danger => q(
            "Une autre personne court-elle un danger grave et imminent ?",
            "C'est la première condition de l'« état de nécessité » : un mal grave et imminent pour autrui. « Je ne sais pas » compte comme « Non ».",
            "Danger grave et imminent pour autrui",
        ),
        Fact::NoOtherMeans => q(
            "Ce danger ne peut-il être évité qu'en révélant l'information ?",
            "Deuxième condition de l'état de nécessité : il n'y a pas d'autre moyen de protéger cet intérêt plus important. « Je ne sais pas » compte comme « Non ».",
            "Aucun autre moyen d'éviter le danger",
        ),
        Fact::IdentifiesPerson => q(
            "La demande écrite identifie-t-elle sans équivoque la personne concernée ?",
            "Une demande doit être précise, pour ne jamais transmettre d'information sur une autre personne aidée. « Je ne sais pas » compte comme « Non ».",
            "Personne identifiée sans équivoque",
        ),
        Fact::Consent => q(
            "La personne concernée marque-t-elle son accord sur cette transmission ?",
            "Le secret est levé si la personne concernée accepte que ces informations soient transmises. « Je ne sais pas » compte comme « Non ».",
            "Accord de la personne concernée",
        ),
        Fact::CitesLegalBasis => q(
            "La demande cite-t-elle la disposition légale qui permettrait la transmission ?",
            "Une demande extérieure doit se référer à la disposition légale qui permet la transmission. « Je ne sais pas » compte comme « Non ».",
            "Disposition légale citée",
        ),
        Fact::LegalBasisApplies => q(
            "Après examen, cette loi, ce décret ou cette ordonnance oblige-t-il ou autorise-t-il à transmettre cette information ?",
            "Répondez après l'analyse juridique de la disposition citée. « Je ne sais pas » compte comme « Non ».",
            "Disposition légale applicable",
        ),
        Fact::RecipientBound => q(
            "La personne qui recevrait l'information est-elle elle-même tenue au secret professionnel ?",
            "Le secret partagé n'est possible qu'entre personnes tenues au secret professionnel. « Je ne sais pas » compte comme « Non ».",
            "Destinataire tenu au secret",
        ),
        Fact::SameMission => q(
            "Cette personne a-t-elle la même mission que vous auprès du bénéficiaire ?",
            "Être tenu au secret ne suffit pas : le secret partagé suppose une mission identique. « Je ne sais pas » compte comme « Non ».",
            "Même mission",
        ),
        Fact::StrictlyNecessary => q(
            "Ne partageriez-vous que les informations strictement nécessaires ?",
            "L'échange se limite à ce qui est strictement nécessaire. « Je ne sais pas » compte comme « Non ».",
            "Strict nécessaire",
        ),
        Fact::BeneficiaryInterest => q(
            "Le partage est-il dans l'intérêt du bénéficiaire ?",
            "Le secret partagé n'existe que dans l'intérêt du bénéficiaire. « Je ne sais pas » compte comme « Non ».",
            "Intérêt du bénéficiaire",
        ),
        Fact::BeneficiaryInformed => q(
            "Le bénéficiaire a-t-il été informé que le secret peut être partiellement levé pour le travail en équipe ?",
            "C'est le minimum que la circulaire exige avant tout partage. « Je ne sais pas » compte comme « Non ».",
            "Bénéficiaire informé",
        ),
        Fact::CouncillorRequest => q(
            "Que demande le conseiller ou la conseillère de l'action sociale ?",
            "Les conseillers ont un droit de consultation, et un droit de copie limité.",
            "Demande du conseiller",
        ),
        Fact::Document => q(
            "Sur quels documents porte la demande de copie ?",
            "L'article 36 de la loi organique distingue les documents selon leur objet.",
            "Documents demandés",
        ),
        Fact::DiscloseTo => q(
            "À qui parleriez-vous du dossier ?",
            "Les réunions des organes du CPAS se tiennent à huis clos.",
            "Destinataire",
        ),
        Fact::InitiativeRecipient => q(
            "À qui transmettriez-vous l'information ?",
            "Une transmission à l'intérieur du CPAS relève du secret partagé ; vers l'extérieur, d'autres règles s'appliquent.",
            "Destinataire",
        ),
        Fact::LegalObligation => q(
            "Une loi, un décret ou une ordonnance vous oblige-t-il ou vous autorise-t-il à révéler cette information ?",
            "En cas de doute, vérifiez avec le directeur général ou le service désigné. « Je ne sais pas » compte comme « Non ».",
            "Obligation ou autorisation légale",
        ),
    }
}

/// The label of an answer.
pub const fn answer(value: Value) -> &'static str {
    match value {
        Value::Yes => "Oui",
        Value::No => "Non",
        Value::Unsure => "Je ne sais pas",
        Value::Choice(choice) => choice_label(choice),
    }
}

const fn choice_label(choice: Choice) -> &'static str {
    match choice {
        Choice::Request => "Quelqu'un me demande une information sur une personne",
        Choice::OwnInitiative => "Je me demande si je peux transmettre une information de ma propre initiative",
        Choice::CouncillorDisclosure => {
            "Je suis conseiller ou conseillère de l'action sociale et je me demande si je peux parler d'un dossier"
        }
        Choice::Internal => "De l'intérieur du CPAS",
        Choice::External => "De l'extérieur du CPAS",
        Choice::Colleague => "Un ou une collègue du CPAS",
        Choice::Councillor => "Un conseiller ou une conseillère de l'action sociale",
        Choice::Court => "Un tribunal qui m'appelle à témoigner",
        Choice::ParliamentaryInquiry => "Une commission d'enquête parlementaire qui m'appelle à témoigner",
        Choice::Magistrate => "Un magistrat ou le parquet, en dehors d'un témoignage",
        Choice::Police => "La police",
        Choice::Landlord => "Un propriétaire (garantie locative, loyers)",
        Choice::DebtCollector => "Une société de recouvrement",
        Choice::CsilR => "Une CSIL-R (cellule de sécurité intégrale locale)",
        Choice::MunicipalAuthority => "Le bourgmestre, un membre du collège ou du conseil communal",
        Choice::ControlAuthority => "L'autorité compétente pour contrôler les dossiers sociaux",
        Choice::ExternalProfessional => "Un professionnel ou un service extérieur au CPAS",
        Choice::OtherExternal => "Une autre personne extérieure au CPAS",
        Choice::Recipient => "Je l'ai reçue moi-même",
        Choice::Examiner => {
            "Je suis le directeur général, ou la personne ou le service désigné par la procédure interne, et j'examine la demande"
        }
        Choice::Oral => "Oralement (téléphone, guichet, en personne)",
        Choice::Written => "Par écrit (courrier, e-mail)",
        Choice::Consult => "Consulter un dossier",
        Choice::Copy => "Obtenir une copie de documents",
        Choice::Information => "Obtenir des informations d'un membre du personnel",
        Choice::IndividualAid => "Des actes ou pièces sur des aides individuelles",
        Choice::AidRecovery => "Des actes ou pièces sur la récupération d'aides",
        Choice::NotAdopted => "Des pièces d'un dossier pas encore adopté par le centre",
        Choice::Administration => "Des actes ou pièces relatifs à l'administration du CPAS",
        Choice::CouncillorInSession => "À d'autres conseillers, au sein de l'organe du CPAS",
        Choice::ThirdParty => "À une personne qui n'est pas conseiller ou conseillère du CPAS",
        Choice::Beneficiary => "Au bénéficiaire lui-même",
    }
}

/// The decision, in one sentence.
pub const fn decision(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::NotCovered => {
            "Cette information n'entre pas dans le secret professionnel tel que la circulaire le décrit ; vérifiez-le bien avant d'agir."
        }
        Outcome::CouncillorMayDiscuss => {
            "Vous pouvez discuter de ce dossier avec les autres conseillers, au sein de l'organe, à huis clos."
        }
        Outcome::CouncillorMustNotDisclose => "Vous ne pouvez pas parler de ce dossier à cette personne.",
        Outcome::CouncillorConsult => {
            "Le conseiller ou la conseillère peut prendre connaissance du dossier, sur place et sans déplacement des pièces."
        }
        Outcome::CouncillorCopyRefused => {
            "Pas de copie : ces documents sont exclus du droit de copie des conseillers."
        }
        Outcome::CouncillorCopyAllowed => {
            "Une copie peut être délivrée, aux conditions du règlement d'ordre intérieur."
        }
        Outcome::TestimonyAllowed => {
            "Vous pouvez parler devant le tribunal ou la commission, mais seulement de ce que l'enquête exige."
        }
        Outcome::ControlNotHindered => {
            "Ne faites pas obstacle au contrôle : vérifiez le mandat, prévenez le directeur général et donnez accès à ce que le contrôle couvre."
        }
        Outcome::Necessity => {
            "Vous pouvez révéler ce qui est nécessaire pour écarter le danger, à qui peut l'écarter."
        }
        Outcome::NoAnswerOral => "Ne répondez pas : aucune réponse n'est donnée à une demande orale.",
        Outcome::ForwardToPresident => {
            "Ne répondez pas vous-même : transmettez la demande écrite au Président du CPAS."
        }
        Outcome::RequestInadmissible => {
            "La demande ne peut pas être prise en compte telle qu'elle est formulée."
        }
        Outcome::DiscloseConsent => {
            "La transmission est possible avec l'accord de la personne, limitée au strict nécessaire."
        }
        Outcome::DiscloseLegalBasis => {
            "La transmission est possible sur la base de la disposition légale, limitée au strict nécessaire."
        }
        Outcome::ShareSharedSecret => {
            "Vous pouvez partager les informations strictement nécessaires, dans le cadre du secret partagé."
        }
        Outcome::InformBeneficiaryFirst => {
            "Informez d'abord le bénéficiaire ; le partage ne peut venir qu'ensuite."
        }
        Outcome::KeepSecret => "Gardez le secret : ne transmettez pas l'information.",
    }
}

/// Why a rule decided, in plain words; `None` for an id with no text.
pub fn reason(rule_id: &str) -> Option<&'static str> {
    Some(match rule_id {
        "R01" => "L'information ne concerne pas une personne aidée, ou vous ne la tenez pas de votre fonction ou de votre mandat : elle sort du secret professionnel tel que la circulaire le décrit.",
        "R10" => "Les conseillers sont tous tenus au secret et les réunions des organes du CPAS se tiennent à huis clos : un dossier peut y être discuté entre conseillers.",
        "R11" => "Le secret et le huis clos interdisent aux conseillers de discuter d'un dossier avec quelqu'un qui n'est pas conseiller CPAS, même s'il s'agit du bénéficiaire lui-même.",
        "R20" => "Les conseillers ont le droit de prendre connaissance des dossiers, sans déplacement. Le partage se limite à ce qui leur est indispensable pour décider.",
        "R21" => "La loi exclut la copie des actes et pièces sur les aides individuelles, leur récupération et les dossiers pas encore adoptés.",
        "R22" => "La loi permet aux conseillers d'obtenir copie des actes relatifs à l'administration du CPAS, aux conditions du règlement d'ordre intérieur.",
        "R23" => "Une demande d'un collègue relève du secret partagé, possible seulement à des conditions strictes.",
        "R30" => "Devant un tribunal ou une commission d'enquête parlementaire, le secret peut être levé, mais seulement lorsque l'enquête l'exige.",
        "R31" => "La procédure sur les demandes ne peut pas entraver le contrôle des dossiers sociaux par les autorités compétentes.",
        "R32" | "R40" => "Un danger grave et imminent menace une autre personne et ne peut être évité autrement : c'est l'état de nécessité.",
        "R33" => "Aucune réponse n'est donnée à une demande orale.",
        "R34" => "Une demande écrite s'adresse au Président du CPAS ; aucun membre du personnel ni mandataire ne répond à titre individuel.",
        "R35" => "La demande doit identifier sans équivoque la personne concernée.",
        "R36" | "R42" => "La personne concernée accepte la transmission : le secret est levé pour cette transmission.",
        "R37" => "Le demandeur est tenu au secret et a la même mission que vous, et le partage est strictement nécessaire et dans l'intérêt du bénéficiaire : ce sont les conditions du secret partagé.",
        "R38" => "La demande doit citer la disposition légale qui permettrait la transmission.",
        "R39" | "R43" => "Une loi, un décret ou une ordonnance oblige ou autorise à révéler l'information : c'est une exception prévue par l'article 458 du Code pénal.",
        "R3Z" | "R4Z" => "Aucune exception ne s'applique : le secret professionnel est la règle.",
        "R41" => "Une transmission à quelqu'un du CPAS relève du secret partagé, possible seulement à des conditions strictes.",
        "S1" => "La personne n'est pas tenue au secret professionnel : le secret partagé est exclu.",
        "S2" => "La personne n'a pas la même mission : le secret partagé est exclu.",
        "S3" => "Seules les informations strictement nécessaires peuvent être partagées.",
        "S4" => "Le partage doit être dans l'intérêt du bénéficiaire.",
        "S5" => "Le bénéficiaire doit au moins être informé que le secret peut être partiellement levé pour le travail en équipe.",
        "S6" => "Les quatre conditions du secret partagé sont réunies et le bénéficiaire est informé.",
        _ => return None,
    })
}

/// A step to take.
pub const fn action(action: Action) -> &'static str {
    match action {
        Action::VerifyScope => "Vérifiez que l'information ne concerne vraiment pas une personne qui demande ou a demandé une aide, ou que vous ne la tenez pas de votre fonction. Dans le doute, traitez-la comme couverte et recommencez le guide.",
        Action::AskDgWhenInDoubt => "En cas de doute, demandez conseil au directeur général ou au service désigné par la procédure interne avant d'agir.",
        Action::AnswerNothing => "Ne donnez aucune information. Ne confirmez et ne niez rien, pas même que la personne est connue du CPAS.",
        Action::ExplainWrittenRequest => "Indiquez que la demande peut être adressée par écrit au Président du CPAS, en identifiant précisément la personne concernée et en citant la disposition légale qui permettrait la transmission.",
        Action::ForwardToPresident => "Transmettez la demande écrite au Président du CPAS, comme tout courrier officiel. Il la fait suivre au directeur général ou à la personne ou au service désigné par la procédure interne.",
        Action::TellWhatIsChecked => "La demande sera examinée : est-elle écrite, identifie-t-elle sans équivoque la personne, cite-t-elle une disposition légale ? Une analyse juridique précède toute réponse.",
        Action::WriteReasonedOpinion => "Rédigez un avis écrit et motivé sur la suite à donner, en faisant référence au cadre légal.",
        Action::SendOpinionToDg => "Transmettez l'avis au directeur général, sauf s'il est lui-même le référent désigné par la procédure interne.",
        Action::OfficialAnswerDoubleSignature => "La réponse est officielle, à double signature. Le directeur général, garant de la légalité, apprécie la réponse à donner.",
        Action::AnswerInadmissible => "Répondez que la demande ne peut pas être prise en compte en l'état, et rappelez ce qu'elle doit contenir : être écrite, identifier sans équivoque la personne concernée, citer la disposition légale qui permettrait la transmission.",
        Action::DeclineBoundBySecret => "Indiquez que vous êtes tenu au secret professionnel et que vous ne pouvez pas transmettre cette information.",
        Action::LimitToRequest => "Ne transmettez que les informations strictement nécessaires en lien avec la demande.",
        Action::CheckConsentScope => "Vérifiez que l'accord vient de la personne concernée et porte sur cette transmission-ci, à ce destinataire.",
        Action::CiteLegalBasis => "Dans la réponse, citez la disposition légale qui oblige ou autorise la transmission.",
        Action::TestifyOnlyWhatRequired => "Devant le tribunal ou la commission, ne parlez que de ce que l'enquête exige.",
        Action::CheckInspectorMandate => "Vérifiez le mandat de la personne qui contrôle : l'autorité dont elle relève et ce que couvre son contrôle.",
        Action::InvolveDg => "Prévenez le directeur général.",
        Action::GiveAccessToControlScope => "Donnez accès aux dossiers que le contrôle couvre, et à rien d'autre.",
        Action::CheckNecessityConditions => "Vérifiez les deux conditions : un mal grave et imminent pour une autre personne, et aucun autre moyen de l'éviter.",
        Action::DiscloseOnlyToAvert => "Ne révélez que ce qui permet d'écarter le danger, et seulement à qui peut l'écarter.",
        Action::InformDg => "Informez le directeur général de ce que vous avez fait et pourquoi.",
        Action::CheckSharedConditions => "Vérifiez les quatre conditions du secret partagé : la personne est tenue au secret, elle a la même mission, l'échange se limite au strict nécessaire, il est dans l'intérêt du bénéficiaire.",
        Action::ShareStrictlyNecessary => "Partagez uniquement les informations strictement nécessaires à la mission commune.",
        Action::InformBeneficiary => "Informez le bénéficiaire que le secret peut être partiellement levé dans le cadre du travail en équipe.",
        Action::ShareAfterInforming => "Une fois le bénéficiaire informé, partagez uniquement le strict nécessaire.",
        Action::ConsultOnSite => "La consultation se fait sur place, sans déplacement des actes, pièces et dossiers.",
        Action::LimitToDecisionNeeds => "Limitez le partage aux informations indispensables pour décider en pleine connaissance de cause.",
        Action::ExplainCopyExcluded => "Expliquez que la loi organique exclut la copie des actes et pièces sur les aides individuelles, leur récupération et les dossiers pas encore adoptés.",
        Action::OfferConsultation => "Rappelez que le droit de consulter le dossier sur place, sans déplacement, reste entier.",
        Action::CopyUnderRoi => "Délivrez la copie aux conditions fixées par le règlement d'ordre intérieur du conseil.",
        Action::FeeAtMostCost => "Si une redevance est demandée pour la copie, elle ne dépasse jamais le prix de revient.",
        Action::DiscussInClosedSession => "Parlez du dossier uniquement au sein de l'organe compétent, à huis clos.",
        Action::DeclineToDiscuss => "Dites simplement que vous êtes tenu au secret et que vous ne pouvez pas parler des dossiers.",
    }
}

/// A thing not to do.
pub const fn avoid(avoid: Avoid) -> &'static str {
    match avoid {
        Avoid::ShareFileInformation => "Ne transmettez rien qui vienne du dossier d'aide d'une personne.",
        Avoid::ConfirmPersonKnown => "Ne confirmez pas, même indirectement, que la personne est connue du CPAS.",
        Avoid::YieldToPressure => "Ne cédez pas à l'insistance ou à l'urgence invoquée : la procédure vous protège.",
        Avoid::AnswerIndividually => "Ne répondez pas à titre individuel : seules les personnes habilitées répondent au nom du CPAS.",
        Avoid::DraftBeforeAnalysis => "Ne rédigez pas de projet de réponse avant une analyse juridique complète.",
        Avoid::DiscloseMoreThanNeeded => "Ne transmettez rien au-delà du strict nécessaire.",
        Avoid::TreatPoliceAsTestimony => "Ne traitez pas une demande de la police comme un témoignage en justice : elle n'entre pas dans cette exception.",
        Avoid::AssumeSharedSecret => "Ne considérez pas qu'un professionnel est dans le secret partagé du seul fait qu'il est lui aussi tenu au secret.",
        Avoid::ShareBeforeInforming => "Ne partagez rien avant d'avoir informé le bénéficiaire.",
        Avoid::RemoveDocuments => "N'emportez pas et ne laissez pas emporter les actes, pièces et dossiers.",
        Avoid::DiscussOutsideCouncil => "Ne discutez pas des dossiers avec quelqu'un qui n'est pas conseiller CPAS ; ne donnez ni nom ni élément du dossier.",
        Avoid::RevealDecisionEvenToBeneficiary => "Ne communiquez ni la décision ni son contenu, même au bénéficiaire lui-même.",
        Avoid::HandOverExcludedCopy => "Ne remettez aucune copie d'actes sur les aides individuelles, leur récupération ou des dossiers pas encore adoptés.",
        Avoid::HinderControl => "N'utilisez pas la procédure sur les demandes pour retarder ou empêcher le contrôle.",
        Avoid::GuessThePerson => "N'essayez pas de deviner de qui il s'agit : vous risqueriez de transmettre des informations sur une autre personne aidée.",
        Avoid::InvokeNecessityLightly => "N'invoquez pas l'état de nécessité si le danger n'est pas grave et imminent, ou s'il peut être évité autrement.",
    }
}

/// What every outcome recalls.
pub const fn reminder(reminder: Reminder) -> &'static str {
    match reminder {
        Reminder::SecretIsTheRule => "Le secret professionnel est la règle. Les exceptions s'interprètent strictement.",
        Reminder::StrictlyNecessaryOnly => "Quand une exception s'applique, seules les informations strictement nécessaires sont communiquées.",
        Reminder::EachRequestAnew => "Chaque nouvelle demande impose de refaire toute la procédure.",
        Reminder::BreachIsPunished => "Violer le secret peut mener à un emprisonnement d'un an à trois ans et à une amende (de cent à mille euros selon l'article 458 du Code pénal cité par la circulaire, soit 800 à 8 000 euros avec les décimes additionnels, qui multiplient les amendes par 8 depuis le 1er janvier 2017), à des dommages et intérêts et à des mesures disciplinaires.",
    }
}

/// An interpretation the guide takes, shown as such.
pub const fn interpretation(interpretation: Interpretation) -> &'static str {
    match interpretation {
        Interpretation::ConsentReplacesLegalBasis => "Le guide n'examine une demande extérieure qu'une fois écrite et précise ; l'accord de la personne remplace alors la référence à une base légale, puisque la circulaire dit que l'accord lève le secret.",
        Interpretation::BoundIsNotEnough => "Un demandeur tenu lui aussi au secret n'obtient rien à ce seul titre : il faut la même mission et les autres conditions du secret partagé.",
        Interpretation::PoliceIsNotTestimony => "Une demande de la police n'est jamais traitée comme un témoignage : l'exception ne vise qu'un tribunal ou une commission d'enquête parlementaire.",
        Interpretation::ControlOutsideProcedure => "Le contrôle des dossiers sociaux par l'autorité compétente ne passe pas par la procédure des demandes, puisque la circulaire dit que cette procédure ne peut pas l'entraver. Le guide vous demande quand même de vérifier le mandat et d'associer le directeur général.",
        Interpretation::ConsentAfterAdmissibility => "Même avec l'accord de la personne, une demande extérieure n'est examinée qu'une fois écrite et identifiant sans équivoque la personne concernée.",
    }
}

/// The exact words behind each source: passages of the circular, and the
/// texts it quotes, verbatim with the scan's OCR slips fixed (a test checks
/// each against `shared/sources/circular.txt`). Each passage is one
/// uninterrupted excerpt; a source may have several.
pub const fn passages(source: Source) -> &'static [&'static str] {
    match source {
        Source::CircularIntro => &[
            "Ce secret professionnel n'est cependant pas absolu: il existe des exceptions qui doivent être interprétées strictement.",
            "Transmettre ces données à des tiers mettrait à mal la confiance indispensable à un travail social de qualité.",
        ],
        Source::CircularLegal => &[
            "Les membres du personnel des CPAS et les mandataires sont soumis au secret professionnel, en application de l'article 458 du Code Pénal et des articles 36 et 50 de la loi du 8 juillet 1976 organique des CPAS.",
        ],
        Source::CircularScope => &[
            "Le secret professionnel porte non seulement sur toutes les informations qui sont confiées au professionnel mais également sur tout ce que ce dernier a vu, connu, constaté, découvert, appris dans l'exercice ou à l'occasion de sa profession ou de son mandat.",
            "Il s'agit de toutes les informations et/ou confidences reçues, recueillies, constatées, découvertes relatives à une personne sollicitant ou ayant sollicité une aide et qui sont (ou ont été) détenues dans le cadre de la gestion de son dossier.",
        ],
        Source::CircularExceptions => &[
            "Le secret professionnel n'est pas absolu. Il existe des exceptions mais comme toute exception il y a lieu de les interpréter strictement. Si le cadre légal permet une levée du secret professionnel, seuls les éléments strictement nécessaires pourront être communiqués.",
        ],
        Source::CircularNecessity => &[
            "Il y a lieu d'avoir à l'esprit la notion d' « état de nécessité» qui doit être entendu ainsi que suit :",
        ],
        Source::CircularExternal => &[
            "Le respect du secret professionnel est le principe. Toute demande émanant d'un tiers extérieur au CPAS devra être examinée de manière particulièrement circonspecte et, ne sera prise en compte que si elle est formulée de manière précise afin de pouvoir identifier sans équivoque tant la personne concernée afin de ne pas transmettre des informations relatives à une autre personne aidée que l'objet de la demande; par écrit, aucune réponse ne sera donnée à une demande orale ; en se référant à la disposition légale qui permet la transmission éventuelle de l'information.",
        ],
        Source::CircularPresident => &[
            "La demande écrite doit, comme tout courrier officiel, être adressée au Président du CPAS qui fera suivre conformément aux dispositions applicables dont la procédure interne au CPAS.",
            "La demande sera examinée par le directeur général et/ou la personne prévue (ou le service désigné) dans la procédure interne.",
            "Un avis écrit, motivé, sera émis par la personne ou le service désigné ci-dessus sur la suite à accorder à la demande. Il sera fait référence au cadre légal. Cet avis sera transmis au directeur général (sauf s'il était désigné dans la procédure interne comme référent pour traiter de la demande) pour permettre une réponse officielle (à double signature). Le directeur général étant le garant de la légalité, il lui appartient d'apprécier la réponse à donner ou pas. Si une transmission de données est autorisée, la réponse se limitera aux informations strictement nécessaires en lien avec la demande.",
            "Aucune réponse à titre individuel ne pourra être donnée par un membre du personnel ou un mandataire. Seules les personnes habilitées pourront répondre au nom du CPAS. Un projet de réponse ne pourra être généré qu'après une analyse juridique systématique intégrant les éléments légaux. Toute nouvelle sollicitation impose de réappliquer le processus complet.",
        ],
        Source::CircularTestimony => &[
            "Face à une demande extérieure au CPAS, le secret ne peut être levé que devant un tribunal ou une commission d'enquête parlementaire, lorsque l'enquête l'exige. Une demande émanant d'une autorité policière n'entre dès lors pas dans cette exception.",
        ],
        Source::CircularSameMission => &[
            "La circonstance que le demandeur est également soumis à l'obligation de secret professionnel ne permet pas de considérer systématiquement qu'il s'agit d'une situation de secret partagé et de permettre la communication de données. En effet, le secret professionnel implique une mission identique dans le chef des intervenants.",
        ],
        Source::CircularConsent => &[
            "Enfin, l'obligation de secret professionnel sera levée si la personne concernée par ces informations marque son accord sur une transmission de celles-ci.",
        ],
        Source::CircularControl => &[
            "La procédure qui sera mise en place ne peut pas venir mettre à mal le contrôle des dossiers sociaux qui sera effectué par les autorités compétentes.",
        ],
        Source::CircularShared => &[
            "Les demandes internes répondent à des règles différentes. En effet, dans ce cadre, entre en jeu la notion de secret professionnel partagé. Cela implique une potentielle levée de l'obligation de secret professionnel moyennant le respect de certaines conditions.",
            "l'échange d'informations ne peut avoir lieu qu'entre personnes tenues au secret professionnel ; ces personnes doivent avoir la même mission ; l'échange d'information doit se limiter aux informations strictement nécessaires et doit l'être dans l'intérêt du bénéficiaire; il faut à tout le moins informer le bénéficiaire de la possibilité de la levée partielle du secret dans le cadre du travail en équipe.",
        ],
        Source::CircularCouncillors => &[
            "Les conseillers de l'action sociale sont tenus au secret professionnel, tout comme les membres du personnel du CPAS. Le partage des informations (par le droit de consultation et la présentation du dossier à l'organe compétent) devra se limiter aux seules informations indispensables aux mandataires pour prendre une décision en pleine connaissance de cause.",
            "L'obligation de respect du secret professionnel et la tenue à huis clos des réunions des organes du CPAS ont pour conséquence l'interdiction faite aux conseillers de l'action sociale de discuter des dossiers avec un tiers qui n'a pas la qualité de conseiller CPAS, de divulguer le nom des demandeurs ou bénéficiaires, ou encore des éléments du dossier, de communiquer la décision, ou son contenu, et ce même s'il s'agit du bénéficiaire lui-même.",
        ],
        Source::CircularSanctions => &[
            "Le secret professionnel est la règle. Les conséquences de la violation du secret professionnel peuvent être lourdes et de plusieurs ordres : au pénal, cela peut mener à un emprisonnement et/ou une amende; au civil, à des dommages et intérêts. Des mesures disciplinaires peuvent également être envisagées.",
        ],
        Source::Cp458 => &[
            "Les médecins, chirurgiens, officiers de santé, pharmaciens, sages-femmes et toutes autres personnes dépositaires, par état ou par profession, des secrets qu'on leur confie, qui, hors le cas où ils sont appelés à rendre témoignage en justice (ou devant une commission d'enquête parlementaire) et celui où la loi, le décret ou l'ordonnance les oblige ou les autorise à faire connaître ces secrets, les auront révélés, seront punis d'un emprisonnement d'un an à trois ans et d'une amende de cent euros à mille euros ou d'une de ces peines seulement.",
        ],
        Source::Lo36 => &[
            "Les membres du conseil de l'action sociale ont le droit de prendre connaissance, sans déplacement, de tous les actes, pièces et dossiers concernant le (centre public d'action sociale).",
            "En ce qui concerne les actes, pièces et dossiers de l'hôpital, les membres du comité de gestion ayant voix consultative disposent du même droit.",
            "Les membres du conseil et du comité de gestion de l'hôpital, ainsi que toutes les autres personnes qui, en vertu de la loi, assistent aux réunions du conseil, du bureau permanent, des comités spéciaux et du comité de gestion de l'hôpital), sont tenus au secret.",
            "A l'exclusion des actes et pièces ayant trait aux aides individuelles accordées par le centre ou à la récupération de ces aides et des actes et pièces concernant les dossiers n'ayant pas encore fait l'objet d'une adoption par le centre, les membres du conseil de l'action sociale peuvent obtenir copie des actes et pièces relatifs à l'administration du centre public d'action sociale dans les conditions arrêtées par le règlement d'ordre intérieur établi par le conseil.",
            "La redevance éventuellement réclamée pour la copie ne peut en aucun cas excéder le prix de revient.",
        ],
        Source::Lo50 => &[
            "Les dispositions de l'article 36, troisième alinéa, et de l'article 37, alinéa 1er, 2 et 3 sont également applicables aux membres du personnel des centres publics d'action sociale.",
        ],
        Source::Cass2010 => &[
            "Il y a état de nécessité lorsque, en présence d'un mal grave et imminent pour autrui, la personne à qui il est reproché d'avoir violé une disposition pénale, tel que l'article 458 du Code pénal, consacrant le secret professionnel a pu estimer qu'il ne lui était pas possible de sauvegarder autrement qu'en violant cette disposition un intérêt plus impérieux qu'elle avait le devoir ou qu'elle était en droit de sauvegarder avant tous les autres",
        ],
        Source::CaBxl1974 => &[
            "la nécessité de donner à ceux qui exercent cette profession, les garanties nécessaires de crédibilité, ceci dans l'intérêt général, pour que tous ceux qui s'adressent à lui en confiance puissent avoir la certitude que les secrets qu'ils confient à leurs conseils ne courent pas le risque d'être dévoilés à des tiers",
        ],
    }
}

/// Words around the reply templates.
pub mod templates {
    pub const HEADING: &str = "Modèles de réponse";
    pub const INTRO: &str = "Complétez les passages entre crochets en dehors du guide, dans votre traitement de texte ou votre messagerie : le guide ne recueille aucune donnée.";
    pub const COPY: &str = "Copier";
    pub const COPIED: &str = "Modèle copié dans le presse-papiers.";
    pub const COPY_SELECTED: &str =
        "Le texte du modèle est sélectionné : copiez-le avec Ctrl+C (ou Cmd+C).";
    pub const UNSET_CPAS: &str = "[nom du CPAS]";
    pub const UNSET_DESIGNATED: &str =
        "[la personne ou le service désigné par la procédure interne]";
}

/// A reply template: its title, when to use it, and its text. In the text,
/// `{cpas}`, `{designated}`, `{decision}`, `{reasons}` and `{references}`
/// are filled in by the page; `[...]` are the user's blanks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TemplateText {
    pub title: &'static str,
    pub use_when: &'static str,
    pub body: &'static str,
}

/// The words of a template.
pub const fn template(template: Template) -> TemplateText {
    match template {
        Template::OralReply => TemplateText {
            title: "Ce que vous pouvez dire au téléphone ou au guichet",
            use_when: "À dire calmement, sans rien ajouter, même si l'on insiste.",
            body: "Je suis tenu(e) au secret professionnel. Je ne peux donner aucune information, ni confirmer ni démentir quoi que ce soit, y compris le fait qu'une personne soit connue ou non de nos services.

Si vous souhaitez obtenir une information, adressez une demande écrite au Président du {cpas}. Cette demande doit identifier précisément la personne concernée et citer la disposition légale qui permettrait de vous transmettre l'information. Elle sera examinée selon la procédure interne du CPAS.

Références :
{references}",
        },
        Template::ForwardNote => TemplateText {
            title: "Note de transmission au Président",
            use_when: "À joindre à la demande écrite que vous avez reçue, sans y répondre.",
            body: "Note à l'attention du Président du {cpas}

Objet : transmission d'une demande d'information couverte par le secret professionnel

J'ai reçu le [date] une demande écrite de [service ou institution demandeur], par [courrier / e-mail]. Je n'y ai pas répondu. Je vous la transmets, comme le prévoit la circulaire du 2 juin 2022, pour examen par le directeur général ou {designated}.

Annexe : la demande originale.

[Nom, fonction, service] – [date]

Références :
{references}",
        },
        Template::ReasonedOpinion => TemplateText {
            title: "Avis écrit et motivé",
            use_when: "Pour la personne ou le service qui examine la demande : l'avis va au directeur général, sauf s'il est lui-même le référent désigné.",
            body: "Avis écrit et motivé sur une demande de transmission d'informations

À l'attention du directeur général du {cpas}
Demande reçue le [date], de [demandeur], référence [référence].
Personne concernée : [à indiquer dans le dossier, jamais dans ce guide].

1. Cadre légal
{references}

2. Analyse
{reasons}
[Éléments propres à la demande.]

3. Proposition
{decision}
[Si une transmission est proposée : la liste des seules informations strictement nécessaires en lien avec la demande.]

Rédigé par [nom, fonction], le [date].",
        },
        Template::AnswerRefusal => TemplateText {
            title: "Réponse officielle : refus",
            use_when: "Réponse à double signature, après l'avis motivé et l'appréciation du directeur général.",
            body: "{cpas}

Objet : votre demande du [date] – [référence]

Madame, Monsieur,

Nous avons examiné votre demande. Les informations demandées sont couvertes par le secret professionnel auquel sont tenus les membres du personnel et les mandataires du CPAS. Aucune des exceptions prévues ne permet de les transmettre. Nous ne pouvons donc pas donner suite à votre demande.

Références :
{references}

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

[Première signature : nom, qualité]     [Seconde signature : nom, qualité]",
        },
        Template::AnswerInadmissible => TemplateText {
            title: "Réponse officielle : demande irrecevable en l'état",
            use_when: "Réponse à double signature, quand la demande ne remplit pas les conditions de la circulaire.",
            body: "{cpas}

Objet : votre demande du [date] – [référence]

Madame, Monsieur,

Votre demande ne peut pas être prise en compte telle qu'elle est formulée. Les informations détenues par le CPAS sont couvertes par le secret professionnel. Une demande ne peut être examinée que si elle est :
– écrite et adressée au Président du CPAS ;
– précise, en identifiant sans équivoque la personne concernée ;
– fondée sur la disposition légale qui permettrait la transmission, citée dans la demande.

Vous pouvez introduire une nouvelle demande qui remplit ces conditions.

Références :
{references}

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

[Première signature : nom, qualité]     [Seconde signature : nom, qualité]",
        },
        Template::AnswerLimited => TemplateText {
            title: "Réponse officielle : transmission limitée au strict nécessaire",
            use_when: "Réponse à double signature, quand une transmission est autorisée.",
            body: "{cpas}

Objet : votre demande du [date] – [référence]

Madame, Monsieur,

Suite à votre demande, et sur la base de [l'accord de la personne concernée / la disposition légale suivante : …], nous vous transmettons les seules informations strictement nécessaires en lien avec votre demande :
[liste des informations transmises]

Références :
{references}

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

[Première signature : nom, qualité]     [Seconde signature : nom, qualité]",
        },
        Template::InformBeneficiary => TemplateText {
            title: "Informer le bénéficiaire du travail en équipe",
            use_when: "À dire ou à remettre au bénéficiaire avant tout partage.",
            body: "Madame, Monsieur,

Pour vous aider au mieux, les professionnels qui vous accompagnent travaillent parfois en équipe. Ces personnes sont toutes tenues au secret professionnel et ont la même mission auprès de vous. Dans ce cadre, le secret peut être partiellement levé : seules les informations strictement nécessaires sont partagées entre elles, et uniquement dans votre intérêt.

[Si utile : avec qui et à quel propos.]

N'hésitez pas à me poser vos questions.

[Nom, fonction, service]

Références :
{references}",
        },
    }
}

/// Words shown only when the guide runs inside another page's frame (an
/// intranet page showing it in an iframe).
pub mod frame {
    pub const NOTE: &str = "Ce guide est affiché dans une page de votre intranet. Si « Imprimer » ne fait rien ici, imprimez toute la page avec Ctrl+P (ou Cmd+P), ou ouvrez le guide seul dans un nouvel onglet : il y recommence au début, sans vos réponses.";
    pub const OPEN_ALONE: &str = "Ouvrir le guide seul dans un nouvel onglet";
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::rules::all_rules;

    fn filled(what: &str, text: &str) {
        assert!(!text.trim().is_empty(), "{what} has no text");
    }

    #[test]
    fn every_question_and_answer_has_words() {
        for &fact in Fact::ALL {
            let words = question(fact);
            filled(fact.id(), words.title);
            filled(fact.id(), words.hint);
            filled(fact.id(), words.short);
            for value in fact.values() {
                filled(value.as_str(), answer(value));
            }
        }
    }

    #[test]
    fn every_rule_outcome_and_piece_of_advice_has_words() {
        for rule in all_rules() {
            filled(rule.id, reason(rule.id).unwrap_or(""));
        }
        for &o in Outcome::ALL {
            filled(o.id(), decision(o));
        }
        for &a in Action::ALL {
            filled(a.id(), action(a));
        }
        for &x in Avoid::ALL {
            filled(x.id(), avoid(x));
        }
        for &r in Reminder::ALL {
            filled(r.id(), reminder(r));
        }
        for &i in Interpretation::ALL {
            filled(i.id(), interpretation(i));
        }
    }

    /// The circular as the scan gave it, with the OCR slips the guide fixes
    /// when quoting, and no white space at all (the scan breaks lines anywhere).
    fn circular_letters() -> String {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/sources/circular.txt"
        );
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| {
            panic!("{path}: {e} (the project expects shared/ beside it, as CI lays it out)")
        });
        letters(
            &text
                .replace("/'", "l'")
                .replace("inteNenant", "intervenant"),
        )
    }

    fn letters(text: &str) -> String {
        text.chars().filter(|c| !c.is_whitespace()).collect()
    }

    #[test]
    fn every_passage_is_verbatim_in_the_circular() {
        let circular = circular_letters();
        for &source in Source::ALL {
            let quoted = passages(source);
            assert!(!quoted.is_empty(), "{source} has no passage");
            for passage in quoted {
                assert!(
                    circular.contains(&letters(passage)),
                    "{source}: not verbatim in the circular: {passage}"
                );
            }
        }
    }

    #[test]
    fn hints_say_what_je_ne_sais_pas_counts_as() {
        for &fact in Fact::ALL {
            if fact.kind() == crate::engine::Kind::YesNo {
                let expected = if fact.strict_answer() {
                    "compte comme «\u{a0}Oui\u{a0}»"
                } else {
                    "compte comme «\u{a0}Non\u{a0}»"
                };
                assert!(
                    question(fact).hint.contains(expected),
                    "{fact}: the hint must say {expected}"
                );
            }
        }
    }
}
