# Copyright 2026 Consumer law for Odoo contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import AccessError

from odoo.addons.consumer_law.tools import paris_today

from ..reports.compliance_pack import CompliancePack

# companies refreshed per run of the daily action
REFRESH_BATCH = 20


class ConsumerLawExposure(models.Model):
    """The figures of the compliance pack, one row per company, topic and day:
    what the list, pivot and graph views and the "Consumer law" dashboard show.
    They are the pack's own summary figures (``Topic._get_figures``: the same
    query and the same count), for the period recorded on each row (by default
    the last 12 months). The latest figures of each company are flagged; older
    days stay for trends."""

    _name = "consumer.law.exposure"
    _description = "Consumer-Law Exposure Figure"
    _order = "date desc, company_id, sequence"
    _rec_name = "topic"

    # === FIELDS === #
    date = fields.Date(required=True, readonly=True, index=True)
    date_from = fields.Date(string="Period from", readonly=True)
    date_to = fields.Date(string="Period to", readonly=True)
    company_id = fields.Many2one(
        comodel_name="res.company", required=True, readonly=True, index=True
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    topic = fields.Selection(selection="_selection_topic", required=True, readonly=True)
    sequence = fields.Integer(readonly=True)
    article = fields.Char(readonly=True)
    item_count = fields.Integer(string="Items", readonly=True, aggregator="sum")
    amount = fields.Monetary(readonly=True, aggregator="sum")
    amount_label = fields.Char(string="Amount of", compute="_compute_amount_label")
    is_latest = fields.Boolean(string="Latest figures", readonly=True, index=True)

    # === COMPUTE METHODS === #
    @api.model
    def _selection_topic(self):
        topics = self.env["consumer.law.report.topic"]._get_topics(_Labels(self.env))
        return [(topic.key, topic._get_title()) for topic in topics]

    @api.depends("topic")
    @api.depends_context("lang")
    def _compute_amount_label(self):
        """What the amount adds up, in the reader's language (a stored label
        would keep the language of whoever refreshed the figures)."""
        topics = {
            topic.key: topic
            for topic in self.env["consumer.law.report.topic"]._get_topics(
                _Labels(self.env)
            )
        }
        for figure in self:
            topic = topics.get(figure.topic)
            figure.amount_label = topic._get_amount_label() if topic else False

    # === ACTION METHODS === #
    def action_refresh(self):
        """Refresh the figures of the user's current companies now."""
        if not self.env.user.has_group("consumer_law.consumer_law_group_manager"):
            raise AccessError(
                self.env._("Only consumer-law managers may refresh these figures.")
            )
        self.sudo()._refresh(self.env.companies)
        return {"type": "ir.actions.client", "tag": "reload"}

    # === BUSINESS METHODS === #
    @api.model
    def _refresh(self, companies, today=None, date_from=None, date_to=None):
        """Replace today's figures of ``companies`` (the latest ones) by the
        pack's figures for the period (by default the 12 months up to today)."""
        today = today or paris_today()
        date_to = date_to or today
        date_from = date_from or date_to + relativedelta(years=-1, days=1)
        pack = CompliancePack(self.env, companies, date_from, date_to, today)
        values = []
        for topic, figures in pack.get_figures():
            for company in companies:
                count, amount = figures.get(company.id, (0, 0.0))
                values.append(
                    {
                        "date": today,
                        "date_from": date_from,
                        "date_to": date_to,
                        "company_id": company.id,
                        "topic": topic.key,
                        "sequence": topic.sequence,
                        "article": topic.article,
                        "item_count": count,
                        "amount": amount,
                        "is_latest": True,
                    }
                )
        self.search(
            [("company_id", "in", companies.ids), ("date", "=", today)]
        ).unlink()
        self.search(
            [("company_id", "in", companies.ids), ("is_latest", "=", True)]
        ).write({"is_latest": False})
        return self.create(values)

    @api.model
    def _cron_refresh(self):
        """Daily: the figures of every company not yet refreshed today, in
        batches (the action runs again at once while companies remain)."""
        today = paris_today()
        done = self.search([("date", "=", today)]).company_id
        todo = self.env["res.company"].search([("id", "not in", done.ids)])
        batch = todo[:REFRESH_BATCH]
        if batch:
            self._refresh(batch, today)
        self.env["ir.cron"]._notify_progress(
            done=len(batch), remaining=len(todo) - len(batch)
        )


class _Labels:
    """The little a topic needs to give its title (no pack)."""

    def __init__(self, env):
        self.env = env
