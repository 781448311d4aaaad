# Copyright 2026 Consumer law for Odoo contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from . import test_demo_findings
from . import test_demo_generated_terms
from . import test_demo_shop
from . import test_demo_safety
from . import test_demo_mediation
from . import test_demo_returns
from . import test_demo_believable
from . import test_demo_guarantee_notice
from . import test_demo_dates
