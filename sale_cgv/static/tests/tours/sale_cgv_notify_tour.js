/** @odoo-module **/
// Copyright 2026 Consumer law for Odoo contributors
// License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
//
// A consumer-law manager notifies the customers of a new version of the terms of
// sale from the published version. The Python side (tests/test_backend_tours.py)
// checks the mails and the note after the tour.
import {registry} from "@web/core/registry";

registry.category("web_tour.tours").add("sale_cgv_notify_customers", {
    steps: () => [
        {
            content: "Published version: Notify customers",
            trigger: ".o_form_view button[name='action_open_notify']:enabled",
            run: "click",
            // the first form of a test database may still be rendering after
            // the default 10 s on a loaded machine (its assets are built then)
            timeout: 30000,
        },
        {
            content: "Notify: one customer ordered in the last year",
            trigger: ".modal .o_field_widget[name='partner_count']:contains('1')",
        },
        {
            content: "Notify: the summary of changes",
            trigger: ".modal .o_field_widget[name='change_summary'] textarea",
            run: "edit Withdrawal period and legal guarantee clauses rewritten.",
        },
        {
            content: "Notify: send",
            trigger: ".modal button[name='action_notify']:enabled",
            run: "click",
        },
        {
            content: "Notify: done, the dialog is closed",
            trigger: "body:not(:has(.modal))",
        },
    ],
});
