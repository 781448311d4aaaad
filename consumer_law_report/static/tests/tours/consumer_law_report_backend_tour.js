/** @odoo-module **/
// Copyright 2026 Consumer law for Odoo contributors
// License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
//
// A consumer-law manager downloads the compliance pack (Sales > Reporting >
// Compliance pack) and opens the Consumer law dashboard. The Python side
// (tests/test_backend_tours.py) reads the XLSX the server produced.
import {registry} from "@web/core/registry";

const tours = registry.category("web_tour.tours");

const openSales = [
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
        content: "Sales > Reporting",
        trigger: ".o_main_navbar button[data-menu-xmlid='sale.menu_sale_report']",
        run: "click",
    },
];

tours.add("consumer_law_report_pack_download", {
    steps: () => [
        ...openSales,
        {
            content: "Sales > Reporting > Compliance pack",
            trigger: ".dropdown-item[data-menu-xmlid='consumer_law_report.consumer_law_pack_menu']",
            run: "click",
        },
        {
            content: "Pack: the period",
            trigger: ".modal .o_field_widget[name='date_from'] input",
        },
        {
            content: "Pack: Download the pack",
            trigger: ".modal button[name='action_print']:enabled",
            run: "click",
        },
        {
            content: "Pack: the dialog closes once the pack is downloaded",
            trigger: "body:not(:has(.modal .o_field_widget[name='date_from']))",
        },
    ],
});

tours.add("consumer_law_report_dashboard", {
    steps: () => [
        {
            content: "Open the apps menu",
            trigger: ".o_navbar_apps_menu button",
            run: "click",
        },
        {
            content: "Dashboards app",
            trigger: ".o_app[data-menu-xmlid='spreadsheet_dashboard.spreadsheet_dashboard_menu_root']",
            run: "click",
        },
        {
            content: "Dashboards: Consumer law",
            trigger: ".o_search_panel li:contains('Consumer law'), .o_spreadsheet_dashboard_action li:contains('Consumer law')",
            run: "click",
        },
        {
            content: "The Consumer law dashboard is drawn",
            trigger: ".o_spreadsheet_dashboard_action .o-grid, .o_spreadsheet_dashboard_action canvas",
        },
        {
            content: "No error dialog",
            trigger: "body:not(:has(.o_error_dialog))",
        },
    ],
});
