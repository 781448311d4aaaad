# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from . import test_withdrawal_window
from . import test_withdrawal_request
from . import test_withdrawal_refund
from . import test_withdrawal_portal
from . import test_access
from . import test_withdrawal_evidence
from . import test_withdrawal_concurrency
from . import test_withdrawal_acknowledgment_queue
from . import test_documents
from . import test_withdrawal_evidence_core
from . import test_backend_tours
