# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import base64
import hashlib

from odoo import api, fields, models
from odoo.exceptions import UserError

from odoo.addons.consumer_law.evidence import evidence_writer, is_evidence_write
from odoo.addons.consumer_law.models.consumer_law_evidence_export import rows_to_csv

STAFF_GROUP = "consumer_law.consumer_law_group_user"

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
    _inherit = ["consumer.law.evidence.mixin"]
    _description = "Terms of Sale Acceptance"
    _order = "accepted_at desc, id desc"
    _check_company_auto = True
    _rec_name = "version_id"
    _consumer_law_evidence_fields = ("evidence_file",)
    _consumer_law_evidence_archive = True

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
    # Staff-only: a portal customer reads his acceptances on the portal page,
    # never the staff notes nor the addresses and browsers of his company's
    # other contacts over RPC.
    user_id = fields.Many2one(
        comodel_name="res.users",
        string="Recorded by",
        readonly=True,
        groups=STAFF_GROUP,
        help="Staff user who recorded the acceptance (staff channels).",
    )
    ip_address = fields.Char(string="IP address", readonly=True, groups=STAFF_GROUP)
    user_agent = fields.Char(readonly=True, groups=STAFF_GROUP)
    evidence_file = fields.Binary(
        string="Evidence",
        attachment=True,
        readonly=True,
        groups=STAFF_GROUP,
        help="The signed paper, e-mail or call note given by staff; kept on the "
        "acceptance with its SHA-256.",
    )
    evidence_filename = fields.Char(
        string="Evidence file name", readonly=True, groups=STAFF_GROUP
    )
    evidence_sha256 = fields.Char(
        string="SHA-256 of the evidence", readonly=True, groups=STAFF_GROUP
    )
    note = fields.Text(readonly=True, groups=STAFF_GROUP)

    # === CRUD METHODS === #
    @api.model_create_multi
    def create(self, vals_list):
        """Record acceptances; an evidence file given as a temporary attachment
        (``evidence_attachment_id``) moves onto the acceptance with its SHA-256.

        Only the confirmation flow (:meth:`sale.order._stamp_cgv`, through the
        evidence writer) records acceptances."""
        if not is_evidence_write(self.env):
            self._check_evidence_create(vals_list)
        attachments = self.env["ir.attachment"]
        for vals in vals_list:
            attachment = (
                self.env["ir.attachment"]
                .sudo()
                .browse(vals.pop("evidence_attachment_id", False) or [])
            )
            if attachment:
                raw = attachment.raw or b""
                vals.update(
                    {
                        "evidence_file": base64.b64encode(raw),
                        "evidence_filename": attachment.name,
                        "evidence_sha256": hashlib.sha256(raw).hexdigest(),
                    }
                )
                attachments |= attachment
        acceptances = super(CgvAcceptance, evidence_writer(self)).create(vals_list)
        # the temporary file is not evidence: the acceptance holds the copy
        attachments.unlink()
        return acceptances.with_env(self.env)

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
    def _unlink_except_acceptance(self):
        raise UserError(
            self.env._(
                "Acceptance of the terms of sale: a recorded acceptance is evidence "
                "and cannot be deleted."
            )
        )

    # === BUSINESS METHODS === #
    @api.model
    def _get_frozen_evidence_ids(self, ids):
        """Every acceptance is frozen from its creation."""
        return set(self.sudo().browse(ids).exists().ids)

    @api.model
    def _get_consumer_law_evidence_domain(self):
        return []

    def _get_consumer_law_evidence_files(self):
        """Return [(path, bytes)]: the acceptances as CSV and their evidence files."""
        files = []
        rows = []
        for acceptance in self.sudo().with_context(bin_size=False):
            evidence_path = ""
            if acceptance.evidence_file:
                filename = acceptance.evidence_filename or "evidence"
                evidence_path = f"acceptances/{acceptance.id}-{filename}"
                files.append(
                    (evidence_path, base64.b64decode(acceptance.evidence_file))
                )
            rows.append(
                [
                    acceptance.id,
                    acceptance.company_id.name,
                    acceptance.order_id.name,
                    acceptance.partner_id.display_name,
                    acceptance.version_id.id,
                    acceptance.version_id.display_name,
                    acceptance.version_sha256 or "",
                    acceptance.channel,
                    fields.Datetime.to_string(acceptance.accepted_at),
                    acceptance.user_id.name or "",
                    acceptance.ip_address or "",
                    acceptance.user_agent or "",
                    evidence_path,
                    acceptance.evidence_sha256 or "",
                    acceptance.note or "",
                    acceptance.version_id._get_public_url(),
                ]
            )
        header = [
            "id",
            "company",
            "order",
            "customer",
            "version_id",
            "version",
            "version_sha256",
            "channel",
            "accepted_at_utc",
            "recorded_by",
            "ip_address",
            "user_agent",
            "evidence_path",
            "evidence_sha256",
            "note",
            "version_public_path",
        ]
        files.append(("acceptances/acceptances.csv", rows_to_csv(header, rows)))
        return files

    # === ACTION METHODS === #
    def action_open_version_page(self):
        """Open the public page of the accepted version."""
        self.ensure_one()
        return {
            "type": "ir.actions.act_url",
            "url": self.version_id._get_public_url(),
            "target": "new",
        }
