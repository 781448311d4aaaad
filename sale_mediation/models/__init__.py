# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from . import consumer_complaint
from . import consumer_law_policy
from . import consumer_mediator
from . import mail_compose_message
from . import res_partner
from . import sale_order
from . import consumer_law_document_job
