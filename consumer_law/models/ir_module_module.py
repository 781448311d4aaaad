# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models
from odoo.exceptions import UserError


class IrModuleModule(models.Model):
    _inherit = "ir.module.module"

    def button_uninstall(self):
        """Refuse to uninstall addons whose evidence was not downloaded first."""
        (self | self.downstream_dependencies())._check_consumer_law_evidence_kept()
        return super().button_uninstall()

    def module_uninstall(self):
        self._check_consumer_law_evidence_kept()
        return super().module_uninstall()

    def _check_consumer_law_evidence_kept(self):
        """Uninstalling drops the tables of published terms, acceptances and
        withdrawal declarations: never silently.

        :raise UserError: while such records exist and were not downloaded by a
            manager in the evidence archive since they were recorded
        """
        names = set(self.mapped("name"))
        if "consumer.law.evidence.export" not in self.env:
            return
        pending = self.env["consumer.law.evidence.export"]._get_undownloaded_evidence(
            names
        )
        if pending:
            raise UserError(
                self.env._(
                    "Uninstall refused: these addons hold evidence that would be "
                    "destroyed (%(evidence)s). A consumer-law manager must first "
                    "download the evidence archive (Sales > Configuration > Consumer "
                    "Law > Download the evidence archive); uninstall afterwards.",
                    evidence=", ".join(
                        f"{label}: {count}" for label, count in sorted(pending.items())
                    ),
                )
            )
