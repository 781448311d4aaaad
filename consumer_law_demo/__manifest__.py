# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Consumer Law Demo",
    "summary": "Demo companies modelled on four French online shops, with their "
    "consumer-law policies, terms of sale, webshops, carriers and taxed orders. "
    "Not for production databases",
    "version": "18.0.2.0.0",
    "development_status": "Alpha",
    "category": "Sales/Sales",
    "website": "https://github.com/consumer-law-odoo/consumer-law",
    "author": "Consumer law for Odoo contributors",
    "maintainers": ["consumer-law-odoo"],
    "license": "LGPL-3",
    "depends": [
        "consumer_law",
        "sale_cgv",
        "sale_withdrawal",
        "l10n_fr_account",
        "website_sale",
        "payment_custom",
        "website_sale_cgv",
        "website_sale_withdrawal",
        "stock_storage_fee",
        "account_retention_of_title",
        "sale_consumer_return",
    ],
    "data": [
        "data/res_lang_data.xml",
        "data/res_company_data.xml",
        "data/account_data.xml",
        "data/website_data.xml",
        "data/product_data.xml",
        "data/delivery_carrier_data.xml",
        "data/consumer_mediator_data.xml",
        "data/consumer_law_policy_data.xml",
        "data/cgv_document_data.xml",
        "data/sale_withdrawal_demo.xml",
        "data/sale_cgv_demo.xml",
        "data/stock_storage_fee_demo.xml",
        "data/account_retention_of_title_demo.xml",
        "data/sale_consumer_return_demo.xml",
        "data/website_sale_demo.xml",
    ],
    "demo": [
        "demo/res_users_demo.xml",
    ],
    "installable": True,
}
