# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from . import test_cancellation
from . import test_cheque
from . import test_delivery_due
from . import test_installment
from . import test_termination
from . import test_stored_language
from . import test_documents
from . import test_backend_tours
