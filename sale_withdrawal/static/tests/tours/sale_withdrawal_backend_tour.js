/** @odoo-module **/
// Copyright 2026 Consumer law for Odoo contributors
// License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
//
// Staff record a withdrawal received by letter (Sales > Orders > Withdrawal
// requests > New). The Python side (tests/test_backend_tours.py) checks the
// request, its goods and its refund obligation after the tour.
import {registry} from "@web/core/registry";

const form = ".o_form_view";

registry.category("web_tour.tours").add("sale_withdrawal_request_by_staff", {
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
            content: "Sales > Orders > Withdrawal requests",
            trigger: ".dropdown-item[data-menu-xmlid='sale_withdrawal.sale_withdrawal_request_menu']",
            run: "click",
        },
        {
            content: "Withdrawal requests: New",
            trigger: ".o_control_panel .o_list_button_add, .o_control_panel .o-kanban-button-new",
            run: "click",
        },
        {
            content: "Request: the order",
            trigger: `${form} .o_field_widget[name='order_id'] input`,
            run: "edit S",
        },
        {
            content: "Request: pick the customer's order",
            trigger: ".o-autocomplete--dropdown-item a:contains('S0')",
            run: "click",
        },
        {
            content: "Request: received by letter",
            trigger: `${form} .o_field_widget[name='channel'] select`,
            run: 'select "letter"',
        },
        {
            content: "Goods: add a line",
            trigger: `${form} .o_field_widget[name='line_ids'] .o_field_x2many_list_row_add a`,
            run: "click",
        },
        {
            content: "Goods: the order line",
            trigger: `${form} .o_field_widget[name='line_ids'] .o_selected_row .o_field_widget[name='sale_line_id'] input`,
            run: "edit Mini bike",
        },
        {
            content: "Goods: pick the bike",
            trigger: ".o-autocomplete--dropdown-item a:contains('Mini bike')",
            run: "click",
        },
        {
            content: "Goods: one unit",
            trigger: `${form} .o_field_widget[name='line_ids'] .o_selected_row .o_field_widget[name='quantity'] input`,
            run: "edit 1",
        },
        {
            content: "Request: save",
            trigger: `${form} .o_form_button_save:enabled`,
            run: "click",
        },
        {
            content: "Request: saved, with its refund due date",
            trigger: `${form}:not(:has(.o_form_button_save:visible)) .o_field_widget[name='refund_due_date'] span:not(:empty)`,
        },
    ],
});
