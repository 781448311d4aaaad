/** @odoo-module **/
// Copyright 2026 Consumer law for Odoo contributors
// License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import {registry} from "@web/core/registry";

registry.category("web_tour.tours").add("sale_consumer_return_portal_tour", {
    steps: () => [
        {
            content: "The delivered order offers to report a problem",
            trigger: "a.o_consumer_return_button:contains('Report a problem')",
            run: "click",
        },
        {
            content: "Choose the kind of problem",
            trigger: ".o_consumer_return_form select[name='ground']",
            run: "select transport_damage",
        },
        {
            content: "One unit of the first product",
            trigger: ".o_consumer_return_form input[name^='qty_']:first",
            run: "edit 1",
        },
        {
            content: "Describe the problem",
            trigger: ".o_consumer_return_form textarea[name='description']",
            run: "edit The box arrived crushed and the frame is bent",
        },
        {
            content: "Send the claim",
            trigger: "button.o_consumer_return_submit",
            run: "click",
        },
        {
            content: "The claim is recorded",
            trigger: ".o_consumer_return_status .o_consumer_return_state:contains('To decide')",
        },
    ],
});
