/** @odoo-module **/
// Copyright 2026 Consumer law for Odoo contributors
// License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

import { registry } from "@web/core/registry";

// Relies on the quotation created by the Python test (TestPortalTour).
registry.category("web_tour.tours").add("sale_cgv_portal_sign", {
    steps: () => [
        {
            content: "Open the signature dialog",
            trigger: 'a[data-bs-target="#modalaccept"]:contains("Sign")',
            run: "click",
        },
        {
            content: "The checkbox names the version and links it",
            trigger: 'label[for="sale_cgv_checkbox_sign"]:contains("version 1 of") a[href*="/terms-of-sale/"]',
        },
        {
            content: "Tick the terms of sale",
            trigger: "#sale_cgv_checkbox_sign",
            run: "click",
        },
        {
            content: "The acceptance is recorded on the server",
            trigger: '#sale_cgv_checkbox_sign[data-cgv-saved="accepted"]',
            // the server's answer, not the browser: a loaded machine may take
            // more than the default 10 s to record the tick
            timeout: 30000,
        },
        {
            content: "Pick a signature style",
            trigger: ".o_web_sign_auto_select_style button",
            run: "click",
        },
        {
            content: "Style 4",
            trigger: ".o-dropdown-item:eq(3)",
            run: "click",
        },
        {
            content: "Sign",
            trigger: ".o_portal_sign_submit:enabled",
            run: "click",
        },
        {
            content: "The order is confirmed",
            trigger: '#quote_content:contains("Thank You")',
        },
        {
            content: "The accepted version is shown",
            trigger: 'div[name="sale_cgv_version"] a[href*="/terms-of-sale/"]',
        },
    ],
});
