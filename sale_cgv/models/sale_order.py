# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from collections import defaultdict

from markupsafe import Markup

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import SQL

from odoo.addons.consumer_law.evidence import evidence_writer

from .cgv_acceptance import PORTAL_CHANNELS, STAFF_CHANNELS

# The pending acceptance is written only by trusted code (portal controllers,
# the staff assistant, demo data) with sudo: no user may forge it through RPC.
_PENDING_GROUP = "base.group_system"
# Versions in force looked up by action_confirm, reused by the stamp of the same
# call (cursor cache entry, removed when the call ends), whatever the clock says
# then: the version stamped is the one checked, even when a second ticked.
VERSIONS_MEMO = "sale_cgv.versions_in_force"


class SaleOrder(models.Model):
    _inherit = "sale.order"

    # === FIELDS === #
    # the version's company is checked by the evidence guard of its only writer
    # (sale_order_evidence.py), not by check_company: a check_company field
    # written makes Odoo check every company-bound field of the order (team,
    # warehouse, documents...) at each confirmation
    cgv_version_id = fields.Many2one(
        comodel_name="cgv.version",
        string="Terms of sale version",
        readonly=True,
        copy=False,
        index="btree_not_null",
        help="Version of the terms of sale in force when the order first became "
        "a sale; it never changes afterwards.",
    )
    cgv_acceptance_ids = fields.One2many(
        comodel_name="cgv.acceptance",
        inverse_name="order_id",
        string="Acceptances of the terms of sale",
        readonly=True,
    )
    cgv_acceptance_count = fields.Integer(
        string="Acceptances", compute="_compute_cgv_acceptance_count"
    )
    cgv_portal_version_id = fields.Many2one(
        comodel_name="cgv.version",
        string="Terms of sale shown",
        compute="_compute_cgv_portal_version_id",
        compute_sudo=True,
        help="The stamped version, or for a quotation the version in force now.",
    )
    # Pending acceptance: the customer ticked the box (or staff stated the
    # channel); it becomes a cgv.acceptance when the order is confirmed.
    cgv_pending_ids = fields.One2many(
        comodel_name="cgv.acceptance.pending",
        inverse_name="order_id",
        copy=False,
        groups=_PENDING_GROUP,
    )
    cgv_pending_id = fields.Many2one(
        comodel_name="cgv.acceptance.pending",
        string="Pending acceptance",
        compute="_compute_cgv_pending_id",
        groups=_PENDING_GROUP,
    )

    # === COMPUTE METHODS === #
    @api.depends("cgv_acceptance_ids")
    def _compute_cgv_acceptance_count(self):
        for order in self:
            order.cgv_acceptance_count = len(order.cgv_acceptance_ids)

    @api.depends("cgv_pending_ids")
    def _compute_cgv_pending_id(self):
        for order in self:
            order.cgv_pending_id = order.cgv_pending_ids[:1]

    @api.depends("cgv_version_id", "company_id", "partner_id.lang")
    def _compute_cgv_portal_version_id(self):
        versions = self._get_cgv_versions_in_force(fields.Datetime.now())
        for order in self:
            order.cgv_portal_version_id = order.cgv_version_id or versions.get(
                order.id, False
            )

    # === CRUD METHODS === #
    @api.ondelete(at_uninstall=False)
    def _unlink_except_cgv_accepted(self):
        if self.sudo().cgv_acceptance_ids:
            raise UserError(
                self.env._(
                    "Acceptances of the terms of sale: an order whose customer "
                    "accepted the terms of sale is evidence and cannot be deleted; "
                    "cancel it instead."
                )
            )

    # === ACTION METHODS === #
    def action_confirm(self):
        """Refuse consumer orders without terms of sale in force, ask staff how
        the customer accepted when the company requires it, then confirm.

        :raise UserError: when a consumer order has no version in force and its
            company refuses such orders
        """
        now = fields.Datetime.now()
        versions = self._get_cgv_versions_in_force(now)
        self._check_cgv_in_force(versions)
        if self.env.context.get("sale_cgv_ask_channel"):
            if self._filter_cgv_channel_required():
                return self._action_open_cgv_acceptance_record()
        # the stamp of this confirmation reuses the lookup (never across calls)
        memo = self.env.cr.cache.setdefault(VERSIONS_MEMO, {})
        memo[frozenset(self.ids)] = versions
        try:
            return super().action_confirm()
        finally:
            memo.pop(frozenset(self.ids), None)

    def action_view_cgv_acceptances(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "sale_cgv.cgv_acceptance_action"
        )
        action["domain"] = [("order_id", "=", self.id)]
        action["context"] = {"create": False}
        if len(self.cgv_acceptance_ids) == 1:
            action.update(
                view_mode="form",
                views=[(False, "form")],
                res_id=self.cgv_acceptance_ids.id,
            )
        return action

    def action_open_cgv_version(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_url",
            "url": self.cgv_portal_version_id._get_public_url(),
            "target": "new",
        }

    # === BUSINESS METHODS === #
    def _action_confirm(self):
        memo = self.env.cr.cache.get(VERSIONS_MEMO, {})
        self._stamp_cgv(memo.get(frozenset(self.ids)))
        return super()._action_confirm()

    def _get_confirmation_children_fields(self):
        # the stamp reads the pending acceptance of every order confirmed
        return super()._get_confirmation_children_fields() + ["cgv_pending_ids"]

    def _prepare_invoice(self):
        invoice_vals = super()._prepare_invoice()
        if self.cgv_version_id:
            invoice_vals["cgv_version_id"] = self.cgv_version_id.id
        return invoice_vals

    def _get_cgv_lang(self):
        """Language of the terms of sale for this order: the customer's."""
        self.ensure_one()
        return self.partner_id.lang

    def _get_cgv_versions_in_force(self, at):
        """Return the version in force at ``at`` for each order, in one search
        per company and customer language.

        :return: dict order id -> ``cgv.version`` (possibly empty)
        """
        groups = defaultdict(list)
        for order in self:
            groups[(order.company_id, order._get_cgv_lang())].append(order.id)
        version_model = self.env["cgv.version"]
        result = {}
        for (company, lang), order_ids in groups.items():
            version = version_model._get_in_force(company, at, lang=lang)
            result.update(dict.fromkeys(order_ids, version))
        return result

    def _check_cgv_in_force(self, versions=None):
        """Refuse to confirm consumer orders that no version of the terms of sale
        covers (the company's setting may allow it for B2B-only companies).

        :param versions: the versions in force now by order id, when known
        """
        orders = self.filtered(
            lambda order: (
                order.state in ("draft", "sent")
                and not order.cgv_version_id
                and order.partner_id.is_consumer
            )
        )
        if not orders:
            return
        orders_sudo = orders.sudo()
        if versions is None:
            versions = orders._get_cgv_versions_in_force(fields.Datetime.now())
        refused = orders.filtered(
            lambda order: (
                not versions[order.id]
                and not orders_sudo.browse(order.id).cgv_pending_id
                and order.company_id._get_consumer_policy().cgv_block_without_version
            )
        )
        if refused:
            raise UserError(
                self.env._(
                    "Terms of sale: no version is in force for %(company)s, so the "
                    "consumer order(s) %(orders)s cannot be confirmed (a consumer "
                    "must accept the terms of sale before the contract, C. consom. "
                    "L221-5). Publish a version in Sales > Configuration > "
                    'Consumer Law > Terms of sale, or untick "Refuse consumer '
                    'orders without terms of sale" in the settings if you sell to '
                    "professionals only.",
                    company=", ".join(refused.company_id.mapped("name")),
                    orders=", ".join(refused.mapped("name")),
                )
            )

    def _filter_cgv_channel_required(self):
        """Orders for which staff must say how the customer accepted."""
        return self.filtered(
            lambda order: (
                order.state in ("draft", "sent")
                and order.partner_id.is_consumer
                and not order.sudo().cgv_pending_id
                and order.company_id._get_consumer_policy().cgv_require_staff_channel
            )
        )

    def _action_open_cgv_acceptance_record(self):
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("How did the customer accept the terms of sale?"),
            "res_model": "cgv.acceptance.record",
            "view_mode": "form",
            "target": "new",
            "context": {
                "default_order_ids": self.ids,
                "sale_cgv_ask_channel": False,
            },
        }

    def _set_cgv_pending_acceptance(
        self,
        channel=False,
        version=None,
        at=None,
        ip_address=False,
        user_agent=False,
        user=None,
        attachment=None,
        note=False,
    ):
        """Record that the customer accepted the terms of sale before confirmation.

        Called with the version the customer saw (portal checkbox) or stated by
        staff; ``at`` may be in the past only for history imports (demo data).
        """
        versions = (
            self._get_cgv_versions_in_force(at or fields.Datetime.now())
            if version is None
            else {}
        )
        self.sudo().cgv_pending_ids.unlink()
        self.env["cgv.acceptance.pending"].sudo().create(
            [
                {
                    "order_id": order.id,
                    "version_id": (
                        version if version is not None else versions[order.id]
                    ).id,
                    "accepted_at": at or fields.Datetime.now(),
                    "channel": channel,
                    "ip_address": ip_address,
                    "user_agent": user_agent,
                    "user_id": user.id if user else False,
                    "attachment_id": attachment.id if attachment else False,
                    "note": note,
                }
                for order in self
            ]
        )

    def _clear_cgv_pending_acceptance(self):
        self.sudo().cgv_pending_ids.unlink()

    def _delete_cgv_pending_acceptances(self):
        """Drop the pending acceptances turned into acceptances, in one query (on
        the confirmation path: no ORM unlink and its flush of everything)."""
        self.env.cr.execute(
            SQL(
                "DELETE FROM cgv_acceptance_pending WHERE order_id IN %s",
                tuple(self.ids),
            )
        )
        self.env["cgv.acceptance.pending"].invalidate_model()
        self.invalidate_recordset(["cgv_pending_ids", "cgv_pending_id"])

    def _set_cgv_pending_channel(self, channel):
        """Record how the pending acceptance was given once that act succeeded
        (the signature accepted, the payment done)."""
        self.sudo().cgv_pending_id.channel = channel

    def _stamp_cgv(self, versions=None):
        """Stamp the version in force and record the acceptances, in batch.

        Called by ``_action_confirm`` (every confirmation path). The stamped
        version is set once and never replaced; each confirmation with a known
        channel adds an acceptance record, so a re-confirmation keeps the first.
        """
        if versions is None:
            versions = self._get_cgv_versions_in_force(fields.Datetime.now())
        to_stamp = defaultdict(list)
        acceptance_vals_list = []
        bodies = {}
        pending_orders = self.browse()
        for order in self:
            order_sudo = order.sudo()
            version = versions[order.id]
            pending = order_sudo.cgv_pending_id
            if pending:
                pending_orders |= order
                version = pending.version_id
                acceptance_vals_list.append(order._prepare_cgv_acceptance_vals(version))
            if not order.cgv_version_id and version:
                to_stamp[version].append(order.id)
            bodies[order.id] = order._get_cgv_confirmation_message(
                version, bool(pending)
            )
        for version, order_ids in to_stamp.items():
            evidence_writer(self.browse(order_ids)).write(
                {"cgv_version_id": version.id}
            )
        if acceptance_vals_list:
            self._create_cgv_acceptances(acceptance_vals_list)
        if pending_orders:
            pending_orders._delete_cgv_pending_acceptances()
        self._message_log_batch(bodies=bodies)

    def _prepare_cgv_acceptance_vals(self, version):
        self.ensure_one()
        pending = self.sudo().cgv_pending_id
        # A box ticked on the portal with neither signature nor payment: staff
        # confirmed the order afterwards.
        channel = pending.channel or "portal_checkbox"
        return {
            "order_id": self.id,
            "partner_id": self.partner_id.id,
            "version_id": version.id,
            "version_sha256": version.sudo().content_sha256,
            "channel": channel,
            "accepted_at": pending.accepted_at or fields.Datetime.now(),
            "user_id": pending.user_id.id
            or (self.env.uid if channel not in PORTAL_CHANNELS else False),
            "ip_address": pending.ip_address,
            "user_agent": pending.user_agent,
            "evidence_attachment_id": pending.attachment_id.id,
            "note": pending.note,
        }

    def _create_cgv_acceptances(self, vals_list):
        return evidence_writer(self.env["cgv.acceptance"]).sudo().create(vals_list)

    def _get_cgv_confirmation_message(self, version, is_accepted):
        """The chatter note of the confirmation, in the company's language (the
        staff of a French shop read French notes whoever confirmed)."""
        self.ensure_one()
        env = self.with_context(
            lang=self.company_id._get_consumer_law_lang() or self.env.lang
        ).env
        if not version:
            return Markup("<p>%s</p>") % env._(
                "Confirmed with no version of the terms of sale in force."
            )
        if is_accepted:
            return Markup("<p>%s</p>") % env._(
                "The customer accepted the terms of sale %(version)s.",
                version=version.sudo().display_name,
            )
        return Markup("<p>%s</p>") % env._(
            "Confirmed under the terms of sale %(version)s; how the customer "
            "accepted them was not recorded.",
            version=version.sudo().display_name,
        )

    def _get_cgv_portal_acceptance_error(self):
        """Return why the customer may not sign or pay yet, or ``False``.

        The customer must have ticked the box for the version in force now; a
        version published meanwhile must be accepted again.
        """
        self.ensure_one()
        order_sudo = self.sudo()
        version = order_sudo.cgv_portal_version_id
        if not version:
            if (
                self.partner_id.is_consumer
                and self.company_id._get_consumer_policy().cgv_block_without_version
            ):
                return self.env._(
                    "Terms of sale: no version is in force; the order cannot be "
                    "validated online. Please contact us."
                )
            return False
        if order_sudo.cgv_pending_id.version_id != version:
            return self.env._(
                'Terms of sale: please tick "I have read and accept the terms of '
                'sale (version %(number)s)" before validating the order.',
                number=version.version,
            )
        return False

    def _get_cgv_mail_templates(self):
        """Mail templates that confirm the order: they carry the accepted terms."""
        self.ensure_one()
        templates = self._get_confirmation_template() or self.env["mail.template"]
        payment_template = self.env.ref(
            "sale.mail_template_sale_payment_executed", raise_if_not_found=False
        )
        return templates | (payment_template or self.env["mail.template"])

    def _get_cgv_mail_attachments(self):
        """The accepted terms (PDF) and, for consumers, the model withdrawal form
        (L221-5 2°) joined to the confirmation mail.

        A composer recomputes its attachments each time its template or records
        change: the files made for this order by this user and not yet sent are
        reused rather than rendered and created again.
        """
        self.ensure_one()
        keys = {f"sale_cgv:terms:{self.id}:{self.cgv_version_id.id}": "terms"}
        if self.partner_id.is_consumer:
            keys[f"sale_cgv:withdrawal_form:{self.id}"] = "form"
        existing = (
            self.env["ir.attachment"]
            .sudo()
            .search(
                [
                    ("res_model", "=", "mail.compose.message"),
                    ("res_id", "=", 0),
                    ("create_uid", "=", self.env.uid),
                    ("description", "in", list(keys)),
                ]
            )
        )
        attachments = existing
        for key, kind in keys.items():
            if key in existing.mapped("description"):
                continue
            attachment = (
                self.cgv_version_id._create_mail_attachment()
                if kind == "terms"
                else self.env[
                    "report.sale_cgv.report_withdrawal_form"
                ]._create_mail_attachment(self)
            )
            attachment.description = key
            attachments |= attachment
        return attachments

    @api.model
    def _get_cgv_staff_channels(self):
        return STAFF_CHANNELS

    def _demo_confirm_cgv_history(self, at, channel):
        """Confirm orders accepted in the past (demo data, history imports).

        The acceptance is recorded under the version in force at ``at`` and with
        that date, without touching the clock; the order date is set to ``at``.
        """
        at = fields.Datetime.to_datetime(at)
        for order in self:
            order._set_cgv_pending_acceptance(
                channel=channel,
                at=at,
                user=self.env.user if channel not in PORTAL_CHANNELS else None,
            )
        self.action_confirm()
        self.write({"date_order": at})
        return True

    def _check_cgv_portal_acceptance(self, channel="portal_payment"):
        """Refuse an online validation unless the terms-of-sale box was ticked,
        and mark the pending acceptance as given through ``channel`` (the
        payment, or a webshop order without payment).

        :raise ValidationError: when the box was not ticked for the version in
            force
        """
        self.ensure_one()
        error = self._get_cgv_portal_acceptance_error()
        if error:
            raise ValidationError(error)
        self._set_cgv_pending_channel(channel)
