//! The training mode's case vignettes, drawn from the situations the
//! circular names. Each holds its facts: the page runs them through the
//! engine to show the outcome, and a test checks the engine gives the
//! outcome the vignette teaches, so training never drifts from the rules.

use crate::engine::{Choice as C, Fact as F, FactError, Facts, Outcome, Value};

/// One case to train on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Vignette {
    /// Stable id, used in `#formation/<id>` and `data-case-id`.
    pub id: &'static str,
    /// A short title for the list.
    pub title: &'static str,
    /// The situation, in a few lines.
    pub situation: &'static str,
    /// The facts of the case, as the guide would be answered.
    pub facts: &'static [(F, Value)],
    /// The outcome the vignette teaches.
    pub teaches: Outcome,
    /// Possible reactions; exactly one is right.
    pub reactions: &'static [(&'static str, bool)],
    /// Why, in plain words.
    pub explanation: &'static str,
}

impl Vignette {
    /// The case's facts as a fact set, or why they are not one.
    pub fn facts(&self) -> Result<Facts, FactError> {
        Facts::from_answers(self.facts.iter().copied())
    }
}

const fn c(choice: C) -> Value {
    Value::Choice(choice)
}
const YES: Value = Value::Yes;
const UNSURE: Value = Value::Unsure;
const NO: Value = Value::No;

const REQUEST: (F, Value) = (F::Situation, c(C::Request));
const COVERED: (F, Value) = (F::Covered, YES);
const EXTERNAL: (F, Value) = (F::Origin, c(C::External));
const INTERNAL: (F, Value) = (F::Origin, c(C::Internal));
const NO_DANGER: (F, Value) = (F::Danger, NO);
const ORAL: (F, Value) = (F::Form, c(C::Oral));
const WRITTEN: (F, Value) = (F::Form, c(C::Written));
const EXAMINER: (F, Value) = (F::Role, c(C::Examiner));

/// The vignettes, in the order the list shows them.
pub const VIGNETTES: &[Vignette] = &[
    Vignette {
        id: "police-telephone",
        title: "La police au téléphone",
        situation: "Un inspecteur de police vous appelle. Il cherche à savoir si M. X est aidé par le CPAS et à quelle adresse il vit. Il insiste : « C'est urgent, c'est pour une enquête. »",
        facts: &[REQUEST, COVERED, EXTERNAL, (F::Requester, c(C::Police)), NO_DANGER, ORAL],
        teaches: Outcome::NoAnswerOral,
        reactions: &[
            ("Vous confirmez seulement que M. X est connu du CPAS, sans donner son adresse.", false),
            ("Vous ne répondez rien et indiquez qu'une demande écrite, précise et citant sa base légale peut être adressée au Président.", true),
            ("Vous répondez, puisqu'une demande de la police est une exception au secret.", false),
        ],
        explanation: "Aucune réponse n'est donnée à une demande orale, et une demande de la police n'est pas un témoignage en justice. Même confirmer que la personne est connue du CPAS, c'est déjà révéler.",
    },
    Vignette {
        id: "police-courrier",
        title: "Un courrier de la police sur votre bureau",
        situation: "Vous recevez directement un courrier de la zone de police qui demande la situation sociale de Mme Y.",
        facts: &[REQUEST, COVERED, EXTERNAL, (F::Requester, c(C::Police)), NO_DANGER, WRITTEN, (F::Role, c(C::Recipient))],
        teaches: Outcome::ForwardToPresident,
        reactions: &[
            ("Vous répondez par écrit, puisque la demande est écrite.", false),
            ("Vous transmettez le courrier au Président, sans y répondre vous-même.", true),
            ("Vous téléphonez à la police pour savoir ce qu'elle veut exactement.", false),
        ],
        explanation: "Une demande écrite s'adresse au Président, comme tout courrier officiel ; elle est examinée selon la procédure interne. Aucun membre du personnel ne répond à titre individuel.",
    },
    Vignette {
        id: "proprietaire-garantie",
        title: "Le propriétaire et la garantie locative",
        situation: "Un propriétaire se présente au guichet : il veut savoir si le CPAS va prendre en charge la garantie locative de son futur locataire.",
        facts: &[REQUEST, COVERED, EXTERNAL, (F::Requester, c(C::Landlord)), NO_DANGER, ORAL],
        teaches: Outcome::NoAnswerOral,
        reactions: &[
            ("Vous lui dites que le dossier est en cours, sans plus.", false),
            ("Vous ne confirmez ni ne niez rien et lui expliquez comment faire une demande écrite au Président.", true),
            ("Vous lui répondez, puisque la réponse est dans l'intérêt du locataire.", false),
            ("Vous appelez le locataire devant lui pour lui demander son accord.", false),
        ],
        explanation: "Au guichet, la demande est orale : aucune réponse. Dire que le dossier est « en cours », c'est déjà révéler qu'une aide a été demandée.",
    },
    Vignette {
        id: "societe-recouvrement",
        title: "Une société de recouvrement",
        situation: "Vous examinez, pour le directeur général, le courrier d'une société de recouvrement qui demande les revenus de M. Z. Le courrier identifie bien M. Z, mais ne cite aucune disposition légale. M. Z n'a pas donné son accord.",
        facts: &[REQUEST, COVERED, EXTERNAL, (F::Requester, c(C::DebtCollector)), NO_DANGER, WRITTEN, EXAMINER, (F::IdentifiesPerson, YES), (F::Consent, NO), (F::CitesLegalBasis, NO)],
        teaches: Outcome::RequestInadmissible,
        reactions: &[
            ("La demande ne peut pas être prise en compte en l'état : elle ne cite aucune base légale.", true),
            ("Vous transmettez les revenus, puisque la personne est bien identifiée.", false),
            ("Vous transmettez seulement le montant total, qui est peu de chose.", false),
        ],
        explanation: "Une demande extérieure doit être écrite, identifier la personne sans équivoque et citer la disposition légale qui permettrait la transmission. Il manque ici la base légale.",
    },
    Vignette {
        id: "csil-r",
        title: "Une question en réunion de CSIL-R",
        situation: "Lors d'une réunion de la cellule de sécurité intégrale locale (CSIL-R), un participant vous demande oralement si une personne suivie est aidée par le CPAS.",
        facts: &[REQUEST, COVERED, EXTERNAL, (F::Requester, c(C::CsilR)), NO_DANGER, ORAL],
        teaches: Outcome::NoAnswerOral,
        reactions: &[
            ("Vous répondez, puisque la CSIL-R est présidée par le bourgmestre.", false),
            ("Vous ne répondez pas sur-le-champ : hors d'une concertation de cas dans le cadre que la loi organise (à vérifier avec votre service juridique), une demande doit être écrite, précise et fondée sur une disposition légale.", true),
            ("Vous répondez d'un signe de tête, sans rien dire.", false),
        ],
        explanation: "La loi du 30 juillet 2018 et l'article 458ter de l'ancien Code pénal organisent des échanges à l'intérieur d'une concertation de cas : une piste à vérifier avec votre service juridique, qui dit si et dans quel cadre vous pouvez y parler. Hors de ce cadre, une question posée en réunion est une demande extérieure : aucune réponse orale, même d'un geste.",
    },
    Vignette {
        id: "bourgmestre",
        title: "Le bourgmestre appelle",
        situation: "Le bourgmestre vous téléphone : un habitant s'est plaint de son voisin, et il voudrait savoir si ce voisin est suivi par le CPAS.",
        facts: &[REQUEST, COVERED, EXTERNAL, (F::Requester, c(C::MunicipalAuthority)), NO_DANGER, ORAL],
        teaches: Outcome::NoAnswerOral,
        reactions: &[
            ("Vous répondez : le bourgmestre est une autorité publique.", false),
            ("Vous passez l'appel au Président pour qu'il réponde lui-même.", false),
            ("Vous ne répondez pas et rappelez qu'une demande écrite, précise et fondée sur une disposition légale peut être adressée au Président.", true),
        ],
        explanation: "Le bourgmestre, le collège et le conseil communal sont extérieurs au CPAS. Leur qualité ne lève pas le secret : la procédure des demandes extérieures s'applique.",
    },
    Vignette {
        id: "collegue-autre-service",
        title: "Un collègue d'un autre service",
        situation: "Une collègue du service du personnel, elle aussi tenue au secret, vous demande si l'une de vos bénéficiaires a déjà eu des dettes, « pour savoir à qui on a affaire ».",
        facts: &[REQUEST, COVERED, INTERNAL, (F::Requester, c(C::Colleague)), (F::RecipientBound, YES), (F::SameMission, NO)],
        teaches: Outcome::KeepSecret,
        reactions: &[
            ("Vous répondez : vous êtes tous les deux tenus au secret.", false),
            ("Vous ne partagez pas l'information : vous n'avez pas la même mission auprès de la bénéficiaire.", true),
            ("Vous répondez oui ou non, sans détail.", false),
        ],
        explanation: "Le secret partagé exige la même mission, le strict nécessaire, l'intérêt du bénéficiaire et son information. Être tenu au secret ne suffit pas.",
    },
    Vignette {
        id: "conseiller-copie",
        title: "Un conseiller demande une copie",
        situation: "Un conseiller de l'action sociale vous demande une copie de la décision d'aide individuelle accordée à une famille, pour l'étudier chez lui.",
        facts: &[REQUEST, COVERED, INTERNAL, (F::Requester, c(C::Councillor)), (F::CouncillorRequest, c(C::Copy)), (F::Document, c(C::IndividualAid))],
        teaches: Outcome::CouncillorCopyRefused,
        reactions: &[
            ("Vous faites la copie : les conseillers ont accès à tous les dossiers.", false),
            ("Vous refusez la copie et rappelez qu'il peut consulter le dossier sur place.", true),
            ("Vous lui prêtez le dossier jusqu'au lendemain.", false),
        ],
        explanation: "L'article 36 de la loi organique donne aux conseillers un droit de consultation sans déplacement, mais exclut la copie des actes sur les aides individuelles.",
    },
    Vignette {
        id: "conseiller-beneficiaire",
        title: "Un conseiller croise le bénéficiaire",
        situation: "Au marché, un bénéficiaire reconnaît un conseiller de l'action sociale et lui demande ce que le conseil a décidé pour lui hier soir.",
        facts: &[(F::Situation, c(C::CouncillorDisclosure)), COVERED, (F::DiscloseTo, c(C::Beneficiary))],
        teaches: Outcome::CouncillorMustNotDisclose,
        reactions: &[
            ("Le conseiller lui annonce la décision : elle le concerne.", false),
            ("Le conseiller ne dit rien du dossier, ni de la décision, ni de son contenu, et renvoie le bénéficiaire vers son assistant social ou la notification officielle.", true),
            ("Le conseiller lui dit seulement comment chacun a voté.", false),
        ],
        explanation: "Le secret et le huis clos interdisent aux conseillers de communiquer la décision ou son contenu, même au bénéficiaire lui-même. La décision lui parvient par la notification officielle ; son assistant social répond à ses questions.",
    },
    Vignette {
        id: "citation-tribunal",
        title: "Convoqué comme témoin",
        situation: "Un juge d'instruction vous convoque pour être entendu comme témoin dans une affaire qui concerne une personne que vous suivez. Après votre serment, il vous pose une question précise, nécessaire à l'enquête.",
        facts: &[REQUEST, COVERED, EXTERNAL, (F::Requester, c(C::Court)), (F::TestimonyRequired, YES)],
        teaches: Outcome::TestimonyAllowed,
        reactions: &[
            ("Vous ne vous présentez pas : le secret vous dispense de comparaître.", false),
            ("Vous comparaissez et prêtez serment ; vous pouvez répondre à ce que l'enquête exige, sans plus, ou invoquer le secret.", true),
            ("Vous remettez d'avance tout le dossier social à la police, pour gagner du temps.", false),
        ],
        explanation: "Le témoin convoqué comparaît et prête serment. Il peut alors lever le secret lorsque l'enquête l'exige, et seulement dans cette mesure : c'est une faculté, pas une obligation, et il peut aussi invoquer le secret, question par question. Les documents ne vont qu'au juge.",
    },
    Vignette {
        id: "danger-imminent",
        title: "Un danger imminent",
        situation: "Pendant un entretien, un homme vous dit qu'il va, ce soir même, s'en prendre gravement à son ex-compagne. Personne d'autre n'est au courant et vous ne voyez aucun autre moyen de la protéger.",
        facts: &[(F::Situation, c(C::OwnInitiative)), COVERED, (F::Danger, YES), (F::NoOtherMeans, YES)],
        teaches: Outcome::Necessity,
        reactions: &[
            ("Vous ne dites rien : le secret est absolu.", false),
            ("Vous prévenez qui peut écarter le danger, en ne révélant que ce qui est nécessaire, et informez le directeur général.", true),
            ("Vous transmettez tout le dossier à la police pour qu'elle ait une vue complète.", false),
        ],
        explanation: "C'est l'état de nécessité : un mal grave et imminent pour autrui, impossible à éviter autrement, et un intérêt plus important que le secret. Seul ce qui écarte le danger est révélé, à qui peut l'écarter ; vérifiez à qui vous parlez en appelant un numéro officiel.",
    },
    Vignette {
        id: "accord-personne",
        title: "Avec l'accord de la personne",
        situation: "Vous examinez la demande écrite d'un propriétaire qui identifie bien sa locataire. La locataire a donné au CPAS lui-même son accord écrit et daté pour qu'il confirme au propriétaire la prise en charge de sa garantie locative.",
        facts: &[REQUEST, COVERED, EXTERNAL, (F::Requester, c(C::Landlord)), NO_DANGER, WRITTEN, EXAMINER, (F::IdentifiesPerson, YES), (F::Consent, YES)],
        teaches: Outcome::DiscloseConsent,
        reactions: &[
            ("La transmission est possible, limitée à ce qui est demandé, par une réponse officielle ; l'accord ne l'impose pas.", true),
            ("Vous envoyez au propriétaire une copie complète du dossier.", false),
            ("Vous refusez : un propriétaire n'a jamais droit à une réponse.", false),
        ],
        explanation: "L'accord de la personne concernée lève le secret pour cette transmission, sans obliger le CPAS à transmettre. Il doit venir d'elle, recueilli par le CPAS, et elle peut le retirer. La réponse reste officielle et limitée au strict nécessaire.",
    },
    Vignette {
        id: "professionnel-meme-mission",
        title: "Un professionnel de même mission",
        situation: "Vous examinez la demande écrite de l'assistante sociale d'un service extérieur qui accompagne la même personne que vous, pour la même mission. Elle est tenue au secret, ne demande que ce qui lui est strictement nécessaire, dans l'intérêt de la personne, qui a été informée du travail en équipe. La personne n'a pas donné d'accord exprès.",
        facts: &[
            REQUEST, COVERED, EXTERNAL, (F::Requester, c(C::ExternalProfessional)), NO_DANGER, WRITTEN, EXAMINER,
            (F::IdentifiesPerson, YES), (F::Consent, NO), (F::RecipientBound, YES), (F::SameMission, YES),
            (F::StrictlyNecessary, YES), (F::BeneficiaryInterest, YES), (F::BeneficiaryInformed, YES),
        ],
        teaches: Outcome::ShareSharedSecret,
        reactions: &[
            ("Vous partagez tout le dossier : elle est tenue au secret.", false),
            ("Selon la lecture du guide, vous proposez de partager le strict nécessaire dans le cadre du secret partagé, et le directeur général valide la réponse.", true),
            ("Vous refusez tout échange avec un service extérieur.", false),
        ],
        explanation: "La circulaire pose les conditions du secret partagé pour les demandes internes ; le guide les applique à un professionnel extérieur, c'est son interprétation. Elles sont réunies ici : tenue au secret, même mission, strict nécessaire, intérêt du bénéficiaire, qui est informé. Être tenu au secret ne suffirait pas.",
    },
    Vignette {
        id: "professionnel-autre-mission",
        title: "Un professionnel d'une autre mission",
        situation: "Vous examinez la demande écrite d'un psychologue d'un autre service, tenu au secret, qui n'a pas la même mission que vous. Sa demande ne cite aucune disposition légale et la personne n'a pas donné son accord.",
        facts: &[
            REQUEST, COVERED, EXTERNAL, (F::Requester, c(C::ExternalProfessional)), NO_DANGER, WRITTEN, EXAMINER,
            (F::IdentifiesPerson, YES), (F::Consent, NO), (F::RecipientBound, YES), (F::SameMission, NO),
            (F::CitesLegalBasis, NO),
        ],
        teaches: Outcome::RequestInadmissible,
        reactions: &[
            ("Vous répondez : il est tenu au secret comme vous.", false),
            ("La demande ne peut pas être prise en compte en l'état : pas de même mission, pas de base légale, pas d'accord.", true),
            ("Vous lui proposez d'en parler au téléphone.", false),
        ],
        explanation: "Le fait que le demandeur soit lui aussi tenu au secret ne suffit pas : le secret partagé suppose une mission identique.",
    },
    Vignette {
        id: "personne-concernee",
        title: "La personne demande son propre dossier",
        situation: "Un bénéficiaire vous téléphone : il voudrait savoir ce que contient son dossier et en recevoir une copie.",
        facts: &[REQUEST, COVERED, EXTERNAL, (F::Requester, c(C::PersonConcerned))],
        teaches: Outcome::PersonOwnInformation,
        reactions: &[
            ("Vous lui lisez son dossier au téléphone : c'est le sien.", false),
            ("Vous refusez : le secret professionnel s'applique à tout le monde.", false),
            ("Vous l'invitez à venir avec sa carte d'identité, ne donnez rien au téléphone, et suivez la procédure du CPAS pour l'accès au dossier.", true),
        ],
        explanation: "La personne n'est pas un tiers : le secret ne lui est pas opposé. La circulaire ne traite pas ce cas. Vérifiez son identité (et le mandat d'un représentant), ne donnez rien sur parole au téléphone, rien sur les autres personnes du dossier ; l'accès ou la copie suit la procédure du CPAS (RGPD, article 15).",
    },
    Vignette {
        id: "enfant-inquietude",
        title: "Une inquiétude pour un enfant",
        situation: "Lors d'une visite à domicile, vous remarquez des marques sur le bras d'un enfant de la famille. Rien n'indique un danger imminent, mais vous êtes inquiet.",
        facts: &[(F::Situation, c(C::OwnInitiative)), COVERED, (F::Danger, NO), (F::InitiativeConcern, c(C::ChildAtRisk))],
        teaches: Outcome::ChildProtection,
        reactions: &[
            ("Vous n'en parlez à personne : le secret est la règle.", false),
            ("Vous appelez l'école pour savoir si les enseignants ont remarqué quelque chose.", false),
            ("Vous en parlez aujourd'hui même avec le directeur général ; avec lui, vous demandez l'avis de SOS Enfants ou du conseiller de l'aide à la jeunesse, puis vous orientez la situation vers eux avec ce dont ils ont besoin.", true),
        ],
        explanation: "Sans danger grave et imminent, l'état de nécessité ne s'applique pas, mais ne rien faire n'est pas une option : le décret du 12 mai 2004 (piste à vérifier) demande d'aider et de protéger l'enfant et permet de faire appel à SOS Enfants ou au conseiller de l'aide à la jeunesse. Vous agissez le jour même avec le directeur général, dans votre mission, et ne transmettez que ce dont ces services ont besoin. L'information sur l'enfant, apprise par le dossier, est couverte par le secret.",
    },
    Vignette {
        id: "perquisition",
        title: "La police vient perquisitionner",
        situation: "Deux policiers se présentent à l'accueil avec une ordonnance d'un juge d'instruction : ils viennent saisir le dossier d'une personne aidée. L'un d'eux vous demande aussi depuis quand cette personne vient au CPAS.",
        facts: &[REQUEST, COVERED, EXTERNAL, (F::Requester, c(C::SearchOrSeizure))],
        teaches: Outcome::SearchNotObstructed,
        reactions: &[
            ("Vous refusez de les laisser entrer tant qu'ils n'ont pas envoyé une demande écrite au Président.", false),
            ("Vous les laissez faire après avoir vu l'ordonnance et leurs cartes, appelez tout de suite le directeur général, et ne répondez pas à la question sur la personne.", true),
            ("Vous leur remettez le dossier et répondez à leurs questions, puisqu'ils ont un mandat.", false),
        ],
        explanation: "Une saisie ordonnée par un juge d'instruction s'exécute : la procédure des demandes ne s'y applique pas et vous n'y faites pas obstacle. Mais le mandat oblige à laisser faire, pas à parler : une question sur une personne aidée est une audition, où le secret s'applique. Le directeur général fait acter les réserves au procès-verbal et noter ce qui est emporté.",
    },
    Vignette {
        id: "courriel-mauvais-destinataire",
        title: "Un e-mail parti chez la mauvaise personne",
        situation: "Vous vous rendez compte que le rapport social d'un bénéficiaire est parti par e-mail chez un propriétaire, à cause d'une adresse proposée automatiquement.",
        facts: &[(F::Situation, c(C::AlreadyDisclosed))],
        teaches: Outcome::BreachResponse,
        reactions: &[
            ("Vous n'en parlez pas : l'erreur est faite, autant ne pas l'ébruiter.", false),
            ("Vous écrivez au propriétaire en lui expliquant le contenu du rapport, pour qu'il comprenne l'erreur.", false),
            ("Vous prévenez aujourd'hui même le directeur général et le délégué à la protection des données, notez ce qui est parti, et faites demander au propriétaire de supprimer l'e-mail sans le transmettre.", true),
        ],
        explanation: "C'est une violation de données au sens du RGPD. Le CPAS a 72 heures, à partir du moment où il en a connaissance, pour la notifier à l'Autorité de protection des données, sauf si elle ne présente vraisemblablement pas de risque (rarement le cas pour un rapport social). Il s'agit de limiter le dommage, pas de chercher un coupable.",
    },
    Vignette {
        id: "menace-guichet",
        title: "Une menace au guichet",
        situation: "Un bénéficiaire mécontent menace votre collègue au guichet : il dit qu'il l'attendra à la sortie. Votre collègue veut porter plainte et se demande ce qu'il peut dire à la police.",
        facts: &[(F::Situation, c(C::OwnInitiative)), COVERED, (F::Danger, NO), (F::InitiativeConcern, c(C::StaffThreatened))],
        teaches: Outcome::StaffProtection,
        reactions: &[
            ("Il ne peut rien dire : tout ce qui touche un bénéficiaire est couvert par le secret.", false),
            ("Il peut signaler les faits commis contre lui (ce qui a été dit, quand, par qui), sans rien du dossier d'aide, et le directeur général est prévenu.", true),
            ("Il peut remettre le dossier complet à la police pour expliquer le contexte.", false),
        ],
        explanation: "Le secret ne vous oblige pas à subir des menaces : les faits commis contre le personnel peuvent être signalés, et eux seuls (doctrine, à vérifier). Le directeur général est prévenu : l'employeur doit agir (bien-être au travail, conseiller en prévention). En cas d'urgence, le 112.",
    },
    Vignette {
        id: "procureur-article-terrorisme",
        title: "Le procureur du Roi écrit, le directeur général hésite",
        situation: "Le procureur du Roi demande par écrit, en citant l'article 46bis/1 du Code d'instruction criminelle, l'adresse et les aides d'une personne. Le directeur général, qui examine la demande, ne sait pas si cet article s'applique à ce qui est demandé.",
        facts: &[REQUEST, COVERED, EXTERNAL, (F::Requester, c(C::Magistrate)), NO_DANGER, WRITTEN, EXAMINER, (F::IdentifiesPerson, YES), (F::Consent, NO), (F::CitesLegalBasis, YES), (F::LegalBasisApplies, UNSURE)],
        teaches: Outcome::LegalOpinionFirst,
        reactions: &[
            ("Dans le doute, il refuse : le secret est la règle.", false),
            ("Il envoie un accusé de réception qui ne confirme rien et fait analyser l'article par le service juridique avant toute réponse.", true),
            ("Il transmet tout ce qui est demandé, puisque c'est le procureur du Roi.", false),
        ],
        explanation: "Ne pas savoir si une loi s'applique n'est pas un refus : la circulaire exige une analyse juridique avant tout projet de réponse. Si la loi oblige à répondre, refuser peut être puni (pour l'article 46bis/1, une amende de 26 à 10 000 euros). Et si elle s'applique, seuls les renseignements qu'elle vise sont transmis.",
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::evaluate;
    use std::collections::BTreeSet;

    fn facts(v: &Vignette) -> Facts {
        v.facts().unwrap_or_else(|e| panic!("{}: {e}", v.id))
    }

    #[test]
    fn every_vignette_teaches_what_the_engine_decides() {
        for v in VIGNETTES {
            let evaluation = evaluate(&facts(v));
            assert_eq!(evaluation.outcome(), Some(v.teaches), "{}", v.id);
        }
    }

    #[test]
    fn every_vignette_uses_every_fact_it_gives() {
        for v in VIGNETTES {
            let read = evaluate(&facts(v)).read_facts();
            for (fact, _) in v.facts {
                assert!(
                    read.contains(fact),
                    "{}: {fact} is given but the engine does not use it",
                    v.id
                );
            }
        }
    }

    #[test]
    fn at_least_twelve_vignettes_each_with_one_right_reaction_among_three_or_four() {
        assert!(VIGNETTES.len() >= 12);
        let ids: BTreeSet<&str> = VIGNETTES.iter().map(|v| v.id).collect();
        assert_eq!(ids.len(), VIGNETTES.len(), "ids are unique");
        for v in VIGNETTES {
            assert!((3..=4).contains(&v.reactions.len()), "{}", v.id);
            assert_eq!(
                v.reactions.iter().filter(|(_, right)| *right).count(),
                1,
                "{}",
                v.id
            );
            assert!(
                v.id.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                "{}",
                v.id
            );
            for text in [v.title, v.situation, v.explanation] {
                assert!(!text.trim().is_empty(), "{}", v.id);
            }
        }
    }
}
