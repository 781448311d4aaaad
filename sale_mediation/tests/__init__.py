# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from . import test_access
from . import test_complaint
from . import test_mediator_documents
from . import test_portal
from . import test_referral_letter
from . import test_documents
from . import test_complaint_evidence_cases
from . import test_backend_tours
from . import test_complaint_rpc
