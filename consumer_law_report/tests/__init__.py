# Copyright 2026 Consumer law for Odoo contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from . import test_registry_and_formats
from . import test_backend_tours
from . import test_streamed_worksheet
