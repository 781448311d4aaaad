# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Website Sale Guarantee Notice",
    "summary": "The EU harmonised notice on the legal guarantee of conformity and the "
    "harmonised durability label on the webshop, the order confirmation and the portal",
    "version": "18.0.1.0.0",
    "development_status": "Alpha",
    "category": "Website/Website",
    "website": "https://github.com/consumer-law-odoo/consumer-law",
    "author": "Consumer law for Odoo contributors",
    "maintainers": ["consumer-law-odoo"],
    "license": "LGPL-3",
    "depends": ["website_sale", "consumer_law"],
    "external_dependencies": {"python": ["consumer-law-rules"]},
    "data": [
        "security/ir.model.access.csv",
        "security/website_sale_guarantee_notice_security.xml",
        "views/guarantee_notice_templates.xml",
        "views/website_sale_templates.xml",
        "views/sale_order_templates.xml",
        "views/guarantee_notice_artwork_views.xml",
        "views/product_template_views.xml",
        "views/res_config_settings_views.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "website_sale_guarantee_notice/static/tests/tours/*.js",
        ],
    },
    "installable": True,
    "auto_install": ["website_sale", "consumer_law"],
}
