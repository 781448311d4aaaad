# Copyright 2026 Consumer law for Odoo contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from decimal import Decimal
from functools import lru_cache

from odoo.tools import SQL

from odoo.addons.consumer_law.tools import paris_today

import consumer_law_rules as rules

from .compliance_topics import TOPICS


class CompliancePack:
    """The figures and rows of every available topic for some companies and a
    period. Built by the XLSX report, the exposure figures and the monthly mail;
    the number of queries does not depend on the number of orders.

    :param env: an environment whose user may read the companies' data
    :param companies: ``res.company`` records
    :param date_from: first day of the period (Paris calendar)
    :param date_to: last day of the period
    """

    def __init__(self, env, companies, date_from, date_to, today=None):
        self.env = env
        self.companies = companies
        self.date_from = date_from
        self.date_to = date_to
        self.today = today or paris_today()
        self.lang = env.lang or "en_US"
        self._retention_over = None

    @classmethod
    def available_topics(cls, env):
        """The topic classes whose models are installed, in pack order."""
        return [topic for topic in TOPICS if topic._is_available(env)]

    def get_topics(self):
        return [topic(self) for topic in self.available_topics(self.env)]

    def collect(self):
        """Return [(topic, rows)] for every available topic."""
        self.env.flush_all()
        return [(topic, topic._get_rows()) for topic in self.get_topics()]

    @staticmethod
    def figures(topic, rows):
        """Return {company id: (row count, amount)} of a topic's rows."""
        result = {}
        for row in rows:
            count, amount = result.get(row[0], (0, 0.0))
            if topic.amount_column is not None:
                amount += row[topic.amount_column + 1] or 0.0
            result[row[0]] = (count + 1, amount)
        return result

    # === SHARED BUSINESS === #
    def _get_late_refund(
        self, ground, amount, due, refunded, today, goods, contract, cancelled
    ):
        """(days late, surcharge owed) of a refund, as the refund engine computes
        it (``consumer_law_rules.refund_obligation_surcharge``) but from plain
        values read in bulk."""
        if cancelled or not due or not ground:
            return 0, 0.0
        end = refunded or today
        days_late = (end - due).days
        if days_late <= 0:
            return 0, 0.0
        surcharge = rules.refund_obligation_surcharge(
            ground,
            Decimal(str(amount or 0)),
            due,
            end,
            product_price=Decimal(str(goods or 0)),
            contract_date=contract or due,
        )
        return days_late, float(surcharge)

    def _get_retention_over(self):
        """Rows (company id, company, customer, email, last purchase, years, kept
        until, partner id) of the consumers of the companies whose data retention
        is over: their last purchase in every company (the partner is shared) is
        older than that company's retention period."""
        if self._retention_over is not None:
            return self._retention_over
        self.env.flush_all()
        self.env.cr.execute(
            SQL(
                """
                WITH last_purchase AS (
                    SELECT partner.commercial_partner_id AS partner_id,
                           so.company_id,
                           MAX(((so.date_order AT TIME ZONE 'UTC')
                                AT TIME ZONE 'Europe/Paris')::date) AS last_on
                      FROM sale_order so
                      JOIN res_partner partner ON partner.id = so.partner_id
                     WHERE so.state = 'sale'
                     GROUP BY partner.commercial_partner_id, so.company_id
                )
                SELECT last_purchase.company_id, company.name, customer.name,
                       COALESCE(customer.email, ''), last_purchase.last_on,
                       policy.data_retention_years, customer.id
                  FROM last_purchase
                  JOIN res_partner customer ON customer.id = last_purchase.partner_id
                  JOIN res_company company ON company.id = last_purchase.company_id
                  JOIN consumer_law_policy policy
                    ON policy.company_id = last_purchase.company_id
                 WHERE customer.is_consumer AND customer.active
                 ORDER BY customer.name, customer.id
                """
            )
        )
        rows, still_kept = [], set()
        for (
            company,
            name,
            customer,
            email,
            last_on,
            years,
            partner,
        ) in self.env.cr.fetchall():
            until = _retention_until(last_on, years or 0)
            if until >= self.today:
                still_kept.add(partner)
            elif company in self.companies.ids:
                rows.append(
                    (company, name, customer, email, last_on, years, until, partner)
                )
        self._retention_over = [row for row in rows if row[-1] not in still_kept]
        return self._retention_over


@lru_cache(maxsize=4096)
def _retention_until(last_on, years):
    return rules.data_retention_until(last_on, years=years)
