//! The legal guidance, for the Fédération's lawyers to review in one
//! place: questions and answers, decisions, why each rule decides, what to
//! do and not do, what every outcome recalls, interpretations, and how a
//! source is cited. Matches over the engine's closed sets: a new fact,
//! rule, outcome or piece of advice without its words does not compile.
//! Law is quoted only in the source registry, with its reference.

use crate::engine::{
    Action, Avoid, Choice, Fact, Interpretation, Kind, Outcome, Reminder, RuleId, Source, Standing,
    Value,
};

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
            "Répondez pour la situation que vous vivez maintenant : chaque nouvelle demande se traite à nouveau, du début.",
            "Situation",
        ),
        Fact::Covered => q(
            "L'information concerne-t-elle une personne qui demande ou a demandé une aide au CPAS, et la connaissez-vous par votre fonction ou votre mandat ?",
            "Le secret couvre tout ce que vous avez appris par votre fonction ou votre mandat, y compris sur un membre du ménage ou un enfant vu lors d'une visite à domicile ; si l'on vous demande si quelqu'un est aidé par le CPAS, répondez « Oui » : la question elle-même est couverte.",
            "Information couverte par le secret",
        ),
        Fact::Origin => q(
            "La demande vient-elle de l'intérieur ou de l'extérieur du CPAS ?",
            "Les demandes internes et externes ne suivent pas les mêmes règles.",
            "Origine de la demande",
        ),
        Fact::Requester => q(
            "Qui fait la demande ?",
            "Choisissez ce qui décrit le mieux la personne ou l'institution qui demande, sans noter de nom.",
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
            "L'enquête du tribunal, du juge d'instruction ou de la commission exige-t-elle cette information ?",
            "Entendu comme témoin, vous ne pouvez lever le secret que lorsque l'enquête l'exige.",
            "Information exigée par l'enquête",
        ),
        Fact::Danger => q(
            "Quelqu'un court-il un danger grave et imminent : une autre personne, ou la personne aidée elle-même ?",
            "Un mal grave et imminent pour quelqu'un d'autre que vous, la personne aidée comprise (un enfant, un adulte vulnérable).",
            "Danger grave et imminent",
        ),
        Fact::NoOtherMeans => q(
            "Ce danger ne peut-il être évité qu'en révélant l'information ?",
            "Deuxième condition de l'état de nécessité : il n'y a pas d'autre moyen de protéger cet intérêt plus important que le secret.",
            "Aucun autre moyen d'éviter le danger",
        ),
        Fact::IdentifiesPerson => q(
            "La demande écrite identifie-t-elle sans équivoque la personne concernée et l'objet de la demande (quelles informations) ?",
            "Une demande doit être précise sur les deux points : de qui il s'agit, pour ne jamais transmettre d'information sur une autre personne aidée, et ce qui est demandé.",
            "Personne et objet identifiés sans équivoque",
        ),
        Fact::Consent => q(
            "La personne que l'information concerne est-elle d'accord avec cette transmission ?",
            "Le secret est levé pour cette seule transmission si la personne que l'information concerne l'accepte (pour un enfant, voyez « Comment choisir ? »).",
            "Accord de la personne concernée",
        ),
        Fact::CitesLegalBasis => q(
            "La demande cite-t-elle la disposition légale qui permettrait la transmission ?",
            "Une demande extérieure doit se référer à la disposition légale qui permet la transmission.",
            "Disposition légale citée",
        ),
        Fact::LegalBasisApplies => q(
            "Après examen, cette loi, ce décret ou cette ordonnance oblige-t-il ou autorise-t-il à transmettre cette information ?",
            "Répondez après l'analyse juridique de la disposition citée : une loi peut obliger à répondre, ou seulement le permettre.",
            "Disposition légale applicable",
        ),
        Fact::RecipientBound => q(
            "La personne qui recevrait l'information est-elle elle-même tenue au secret professionnel ?",
            "Le secret partagé n'est possible qu'entre personnes tenues au secret professionnel.",
            "Destinataire tenu au secret",
        ),
        Fact::SameMission => q(
            "Cette personne a-t-elle la même mission que vous auprès du bénéficiaire ?",
            "Être tenu au secret ne suffit pas : le secret partagé suppose une mission identique.",
            "Même mission",
        ),
        Fact::StrictlyNecessary => q(
            "Ne partageriez-vous que les informations strictement nécessaires ?",
            "L'échange se limite à ce qui est strictement nécessaire.",
            "Strict nécessaire",
        ),
        Fact::BeneficiaryInterest => q(
            "Le partage est-il dans l'intérêt du bénéficiaire ?",
            "Le secret partagé n'existe que dans l'intérêt du bénéficiaire.",
            "Intérêt du bénéficiaire",
        ),
        Fact::BeneficiaryInformed => q(
            "Le bénéficiaire a-t-il été informé que le secret peut être partiellement levé pour le travail en équipe ?",
            "C'est le minimum que la circulaire exige avant tout partage.",
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
        Fact::InitiativeConcern => q(
            "Qu'est-ce qui vous pousse à vouloir transmettre cette information ?",
            "Une menace contre le personnel ou une inquiétude pour un enfant ne se traitent pas comme le reste, même sans danger imminent.",
            "Motif",
        ),
        Fact::LegalObligation => q(
            "Une loi, un décret ou une ordonnance vous oblige-t-il ou vous autorise-t-il à révéler cette information ?",
            "Il faut un texte précis qui vise votre situation, par exemple l'article 46bis/1 du Code d'instruction criminelle (voyez « Comment choisir ? »).",
            "Obligation ou autorisation légale",
        ),
    }
}

/// What "Je ne sais pas" counts as, said once from the engine's strict
/// answer; `None` for a multiple-choice fact.
pub fn unsure_note(fact: Fact) -> Option<String> {
    (fact.kind() == Kind::YesNo).then(|| {
        format!(
            "« {} » compte comme « {} ».",
            answer(Value::Unsure),
            answer(if fact.strict_answer() {
                Value::Yes
            } else {
                Value::No
            })
        )
    })
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
        Choice::AlreadyDisclosed => {
            "Une information sur une personne est déjà partie sans base légale : envoyée par erreur, transmise sans autorisation, ou une fuite"
        }
        Choice::Internal => "De l'intérieur du CPAS",
        Choice::External => "De l'extérieur du CPAS",
        Choice::InternalProcedure => {
            "Quelqu'un qui traite ce dossier pour le CPAS : directeur général ou service désigné, Président (signature), directeur financier ou service qui paie ou récupère l'aide décidée, délégué à la protection des données (DPO)"
        }
        Choice::Colleague => "Un ou une collègue du CPAS",
        Choice::Councillor => "Un conseiller ou une conseillère de l'action sociale",
        Choice::PersonConcerned => {
            "La personne elle-même, ou son représentant légal"
        }
        Choice::Court => {
            "Un tribunal ou un juge d'instruction qui me convoque comme témoin"
        }
        Choice::ParliamentaryInquiry => {
            "Une commission d'enquête parlementaire qui me convoque comme témoin"
        }
        Choice::Magistrate => {
            "Le parquet ou un magistrat, sans convocation comme témoin"
        }
        Choice::SearchOrSeizure => {
            "La police ou un juge d'instruction sur place, pour une perquisition ou une saisie ordonnée par un juge d'instruction (ou le procureur du Roi en flagrant délit)"
        }
        Choice::Police => "La police",
        Choice::Landlord => "Un propriétaire (garantie locative, loyers)",
        Choice::DebtCollector => "Une société de recouvrement",
        Choice::CsilR => "Une CSIL-R (cellule de sécurité intégrale locale)",
        Choice::MunicipalAuthority => "Le bourgmestre, le collège ou le conseil communal",
        Choice::ControlAuthority => {
            "L'inspection du SPP Intégration sociale, sur place, pour contrôler les dossiers sociaux du CPAS"
        }
        Choice::ExternalProfessional => "Un professionnel ou un service extérieur au CPAS",
        Choice::OtherExternal => {
            "Une autre personne ou institution (ONEM, FOREM, mutualité, employeur, inspecteur social du Code pénal social…)"
        }
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
        Choice::StaffThreatened => {
            "La personne aidée m'a menacé(e) ou agressé(e), moi ou un ou une collègue"
        }
        Choice::ChildAtRisk => {
            "Je m'inquiète pour un enfant (un mineur) : maltraitance, ou risque de maltraitance"
        }
        Choice::Other => {
            "Autre chose : travail en équipe, informer un service ou une administration…"
        }
    }
}

/// The decision, in one sentence.
pub const fn decision(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::NotCovered => {
            "Cette information n'entre pas dans le secret professionnel tel que la circulaire le décrit ; vérifiez-le bien avant d'agir, et restez discret."
        }
        Outcome::CouncillorMayDiscuss => {
            "Vous pouvez discuter de ce dossier avec les autres conseillers, au sein de l'organe, à huis clos."
        }
        Outcome::CouncillorMustNotDisclose => "Vous ne pouvez pas parler de ce dossier à cette personne.",
        Outcome::CouncillorConsult => {
            "Le conseiller ou la conseillère peut prendre connaissance du dossier pour l'exercice de son mandat, sur place et sans déplacement des pièces ; un dossier sans lien avec une décision de l'organe passe par le directeur général."
        }
        Outcome::CouncillorCopyRefused => {
            "Pas de copie : ces documents sont exclus du droit de copie des conseillers."
        }
        Outcome::CouncillorCopyAllowed => {
            "Une copie peut être délivrée, aux conditions du règlement d'ordre intérieur."
        }
        Outcome::TestimonyAllowed => {
            "Comparaissez et prêtez serment : vous pouvez alors parler de ce que l'enquête exige, et de rien d'autre, ou, selon la doctrine, invoquer le secret."
        }
        Outcome::ControlNotHindered => {
            "Ne faites pas obstacle au contrôle, mais rien par téléphone : l'inspecteur montre sa carte de légitimation et son mandat sur place, et le directeur général organise l'accès."
        }
        Outcome::Necessity => {
            "Vous pouvez révéler ce qui est nécessaire pour écarter le danger, à qui peut l'écarter."
        }
        Outcome::NoAnswerOral => "Ne répondez pas : aucune réponse n'est donnée à une demande orale.",
        Outcome::PersonOwnInformation => {
"Cette personne n'est pas un tiers : elle a le droit de savoir ce qui la concerne, mais vérifiez d'abord qui elle est et, pour un représentant, son mandat."
        }
        Outcome::ForwardToPresident => {
            "Ne répondez pas vous-même : transmettez la demande écrite au Président du CPAS."
        }
        Outcome::RequestInadmissible => {
            "La demande ne peut pas être prise en compte telle qu'elle est formulée."
        }
        Outcome::DiscloseConsent => {
            "La transmission est possible avec l'accord de la personne, limitée au strict nécessaire ; elle n'est pas obligatoire."
        }
        Outcome::DiscloseLegalBasis => {
            "La disposition légale permet la transmission, ou l'impose : limitez-la au strict nécessaire."
        }
        Outcome::ShareSharedSecret => {
            "Vous pouvez partager les informations strictement nécessaires, dans le cadre du secret partagé."
        }
        Outcome::InformBeneficiaryFirst => {
            "Informez d'abord le bénéficiaire ; le partage ne peut venir qu'ensuite."
        }
        Outcome::KeepSecret => "Gardez le secret : ne transmettez pas l'information.",
        Outcome::BreachResponse => {
            "Limitez le dommage : prévenez aujourd'hui même le directeur général et le délégué à la protection des données, et ne transmettez rien de plus."
        }
        Outcome::InternalProcedure => {
            "Transmettez à cette personne ce que sa fonction exige pour traiter ce dossier, et rien d'autre."
        }
        Outcome::SearchNotObstructed => {
            "Ne faites pas obstacle à la perquisition ou à la saisie, mais ne répondez à aucune question sur les personnes aidées : appelez tout de suite le directeur général."
        }
        Outcome::LegalOpinionFirst => {
            "Ne répondez ni oui ni non pour l'instant : faites d'abord analyser la disposition légale, car refuser ce qu'une loi impose peut être une infraction."
        }
        Outcome::StaffProtection => {
            "Vous pouvez signaler à la police les faits commis contre vous ou votre collègue, et seulement ces faits ; prévenez le directeur général."
        }
        Outcome::ChildProtection => {
            "En cas de danger imminent, appelez d'abord le 112. Sinon, ne restez pas seul(e) avec cette inquiétude : parlez-en aujourd'hui même avec le directeur général, puis demandez l'avis de SOS Enfants ou du conseiller de l'aide à la jeunesse."
        }
    }
}

/// Why a rule decided, in plain words.
pub const fn reason(rule: RuleId) -> &'static str {
    use RuleId as R;
    match rule {
        R::R50 => "Des données personnelles détenues par le CPAS sont parties sans base légale : c'est une violation de données au sens du RGPD, que le secret les couvre ou non. La circulaire ne traite pas ce cas.",
        R::R2P => "La personne traite ce dossier pour le CPAS lui-même (examen de la demande, signature, paiement ou récupération de l'aide décidée, protection des données) : ce n'est ni un tiers ni un collègue chargé d'une autre mission. Elle reçoit ce que sa fonction exige, rien de plus. C'est la lecture du guide, à valider.",
        R::R3S => "Une perquisition ou une saisie ordonnée par un juge d'instruction s'exécute : elle ne passe pas par la procédure des demandes. Un mandat oblige à laisser faire, pas à parler.",
        R::R3U => "Vous ne savez pas encore si la disposition citée s'applique : la circulaire exige une analyse juridique systématique avant tout projet de réponse, et un refus envoyé entre-temps pourrait lui-même enfreindre une loi qui oblige le CPAS à répondre.",
        R::R4S => "Une menace ou une agression contre un membre du personnel n'est pas un secret que vous devez garder : ces faits-là, et eux seuls, peuvent être signalés (doctrine, à vérifier avec votre service juridique).",
        R::R4C => "Face à un enfant maltraité ou qui risque de l'être, le décret du 12 mai 2004 (piste, texte actuel à vérifier) demande d'aider et de protéger l'enfant, et permet de faire appel à SOS Enfants ou au conseiller de l'aide à la jeunesse : ne rien faire n'est pas une option.",
        R::R01 => "L'information ne concerne pas une personne aidée ni quelqu'un que vous connaissez par son dossier, ou vous ne la tenez pas de votre fonction ou de votre mandat : elle sort du secret professionnel tel que la circulaire le décrit.",
        R::R10 => "Les conseillers sont tous tenus au secret et les réunions des organes du CPAS se tiennent à huis clos : un dossier peut y être discuté entre conseillers.",
        R::R11 => "Le secret et le huis clos interdisent aux conseillers de discuter d'un dossier avec quelqu'un qui n'est pas conseiller CPAS, même s'il s'agit du bénéficiaire lui-même.",
        R::R20 => "Les conseillers ont le droit de prendre connaissance des dossiers, sans déplacement. Le partage se limite à ce qui leur est indispensable pour décider.",
        R::R21 => "La loi exclut la copie des actes et pièces sur les aides individuelles, leur récupération et les dossiers pas encore adoptés.",
        R::R22 => "La loi permet aux conseillers d'obtenir copie des actes relatifs à l'administration du CPAS, aux conditions du règlement d'ordre intérieur.",
        R::R23 => "Une demande d'un collègue relève du secret partagé, possible seulement à des conditions strictes.",
        R::R3A => "La personne concernée, ou celui qui peut légalement agir pour elle, n'est pas un tiers : le secret la protège et ne lui est pas opposé. La circulaire ne traite pas ce cas.",
        R::R30 => "Entendu comme témoin par un tribunal, un juge d'instruction ou une commission d'enquête parlementaire, vous pouvez lever le secret, mais seulement lorsque l'enquête l'exige.",
        R::R31 => "La procédure sur les demandes ne peut pas entraver le contrôle des dossiers sociaux par les autorités compétentes. Le guide lit ces autorités strictement : l'inspection du SPP Intégration sociale.",
        R::R32 | R::R40 => "Un danger grave et imminent menace quelqu'un d'autre que vous (la personne aidée comprise) et ne peut être évité autrement : c'est l'état de nécessité.",
        R::R33 => "Aucune réponse n'est donnée à une demande orale.",
        R::R34 => "Une demande écrite s'adresse au Président du CPAS ; aucun membre du personnel ni mandataire ne répond à titre individuel.",
        R::R35 => "La demande doit identifier sans équivoque la personne concernée et l'objet de la demande.",
        R::R36 | R::R42 => "La personne concernée accepte la transmission : le secret est levé pour cette transmission.",
        R::R37 => "Le demandeur est tenu au secret et a la même mission que vous, et le partage est strictement nécessaire et dans l'intérêt du bénéficiaire : le guide applique ici les conditions du secret partagé (voir ses interprétations).",
        R::R38 => "La demande doit citer la disposition légale qui permettrait la transmission.",
        R::R39 | R::R43 => "Une loi, un décret ou une ordonnance oblige ou autorise à révéler l'information : c'est une exception que la loi prévoit (l'ancien article 458 du Code pénal, cité par la circulaire ; l'article du nouveau Code pénal est à vérifier).",
        R::R3Z | R::R4Z => "Aucune exception ne s'applique : le secret professionnel est la règle.",
        R::R41 => "Une transmission à quelqu'un du CPAS relève du secret partagé, possible seulement à des conditions strictes.",
        R::S1 => "La personne n'est pas tenue au secret professionnel : le secret partagé est exclu.",
        R::S2 => "La personne n'a pas la même mission : le secret partagé est exclu.",
        R::S3 => "Seules les informations strictement nécessaires peuvent être partagées.",
        R::S4 => "Le partage doit être dans l'intérêt du bénéficiaire.",
        R::S5 => "Le bénéficiaire doit au moins être informé que le secret peut être partiellement levé pour le travail en équipe.",
        R::S6 => "Les quatre conditions du secret partagé sont réunies et le bénéficiaire est informé.",
    }
}

/// A step to take.
pub const fn action(action: Action) -> &'static str {
    match action {
        Action::VerifyScope => "Vérifiez-le : si l'information concerne une personne qui sollicite ou a sollicité une aide, ou un proche connu par son dossier, et que vous la tenez de votre fonction ou de votre mandat, elle est couverte. Dans le doute, traitez-la comme couverte et recommencez le guide.",
        Action::RespectDiscretion => "Même hors du secret professionnel, restez discret : la protection des données personnelles (RGPD) s'applique toujours.",
        Action::AskDgWhenInDoubt => "En cas de doute, demandez conseil au directeur général ou au service désigné par la procédure interne avant d'agir.",
        Action::AnswerNothing => "Ne donnez aucune information. Ne confirmez et ne niez rien, pas même que la personne est connue du CPAS.",
        Action::ExplainWrittenRequest => "Indiquez que la demande peut être adressée par écrit au Président du CPAS, en identifiant précisément la personne concernée et l'objet de la demande, et en citant la disposition légale qui permettrait la transmission.",
        Action::ForwardToPresident => "Transmettez la demande écrite au Président du CPAS, comme tout courrier officiel. Il la fait suivre au directeur général ou à la personne ou au service désigné par la procédure interne.",
        Action::TellWhatIsChecked => "La demande sera examinée : la légitimité et la compétence du demandeur, l'authenticité d'un e-mail, la personne et l'objet identifiés sans équivoque, la disposition légale citée, la proportionnalité de ce qui est demandé. Une analyse juridique précède toute réponse.",
        Action::WriteReasonedOpinion => "Rédigez un avis écrit et motivé sur la suite à donner, en faisant référence au cadre légal.",
        Action::WeighLegitimacyProportionality => "Dans l'avis, appréciez la légitimité du demandeur et de sa demande, et la proportionnalité de ce qu'il demande : c'est l'objectif que se donne la circulaire.",
        Action::SendOpinionToDg => "Transmettez l'avis au directeur général, sauf s'il est lui-même le référent désigné par la procédure interne.",
        Action::OfficialAnswerDoubleSignature => "La réponse est officielle, à double signature. Le directeur général, garant de la légalité, apprécie la réponse à donner.",
        Action::AnswerInadmissible => "Répondez que la demande ne peut pas être prise en compte en l'état, sans confirmer ni infirmer que le CPAS connaît la personne, et rappelez ce qu'elle doit contenir : être écrite, identifier sans équivoque la personne concernée et l'objet de la demande, citer la disposition légale qui permettrait la transmission.",
        Action::DeclineNeitherConfirmNorDeny => "Répondez que le CPAS ne peut ni confirmer ni infirmer qu'il détient des informations sur cette personne, ses membres du personnel et mandataires étant tenus au secret professionnel. Employez les mêmes mots que la personne soit connue ou non du CPAS.",
        Action::DeclineToColleague => "Dites à votre collègue que les conditions du secret partagé ne sont pas réunies : vous ne partagez pas l'information.",
        Action::DoNotPassOn => "Ne transmettez pas l'information : aucune des exceptions examinées ne le permet. Vous pouvez toujours en parler au directeur général ou au service désigné par la procédure interne.",
        Action::LimitToRequest => "Ne transmettez que les informations strictement nécessaires à ce qui justifie la transmission, rien de plus.",
        Action::ConsentIsTheirs => "L'accord doit être celui de la personne elle-même : libre, éclairé, propre à cette transmission-ci et à ce destinataire, de préférence écrit et daté, recueilli par le CPAS lui-même. Elle peut le retirer à tout moment.",
        Action::ConsentDoesNotOblige => "L'accord lève le secret pour cette transmission seulement ; il n'oblige pas le CPAS à transmettre.",
        Action::CheckConsentScope => "Vérifiez que l'accord porte bien sur les informations que vous transmettriez, et sur rien d'autre.",
        Action::ObligeOrAllow => "Distinguez : si la loi oblige à transmettre, le CPAS doit répondre, et refuser peut être une infraction ; si la loi autorise seulement, le CPAS peut transmettre et décide, strictement dans les limites de cette loi.",
        Action::CiteLegalBasis => "Notez la disposition légale qui oblige ou autorise la transmission, et citez-la dans tout écrit qui l'accompagne.",
        Action::AppearAndTakeOath => "Répondez à la convocation : comparaissez et prêtez serment.",
        Action::SpeakOrInvokeSecret => "Vous pouvez parler de ce que l'enquête exige, sans y être obligé ; selon la doctrine, vous pouvez aussi invoquer le secret professionnel, question par question.",
        Action::TestifyOnlyWhatRequired => "Si vous parlez, ne dites que ce que l'enquête exige, rien de plus.",
        Action::DocumentsOnlyToJudge => "Ne remettez de documents qu'au juge ou à la commission elle-même, jamais à la police ou à une partie.",
        Action::CheckInspectorMandate => "L'inspecteur se présente sur place : vérifiez sa carte de légitimation et son mandat (l'autorité dont il relève, ce que couvre son contrôle).",
        Action::InvolveDg => "Prévenez le directeur général : c'est lui qui organise l'accès aux dossiers.",
        Action::GiveAccessToControlScope => "L'accès couvre les dossiers que le contrôle couvre, et rien d'autre.",
        Action::CheckNecessityConditions => "Vérifiez les conditions de l'état de nécessité : un mal grave et imminent pour quelqu'un d'autre que vous (la personne aidée comprise), aucun autre moyen de l'éviter, et un intérêt à protéger plus important que le secret.",
        Action::CheckWhoIsCalling => "Vérifiez à qui vous parlez : rappelez par exemple la zone de police à son numéro officiel, pas au numéro que l'on vous donne.",
        Action::DiscloseOnlyToAvert => "Ne révélez que ce qui permet d'écarter le danger, et seulement à qui peut l'écarter.",
        Action::InformDg => "Informez le directeur général de ce que vous avez fait et pourquoi.",
        Action::ConsultDgNow => "Si vous craignez pour un enfant ou un adulte vulnérable, même sans danger imminent, consultez sans attendre le directeur général ou le service désigné par la procédure interne.",
        Action::Call112 => "En cas d'urgence, appelez le 112.",
        Action::OtherTextsMayAllow => "D'autres textes, en dehors de la circulaire, peuvent permettre d'agir : l'information du procureur du Roi (article 458bis de l'ancien Code pénal), l'obligation de porter secours (article 422bis de l'ancien Code pénal), l'aide aux enfants victimes de maltraitance (décret du 12 mai 2004 : SOS Enfants, le conseiller de l'aide à la jeunesse). Vérifiez-les avec votre service juridique.",
        Action::CheckSharedConditions => "Vérifiez les quatre conditions du secret partagé : la personne est tenue au secret, elle a la même mission, l'échange se limite au strict nécessaire, il est dans l'intérêt du bénéficiaire.",
        Action::SameMissionExamples => "Même mission : par exemple deux travailleurs sociaux qui accompagnent ensemble la même personne pour la même aide. Pas la même mission : un autre service du CPAS chargé d'une autre tâche, le service du personnel, une mutualité, le FOREM, la police, un propriétaire.",
        Action::ShareStrictlyNecessary => "Partagez uniquement les informations strictement nécessaires à la mission commune.",
        Action::InformBeneficiary => "Informez le bénéficiaire que le secret peut être partiellement levé dans le cadre du travail en équipe.",
        Action::ShareAfterInforming => "Une fois le bénéficiaire informé, partagez uniquement le strict nécessaire.",
        Action::CheckIdentity => "Vérifiez l'identité de la personne (carte d'identité).",
        Action::CheckRepresentativeMandate => "Pour un représentant (parent d'un mineur, tuteur, administrateur, avocat), vérifiez son mandat ou sa qualité légale.",
        Action::NothingOnTrustByPhone => "Au téléphone, rien sur parole : invitez la personne à venir, ou rappelez-la à un numéro qui figure déjà dans le dossier.",
        Action::FileAccessProcedure => "Une demande d'accès au dossier ou de copie suit la procédure du CPAS pour le droit d'accès (RGPD, article 15).",
        Action::ConsultOnSite => "La consultation se fait sur place, sans déplacement des actes, pièces et dossiers.",
        Action::LimitToDecisionNeeds => "Limitez le partage aux informations indispensables pour décider en pleine connaissance de cause.",
        Action::CouncillorInformationThroughDg => "Une demande d'information d'un conseiller passe par les règles du règlement d'ordre intérieur et par le directeur général, pas par un membre du personnel au téléphone.",
        Action::ExplainCopyExcluded => "Expliquez que la loi organique exclut la copie des actes et pièces sur les aides individuelles, leur récupération et les dossiers pas encore adoptés.",
        Action::OfferConsultation => "Rappelez que le droit de consulter le dossier sur place, sans déplacement, reste entier.",
        Action::CopyUnderRoi => "Délivrez la copie aux conditions fixées par le règlement d'ordre intérieur du conseil.",
        Action::FeeAtMostCost => "Si une redevance est demandée pour la copie, elle ne dépasse jamais le prix de revient.",
        Action::DiscussInClosedSession => "Parlez du dossier uniquement au sein de l'organe compétent, à huis clos.",
        Action::DeclineToDiscuss => "Dites simplement que vous êtes tenu(e) au secret et que vous ne pouvez parler d'aucun dossier.",
        Action::CaseConcertationLead => "Un échange dans une concertation de cas organisée par une loi, un décret ou une ordonnance (article 458ter de l'ancien Code pénal) est une piste à vérifier avec votre service juridique ; sans son avis, ne répondez pas.",
        Action::SendBeneficiaryToSocialWorker => "Renvoyez le bénéficiaire vers son assistant social ou vers la notification officielle de la décision.",
        Action::AskLegalServiceWhenInDoubt => "En cas de doute, faites-vous conseiller par le conseiller juridique du CPAS ou par le service juridique de la Fédération des CPAS avant de décider.",
        Action::ConsultLegalServiceNow => "Si vous craignez pour un enfant ou un adulte vulnérable, même sans danger imminent, faites-vous conseiller sans attendre par votre service juridique, et voyez avec le travailleur social qui suit la situation ce qui doit être fait.",
        Action::SameAnswerAsIfKnown => "À celui qui demande, répondez exactement ce que vous répondriez si la personne était connue du CPAS (au téléphone, par exemple : aucune réponse à une demande orale). Si l'on vous demandait seulement si quelqu'un est aidé par le CPAS, recommencez le guide en répondant « Oui » à la question sur le secret : cette question-là est couverte.",
        Action::ConsultationServesMandate => "La consultation sert le mandat : elle se limite à ce dont les conseillers ont besoin pour décider en pleine connaissance de cause. Un dossier sans lien avec une décision de l'organe (celui d'un voisin, par curiosité) n'entre pas dans ce que la circulaire permet, selon la lecture du guide : passez par le directeur général.",
        Action::DutyToHelpMayOblige => "Attention : « vous pouvez » ne veut pas dire que vous pouvez ne rien faire. L'obligation de porter secours à une personne en danger (article 422bis de l'ancien Code pénal, piste à vérifier avec votre service juridique) peut rendre l'action obligatoire.",
        Action::ObligingLawExample => "Exemple d'une loi qui oblige : l'article 46bis/1 du Code d'instruction criminelle. Sur demande écrite et motivée du procureur du Roi, les institutions de sécurité sociale, CPAS compris, fournissent les renseignements administratifs utiles à la recherche d'infractions terroristes (portée exacte à vérifier) ; refuser est puni d'une amende de 26 à 10 000 euros (avant décimes). Son § 3 (dénoncer d'initiative) a été annulé (Cour constitutionnelle, arrêt 44/2019) ; son renvoi à l'ancien Code pénal est à vérifier.",
        Action::SocialInspectorPowerChecked => "Si c'est un inspecteur social (ONEM, ONSS, INAMI…) qui invoque le Code pénal social : sa demande suit la voie écrite et l'examen, et le directeur général vérifie le pouvoir invoqué ; qu'il s'étende aux dossiers sociaux d'un CPAS est contesté (piste à vérifier avec votre service juridique).",
        Action::NameWhoReceivesWhat => "Dites au bénéficiaire qui recevra quelles informations, et pourquoi : ce n'est pas facultatif. Mieux encore, demandez son accord.",
        Action::AccessWithinOneMonth => "Une demande d'accès à ses données reçoit une réponse sans retard injustifié et au plus tard dans le mois. Si le CPAS a besoin de deux mois de plus, il le dit à la personne, avec les raisons, dans ce premier mois (RGPD, art. 12, § 3).",
        Action::FirstCopyFreeOthersMasked => "La première copie est gratuite (RGPD, art. 15, § 3). Ce qui concerne d'autres personnes est masqué, pour ne pas porter atteinte à leurs droits (art. 15, § 4).",
        Action::UnknownPersonToldSo => "Une fois son identité vérifiée, une personne que le CPAS ne connaît pas apprend que le CPAS ne détient pas de données sur elle (RGPD, art. 15, § 1er).",
        Action::MinorDgDecides => "Pour un mineur, le directeur général décide avant que quoi que ce soit soit dit à un parent : une réponse à un parent peut mettre l'enfant en danger (un mineur parti de chez lui, un enfant en danger). Un mineur capable de discernement peut demander lui-même.",
        Action::OtherAccessRoutes => "D'autres voies d'accès existent, à vérifier avec votre service juridique : l'article 31bis de la loi organique (version wallonne), le décret wallon du 30 mars 1995 relatif à la publicité de l'administration, la Charte de l'assuré social.",
        Action::BreachTellDgDpoToday => "Ne le cachez pas : prévenez aujourd'hui même le directeur général et le délégué à la protection des données (DPO) du CPAS.",
        Action::BreachNoteWhatLeft => "Notez ce qui est parti, à qui, quand et comment.",
        Action::BreachAskReturn => "Si l'information est arrivée chez un mauvais destinataire, faites-lui demander, par le directeur général, de la renvoyer ou de la supprimer, et de ne la transmettre à personne.",
        Action::BreachNotifyApd => "Le CPAS, responsable du traitement, évalue la fuite. Sauf si elle ne présente vraisemblablement pas de risque pour la personne (c'est rarement le cas pour des données couvertes par le secret), il la notifie à l'Autorité de protection des données dans les meilleurs délais et, si possible, 72 heures au plus tard après en avoir pris connaissance, par le formulaire électronique de l'APD (RGPD, art. 33).",
        Action::BreachInformPerson => "Si le risque pour la personne est élevé, le CPAS l'en informe (RGPD, art. 34).",
        Action::BreachRegister => "Chaque violation, notifiée ou non, est documentée (RGPD, art. 33, § 5) : le DPO la consigne.",
        Action::FunctionNeedsOnly => "Transmettez ce que la fonction de cette personne exige pour ce dossier, et rien d'autre : au directeur général ou au service désigné, ce qu'exige l'examen de la demande ; au Président, ce qu'exige la signature de la réponse officielle ; au directeur financier ou au service qui paie ou récupère l'aide décidée, l'identité, le montant, le compte et la décision ; au délégué à la protection des données, ce qu'exigent ses missions (RGPD, art. 38, § 2).",
        Action::ProcedureActorsBound => "Chacun reste tenu : le personnel du CPAS par le secret professionnel (loi organique, art. 50) ; un receveur ou directeur financier régional par le secret de sa propre fonction (à vérifier) ; un DPO externe par l'obligation de secret ou de confidentialité du RGPD (art. 38, § 5).",
        Action::BeyondFunctionIsColleague => "Au-delà de cette fonction, c'est une demande de collègue : les conditions du secret partagé s'appliquent. Recommencez le guide en choisissant « Un ou une collègue du CPAS ».",
        Action::SeeOrderAndCards => "Ne faites pas obstacle et ne discutez pas : demandez à voir l'ordonnance ou le mandat du juge d'instruction et la carte des policiers.",
        Action::CallDgAtOnce => "Appelez tout de suite le directeur général, et le Président.",
        Action::SearchIsNotHearing => "Un mandat vous oblige à laisser perquisitionner, pas à parler : des questions sur des personnes aidées sont une audition, où le secret s'applique pleinement.",
        Action::ComputerAccessByDgIt => "Une ordonnance d'accès aux systèmes informatiques (article 88quater du Code d'instruction criminelle, refus punissable ; piste à vérifier) est exécutée par le directeur général et le service informatique.",
        Action::RecordReservations => "Demandez que vos réserves liées au secret soient actées au procès-verbal, et que les documents concernant d'autres personnes soient écartés ou placés sous scellés pour le juge.",
        Action::InventoryAndCopy => "Faites noter par le directeur général ce qui est emporté, obtenez une copie de l'inventaire ou du procès-verbal, et gardez une copie de ce dont l'aide a besoin.",
        Action::NoWarrantNoConsent => "Sans mandat (hors flagrant délit) : ne donnez aucun accord, ne remettez rien et appelez le directeur général.",
        Action::NeitherYesNorNo => "Envoyez seulement un accusé de réception, qui ne confirme ni n'infirme rien.",
        Action::HaveBasisAnalysed => "Faites analyser la disposition citée (conseiller juridique du CPAS, service juridique de la Fédération des CPAS) avant tout projet de réponse.",
        Action::ReportFactsAgainstStaff => "Vous pouvez signaler à la police les faits commis contre vous ou votre collègue (ce qui a été dit ou fait, quand, par qui), et seulement ces faits, pas le contenu du dossier.",
        Action::TellDgEmployerActs => "Prévenez tout de suite le directeur général : l'employeur a des obligations de prévention (conseiller en prévention, risques psychosociaux, registre des faits de tiers, où les personnes aidées comptent comme tiers ; loi du 4 août 1996 sur le bien-être au travail et ses arrêtés, piste à vérifier).",
        Action::ChildActToday => "Ne restez pas seul(e) avec cette inquiétude et agissez maintenant : parlez-en aujourd'hui même avec le directeur général ou la personne que désigne la procédure interne.",
        Action::ChildWithinMission => "Avec eux, agissez dans votre propre mission, avec la famille quand cela ne met pas l'enfant en danger.",
        Action::ChildSeekAdvice => "Demandez l'avis de l'équipe SOS Enfants (au besoin sans nommer l'enfant) ou du conseiller de l'aide à la jeunesse (SAJ), puis orientez la situation vers eux avec ce dont ils ont besoin, rien de plus (décret du 12 mai 2004, piste à vérifier).",
        Action::ChildParentsDecidedWithServices => "Si et comment les parents sont informés se décide avec ces services.",
        Action::ChildSeriousDanger => "Si le danger est imminent, utilisez sans attendre le moyen qui l'écarte (le 112, la police) ; si seule une révélation peut l'écarter, c'est l'état de nécessité. Informer le procureur du Roi (article 458bis de l'ancien Code pénal, à certaines conditions de danger grave) est une piste à vérifier avec votre service juridique.",
    }
}

/// A thing not to do.
pub const fn avoid(avoid: Avoid) -> &'static str {
    match avoid {
        Avoid::ShareFileInformation => "Ne transmettez rien qui vienne du dossier d'aide d'une personne.",
        Avoid::ConfirmPersonKnown => "Ne confirmez pas, même indirectement, que la personne est connue du CPAS.",
        Avoid::SayInformationIsCovered => "N'écrivez pas et ne dites pas « les informations demandées sont couvertes par le secret » : c'est déjà confirmer qu'un dossier existe.",
        Avoid::YieldToPressure => "Ne cédez pas à l'insistance ou à l'urgence invoquée : la procédure vous protège.",
        Avoid::AnswerIndividually => "Ne répondez pas à titre individuel : seules les personnes habilitées répondent au nom du CPAS.",
        Avoid::DraftBeforeAnalysis => "Ne rédigez pas de projet de réponse avant une analyse juridique complète.",
        Avoid::DiscloseMoreThanNeeded => "Ne transmettez rien au-delà du strict nécessaire.",
        Avoid::TreatPoliceAsTestimony => "Ne traitez pas une demande de la police ou du parquet, hors audition comme témoin, comme un témoignage en justice : elle n'entre pas dans cette exception.",
        Avoid::AssumeSharedSecret => "Ne considérez pas qu'un professionnel est dans le secret partagé du seul fait qu'il est lui aussi tenu au secret.",
        Avoid::ShareBeforeInforming => "Ne partagez rien avant d'avoir informé le bénéficiaire.",
        Avoid::RemoveDocuments => "N'emportez pas et ne laissez pas emporter les actes, pièces et dossiers.",
        Avoid::DiscussOutsideCouncil => "Ne discutez pas des dossiers avec quelqu'un qui n'est pas conseiller CPAS ; ne donnez ni nom ni élément du dossier.",
        Avoid::RevealDecisionEvenToBeneficiary => "Ne communiquez ni la décision ni son contenu, même au bénéficiaire lui-même.",
        Avoid::HandOverExcludedCopy => "Ne remettez aucune copie d'actes sur les aides individuelles, leur récupération ou des dossiers pas encore adoptés.",
        Avoid::HinderControl => "N'utilisez pas la procédure sur les demandes pour retarder ou empêcher le contrôle.",
        Avoid::NothingByPhoneToInspector => "Ne donnez rien par téléphone, ni à une personne dont vous n'avez pas vu la carte de légitimation et le mandat.",
        Avoid::GuessThePerson => "N'essayez pas de deviner de qui il s'agit : vous risqueriez de transmettre des informations sur une autre personne aidée.",
        Avoid::InvokeNecessityLightly => "N'invoquez pas l'état de nécessité si le danger n'est pas grave et imminent, ou s'il peut être évité autrement.",
        Avoid::NothingAboutOthers => "Ne donnez rien sur les autres personnes qui figurent dans le dossier (membres du ménage, enfants).",
        Avoid::ConfirmBeforeIdentity => "Tant que l'identité, ou le mandat du représentant, n'est pas vérifiée, ne confirmez pas que la personne est connue du CPAS.",
        Avoid::RelayedConsent => "N'acceptez pas un accord rapporté par le demandeur : le CPAS le recueille lui-même auprès de la personne.",
        Avoid::SayPersonNotKnown => "Ne dites jamais « cette personne n'est pas connue chez nous » à celui qui demande : le silence du CPAS dans les autres cas révélerait alors qui l'est.",
        Avoid::HideBreach => "Ne cachez pas la fuite et n'attendez pas : le délai de 72 heures court dès que le CPAS en a connaissance.",
        Avoid::SendMoreToCorrect => "Ne transmettez rien de plus, même pour corriger : le secret couvre toujours tout ce qui n'est pas parti.",
        Avoid::NothingToCommune => "Rien de ce traitement ne passe à la commune, même si le directeur financier ou le DPO travaille aussi pour elle.",
        Avoid::SocialInquiryToPayment => "Ne transmettez pas l'enquête sociale au service qui paie ou récupère l'aide : il n'en a pas besoin pour exécuter la décision.",
        Avoid::ObstructSearch => "Ne faites pas obstacle à la perquisition ou à la saisie : ne cachez, ne déplacez et ne détruisez rien.",
        Avoid::AnswerQuestionsDuringSearch => "Ne répondez pas, pendant la perquisition, aux questions sur les personnes aidées : c'est une audition, où le secret s'applique.",
        Avoid::ConsentWithoutWarrant => "Ne consentez ni à une perquisition ni à une saisie sans mandat (hors flagrant délit).",
        Avoid::RefuseWhileUnsure => "N'envoyez pas de refus avant l'analyse : refuser ce qu'une loi impose peut être une infraction.",
        Avoid::FileContentToPolice => "Ne donnez pas le contenu du dossier d'aide : seuls les faits commis contre le personnel peuvent être signalés.",
        Avoid::DoNothing => "Ne laissez pas la situation sans suite : ne rien faire n'est pas une option ici.",
        Avoid::TellSchoolOrNeighbours => "N'en parlez ni à l'école ni aux voisins.",
    }
}

/// What every outcome recalls.
pub const fn reminder(reminder: Reminder) -> &'static str {
    match reminder {
        Reminder::SecretIsTheRule => "Le secret professionnel est la règle. Les exceptions s'interprètent strictement.",
        Reminder::StrictlyNecessaryOnly => "Quand une exception s'applique, seules les informations strictement nécessaires sont communiquées.",
        Reminder::SameWordsWhetherKnown => "Toute réponse du CPAS à une demande d'information, orale ou écrite, emploie les mêmes mots que la personne soit connue ou non : elle ne confirme ni n'infirme que le CPAS détient des informations sur elle.",
        Reminder::EachRequestAnew => "Chaque nouvelle demande impose de refaire toute la procédure.",
        Reminder::BreachIsPunished => "Violer le secret expose à des sanctions pénales, civiles (dommages et intérêts) et disciplinaires. Pour des faits antérieurs au 8 avril 2026, l'article 458 de l'ancien Code pénal prévoyait un emprisonnement d'un an à trois ans et une amende de cent à mille euros (800 à 8 000 euros avec les décimes additionnels), ou l'une de ces peines seulement. Depuis le 8 avril 2026, le nouveau Code pénal s'applique : la peine et l'article correspondants sont à vérifier avec votre service juridique.",
    }
}

/// An interpretation the guide takes, shown as such.
pub const fn interpretation(interpretation: Interpretation) -> &'static str {
    match interpretation {
        Interpretation::PersonNotThirdParty => "La personne concernée, ou celui qui peut légalement agir pour elle, n'est pas un tiers : le secret la protège et ne lui est pas opposé. La circulaire ne traite pas ce cas ; le guide renvoie au droit d'accès du RGPD (article 15) et à la procédure du CPAS.",
        Interpretation::ConsentReplacesLegalBasis => "Le guide n'examine une demande extérieure qu'une fois écrite et précise ; l'accord de la personne remplace alors la référence à une base légale, puisque la circulaire dit que l'accord lève le secret.",
        Interpretation::BoundIsNotEnough => "Un demandeur tenu lui aussi au secret n'obtient rien à ce seul titre : il faut la même mission et les autres conditions du secret partagé.",
        Interpretation::OutsideProfessionalSharedSecret => "La circulaire pose les conditions du secret partagé pour les demandes internes. Le guide les applique aussi à un professionnel extérieur, en gardant l'avertissement de la circulaire : être tenu au secret ne suffit pas, il faut une mission identique. Faites valider ce partage par le directeur général.",
        Interpretation::ConsentReadStrictly => "La circulaire dit seulement que l'accord de la personne lève le secret. Le guide le lit strictement : un accord libre, éclairé, propre à cette transmission, recueilli par le CPAS, révocable, et qui n'oblige pas le CPAS à transmettre.",
        Interpretation::PoliceIsNotTestimony => "Une demande de la police n'est jamais traitée comme un témoignage : l'exception ne vise qu'un tribunal ou une commission d'enquête parlementaire.",
        Interpretation::ControlOutsideProcedure => "Le contrôle des dossiers sociaux par l'autorité compétente ne passe pas par la procédure des demandes, puisque la circulaire dit que cette procédure ne peut pas l'entraver. Le guide vous demande quand même de vérifier la carte et le mandat sur place et d'associer le directeur général.",
        Interpretation::ConsentAfterAdmissibility => "Même avec l'accord de la personne, une demande extérieure n'est examinée qu'une fois écrite et identifiant sans équivoque la personne concernée et l'objet de la demande.",
        Interpretation::MinorOwnData => "Pour un mineur, ses parents le représentent en principe ; mais un mineur capable de discernement a des droits sur ses propres données, et une réponse à un parent peut le mettre en danger. Le guide en déduit que le directeur général décide avant que quoi que ce soit soit dit à un parent, et qu'un mineur capable de discernement peut demander lui-même.",
        Interpretation::InternalProcedureHandling => "Le traitement du dossier par le CPAS lui-même n'est ni une demande d'un tiers ni un secret partagé entre collègues : le directeur général qui examine une demande, le Président qui signe la réponse, le directeur financier ou le service qui paie ou récupère l'aide décidée, et le délégué à la protection des données reçoivent chacun ce que leur fonction exige, rien de plus. Fondements : la procédure de la circulaire envoie les demandes au directeur général ; une décision du CPAS doit être exécutée ; le RGPD (art. 38, § 2) donne au DPO l'accès aux données.",
        Interpretation::SearchCarriedOut => "Une perquisition ou une saisie ordonnée par un juge d'instruction s'exécute, elle ne reçoit pas de « réponse » : la procédure des demandes ne s'y applique pas. Le personnel n'y fait pas obstacle et appelle aussitôt le directeur général.",
        Interpretation::ControlReadNarrowly => "« Les autorités compétentes » dont la circulaire protège le contrôle sont lues strictement, comme une exception : l'autorité que la loi charge de contrôler les dossiers sociaux du CPAS (l'inspection du SPP Intégration sociale). Un inspecteur social qui invoque le Code pénal social passe par la demande écrite, et le directeur général vérifie le pouvoir invoqué.",
        Interpretation::UnsureBasisNotRefusal => "Une base légale dont l'examinateur ne peut pas encore dire qu'elle s'applique ne mène pas à un refus : la circulaire exige une analyse juridique systématique avant tout projet de réponse, et la demande attend cette analyse, car un refus envoyé entre-temps pourrait enfreindre une loi qui oblige le CPAS à répondre.",
        Interpretation::StaffThreatReportable => "Une menace ou une infraction commise contre un membre du personnel par la personne aidée n'est pas un secret que le personnel doit taire à la police ou à son employeur : ces faits, et eux seuls, peuvent être signalés. C'est la doctrine, à vérifier avec votre service juridique.",
        Interpretation::ChildWorryDutyToAct => "Le décret de la Communauté française du 12 mai 2004 (piste, texte actuel à vérifier) demande à ceux qu'il appelle intervenants, face à une maltraitance ou à son risque, d'aider et de protéger l'enfant, et leur permet de faire appel à l'équipe SOS Enfants ou au conseiller de l'aide à la jeunesse. Le guide le lit comme un devoir d'agir, avec le directeur général, et comme une autorisation d'orienter la situation vers ces services, limitée à ce dont ils ont besoin.",
        Interpretation::ConsultationServesMandate => "L'article 36 de la loi organique donne aux conseillers le droit de prendre connaissance de tous les actes, pièces et dossiers ; la circulaire limite le partage aux informations indispensables pour décider en pleine connaissance de cause. Le guide en déduit que la consultation sert le mandat : un dossier sans lien avec une décision de l'organe (celui d'un voisin, par curiosité) passe par le directeur général.",
        Interpretation::BreachIsDataBreach => "Des données personnelles parties sans base légale sont une violation de données pour le CPAS, responsable du traitement (RGPD, articles 4.12, 33 et 34), et peuvent aussi violer le secret. Le guide s'attache à limiter le dommage et à prévenir ceux qui doivent agir, pas à chercher un coupable. La circulaire ne traite pas ce cas.",
    }
}

/// How far a source can be relied on, as a reader must see it beside the
/// citation; `None` for a source in force.
pub const fn standing_note(standing: Standing) -> Option<&'static str> {
    match standing {
        Standing::InForce => None,
        Standing::CaseLaw => Some("jurisprudence"),
        Standing::OldPenalCode => Some("ancien Code pénal : s'applique aux faits antérieurs au 8 avril 2026 ; l'article correspondant du nouveau Code pénal est à vérifier"),
        Standing::OldPenalCodeLead => Some("ancien Code pénal, hors circulaire : piste à vérifier avec votre service juridique, y compris l'article correspondant du nouveau Code pénal"),
        Standing::Lead => Some("hors circulaire : piste à vérifier avec votre service juridique"),
    }
}

/// A source as every screen cites it: its reference, then its standing
/// when it is not simply in force.
pub fn citation(source: Source) -> String {
    match standing_note(source.standing()) {
        Some(note) => format!("{} [{note}]", source.reference()),
        None => source.reference().to_string(),
    }
}
