# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError

PORTAL_CHANNELS = (
    "portal_signature",
    "portal_payment",
    "portal_checkout",
    "portal_checkbox",
)
STAFF_CHANNELS = [
    ("phone", "Phone (recorded by staff)"),
    ("email", "Email (recorded by staff)"),
    ("paper", "Signed paper (recorded by staff)"),
    ("store", "In store (recorded by staff)"),
]
CHANNELS = [
    ("portal_signature", "Portal checkbox and signature"),
    ("portal_payment", "Portal checkbox and payment"),
    ("portal_checkout", "Webshop checkbox (order without payment)"),
    ("portal_checkbox", "Portal checkbox (order confirmed by staff)"),
    *STAFF_CHANNELS,
]


class CgvAcceptance(models.Model):
    """Proof that a customer accepted one version of the terms of sale.

    One record per acceptance: an order confirmed twice (reset to quotation
    after a new version was published) keeps both. The record is evidence and
    nobody can change or delete it, not even with ``sudo``; it is only created
    by the order's confirmation (``sale.order._stamp_cgv``).
    """

    _name = "cgv.acceptance"
    _description = "Terms of Sale Acceptance"
    _order = "accepted_at desc, id desc"
    _check_company_auto = True
    _rec_name = "version_id"

    # === FIELDS === #
    order_id = fields.Many2one(
        comodel_name="sale.order",
        required=True,
        index=True,
        ondelete="restrict",
        readonly=True,
        check_company=True,
    )
    company_id = fields.Many2one(
        related="order_id.company_id", store=True, index=True, precompute=True
    )
    partner_id = fields.Many2one(
        comodel_name="res.partner",
        string="Customer",
        required=True,
        index=True,
        ondelete="restrict",
        readonly=True,
    )
    commercial_partner_id = fields.Many2one(
        related="partner_id.commercial_partner_id",
        string="Commercial entity",
        store=True,
        index=True,
        precompute=True,
    )
    version_id = fields.Many2one(
        comodel_name="cgv.version",
        string="Terms of sale version",
        required=True,
        index=True,
        ondelete="restrict",
        readonly=True,
        check_company=True,
    )
    version_sha256 = fields.Char(
        string="SHA-256 of the version",
        readonly=True,
        help="Digest of the accepted text, copied at acceptance.",
    )
    channel = fields.Selection(
        selection=CHANNELS,
        required=True,
        readonly=True,
        index=True,
    )
    accepted_at = fields.Datetime(string="Accepted on", required=True, readonly=True)
    user_id = fields.Many2one(
        comodel_name="res.users",
        string="Recorded by",
        readonly=True,
        help="Staff user who recorded the acceptance (staff channels).",
    )
    ip_address = fields.Char(string="IP address", readonly=True)
    user_agent = fields.Char(readonly=True)
    evidence_attachment_id = fields.Many2one(
        comodel_name="ir.attachment",
        string="Evidence",
        readonly=True,
        ondelete="restrict",
    )
    note = fields.Text(readonly=True)

    # === CRUD METHODS === #
    def write(self, vals):
        if vals:
            raise UserError(
                self.env._(
                    "Acceptance of the terms of sale: a recorded acceptance is "
                    "evidence and cannot be modified."
                )
            )
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_evidence(self):
        raise UserError(
            self.env._(
                "Acceptance of the terms of sale: a recorded acceptance is evidence "
                "and cannot be deleted."
            )
        )

    # === ACTION METHODS === #
    def action_open_version_page(self):
        """Open the public page of the accepted version."""
        self.ensure_one()
        return {
            "type": "ir.actions.act_url",
            "url": self.version_id._get_public_url(),
            "target": "new",
        }
