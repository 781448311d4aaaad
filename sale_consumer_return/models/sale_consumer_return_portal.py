# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The customer's "Report a problem" form: parsed, rate-limited and turned into
a claim to decide here, in one place for each rule and each message."""

import uuid

from odoo import Command, api, models
from odoo.exceptions import UserError

from odoo.addons.consumer_law import portal_input
from odoo.addons.consumer_law.evidence import evidence_writer
from odoo.addons.consumer_law.tools import paris_today, reader_env

# Grounds a customer may choose on the portal (withdrawal has its own function).
PORTAL_GROUNDS = (
    "conformity",
    "transport_damage",
    "wrong_item",
    "hidden_defect",
    "commercial_warranty",
)
# Portal form rate limit: new claims of one order per hour.
PORTAL_CLAIMS_PER_ORDER = 5
PORTAL_SCOPE = "sale_consumer_return.portal_claim"


class SaleConsumerReturn(models.Model):
    _inherit = "sale.consumer.return"

    # === PORTAL === #
    @api.model
    def _get_portal_grounds(self):
        """The grounds offered on the portal, as (value, label)."""
        labels = dict(self._fields["ground"]._description_selection(self.env))
        return [(ground, labels[ground]) for ground in PORTAL_GROUNDS]

    @api.model
    def _parse_portal_form(self, order_sudo, post, files=None):
        """Return the portal form's values, validated.

        :return: dict with ground, description, submission_key, quantities
            ({order line: quantity}) and uploads (checked files)
        :raise UserError: naming the field, for any invalid value
        """
        env = self.env
        ground = portal_input.parse_key(
            env, post.get("ground"), label=env._("Kind of problem")
        )
        if ground not in PORTAL_GROUNDS:
            raise UserError(
                env._("Kind of problem: choose one of the problems listed.")
            )
        values = {
            "ground": ground,
            "description": portal_input.parse_text(
                env,
                post.get("description"),
                label=env._("Description of the problem"),
                max_length=portal_input.STATEMENT_MAX_LENGTH,
                multiline=True,
                required=True,
            ),
            "submission_key": portal_input.parse_key(
                env, post.get("submission_key"), label=env._("Submission key")
            ),
            "uploads": portal_input.parse_uploads(env, files, label=env._("Photos")),
        }
        quantities = {}
        available = self._get_returnable_quantities(order_sudo)
        for line, maximum in available.items():
            quantity = portal_input.parse_quantity(
                env,
                post.get(f"qty_{line.id}"),
                label=env._(
                    "Quantity of %(product)s", product=line.product_id.display_name
                ),
                uom=line.product_uom,
                maximum=maximum,
            )
            if quantity:
                quantities[line] = quantity
        if not quantities:
            raise UserError(
                env._("Goods concerned: choose at least one product and quantity.")
            )
        values["quantities"] = quantities
        return values

    @api.model
    def _find_portal_submission(self, order_sudo, submission_key):
        """Return the claim a form with this key already created, if any."""
        if not submission_key:
            return self.browse()
        return self.sudo().search(
            [("order_id", "=", order_sudo.id), ("submission_key", "=", submission_key)],
            limit=1,
        )

    @api.model
    def _portal_submit(self, order_sudo, post, files, client):
        """Record the claim submitted on the portal, once, and acknowledge it.

        :param client: the client's address (rate limits, stored hashed)
        :return: the claim (sudo)
        :raise UserError: invalid form or rate limit (nothing is written)
        """
        values = self._parse_portal_form(order_sudo, post, files)
        existing = self._find_portal_submission(order_sudo, values["submission_key"])
        if existing:
            return existing
        attempts = self.env["consumer.law.portal.attempt"]
        if (
            attempts._count_subject_attempts(PORTAL_SCOPE, order_sudo.id)
            >= PORTAL_CLAIMS_PER_ORDER
        ):
            raise UserError(
                self.env._(
                    "Too many problems were reported for this order in the last "
                    "hour; please try again later or contact us."
                )
            )
        self._lock_order(order_sudo)
        claim_sudo = evidence_writer(self.sudo()).create(
            {
                "order_id": order_sudo.id,
                "ground": values["ground"],
                "channel": "portal",
                "claim_date": paris_today(),
                "description": values["description"],
                "submission_key": values["submission_key"] or uuid.uuid4().hex,
                "line_ids": [
                    Command.create({"sale_line_id": line.id, "quantity": quantity})
                    for line, quantity in values["quantities"].items()
                ],
            }
        )
        portal_input.attach_uploads(claim_sudo, values["uploads"])
        attempts._register_attempt(PORTAL_SCOPE, client, subject=order_sudo.id)
        claim_sudo._send_claim_acknowledgment()
        claim_sudo.activity_schedule(
            "mail.mail_activity_data_todo",
            # staff read it: in the company's language
            summary=reader_env(self.env, order_sudo.company_id.partner_id)._(
                "Decide the customer's claim"
            ),
            user_id=order_sudo.user_id.id or self.env.ref("base.user_admin").id,
        )
        return claim_sudo.with_env(self.env)

    def _send_claim_acknowledgment(self):
        """E-mail the customer that the claim is recorded (at once)."""
        template = self.env.ref(
            "sale_consumer_return.mail_template_return_claim_ack",
            raise_if_not_found=False,
        )
        for claim in self.filtered(lambda claim: claim.partner_id.email):
            if template:
                # at once, to the customer, in his language, kept in the chatter
                template.send_mail(claim.id)
