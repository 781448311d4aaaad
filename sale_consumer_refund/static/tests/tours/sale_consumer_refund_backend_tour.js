/** @odoo-module **/
// Copyright 2026 Consumer law for Odoo contributors
// License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
//
// Staff settle a refund obligation: its credit note, then the refund payment. The
// Python side (tests/test_backend_tours.py) checks the credit note, the payment
// and the obligation's state after the tour.
import {registry} from "@web/core/registry";

registry.category("web_tour.tours").add("sale_consumer_refund_credit_note_and_payment", {
    steps: () => [
        {
            content: "Open the apps menu",
            trigger: ".o_navbar_apps_menu button",
            run: "click",
        },
        {
            content: "Sales app",
            trigger: ".o_app[data-menu-xmlid='sale.sale_menu_root']",
            run: "click",
        },
        {
            content: "Sales > Orders",
            trigger: ".o_main_navbar button[data-menu-xmlid='sale.sale_order_menu']",
            run: "click",
        },
        {
            content: "Sales > Orders > Refunds",
            trigger: ".dropdown-item[data-menu-xmlid='sale_consumer_refund.sale_consumer_refund_menu']",
            run: "click",
        },
        {
            content: "Refunds: open the customer's refund obligation",
            trigger: ".o_list_view .o_data_row:contains('Camille Martin') .o_data_cell[name='name']",
            run: "click",
        },
        {
            content: "Refund: Create credit note",
            trigger: ".o_form_view button[name='action_create_credit_note']:enabled",
            run: "click",
        },
        {
            content: "The draft credit note opens",
            trigger: ".o_form_view .o_statusbar_status .o_arrow_button_current:contains('Draft')",
        },
        {
            content: "Back to the refund obligation (breadcrumb)",
            trigger: ".o_breadcrumb .breadcrumb-item a:contains('RF/')",
            run: "click",
        },
        {
            content: "Refund: Register refund",
            trigger: ".o_form_view button[name='action_register_refund']:enabled",
            run: "click",
        },
        {
            content: "Payment: Create payment",
            trigger: ".modal button[name='action_create_payments']:enabled",
            run: "click",
        },
        {
            content: "The payment is registered",
            trigger: "body:not(:has(.modal))",
        },
    ],
});
