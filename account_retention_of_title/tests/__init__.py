# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from . import test_retention
from . import test_retention_report
from . import test_penalty
from . import test_access
from . import test_retention_evidence
from . import test_backend_tours
from . import test_retention_rpc
