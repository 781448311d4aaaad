/** @odoo-module **/
// Copyright 2026 Consumer law for Odoo contributors
// License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

import { registry } from "@web/core/registry";
import * as tourUtils from "@website_sale/js/tours/tour_utils";

// Relies on the product, customer and provider created by the Python test.
registry.category("web_tour.tours").add("website_sale_cgv_checkout", {
    url: "/shop",
    steps: () => [
        ...tourUtils.addToCart({ productName: "CGV scale model" }),
        tourUtils.goToCart(),
        tourUtils.goToCheckout(),
        tourUtils.confirmOrder(),
        {
            content: "The checkbox names the version in force and links it",
            trigger:
                'label[for="website_sale_tc_checkbox"]:contains("version 1 of") a[href^="/terms-of-sale/"]',
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
