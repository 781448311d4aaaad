# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError


class CgvDocument(models.Model):
    """A company's terms of sale (CGV); its text lives in immutable versions."""

    _name = "cgv.document"
    _description = "Terms of Sale"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "sequence, id"
    _check_company_auto = True

    # === FIELDS === #
    name = fields.Char(required=True, tracking=True, translate=True)
    active = fields.Boolean(default=True, tracking=True)
    sequence = fields.Integer(default=10)
    company_id = fields.Many2one(
        comodel_name="res.company",
        required=True,
        index=True,
        default=lambda self: self.env.company,
        tracking=True,
    )
    version_ids = fields.One2many(
        comodel_name="cgv.version",
        inverse_name="document_id",
        string="Versions",
    )
    version_count = fields.Integer(compute="_compute_version_count")
    current_version_id = fields.Many2one(
        comodel_name="cgv.version",
        string="Version in force",
        compute="_compute_current_version_id",
        help="Version in force now in the company's language.",
    )

    # === COMPUTE METHODS === #
    @api.depends("version_ids")
    def _compute_version_count(self):
        counts = dict(
            self.env["cgv.version"]._read_group(
                [("document_id", "in", self.ids)], ["document_id"], ["__count"]
            )
        )
        for document in self:
            document.version_count = counts.get(document, 0)

    @api.depends(
        "version_ids.state", "version_ids.effective_date", "version_ids.archived_at"
    )
    def _compute_current_version_id(self):
        version_model = self.env["cgv.version"]
        candidates = version_model._get_in_force_candidates(self, fields.Datetime.now())
        for document in self:
            document.current_version_id = version_model._pick_in_force(
                candidates.filtered(lambda v, doc=document: v.document_id == doc),
                document.company_id.partner_id.lang,
            )

    # === CRUD METHODS === #
    def write(self, vals):
        if {"company_id", "name"} & set(vals):
            self._check_identity_unchanged()
        return super().write(vals)

    def update_field_translations(self, field_name, translations, *args, **kwargs):
        if field_name == "name":
            self._check_identity_unchanged()
        return super().update_field_translations(
            field_name, translations, *args, **kwargs
        )

    @api.ondelete(at_uninstall=False)
    def _unlink_except_published_versions(self):
        published = self.version_ids.filtered(lambda version: version.state != "draft")
        if published:
            raise UserError(
                self.env._(
                    "Terms of sale with published versions cannot be deleted: "
                    "they are evidence of what customers accepted. Archive them "
                    "instead."
                )
            )

    def _check_identity_unchanged(self):
        """Once a version is published, the company and the title of the terms
        of sale are part of the evidence: public links and titles stay stable."""
        published = self.sudo().version_ids.filtered(
            lambda version: version.state != "draft"
        )
        if published:
            raise UserError(
                self.env._(
                    "Company, Name: %(document)s has published versions; its "
                    "company and title can no longer change (customers' links and "
                    "the accepted title must stay stable). Create new terms of sale "
                    "instead.",
                    document=published[0].document_id.display_name,
                )
            )

    # === ACTION METHODS === #
    def action_open_versions(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "consumer_law.cgv_version_action"
        )
        action["domain"] = [("document_id", "=", self.id)]
        action["context"] = {"default_document_id": self.id}
        return action
