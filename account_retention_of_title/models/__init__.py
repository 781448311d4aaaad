# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from . import consumer_law_policy
from . import res_partner
from . import sale_order
from . import account_move
from . import stock_picking
from . import account_retention_recovery
from . import res_config_settings
