# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from . import test_documents
from . import test_repair_extension
from . import test_return_access
from . import test_return_decision
from . import test_return_portal
from . import test_return_queries
from . import test_stored_language
from . import test_return_evidence_cases
from . import test_backend_tours
from . import test_return_rpc
