# Copyright 2026 Consumer law for Odoo contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from . import consumer_law_report_topic
from . import consumer_law_document_job
from . import consumer_law_exposure
from . import res_company
