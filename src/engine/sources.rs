//! The legal sources rules and outcomes cite (`shared/sources/legal-texts.md`).
//! References are legal citations, kept as data next to the rules; the
//! explanations shown to users live in the page's text module.

use super::facts::id_enum;

id_enum! {
    /// A source the guide may cite.
    Source {
        /// Circular, introduction: why the secret exists; exceptions read strictly.
        CircularIntro = "circular-intro",
        /// Circular §1: staff and mandataires are bound (art. 458 CP, art. 36 and 50 LO).
        CircularLegal = "circular-1",
        /// Circular §2: what the secret covers.
        CircularScope = "circular-2-scope",
        /// Circular §2: exceptions read strictly; only what is strictly necessary.
        CircularExceptions = "circular-2-exceptions",
        /// Circular §2: the état de nécessité.
        CircularNecessity = "circular-2-necessity",
        /// Circular §3, external request: precise, written, citing its legal basis.
        CircularExternal = "circular-3-external",
        /// Circular §3, external request: to the President, examined by the DG or the
        /// designated person, written reasoned opinion, double signature, no individual answer.
        CircularPresident = "circular-3-president",
        /// Circular §3, external request: only before a court or a parliamentary
        /// inquiry commission; a police request is not that exception.
        CircularTestimony = "circular-3-testimony",
        /// Circular §3, external request: a requester also bound by secrecy is not
        /// thereby in shared secrecy; it needs the same mission.
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
        /// Code pénal, art. 458, in the version the circular quotes.
        Cp458 = "cp-458",
        /// Loi organique des CPAS du 8 juillet 1976, art. 36.
        Lo36 = "lo-36",
        /// Loi organique des CPAS du 8 juillet 1976, art. 50.
        Lo50 = "lo-50",
        /// Cass., 18 June 2010: definition of the état de nécessité, quoted by the circular.
        Cass2010 = "cass-2010-06-18",
        /// Cour d'appel de Bruxelles, 18 June 1974: why professional secrecy exists.
        CaBxl1974 = "ca-bxl-1974-06-18",
    }
}

impl Source {
    /// The citation as a reader would look it up.
    pub const fn reference(self) -> &'static str {
        match self {
            Source::CircularIntro => "Circulaire du 2 juin 2022, introduction (raison d'être du secret)",
            Source::CircularLegal => "Circulaire du 2 juin 2022, point 1 (Dispositions légales)",
            Source::CircularScope => "Circulaire du 2 juin 2022, point 2 (Principes fondamentaux) : ce que couvre le secret",
            Source::CircularExceptions => {
                "Circulaire du 2 juin 2022, point 2 (Principes fondamentaux) : exceptions d'interprétation stricte, strict nécessaire"
            }
            Source::CircularNecessity => "Circulaire du 2 juin 2022, point 2 (Principes fondamentaux) : état de nécessité",
            Source::CircularExternal => {
                "Circulaire du 2 juin 2022, point 3, demande extérieure : demande précise, écrite, citant la disposition légale"
            }
            Source::CircularPresident => {
                "Circulaire du 2 juin 2022, point 3, demande extérieure : adressée au Président, avis motivé, double signature"
            }
            Source::CircularTestimony => {
                "Circulaire du 2 juin 2022, point 3, demande extérieure : tribunal ou commission d'enquête parlementaire"
            }
            Source::CircularSameMission => {
                "Circulaire du 2 juin 2022, point 3, demande extérieure : demandeur lui aussi tenu au secret"
            }
            Source::CircularConsent => "Circulaire du 2 juin 2022, point 3, demande extérieure : accord de la personne concernée",
            Source::CircularControl => "Circulaire du 2 juin 2022, point 3, demande extérieure : contrôle des dossiers sociaux",
            Source::CircularShared => "Circulaire du 2 juin 2022, point 3, demande interne : secret partagé et ses conditions",
            Source::CircularCouncillors => {
                "Circulaire du 2 juin 2022, point 3, demande interne : conseillers de l'action sociale"
            }
            Source::CircularSanctions => "Circulaire du 2 juin 2022, point 4 (Sanctions)",
            Source::Cp458 => "Code pénal, art. 458 (version citée par la circulaire)",
            Source::Lo36 => "Loi du 8 juillet 1976 organique des CPAS, art. 36",
            Source::Lo50 => "Loi du 8 juillet 1976 organique des CPAS, art. 50",
            Source::Cass2010 => "Cass., 18 juin 2010 (cité par la circulaire, point 2)",
            Source::CaBxl1974 => {
                "Bruxelles, 18 juin 1974, Pas. 1975, II, p. 42 ; J.T. 1976, p. 11 (cité par la circulaire)"
            }
        }
    }
}
