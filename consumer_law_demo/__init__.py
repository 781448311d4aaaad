# Copyright 2026 Consumer law for Odoo contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from . import sale_order_demo
from . import sale_cancellation_fee_demo
