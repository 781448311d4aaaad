# Copyright 2026 Consumer law for Odoo contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
{
    "name": "Consumer Law Report",
    "summary": "The consumer-law managers' compliance pack (XLSX), exposure figures, "
    "the Consumer law dashboard and the monthly pack by mail",
    "version": "18.0.1.1.0",
    "development_status": "Alpha",
    "category": "Sales/Sales",
    "website": "https://github.com/consumer-law-odoo/consumer-law",
    "author": "Consumer law for Odoo contributors",
    "maintainers": ["consumer-law-odoo"],
    "license": "AGPL-3",
    "depends": [
        "sale_management",
        "consumer_law",
        "report_xlsx",
        "spreadsheet_dashboard",
    ],
    "external_dependencies": {"python": ["consumer-law-rules", "xlsxwriter"]},
    "data": [
        "security/ir.model.access.csv",
        "security/consumer_law_report_security.xml",
        "data/ir_cron_data.xml",
        "reports/consumer_law_report_reports.xml",
        "wizards/consumer_law_pack_views.xml",
        "views/consumer_law_exposure_views.xml",
        "views/consumer_law_report_menus.xml",
        "data/spreadsheet_dashboard_data.xml",
    ],
    "assets": {
        "web.assets_backend": [
            "consumer_law_report/static/src/js/*.esm.js",
        ],
        "web.assets_tests": [
            "consumer_law_report/static/tests/tours/*.js",
        ],
    },
    "installable": True,
}
