# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Consumer Law",
    "summary": "Company consumer-law policy, versioned terms of sale (CGV), "
    "mediators and the terms-of-sale check",
    "version": "18.0.1.1.0",
    "development_status": "Alpha",
    "category": "Sales/Sales",
    "website": "https://github.com/consumer-law-odoo/consumer-law",
    "author": "Consumer law for Odoo contributors",
    "maintainers": ["consumer-law-odoo"],
    "license": "LGPL-3",
    "depends": ["sale_management", "mail"],
    "external_dependencies": {"python": ["consumer-law-rules"]},
    "data": [
        "security/consumer_law_security.xml",
        "security/ir.model.access.csv",
        "security/consumer_law_rules.xml",
        "data/cgv_clause_templates.xml",
        "reports/consumer_law_templates.xml",
        "data/ir_cron_data.xml",
        "wizards/cgv_version_generate_views.xml",
        "wizards/consumer_law_policy_check_views.xml",
        "views/consumer_law_policy_views.xml",
        "views/consumer_mediator_views.xml",
        "views/cgv_document_views.xml",
        "views/cgv_version_views.xml",
        "views/res_config_settings_views.xml",
        "views/res_company_views.xml",
        "views/res_partner_views.xml",
        "views/product_views.xml",
        "views/consumer_law_document_job_views.xml",
        "views/sale_portal_templates.xml",
        "views/consumer_law_menus.xml",
        "data/evidence_verify_action.xml",
    ],
    "assets": {
        "web.report_assets_common": [
            "consumer_law/static/src/scss/report_fonts.scss",
        ],
        "web.assets_tests": [
            "consumer_law/static/tests/tours/*.js",
        ],
    },
    "post_init_hook": "post_init_hook",
    "installable": True,
    "application": True,
}
