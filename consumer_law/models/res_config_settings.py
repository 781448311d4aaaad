# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    # The policy's own fields carry the help texts (article and legal default);
    # these related fields show them in the "Consumer law" settings block.
    consumer_policy_id = fields.Many2one(related="company_id.consumer_policy_id")
    consumer_is_withdrawal_extended = fields.Boolean(
        related="company_id.consumer_policy_id.is_withdrawal_extended",
        readonly=False,
    )
    consumer_withdrawal_days = fields.Integer(
        related="company_id.consumer_policy_id.withdrawal_days", readonly=False
    )
    consumer_allow_pre_delivery_withdrawal = fields.Boolean(
        related="company_id.consumer_policy_id.allow_pre_delivery_withdrawal",
        readonly=False,
    )
    consumer_refund_days = fields.Integer(
        related="company_id.consumer_policy_id.refund_days", readonly=False
    )
    consumer_merchant_pays_return = fields.Boolean(
        related="company_id.consumer_policy_id.merchant_pays_return", readonly=False
    )
    consumer_partial_delivery_refund = fields.Selection(
        related="company_id.consumer_policy_id.partial_delivery_refund",
        readonly=False,
    )
    consumer_presumption_months_new = fields.Integer(
        related="company_id.consumer_policy_id.presumption_months_new",
        readonly=False,
    )
    consumer_presumption_months_second_hand = fields.Integer(
        related="company_id.consumer_policy_id.presumption_months_second_hand",
        readonly=False,
    )
    consumer_transport_reserve_days = fields.Integer(
        related="company_id.consumer_policy_id.transport_reserve_days",
        readonly=False,
    )
    consumer_complaint_window_days = fields.Integer(
        related="company_id.consumer_policy_id.complaint_window_days",
        readonly=False,
    )
    consumer_cheque_hold_days = fields.Integer(
        related="company_id.consumer_policy_id.cheque_hold_days", readonly=False
    )
    consumer_holiday_region = fields.Selection(
        related="company_id.consumer_policy_id.holiday_region", readonly=False
    )
    consumer_archive_threshold = fields.Monetary(
        related="company_id.consumer_policy_id.archive_threshold", readonly=False
    )
    consumer_archive_years = fields.Integer(
        related="company_id.consumer_policy_id.archive_years", readonly=False
    )
    consumer_data_retention_years = fields.Integer(
        related="company_id.consumer_policy_id.data_retention_years",
        readonly=False,
    )
    consumer_mediator_id = fields.Many2one(
        related="company_id.consumer_policy_id.mediator_id", readonly=False
    )

    def action_check_terms_of_sale(self):
        """Save the settings, then check the company's terms of sale."""
        self.execute()
        return self.company_id.action_check_terms_of_sale()
