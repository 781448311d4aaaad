/** @odoo-module **/
// Copyright 2026 Consumer law for Odoo contributors
// License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import {registry} from "@web/core/registry";

registry.category("web_tour.tours").add("sale_mediation_portal_tour", {
    steps: () => [
        {
            content: "The order names the consumer mediator",
            trigger: ".o_consumer_mediator_notice:contains('Médiation Exemple SAS')",
        },
        {
            content: "The order offers to contact the merchant",
            trigger: "a.o_sale_mediation_contact_button:contains('Contact us about this order')",
            run: "click",
        },
        {
            content: "Write the subject",
            trigger: ".o_sale_mediation_form input[name='subject']",
            run: "edit Damaged helmet",
        },
        {
            content: "Write the message",
            trigger: ".o_sale_mediation_form textarea[name='description']",
            run: "edit The helmet arrived with a cracked visor.",
        },
        {
            content: "Send it",
            trigger: "button.o_sale_mediation_submit",
            run: "click",
        },
        {
            content: "The complaint is recorded with its date",
            trigger: ".o_sale_mediation_page .o_sale_mediation_state:contains('Received')",
        },
    ],
});
