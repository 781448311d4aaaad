# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from . import test_access
from . import test_cgv_version
from . import test_partner_product
from . import test_policy
from . import test_policy_check
from . import test_cgv_generate
from . import test_evidence
from . import test_portal_input
from . import test_translations
from . import test_evidence_core
from . import test_view_expressions
from . import test_backend_tours
from . import test_evidence_verify
from . import test_evidence_rpc
