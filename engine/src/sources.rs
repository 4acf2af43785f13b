//! The source registry: every legal source the guide cites, one entry
//! each, with how far it can be relied on, when it was last checked, its
//! official reference where known, and the document its verbatim passages
//! come from. Notices about a source's standing are rendered from these
//! fields, never written beside each citation.
//!
//! Ids name what a source is about, not an article number that may move
//! (the new Code pénal renumbered the old one on 8 April 2026).

use super::ids::id_enum;

id_enum! {
    /// A source the guide may cite.
    Source {
        /// Circular, introduction: why the secret exists; exceptions read strictly.
        CircularIntro = "circular-intro",
        /// Circular, introduction: its aim, weighing the requester's legitimacy, the request and its proportionality.
        CircularAim = "circular-aim",
        /// Circular §1: staff and mandataires are bound (art. 458 of the old Code pénal, art. 36 and 50 LO).
        CircularLegal = "circular-1",
        /// Circular §2: what the secret covers.
        CircularScope = "circular-2-scope",
        /// Circular §2: exceptions read strictly; only what is strictly necessary.
        CircularExceptions = "circular-2-exceptions",
        /// Circular §2: the état de nécessité.
        CircularNecessity = "circular-2-necessity",
        /// Circular §3, external request: precise (person and object), written, citing its legal basis.
        CircularExternal = "circular-3-external",
        /// Circular §3, external request: to the President, examined by the DG or the designated person, written reasoned opinion, double signature, no individual answer.
        CircularPresident = "circular-3-president",
        /// Circular §3, external request: only before a court or a parliamentary inquiry commission; a police request is not that exception.
        CircularTestimony = "circular-3-testimony",
        /// Circular §3, external request: a requester also bound by secrecy is not thereby in shared secrecy; it needs the same mission.
        CircularSameMission = "circular-3-same-mission",
        /// Circular §3, external request: the consent of the person concerned lifts the secret.
        CircularConsent = "circular-3-consent",
        /// Circular §3, external request: the procedure must not hinder the control of social files.
        CircularControl = "circular-3-control",
        /// Circular §3, internal request: shared secrecy and its conditions.
        CircularShared = "circular-3-shared",
        /// Circular §3, internal request: councillors' consultation, closed meetings, what they may not disclose.
        CircularCouncillors = "circular-3-councillors",
        /// Circular §4: sanctions.
        CircularSanctions = "circular-4",
        /// Old Code pénal, art. 458: the offence of breaking professional secrecy and its exceptions, as the circular quotes it.
        SecrecyOffence = "secrecy-offence",
        /// Loi organique des CPAS, art. 36, al. 1: councillors consult without removing documents.
        CouncillorsConsult = "councillors-consult",
        /// Loi organique des CPAS, art. 36, al. 3: councillors and those attending meetings are bound.
        CouncillorsSecrecy = "councillors-secrecy",
        /// Loi organique des CPAS, art. 36, al. 4 and 5: copies of administration acts only; fee at most the cost price.
        CouncillorsCopy = "councillors-copy",
        /// Loi organique des CPAS, art. 50: staff are bound as councillors are.
        StaffBound = "staff-bound",
        /// Cass., 18 June 2010: definition of the état de nécessité, quoted by the circular.
        NecessityCaseLaw = "necessity-case-law",
        /// Cour d'appel de Bruxelles, 18 June 1974: why professional secrecy exists.
        WhySecrecyCaseLaw = "why-secrecy-case-law",
        /// The new Code pénal (two laws of 29 February 2024), in force on 8 April 2026.
        NewPenalCode = "new-penal-code",
        /// The décimes additionnels that multiply criminal fines (×8 since 2017).
        FineSurcharges = "fine-surcharges",
        /// Old Code pénal, art. 458bis: informing the procureur du Roi of offences against a minor or a vulnerable person (lead).
        ReportingChildDanger = "reporting-child-danger",
        /// Old Code pénal, art. 458ter: concertation de cas (lead).
        CaseConcertation = "case-concertation",
        /// Old Code pénal, art. 422bis: duty to help a person in serious danger (lead).
        DutyToHelp = "duty-to-help",
        /// Décret of the Communauté française of 12 May 2004 on help to child victims of maltreatment (lead).
        ChildMaltreatmentDecree = "child-maltreatment-decree",
        /// Code d'instruction criminelle, art. 46bis/1: the procureur du Roi's written, reasoned request.
        ProsecutorRequest = "prosecutor-request",
        /// GDPR, art. 15: the data subject's right of access.
        OwnDataAccess = "own-data-access",
        /// GDPR: personal data protection in general.
        DataProtection = "data-protection",
        /// The inspection of the SPP Intégration sociale, which controls social files (lead).
        SocialFilesInspection = "social-files-inspection",
        /// A summoned witness: appear, take the oath, speak or invoke the secret (doctrine, lead).
        WitnessFaculty = "witness-faculty",
        /// GDPR, arts 33 and 34: notifying a personal data breach, informing the person.
        BreachNotification = "breach-notification",
        /// GDPR, art. 38(2): the DPO's access to the data.
        DpoAccess = "dpo-access",
        /// Code d'instruction criminelle: searches and seizures ordered by the juge d'instruction (lead).
        SearchAndSeizure = "search-and-seizure",
        /// Code d'instruction criminelle, art. 88quater: access to computer systems (lead).
        ComputerSystemsAccess = "computer-systems-access",
        /// Doctrine: the secret does not cover an offence against the professional (lead).
        StaffThreatDoctrine = "staff-threat-doctrine",
        /// Loi du 4 août 1996 on well-being at work: violence, psychosocial risks (lead).
        WellBeingAtWork = "well-being-at-work",
        /// Code pénal social: the powers of social inspectors (lead).
        SocialPenalCode = "social-penal-code",
        /// Other routes to one's own file: art. 31bis LO, the Walloon decree on publicity of administration, the Charte de l'assuré social (leads).
        OtherAccessRoutes = "other-access-routes",
        /// Loi du 30 juillet 2018 on the CSIL-R.
        CsilRLaw = "csil-r-law",
    }
}

/// How far a source can be relied on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    /// In force (a circular, a law, a regulation).
    InForce,
    /// A judgment: case law, not a text in force.
    CaseLaw,
    /// An article of the old Code pénal (1867): applies to facts before
    /// 8 April 2026, when the new Code came into force; the corresponding
    /// article of the new Code is to be checked.
    OldPenalCode,
    /// An article of the old Code pénal that is also only a lead.
    OldPenalCodeLead,
    /// A lead outside the circular, to be checked with the legal service:
    /// named, never quoted, never presented as settled.
    Lead,
}

/// A text held in the repository, in which passages are verbatim.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Document {
    /// The circular of 2 June 2022 (`law/circulaire-2022-06-02.txt`, read
    /// with `law/errata.tsv`). It also quotes art. 458 of the old Code
    /// pénal, art. 36 and 50 LO and two judgments.
    Circular,
}

impl Standing {
    /// A lead outside the circular, old Code pénal or not.
    pub const fn is_lead(self) -> bool {
        matches!(self, Standing::Lead | Standing::OldPenalCodeLead)
    }
}

impl Document {
    /// Where the text lives in the repository.
    pub const fn path(self) -> &'static str {
        match self {
            Document::Circular => "law/circulaire-2022-06-02.txt",
        }
    }

    /// The day the passages quoted from it were last compared with it.
    pub const fn checked(self) -> &'static str {
        match self {
            Document::Circular => "2026-11-28",
        }
    }
}

impl Entry {
    /// The day its words were compared with a text held in the
    /// repository; `None` for a reference not compared with any text.
    pub const fn checked(&self) -> Option<&'static str> {
        match self.document {
            Some(document) => Some(document.checked()),
            None => None,
        }
    }
}

/// One entry of the registry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The citation as a reader would look it up.
    pub reference: &'static str,
    /// How far it can be relied on.
    pub standing: Standing,
    /// Its official reference (Moniteur belge, numac, Journal officiel), where known.
    pub official: Option<&'static str>,
    /// The document its passages are verbatim in; `None`: cited, never quoted.
    pub document: Option<Document>,
    /// Its exact words, each one uninterrupted excerpt of `document`,
    /// with the scan's OCR slips corrected as `law/errata.tsv` lists.
    pub passages: &'static [&'static str],
}

const CIRCULAR_OFFICIAL: Option<&str> =
    Some("Circulaire du Ministre wallon des Pouvoirs locaux aux Présidents des CPAS, 2 juin 2022 (numéro de référence inconnu)");

const fn circular(reference: &'static str, passages: &'static [&'static str]) -> Entry {
    Entry {
        reference,
        standing: Standing::InForce,
        official: CIRCULAR_OFFICIAL,
        document: Some(Document::Circular),
        passages,
    }
}

const fn quoted(
    reference: &'static str,
    standing: Standing,
    passages: &'static [&'static str],
) -> Entry {
    Entry {
        reference,
        standing,
        official: None,
        document: Some(Document::Circular),
        passages,
    }
}

const fn named(
    reference: &'static str,
    standing: Standing,
    official: Option<&'static str>,
) -> Entry {
    Entry {
        reference,
        standing,
        official,
        document: None,
        passages: &[],
    }
}

impl Source {
    /// The source's entry.
    pub const fn entry(self) -> Entry {
        use Standing::*;
        match self {
            Source::CircularIntro => circular(
                "Circulaire du 2 juin 2022, introduction (raison d'être du secret)",
                &[
            "Ce secret professionnel n'est cependant pas absolu: il existe des exceptions qui doivent être interprétées strictement.",
            "Transmettre ces données à des tiers mettrait à mal la confiance indispensable à un travail social de qualité.",
        ],
            ),
            Source::CircularAim => circular(
                "Circulaire du 2 juin 2022, introduction (objectif : légitimité de l'intervenant, de sa demande, proportionnalité)",
                &["La présente circulaire a pour objectif de proposer un cadre uniforme de suite à donner aux demandes impactant le secret professionnel, en s'interrogeant sur la légitimité de l'intervenant, de sa demande ainsi que de sa proportionnalité; et d'aiguiller les CPAS dans la réponse adéquate à formuler."],
            ),
            Source::CircularLegal => circular(
                "Circulaire du 2 juin 2022, point 1 (Dispositions légales ; l'article 458 visé est celui de l'ancien Code pénal)",
                &[
            "Les membres du personnel des CPAS et les mandataires sont soumis au secret professionnel, en application de l'article 458 du Code Pénal et des articles 36 et 50 de la loi du 8 juillet 1976 organique des CPAS.",
        ],
            ),
            Source::CircularScope => circular(
                "Circulaire du 2 juin 2022, point 2 (Principes fondamentaux) : ce que couvre le secret",
                &[
            "Le secret professionnel porte non seulement sur toutes les informations qui sont confiées au professionnel mais également sur tout ce que ce dernier a vu, connu, constaté, découvert, appris dans l'exercice ou à l'occasion de sa profession ou de son mandat.",
            "Il s'agit de toutes les informations et/ou confidences reçues, recueillies, constatées, découvertes relatives à une personne sollicitant ou ayant sollicité une aide et qui sont (ou ont été) détenues dans le cadre de la gestion de son dossier.",
        ],
            ),
            Source::CircularExceptions => circular(
                "Circulaire du 2 juin 2022, point 2 (Principes fondamentaux) : exceptions d'interprétation stricte, strict nécessaire",
                &[
            "Le secret professionnel n'est pas absolu. Il existe des exceptions mais comme toute exception il y a lieu de les interpréter strictement. Si le cadre légal permet une levée du secret professionnel, seuls les éléments strictement nécessaires pourront être communiqués.",
        ],
            ),
            Source::CircularNecessity => circular(
                "Circulaire du 2 juin 2022, point 2 (Principes fondamentaux) : état de nécessité",
                &[
            "Il y a lieu d'avoir à l'esprit la notion d' « état de nécessité» qui doit être entendu ainsi que suit :",
        ],
            ),
            Source::CircularExternal => circular(
                "Circulaire du 2 juin 2022, point 3, demande extérieure : demande précise (personne et objet), écrite, citant la disposition légale",
                &[
            "Le respect du secret professionnel est le principe. Toute demande émanant d'un tiers extérieur au CPAS devra être examinée de manière particulièrement circonspecte et, ne sera prise en compte que si elle est formulée de manière précise afin de pouvoir identifier sans équivoque tant la personne concernée afin de ne pas transmettre des informations relatives à une autre personne aidée que l'objet de la demande; par écrit, aucune réponse ne sera donnée à une demande orale ; en se référant à la disposition légale qui permet la transmission éventuelle de l'information.",
        ],
            ),
            Source::CircularPresident => circular(
                "Circulaire du 2 juin 2022, point 3, demande extérieure : adressée au Président, avis motivé, double signature",
                &[
            "La demande écrite doit, comme tout courrier officiel, être adressée au Président du CPAS qui fera suivre conformément aux dispositions applicables dont la procédure interne au CPAS.",
            "La demande sera examinée par le directeur général et/ou la personne prévue (ou le service désigné) dans la procédure interne.",
            "Un avis écrit, motivé, sera émis par la personne ou le service désigné ci-dessus sur la suite à accorder à la demande. Il sera fait référence au cadre légal. Cet avis sera transmis au directeur général (sauf s'il était désigné dans la procédure interne comme référent pour traiter de la demande) pour permettre une réponse officielle (à double signature). Le directeur général étant le garant de la légalité, il lui appartient d'apprécier la réponse à donner ou pas. Si une transmission de données est autorisée, la réponse se limitera aux informations strictement nécessaires en lien avec la demande.",
            "Aucune réponse à titre individuel ne pourra être donnée par un membre du personnel ou un mandataire. Seules les personnes habilitées pourront répondre au nom du CPAS. Un projet de réponse ne pourra être généré qu'après une analyse juridique systématique intégrant les éléments légaux. Toute nouvelle sollicitation impose de réappliquer le processus complet.",
        ],
            ),
            Source::CircularTestimony => circular(
                "Circulaire du 2 juin 2022, point 3, demande extérieure : tribunal ou commission d'enquête parlementaire",
                &[
            "Face à une demande extérieure au CPAS, le secret ne peut être levé que devant un tribunal ou une commission d'enquête parlementaire, lorsque l'enquête l'exige. Une demande émanant d'une autorité policière n'entre dès lors pas dans cette exception.",
        ],
            ),
            Source::CircularSameMission => circular(
                "Circulaire du 2 juin 2022, point 3, demande extérieure : demandeur lui aussi tenu au secret",
                &[
            "La circonstance que le demandeur est également soumis à l'obligation de secret professionnel ne permet pas de considérer systématiquement qu'il s'agit d'une situation de secret partagé et de permettre la communication de données. En effet, le secret professionnel implique une mission identique dans le chef des intervenants.",
        ],
            ),
            Source::CircularConsent => circular(
                "Circulaire du 2 juin 2022, point 3, demande extérieure : accord de la personne concernée",
                &[
            "Enfin, l'obligation de secret professionnel sera levée si la personne concernée par ces informations marque son accord sur une transmission de celles-ci.",
        ],
            ),
            Source::CircularControl => circular(
                "Circulaire du 2 juin 2022, point 3, demande extérieure : contrôle des dossiers sociaux",
                &[
            "La procédure qui sera mise en place ne peut pas venir mettre à mal le contrôle des dossiers sociaux qui sera effectué par les autorités compétentes.",
        ],
            ),
            Source::CircularShared => circular(
                "Circulaire du 2 juin 2022, point 3, demande interne : secret partagé et ses conditions",
                &[
            "Les demandes internes répondent à des règles différentes. En effet, dans ce cadre, entre en jeu la notion de secret professionnel partagé. Cela implique une potentielle levée de l'obligation de secret professionnel moyennant le respect de certaines conditions.",
            "l'échange d'informations ne peut avoir lieu qu'entre personnes tenues au secret professionnel ; ces personnes doivent avoir la même mission ; l'échange d'information doit se limiter aux informations strictement nécessaires et doit l'être dans l'intérêt du bénéficiaire; il faut à tout le moins informer le bénéficiaire de la possibilité de la levée partielle du secret dans le cadre du travail en équipe.",
        ],
            ),
            Source::CircularCouncillors => circular(
                "Circulaire du 2 juin 2022, point 3, demande interne : conseillers de l'action sociale",
                &[
            "Les conseillers de l'action sociale sont tenus au secret professionnel, tout comme les membres du personnel du CPAS. Le partage des informations (par le droit de consultation et la présentation du dossier à l'organe compétent) devra se limiter aux seules informations indispensables aux mandataires pour prendre une décision en pleine connaissance de cause.",
            "L'obligation de respect du secret professionnel et la tenue à huis clos des réunions des organes du CPAS ont pour conséquence l'interdiction faite aux conseillers de l'action sociale de discuter des dossiers avec un tiers qui n'a pas la qualité de conseiller CPAS, de divulguer le nom des demandeurs ou bénéficiaires, ou encore des éléments du dossier, de communiquer la décision, ou son contenu, et ce même s'il s'agit du bénéficiaire lui-même.",
        ],
            ),
            Source::CircularSanctions => circular(
                "Circulaire du 2 juin 2022, point 4 (Sanctions)",
                &[
            "Le secret professionnel est la règle. Les conséquences de la violation du secret professionnel peuvent être lourdes et de plusieurs ordres : au pénal, cela peut mener à un emprisonnement et/ou une amende; au civil, à des dommages et intérêts. Des mesures disciplinaires peuvent également être envisagées.",
        ],
            ),
            Source::SecrecyOffence => quoted(
                "Ancien Code pénal, art. 458 (version citée par la circulaire, issue de la loi du 6 juillet 2017)",
                OldPenalCode,
                &[
            "Les médecins, chirurgiens, officiers de santé, pharmaciens, sages-femmes et toutes autres personnes dépositaires, par état ou par profession, des secrets qu'on leur confie, qui, hors le cas où ils sont appelés à rendre témoignage en justice (ou devant une commission d'enquête parlementaire) et celui où la loi, le décret ou l'ordonnance les oblige ou les autorise à faire connaître ces secrets, les auront révélés, seront punis d'un emprisonnement d'un an à trois ans et d'une amende de cent euros à mille euros ou d'une de ces peines seulement.",
        ],
            ),
            Source::CouncillorsConsult => quoted(
                "Loi du 8 juillet 1976 organique des centres publics d'action sociale, art. 36, al. 1er (consultation sans déplacement)",
                InForce,
                &[
            "Les membres du conseil de l'action sociale ont le droit de prendre connaissance, sans déplacement, de tous les actes, pièces et dossiers concernant le (centre public d'action sociale).",
        ],
            ),
            Source::CouncillorsSecrecy => quoted(
                "Loi du 8 juillet 1976 organique des centres publics d'action sociale, art. 36, al. 3 (secret des membres du conseil)",
                InForce,
                &[
            "Les membres du conseil et du comité de gestion de l'hôpital, ainsi que toutes les autres personnes qui, en vertu de la loi, assistent aux réunions du conseil, du bureau permanent, des comités spéciaux et du comité de gestion de l'hôpital), sont tenus au secret.",
        ],
            ),
            Source::CouncillorsCopy => quoted(
                "Loi du 8 juillet 1976 organique des centres publics d'action sociale, art. 36, al. 4 et 5 (copies, redevance)",
                InForce,
                &[
            "A l'exclusion des actes et pièces ayant trait aux aides individuelles accordées par le centre ou à la récupération de ces aides et des actes et pièces concernant les dossiers n'ayant pas encore fait l'objet d'une adoption par le centre, les membres du conseil de l'action sociale peuvent obtenir copie des actes et pièces relatifs à l'administration du centre public d'action sociale dans les conditions arrêtées par le règlement d'ordre intérieur établi par le conseil.",
            "La redevance éventuellement réclamée pour la copie ne peut en aucun cas excéder le prix de revient.",
        ],
            ),
            Source::StaffBound => quoted(
                "Loi du 8 juillet 1976 organique des centres publics d'action sociale, art. 50 (le personnel est tenu au secret comme les conseillers)",
                InForce,
                &[
            "Les dispositions de l'article 36, troisième alinéa, et de l'article 37, alinéa 1er, 2 et 3 sont également applicables aux membres du personnel des centres publics d'action sociale.",
        ],
            ),
            Source::NecessityCaseLaw => quoted(
                "Cass., 18 juin 2010 (cité par la circulaire, point 2, note 2 ; l'article 458 visé est celui de l'ancien Code pénal)",
                CaseLaw,
                &[
            "Il y a état de nécessité lorsque, en présence d'un mal grave et imminent pour autrui, la personne à qui il est reproché d'avoir violé une disposition pénale, tel que l'article 458 du Code pénal, consacrant le secret professionnel a pu estimer qu'il ne lui était pas possible de sauvegarder autrement qu'en violant cette disposition un intérêt plus impérieux qu'elle avait le devoir ou qu'elle était en droit de sauvegarder avant tous les autres",
        ],
            ),
            Source::WhySecrecyCaseLaw => quoted(
                "Bruxelles, 18 juin 1974, Pas. 1975, II, p. 42 ; J.T. 1976, p. 11 (cité par la circulaire)",
                CaseLaw,
                &[
            "la nécessité de donner à ceux qui exercent cette profession, les garanties nécessaires de crédibilité, ceci dans l'intérêt général, pour que tous ceux qui s'adressent à lui en confiance puissent avoir la certitude que les secrets qu'ils confient à leurs conseils ne courent pas le risque d'être dévoilés à des tiers",
        ],
            ),
            Source::NewPenalCode => named(
                "Lois du 29 février 2024 introduisant le livre Ier et le livre II du nouveau Code pénal, en vigueur le 8 avril 2026",
                InForce,
                Some("M.B. 8 avril 2024 ; livre II : numac 2024002088"),
            ),
            Source::FineSurcharges => named(
                "Décimes additionnels sur les amendes pénales (amendes multipliées par 8 depuis le 1er janvier 2017), appliqués ici aux amendes de l'ancien Code pénal",
                InForce,
                None,
            ),
            Source::ReportingChildDanger => named(
                "Ancien Code pénal, art. 458bis (information du procureur du Roi : infractions sur un mineur ou une personne vulnérable)",
                OldPenalCodeLead,
                None,
            ),
            Source::CaseConcertation => named(
                "Ancien Code pénal, art. 458ter (concertation de cas ; inséré par la loi du 6 juillet 2017)",
                OldPenalCodeLead,
                None,
            ),
            Source::DutyToHelp => named(
                "Ancien Code pénal, art. 422bis (obligation de porter secours à une personne exposée à un péril grave)",
                OldPenalCodeLead,
                None,
            ),
            Source::ChildMaltreatmentDecree => named(
                "Décret de la Communauté française du 12 mai 2004 relatif à l'aide aux enfants victimes de maltraitance (SOS Enfants, conseiller de l'aide à la jeunesse)",
                Lead,
                None,
            ),
            Source::ProsecutorRequest => named(
                "Code d'instruction criminelle, art. 46bis/1, §§ 1er et 2 (inséré par la loi du 17 mai 2017, en vigueur le 1er septembre 2017) : sur demande écrite et motivée du procureur du Roi, renseignements administratifs en matière d'infractions terroristes ; son § 3 a été annulé par la Cour constitutionnelle (arrêt 44/2019 du 14 mars 2019)",
                InForce,
                Some("arrêt 44/2019 de la Cour constitutionnelle : M.B. 4 avril 2019, numac 2019201386"),
            ),
            Source::OwnDataAccess => named(
                "Règlement (UE) 2016/679 (RGPD), art. 12, § 3, et art. 15, §§ 1er, 3 et 4 : délai de réponse et droit d'accès de la personne concernée",
                InForce,
                None,
            ),
            Source::DataProtection => named(
                "Règlement (UE) 2016/679 (RGPD), applicable depuis le 25 mai 2018 : protection des données à caractère personnel",
                InForce,
                None,
            ),
            Source::SocialFilesInspection => named(
                "Service d'inspection du SPP Intégration sociale : contrôle des dossiers sociaux des CPAS (base légale précise à vérifier)",
                Lead,
                None,
            ),
            Source::WitnessFaculty => named(
                "Témoin cité par un tribunal ou un juge d'instruction : comparaître, prêter serment, puis parler ou invoquer le secret (doctrine)",
                Lead,
                None,
            ),
            Source::BreachNotification => named(
                "Règlement (UE) 2016/679 (RGPD), art. 33 (notification d'une violation de données à l'Autorité de protection des données, dans les 72 heures) et art. 34 (information de la personne en cas de risque élevé)",
                InForce,
                None,
            ),
            Source::DpoAccess => named(
                "Règlement (UE) 2016/679 (RGPD), art. 38, § 2 : accès du délégué à la protection des données aux données à caractère personnel",
                InForce,
                None,
            ),
            Source::SearchAndSeizure => named(
                "Code d'instruction criminelle : perquisitions et saisies ordonnées par le juge d'instruction (articles à vérifier) ; le référé pénal pour récupérer des documents",
                Lead,
                None,
            ),
            Source::ComputerSystemsAccess => named(
                "Code d'instruction criminelle, art. 88quater : accès aux systèmes informatiques sur ordre du juge d'instruction, refus punissable",
                Lead,
                None,
            ),
            Source::StaffThreatDoctrine => named(
                "Doctrine : le secret couvre ce qui est confié pour être aidé, pas une infraction commise contre le professionnel",
                Lead,
                None,
            ),
            Source::WellBeingAtWork => named(
                "Loi du 4 août 1996 relative au bien-être des travailleurs lors de l'exécution de leur travail : violence et risques psychosociaux, conseiller en prévention",
                Lead,
                None,
            ),
            Source::SocialPenalCode => named(
                "Code pénal social (loi du 6 juin 2010) : pouvoirs des inspecteurs sociaux (ONEM, ONSS, INAMI…) ; leur portée sur les dossiers sociaux d'un CPAS est contestée",
                Lead,
                None,
            ),
            Source::OtherAccessRoutes => named(
                "Autres voies d'accès à son dossier : loi organique des CPAS, art. 31bis (version wallonne) ; décret wallon du 30 mars 1995 relatif à la publicité de l'administration ; Charte de l'assuré social",
                Lead,
                None,
            ),
            Source::CsilRLaw => named(
                "Loi du 30 juillet 2018 relative aux cellules de sécurité intégrale locales en matière de radicalisme, d'extrémisme et de terrorisme (CSIL-R), modifiée par la loi du 29 mars 2024",
                InForce,
                Some("M.B. 14 septembre 2018"),
            ),
        }
    }

    /// The citation as a reader would look it up.
    pub const fn reference(self) -> &'static str {
        self.entry().reference
    }

    /// The exact words, where the repository holds the text they come from.
    pub const fn passages(self) -> &'static [&'static str] {
        self.entry().passages
    }

    /// How far it can be relied on.
    pub const fn standing(self) -> Standing {
        self.entry().standing
    }
}
