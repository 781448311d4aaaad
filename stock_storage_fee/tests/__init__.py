# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from . import test_storage_fee
from . import test_carrier_notice_import
from . import test_stored_language
from . import test_storage_fee_evidence
from . import test_backend_tours
