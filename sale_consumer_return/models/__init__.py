# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from . import product_template
from . import sale_consumer_guarantee
from . import sale_consumer_return
from . import sale_consumer_return_line
from . import sale_consumer_return_decision
from . import sale_consumer_return_portal
from . import sale_order
from . import stock_picking
from . import stock_lot
from . import res_partner
from . import consumer_law_document_job
