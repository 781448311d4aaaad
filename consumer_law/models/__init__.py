# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from . import consumer_law_evidence_mixin
from . import consumer_law_customer_act_mixin
from . import consumer_law_flow_fields_mixin
from . import consumer_mediator
from . import consumer_law_policy
from . import res_company
from . import sale_order
from . import res_config_settings
from . import res_partner
from . import product_category
from . import product_template
from . import cgv_document
from . import cgv_version
from . import ir_attachment
from . import consumer_law_portal_attempt
from . import consumer_law_evidence_export
from . import ir_module_module
from . import consumer_law_document_job
from . import ir_actions_report
