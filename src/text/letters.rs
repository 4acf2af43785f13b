//! The reply templates: letters and notes staff complete outside the guide,
//! and the words around them. Every text that leaves the CPAS reads the same
//! whether or not the CPAS knows the person.

use crate::engine::Template;

/// Words around the reply templates.
pub mod words {
    pub const INTRO: &str = "Complétez les passages entre crochets en dehors du guide, dans votre traitement de texte ou votre messagerie : le guide ne recueille aucune donnée.";
    pub const COPY: &str = "Copier";
    pub const COPIED: &str = "Modèle copié dans le presse-papiers.";
    pub const COPY_SELECTED: &str =
        "Le texte du modèle est sélectionné : copiez-le avec Ctrl+C (ou Cmd+C).";
    pub const UNSET_CPAS: &str = "[nom du CPAS]";
    /// Said aloud where no CPAS name is configured: « au Président de notre CPAS ».
    pub const OF_OUR_CPAS: &str = "de notre CPAS";
    pub const UNSET_DESIGNATED: &str =
        "[la personne ou le service désigné par la procédure interne]";
}

/// A reply template: its title, when to use it, and its text. In the text,
/// `{cpas}`, `{of_cpas}` (spoken: « du CPAS de … », else « de notre CPAS »),
/// `{designated}`, `{decision}`, `{reasons}` and `{references}`
/// are filled in by the page; `[...]` are the user's blanks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TemplateText {
    pub title: &'static str,
    pub use_when: &'static str,
    pub body: &'static str,
}

/// An official answer of the CPAS: the same heading, references and double
/// signature around every body, written once.
macro_rules! official_answer {
    ($body:literal) => {
        concat!(
            "{cpas}\n\nObjet : votre demande du [date] – [référence]\n\nMadame, Monsieur,\n\n",
            $body,
            "\n\nRéférences :\n{references}\n\nVeuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n\n[Première signature : nom, qualité]     [Seconde signature : nom, qualité]"
        )
    };
}

/// The words of a template.
pub const fn template(template: Template) -> TemplateText {
    match template {
        Template::OralReply => TemplateText {
            title: "Ce que vous pouvez dire au téléphone ou au guichet",
            use_when: "À dire calmement, sans rien ajouter, même si l'on insiste.",
            body: "Je suis tenu(e) au secret professionnel : je ne peux rien vous dire, ni confirmer ni démentir quoi que ce soit, y compris le fait qu'une personne soit connue ou non de nos services.

Pour obtenir une information, écrivez au Président {of_cpas} : identifiez précisément la personne et l'objet de votre demande, et citez la disposition légale qui permettrait de vous répondre.",
        },
        Template::ForwardNote => TemplateText {
            title: "Note de transmission au Président",
            use_when: "À joindre à la demande écrite que vous avez reçue, sans y répondre.",
            body: "Note à l'attention du Président du {cpas}

Objet : transmission d'une demande d'information (secret professionnel)

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
Le secret professionnel : articles 36, alinéa 3, et 50 de la loi du 8 juillet 1976 organique des CPAS ; ses exceptions : une exception que la loi prévoit (l'ancien article 458 du Code pénal, cité par la circulaire ; l'article du nouveau Code pénal est à vérifier). Disposition invoquée par le demandeur : [référence exacte ; oblige ou autorise].
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
            body: official_answer!(
                "Nous avons examiné votre demande. Les membres du personnel et les mandataires du CPAS sont tenus au secret professionnel. Le CPAS ne peut ni confirmer ni infirmer qu'il détient des informations sur la personne que vous mentionnez, et votre demande ne remplit pas les conditions qui permettraient une transmission. Nous ne pouvons donc pas y donner suite."
            ),
        },
        Template::AnswerInadmissible => TemplateText {
            title: "Réponse officielle : demande irrecevable en l'état",
            use_when: "Réponse à double signature, quand la demande ne remplit pas les conditions de la circulaire.",
            body: official_answer!(
                "Votre demande ne peut pas être prise en compte telle qu'elle est formulée. Les membres du personnel et les mandataires du CPAS sont tenus au secret professionnel, et le CPAS ne peut ni confirmer ni infirmer qu'il détient des informations sur une personne. Une demande ne peut être examinée que si elle est :
– écrite et adressée au Président du CPAS ;
– précise, en identifiant sans équivoque la personne concernée et l'objet de la demande ;
– fondée sur la disposition légale qui permettrait la transmission, citée dans la demande.

Vous pouvez introduire une nouvelle demande qui remplit ces conditions."
            ),
        },
        Template::AnswerLimited => TemplateText {
            title: "Réponse officielle : transmission limitée au strict nécessaire",
            use_when: "Réponse à double signature, quand une transmission est autorisée.",
            body: official_answer!(
                "En réponse à votre demande, et sur la base de [l'accord écrit de la personne concernée, recueilli par le CPAS / la disposition légale suivante : …], nous vous transmettons les seules informations strictement nécessaires en lien avec votre demande :
[liste des informations transmises]"
            ),
        },
        Template::InformBeneficiary => TemplateText {
            title: "Informer le bénéficiaire du travail en équipe",
            use_when: "À dire ou à remettre au bénéficiaire avant tout partage.",
            body: "Madame, Monsieur,

Pour vous aider au mieux, les professionnels qui vous accompagnent travaillent parfois en équipe. Ces personnes sont toutes tenues au secret professionnel et ont la même mission auprès de vous. Dans ce cadre, le secret peut être partiellement levé : seules les informations strictement nécessaires sont partagées entre elles, et uniquement dans votre intérêt.

Les informations suivantes : [quelles informations] seront partagées avec [quel service ou professionnel], pour [quelle aide]. Si vous êtes d'accord, dites-le-nous.

N'hésitez pas à me poser vos questions.

[Nom, fonction, service]

Références :
{references}",
        },
        Template::AcknowledgeReceipt => TemplateText {
            title: "Accusé de réception : demande à l'examen",
            use_when: "À envoyer tant que l'analyse juridique n'est pas faite : il ne confirme rien et ne refuse rien.",
            body: official_answer!(
                "Nous accusons réception de votre demande. Elle est en cours d'examen selon la procédure interne du CPAS. Le présent courrier ne confirme ni n'infirme que le CPAS détient des informations sur la personne que vous mentionnez. Une réponse officielle vous parviendra à l'issue de cet examen."
            ),
        },
    }
}
