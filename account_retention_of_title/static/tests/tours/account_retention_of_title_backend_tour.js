/** @odoo-module **/
// Copyright 2026 Consumer law for Odoo contributors
// License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
//
// Staff record the formal notice sent for an overdue invoice, then apply the
// penalty clause once the notice's period went by without payment. The Python
// side (tests/test_backend_tours.py) checks the invoice and the penalty invoice.
import {registry} from "@web/core/registry";

const form = ".o_form_view";
// the server counts days in Paris; the test browser runs in the machine's zone
const parisNow = () => luxon.DateTime.now().setZone("Europe/Paris");

registry.category("web_tour.tours").add("account_retention_of_title_notice_and_penalty", {
    steps: () => [
        {
            content: "Overdue invoice: Formal notice",
            trigger: `${form} button[name='action_open_formal_notice']:enabled`,
            run: "click",
        },
        {
            content: "Formal notice: sent 10 days ago",
            trigger: ".modal .o_field_widget[name='notice_date'] input",
            run: `edit ${parisNow().minus({days: 10}).toFormat("MM/dd/yyyy")}`,
        },
        {
            content: "Formal notice: the registered letter",
            trigger: ".modal .o_field_widget[name='note'] input",
            run: "edit Registered letter 1A 234 567 8901 2",
        },
        {
            content: "Formal notice: Record the formal notice",
            trigger: ".modal button[name='action_confirm']:enabled",
            run: "click",
        },
        {
            content: "Invoice: the notice's period is over, Apply penalty",
            trigger: `body:not(:has(.modal)) ${form} button[name='action_apply_penalty']:enabled`,
            run: "click",
        },
        {
            content: "Penalty: confirm (invoice the contractual penalty)",
            trigger: ".modal-footer .btn-primary:enabled",
            run: "click",
        },
        {
            content: "The penalty is invoiced (or the error said)",
            trigger: ".o_error_dialog, body:not(:has(.modal))",
            run() {
                const dialog = document.querySelector(".o_error_dialog");
                if (dialog) {
                    throw new Error(`Error dialog: ${dialog.innerText}`);
                }
            },
        },
    ],
});
