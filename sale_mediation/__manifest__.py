# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Sale Mediation",
    "summary": "Customer complaints, consumer mediation eligibility (L612-2), "
    "referral letters and the mediator on invoices, mails and the portal",
    "version": "18.0.1.1.0",
    "development_status": "Alpha",
    "category": "Sales/Sales",
    "website": "https://github.com/consumer-law-odoo/consumer-law",
    "author": "Consumer law for Odoo contributors",
    "maintainers": ["consumer-law-odoo"],
    "license": "LGPL-3",
    "depends": ["sale", "account", "portal", "consumer_law"],
    "external_dependencies": {"python": ["consumer-law-rules"]},
    "data": [
        "security/ir.model.access.csv",
        "security/sale_mediation_security.xml",
        "data/ir_sequence_data.xml",
        "data/mail_template_data.xml",
        "reports/sale_mediation_reports.xml",
        "reports/sale_mediation_templates.xml",
        "wizards/consumer_complaint_cancel_views.xml",
        "views/consumer_complaint_views.xml",
        "views/consumer_law_policy_views.xml",
        "views/consumer_mediator_views.xml",
        "views/sale_order_views.xml",
        "views/res_partner_views.xml",
        "views/sale_mediation_portal_templates.xml",
        "views/sale_mediation_menus.xml",
        "data/evidence_verify_action.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "sale_mediation/static/tests/tours/*.js",
        ],
    },
    "installable": True,
}
