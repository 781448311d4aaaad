# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Short terms-of-sale texts modelled on the four seed merchants (LEGAL_RULES §15-16).

Written for the tests in our own words: each keeps the clauses that matter for the
lint, not the merchant's wording. ``COMPLIANT_TEXT_FR`` and ``COMPLIANT_TEXT_EN`` are
terms that should raise no finding under current law.
"""

RALLYE_000 = """
<h2>General conditions of sale</h2>
<p>These conditions apply to every order placed on our website. We deliver within the
limit of our stock; when a model is out of stock a delay of 4 to 6 weeks may be
needed. Pre-orders shipped in several parcels are charged the shipping cost once.</p>
<h3>Right of withdrawal</h3>
<p>In accordance with article L121-16 of the Consumer Code, you have 7 days from the
receipt of your parcel to send products back to us for an exchange or a refund,
except the delivery fee. Models made to your specifications cannot be returned.</p>
<h3>Missing or damaged items</h3>
<p>Any missing or damaged item must be reported to us within 7 full days of
receipt.</p>
<h3>Guarantee</h3>
<p>Our products are guaranteed 1 year, exchange only. Return fees under this
guarantee are paid by the buyer.</p>
<h3>Payment</h3>
<p>Orders paid by cheque are kept for 7 days and cancelled on the 8th day if no
cheque has arrived. The goods remain our property until full payment. Sums unpaid
after a formal notice remaining without effect bear a penalty of 10 %.</p>
"""

MINIALUXE_001 = """
General terms of sale - Minialuxe-like collector cars.

1. Withdrawal. Under articles L.121-16 to L.121-20 of the Consumer Code and European
Directive 97/7/EC, the buyer has seven working days from delivery to withdraw from the
purchase, without giving any reason; only return costs are charged.

2. Delivery. Delivery is made when the goods are handed to the carrier; the goods
travel at the buyer's risk. If delivery is more than 30 days late, the buyer may cancel
the order by registered letter with acknowledgement of receipt.

3. Transport damage. Damage must be notified to the carrier and to us within 8 days.

4. Guarantee. A defective model is replaced under our guarantee only if it comes back
in its original packaging. The guarantee against hidden defects of articles 1641 ff. of
the Civil Code applies.
"""

SMALLMX_002 = """
<p><b>7. Droit de rétractation.</b> Le Client dispose d'un délai de quatorze (14) jours
à compter du lendemain de la réception du Produit pour exercer son droit de
rétractation.</p>
<p><b>9.4 Retard de livraison.</b> Le Client ne peut annuler sa commande que si la
livraison intervient plus de 30 jours après la date limite annoncée.</p>
<p><b>9.5 Annulation.</b> Toute annulation après la préparation de la commande donne
lieu à la retenue d'un forfait de 50 € HT (60 € TTC) ; si le colis a été expédié ou
refusé, les frais réels de retour du transporteur s'y ajoutent.</p>
<p><b>12.1 Véhicules.</b> Un véhicule n'est repris que dans sa caisse d'origine jamais
ouverte et s'il n'a jamais roulé.</p>
<p><b>12.2 Garantie légale.</b> Les défauts de conformité qui apparaissent dans un délai
de six mois à compter de la délivrance du bien sont présumés exister au moment de la
délivrance. Le véhicule doit être inutilisable et le défaut constaté par un expert
automobile agréé ; la pièce est renvoyée dans son emballage d'origine.</p>
<p><b>17.1 Remboursement.</b> Les frais de livraison sont remboursés au prorata de la
valeur des Produits retournés.</p>
<p><b>18. Garantie commerciale.</b> Le cadre est garanti un (1) ; le moteur et la
batterie sont garantis trois (3) mois à compter de la réception.</p>
<p><b>27. Médiation.</b> Le Client peut recourir gratuitement au médiateur de la
consommation SAS Médiation Solution, www.sasmediationsolution-conso.fr. La Commission
européenne met aussi à disposition une plateforme de règlement en ligne des litiges :
https://ec.europa.eu/consumers/odr/.</p>
<p><b>Annexe 1.</b> En cas de rétractation, les frais de livraison ne sont pas
remboursés.</p>
"""

RAYNAUD_003 = """
Article 8 - Delivery. Orders are delivered within 15 working days from the validation
of the order and its payment. No partial delivery is made.

8.3 If the order is cancelled for late delivery, the sums paid are refunded within 14
days; beyond that, the amount due is increased by 10 % if the refund is made within
30 days, 20 % within 60 days and 50 % beyond.

8.4 Damage in transport must be noted as precise reserves on the delivery slip and
confirmed in writing within 23 days.

Article 9 - Withdrawal. The customer has 30 days from receipt of the products to
withdraw. A period ending on a Saturday, a Sunday or a public holiday is extended to the
next working day. Returned products must be complete and in a condition allowing their
resale.

Article 12 - Archiving. Orders of 120 euros or more are archived for 10 years.

Article 14 - Disputes. The customer first contacts our customer service for an amicable
solution. If no mediation succeeds within 15 days, the dispute is brought before the
competent court. The European online dispute resolution platform is available at
https://ec.europa.eu/consumers/odr.

Annex 2 - Legal texts. Article L217-4 of the Consumer Code: the seller delivers goods in
conformity with the contract and answers for defects existing at delivery. Article
L217-16 of the Consumer Code: a period of immobilisation of at least seven days is added
to the remaining commercial guarantee.
"""

COMPLIANT_TEXT_FR = """
<h2>Conditions générales de vente</h2>
<p><b>Rétractation.</b> Le Client dispose d'un délai de quatorze jours à compter de la
réception du dernier bien de sa commande pour exercer son droit de rétractation, sans
avoir à motiver sa décision (articles L221-18 et suivants du Code de la consommation).
Le délai qui expire un samedi, un dimanche ou un jour férié est prorogé jusqu'au
premier jour ouvrable suivant. Il peut utiliser le formulaire type ou la fonction
« renoncer au contrat ici » de son espace client. Nous remboursons toutes les sommes
versées, frais de livraison initiaux compris, au plus tard quatorze jours après avoir
été informés de sa décision ; les frais de renvoi des biens restent à sa charge.</p>
<p><b>Livraison.</b> Le bien est livré à la date indiquée lors de la commande, au plus
tard trente jours après celle-ci. Le transfert des risques a lieu lorsque le Client, ou
un tiers désigné par lui et autre que le transporteur, prend physiquement possession du
bien. En cas de retard, le Client peut résoudre le contrat par lettre recommandée avec
demande d'avis de réception ou par un écrit sur un autre support durable, après nous
avoir enjoint d'effectuer la livraison dans un délai supplémentaire raisonnable. Les
sommes non remboursées dans les quatorze jours sont majorées de 10 % jusqu'à quatorze
jours de retard, de 20 % jusqu'à trente jours et de 50 % au-delà.</p>
<p><b>Garanties légales.</b> Le consommateur dispose d'un délai de deux ans à compter
de la délivrance du bien pour obtenir la mise en œuvre de la garantie légale de
conformité. Les défauts apparus dans les vingt-quatre mois (douze mois pour un bien
d'occasion) sont présumés exister à la délivrance. Le bien réparé dans le cadre de cette
garantie bénéficie d'une extension de garantie de douze mois (six mois pour les
contrats conclus avant le 31 juillet 2026). Le vendeur de mauvaise foi
qui fait obstacle à cette garantie encourt une amende civile de 300 000 euros au plus.
Le consommateur bénéficie aussi de la garantie des vices cachés (articles 1641 à 1649
du Code civil).</p>
<p><b>Médiation.</b> Le Client peut recourir gratuitement au médiateur de la
consommation CM2C, 49 rue de Ponthieu, 75008 Paris, www.cm2c.net.</p>
"""

COMPLIANT_TEXT_EN = """
Right of withdrawal. You may withdraw within fourteen (14) days of the day you, or a
third party you name, take physical possession of the last item of your order. You can
use the model form or the "withdraw from contract here" button in your account. We
refund every payment received, including the standard delivery costs, within 14 days
of being informed of your decision. The direct cost of returning the goods is yours.

Delivery and risk. Risk passes to you when you, or a third party other than the carrier
indicated by you, take physical possession of the goods.

Legal guarantee of conformity. You have two years from delivery to invoke the legal
guarantee of conformity; defects appearing within 24 months (12 months for second-hand
goods) are presumed to exist at delivery. A seller who obstructs it in bad faith faces
a civil fine of up to EUR 300,000. You also benefit from the guarantee against hidden
defects (articles 1641 to 1649 of the French Civil Code).

Mediation. You may refer a dispute free of charge to our consumer mediator, CM2C, 49 rue
de Ponthieu, 75008 Paris, https://www.cm2c.net.
"""
