# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from . import consumer_law_policy
from . import sale_installment_offer
from . import sale_order
from . import sale_order_line
from . import sale_order_cancellation
from . import sale_consumer_refund
