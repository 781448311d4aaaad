# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The customer's own acts (withdrawal declaration, return claim, complaint).

Each act names, in ``_customer_act_fields``, its fields for the roles every act
has: the channel it came by, when it was received, the customer's own words,
the e-mail the acknowledgment goes to, when it was acknowledged, and the portal
form's submission key. They are evidence from creation (never on the
allow-list), and a record created by staff can never say it came from the
portal: only the portal's route, through the evidence writer, records that.

The act is also sealed as it is received, in the customer's request, before any
document is produced: its content (roles, order, goods and quantities, the
model's own ``_customer_act_content_fields``) is serialised as canonical JSON
(sorted keys, UTF-8) and stored with its SHA-256 (``act_content``,
``act_sha256``); :meth:`action_verify_customer_act` checks both again. The PDF
the documents queue produces later keeps its own file digest.
"""

from odoo import api, fields, models
from odoo.exceptions import UserError

from ..evidence import evidence_writer, is_evidence_write
from ..tools import canonical_json, sha256_hex

ACT_ROLES = (
    "channel",
    "received_at",
    "words",
    "email",
    "acknowledged_at",
    "submission_key",
)


class ConsumerLawCustomerActMixin(models.AbstractModel):
    _name = "consumer.law.customer.act.mixin"
    _inherit = ["consumer.law.evidence.mixin"]
    _description = "Customer's act (consumer law)"

    # {role: field name}; roles an act does not have are left out
    _customer_act_fields = {}
    _customer_act_portal_channel = "portal"
    # the model's other fields sealed with the act (e.g. the ground of a claim)
    _customer_act_content_fields = ()

    # === FIELDS === #
    act_content = fields.Text(
        string="Act as Received",
        readonly=True,
        copy=False,
        help="The customer's act as recorded when it was received (words, goods "
        "and quantities, dates, channel, e-mail), in canonical JSON (sorted keys, "
        "UTF-8): its SHA-256 is computed over these bytes.",
    )
    act_sha256 = fields.Char(
        string="SHA-256 of the Act",
        readonly=True,
        copy=False,
        help="SHA-256 of the act's canonical content, recorded in the customer's "
        "request, before any document is produced.",
    )

    # === CRUD METHODS === #
    @api.model_create_multi
    def create(self, vals_list):
        if not is_evidence_write(self.env):
            self._check_not_portal_channel(vals_list)
        records = super().create(vals_list)
        records._seal_customer_act()
        return records

    # === ACTION METHODS === #
    def action_verify_customer_act(self):
        """Check each act's stored content against its SHA-256 and against the
        record as it is now.

        :raise UserError: naming the acts whose digest or content differs
        """
        altered = self.filtered(lambda act: not act._is_customer_act_intact())
        if altered:
            raise UserError(
                self.env._(
                    "SHA-256 of the Act: %(acts)s no longer match(es) the act "
                    "recorded when it was received.",
                    acts=", ".join(altered.mapped("display_name")),
                )
            )
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {
                "type": "success",
                "message": self.env._(
                    "SHA-256 of the Act: %(count)s act(s) checked, each matches "
                    "the act recorded when it was received.",
                    count=len(self),
                ),
            },
        }

    # === BUSINESS METHODS === #
    def _seal_customer_act(self):
        """Store each act's canonical content and its SHA-256 (once)."""
        for act in self.filtered(lambda act: not act.act_sha256):
            raw = canonical_json(act._get_customer_act_content())
            evidence_writer(act).write(
                {"act_content": raw.decode("utf-8"), "act_sha256": sha256_hex(raw)}
            )

    def _is_customer_act_intact(self):
        """The stored content matches its SHA-256 and the record's content."""
        self.ensure_one()
        if not (self.act_content and self.act_sha256):
            return False
        stored = self.act_content.encode("utf-8")
        return sha256_hex(stored) == self.act_sha256 and stored == canonical_json(
            self._get_customer_act_content()
        )

    def _get_customer_act_content(self):
        """The act's content: its roles' values, its order, its goods and
        quantities and the model's own sealed fields (JSON-serialisable)."""
        self.ensure_one()
        content = {
            "model": self._name,
            "id": self.id,
            "recorded_at": fields.Datetime.to_string(self.create_date),
        }
        for role, name in self._customer_act_fields.items():
            if role != "acknowledged_at":
                content[role] = self._customer_act_value(name)
        for name in self._customer_act_content_fields:
            content[name] = self._customer_act_value(name)
        if "order_id" in self._fields:
            content["order"] = self.order_id.name or None
        lines = self._fields.get("line_ids")
        line_fields = set(self.env[lines.comodel_name]._fields) if lines else set()
        if {"sale_line_id", "quantity"} <= line_fields:
            content["lines"] = sorted(
                (
                    {
                        "sale_line_id": line.sale_line_id.id,
                        "product": line.sale_line_id.product_id.display_name,
                        "quantity": line.quantity,
                    }
                    for line in self.line_ids
                ),
                key=lambda line: (line["sale_line_id"], line["quantity"]),
            )
        return content

    def _customer_act_value(self, name):
        """A field's value as JSON: dates in ISO form (UTC), records by id."""
        value = self[name]
        field = self._fields[name]
        if field.type == "many2one":
            return value.id or None
        if field.type in ("date", "datetime"):
            return field.to_string(value) if value else None
        if value is False:
            return None
        return value

    @api.model
    def _get_customer_act_field(self, role):
        return self._customer_act_fields.get(role)

    @api.model
    def _check_not_portal_channel(self, vals_list):
        """A record created by staff never carries the portal channel.

        :raise UserError: naming the channel field
        """
        channel = self._get_customer_act_field("channel")
        if not channel:
            return
        portal = self._customer_act_portal_channel
        context_default = self.env.context.get(f"default_{channel}")
        if context_default == portal or any(
            vals.get(channel) == portal for vals in vals_list
        ):
            raise UserError(
                self.env._(
                    "%(field)s: only the customer's own form on the portal records "
                    "a portal %(act)s; a record created by staff says how the "
                    "customer sent it.",
                    field=self._fields[channel]._description_string(self.env),
                    act=self._description,
                )
            )

    @api.model
    def _find_portal_submission(self, order_sudo, submission_key):
        """Return the act a portal form with this key already recorded, if any
        (a second submit of the same form records nothing new)."""
        key_field = self._get_customer_act_field("submission_key")
        if not submission_key or not key_field:
            return self.browse()
        return self.sudo().search(
            [("order_id", "=", order_sudo.id), (key_field, "=", submission_key)],
            limit=1,
        )
