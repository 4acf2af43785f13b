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
            "Répondez pour la situation précise que vous vivez maintenant. Chaque nouvelle demande se traite à nouveau, du début.",
            "Situation",
        ),
        Fact::Covered => q(
            "L'information concerne-t-elle une personne qui demande ou a demandé une aide au CPAS, et la connaissez-vous par votre fonction ou votre mandat ?",
            "Le secret couvre ce qu'on vous a confié, mais aussi tout ce que vous avez vu, connu, constaté, découvert ou appris dans l'exercice ou à l'occasion de votre fonction ou de votre mandat. Cela vaut aussi pour une personne que vous connaissez par ce dossier : un membre du ménage, un enfant vu lors d'une visite à domicile.",
            "Information couverte par le secret",
        ),
        Fact::Origin => q(
            "La demande vient-elle de l'intérieur ou de l'extérieur du CPAS ?",
            "Les demandes internes et externes ne suivent pas les mêmes règles.",
            "Origine de la demande",
        ),
        Fact::Requester => q(
            "Qui fait la demande ?",
            "Choisissez ce qui décrit le mieux la personne ou l'institution qui demande. Être convoqué pour être entendu comme témoin, sous serment, par un tribunal ou un juge d'instruction, ce n'est pas la même chose qu'un courrier ou un appel du parquet ou de la police. Ne notez aucun nom.",
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
            "C'est la première condition de l'« état de nécessité » : un mal grave et imminent pour autrui, et la personne que vous aidez peut être celle qui est en danger (un enfant, un adulte vulnérable). Si vous craignez pour un enfant ou un adulte vulnérable sans être sûr que le danger soit imminent, répondez « Je ne sais pas » : le guide garde le secret et vous dit qui consulter.",
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
            "La personne concernée marque-t-elle son accord sur cette transmission ?",
            "Le secret est levé si la personne concernée accepte que ces informations soient transmises. L'accord doit venir d'elle, pas du demandeur.",
            "Accord de la personne concernée",
        ),
        Fact::CitesLegalBasis => q(
            "La demande cite-t-elle la disposition légale qui permettrait la transmission ?",
            "Une demande extérieure doit se référer à la disposition légale qui permet la transmission.",
            "Disposition légale citée",
        ),
        Fact::LegalBasisApplies => q(
            "Après examen, cette loi, ce décret ou cette ordonnance oblige-t-il ou autorise-t-il à transmettre cette information ?",
            "Répondez après l'analyse juridique de la disposition citée.",
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
        Fact::LegalObligation => q(
            "Une loi, un décret ou une ordonnance vous oblige-t-il ou vous autorise-t-il à révéler cette information ?",
            "En cas de doute, vérifiez avec le directeur général ou le service désigné.",
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

/// The hint under a question, with what "Je ne sais pas" counts as.
pub fn hint(fact: Fact) -> String {
    let words = question(fact).hint;
    match unsure_note(fact) {
        Some(note) => format!("{words} {note}"),
        None => words.to_string(),
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
        Choice::PersonConcerned => {
            "La personne elle-même, sur son propre dossier (ou son représentant légal : parent d'un mineur, tuteur, administrateur, avocat mandaté)"
        }
        Choice::Court => {
            "Un tribunal ou un juge d'instruction qui me convoque pour être entendu comme témoin, sous serment"
        }
        Choice::ParliamentaryInquiry => {
            "Une commission d'enquête parlementaire qui me convoque pour être entendu comme témoin, sous serment"
        }
        Choice::Magistrate => {
            "Le parquet (procureur du Roi) ou un magistrat, par courrier, par téléphone ou par la police, sans convocation comme témoin"
        }
        Choice::Police => "La police",
        Choice::Landlord => "Un propriétaire (garantie locative, loyers)",
        Choice::DebtCollector => "Une société de recouvrement",
        Choice::CsilR => "Une CSIL-R (cellule de sécurité intégrale locale)",
        Choice::MunicipalAuthority => "Le bourgmestre, un membre du collège ou du conseil communal",
        Choice::ControlAuthority => {
            "L'inspection du SPP Intégration sociale, qui contrôle les dossiers sociaux (pas l'ONEM, le FOREM ni une mutualité)"
        }
        Choice::ExternalProfessional => "Un professionnel ou un service extérieur au CPAS",
        Choice::OtherExternal => {
            "Une autre personne ou institution extérieure au CPAS (ONEM, FOREM, mutualité, employeur…)"
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
            "Le conseiller ou la conseillère peut prendre connaissance du dossier, sur place et sans déplacement des pièces."
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
            "Cette personne n'est pas un tiers : le secret ne lui est pas opposable, mais vérifiez d'abord qui elle est et, pour un représentant, son mandat."
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
    }
}

/// Why a rule decided, in plain words.
pub const fn reason(rule: RuleId) -> &'static str {
    use RuleId as R;
    match rule {
        R::R01 => "L'information ne concerne pas une personne aidée ni quelqu'un que vous connaissez par son dossier, ou vous ne la tenez pas de votre fonction ou de votre mandat : elle sort du secret professionnel tel que la circulaire le décrit.",
        R::R10 => "Les conseillers sont tous tenus au secret et les réunions des organes du CPAS se tiennent à huis clos : un dossier peut y être discuté entre conseillers.",
        R::R11 => "Le secret et le huis clos interdisent aux conseillers de discuter d'un dossier avec quelqu'un qui n'est pas conseiller CPAS, même s'il s'agit du bénéficiaire lui-même.",
        R::R20 => "Les conseillers ont le droit de prendre connaissance des dossiers, sans déplacement. Le partage se limite à ce qui leur est indispensable pour décider.",
        R::R21 => "La loi exclut la copie des actes et pièces sur les aides individuelles, leur récupération et les dossiers pas encore adoptés.",
        R::R22 => "La loi permet aux conseillers d'obtenir copie des actes relatifs à l'administration du CPAS, aux conditions du règlement d'ordre intérieur.",
        R::R23 => "Une demande d'un collègue relève du secret partagé, possible seulement à des conditions strictes.",
        R::R3A => "La personne concernée, ou celui qui peut légalement agir pour elle, n'est pas un tiers : le secret la protège et ne lui est pas opposé. La circulaire ne traite pas ce cas.",
        R::R30 => "Entendu comme témoin par un tribunal, un juge d'instruction ou une commission d'enquête parlementaire, vous pouvez lever le secret, mais seulement lorsque l'enquête l'exige.",
        R::R31 => "La procédure sur les demandes ne peut pas entraver le contrôle des dossiers sociaux par les autorités compétentes.",
        R::R32 | R::R40 => "Un danger grave et imminent menace quelqu'un d'autre que vous (la personne aidée comprise) et ne peut être évité autrement : c'est l'état de nécessité.",
        R::R33 => "Aucune réponse n'est donnée à une demande orale.",
        R::R34 => "Une demande écrite s'adresse au Président du CPAS ; aucun membre du personnel ni mandataire ne répond à titre individuel.",
        R::R35 => "La demande doit identifier sans équivoque la personne concernée et l'objet de la demande.",
        R::R36 | R::R42 => "La personne concernée accepte la transmission : le secret est levé pour cette transmission.",
        R::R37 => "Le demandeur est tenu au secret et a la même mission que vous, et le partage est strictement nécessaire et dans l'intérêt du bénéficiaire : le guide applique ici les conditions du secret partagé (voir ses interprétations).",
        R::R38 => "La demande doit citer la disposition légale qui permettrait la transmission.",
        R::R39 | R::R43 => "Une loi, un décret ou une ordonnance oblige ou autorise à révéler l'information : c'est une exception prévue par l'article 458 de l'ancien Code pénal, cité par la circulaire (disposition correspondante du nouveau Code pénal à vérifier).",
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
        Action::VerifyScope => "Vérifiez-le : si l'information concerne une personne qui demande ou a demandé une aide, ou un proche connu par son dossier, et que vous la tenez de votre fonction ou de votre mandat, elle est couverte. Dans le doute, traitez-la comme couverte et recommencez le guide.",
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
        Action::DoNotPassOn => "Ne transmettez l'information à personne : aucune des exceptions examinées ne le permet.",
        Action::LimitToRequest => "Ne transmettez que les informations strictement nécessaires à ce qui justifie la transmission, rien de plus.",
        Action::ConsentIsTheirs => "L'accord doit être celui de la personne elle-même : libre, éclairé, propre à cette transmission-ci et à ce destinataire, de préférence écrit et daté, recueilli par le CPAS lui-même. Elle peut le retirer à tout moment.",
        Action::ConsentDoesNotOblige => "L'accord lève le secret pour cette transmission seulement ; il n'oblige pas le CPAS à transmettre.",
        Action::CheckConsentScope => "Vérifiez que l'accord porte bien sur les informations que vous transmettriez, et sur rien d'autre.",
        Action::ObligeOrAllow => "Distinguez : si la loi oblige à transmettre, le CPAS doit répondre (par exemple, en matière de terrorisme, la décision écrite et motivée du procureur du Roi fondée sur l'article 46bis/1 du Code d'instruction criminelle ; sa portée exacte est à vérifier avec votre service juridique) ; si la loi autorise seulement, le CPAS peut transmettre et décide, strictement dans les limites de cette loi.",
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
    }
}

/// What every outcome recalls.
pub const fn reminder(reminder: Reminder) -> &'static str {
    match reminder {
        Reminder::SecretIsTheRule => "Le secret professionnel est la règle. Les exceptions s'interprètent strictement.",
        Reminder::StrictlyNecessaryOnly => "Quand une exception s'applique, seules les informations strictement nécessaires sont communiquées.",
        Reminder::SameWordsWhetherKnown => "Toute réponse du CPAS, orale ou écrite, emploie les mêmes mots que la personne soit connue ou non : elle ne confirme ni n'infirme que le CPAS détient des informations sur elle.",
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
    }
}

/// How far a source can be relied on, as a reader must see it beside the
/// citation; `None` for a source in force.
pub const fn standing_note(standing: Standing) -> Option<&'static str> {
    match standing {
        Standing::InForce => None,
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
