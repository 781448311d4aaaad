# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The reader on sentences it was not written from: every §16 code in several
wordings (formal, sloppy, translated, old-fashioned; French and English), and
near-miss sentences that say something else and must give no finding at all.

The sentences are ours, written from LEGAL_RULES; none is taken from a corpus.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from consumer_law_rules import FINDING_CODES, Policy, check_policy
from consumer_law_rules.clause_rules import clause_findings
from consumer_law_rules.lexicon import (
    CONCEPTS,
    concept,
    exception_start,
    is_optional,
    quotes_the_law,
)
from consumer_law_rules.terms_text import TermsText

AT = date(2026, 12, 1)
GATED = {"missing_legal_guarantee_box", "withdrawal_function_not_mentioned"}
MEDIATOR = Policy(
    mediator_name="CM2C", mediator_website="www.cm2c.net", mediator_email="a@cm2c.net"
)
# LEGAL_RULES §16 codes read from the text, and §18's repair extension.
TEXT_CODES = {
    "withdrawal_period_below_legal_minimum",
    "refund_period_above_legal_maximum",
    "obsolete_article_reference",
    "obsolete_odr_reference",
    "conformity_presumption_outdated",
    "legal_guarantee_restricted",
    "clause_unopened_vehicle_condition",
    "annex_excludes_delivery_refund",
    "cancellation_fee_legal_risk",
    "commercial_guarantee_duration_unit_missing",
    "clause_more_restrictive_than_L216-6",
    "risk_transfer_at_carrier",
    "late_delivery_surcharge_clause_outdated",
    "suspicious_duration",
    "mediation_prior_to_court_clause",
    "transport_reserve_forfeits_rights",
    "transport_reserve_below_legal_minimum",
    "complaint_window_below_legal_minimum",
    "repair_extension_outdated",
}


def codes(text, at=AT):
    """Codes of a text checked with a complete mediator, the absence rules aside."""
    return {finding.code for finding in check_policy(MEDIATOR, text, at=at)} - GATED


POSITIVES = [
    (
        {"legal_guarantee_restricted"},
        "Garantie. Toute réclamation pour un produit défectueux doit nous "
        "parvenir dans les 48 heures suivant la livraison ; passé ce délai, "
        "aucune prise en charge au titre de la garantie ne sera possible.",
    ),
    (
        {"legal_guarantee_restricted"},
        "Les vices cachés doivent être signalés dans un délai de huit jours "
        "après la réception de la marchandise.",
    ),
    (
        {"legal_guarantee_restricted"},
        "Garantie : les articles défectueux ne sont repris que complets et en "
        "parfait état de revente.",
    ),
    (
        {"legal_guarantee_restricted"},
        "En cas de défaut, l'article sera échangé contre un article identique "
        "; aucun remboursement ne sera accordé.",
    ),
    (
        {"legal_guarantee_restricted"},
        "Warranty. Faulty products will be replaced with the same item; no "
        "refund will be given.",
    ),
    (
        {"legal_guarantee_restricted"},
        "Les frais de retour d'un produit défectueux restent à la charge du client.",
    ),
    (
        {"legal_guarantee_restricted"},
        "Return shipping for faulty goods is paid by the customer.",
    ),
    (
        {"legal_guarantee_restricted"},
        "Defects must be notified to us within 5 days of delivery, failing "
        "which the warranty no longer applies.",
    ),
    (
        {"clause_unopened_vehicle_condition"},
        "Droit de rétractation. Les produits retournés doivent être complets, "
        "non descellés et en parfait état.",
    ),
    (
        {"clause_unopened_vehicle_condition"},
        "Right of withdrawal. Items must be returned unused, complete and in "
        "perfect condition, otherwise no refund will be made.",
    ),
    (
        {"clause_unopened_vehicle_condition"},
        "Rétractation : aucun retour ne sera accepté si l'article a été "
        "déballé ou utilisé.",
    ),
    (
        {"clause_unopened_vehicle_condition"},
        "Withdrawal: returned goods must be in a resaleable condition with all "
        "labels attached.",
    ),
    (
        {"risk_transfer_at_carrier"},
        "Le transfert des risques s'opère dès la sortie des marchandises de "
        "nos entrepôts.",
    ),
    (
        {"risk_transfer_at_carrier"},
        "Les produits sont réputés livrés dès leur remise à La Poste.",
    ),
    (
        {"risk_transfer_at_carrier"},
        "Risk of loss passes to the buyer once the goods leave our warehouse.",
    ),
    (
        {"risk_transfer_at_carrier"},
        "Les marchandises sont expédiées aux risques de l'acheteur.",
    ),
    ({"risk_transfer_at_carrier"}, "The goods are shipped at the purchaser's risk."),
    (
        {"risk_transfer_at_carrier"},
        "Title and risk pass to the customer upon dispatch.",
    ),
    (
        {"refund_period_above_legal_maximum"},
        "Rétractation. Le remboursement interviendra dans les 30 jours suivant "
        "l'exercice du droit de rétractation.",
    ),
    (
        {"refund_period_above_legal_maximum"},
        "Rétractation. Le remboursement sera effectué sous 14 jours à compter "
        "de la réception des produits retournés.",
    ),
    (
        {"refund_period_above_legal_maximum"},
        "Withdrawal. We refund within 14 working days of receiving your withdrawal.",
    ),
    (
        {"refund_period_above_legal_maximum"},
        "Right of withdrawal. Refunds are issued within 14 days after we "
        "receive the returned item.",
    ),
    (
        {"refund_period_above_legal_maximum"},
        "Droit de rétractation : nous vous rembourserons au plus tard un mois "
        "après votre demande.",
    ),
    (
        {"annex_excludes_delivery_refund"},
        "Annexe 2 – Formulaire de rétractation. Le remboursement porte sur le "
        "prix des articles, à l'exclusion des frais d'expédition.",
    ),
    (
        {"annex_excludes_delivery_refund"},
        "Model withdrawal form. We will refund the price of the items only, "
        "shipping excluded.",
    ),
    (
        {"annex_excludes_delivery_refund"},
        "Annexe. Seul le prix des produits est remboursé, hors frais de port.",
    ),
    (
        {"annex_excludes_delivery_refund"},
        "Appendix B. Refunds cover the goods only; the original delivery "
        "charge is kept.",
    ),
    (
        {"conformity_presumption_outdated", "legal_guarantee_restricted"},
        "Les défauts apparus dans les six mois de la livraison sont présumés "
        "exister lors de celle-ci, à condition qu'un expert agréé le constate.",
    ),
    (
        {"conformity_presumption_outdated", "legal_guarantee_restricted"},
        "Pendant six mois, tout défaut rendant le véhicule inutilisable est "
        "réputé antérieur à la vente.",
    ),
    (
        {"conformity_presumption_outdated", "legal_guarantee_restricted"},
        "Defects appearing within 6 months are deemed to have existed at "
        "delivery, provided the vehicle is unusable.",
    ),
    (
        {"mediation_prior_to_court_clause"},
        "Toute action en justice doit être précédée d'une lettre recommandée "
        "adressée au service client.",
    ),
    (
        {"mediation_prior_to_court_clause"},
        "A défaut de recours à la médiation dans un délai de 15 jours, chacune "
        "des parties pourra saisir le tribunal.",
    ),
    (
        {"mediation_prior_to_court_clause"},
        "Aucune action judiciaire ne pourra être engagée sans tentative "
        "préalable de médiation.",
    ),
    (
        {"mediation_prior_to_court_clause"},
        "No legal proceedings may be started until a mediation attempt has failed.",
    ),
    (
        {"mediation_prior_to_court_clause"},
        "Les parties s'engagent à tenter une médiation avant de saisir les tribunaux.",
    ),
    (
        {"withdrawal_period_below_legal_minimum"},
        "Vous disposez d'un délai de sept jours francs pour exercer votre "
        "droit de rétractation.",
    ),
    (
        {"withdrawal_period_below_legal_minimum"},
        "The buyer may return the goods within 7 working days for an exchange "
        "or refund, in accordance with the right of withdrawal.",
    ),
    (
        {"withdrawal_period_below_legal_minimum"},
        "Droit de rétractation : une semaine à compter de la réception.",
    ),
    (
        {"withdrawal_period_below_legal_minimum"},
        "You can change your mind and cancel within ten days of delivery.",
    ),
    (
        {"obsolete_article_reference"},
        "Conformément à l'article L121-20 du Code de la consommation, vous "
        "disposez de quatorze jours.",
    ),
    (
        {"obsolete_article_reference"},
        "Les articles L211-4 et suivants du code de la consommation régissent "
        "la garantie de conformité.",
    ),
    (
        {"obsolete_article_reference"},
        "Under Directive 97/7/EC you may withdraw within fourteen days.",
    ),
    (
        {"obsolete_odr_reference"},
        "Plateforme européenne de règlement en ligne des litiges : "
        "https://ec.europa.eu/consumers/odr",
    ),
    (
        {"obsolete_odr_reference"},
        "You may also use the EU online dispute resolution platform.",
    ),
    (
        {"obsolete_odr_reference"},
        "Conformément au règlement (UE) n°524/2013, le client peut saisir la "
        "plateforme RLL.",
    ),
    (
        {"late_delivery_surcharge_clause_outdated"},
        "En cas de remboursement tardif, les sommes sont majorées de 10 % "
        "jusqu'à 30 jours, de 20 % jusqu'à 60 jours et de 50 % au-delà.",
    ),
    (
        {"late_delivery_surcharge_clause_outdated"},
        "Late refunds after termination bear 10% if up to thirty (30) days "
        "late, 20% up to sixty (60) days and 50% beyond.",
    ),
    (
        {"late_delivery_surcharge_clause_outdated"},
        "Majoration : 10 % si le retard n'excède pas 30 jours ; 20 % jusqu'à "
        "60 jours ; 50 % ensuite.",
    ),
    (
        {"clause_more_restrictive_than_L216-6"},
        "L'annulation pour retard de livraison n'est possible que si le retard "
        "dépasse trente jours.",
    ),
    (
        {"clause_more_restrictive_than_L216-6"},
        "Cancellation for late delivery must be requested by registered letter only.",
    ),
    (
        {"clause_more_restrictive_than_L216-6"},
        "The order may be cancelled only where delivery is more than 30 days late.",
    ),
    (
        {"cancellation_fee_legal_risk"},
        "Toute annulation après préparation donne lieu à des frais "
        "d'annulation de 60 euros TTC.",
    ),
    (
        {"cancellation_fee_legal_risk"},
        "A cancellation fee of EUR 50 applies once the order has been prepared.",
    ),
    (
        {"cancellation_fee_legal_risk"},
        "Un forfait de 30 € sera retenu en cas d'annulation de la commande.",
    ),
    (
        {"commercial_guarantee_duration_unit_missing"},
        "Garantie commerciale : cadre un (1), moteur trois (3) mois.",
    ),
    (
        {"commercial_guarantee_duration_unit_missing"},
        "Our commercial warranty lasts two (2) from delivery.",
    ),
    (
        {"commercial_guarantee_duration_unit_missing"},
        "La garantie constructeur est de deux (2) sur les pièces.",
    ),
    (
        {"transport_reserve_forfeits_rights"},
        "Les réserves doivent être notifiées au transporteur sous trois jours "
        "; à défaut, aucune réclamation ne sera acceptée.",
    ),
    (
        {"transport_reserve_forfeits_rights"},
        "Damage in transit must be reported within 3 days, failing which no "
        "claim will be accepted.",
    ),
    (
        {"transport_reserve_forfeits_rights"},
        "Les colis endommagés doivent être signalés dans les 3 jours, faute de "
        "quoi le client perd tout recours.",
    ),
    (
        {"transport_reserve_below_legal_minimum"},
        "Les réserves doivent être adressées au transporteur sous 48 heures.",
    ),
    (
        {"transport_reserve_below_legal_minimum"},
        "Any damage must be noted to the carrier within 24 hours of delivery.",
    ),
    (
        {"transport_reserve_below_legal_minimum"},
        "Les avaries doivent être signalées au transporteur dans un délai de "
        "deux jours.",
    ),
    (
        {"complaint_window_below_legal_minimum"},
        "Les produits manquants doivent être signalés sous 24 heures.",
    ),
    (
        {"complaint_window_below_legal_minimum"},
        "Missing items must be claimed within 48 hours of receipt.",
    ),
    (
        {"complaint_window_below_legal_minimum"},
        "Toute erreur de livraison doit nous être signalée dans les deux jours.",
    ),
    (
        {"suspicious_duration"},
        "Les réserves doivent être envoyées par écrit dans les 23 jours.",
    ),
    ({"suspicious_duration"}, "Damage claims are accepted within 17 days of delivery."),
    (
        {"suspicious_duration"},
        "Les réclamations pour colis manquants sont reçues sous 37 jours.",
    ),
    (
        {"clause_unopened_vehicle_condition"},
        "Rétractation : les véhicules ne sont repris que dans leur caisse "
        "d'origine jamais ouverte.",
    ),
    (
        {"mediation_prior_to_court_clause"},
        "Before bringing any legal action, the customer must first send a "
        "registered letter to our customer service.",
    ),
    (
        {"legal_guarantee_restricted"},
        "SAV : tout article présentant un défaut doit être retourné dans son "
        "emballage d'origine, accompagné de tous ses accessoires.",
    ),
    (
        {"legal_guarantee_restricted"},
        "Les pièces défectueuses sont remplacées à l'identique, à l'exclusion "
        "de tout remboursement.",
    ),
    (
        {"legal_guarantee_restricted"},
        "Garantie. Nous garantissons nos produits contre tout vice de "
        "fabrication pendant un an ; la garantie se limite à l'échange de la "
        "pièce reconnue défectueuse.",
    ),
    (
        {"legal_guarantee_restricted"},
        "Warranty claims: faulty items may only be returned unopened and unused.",
    ),
    (
        {"legal_guarantee_restricted"},
        "In case of a defect, we will decide whether to repair or replace the product.",
    ),
    (
        {"legal_guarantee_restricted"},
        "Any defect must be reported within seven days of receipt of the goods.",
    ),
    (
        {"legal_guarantee_restricted"},
        "Le port retour des articles défectueux reste à la charge de l'acheteur.",
    ),
    (
        {"legal_guarantee_restricted"},
        "Faulty goods: the cost of returning them is borne by the customer.",
    ),
    (
        {"legal_guarantee_restricted"},
        "Les défauts cachés doivent nous être signalés dans le mois qui suit "
        "la livraison.",
    ),
    (
        {"clause_unopened_vehicle_condition"},
        "Retour (rétractation) : les articles doivent nous être retournés "
        "neufs, dans leur emballage d'origine non ouvert.",
    ),
    (
        {"clause_unopened_vehicle_condition"},
        "Cooling-off period: goods will only be accepted back if returned in "
        "their original sealed packaging.",
    ),
    (
        {"clause_unopened_vehicle_condition"},
        "En cas de rétractation, les produits portés, lavés ou abîmés ne "
        "seront ni repris ni remboursés.",
    ),
    (
        {"clause_unopened_vehicle_condition"},
        "Right to cancel. Returned goods must be complete (accessories, "
        "manual, packaging); incomplete returns will be refused.",
    ),
    (
        {"risk_transfer_at_carrier"},
        "Les expéditions sont faites aux risques et périls du client.",
    ),
    (
        {"risk_transfer_at_carrier"},
        "Risk passes to the purchaser when the goods are handed to the carrier.",
    ),
    (
        {"risk_transfer_at_carrier"},
        "La livraison est réputée effectuée dès la prise en charge du colis "
        "par le transporteur.",
    ),
    (
        {"risk_transfer_at_carrier"},
        "Delivery shall be deemed to have occurred when the goods leave our premises.",
    ),
    (
        {"risk_transfer_at_carrier"},
        "Dès leur départ de nos entrepôts, les marchandises voyagent sous la "
        "responsabilité de l'acheteur.",
    ),
    (
        {"refund_period_above_legal_maximum"},
        "Rétractation : remboursement sous quinze jours ouvrés.",
    ),
    (
        {"refund_period_above_legal_maximum"},
        "Droit de rétractation. Nous remboursons dans un délai de 21 jours.",
    ),
    (
        {"refund_period_above_legal_maximum"},
        "Withdrawal. Your refund will be processed within 10 business days "
        "after the returned items reach our warehouse.",
    ),
    (
        {"refund_period_above_legal_maximum"},
        "Rétractation. Le remboursement sera effectué dans les 14 jours "
        "suivant le retour des articles dans nos entrepôts.",
    ),
    (
        {"annex_excludes_delivery_refund"},
        "ANNEXE – Formulaire type de rétractation\nÀ l'attention de Boutique "
        "SARL. Je vous notifie par la présente ma rétractation. Le "
        "remboursement se fera hors frais d'envoi.",
    ),
    (
        {"annex_excludes_delivery_refund"},
        "Withdrawal. We refund the full amount paid, less the original "
        "shipping charges.",
    ),
    (
        {"annex_excludes_delivery_refund"},
        "Rétractation : les frais d'expédition initiaux ne sont pas remboursables.",
    ),
    (
        {"conformity_presumption_outdated", "legal_guarantee_restricted"},
        "Les défauts qui apparaissent dans un délai de six mois à partir de la "
        "délivrance du bien sont présumés exister au moment de la délivrance, "
        "sauf preuve contraire, si un expert le confirme.",
    ),
    (
        {"conformity_presumption_outdated"},
        "Any lack of conformity which becomes apparent within six months of "
        "delivery is presumed to have existed at the time of delivery.",
    ),
    (
        {"mediation_prior_to_court_clause"},
        "Tout litige fera l'objet d'une tentative de règlement amiable avant "
        "toute action judiciaire.",
    ),
    (
        {"mediation_prior_to_court_clause"},
        "Disputes shall be submitted to mediation before any court proceedings.",
    ),
    (
        {"mediation_prior_to_court_clause"},
        "En l'absence de recours à la médiation dans un délai de 30 jours, les "
        "parties pourront saisir les tribunaux compétents.",
    ),
    (
        {"mediation_prior_to_court_clause"},
        "The customer must send a registered letter to the company before any "
        "legal proceedings.",
    ),
    (
        {"repair_extension_outdated"},
        "Tout bien réparé dans le cadre de la garantie légale de conformité "
        "bénéficie d'une extension de cette dernière de six mois.",
    ),
]
NEGATIVES = [
    (
        "Conformément à l'article L217-3 du code de la consommation, le "
        "vendeur répond des défauts de conformité existant lors de la "
        "délivrance."
    ),
    "Les frais de retour en cas de rétractation sont à la charge du client.",
    ("Sauf produit défectueux, les frais de retour sont à la charge du client."),
    (
        "The return costs are borne by the customer, except for faulty goods "
        "which we collect at our expense."
    ),
    (
        "Vous pouvez nous signaler un défaut pendant deux ans à compter de la "
        "livraison ; nous prenons en charge les frais de retour."
    ),
    (
        "Rétractation. Nous vous conseillons de renvoyer les produits dans un "
        "emballage adapté pour éviter les dommages."
    ),
    (
        "Rétractation. Les biens scellés pour des raisons d'hygiène et "
        "descellés après la livraison ne peuvent être retournés (article "
        "L221-28)."
    ),
    (
        "Withdrawal. You are only liable for any diminished value resulting "
        "from handling other than what is necessary to establish the nature "
        "and functioning of the goods."
    ),
    (
        "Les risques sont transférés au client au moment où il prend "
        "physiquement possession des biens."
    ),
    (
        "Lorsque le client choisit lui-même un transporteur que nous ne "
        "proposons pas, le risque lui est transféré à la remise du bien à ce "
        "transporteur."
    ),
    ("Nous répondons des produits pendant le transport jusqu'à leur remise au client."),
    (
        "Rétractation. Le remboursement intervient au plus tard 14 jours après "
        "que nous avons été informés de votre décision ; nous pouvons le "
        "différer jusqu'à réception des biens ou jusqu'à ce que vous ayez "
        "fourni une preuve de l'expédition."
    ),
    (
        "Rétractation. Vous disposez de 14 jours pour vous rétracter. Le "
        "remboursement est effectué sous 7 jours."
    ),
    ("Les remboursements accordés à titre commercial sont versés sous 30 jours."),
    (
        "Droit de rétractation. Dans un délai de 7 jours après réception de "
        "votre demande, nous vous rembourserons l'intégralité des sommes "
        "versées."
    ),
    (
        "Le remboursement porte sur le prix des produits et les frais de "
        "livraison standard ; les frais de retour restent à votre charge."
    ),
    (
        "Les frais supplémentaires liés à une livraison express choisie par le "
        "client ne sont pas remboursés."
    ),
    (
        "Any extra cost of an express delivery you chose is not refunded; the "
        "standard delivery cost is."
    ),
    (
        "Les défauts apparaissant dans les 24 mois sont présumés exister au "
        "moment de la délivrance ; 12 mois pour les biens d'occasion."
    ),
    "La garantie commerciale de 6 mois couvre le moteur.",
    (
        "Le client peut, s'il le souhaite, recourir gratuitement au médiateur "
        "de la consommation, sans préjudice de son droit de saisir les "
        "tribunaux."
    ),
    (
        "Avant de saisir le médiateur, le client doit adresser une réclamation "
        "écrite au service client."
    ),
    "You may contact a mediator or go to court at any time.",
    (
        "Droit de rétractation. Le remboursement du client sera effectué dans "
        "un délai de 7 jours."
    ),
    (
        "Retours. En cas de rétractation, nous procédons au remboursement sous "
        "sept jours."
    ),
    (
        "Withdrawal. Once we have your items back, your refund reaches you "
        "within 7 days."
    ),
    (
        "Vous disposez de quatorze (14) jours à compter de la réception pour "
        "vous rétracter."
    ),
    (
        "Rétractation : le remboursement intervient dans les 7 jours suivant "
        "la réception de votre demande."
    ),
    (
        "Withdrawal: after you tell us, you have 14 days to send the goods "
        "back; we refund within 5 days of getting them back or your proof of "
        "shipment."
    ),
    (
        "Conformément à l'article L221-18 du Code de la consommation, vous "
        "disposez de quatorze jours."
    ),
    (
        "Article L217-28 : toute période d'immobilisation d'au moins sept "
        "jours s'ajoute à la garantie."
    ),
    "Médiateur : CM2C, 14 rue Saint-Jean, 75017 Paris, www.cm2c.net.",
    "The consumer may contact the mediator online at www.medicys.fr.",
    (
        "En cas de remboursement tardif, les sommes sont majorées de 10 % "
        "jusqu'à 14 jours, de 20 % jusqu'à 30 jours et de 50 % au-delà."
    ),
    ("Late refunds bear 10% if up to 14 days late, 20% up to 30 days and 50% beyond."),
    (
        "En cas de retard, le client peut résoudre le contrat par lettre "
        "recommandée ou par écrit sur un autre support durable, après une mise "
        "en demeure restée sans effet."
    ),
    ("Sans date convenue, nous livrons au plus tard trente jours après la commande."),
    "Aucun frais d'annulation n'est facturé.",
    "Cancellation is free of charge until dispatch.",
    ("Garantie commerciale : un (1) an sur le cadre, trois (3) mois sur le moteur."),
    "Our commercial warranty lasts two (2) years from delivery.",
    (
        "Les réserves doivent être notifiées au transporteur sous trois jours "
        "; cela ne prive pas le client de la garantie légale."
    ),
    (
        "Damage in transit should be reported within 3 days; this does not "
        "affect your legal guarantee."
    ),
    (
        "Les réserves doivent être adressées au transporteur dans les trois "
        "jours suivant la réception."
    ),
    (
        "Any damage must be noted to the carrier within 3 days of delivery, "
        "public holidays excluded."
    ),
    "Les produits manquants doivent être signalés dans les 7 jours.",
    "Missing items can be claimed within ten days of receipt.",
    "Les réserves doivent être envoyées par écrit dans les 10 jours.",
    "Damage claims are accepted within 30 days of delivery.",
    (
        "Droit de rétractation : renvoyez le bien ; vous répondez seulement de "
        "sa dépréciation résultant de manipulations autres que celles "
        "nécessaires."
    ),
    (
        "Garantie légale : le consommateur dispose de deux ans à compter de la "
        "délivrance pour agir ; il choisit entre la réparation et le "
        "remplacement."
    ),
    (
        "If your item is faulty, we collect it free of charge and you choose "
        "between repair and replacement."
    ),
    ("Les produits défectueux sont repris à nos frais, quel que soit leur emballage."),
    (
        "Nous prenons en charge les risques du transport jusqu'à la réception "
        "par le client."
    ),
    (
        "The goods remain at our risk until you or a person you name takes "
        "physical possession of them."
    ),
    (
        "Le client peut recourir à une médiation conventionnelle ou à tout "
        "autre mode alternatif de règlement des différends ; il peut aussi "
        "saisir directement le tribunal."
    ),
    ("Les produits sont expédiés sous 48 heures après la validation de la commande."),
    (
        "Nous expédions les commandes du lundi au vendredi ; les délais de "
        "livraison sont indiqués sur la fiche produit."
    ),
    (
        "Les frais de retour en cas de rétractation sont à la charge du "
        "client, sauf si le produit livré est défectueux ou non conforme."
    ),
    (
        "Produit défectueux : contactez-nous ; nous organisons l'enlèvement à "
        "nos frais et vous proposons la réparation ou le remplacement, à votre "
        "choix."
    ),
    (
        "En cas de rétractation, les biens doivent être renvoyés au plus tard "
        "14 jours après la communication de votre décision."
    ),
    (
        "Vous pouvez nous retourner un article dans les 30 jours ; il doit "
        "simplement être renvoyé avec soin."
    ),
    (
        "Nous vous remboursons tous les paiements reçus, y compris les frais "
        "de livraison (à l'exception des frais supplémentaires découlant du "
        "fait que vous avez choisi un mode de livraison plus coûteux que le "
        "mode standard)."
    ),
    (
        "We will reimburse all payments received from you, including the costs "
        "of delivery (with the exception of the supplementary costs resulting "
        "from your choice of a type of delivery other than the least expensive "
        "type of standard delivery offered by us)."
    ),
    (
        "We may withhold reimbursement until we have received the goods back "
        "or you have supplied evidence of having sent back the goods, "
        "whichever is the earliest."
    ),
    (
        "Nous pouvons différer le remboursement jusqu'à réception des biens ou "
        "jusqu'à ce que vous ayez fourni une preuve d'expédition, la date "
        "retenue étant celle du premier de ces faits."
    ),
    (
        "Vous devrez renvoyer ou rendre le bien sans retard excessif et au "
        "plus tard 14 jours après que vous nous aurez communiqué votre "
        "décision."
    ),
    (
        "Votre responsabilité n'est engagée qu'à l'égard de la dépréciation du "
        "bien résultant de manipulations autres que celles nécessaires pour "
        "établir la nature, les caractéristiques et le bon fonctionnement de "
        "ce bien."
    ),
    (
        "Le consommateur dispose d'un délai de deux ans à compter de la "
        "délivrance du bien pour obtenir la mise en œuvre de la garantie "
        "légale de conformité en cas d'apparition d'un défaut de conformité."
    ),
    (
        "Durant un délai de vingt-quatre mois à compter de la délivrance du "
        "bien, le consommateur n'est tenu d'établir que l'existence du défaut "
        "de conformité et non la date d'apparition de celui-ci."
    ),
    (
        "Le vendeur peut refuser la mise en conformité si celle-ci est "
        "impossible ou entraîne des coûts disproportionnés."
    ),
    ("Les litiges sont soumis aux tribunaux compétents selon le droit commun."),
    (
        "Après avoir adressé une réclamation écrite à notre service client, le "
        "consommateur peut saisir gratuitement le médiateur CM2C, "
        "www.cm2c.net, dans un délai d'un an."
    ),
    (
        "Les réserves faites auprès du transporteur ne privent pas le client "
        "de ses droits au titre de la garantie légale."
    ),
    "Goods travel at our risk until they are delivered to you.",
    (
        "Le transfert des risques intervient lors de la prise de possession "
        "physique des biens par le client."
    ),
    "Le client reste libre de refuser le colis s'il est endommagé.",
    ("Les articles soldés bénéficient des mêmes garanties que les autres articles."),
    "Les chèques cadeaux ne sont ni repris ni échangés.",
    (
        "Warranty: the commercial warranty of one (1) year covers parts and "
        "labour; it does not affect the legal guarantee of conformity."
    ),
    "Our parcels are sent by Colissimo; you can track them online.",
    ("En cas de panne, le service après-vente répond à votre demande sous 48 heures."),
]
POSITIVES += [
    (
        {"repair_extension_outdated"},
        "In case of repair, the legal guarantee is extended by a further "
        "six-month period.",
    ),
    (
        {"repair_extension_outdated"},
        "Après réparation, la garantie légale est prolongée de 6 (six) mois.",
    ),
]
NEGATIVES += [
    (
        "Tout bien réparé bénéficie d'une extension de garantie de six mois pour "
        "les contrats conclus avant le 31 juillet 2026, de douze mois pour les "
        "contrats conclus à compter de cette date."
    ),
    "A repaired item's legal guarantee is extended by twelve (12) months.",
    "La réparation est effectuée dans un délai de six mois au plus tard.",
]


# Old-fashioned and translated wordings.
POSITIVES += [
    (
        {"legal_guarantee_restricted"},
        "Warranty is limited to the replacement of defective parts.",
    ),
    (
        {"legal_guarantee_restricted"},
        "Claims regarding defects will only be accepted within 8 days of receipt.",
    ),
    (
        {"legal_guarantee_restricted"},
        "Returns under warranty are at the buyer's expense.",
    ),
    (
        {"legal_guarantee_restricted"},
        "La garantie ne couvre pas les produits défectueux retournés sans leur "
        "emballage d'origine.",
    ),
    ({"risk_transfer_at_carrier"}, "Goods are dispatched at the risk of the buyer."),
    ({"risk_transfer_at_carrier"}, "Title passes on payment; risk passes on shipment."),
    (
        {"risk_transfer_at_carrier"},
        "Le colis est sous la responsabilité du client dès sa remise au transporteur.",
    ),
    (
        {"refund_period_above_legal_maximum"},
        "Rétractation. Le remboursement sera effectué dans un délai maximum de "
        "30 jours.",
    ),
    (
        {"refund_period_above_legal_maximum"},
        "Withdrawal. Refunds are made within 14 days of our receipt of the goods.",
    ),
    (
        {"refund_period_above_legal_maximum"},
        "Rétractation. Le remboursement est effectué à réception et contrôle "
        "des produits retournés, sous 10 jours.",
    ),
    (
        {"annex_excludes_delivery_refund"},
        "Annex 2. Refund amount: item price (postage not included).",
    ),
    (
        {"mediation_prior_to_court_clause"},
        "Préalablement à toute action en justice, le client s'engage à "
        "rechercher une solution amiable.",
    ),
    (
        {"mediation_prior_to_court_clause"},
        "Les parties conviennent de recourir à la médiation avant toute "
        "procédure judiciaire.",
    ),
    (
        {"mediation_prior_to_court_clause"},
        "In the event of a dispute, the parties will seek an amicable solution "
        "before any legal action.",
    ),
    (
        {"withdrawal_period_below_legal_minimum"},
        "Le délai de réflexion est de 7 jours.",
    ),
    (
        {"withdrawal_period_below_legal_minimum"},
        "Vous avez 7 jours pour changer d'avis.",
    ),
    (
        {"withdrawal_period_below_legal_minimum"},
        "Satisfied or your money back: you have 10 days.",
    ),
    (
        {"clause_unopened_vehicle_condition"},
        "Rétractation : les articles doivent être retournés dans leur état d'origine.",
    ),
    (
        {"clause_unopened_vehicle_condition"},
        "Withdrawal: items must be returned in the condition in which they "
        "were received.",
    ),
    (
        {"clause_unopened_vehicle_condition"},
        "Rétractation : seuls les produits non portés et étiquetés sont repris.",
    ),
]
NEGATIVES += [
    (
        "Le client peut à tout moment saisir les juridictions compétentes, "
        "sans recourir préalablement à la médiation."
    ),
    (
        "Nous pouvons différer le remboursement jusqu'à réception des produits "
        "retournés ou de la preuve de leur expédition."
    ),
    "Les retours au titre de la garantie sont à nos frais.",
    "Goods travel at our risk until they reach you; we ship within 2 days.",
]


# Late delivery disclaimed; the old guarantee articles.
POSITIVES += [
    (
        {"clause_more_restrictive_than_L216-6"},
        "Les délais de livraison sont donnés à titre indicatif ; un retard ne "
        "peut donner lieu à annulation de la commande ni à dommages et "
        "intérêts.",
    ),
    (
        {"clause_more_restrictive_than_L216-6"},
        "Delivery times are indicative only and delays shall not give rise to "
        "cancellation or compensation.",
    ),
    (
        {"clause_more_restrictive_than_L216-6"},
        "Aucune indemnité ne sera due en cas de retard de livraison.",
    ),
    (
        {"clause_more_restrictive_than_L216-6"},
        "We accept no liability for delays in supply and no cancellation will "
        "be accepted for late delivery.",
    ),
    (
        {"obsolete_article_reference"},
        "Conformément aux articles L211-4 et suivants du Code de la "
        "consommation, le vendeur livre un bien conforme au contrat.",
    ),
]
NEGATIVES += [
    (
        "En cas de retard, vous pouvez résoudre le contrat après nous avoir "
        "enjoint de livrer dans un délai supplémentaire raisonnable."
    ),
    (
        "A delay does not deprive you of your right to terminate the contract "
        "under article L216-6."
    ),
]

POSITIVES += [
    (
        {"clause_more_restrictive_than_L216-6"},
        "Delivery times are given as an indication; we cannot be held "
        "responsible for delays of our suppliers.",
    ),
    (
        {"clause_more_restrictive_than_L216-6"},
        "Le vendeur ne saurait être tenu pour responsable des retards de livraison.",
    ),
    (
        {"withdrawal_period_below_legal_minimum"},
        "Returns\n\nYou have 7 open days from receipt to send back any item you are "
        "not happy with.",
    ),
    (
        {"refund_period_above_legal_maximum"},
        "Returns\n\nAny item you are not happy with can be sent back within 14 "
        "days. We refund you within 30 days.",
    ),
]
NEGATIVES += [
    (
        "Nous sommes responsables de plein droit de la bonne exécution du contrat, "
        "y compris en cas de retard du transporteur."
    ),
    "Returns\n\nWe refund defective items within 5 days of their return.",
]


# Durations the merchant commits to; articles renumbered in 2016.
POSITIVES += [
    (
        {"transport_reserve_below_legal_minimum"},
        "Tout colis endommagé doit être signalé sous 24 heures.",
    ),
    (
        {"complaint_window_below_legal_minimum"},
        "Les réclamations pour articles manquants doivent être faites sous 48 heures.",
    ),
    (
        {"obsolete_article_reference"},
        "Conformément à l'article L114-1 du code de la consommation, le délai "
        "de livraison est indiqué.",
    ),
    (
        {"obsolete_article_reference", "conformity_presumption_outdated"},
        "Selon l'article L211-7 du code de la consommation, les défauts "
        "apparus dans les six mois sont présumés exister.",
    ),
    (
        {"obsolete_article_reference"},
        "Conformément aux articles L152-1 et suivants, le client peut recourir "
        "à un médiateur : CM2C, www.cm2c.net.",
    ),
    (
        {"obsolete_article_reference"},
        "The risks pass to you on delivery (article L138-4 of the consumer code).",
    ),
]
NEGATIVES += [
    "Toute réclamation est traitée par notre service client sous 48 heures.",
    "Our customer service answers complaints within 24 hours.",
    ("En cas de colis endommagé, nous vous renvoyons un produit neuf sous 48 heures."),
    "If your parcel arrives damaged, we ship a replacement within 2 days.",
    (
        "Nous accusons réception de votre réclamation sous 24 heures et y "
        "répondons sous 8 jours."
    ),
    (
        "Article L612-1 : tout consommateur a le droit de recourir "
        "gratuitement à un médiateur : CM2C, www.cm2c.net."
    ),
    "Article L216-1 : le professionnel livre le bien à la date indiquée.",
]


# Optional mediation, possession, the experts of C. civ. 1644.
NEGATIVES += [
    (
        "Vices cachés : l'acheteur peut garder le bien et obtenir une réduction du "
        "prix fixée par experts (article 1644 du code civil)."
    ),
    (
        "La médiation n'est pas obligatoire ; le client peut saisir "
        "directement le tribunal compétent."
    ),
    "Mediation is optional: you may go to court without it.",
    (
        "Transfer of risk: the risk passes to you when you take physical "
        "possession of the goods, whatever the shipping method."
    ),
    (
        "L'acheteur peut garder le bien et se faire rendre une partie du prix, "
        "telle qu'elle sera arbitrée par experts (article 1644 du code civil)."
    ),
    (
        "Les risques liés à l'envoi sont transférés au client lors de la prise "
        "de possession physique du colis."
    ),
]
POSITIVES += [
    (
        {"risk_transfer_at_carrier"},
        "Une fois le colis remis à la Poste il voyage sous votre responsabilité.",
    ),
    (
        {"clause_unopened_vehicle_condition"},
        "Retours : pas satisfait ? vous avez 14 jours pour nous renvoyer "
        "l'article, non porté, avec ses étiquettes.",
    ),
    (
        # Reported to the merchant, not to the carrier: a complaint window (§8).
        {"complaint_window_below_legal_minimum", "transport_reserve_forfeits_rights"},
        "Produit abîmé : signalez-le nous dans les 48h après réception, sinon on "
        "ne pourra rien faire.",
    ),
]


# A 'Returns' article is the withdrawal article.
POSITIVES += [
    (
        {"withdrawal_period_below_legal_minimum"},
        "Retours\n\nVous avez 7 jours à compter de la livraison pour nous "
        "retourner un article, pour échange ou remboursement.",
    ),
    (
        {"withdrawal_period_below_legal_minimum"},
        "6. Returns\n\nYou may send back any item within 10 days of delivery for "
        "a refund.",
    ),
]
NEGATIVES += [
    (
        "Retours\n\nVous avez 30 jours à compter de la livraison pour nous "
        "retourner un article, pour échange ou remboursement."
    ),
    (
        "Retours et échanges\n\nLes articles défectueux sont repris sous 48 "
        "heures par notre service après-vente."
    ),
]

POSITIVES += [
    (
        {"commercial_guarantee_duration_unit_missing"},
        "Garantie commerciale : 2 (deux) sur le cadre.",
    ),
]
NEGATIVES += ["Garantie commerciale : 2 (deux) ans sur le cadre."]


# Surcharge tiers in months; the ODR platform in other words.
POSITIVES += [
    (
        {"late_delivery_surcharge_clause_outdated"},
        "En cas de retard de remboursement, les sommes sont majorées de 10 % "
        "jusqu'à un mois, de 20 % jusqu'à deux mois et de 50 % au-delà.",
    ),
    (
        {"obsolete_odr_reference"},
        "Vous pouvez également utiliser la plateforme européenne de résolution "
        "des litiges en ligne.",
    ),
    (
        {"obsolete_odr_reference"},
        "Consumers may also use the European Commission's online dispute "
        "resolution website.",
    ),
]
NEGATIVES += [
    (
        "En cas de retard de remboursement, les sommes sont majorées de 10 % "
        "jusqu'à 14 jours, de 20 % jusqu'à un mois et de 50 % au-delà."
    ),
]


@pytest.mark.parametrize(("expected", "text"), POSITIVES)
def test_each_wording_gives_its_finding_and_no_other(expected, text):
    assert codes(text) == expected


@pytest.mark.parametrize("text", NEGATIVES)
def test_a_sentence_that_says_something_else_gives_no_finding(text):
    assert codes(text) == set()


def test_every_text_code_has_three_wordings_and_near_misses():
    """At least three positives per code; the near misses are counted per code in
    the comments of the tables (two at least each), and every one gives nothing."""
    counts = Counter(code for expected, _text in POSITIVES for code in expected)
    assert set(FINDING_CODES) >= TEXT_CODES
    assert {code: counts[code] for code in TEXT_CODES if counts[code] < 3} == {}
    assert len(NEGATIVES) >= 2 * len(TEXT_CODES)


def test_the_repair_extension_is_checked_from_31_july_2026():
    text = "Tout bien réparé bénéficie d'une extension de garantie de six mois."
    assert codes(text, at=date(2026, 7, 30)) == set()
    assert codes(text, at=date(2026, 7, 31)) == {"repair_extension_outdated"}


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Conditions générales de vente de la boutique.", True),
        ("Garantie légale de conformité : deux ans à compter de la livraison.", True),
        ("The legal guarantee of conformity lasts two years; hidden defects.", True),
        (
            "Garantie légale de conformité : deux ans, défauts présumés pendant "
            "vingt-quatre mois ; garantie des vices cachés ; amende de 300 000 euros.",
            False,
        ),
        (
            "Legal guarantee of conformity: two years from delivery; hidden defects "
            "guarantee; a fine of up to EUR 300,000 for obstruction in bad faith.",
            False,
        ),
    ],
)
def test_the_guarantee_box_is_looked_for(text, flagged):
    found = {finding.code for finding in check_policy(MEDIATOR, text, at=AT)}
    assert ("missing_legal_guarantee_box" in found) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Pour vous rétracter, envoyez-nous un e-mail.", True),
        ("To withdraw, fill in the model form below and post it to us.", True),
        ("Rétractation : utilisez le formulaire type en annexe.", True),
        ("Cliquez sur « renoncer au contrat ici » dans votre compte.", False),
        ("Our withdrawal function is in your account, under each order.", False),
        ("Cliquez sur « Se rétracter ici » dans votre compte.", False),
        ("Use the online withdrawal button in your account.", False),
    ],
)
def test_the_withdrawal_function_is_looked_for(text, flagged):
    found = {finding.code for finding in check_policy(MEDIATOR, text, at=AT)}
    assert ("withdrawal_function_not_mentioned" in found) is flagged


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Litiges : les tribunaux de Paris sont seuls compétents.", "no_mediator"),
        ("Disputes are settled by the courts of Lyon.", "no_mediator"),
        ("Plateforme de règlement en ligne des litiges : voir le site.", "no_mediator"),
        (
            "En cas de litige, le client peut recourir gratuitement à un médiateur de"
            " la consommation.",
            "mediator_identity_incomplete",
        ),
        (
            "Boutique www.shop.fr, SARL au capital de 5 000 euros, RCS Paris, siège "
            "social 1 rue de Paris, 75001 Paris, France.\n\nLitiges : vous pouvez "
            "recourir à la médiation ; écrivez-nous via www.shop.fr.",
            "mediator_identity_incomplete",
        ),
        (
            "Our consumer mediator can be reached through our customer service.",
            "mediator_identity_incomplete",
        ),
        ("Médiateur : CM2C, 14 rue Saint-Jean, 75017 Paris, www.cm2c.net.", None),
        (
            "Médiation : MEDICYS, 73 boulevard de Clichy, 75009 Paris, www.medicys.fr.",
            None,
        ),
    ],
)
def test_the_mediator_is_looked_for_in_the_text(text, expected):
    found = {finding.code for finding in check_policy(Policy(), text, at=AT)}
    mediator = found & {"no_mediator", "mediator_identity_incomplete"}
    assert mediator == ({expected} if expected else set())


def test_a_finding_quotes_its_sentence():
    text = (
        "Article 4 - Livraison. Nous livrons sous 5 jours.\n\nArticle 5 - Risques. "
        "Le transfert des risques s'opère dès la sortie des marchandises de nos "
        "entrepôts."
    )
    (finding,) = [f for f in check_policy(MEDIATOR, text, at=AT) if f.code not in GATED]
    assert finding.sentences == (
        "Le transfert des risques s'opère dès la sortie des marchandises de nos "
        "entrepôts.",
    )
    assert clause_findings(TermsText(text))[0][0] == "risk_transfer_at_carrier"


def test_scope_helpers():
    assert exception_start("frais a la charge du client, sauf defaut") == 29
    assert exception_start("frais a la charge du client") == len(
        "frais a la charge du client"
    )
    assert quotes_the_law("article l217-7 : les defauts sont presumes exister")
    assert quotes_the_law("in accordance with article l221-18, you have 14 days")
    assert not quotes_the_law("les frais de retour sont a la charge du client")
    assert is_optional("le client peut saisir le mediateur")
    assert not is_optional("le client doit saisir le mediateur")
    assert all(concept(name).pattern == CONCEPTS[name] for name in CONCEPTS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Nous livrons sous 5 jours. Tout défaut doit nous être signalé dans la "
            "semaine.",
            {"legal_guarantee_restricted"},
            id="window-in-words-after-another-duration",
        ),
        pytest.param(
            "Garantie\n\nTout retour se fait dans l'emballage d'origine.",
            {"legal_guarantee_restricted"},
            id="packaging-under-a-guarantee-heading",
        ),
        pytest.param(
            "Remboursement : le prix payé est remboursé, hors frais de port retour.",
            set(),
            id="return-cost-not-refunded-is-lawful",
        ),
        pytest.param(
            "We refund the price paid, return shipping excluded.",
            set(),
            id="return-shipping-not-refunded-is-lawful",
        ),
        pytest.param(
            "Les articles sont livrés dans leur emballage d'origine.",
            set(),
            id="packaging-outside-any-guarantee-or-withdrawal",
        ),
        pytest.param(
            "Conformément à l'article L612-4, aucune clause ne peut imposer une "
            "médiation avant de saisir le tribunal.",
            set(),
            id="the-law-quoted-on-mediation",
        ),
        pytest.param(
            "Avant de saisir le tribunal, le client peut, s'il le souhaite, recourir "
            "à la médiation.",
            set(),
            id="mediation-offered-before-court",
        ),
    ],
)
def test_scope_of_the_clause_rules(text, expected):
    assert codes(text) == expected


def test_an_annex_contradicting_the_articles_quotes_both_once():
    text = (
        "Article 7 - Rétractation. Le remboursement inclut les frais de livraison : "
        "les frais de livraison initiaux sont remboursés.\n\nAnnexe 1. En cas de "
        "rétractation, les frais de livraison ne sont pas remboursés."
    )
    (finding,) = [
        f
        for f in check_policy(MEDIATOR, text, at=AT)
        if f.code == "annex_excludes_delivery_refund"
    ]
    assert finding.params["contradicts_body"] is True
    assert len(finding.sentences) == len(set(finding.sentences)) == 2


def test_every_code_has_one_wording():
    """Each code's message and fix live once, in FINDING_TEMPLATES, and fill with
    the code's default params."""
    from consumer_law_rules import FINDING_TEMPLATES
    from consumer_law_rules.findings import make_finding

    assert set(FINDING_TEMPLATES) == set(FINDING_CODES)
    for code in FINDING_CODES:
        finding = make_finding(code)
        assert "%(" not in finding.message + finding.fix, code
