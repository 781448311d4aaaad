# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from . import consumer_law_policy
from . import guarantee_notice_artwork
from . import product_template
from . import res_company
from . import res_config_settings
from . import sale_order
