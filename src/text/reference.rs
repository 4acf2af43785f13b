//! The reference section: principles in our own words, the articles the
//! circular quotes (verbatim, OCR slips of the scan fixed), a glossary and
//! what the guide is built on.

pub const OPEN: &str = "Référence et glossaire";
pub const TITLE: &str = "Référence : le secret professionnel dans les CPAS";
pub const CLOSE: &str = "Revenir au guide";
pub const PRINCIPLES: &str = "Les principes";
pub const PRINCIPLES_TEXT: &[&str] = &[
    "Le secret couvre tout ce que vous apprenez, voyez, constatez ou découvrez sur une personne qui demande ou a demandé une aide, dans l'exercice ou à l'occasion de votre fonction ou de votre mandat, et pas seulement ce qu'elle vous confie.",
    "Il protège la personne, mais aussi la confiance de tous ceux qui pourraient un jour avoir besoin du CPAS : sans cette confiance, pas de travail social de qualité.",
    "Le secret est la règle. Les exceptions s'interprètent strictement, et même quand l'une d'elles s'applique, seul le strict nécessaire est communiqué.",
    "Demande venant de l'extérieur : jamais de réponse orale. Pour être examinée, la demande doit être écrite, adressée au Président, précise (la personne et l'objet de la demande) et citer la disposition légale qui permettrait la transmission. Le directeur général ou la personne ou le service désigné l'examine, rédige un avis motivé, et la réponse officielle porte une double signature. Personne ne répond seul. Ne suivent pas cette procédure : le témoignage en justice, le contrôle des dossiers sociaux, l'état de nécessité, la personne qui demande son propre dossier, une perquisition ou une saisie, et le traitement du dossier par le CPAS lui-même. Avec l'accord de la personne, ou entre professionnels de même mission (lecture du guide), la demande reste écrite et précise, mais ne doit pas citer de disposition légale.",
    "Toute réponse, orale ou écrite, emploie les mêmes mots que le CPAS connaisse ou non la personne : elle ne confirme ni n'infirme qu'un dossier existe.",
    "Demande venant de l'intérieur : le secret partagé n'est possible qu'entre personnes tenues au secret, de même mission, pour le strict nécessaire, dans l'intérêt du bénéficiaire, qui doit au moins en être informé.",
    "Les conseillers de l'action sociale consultent les dossiers sur place, n'obtiennent que des copies limitées, siègent à huis clos et ne parlent des dossiers à personne d'autre qu'un conseiller, pas même au bénéficiaire.",
    "Les exceptions : convoqué comme témoin par un tribunal, un juge d'instruction ou une commission d'enquête parlementaire, vous pouvez parler de ce que l'enquête exige ou invoquer le secret (une demande de la police ou du parquet n'en est pas une) ; une loi, un décret ou une ordonnance qui oblige ou autorise à parler ; l'accord de la personne concernée ; l'état de nécessité (un danger grave et imminent pour autrui, la personne aidée comprise, impossible à éviter autrement).",
    "Si vous craignez pour un enfant, même sans danger imminent, parlez-en le jour même avec le directeur général ou le service désigné, puis demandez avec eux l'avis de SOS Enfants ou du conseiller de l'aide à la jeunesse ; pour un adulte vulnérable, consultez-les sans attendre ; en cas d'urgence, appelez le 112.",
    "Une menace ou une agression contre le personnel peut être signalée à la police, ces faits seulement. Une information déjà partie sans base légale (un e-mail au mauvais destinataire) : prévenez le jour même le directeur général et le délégué à la protection des données. Une perquisition ou une saisie ordonnée par un juge d'instruction : laissez faire sans répondre aux questions, et appelez le directeur général.",
    "Chaque nouvelle demande refait toute la procédure. Violer le secret expose à des sanctions pénales, civiles et disciplinaires.",
];
pub const TEXTS: &str = "La circulaire et les textes qu'elle cite";
pub const TEXTS_NOTE: &str = "Chaque passage est reproduit tel que la circulaire le donne, sous sa référence. Une mention entre crochets signale un article de l'ancien Code pénal ou une piste à vérifier.";
pub const GLOSSARY: &str = "Glossaire";
/// (term, definition in our own words).
pub const TERMS: &[(&str, &str)] = &[
    ("Avis motivé", "Avis écrit de la personne ou du service qui examine une demande : il dit quelle suite donner et pourquoi, en citant le cadre légal. Il va au directeur général, sauf si celui-ci est lui-même le référent désigné."),
    ("Conseiller de l'action sociale", "Membre élu du conseil de l'action sociale du CPAS. Il est tenu au secret, comme le personnel."),
    ("CSIL-R", "Cellule de sécurité intégrale locale en matière de radicalisme, d'extrémisme et de terrorisme, créée par la loi du 30 juillet 2018 et présidée par le bourgmestre. Hors d'une concertation de cas organisée par la loi du 30 juillet 2018 (article 458ter de l'ancien Code pénal, piste à vérifier), ses demandes suivent la procédure des demandes extérieures."),
    ("Directeur général", "Directeur général ou directrice générale, anciennement « secrétaire » du CPAS. Garant de la légalité au CPAS : c'est lui ou elle qui apprécie la réponse à donner à une demande d'information, sur la base de l'avis motivé."),
    ("Double signature", "La réponse officielle du CPAS à une demande porte deux signatures. Aucun membre du personnel ni mandataire ne répond à titre individuel."),
    ("État de nécessité", "Situation où un danger grave et imminent menace quelqu'un d'autre que vous (la personne aidée comprise), ne peut être écarté qu'en révélant une information couverte, et où l'intérêt à protéger est plus important que le secret. Seul ce qui écarte le danger est révélé, à qui peut l'écarter."),
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
