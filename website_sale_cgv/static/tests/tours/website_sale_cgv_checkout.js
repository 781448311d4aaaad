/** @odoo-module **/
// Copyright 2026 Consumer law for Odoo contributors
// License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

import { registry } from "@web/core/registry";
import * as tourUtils from "@website_sale/js/tours/tour_utils";

// A page loaded on a busy machine may take long: the steps that follow a page
// load wait for it (a minute, not the default 10 s), on the element they need.
const PAGE_LOAD = 60000;

// Relies on the product, customer and provider created by the Python test, which
// starts the tour on the product's page (no search, no listing to load first).
registry.category("web_tour.tours").add("website_sale_cgv_checkout", {
    steps: () => [
        {
            content: "The product page is loaded with its add-to-cart form",
            trigger:
                '#product_detail form[action^="/shop/cart/update"]:has(input[name="product_id"]) #add_to_cart',
            timeout: PAGE_LOAD,
        },
        {
            content: "Add to cart",
            trigger: "#product_detail #add_to_cart",
            run: "click",
        },
        { ...tourUtils.goToCart(), timeout: PAGE_LOAD },
        { ...tourUtils.goToCheckout(), timeout: PAGE_LOAD },
        { ...tourUtils.confirmOrder(), timeout: PAGE_LOAD },
        {
            content: "The checkbox names the version in force and links it",
            trigger:
                'label[for="website_sale_tc_checkbox"]:contains("version 1 of") a[href*="/terms-of-sale/"]',
            timeout: PAGE_LOAD,
        },
        {
            content: "Select the wire transfer",
            trigger:
                'input[name="o_payment_radio"][data-payment-method-code="wire_transfer"]',
            run: "click",
        },
        {
            content: "Tick the terms of sale",
            trigger: "#website_sale_tc_checkbox",
            run: "click",
        },
        {
            content: "The acceptance is recorded on the server",
            trigger: '#website_sale_tc_checkbox[data-cgv-saved="accepted"]',
        },
        tourUtils.pay(),
        {
            content: "The payment is registered",
            trigger:
                '.oe_website_sale_tx_status:contains("Please use the following transfer details")',
            timeout: 30000,
        },
    ],
});
