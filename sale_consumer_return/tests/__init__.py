# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from . import test_return_access
from . import test_return_decision
from . import test_return_portal
from . import test_backend_tours
