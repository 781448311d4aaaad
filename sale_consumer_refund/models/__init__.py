# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from . import consumer_law_policy
from . import sale_consumer_refund
from . import sale_consumer_refund_cancellation
from . import sale_consumer_refund_lateness
from . import sale_consumer_refund_line
from . import sale_consumer_refund_activity
from . import account_move
from . import sale_order
from . import sale_consumer_refund_credit_note
