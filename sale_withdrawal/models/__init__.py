# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from . import consumer_law_policy
from . import stock_picking
from . import sale_order
from . import sale_order_line
from . import sale_withdrawal_request
from . import sale_withdrawal_request_refund
from . import sale_withdrawal_request_line
from . import account_move
from . import sale_withdrawal_request_evidence
from . import consumer_law_document_job
from . import sale_consumer_refund
