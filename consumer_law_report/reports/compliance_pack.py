# Copyright 2026 Consumer law for Odoo contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from datetime import timedelta
from functools import lru_cache

from odoo.tools import SQL

from odoo.addons.consumer_law.tools import paris_today

import consumer_law_rules as rules

# customers whose retention ends more than this after today are left out in SQL;
# the others are judged exactly by ``consumer_law_rules.data_retention_until``
RETENTION_MARGIN_DAYS = 3


class CompliancePack:
    """The figures and rows of every available topic for some companies and a
    period. Built by the XLSX report, the exposure figures and the monthly mail;
    the number of queries does not depend on the number of orders, and each
    topic's rows are streamed (see ``compliance_topic``).

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
        # queries run by the topics (each streamed from one server-side cursor)
        self.query_count = 0
        self._retention_over = None

    def get_topics(self):
        """The topics of the installed addons, in pack order."""
        self.env.flush_all()
        return self.env["consumer.law.report.topic"]._get_topics(self)

    def get_figures(self):
        """[(topic, {company id: (items, amount)})] of every topic: the figures
        of the summary sheet, the exposure views and the dashboard."""
        return [(topic, topic._get_figures()) for topic in self.get_topics()]

    def _get_retention_over(self):
        """Rows (company id, company, customer, email, last purchase, years, kept
        until, partner id) of the consumers of the companies whose data retention
        is over: their last purchase in every company (the partner is shared) is
        older than that company's retention period. Customers clearly still kept
        are left out by the query, so that memory follows the customers to
        anonymise, not every customer."""
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
                ), kept AS (
                    -- clearly still kept by some company (the exact day is
                    -- computed by the rules package below, on the rest only)
                    SELECT DISTINCT last_purchase.partner_id
                      FROM last_purchase
                      JOIN consumer_law_policy policy
                        ON policy.company_id = last_purchase.company_id
                     WHERE last_purchase.last_on + make_interval(
                               years => COALESCE(policy.data_retention_years, 0)
                           ) > %(clearly_kept)s
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
                   AND last_purchase.partner_id NOT IN (SELECT partner_id FROM kept)
                 ORDER BY customer.name, customer.id
                """,
                clearly_kept=self.today + timedelta(days=RETENTION_MARGIN_DAYS),
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
