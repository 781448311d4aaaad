# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Legal concepts of terms of sale, each with its synonyms and paraphrases.

A clause says the same thing in many words: "défectueux", "en panne", "faulty",
"non conforme" all name a lack of conformity; "dès la sortie de nos entrepôts",
"upon dispatch", "à la remise au transporteur" all name the moment goods leave the
merchant. The reader (:mod:`consumer_law_rules.clause_rules`) matches concepts, not
sentences seen before: a finding is a combination of concepts in one sentence, read
in its scope (:func:`exception_start`, :func:`quotes_the_law`, :func:`is_optional`).

Patterns match the normalised text of :class:`~consumer_law_rules.terms_text.TermsText`
(no accents, lower case, typographic quotes folded, spaces collapsed).

>>> bool(concept("defect").search("un produit defectueux"))
True
>>> exception_start("les frais sont a la charge du client, sauf produit defectueux")
38
>>> quotes_the_law("conformement a l'article l217-3, le vendeur repond des defauts")
True
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

__all__ = [
    "CONCEPTS",
    "concept",
    "exception_start",
    "is_optional",
    "outside_exceptions",
    "quotes_the_law",
]

CONCEPTS: Final[dict[str, str]] = {
    # A lack of conformity, a defect, the legal or a commercial guarantee.
    "defect": (
        r"defect|(?<!a )(?<!par )defaut|defectu|faulty|\bfault\b|\bvices?\b(?!-)|hidden"
        r" defect|latent defect|en panne|\bpannes?\b|breakdown|malfunction"
        r"|dysfonction|non[- ]?conformi|lack of conformity|not conform|\bsav\b"
        r"|after[- ]sales?|garanti|guarant|warrant|hors d'usage|out of order"
        r"|(?:probleme|defaut|souci) de qualite|quality (?:problem|issue|defect)"
        r"|quality of the (?:goods|products?|items?|merchandise)|qualite (?:des|du"
        r"|de la) (?:produits?|marchandises?|biens?|articles?)"
    ),
    # The withdrawal (cooling-off) right.
    "withdrawal": (
        r"retract|withdraw|cooling[- ]off|change (?:your|his|her|their) mind"
        r"|reflexion|reflection (?:period|delay|time|term)|changer d'avis"
        r"|satisf\w+ or (?:your )?money back"
        r"|not (?:happy|satisfied) with|pas satisfait|ne (?:vous )?(?:convient"
        r"|convenant"
        r"|satisfait) pas|without (?:giving )?(?:any )?reason|no questions asked"
        r"|\b97/7\b|politique (?:de|des) retours?|returns? polic(?:y|ies)"
        r"|renonc\w* (?:au|a son|a votre) (?:contrat|achat)|right to cancel"
        r"|cancell?ation (?:right|period)|satisfait ou rembourse|l\.? ?221-(?:18"
        r"|2[1-8])"
        r"|l\.? ?121-(?:1[6-9]|20)"
    ),
    # The withdrawal named in words that can mean nothing else.
    "withdrawal_named": (
        r"retract|withdraw|cooling[- ]off|reflexion|reflection (?:period|delay|time"
        r"|term)|\b97/7\b"
        r"|renonc\w* (?:au|a son|a votre) (?:contrat|achat)|right to cancel"
        r"|cancell?ation (?:right|period)|satisfait ou rembourse"
        r"|satisf\w+ or (?:your )?money back|l\.? ?221-(?:18|2[1-8])"
        r"|l\.? ?121-(?:1[6-9]|20)"
    ),
    # A refund.
    "refund": (
        r"rembours|refund|reimburs|\brepay|money back|\bre?mb(?:ts?|t\.|mt)(?!\w)"
        r"|\bremb\.|\brfnd\b|restitu\w* (?:les |des |la |le )?"
        r"(?:sommes?|montants?|prix)|(?:sommes?|montants?) (?:\w+ ){0,3}(?:vous )?"
        r"(?:seront|sera) (?:restitue|rendu|reverse)|(?:sums?|amounts?|monies|money"
        r"|price) (?:\w+ ){0,4}(?:returned|paid(?: back)?|given back|repaid) to you"
        r"|(?:money|payment|sums?|amounts?|price) (?:is |are |will be |shall be )"
        r"(?:returned|paid back|given back|repaid|credited)"
    ),
    # Transport damage or missing goods: the carrier's clauses (C. com. L133-3).
    "transport": (
        r"transporteur|transporter|carrier|\btransit\b|transport|avarie|\breserves\b"
        r"|manquant"
        r"|missing|colis (?:abime|endommage|ouvert)|damaged (?:parcel|package|in)"
        r"|bon de livraison|delivery (?:slip|note)|\bcasse|broken|\bdamag|dommage"
        r"|endommag|abime|erreur de (?:livraison|reference|produit)|wrong item"
    ),
    # A claim or notice by the customer.
    "notice": (
        r"signal|notif|reclam|declar|report|inform|denonc|averti|\bclaims?\b"
        r"|contact(?:er)? (?:us"
        r"|nous"
        r"|le service)|faire part|avis(?:er|ez)|prevenir|parven|adress|complain|raised"
        r"|let us know|tell us|be made|be brought"
        r"|nous (?:le |la |les )?(?:dire|ecrire)\b"
    ),
    # The delivery or the receipt of the goods, the event a window runs from.
    "receipt": (
        r"livraison|reception|delivrance|receipt|delivery|receiving|received|achat"
        r"|purchase|la vente|the sale|commande|order"
    ),
    # Goods in the state the merchant could resell them: a condition on a return.
    "resale_state": (
        r"parfait etat|etat (?:neuf|d'origine|irreprochable)|(?:en|dans) (?:leur "
        r"|son )?"
        r"etat (?:de revente|d'origine)|revendable|etat de revente"
        r"|(?:etre|sont|soient|seront|be|are|is|returned|retourne\w*|renvoye\w*|repris"
        r"|accepted|accepte\w*|produits?|articles?|biens?|goods|items?|products?)\W+"
        r"(?:\w+\W+){0,3}?complet(?:e|s|es)?\b"
        r"|\bun(?:worn|washed|opened|assembled|installed|altered|sealed)\b"
        r"|non (?:utilise|deballe|descelle|monte|lave|porte|ouvert)|(?:jamais"
        r"|pas) (?:ete )?"
        r"(?:utilise|deballe|descelle|monte|ouvert)|deballe|descelle|\bunused\b"
        r"|in (?:perfect|new|mint|as[- ]new|original|resal\w*|saleable|pristine)"
        r" (?:condition|state)|resal(?:e)?able|re-?saleable|(?:with|all) (?:its "
        r"|their |the )?(?:original )?"
        r"(?:labels|tags)|(?:avec|munie?s? de|porte|portant) (?:leurs? |ses |les "
        r"|toutes (?:leurs |ses |les ))?etiquettes?|etiquettes? (?:attachee"
        r"|d'origine|intacte)"
        r"|emballage (?:d'origine|original|intact)"
        # a security tag or seal left on the goods
        r"|(?:etiquettes?|badges?|scelles?) (?:\w+ )?(?:de securite|antivol)"
        r"|security (?:tags?|labels?|seals?)|(?:tags?|labels?|seals?) (?:must )?"
        r"(?:still )?(?:be )?(?:attached|intact|unbroken|in place)"
        r"|original (?:\w+ )?(?:packaging|box|package)|sealed (?:packaging|box|package)"
        r"|emballage (?:\w+ )?(?:scelle|non ouvert|intact)|caisses? d'origine"
        r"|jamais (?:ete )?roules?|never (?:been )?(?:ridden|driven|opened)"
        # a vehicle never used: never on the road, its odometer at zero, its
        # protective films still on
        r"|jamais (?:ete )?(?:circule|conduit|utilise sur la voie)|never (?:been )?"
        r"(?:used on (?:the|a|public) roads?|on the road)|(?:compteur|odometre)"
        r" (?:kilometrique )?a zero|(?:odometer|mileage) (?:at|reading) (?:zero|0)\b"
        r"|(?:films?|pellicules?|housses?) (?:plastiques? )?(?:de protection"
        r"|protecteurs?|protectrices?)|protective (?:covers?|films?"
        r"|foils?)"
        r"|(?:in|dans) (?:the )?(?:same )?(?:condition|state|l'etat) (?:in which|as"
        r"|ou|dans lequel)|\bneufs?\b|\bneuves?\b|as new|brand new|\bunopened\b"
        r"|un-opened"
        r"|(?:aucune?|sans|ni) (?:\w+ )?(?:alteration|degradation|trace"
        r" d'(?:usure|utilisation|usage))|no (?:signs? of (?:use|wear)|alteration"
        r"|damage)|without (?:any )?(?:signs? of (?:use|wear)|alteration)"
        r"|(?:sans|jamais|pas) (?:avoir )?(?:ete )?(?:demarre|roule|mis en route"
        r"|mis en service)|never (?:been )?(?:started|used|worn|washed|assembled"
        r"|installed)|(?:compteur a )?zero (?:km|kilometres?)\b"
        r"|not (?:been )?(?:used|opened"
        r"|unpacked|unsealed|worn)|unpacked|unsealed|undamaged packaging"
    ),
    # The merchant replaces or exchanges, and gives no refund.
    "exchange_not_refund": (
        r"(?:echang|remplac|replac|exchang)[^.;]{0,60}?(?:;|,|\.|:)?[^.]{0,20}?"
        r"(?:aucun remboursement|no refunds?|not (?:be )?refunded|not (?:a )?refund\b"
        r"|jamais rembours|ne (?:sera|seront|donne|donnera) (?:pas|lieu a aucun"
        r"|jamais) (?:lieu a )?"
        r"(?:un )?rembours|ne (?:sera|seront|fera|feront) (?:en aucun cas|aucunement"
        r"|nullement) (?:l'objet d'un )?rembours|under no circumstances (?:be )?"
        r"refunded|pas (?:de )?rembours|ni rembours|rather than refund"
        r"|instead of (?:a )?refund|no money back)"
        r"|(?:aucun remboursement|no refunds?|not (?:be )?refunded|jamais rembours"
        r"|ni rembourse)[^.]{0,40}?(?:echang|remplac|replac|exchang|avoir|credit note"
        r"|store credit|bon d'achat)"
        r"|(?:echang|remplac|replac|exchang)[^.]{0,80}?(?:a l'exclusion de (?:tout )?"
        r"|sans (?:aucun )?|excluding (?:any )?|without (?:any )?)(?:rembours|refund)"
        r"|(?:uniquement|seulement|exclusivement|only|solely) (?:a |au |par |to |by )?"
        r"(?:l'|la |le |son |sa |leur |un |une |the |an? |its |their )?(?:simple )?"
        r"(?:echange|remplacement|exchange|replacement)\b"
        r"|(?:echang|exchang|remplac|replac)\w*[^.;,]{0,30}? only\b(?! (?:if|when"
        r"|after|within|by|with))"
        r"|(?:se limite|limitee?s?|limited|restricted|reduite?s?) (?:a |au |aux |to )"
        r"(?:l'|la |le |the |un |une |a )?(?:simple )?(?:echange|remplacement"
        r"|reparation"
        r"|exchange|replacement|repair|avoir|credit)"
        r"|(?:se reserve|nous reservons|reserve) (?:le choix|le droit de choisir)"
        r"|(?:reserves?|retains?|keeps?) the (?:right to choose|choice)"
        r"|(?:le )?choix (?:appartient|revient|incombe) (?:au vendeur|a la societe"
        r"|a nous)|(?:the )?choice (?:is|belongs to|rests with) (?:us|the seller"
        r"|the company)"
        r"|(?:we|nous) (?:will |shall )?(?:decide|choose|determine|decid\w+|choisi\w+"
        r"|determin\w+)[^.]{0,30}?(?:repair|replace|repar|remplac|refund|rembours)"
        r"|(?:sous forme d'|par |un |en )?(?:avoir|bon d'achat)s? (?:uniquement"
        r"|seulement)"
        r"|(?:store credit|credit note|voucher) only"
        r"|(?:only|solely) (?:by )?(?:store credit|credit note|voucher)"
        r"|au choix (?:du vendeur|de la societe|de notre societe)"
        r"|a notre (?:seul )?choix"
        r"|a notre (?:seule )?(?:convenance|discretion)|at (?:our|the seller's|the"
        r" company's) (?:sole |own )?(?:discretion|option|choice)|as we (?:see fit"
        r"|choose|decide)"
    ),
    # The customer bears costs.
    "costs_on_buyer": (
        r"(?:a la charge|aux frais|a l'entiere charge|supportes?|payes?|assumes?"
        r"|regles?)"
        r" (?:exclusive |entiere )?(?:par |de |du )?(?:l'acheteur|du client|le client"
        r"|de l'acheteur|du consommateur|l'utilisateur|du destinataire)"
        r"|a (?:vos|ses|leurs) (?:frais|charges?|depens)|a votre charge"
        r"|(?:rest\w*|demeur\w*|sont|seront|sera|est|etant) a (?:sa|leur) charge"
        r"|at (?:the )?(?:buyer|customer|purchaser|client|consumer)'?s?'? (?:own )?"
        r"(?:expense|cost|charge)|at your (?:own )?(?:expense|cost)|(?:paid|borne"
        r"|payable"
        r"|covered) by (?:the |you)(?:buyer|customer|purchaser|client|consumer)?"
        r"|(?:is |are )?for (?:your|the (?:buyer|customer|purchaser|client"
        r"|consumer)'?s?) (?:own )?account"
        r"|(?:you|he|she|they|the (?:buyer|customer|purchaser|client|consumer))"
        r" (?:(?:must|shall|will|has to|have to|is to|are to) )?(?:pays?|bears?"
        r"|is responsible for|are responsible for)\b"
    ),
    # Return or shipping costs.
    "return_costs": (
        r"frais (?:de |d')?(?:retour|renvoi|port|envoi|expedition|transport"
        r"|reexpedition"
        r"|reexpedition)|port (?:retour|aller|aller-retour)|(?:return|shipping|postage"
        r"|carriage|transport|delivery) (?:costs?|fees?|charges?|expenses?)"
        r"|\bretours?\b|\breturns?\b|\brenvoi"
        r"|return (?:shipping|postage|carriage)|cost of return|\bpostage\b"
        r"|frais d'envoi|send(?:ing)? (?:it |them |the \w+ )?(?:back )?to us"
        r"|returning (?:it |them |the \w+ )?(?:back )?to us"
    ),
    # The moment the goods leave the merchant (before the consumer has them).
    "dispatch": (
        r"(?:sortie|depart) (?:des (?:marchandises|produits|biens|colis) |du colis )?"
        r"(?:de |des |d')?(?:nos |notre |ses )?"
        r"(?:entrepots?|magasins?|locaux|stocks?|ateliers?|usines?)"
        r"|quitt\w* (?:nos |notre |les |le )?(?:entrepots?|magasins?|locaux|stocks?"
        r"|ateliers?|usines?)"
        r"|(?:leave|leaves|left|leaving|departure)(?: of (?:the )?(?:goods|products"
        r"|items|parcels?|merchandise|order))?(?: of| from)? (?:our|the seller's"
        r"|the company's|the) (?:warehouse|premises|shop|store|factory|workshop"
        r"|depot|stock)"
        r"|\bpartie?s? (?:de chez nous|de nos (?:entrepots?|locaux|magasins?"
        r"|ateliers?))"
        r"|(?:has|have|once it has|once they have) left us"
        r"|l'expedition|\bexpeditions?\b|l'envoi|dispatch|shipment|shipping|\bexpedie"
        r"|\bshipped\b|\bsent\b|\benvoye"
        r"|remise (?:des \w+ |du colis |de la marchandise |du bien )?(?:au |a la |aux )"
        r"(?:transporteur|poste|messagerie|services postaux|transitaire|livreur)"
        r"|remis(?:e|es)? (?:au |a la |aux )(?:transporteur|poste|messagerie"
        r"|services postaux|transitaire)|prise en charge (?:du colis |des colis |de la"
        r" marchandise )?par (?:le |la )?(?:transporteur|poste|messagerie|livreur)"
        r"|(?:handed|handing|hand|given|delivered|entrusted) (?:over )?to the"
        r" (?:carrier|post|postal|courier|shipper|haulier|forwarder|forwarding agent"
        r"|logistics? company|shipping company|delivery company)|handover to the"
        r" (?:carrier|courier|haulier|forwarder|forwarding agent|logistics? company"
        r"|shipping company|delivery company)|collected by the (?:carrier|courier)"
        r"|(?:carrier|courier)"
        r" (?:collects|picks up)|la poste|colissimo|chronopost"
    ),
    # The risk of loss or damage.
    "risk": (
        r"\brisques?\b|\brisks?\b|\bperils?\b|sous (?:votre|sa|leur) (?:seule |entiere"
        r" |pleine )?responsabilite|under your (?:sole |own )?responsibility"
        r"|sous la (?:seule |pleine )?responsabilite"
        r" (?:de l'acheteur|du client|du destinataire)|(?:at|under) the (?:buyer"
        r"|customer"
        r"|purchaser)'?s? (?:sole )?responsibility"
    ),
    # Goods used, worn, washed or damaged by the customer refused back.
    "used_refused": (
        r"(?:portes?|laves?|utilises?|montes?|abimes?|endommages?|used|worn|washed"
        r"|signs? of (?:use|wear)|traces? d'(?:usure|utilisation|usage)"
        r"|incomplet\w*"
        r"|assembled|damaged|opened|ouverte?s?|entamee?s?|descellee?s?|deballee?s?)\b"
        r"[^.]{0,40}?(?:ne (?:seront|sera|sont"
        r"|est) (?:ni )?(?:pas )?"
        r"(?:repris|acceptes?|rembourses?|echanges?)|will not be (?:accepted|refunded"
        r"|taken back)|cannot be returned|are not (?:accepted|refunded)|(?:sont|seront)"
        r" refuses|(?:will be|are) refused)"
    ),
    # The merchant said to answer no more for the goods (L221-15, L216-4).
    "merchant_released": (
        r"responsabilite (?:du vendeur |de la societe |de notre societe )?(?:cesse"
        r"|prend fin|s'arrete|est degagee)|(?:our|the seller's|the company's)"
        r" (?:responsibility|liability) (?:ends|ceases|stops|terminates)"
        r"|(?:no longer|not) (?:be )?(?:held )?(?:responsible|liable) for (?:any )?"
        r"(?:lost|loss|damaged?|stolen|theft)|(?:ne sommes plus|n'est plus"
        r"|ne sera plus|ne pourrons etre tenus?) (?:tenue?s? )?responsables? (?:de la "
        r"|des |du |en cas de )?(?:perte|vol|casse|avarie|dommage)"
        r"|(?:declin\w*|n'assum\w*) (?:toute|aucune) responsabilite (?:en cas de"
        r"|pour|quant a) (?:la )?(?:perte|vol|casse|avarie|dommage)"
        r"|(?:accept|assume)s? no (?:liability|responsibility) for"
        r" (?:any )?(?:lost|loss|damage|theft)"
    ),
    # The consumer chose the carrier himself (L216-5: risk at handover then).
    "chosen_carrier": (
        r"autre que (?:le|celui)|other than the carrier|excluding the carrier"
        r"|a l'exclusion du transporteur|not the carrier|de son choix|de votre choix"
        r"|(?:choisi\w*|chooses?|chose|selects?|appoints?|design\w*) (?:lui-meme "
        r"|vous-meme |elle-meme |eux-memes |himself |herself |themselves |yourself )?"
        r"(?:un |une |a |his |her |their |your |son |votre |leur )?(?:own |propre )?"
        r"(?:transporteur|carrier|livreur|courier)|(?:n'est|ne sont) pas (?:\w+ )?"
        r"propose\w* par (?:nous|nos soins|le vendeur)|not (?:offered|proposed"
        r"|provided) by us|outside (?:of )?our (?:offer|delivery options)|of (?:his|her"
        r"|their|your) (?:own )?choice|chosen by (?:the )?(?:customer|consumer|buyer"
        r"|you)|choisi par (?:le |l')?(?:client|consommateur|acheteur)|sauf (?:si"
        r"|lorsque)|(?:choisit|choisi|choose|chooses|chose|selects?|appoints?)"
        r" (?:lui-meme |himself |herself |themselves |yourself )?(?:un |a |his |her"
        r" |their |your )?(?:own )?(?:transporteur|carrier)|propre transporteur"
        r"|(?:transporteur|carrier) (?:que |whom |that |which )?(?:you|vous|he|she"
        r"|they|il|elle|the (?:customer|consumer|buyer)|le client|l'acheteur)"
        r" (?:have |has |avez |a )?(?:chose|chosen|choose|selected|appointed"
        r"|choisi\w*|designe\w*)|other than (?:the one|those) (?:we|that we)"
        r" (?:offer|propose)"
        r"|own carrier|(?:que nous ne proposons pas|not (?:offered|proposed) by us)"
    ),
    # A court or legal action.
    "court": (
        r"justice|judiciaire|tribuna|juridiction|\bcourts?\b|legal action|legal"
        r" proceedings|proceedings|\bjuges?\b|contentieu|litigation|\bsue\b|action en"
    ),
    # A prior step: mediation, conciliation, an amicable attempt, a registered letter.
    "prior_step": (
        r"mediat|concilia|amiable|amicabl|lettre recommandee|recommande avec"
        r"|(?:contact|contacter|saisir|write to|ecrire a|s'adresser a) (?:our |notre "
        r"|le |the )?(?:customer service|service client|service apres-vente"
        r"|after-sales service)"
        r"|registered (?:letter|mail|post)|mise en demeure|formal notice"
    ),
    # A condition placed before the court, whatever the customer may do after it.
    "strict_precondition": (
        r"a defaut de|faute de|failing|in the absence of|en l'absence de|only after"
        r"|(?:shall|must|doivent|devront|s'engagent a) (?:first )?(?:attempt|try|seek"
        r"|recourir|tenter|soumettre)|\baucune action\b|\bno (?:action|proceedings)"
        r" (?:may|can|shall)|avant l'echec|before (?:the )?failure"
        r"|\b(?:should|if|where|when) no\b|\bsi aucune?\b|\blorsqu'aucune?\b"
        r"|qu'apres|qu'a l'issue|sans (?:tentative|avoir|recours|passer)|\buntil\b"
        r"|tant que|subordonn|conditionn|pre-?condition|obligatoire|mandatory"
        r"|compulsory"
        r"|(?:seulement|uniquement|exclusivement) (?:en cas d'echec|apres"
        r"|si (?:la|cette) (?:mediation|conciliation|tentative))|\bqu'en cas d'echec"
        r"|only (?:in (?:the )?(?:event|case) of|upon|on|if) (?:the |its |a )?"
        r"(?:failure|unsuccessful|mediation (?:fails|has failed))"
    ),
    # A condition placed before the court.
    "precondition": (
        r"precede|prealabl|avant (?:de |toute |tout |d'|l'echec|l'issue)"
        r"|before (?:the )?(?:failure|end|outcome|going|bringing|any"
        r"|taking|referring|commencing|initiating|starting)|prior to|\bfirst\b"
        r"|d'abord|en premier lieu|\buntil\b|\bunless\b|tant que|jusqu'a"
        r"|sans (?:tentative|avoir|recours|passer)|without (?:first|prior|having"
        r"|a prior"
        r"|an? (?:attempt|prior))|only after|qu'apres|qu'a l'issue|a defaut de"
        r"|faute de|failing|in the absence of|en l'absence de|subordonn|conditionn"
        r"|\b(?:should|if|where|when) no\b|\bsi aucune?\b|\blorsqu'aucune?\b"
        r"|subject to|obligatoire|mandatory|compulsory|pre-?condition|s'engagent a"
        r"|(?:seulement|uniquement|exclusivement) (?:en cas d'echec|apres"
        r"|si (?:la|cette) (?:mediation|conciliation|tentative))|\bqu'en cas d'echec"
        r"|only (?:in (?:the )?(?:event|case) of|upon|on|if) (?:the |its |a )?"
        r"(?:failure|unsuccessful|mediation (?:fails|has failed))"
        r"|(?:agree|undertake) to (?:first )?(?:attempt|try|seek)"
    ),
    # The customer stays free (an option, not a condition).
    "optional": (
        r"\b(?:peut|peuvent|pouvez|pourra|pourront|pourrez|may|can|possib|faculte"
        r"|facultati|option|s'il le souhaite|if (?:he|she|you|they) (?:so )?wish"
        r"|free to|libre|at any time|a tout moment)"
    ),
    # A fee the merchant keeps or charges (not the delivery or return costs, which
    # are other rules: L221-23, L221-24).
    "fee": (
        r"(?<!a vos )(?<!a ses )(?<!a leurs )(?<!aux )\bfrais\b"
        r"(?! (?:de |d')?(?:retour|renvoi|port|livraison|expedition|envoi"
        r"|transport))|(?<!return )(?<!shipping )(?<!postage )(?<!delivery )"
        r"(?<!carriage )\b(?:fees?|charges?)\b|indemnite|penalite|penalty|forfait"
        r"|restocking|surcharge|participation (?:aux|forfaitaire)|\bretenue forfaitaire"
        r"|frais (?:de |d')(?:traitement|dossier|gestion|preparation|annulation)"
        r"|(?:handling|processing|administration|cancell?ation) (?:fee|cost)"
    ),
    # A fee said never to be charged.
    "fee_negated": (
        r"\b(?:aucuns?|no|sans|without|ni)\b (?:\w+ ){0,2}(?:frais|fees?|charges?"
        r"|penalt|indemnite|retenue)|\bne (?:sont|seront|sera|est)"
        r" (?:jamais |pas |aucunement )?(?:retenue?s?|facturee?s?|appliquee?s?|dus|due"
        r"|preleve\w*|demandee?s?|deduite?s?)|\b(?:never|not) (?:be )?(?:charged"
        r"|applied|retained|deducted|due|invoiced)|free of charge|at no (?:extra"
        r" |additional )?(?:cost|charge)|gratuite?ment"
    ),
    # A fee charged or kept (not merely named).
    "fee_charged": (
        r"factur|invoic|retenu|\bretenue\b|retien|retain|deduit|deduct|preleve|charged"
        r"|withheld"
        r"|kept by us|conserve|a payer|payable|s'applique|applies|apply|incur"
        r"|(?:reste|restera|demeure|demeurera|restent|resteront) acquis|forfeit"
        r"|entraine|entrainera|(?:is|will be) kept|conservation|donne(?:ra)? lieu"
        r"|gives? rise|(?:sera|est|is|will be) (?:du|due|owed)\b"
    ),
    # The cancellations the law protects from any fee: a withdrawal (L221-23), a
    # termination for late delivery (L216-7) or non-conformity, or "whatever the
    # reason" (which includes them).
    "protected_cancellation": (
        r"(?:y compris|meme|including|even|also|aussi|egalement|notamment)[^.;]{0,50}?"
        r"(?:retract|withdraw|cooling[- ]off|(?:retard|late|delay)\w* (?:de |of |in )?"
        r"(?:livraison|delivery)|non-?conform|defaut de conformite|lack of conformity"
        r"|resolution pour retard)|(?:retractations?|withdrawals?) (?:included"
        r"|comprises?|incluses?)|quel(?:le)?s? qu'en soi(?:t|ent) (?:le |la |les )?"
        r"(?:motifs?|raisons?|causes?)|(?:whatever|regardless of) the (?:reason|cause"
        r"|ground)|for any reason(?: whatsoever)?|pour quelque (?:motif|raison|cause)"
        r" que ce soit|(?:consecuti\w*|suite) a (?:une|la|votre|sa) retractation"
        r"|following (?:a|any|your) (?:withdrawal|cancellation under)"
        r"|(?:\btoute?s?|\bany|\bevery|\bchaque) (?:annulation (?:ou|et) |cancell?ation"
        r" (?:or|and) )?(?:retractation|withdrawal)"
    ),
    # The customer's cancellation of an order, or his refusal of the parcel
    # (LEGAL_RULES §9: any fee kept on it is a legal risk, the law giving the
    # merchant only his actual costs, and nothing when the cancellation is a
    # withdrawal, a termination for late delivery or a lack of conformity).
    "order_cancelled": (
        r"\b(?:annulation|cancell?ation) (?:de (?:la |votre |sa |toute )?commande"
        r"|of (?:the |an |your |any )?order|(?:intervenant|apres|posterieure|after"
        r"|once|made|requested)\b)|(?:toute|any|chaque|every) (?:\w+ )?(?:annulation"
        r"|cancell?ation)\b|\b(?:commandes?|orders?) (?:\w+ ){0,2}(?:annulee?s?"
        r"|cancell?ed)\b|\b(?:annul\w*|cancel\w*) (?:sa |votre |la |une |son |your"
        r" |the |an |his |their )?(?:commande|order)"
        r"|\brefus\w* (?:\w+ ){0,3}(?:colis|livraison|parcel|package|delivery|envoi)"
        r"|\b(?:colis|parcel|package|delivery) (?:\w+ ){0,3}(?:refuse|refused)\b"
    ),
    # Goods or parts excluded from the legal guarantee of conformity itself.
    "legal_guarantee_excluded": (
        r"(?:exclue?s?|excluded|exempte?s?|exempted) (?:de|from) (?:la |the )?"
        r"(?:garantie legale|legal (?:guarantee|warranty))|(?:ne (?:sont|est) pas"
        r"|not|nor) (?:couverte?s?|covered) (?:par|by) (?:la |the )?(?:garantie legale"
        r"|legal (?:guarantee|warranty))|(?:garantie legale|legal (?:guarantee"
        r"|warranty))(?: de conformite| of conformity)? (?:ne s'applique pas"
        r"|does not (?:apply|cover)|n'est pas applicable|exclut|excludes|ne couvre pas)"
        # goods sold as they are, without any guarantee (not merely without a
        # commercial one)
        r"|vendue?s? (?:en l'etat|tels? quels?|telles? quelles?)|sold (?:as is|as seen)"
        r"|sans (?:aucune |la moindre )?garantie(?! (?:commerciale|contractuelle"
        r"|supplementaire|additionnelle|du fabricant|constructeur|etendue|legale))"
        r"|without (?:any )?(?:guarantee|warranty)(?! (?:extension|from the"
        r" manufacturer))|no (?:guarantee|warranty) (?:whatsoever|of any kind)"
        # goods that "carry no guarantee at all" (not merely no commercial one)
        r"|(?:ne (?:beneficient|beneficie|sont couverte?s|est couverte?|ouvrent droit"
        r"|donnent droit|donne droit)|ne font l'objet) (?:d'|a |par )?(?:aucune|nulle)"
        r" garantie(?! (?:commerciale|contractuelle|supplementaire|additionnelle"
        r"|du fabricant|constructeur|etendue))|(?:carry|carries|come with|comes with"
        r"|have|has|are covered by|is covered by) no (?:guarantee|warranty)"
        r"(?! extension)(?! (?:from the manufacturer|beyond))"
        r"|(?:are|is) not covered by any (?:guarantee|warranty)"
        # the legal guarantee kept for goods of the merchant's choosing
        r"|(?:garantie legale|legal (?:guarantee|warranty))(?: de conformite"
        r"| of conformity)?(?: \([^)]*\))? (?:ne s'applique qu'|n'est (?:accordee"
        r"|due|valable|acquise) qu'|applies only |only applies |is only (?:given"
        r"|granted|valid) )(?!(?:aux |au |a |to |for )?(?:the )?(?:defauts?|defects?"
        r"|lack|biens|goods|consommateurs?|consumers?|contrats?|contracts?|ventes"
        r"|sales))"
    ),
    # Causes that are no lack of conformity (wear, misuse, accident), or buyers the
    # consumer guarantee does not protect (professionals).
    "not_a_conformity_defect": (
        r"usure normale|normal wear|wear and tear|mauvaise utilisation|utilisation"
        r" (?:anormale|non conforme)|misuse|improper use|\baccident|chute|negligen"
        r"|mauvais entretien|professionn|business customers|\bb2b\b|entreprises"
    ),
    # An expert's finding demanded before the guarantee applies.
    "expert": (
        r"\bexperts?\b|\bexpertise\b|(?:reparateur|atelier|technicien|centre"
        r"|garage)s? (?:\w+ )?agreee?s?\b|service (?:apres-vente )?agreee?\b"
        r"|(?:approved|authori[sz]ed|certified"
        r"|accredited) (?:\w+ )?(?:repairer|workshop|technician|service (?:centre"
        r"|center|agent)|garage|engineer)"
    ),
    # Late delivery said to give no right to cancel or to damages (L216-6, L241-4).
    "late_delivery_no_remedy": (
        r"(?:retard|delay|late|depassement|overrun|exceed)[^.]{0,60}?(?:ne (?:peut"
        r"|peuvent"
        r"|pourra|pourront|saurait"
        r"|sauraient|donne|donnera|donnent)[^.]{0,40}?(?:annul|resolution|resili"
        r"|dommages|indemni|penalit)|n'(?:ouvre|entraine|autorise|emporte)"
        r"[^.]{0,20}?(?:annulation|resolution|resiliation|droit|indemni)|(?:cannot"
        r"|can not|shall not|will not|does not|do not|may not) (?:give rise to"
        r"|give (?:any |a |the )?right to|open (?:any |a )?right to|entitle"
        r"|justify|lead to|result in|be grounds for|constitute grounds for)[^.]{0,30}?"
        r"(?:cancel|terminat|damages|compensation|refund))"
        r"|(?:aucune? (?:remboursement|annulation|indemnite|penalite|dommages"
        r"|resolution)|no (?:refunds? (?:or|nor|and) )?"
        r"(?:cancellation|compensation|damages|termination))[^.]{0,40}?(?:retard|delay"
        r"|late)"
        r"|(?:cannot|can not|shall not|will not|could not) be (?:held )?(?:responsible"
        r"|liable)[^.]{0,30}?(?:delay|late)|ne (?:saurait|sauraient|peut|pourra"
        r"|pourrait)"
        r" (?:en aucun cas )?(?:etre )?(?:tenue?s? )?(?:pour )?responsables?[^.]{0,40}?"
        r"retard|(?:accept|assume)s? no (?:liability|responsibility)[^.]{0,30}?(?:delay"
        r"|late)|(?:aucune|decline toute|declinons toute) responsabilite[^.]{0,30}?"
        r"retard"
    ),
    # A presumption that a defect existed at delivery (L217-7).
    "presumption": (
        r"presum|presom|reputes? (?:exister|avoir existe|anterieur|preexist|existant)"
        r"|deemed to (?:have )?(?:exist|pre-?exist|been present)|assumed to (?:have )?"
        r"exist|considered (?:to have existed|as (?:pre-?)?existing)|consideres? comme"
        r" (?:anterieur|preexist|existant)|existing at (?:the time of )?delivery"
        r"|existaient (?:au moment|lors)"
        r"|burden of proof|charge de la preuve|(?:au|a l'|a) (?:client|consommateur"
        r"|acheteur|acquereur)s? de (?:prouver|demontrer|etablir)|(?:n'a|n'ont"
        r"|n'est tenue?|n'aura) (?:pas )?(?:a |qu'a |d')?(?:prouver|etablir|demontrer)"
        r"|anteriorite du defaut|date d'apparition (?:du defaut|de celui-ci)"
        # who must prove the defect's existence at delivery
        r"|preuve (?:de (?:son|leur) |de l')anteriorite|(?:la )?preuve (?:\w+ ){0,3}"
        r"incombe (?:au|a l')(?:vendeur|acheteur|client|consommateur)|(?:it is|falls)"
        r" (?:up )?(?:to|on) the (?:seller|buyer|customer|consumer) to (?:prove|show"
        r"|establish)|(?:il )?appartient a (?:l'acheteur|l'acquereur|au client"
        r"|au consommateur|au vendeur) (?:d'etablir|de prouver|de demontrer)"
        r"|prouver l'anteriorite|prove (?:that )?(?:it|the (?:defect|fault|lack of"
        r" conformity)) (?:already )?(?:existed|pre-?existed)|(?:doit|devra|devront"
        r"|doivent) (?:en )?(?:prouver|demontrer|etablir)"
        r"|(?:has|have|needs?|must) (?:only )?(?:to )?prove|only (?:required|needs?)"
        r" to (?:establish|prove)"
    ),
    # A repair of the goods.
    "repair": r"repar|repair|remise en (?:etat|conformite)",
    # An extension of a period.
    "extension": (
        r"extension|prolong|etend|extend|supplement|additional|further|de plus|rallong"
        r"|en sus|added|ajout"
    ),
    # A refund exclusion of the (outbound) delivery costs.
    "delivery_excluded": (
        r"(?:mais|but) (?:pas|not) (?:les |the )?(?:frais (?:de |d')?(?:port|livraison"
        r"|expedition|envoi)(?! (?:de |d')?retour)|(?:delivery|shipping|postage"
        r"|carriage)(?! (?:costs? )?(?:for|of) (?:the )?return))"
        r"|(?:a l'exclusion|hors|hormis|non compris|exclusion faite|en dehors)"
        r" (?:de |des |d')?(?:les )?frais (?:de |d')?(?:port|livraison|expedition|envoi"
        r"|transport)"
        r"|(?:deduction faite|sous deduction|apres deduction|deduction)"
        r" (?:des |de |du )?frais (?:de |d')?(?:port|livraison|expedition|envoi"
        r"|transport)"
        r"|frais (?:de |d')?(?:port|livraison|expedition|envoi)(?: initiaux| aller)?"
        r" (?:exclus|non compris|non inclus|en sus|deduits|retenus|conserves)"
        r"|(?:ne comprend pas|n'inclut pas|n'incluant pas|exclut) (?:les )?frais (?:de "
        r"|d')?(?:port|livraison|expedition|envoi)(?! (?:de |d')?retour)"
        r"|(?:delivery|shipping|postage|carriage)(?: (?:costs?|fees?|charges?))?"
        r"(?! (?:for|of) (?:the )?return)[^.;]{0,40}? (?:will not|shall not|won't"
        r"|is not|are not|cannot|can not) be (?:refunded|reimbursed|repaid)"
        r"|(?:excluding|not including|does not include|do not include|excludes|less"

        r"|minus|net of|without) (?:the )?(?:initial |original |outbound )?(?:delivery"
        r"|shipping"
        r"|postage|carriage)(?: (?:costs?|fees?|charges?))?"
        r"|(?:delivery|shipping|postage|carriage)(?: (?:costs?|fees?|charges?))?"
        r" (?:excluded|not included|deducted|retained|is kept|are kept|kept"
        r"|withheld)"
        r"|(?:delivery|shipping|postage|carriage)(?: (?:costs?|fees?|charges?))?"
        r"(?! (?:for|of) (?:the )?return)[^.;]{0,40}? (?:is |are |will be )?(?:not"
        r"|non)[- ](?:refunded|reimbursed|refundable|repaid)"
        r"|frais (?:de |d')?(?:port|livraison|expedition|envoi)(?: initiaux| aller)?"
        r" non (?:rembourses?|remboursables?)"
        r"|ne (?:porte|portera|concerne|couvre|comprend|vise) que (?:sur )?(?:le )?prix"
        r" (?:des|du) (?:articles?|produits?|biens?|marchandises?)"
        r"|(?:covers?|includes?) only the (?:price|cost|value) of the (?:goods|items?"
        r"|products?)"
        r"|(?:seul|uniquement|seulement) (?:le )?prix (?:des|du) (?:articles?|produits?"
        r"|biens?|marchandises?)|prix (?:des|du) (?:articles?|produits?|biens?"
        r"|marchandises?) (?:uniquement|seulement)|(?:goods|items?|products?"
        r"|merchandise)"
        r" only\b|(?:price|cost|value) of the (?:goods|items?|products?) only"
        r"|only the (?:price|cost|value) of the (?:goods|items?|products?)"
    ),
    # Shipping both ways (the outbound delivery with the return).
    "both_ways": (
        r"(?:shipping|postage|delivery|carriage|transport) (?:costs?|fees?|charges?"
        r"|expenses?) (?:both ways|in both directions|there and back)|round[- ]trip"
        r" (?:\w+ )?(?:costs?|fees?|charges?|expenses?|shipping|postage)"
        r"|(?:frais|port|couts?) (?:de (?:port|transport|livraison|envoi) )?aller"
        r"(?: et |-| )retour|(?:frais|couts?) (?:de (?:port|transport|livraison"
        r"|envoi) )?(?:dans les deux sens|a l'aller (?:comme|et) au retour)"
    ),
    # Advice, not a condition.
    "recommendation": (
        r"conseill|recommand|invit|advise|recommend|preferabl|de preference"
        r"|if possible|si possible|dans la mesure du possible|we suggest"
        r"|(?:n'est|ne sont|n'etant) pas (?:exigee?s?|obligatoires?|requise?s?"
        r"|necessaires?|indispensables?)|(?:is|are) not (?:required|mandatory|necessary"
        r"|compulsory|a condition)|non (?:exigee?s?|obligatoires?)"
        r"|nous suggerons|ideally"
    ),
    # A dearer delivery mode the customer chose (L221-24: not owed).
    "express_delivery": (
        r"express|expedited|premium|surcout|supplementaire|plus couteu|extra cost"
        r"|additional cost|more expensive|dearer|than the (?:cheapest|least expensive)"
        r"|moins couteu|chronopost"
    ),
}
"""Concept name -> pattern (alternation of synonyms and paraphrases)."""

# "Sauf preuve contraire" (unless proven otherwise) is the law's rebuttable
# presumption, not an exception to the clause.
_EXCEPTION: Final = re.compile(
    r"\b(?!sauf preuve|unless (?:proven|the contrary|otherwise proven))(?:sauf|excepte"
    r"|hormis|a l'exception (?:de|des|du)|hors cas|except(?: for| in"
    r" the case of| where| when)?|unless|other than|apart from|save (?:for|where))\b"
)
_QUOTED_LAW: Final = re.compile(
    r"^(?:\W*(?:\d+[.)]?\s*)?)(?:conformement (?:a|aux) (?:l'article|les articles"
    r"|la loi|des dispositions|aux dispositions)|selon (?:l'article|les articles"
    r"|la loi)"
    r"|aux termes (?:de l'article|des articles|de la loi)"
    r"|en application (?:de l'article"
    r"|des articles)|(?:l'article|les articles|la loi|le code) [^.]{0,60}?"
    r"(?:dispose|prevoi|enonce|precise)|in accordance with (?:article|the law|section)"
    r"|under (?:article|section)|pursuant to|as (?:provided|required|stated|set out)"
    r" (?:by|in|under)|(?:article|section|the law|the code) [^.]{0,60}?"
    r"(?:provides|states|reads|stipulates))"
)
_ARTICLE_QUOTE: Final = re.compile(
    r"^\W*(?:article|art\.?) l\.? ?\d{3}-\d+\b[^.]{0,20}:"
)


@cache
def concept(name: str) -> re.Pattern[str]:
    """Return the compiled pattern of a concept of :data:`CONCEPTS`."""
    return re.compile(CONCEPTS[name])


def exception_start(span: str) -> int:
    """Return where an exception ("sauf", "except", "unless"...) starts in ``span``
    (``len(span)`` when there is none): what follows is outside the clause's rule."""
    match = _EXCEPTION.search(span)
    return match.start() if match else len(span)


def quotes_the_law(span: str) -> bool:
    """Whether the sentence quotes or paraphrases the law ("conformément à l'article
    L217-3...", "Article L217-7 : ..."): the law's words are not the merchant's rule."""
    return bool(_QUOTED_LAW.search(span) or _ARTICLE_QUOTE.search(span))


# Where an exception's scope ends: a new clause ("et à la condition que", "provided
# that", "but") or punctuation that closes it.
_EXCEPTION_END: Final = re.compile(
    r"[;:()]| et (?:a la condition|a condition|sous reserve)| and (?:provided|on"
    r" condition)| (?:but|mais|cependant|however) "
)


def outside_exceptions(span: str) -> str:
    """Return ``span`` without its exceptions ("sauf ...", "except ...") up to the
    end of their clause: what a new clause states after them ("et à la condition
    que...") is the merchant's rule again.

    >>> outside_exceptions("rembourse a l'exception des frais de retour et a la "
    ...                    "condition que le bien soit complet")
    'rembourse  et a la condition que le bien soit complet'
    """
    kept = []
    position = 0
    while (match := _EXCEPTION.search(span, position)) is not None:
        kept.append(span[position : match.start()])
        end = _EXCEPTION_END.search(span, match.end())
        if end is None:
            return "".join(kept)
        position = end.start()
    kept.append(span[position:])
    return "".join(kept)


def is_optional(span: str) -> bool:
    """Whether the sentence leaves the customer free ("peut", "may", "at any time")."""
    return bool(concept("optional").search(span))
