/** @odoo-module **/
// Copyright 2026 Consumer law for Odoo contributors
// License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
//
// Staff answer a customer's written complaint, then send the mediation referral
// letter when the customer asks for mediation (Sales > Orders > Complaints). The
// Python side (tests/test_backend_tours.py) checks the answer, the letter and the
// mails after the tour.
import {registry} from "@web/core/registry";

const form = ".o_form_view";
// the server counts days in Paris; the test browser runs in the machine's zone
const parisNow = () => luxon.DateTime.now().setZone("Europe/Paris");

registry.category("web_tour.tours").add("sale_mediation_answer_then_referral", {
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
            content: "Sales > Orders > Complaints",
            trigger: ".dropdown-item[data-menu-xmlid='sale_mediation.consumer_complaint_menu']",
            run: "click",
        },
        {
            content: "Complaints: open the cracked visor complaint",
            trigger: ".o_list_view .o_data_row:contains('Cracked visor') .o_data_cell[name='name']",
            run: "click",
        },
        {
            content: "Complaint: Answer tab",
            trigger: ".o_notebook .nav-link:contains('Answer')",
            run: "click",
        },
        {
            content: "Complaint: write the answer",
            trigger: `${form} .o_field_widget[name='answer'] textarea`,
            run: "edit We are sorry: a new visor leaves our workshop tomorrow.",
        },
        {
            content: "Complaint: Send the answer",
            trigger: `${form} button[name='action_send_answer']:enabled`,
            run: "click",
        },
        {
            content: "Complaint: answered",
            trigger: `${form} .o_field_widget[name='state'] .o_arrow_button_current:contains('Answered')`,
        },
        {
            content: "Complaint: Mediation tab",
            trigger: ".o_notebook .nav-link:contains('Mediation')",
            run: "click",
        },
        {
            content: "Mediation: the customer asked for mediation today",
            trigger: `${form} .o_field_widget[name='mediation_request_date'] input`,
            run: `edit ${parisNow().toFormat("MM/dd/yyyy")}`,
        },
        {
            content: "Mediation: leave the date",
            trigger: `${form} .o_field_widget[name='mediator_id'] input`,
            run: "click",
        },
        {
            content: "Mediation: admissible",
            trigger: `${form} .o_field_widget[name='mediation_admissible'] input:checked`,
        },
        {
            content: "Complaint: Send the referral letter",
            trigger: `${form} button[name='action_send_referral_letter']:enabled`,
            run: "click",
        },
        {
            content: "Complaint: in mediation",
            trigger: `${form} .o_field_widget[name='state'] .o_arrow_button_current:contains('In mediation')`,
        },
    ],
});
