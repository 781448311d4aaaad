# Copyright 2026 Consumer law for Odoo contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
"""The compliance pack's topics of ``sale_cgv`` (orders without recorded acceptance;
terms versions)."""

from odoo.tools import SQL

from odoo.addons.consumer_law_report.reports.compliance_topic import (
    Column,
    Topic,
    paris_day,
    paris_time,
)


class MissingAcceptanceTopic(Topic):
    """Consumer orders confirmed in the period without a recorded acceptance."""

    key = "missing_acceptance"
    sequence = 40
    article = "C. civ. 1127-1, 1127-2; C. consom. L221-14"
    amount_column = 6

    def _get_title(self):
        return self.env._("Orders confirmed without recorded acceptance")

    def _get_sheet_name(self):
        return self.env._("No recorded acceptance")

    def _get_amount_label(self):
        return self.env._("Order totals")

    def _get_columns(self):
        _ = self.env._
        return [
            Column(_("Company"), "char"),
            Column(_("Order"), "char"),
            Column(_("Customer"), "char"),
            Column(_("Confirmed on (Paris time)"), "datetime"),
            Column(_("Terms version stamped"), "char"),
            Column(_("Salesperson"), "char"),
            Column(_("Order total"), "monetary", True),
        ]

    def _get_rows(self):
        return self._query(
            SQL(
                """
                SELECT so.company_id, company.name, so.name, partner.name,
                       %(confirmed)s, COALESCE(version.name, ''),
                       COALESCE(salesman.name, ''), so.amount_total
                  FROM sale_order so
                  JOIN res_company company ON company.id = so.company_id
                  JOIN res_partner partner ON partner.id = so.partner_id
                  JOIN res_partner commercial
                    ON commercial.id = partner.commercial_partner_id
             LEFT JOIN cgv_version version ON version.id = so.cgv_version_id
             LEFT JOIN res_users users ON users.id = so.user_id
             LEFT JOIN res_partner salesman ON salesman.id = users.partner_id
                 WHERE so.company_id IN %(companies)s
                   AND so.state = 'sale'
                   AND commercial.is_consumer
                   AND %(in_period)s
                   AND NOT EXISTS (
                       SELECT 1 FROM cgv_acceptance acceptance
                        WHERE acceptance.order_id = so.id)
                 ORDER BY so.date_order, so.id
                """,
                confirmed=paris_time("so.date_order"),
                companies=self._companies(),
                in_period=self._in_period("so.date_order"),
            )
        )


class TermsVersionTopic(Topic):
    """Terms-of-sale versions in force at some point of the period, with their
    SHA-256 (the evidence of what customers accepted)."""

    key = "terms_versions"
    sequence = 50
    article = "C. civ. 1127-1; C. consom. L221-5, L221-11"

    def _get_title(self):
        return self.env._("Terms of sale versions in force")

    def _get_sheet_name(self):
        return self.env._("Terms versions")

    def _get_columns(self):
        _ = self.env._
        return [
            Column(_("Company"), "char"),
            Column(_("Terms of sale"), "char"),
            Column(_("Version"), "integer"),
            Column(_("Language"), "char"),
            Column(_("In force from (Paris time)"), "datetime"),
            Column(_("Replaced on (Paris time)"), "datetime"),
            Column(_("Orders stamped"), "integer", True),
            Column(_("SHA-256"), "char"),
        ]

    def _get_rows(self):
        return self._query(
            SQL(
                """
                WITH published AS (
                    SELECT version.*,
                           LEAD(version.effective_date) OVER (
                               PARTITION BY version.document_id, version.lang
                               ORDER BY version.effective_date, version.id
                           ) AS replaced_at
                      FROM cgv_version version
                     WHERE version.state IN ('published', 'archived')
                       AND version.company_id IN %(companies)s
                ), stamped AS (
                    SELECT cgv_version_id, COUNT(*) AS orders
                      FROM sale_order
                     WHERE cgv_version_id IN (SELECT id FROM published)
                       AND company_id IN %(companies)s
                     GROUP BY cgv_version_id
                )
                SELECT published.company_id, company.name,
                       COALESCE(document.name->>%(lang)s, document.name->>'en_US'),
                       published.version, COALESCE(published.lang, ''),
                       %(effective)s, %(replaced)s,
                       COALESCE(stamped.orders, 0), published.content_sha256
                  FROM published
                  JOIN cgv_document document ON document.id = published.document_id
                  JOIN res_company company ON company.id = published.company_id
             LEFT JOIN stamped ON stamped.cgv_version_id = published.id
                 WHERE %(effective_day)s <= %(end)s
                   AND (published.replaced_at IS NULL
                        OR %(replaced_day)s >= %(start)s)
                 ORDER BY company.name, published.document_id, published.lang,
                          published.effective_date
                """,
                companies=self._companies(),
                lang=self.pack.lang,
                effective=paris_time("published.effective_date"),
                replaced=paris_time("published.replaced_at"),
                effective_day=paris_day("published.effective_date"),
                replaced_day=paris_day("published.replaced_at"),
                start=self.pack.date_from,
                end=self.pack.date_to,
            )
        )
