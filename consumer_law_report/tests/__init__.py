# Copyright 2026 Consumer law for Odoo contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from . import test_registry_and_formats
from . import test_compliance_pack
from . import test_pack_access
from . import test_pack_mail
from . import test_retention_topic
from . import test_complaint_topic
from . import test_cancellation_topic
from . import test_return_topic
from . import test_backend_tours
