/** @odoo-module **/
// Copyright 2026 Consumer law for Odoo contributors
// License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
//
// A consumer-law manager checks the terms of sale in force, generates compliant
// clauses, publishes the new version, and imports a past version as history.
// The Python side (tests/test_backend_tours.py) checks the versions afterwards.
import {registry} from "@web/core/registry";

const tours = registry.category("web_tour.tours");
const form = ".o_form_view";

function failOnErrorDialog() {
    const dialog = document.querySelector(".o_error_dialog");
    if (dialog) {
        throw new Error(`Error dialog: ${dialog.innerText}`);
    }
}

tours.add("consumer_law_terms_check_generate_publish", {
    steps: () => [
        {
            content: "Policies: open the shop's policy",
            trigger: ".o_list_view .o_data_row:contains('Boutique des Tours') .o_data_cell[name='withdrawal_days']",
            run: "click",
        },
        {
            content: "Policy: Check my terms of sale",
            trigger: `${form} button[name='action_check_terms_of_sale']:enabled`,
            run: "click",
        },
        {
            content: "Check: the findings of the version in force are listed",
            trigger: ".modal .o_field_widget[name='line_ids'] .o_data_row",
        },
        {
            content: "Check: Generate compliant clauses",
            trigger: ".modal-footer button.btn-primary:enabled",
            run: "click",
        },
        {
            content: "Generator: the clauses are compared as soon as it opens",
            trigger: ".modal .o_field_widget[name='comparison_html'] table.o_cgv_comparison tbody tr",
        },
        {
            content: "Generator: Create the draft version",
            trigger: ".modal button[name='action_create_draft']:enabled",
            run: "click",
        },
        {
            content: "The draft version opens",
            trigger: `${form} .o_statusbar_status .o_arrow_button_current:contains('Draft')`,
        },
        {
            content: "Draft: Publish",
            trigger: `${form} button[name='action_publish']:enabled`,
            run: "click",
        },
        {
            content: "Draft: confirm the publication",
            trigger: ".modal-footer .btn-primary:enabled",
            run: "click",
        },
        {
            content: "The version is published, with its digest (or the error said)",
            trigger: `.o_error_dialog, ${form} .o_field_widget[name='content_sha256']`,
            run: failOnErrorDialog,
        },
        {
            content: "Published: the statusbar says so",
            trigger: `${form} .o_statusbar_status .o_arrow_button_current:contains('Published')`,
        },
    ],
});

tours.add("consumer_law_terms_import_history", {
    steps: () => [
        {
            content: "Past version: Import as history",
            trigger: `${form} button[name='action_publish_history']:enabled`,
            run: "click",
        },
        {
            content: "Past version: confirm the history import",
            trigger: ".modal-footer .btn-primary:enabled",
            run: "click",
        },
        {
            content: "Imported (or the error said)",
            trigger: `.o_error_dialog, ${form} .o_field_widget[name='content_sha256']`,
            run: failOnErrorDialog,
        },
        {
            content: "The version says it was imported as history",
            trigger: `${form} .o_field_widget[name='is_history_import'] input:checked`,
        },
    ],
});

tours.add("consumer_law_evidence_archive_download", {
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
            content: "Sales > Configuration",
            trigger: ".o_main_navbar button[data-menu-xmlid='sale.menu_sale_config']",
            run: "click",
        },
        {
            content: "Sales > Configuration > Download the evidence archive",
            trigger: ".dropdown-item[data-menu-xmlid='consumer_law.consumer_law_evidence_archive_menu']",
            run: "click",
        },
        {
            content: "The page stays on the web client (the archive is a download)",
            trigger: ".o_main_navbar:not(:has(.dropdown-menu))",
            // let the browser send the download request before the tour ends
            run: () => new Promise((resolve) => setTimeout(resolve, 2000)),
        },
    ],
});

tours.add("consumer_law_verify_evidence", {
    steps: () => [
        {
            content: "Published version: Verify evidence files (in the form)",
            trigger: `${form} .o_form_statusbar button[name='action_verify_evidence']:enabled`,
            run: "click",
        },
        {
            content: "The result is shown",
            trigger: `.o_error_dialog, .o_notification:contains('every SHA-256 matches')`,
            run: failOnErrorDialog,
        },
        {
            content: "The result is noted in the chatter",
            trigger: ".o-mail-Message:contains('Evidence check')",
        },
    ],
});
