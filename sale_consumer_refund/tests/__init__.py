# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from . import test_refund_cron
from . import test_refund_obligation
from . import test_refund_security
from . import test_refund_evidence_cases
from . import test_backend_tours
from . import test_refund_rpc
