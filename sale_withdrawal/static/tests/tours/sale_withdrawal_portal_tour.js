/** @odoo-module **/
// Copyright 2026 Consumer law for Odoo contributors
// License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import {registry} from "@web/core/registry";

registry.category("web_tour.tours").add("sale_withdrawal_portal_tour", {
    steps: () => [
        {
            content: "The order offers the withdrawal function",
            trigger: "a.o_sale_withdrawal_button:contains('Withdraw from contract here')",
            run: "click",
        },
        {
            content: "Step 1: withdraw one unit of the first product only",
            trigger: ".o_sale_withdrawal_step_goods input[name^='qty_']:first",
            run: "edit 1",
        },
        {
            content: "Add a statement",
            trigger: ".o_sale_withdrawal_step_goods textarea[name='statement']",
            run: "edit I changed my mind",
        },
        {
            content: "Go to step 2",
            trigger: "button.o_sale_withdrawal_next",
            run: "click",
        },
        {
            content: "Step 2: confirm",
            trigger: ".o_sale_withdrawal_step_confirm button:contains('Confirm withdrawal')",
            run: "click",
        },
        {
            content: "The withdrawal is recorded",
            trigger: ".o_sale_withdrawal_done h2:contains('Your withdrawal is recorded')",
        },
    ],
});
