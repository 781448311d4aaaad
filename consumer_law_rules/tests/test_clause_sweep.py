# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""A generalisation sweep: every §16 code said in new words, before any new corpus.

Written from LEGAL_RULES and the kinds of clauses issue 24 lists (claim windows in
other words, conditions on returned goods, risk at dispatch, reserves forfeiting
rights, guarantee lengths without a unit, mediation schemes without a name), in
formal and sloppy French, capitals without accents, UK/US English and English
translated from other languages. None is copied from a shop or a corpus. Each
positive gives its finding and no other; each near miss (mostly correct
statements of the law) gives none.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from test_clause_rules import TEXT_CODES, codes

from consumer_law_rules import Policy, check_policy

SWEEP_POSITIVES = [
    (
        "legal_guarantee_restricted",
        "Claims under the legal guarantee must be made within 10 days of delivery.",
    ),
    (
        "legal_guarantee_restricted",
        (
            "Toute reclamation au titre de la garantie legale doit etre faite dans les "
            "10 jours suivant la livraison."
        ),
    ),
    (
        "legal_guarantee_restricted",
        (
            "RECLAMATIONS AU TITRE DE LA GARANTIE : 5 JOURS MAXIMUM APRES RECEPTION DU "
            "COLIS."
        ),
    ),
    (
        "legal_guarantee_restricted",
        "Only the manufacturer's warranty applies to the products sold on this site.",
    ),
    (
        "legal_guarantee_restricted",
        "Les produits bénéficient uniquement de la garantie du fabricant.",
    ),
    (
        "legal_guarantee_restricted",
        "Defective products will be exchanged only, no refund will be given.",
    ),
    (
        "legal_guarantee_restricted",
        (
            "La garantie est subordonnée à un examen du produit par un réparateur "
            "agréé par nos soins."
        ),
    ),
    (
        "legal_guarantee_restricted",
        (
            "The guarantee only applies if the defect is confirmed by an expert "
            "approved by us."
        ),
    ),
    (
        "legal_guarantee_restricted",
        "Return shipping costs for defective items are borne by the customer.",
    ),
    (
        "legal_guarantee_restricted",
        (
            "Les frais de retour d'un produit défectueux restent à la charge de "
            "l'acheteur."
        ),
    ),
    (
        "legal_guarantee_restricted",
        "Warranty claims are only accepted within 14 days after receipt of goods.",
    ),
    (
        "legal_guarantee_restricted",
        (
            "Defects must be notified in writing within 8 days after receipt of the "
            "goods, otherwise warranty claims are excluded."
        ),
    ),
    (
        "legal_guarantee_restricted",
        (
            "Quality problem please contact us within 7 days after you receive goods, "
            "after this we can not accept."
        ),
    ),
    (
        "clause_unopened_vehicle_condition",
        (
            "Withdrawal: items must be returned unused, unworn and unwashed with all "
            "tags attached."
        ),
    ),
    (
        "clause_unopened_vehicle_condition",
        (
            "Retractation : les articles doivent etre retournes non portes, non laves, "
            "avec leurs etiquettes."
        ),
    ),
    (
        "clause_unopened_vehicle_condition",
        (
            "DROIT DE RETRACTATION : LES PRODUITS DOIVENT ETRE RENVOYES DANS LEUR "
            "EMBALLAGE D'ORIGINE NON OUVERT."
        ),
    ),
    (
        "clause_unopened_vehicle_condition",
        (
            "Right of withdrawal: the hygiene seal must be intact and the goods in "
            "their original packaging."
        ),
    ),
    (
        "risk_transfer_at_carrier",
        "Goods travel at your risk once dispatched.",
    ),
    (
        "risk_transfer_at_carrier",
        (
            "Les marchandises voyagent aux risques et périls de l'acheteur dès "
            "qu'elles quittent l'atelier."
        ),
    ),
    (
        "risk_transfer_at_carrier",
        "Risk passes to the buyer when the goods leave our warehouse.",
    ),
    (
        "risk_transfer_at_carrier",
        "The risk of loss transfers to the customer upon handover to the carrier.",
    ),
    (
        "risk_transfer_at_carrier",
        "LES RISQUES SONT TRANSFERES A L'ACHETEUR DES L'EXPEDITION DE LA COMMANDE.",
    ),
    (
        "risk_transfer_at_carrier",
        (
            "Die Gefahr geht auf den Kunden über, sobald die Ware an den Spediteur "
            "übergeben ist. The risk passes to the customer as soon as the goods are "
            "handed to the forwarder."
        ),
    ),
    (
        "transport_reserve_forfeits_rights",
        (
            "Livraison : en l'absence de réserves sur le bon du transporteur, aucun "
            "recours ne sera possible ni contre le transporteur ni auprès de nous."
        ),
    ),
    (
        "transport_reserve_forfeits_rights",
        (
            "Delivery: if damage is not noted on the delivery slip, the customer loses "
            "any recourse against us."
        ),
    ),
    (
        "transport_reserve_forfeits_rights",
        (
            "Delivery: no claim for damaged parcels can be accepted after signing for "
            "the parcel without reservations."
        ),
    ),
    (
        "commercial_guarantee_duration_unit_missing",
        "Garantie commerciale : durée : 3.",
    ),
    (
        "commercial_guarantee_duration_unit_missing",
        "Notre garantie commerciale est de 2 contre les défauts de fabrication.",
    ),
    (
        "commercial_guarantee_duration_unit_missing",
        "Extended warranty: duration 2.",
    ),
    (
        "commercial_guarantee_duration_unit_missing",
        "Garantie constructeur offerte : 5 (pièces et main d'oeuvre).",
    ),
    (
        "legal_guarantee_restricted",
        "WARRANTY: ANY CLAIM MUST REACH US NO LATER THAN 3 DAYS AFTER DELIVERY.",
    ),
    (
        "legal_guarantee_restricted",
        (
            "Garantie legale : le client doit nous signaler le defaut dans un delai de "
            "10 jours a compter de la livraison."
        ),
    ),
    (
        "legal_guarantee_restricted",
        "In case of faulty product, the return postage is at the customer's charge.",
    ),
    (
        "legal_guarantee_restricted",
        "Produit défectueux : nous procéderons uniquement à son échange.",
    ),
    (
        "legal_guarantee_restricted",
        (
            "Faulty goods are exchanged for the same article only; we do not give "
            "money back."
        ),
    ),
    (
        "legal_guarantee_restricted",
        (
            "The warranty is valid only after inspection of the product by our "
            "approved workshop."
        ),
    ),
    (
        "legal_guarantee_restricted",
        (
            "La garantie ne s'applique qu'aux produits retournés dans leur emballage "
            "d'origine, en parfait état de revente."
        ),
    ),
    (
        "clause_unopened_vehicle_condition",
        (
            "Rétractation : seuls les articles non portés, non lavés et munis de leurs "
            "étiquettes seront acceptés."
        ),
    ),
    (
        "clause_unopened_vehicle_condition",
        (
            "Right of withdrawal: we only accept returns of items that are unworn, "
            "unwashed and with the original tags attached."
        ),
    ),
    (
        "clause_unopened_vehicle_condition",
        (
            "RETRACTATION : LES ARTICLES DOIVENT ETRE RETOURNES NEUFS, DANS LEUR "
            "EMBALLAGE D'ORIGINE ET AVEC L'ETIQUETTE SCELLEE."
        ),
    ),
    (
        "clause_unopened_vehicle_condition",
        (
            "Cancellation right (14 days): the product have to be sent back in "
            "original package, not used, with all accessory."
        ),
    ),
    (
        "clause_unopened_vehicle_condition",
        "Withdrawal: please note that opened products cannot be returned.",
    ),
    (
        "risk_transfer_at_carrier",
        "La marchandise voyage aux risques de l'acheteur à compter de son expédition.",
    ),
    (
        "risk_transfer_at_carrier",
        (
            "Once the parcel has been handed to the carrier, it travels at the buyer's "
            "risk."
        ),
    ),
    (
        "risk_transfer_at_carrier",
        "Les risques sont transférés au client dès la remise du colis à La Poste.",
    ),
    (
        "risk_transfer_at_carrier",
        "All goods are shipped at the risk of the purchaser.",
    ),
    (
        "risk_transfer_at_carrier",
        "The goods are deemed delivered as soon as they leave our warehouse.",
    ),
    (
        "transport_reserve_forfeits_rights",
        (
            "Faute de réserves précises sur le bordereau du livreur, aucune "
            "réclamation ne pourra être acceptée."
        ),
    ),
    (
        "transport_reserve_forfeits_rights",
        (
            "No claim for transport damage can be accepted after the delivery slip has "
            "been signed without reservation."
        ),
    ),
    (
        "transport_reserve_forfeits_rights",
        (
            "Toute avarie non signalée au transporteur fait perdre au client tout "
            "recours contre le vendeur."
        ),
    ),
    (
        "conformity_presumption_outdated",
        (
            "Les défauts qui apparaissent dans les six mois de la livraison sont "
            "présumés exister au moment de celle-ci."
        ),
    ),
    (
        "conformity_presumption_outdated",
        (
            "Any lack of conformity becoming apparent within 6 months from delivery is "
            "presumed to have existed at delivery."
        ),
    ),
    (
        "refund_period_above_legal_maximum",
        (
            "Article 6 - Retours\nRefunds are made within 30 days of receiving your "
            "returned item."
        ),
    ),
    (
        "refund_period_above_legal_maximum",
        (
            "Article 6 - Retours\nLe remboursement interviendra sous 21 jours ouvrés "
            "après réception du retour."
        ),
    ),
    (
        "withdrawal_period_below_legal_minimum",
        "You have 7 days from receipt of your order to change your mind.",
    ),
    (
        "withdrawal_period_below_legal_minimum",
        "DELAI DE RETRACTATION : 10 JOURS.",
    ),
    (
        "mediation_prior_to_court_clause",
        (
            "Before any legal action, the customer must first submit his complaint to "
            "the mediator."
        ),
    ),
    (
        "mediation_prior_to_court_clause",
        (
            "Aucune action en justice ne pourra être engagée sans recours préalable au "
            "médiateur."
        ),
    ),
    (
        "mediation_prior_to_court_clause",
        (
            "In the absence of recourse to mediation within 30 days, either party may "
            "bring the matter to court."
        ),
    ),
    (
        "annex_excludes_delivery_refund",
        (
            "Article 5 - Droit de rétractation\nVous disposez de quatorze jours pour "
            "vous rétracter. Nous remboursons toutes les sommes versées, frais de "
            "livraison compris, sous 14 jours.\n\nANNEXE - FORMULAIRE DE RETRACTATION\n"
            "A l'attention de la boutique. Remboursement : prix des articles hors "
            "frais de port."
        ),
    ),
    (
        "annex_excludes_delivery_refund",
        (
            "Article 5 - Right of withdrawal\nYou have fourteen days to withdraw. We "
            "refund all payments received, including delivery costs, within 14 days.\n"
            "\nAppendix - Model withdrawal form\nI hereby give notice that I withdraw "
            "from my contract. Note: original shipping charges are non-refundable."
        ),
    ),
    (
        "cancellation_fee_legal_risk",
        (
            "Toute annulation de commande après validation entraînera une retenue "
            "forfaitaire de 15 euros."
        ),
    ),
    (
        "cancellation_fee_legal_risk",
        "ANNULATION : DES FRAIS D'ANNULATION DE 10 % SERONT FACTURES.",
    ),
    (
        "cancellation_fee_legal_risk",
        "Order cancellations are subject to a 20 EUR administration fee.",
    ),
    (
        "obsolete_article_reference",
        (
            "Conformément à l'article L121-20 du Code de la consommation, vous "
            "disposez de 14 jours."
        ),
    ),
    (
        "obsolete_article_reference",
        (
            "In accordance with Article L121-21 of the Consumer Code, you have 14 days "
            "to withdraw."
        ),
    ),
    (
        "obsolete_article_reference",
        (
            "conformement aux articles L211-4 et suivants du code de la consommation, "
            "le vendeur repond des defauts de conformite."
        ),
    ),
    (
        "obsolete_odr_reference",
        (
            "Plateforme de règlement en ligne des litiges : "
            "https://webgate.ec.europa.eu/odr"
        ),
    ),
    (
        "obsolete_odr_reference",
        (
            "You can also use the European Online Dispute Resolution platform: "
            "ec.europa.eu/consumers/odr"
        ),
    ),
    (
        "transport_reserve_below_legal_minimum",
        (
            "Livraison : toute réserve doit être confirmée au transporteur par lettre "
            "recommandée sous 48 heures."
        ),
    ),
    (
        "transport_reserve_below_legal_minimum",
        (
            "Any damage in transit must be notified to the carrier within 24 hours of "
            "delivery."
        ),
    ),
    (
        "transport_reserve_below_legal_minimum",
        (
            "LES RESERVES SUR LE COLIS DOIVENT ETRE ADRESSEES AU TRANSPORTEUR DANS LES "
            "2 JOURS."
        ),
    ),
    (
        "complaint_window_below_legal_minimum",
        (
            "Missing items or wrong article: please contact our customer service "
            "within 48 hours of receiving your parcel."
        ),
    ),
    (
        "complaint_window_below_legal_minimum",
        (
            "Tout article manquant ou erreur de référence doit nous être signalé sous "
            "24 h après réception."
        ),
    ),
    (
        "complaint_window_below_legal_minimum",
        "Erreur de livraison : vous disposez de 2 jours pour nous contacter.",
    ),
    (
        "clause_more_restrictive_than_L216-6",
        (
            "En cas de retard de livraison, le client devra adresser au vendeur une "
            "lettre recommandée avec accusé de réception pour annuler sa commande."
        ),
    ),
    (
        "clause_more_restrictive_than_L216-6",
        (
            "To cancel an order because of late delivery, the customer must send us a "
            "registered letter."
        ),
    ),
    (
        "mediation_prior_to_court_clause",
        (
            "Litiges : le client s'engage à saisir le médiateur avant toute action "
            "judiciaire."
        ),
    ),
    (
        "mediation_prior_to_court_clause",
        (
            "DISPUTES: NO LEGAL PROCEEDINGS MAY BE STARTED UNTIL A MEDIATION HAS BEEN "
            "ATTEMPTED."
        ),
    ),
    (
        "cancellation_fee_legal_risk",
        (
            "Si vous annulez votre commande, nous conserverons 5 euros de frais de "
            "dossier."
        ),
    ),
    (
        "obsolete_article_reference",
        (
            "Droit de retractation (art. L121-16 et s. du code de la consommation) : "
            "14 jours."
        ),
    ),
    (
        "transport_reserve_below_legal_minimum",
        (
            "Reservations about the parcel must be confirmed to the carrier within one "
            "day."
        ),
    ),
    (
        "complaint_window_below_legal_minimum",
        "Colis incomplet ? Signalez-le nous le jour meme de la reception.",
    ),
    (
        "conformity_presumption_outdated",
        (
            "PRESOMPTION : LES DEFAUTS APPARUS DANS LES 6 MOIS SONT PRESUMES EXISTER A "
            "LA LIVRAISON."
        ),
    ),
    (
        "conformity_presumption_outdated",
        (
            "Defects which appear within six months of delivery shall be presumed to "
            "have existed at the time of delivery, unless proved otherwise."
        ),
    ),
    (
        "refund_period_above_legal_maximum",
        (
            "Article 6 - Droit de retractation\nVous pouvez vous retracter sous 14 "
            "jours. Remboursement sous 30 jours."
        ),
    ),
    (
        "refund_period_above_legal_maximum",
        (
            "Withdrawal\nYou may withdraw within 14 days. Your money will be refunded "
            "within 21 days from the date we receive the goods back."
        ),
    ),
    (
        "withdrawal_period_below_legal_minimum",
        "Cooling-off period: 7 days from delivery.",
    ),
    (
        "withdrawal_period_below_legal_minimum",
        "Vous avez 8 jours francs pour changer d'avis et nous retourner l'article.",
    ),
    (
        "annex_excludes_delivery_refund",
        (
            "Article 5 - Droit de rétractation\nVous disposez de quatorze jours pour "
            "vous rétracter. Nous remboursons toutes les sommes versées, frais de "
            "livraison compris, sous 14 jours.\n\nANNEXE 2 - MODELE DE FORMULAIRE\nJe "
            "renonce a ma commande. Les frais de livraison ne sont pas rembourses."
        ),
    ),
    (
        "annex_excludes_delivery_refund",
        (
            "Article 5 - Droit de rétractation\nVous disposez de quatorze jours pour "
            "vous rétracter. Nous remboursons toutes les sommes versées, frais de "
            "livraison compris, sous 14 jours.\n\nAnnexe : formulaire de rétractation\n"
            "Montant remboursé : prix des produits (les frais d'envoi restant à la "
            "charge du client)."
        ),
    ),
    (
        "obsolete_odr_reference",
        "Règlement en ligne des litiges : http://ec.europa.eu/consumers/odr/",
    ),
    (
        "obsolete_odr_reference",
        "ODR platform (Regulation 524/2013): https://ec.europa.eu/odr",
    ),
    (
        "clause_more_restrictive_than_L216-6",
        (
            "Retard de livraison : l'annulation de la commande ne pourra être demandée "
            "que par courrier recommandé."
        ),
    ),
    (
        "clause_more_restrictive_than_L216-6",
        (
            "LATE DELIVERY: CANCELLATION ONLY BY REGISTERED MAIL WITH ACKNOWLEDGEMENT "
            "OF RECEIPT."
        ),
    ),
    (
        "late_delivery_surcharge_clause_outdated",
        (
            "Pénalités de retard : 10 % du prix si le retard n'excède pas 30 jours, 20 "
            "% jusqu'à 60 jours, 50 % au-delà."
        ),
    ),
    (
        "late_delivery_surcharge_clause_outdated",
        (
            "Late delivery compensation: 10% of the price for a delay up to 30 days, "
            "20% up to 60 days and 50% beyond 60 days."
        ),
    ),
    (
        "late_delivery_surcharge_clause_outdated",
        (
            "indemnite de retard : 10 % jusqu'a 30 jours de retard, 20 % jusqu'a 60 "
            "jours, 50 % au-dela"
        ),
    ),
    (
        "late_delivery_surcharge_clause_outdated",
        (
            "Retard de livraison - majoration : 10 % (moins de 30 jours), 20 % (de 30 "
            "à 60 jours), 50 % (plus de 60 jours)."
        ),
    ),
    (
        "suspicious_duration",
        "Droit de rétractation : vous disposez de 104 jours pour vous rétracter.",
    ),
    (
        "suspicious_duration",
        "Withdrawal: you have fourteen (41) days to change your mind.",
    ),
    (
        "suspicious_duration",
        "Retractation : quatorze (15) jours a compter de la reception.",
    ),
    (
        "suspicious_duration",
        "Reserves: notify the carrier in writing within 23 days.",
    ),
    (
        "repair_extension_outdated",
        (
            "Après réparation au titre de la garantie légale, le bien bénéficie d'une "
            "extension de garantie de 6 mois."
        ),
    ),
    (
        "repair_extension_outdated",
        (
            "When the goods are repaired under the legal guarantee, the guarantee is "
            "extended by six months."
        ),
    ),
    (
        "repair_extension_outdated",
        "REPARATION : LA GARANTIE LEGALE EST PROLONGEE DE 6 MOIS APRES REPARATION.",
    ),
    (
        "repair_extension_outdated",
        "Guarantee extension after repair: 6-month extension of the legal guarantee.",
    ),
]

SWEEP_NEAR_MISSES = [
    (
        "Conformément à l'article L217-7, les défauts apparaissant dans les 24 mois "
        "suivant la délivrance (12 mois pour les biens d'occasion) sont présumés "
        "exister au moment de la délivrance."
    ),
    (
        "Defects appearing within 24 months of delivery (12 months for second-hand "
        "goods) are presumed to have existed at delivery."
    ),
    (
        "A défaut de résolution amiable, le litige sera porté devant le tribunal "
        "compétent."
    ),
    (
        "Failing an amicable settlement, the dispute will be brought before the "
        "competent court."
    ),
    (
        "Tout risque de perte ou d'endommagement des biens est transféré au "
        "consommateur au moment où il prend physiquement possession des biens."
    ),
    (
        "Risk passes to you when you, or a third party you designate other than the "
        "carrier, take physical possession of the goods."
    ),
    (
        "Les articles peuvent être essayés comme en magasin ; une dépréciation "
        "résultant de manipulations autres que celles nécessaires pour établir la "
        "nature du bien pourra être retenue."
    ),
    (
        "You may return goods in any condition; you are only liable for any diminished "
        "value resulting from handling beyond what is necessary."
    ),
    (
        "Vous pouvez nous signaler tout problème dans les 30 jours suivant la "
        "réception via notre service client."
    ),
    (
        "Votre réclamation auprès de notre service client peut être formulée dans un "
        "délai de 3 mois."
    ),
    (
        "Nous vous conseillons de vérifier votre colis en présence du livreur; ceci ne "
        "prive pas de vos recours contre nous."
    ),
    (
        "The legal guarantee of conformity applies for two years from delivery; you "
        "may also benefit from the manufacturer's warranty in addition."
    ),
    "Garantie commerciale : 3 ans pièces et main d'oeuvre.",
    "Extended warranty: 24 months.",
    "Les frais de retour au titre de la garantie légale sont à notre charge.",
    "Risk of loss passes to you when you receive the goods.",
    "Les produits voyagent à nos risques jusqu'à leur remise entre vos mains.",
    "Goods travel at our risk until you take possession of them.",
    (
        "We recommend you check your parcel on delivery; this does not affect your "
        "rights against us."
    ),
    "Votre colis est expédié sous 48 heures.",
    (
        "Refunds are made within 14 days of your withdrawal notice; we may withhold "
        "the refund until we have received the goods back."
    ),
    (
        "Vous disposez de 14 jours pour vous rétracter ; le remboursement intervient "
        "sous 7 jours après réception du retour."
    ),
    (
        "The legal guarantee of conformity lasts 2 years from delivery (12 months "
        "presumption for second-hand goods)."
    ),
    "Pour les biens d'occasion, la présomption est de 12 mois.",
    (
        "Defects of conformity that appear within 24 months of delivery are presumed "
        "to exist at delivery, 12 months for used goods."
    ),
    (
        "En cas de retard de livraison, vous pouvez nous enjoindre par écrit de livrer "
        "dans un délai supplémentaire raisonnable ; à défaut, vous pouvez résoudre le "
        "contrat."
    ),
    (
        "If we fail to deliver on time, you may set us an additional period and, if we "
        "still fail, terminate the contract."
    ),
    (
        "Tout retard de paiement entraîne des pénalités égales à trois fois le taux "
        "d'intérêt légal."
    ),
    (
        "Le client peut recourir gratuitement à un médiateur de la consommation ; il "
        "peut aussi saisir le tribunal compétent."
    ),
    (
        "You may use our mediation scheme free of charge; this does not prevent you "
        "from going to court."
    ),
    "Les retours sont acceptés dans tous les cas, même si l'article a été déballé.",
    (
        "Please return the item in its original packaging if you still have it; this "
        "is not a condition of your refund."
    ),
    (
        "Articles d'hygiène descellés après livraison : pas de rétractation (article "
        "L221-28)."
    ),
    "Extended warranty: 3 years parts and labour.",
    "La garantie commerciale de 2 ans s'ajoute à la garantie légale.",
    "Notre service client répond à vos réclamations sous 5 jours ouvrés.",
    (
        "Article 5 - Droit de rétractation\nVous disposez de quatorze jours pour vous "
        "rétracter. Nous remboursons toutes les sommes versées, frais de livraison "
        "compris, sous 14 jours.\n\nANNEXE - FORMULAIRE DE RETRACTATION\nA l'attention "
        "de la boutique. Je vous notifie ma rétractation."
    ),
    "Aucun frais d'annulation ne sera facturé si vous annulez avant l'expédition.",
    "Cancellation fees: none.",
    (
        "Conformément à l'article L221-18 du Code de la consommation, vous disposez de "
        "14 jours."
    ),
    (
        "Plateforme européenne de règlement en ligne des litiges : "
        "https://ec.europa.eu/consumers/odr (service fermé depuis juillet 2025)."
    ),
    (
        "Livraison : nous vous conseillons de noter vos réserves au transporteur ; "
        "vous disposez ensuite de 3 jours pour les lui confirmer."
    ),
    (
        "Tout article manquant doit nous être signalé dans les 30 jours suivant la "
        "réception."
    ),
    (
        "En cas de retard, vous pouvez résoudre le contrat par lettre recommandée ou "
        "par un autre écrit sur support durable."
    ),
    "If delivery is late, you may cancel by any durable medium, e.g. an email.",
    (
        "Late delivery: compensation of 10% of the price up to 14 days late, 20% up to "
        "30 days, 50% beyond."
    ),
    (
        "Pénalités de retard : 10 % si le retard est inférieur ou égal à 14 jours, 20 "
        "% jusqu'à 30 jours, 50 % au-delà."
    ),
    (
        "Après réparation au titre de la garantie légale, la garantie est prolongée de "
        "12 mois."
    ),
    "Droit de rétractation : vous disposez de 14 jours (quatorze) pour vous rétracter.",
    (
        "Vous disposez de 30 jours pour nous retourner un article, au lieu des 14 "
        "jours légaux."
    ),
    (
        "Litiges : le client peut, s'il le souhaite, recourir à un médiateur ; il "
        "reste libre de saisir le tribunal."
    ),
    "Nous remboursons sous 14 jours à compter de votre demande de rétractation.",
]

# A second round, in sloppier and translated registers.
SWEEP_POSITIVES += [
    (
        "legal_guarantee_restricted",
        (
            "garantie : si le produit est defectueux il faut nous le dire dans les 8 "
            "jours sinon on ne peut rien faire"
        ),
    ),
    (
        "legal_guarantee_restricted",
        (
            "For the legal warranty to apply, the item must be sent back in its "
            "original packaging and in perfect resale condition."
        ),
    ),
    (
        "legal_guarantee_restricted",
        "Defective items: the cost of returning them to us is for your account.",
    ),
    (
        "legal_guarantee_restricted",
        (
            "In case of quality problem, we only offer replacement, not refund, thank "
            "you for understanding."
        ),
    ),
    (
        "legal_guarantee_restricted",
        (
            "The statutory warranty claims expire 10 days after the goods have been "
            "received."
        ),
    ),
    (
        "legal_guarantee_restricted",
        (
            "Hidden defects must be reported within 30 days of delivery, failing which "
            "the buyer loses any claim."
        ),
    ),
    (
        "legal_guarantee_restricted",
        (
            "Les réclamations pour vice caché doivent être formulées dans un délai de "
            "2 mois après l'achat."
        ),
    ),
    (
        "legal_guarantee_restricted",
        (
            "GARANTIE LEGALE : LE PRODUIT DOIT ETRE RETOURNE COMPLET AVEC SA FACTURE "
            "ET DANS SON EMBALLAGE D'ORIGINE."
        ),
    ),
    (
        "legal_guarantee_restricted",
        (
            "Guarantee is only valid when defect is checked by our authorised service "
            "centre."
        ),
    ),
    (
        "legal_guarantee_restricted",
        (
            "Pannes : la garantie ne couvre que l'échange de la pièce défectueuse, les "
            "frais de port aller et retour étant à la charge du client."
        ),
    ),
    (
        "clause_unopened_vehicle_condition",
        (
            "Rétractation : les produits doivent nous être retournés complets, non "
            "utilisés et dans leur emballage d'origine scellé."
        ),
    ),
    (
        "clause_unopened_vehicle_condition",
        (
            "Withdrawal right: the goods must be returned in a new state, in the "
            "original packaging with the seal unbroken."
        ),
    ),
    (
        "clause_unopened_vehicle_condition",
        (
            "Delai de retractation 14 jours : article non porte avec etiquette "
            "obligatoire, sinon pas de remboursement."
        ),
    ),
    (
        "risk_transfer_at_carrier",
        "Merchandise travels at customer's own risk from the moment of shipment.",
    ),
    (
        "risk_transfer_at_carrier",
        (
            "Dès leur départ de nos entrepôts, les colis sont sous la responsabilité "
            "du client."
        ),
    ),
    (
        "risk_transfer_at_carrier",
        "Les marchandises sont livrées départ usine, aux risques de l'acheteur.",
    ),
    (
        "risk_transfer_at_carrier",
        "Our responsibility ends when the parcel is handed over to the post office.",
    ),
    (
        "transport_reserve_forfeits_rights",
        (
            "Le client doit vérifier son colis devant le livreur ; passé ce délai, "
            "aucune réclamation ne sera prise en compte, ni auprès du transporteur ni "
            "auprès de nous."
        ),
    ),
    (
        "transport_reserve_forfeits_rights",
        (
            "Check your parcel in front of the courier: if you sign without "
            "reservations you lose all rights to claim for damage."
        ),
    ),
    (
        "transport_reserve_forfeits_rights",
        (
            "Aucun recours ne sera possible si les avaries n'ont pas été signalées au "
            "livreur."
        ),
    ),
    (
        "commercial_guarantee_duration_unit_missing",
        "Garantie constructeur : 2.",
    ),
    (
        "commercial_guarantee_duration_unit_missing",
        "Warranty: 1 against any manufacturing defect.",
    ),
    (
        "commercial_guarantee_duration_unit_missing",
        "GARANTIE COMMERCIALE DE 3 SUR LES MOTEURS.",
    ),
]

SWEEP_NEAR_MISSES += [
    "garantie legale de conformite : 2 ans, vous pouvez nous contacter a tout moment.",
    (
        "Pour bénéficier de la garantie légale, contactez notre service client ; les "
        "frais de retour sont à notre charge."
    ),
    "We recommend keeping the original packaging, but a return is accepted without it.",
    "Vous pouvez retourner l'article même ouvert ou essayé, dans les 14 jours.",
    (
        "Le client doit vérifier l'état du colis à la livraison et, en cas de dommage, "
        "émettre des réserves auprès du transporteur dans les 3 jours ouvrables par "
        "lettre recommandée."
    ),
    (
        "Any damage in transit must be reported to the carrier within 3 days (not "
        "counting public holidays) by registered letter; this does not affect your "
        "rights against us."
    ),
    (
        "Les produits sont livrés à l'adresse indiquée ; le transfert des risques "
        "intervient à la réception par le client."
    ),
    "The seller is liable for any loss or damage until the goods are delivered to you.",
    "Warranty: 2 years parts, 1 year labour.",
    "La garantie commerciale de deux (2) ans couvre les pièces.",
    (
        "In accordance with Article L217-3, the seller delivers goods in conformity "
        "with the contract and is liable for any lack of conformity existing at "
        "delivery."
    ),
    (
        "Vous bénéficiez d'un délai de 2 ans à compter de la délivrance du bien pour "
        "agir (article L217-12)."
    ),
]

# A third round: the complaint to the merchant against the carrier's reserve,
# a question answered by the next sentence, security tags.
SWEEP_POSITIVES += [
    (
        "complaint_window_below_legal_minimum",
        "Produit manquant dans votre colis ? Prévenez-nous sous 48h par mail.",
    ),
    (
        "complaint_window_below_legal_minimum",
        "If an item is missing from your order, you must inform us within 24 hours.",
    ),
    (
        "complaint_window_below_legal_minimum",
        "COMMANDE INCOMPLETE : MERCI DE NOUS LE SIGNALER DANS LES 2 JOURS.",
    ),
    (
        "transport_reserve_below_legal_minimum",
        (
            "Colis abîmé : notez vos réserves sur le bon du livreur et confirmez-les "
            "au transporteur sous 24h."
        ),
    ),
    (
        "transport_reserve_below_legal_minimum",
        (
            "Damaged parcel: write your reservations on the courier's slip and confirm "
            "them to the carrier within 48 hours."
        ),
    ),
    (
        "clause_unopened_vehicle_condition",
        (
            "Droit de rétractation : l'étiquette de sécurité apposée sur l'article ne "
            "doit pas avoir été retirée."
        ),
    ),
    (
        "clause_unopened_vehicle_condition",
        "Right of withdrawal: the security tag must still be attached to the garment.",
    ),
    (
        "clause_unopened_vehicle_condition",
        (
            "Retractation : les chaussures doivent etre renvoyees dans leur boite "
            "d'origine, non portees a l'exterieur."
        ),
    ),
    (
        "legal_guarantee_restricted",
        (
            "Defective items must be sent back with the original invoice and the "
            "original box, otherwise the warranty is void."
        ),
    ),
]

SWEEP_NEAR_MISSES += [
    (
        "Un article manquant ? Contactez notre service client, nous traitons votre "
        "demande sous 48 heures."
    ),
    "Our team answers complaints within 24 hours on working days.",
    (
        "Colis abîmé : notez vos réserves sur le bon du livreur et confirmez-les au "
        "transporteur dans les 3 jours ouvrables."
    ),
    (
        "Rétractation : nous vous remercions de retourner l'article si possible dans "
        "son emballage d'origine."
    ),
    (
        "Right of withdrawal: you may try the shoes on indoors; we may deduct a "
        "depreciation if they show signs of wear beyond that."
    ),
]

# The law stated correctly (L217-3, L217-7, L216-6, L241-4 since 2022, L216-4,
# L612-2): nothing to find.
SWEEP_NEAR_MISSES += [
    (
        "Le vendeur répond des défauts de conformité existant lors de la délivrance et "
        "apparaissant dans un délai de deux ans à compter de celle-ci."
    ),
    (
        "Les défauts de conformité qui apparaissent dans un délai de vingt-quatre mois "
        "à compter de la délivrance du bien, ou de douze mois pour les biens "
        "d'occasion, sont présumés exister au moment de la délivrance, sauf preuve "
        "contraire."
    ),
    (
        "If the goods are not delivered on time, you may ask us in writing to deliver "
        "within a reasonable additional period; if we fail to do so, you may terminate "
        "the contract by letter or email."
    ),
    (
        "Si le vendeur n'a pas livré dans ce délai supplémentaire, le consommateur "
        "peut résoudre le contrat par lettre recommandée avec accusé de réception ou "
        "par un écrit sur un autre support durable."
    ),
    (
        "Late delivery compensation for contracts concluded since 2022: 10% up to 14 "
        "days late, 20% from 15 to 30 days, 50% beyond 30 days."
    ),
    (
        "Les risques de perte ou d'endommagement des biens sont transférés au "
        "consommateur lorsqu'il prend physiquement possession des biens ou qu'un tiers "
        "désigné par lui, autre que le transporteur proposé par nous, en prend "
        "possession."
    ),
    (
        "Les frais de renvoi du bien à la suite de la rétractation sont à la charge du "
        "client."
    ),
    "Return costs after a withdrawal are borne by the customer.",
    (
        "La garantie commerciale ne s'applique pas aux produits endommagés par une "
        "mauvaise utilisation."
    ),
    (
        "Conformément à l'article L612-1, le consommateur peut recourir gratuitement "
        "au médiateur CM2C, après une réclamation écrite préalable auprès de notre "
        "service client."
    ),
    (
        "The consumer may only refer a dispute to the mediator after first trying to "
        "resolve it directly with us by written complaint."
    ),
    (
        "Le droit de rétractation ne s'applique pas aux biens confectionnés selon les "
        "spécifications du consommateur."
    ),
]

# Concepts met in development-6, in our own words.
SWEEP_POSITIVES += [
    (
        "risk_transfer_at_carrier",
        "Once we hand your order over to the shipping company, risk passes to you.",
    ),
    (
        "risk_transfer_at_carrier",
        "Risk passes on handover to the haulier.",
    ),
    (
        "clause_unopened_vehicle_condition",
        (
            "Rétractation : pour des raisons d'hygiène, un matelas n'est repris que si "
            "sa housse plastique de protection est intacte."
        ),
    ),
    (
        "clause_unopened_vehicle_condition",
        (
            "Withdrawal: for hygiene reasons a mattress is only taken back if its "
            "protective cover has not been removed."
        ),
    ),
    (
        "transport_reserve_forfeits_rights",
        (
            "Livraison : faute d'avoir respecté cette procédure, le client perd tout "
            "recours contre le transporteur comme contre nous."
        ),
    ),
    (
        "complaint_window_below_legal_minimum",
        (
            "PIECE MANQUANTE : LE CLIENT NOUS LE SIGNALE DANS LES DEUX (2) JOURS "
            "SUIVANT LA LIVRAISON."
        ),
    ),
    (
        "transport_reserve_below_legal_minimum",
        (
            "Any reservation must be confirmed to the carrier within one (1) day of "
            "delivery."
        ),
    ),
    (
        "commercial_guarantee_duration_unit_missing",
        (
            "Notre garantie atelier a une durée de :\n- 2 ans pour les cadres ;\n- 1 "
            "pour les roues et les freins."
        ),
    ),
    (
        "commercial_guarantee_duration_unit_missing",
        "Our care plan, a commercial guarantee: two on parts and labour.",
    ),
    (
        "annex_excludes_delivery_refund",
        (
            "Article 5 - Droit de rétractation\nVous disposez de quatorze jours pour "
            "vous rétracter. Nous remboursons toutes les sommes versées, frais de "
            "livraison compris, sous 14 jours.\n\nAnnex A - Returns\nWe refund the "
            "price of the goods returned. Delivery charges paid on the original order "
            "are non-refundable."
        ),
    ),
]

SWEEP_NEAR_MISSES += [
    (
        "La livraison est réputée effectuée lors de la remise du colis entre vos mains "
        "; les risques vous sont transférés à ce moment-là."
    ),
    (
        "Rétractation : les oreillers et protège-matelas sous emballage scellé ne "
        "peuvent être repris s'ils ont été descellés après la livraison, pour des "
        "raisons d'hygiène."
    ),
    (
        "Article manquant ? Contactez notre service client, nous traitons votre "
        "demande sous 48 heures."
    ),
]

MEDIATION_PARAGRAPHS = [
    (
        "Médiation : le client peut recourir gratuitement au dispositif de "
        "médiation de la consommation auquel nous adhérons.",
        "mediator_identity_incomplete",
    ),
    (
        "Mediation: you may refer the dispute free of charge to the consumer "
        "mediation scheme we belong to.",
        "mediator_identity_incomplete",
    ),
    (
        "MEDIATION : NOUS ADHERONS A UN SERVICE DE MEDIATION DE LA CONSOMMATION, "
        "GRATUIT POUR LE CLIENT.",
        "mediator_identity_incomplete",
    ),
    (
        "En cas de litige, vous pouvez recourir à la médiation de la consommation "
        "(voir notre site).",
        "mediator_identity_incomplete",
    ),
    ("Litiges : tribunal de commerce de Paris.", "no_mediator"),
    ("Disputes: the courts of Paris have jurisdiction.", "no_mediator"),
    (
        "Litiges : le client peut saisir gratuitement la Stichting Geschillen "
        "Webwinkels, Den Haag, www.geschillen.example.",
        None,
    ),
    (
        "A défaut de résolution amiable, le litige sera porté devant le tribunal "
        "compétent.",
        "no_mediator",
    ),
]


@pytest.mark.parametrize(("expected", "text"), SWEEP_POSITIVES)
def test_sweep_wordings_give_their_finding(expected, text):
    assert codes(text) == {expected}


@pytest.mark.parametrize("text", SWEEP_NEAR_MISSES)
def test_sweep_near_misses_give_no_finding(text):
    assert codes(text) == set()


@pytest.mark.parametrize(("text", "expected"), MEDIATION_PARAGRAPHS)
def test_a_mediation_scheme_without_its_name_is_incomplete(text, expected):
    found = {
        finding.code
        for finding in check_policy(Policy(), text, at=date(2026, 12, 1))
        if "mediator" in finding.code
    }
    assert found == ({expected} if expected else set())


def test_the_sweep_gives_each_code_four_wordings():
    counts = Counter(code for code, _text in SWEEP_POSITIVES)
    assert set(counts) == TEXT_CODES
    assert {code: n for code, n in counts.items() if n < 4} == {}
