/** @odoo-module **/
// Copyright 2026 Consumer law for Odoo contributors
// License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
//
// Staff record a delivery appointment the customer postponed, bill its storage
// fee, bill a paid address change from the carrier's notice, and import a carrier
// notice CSV. The Python side (tests/test_backend_tours.py) checks the order lines
// and the deliveries after the tours.
import {registry} from "@web/core/registry";

const tours = registry.category("web_tour.tours");
const form = ".o_form_view";
const {DateTime} = luxon;
// the server counts days in Paris; the test browser runs in the machine's zone
const parisNow = () => DateTime.now().setZone("Europe/Paris");

function day(offset) {
    return parisNow().plus({days: offset}).toFormat("MM/dd/yyyy");
}

function uploadFile(content, name, type) {
    return function () {
        const input = this.anchor.querySelector("input[type='file']");
        const transfer = new DataTransfer();
        transfer.items.add(new File([content], name, {type}));
        input.files = transfer.files;
        input.dispatchEvent(new Event("change", {bubbles: true}));
    };
}

// the appointment fields may sit on the delivery's "Additional Info" tab
const showAppointment = {
    content: "Delivery: show the delivery appointment",
    trigger: `${form} .o_notebook, ${form} .o_field_widget[name='carrier_last_slot_date']`,
    run() {
        if (!document.querySelector(".o_field_widget[name='carrier_last_slot_date']")) {
            document.querySelector(".o_notebook .nav-link[name='extra']").click();
        }
    },
};

tours.add("stock_storage_fee_appointment_and_address_change", {
    steps: () => [
        showAppointment,
        {
            content: "Appointment: the carrier's last proposed slot (in 2 days)",
            trigger: `${form} .o_field_widget[name='carrier_last_slot_date'] input`,
            run: `edit ${day(2)}`,
        },
        {
            content: "Appointment: the day the customer chose (in 6 days)",
            trigger: `${form} .o_notebook .o_field_widget[name='customer_delivery_date'] input`,
            run: `edit ${day(6)}`,
        },
        {
            content: "Appointment: leave the date",
            trigger: `${form} .o_field_widget[name='carrier_proposed_slots'] input`,
            run: "click",
        },
        {
            content: "Appointment: 4 days of storage shown at once",
            trigger: `${form} .o_field_widget[name='storage_fee_days']:contains('4')`,
        },
        {
            content: "Delivery: save",
            trigger: `${form} .o_form_button_save:enabled`,
            run: "click",
        },
        {
            content: "Delivery: Invoice storage fee",
            trigger: `${form} button[name='action_invoice_storage_fee']:enabled`,
            run: "click",
        },
        {
            content: "Delivery: the storage fee line is on the order",
            trigger: `${form} .o_field_widget[name='storage_fee_line_id']`,
        },
        {
            content: "Delivery: Paid address change",
            trigger: `${form} button[name='action_open_address_change']:enabled`,
            run: "click",
        },
        {
            content: "Address change: the carrier's fee",
            trigger: ".modal .o_field_widget[name='amount'] input",
            run: "edit 35.50",
        },
        {
            content: "Address change: the carrier's notice",
            trigger: ".modal .o_field_widget[name='notice']",
            run: uploadFile("%PDF-1.4 carrier notice", "schenker_notice.pdf", "application/pdf"),
        },
        {
            content: "Address change: the notice is loaded",
            trigger: ".modal .o_field_widget[name='notice'] .fa-trash, .modal .o_field_widget[name='notice'] .o_clear_file_button",
        },
        {
            content: "Address change: Add the fee to the order",
            trigger: ".modal button[name='action_confirm']:enabled",
            run: "click",
        },
        {
            content: "Address change: done",
            trigger: "body:not(:has(.modal))",
        },
    ],
});

let pickingName = "";
tours.add("stock_storage_fee_carrier_notice_import", {
    steps: () => [
        {
            content: "Delivery: read its reference",
            trigger: `${form} .oe_title h1 .o_field_widget[name='name'] span:not(:empty)`,
            run() {
                pickingName = this.anchor.textContent.trim();
            },
        },
        {
            content: "Open the apps menu",
            trigger: ".o_navbar_apps_menu button",
            run: "click",
        },
        {
            content: "Inventory app",
            trigger: ".o_app[data-menu-xmlid='stock.menu_stock_root']",
            run: "click",
        },
        {
            content: "Inventory > Operations",
            trigger: ".o_main_navbar button[data-menu-xmlid='stock.menu_stock_warehouse_mgmt']",
            run: "click",
        },
        {
            content: "Inventory > Operations > Import carrier notices",
            trigger: ".dropdown-item[data-menu-xmlid='stock_storage_fee.stock_carrier_notice_import_menu']",
            run: "click",
        },
        {
            content: "Import: the carrier's CSV",
            trigger: ".modal .o_field_widget[name='file']",
            run() {
                const csv =
                    "picking,proposed_slots,chosen_date,address_change_fee\n" +
                    `${pickingName},${parisNow().plus({days: 1}).toISODate()},` +
                    `${parisNow().plus({days: 4}).toISODate()},25.00\n`;
                return uploadFile(csv, "schenker.csv", "text/csv").call(this);
            },
        },
        {
            content: "Import: the file is loaded",
            trigger: ".modal .o_field_widget[name='file'] .fa-trash, .modal .o_field_widget[name='file'] .o_clear_file_button",
        },
        {
            content: "Import: Preview",
            trigger: ".modal button[name='action_preview']:enabled",
            run: "click",
        },
        {
            content: "Import: the row of the delivery, without error",
            trigger: ".modal .o_field_widget[name='line_ids'] .o_data_row .o_data_cell[name='address_change_fee']:contains('25.00')",
        },
        {
            content: "Import: Import",
            trigger: ".modal button[name='action_import']:enabled",
            run: "click",
        },
        {
            content: "Import: done",
            trigger: "body:not(:has(.modal))",
        },
    ],
});

// A French clerk records a carrier slot before the order, then bills a paid address
// change without the carrier's notice: both are refused in French and nothing is
// written (checked by the Python side).
tours.add("stock_storage_fee_address_change_refused", {
    steps: () => [
        showAppointment,
        {
            content: "Rendez-vous : un créneau du transporteur avant la commande (hier)",
            trigger: `${form} .o_field_widget[name='carrier_last_slot_date'] input`,
            run: `edit ${parisNow().plus({days: -1}).toFormat("dd/MM/yyyy")} && press Tab`,
        },
        {
            content: "Livraison : enregistrer",
            trigger: `${form} .o_form_button_save:enabled`,
            run: "click",
        },
        {
            content: "Refusé, en français : une livraison ne se planifie pas avant la commande",
            trigger: `.o_error_dialog [role='alert']:contains("une livraison ne peut pas être planifiée avant le contrat")`,
        },
        {
            content: "Fermer le message",
            trigger: ".o_error_dialog .modal-footer .btn-primary",
            run: "click",
        },
        {
            content: "Livraison : abandonner la modification",
            trigger: `body:not(:has(.o_error_dialog)) ${form} .o_form_button_cancel`,
            run: "click",
        },
        {
            content: "La livraison n'a plus de modification en cours",
            trigger: `${form}:not(:has(.o_form_button_save:visible))`,
        },
        {
            content: "Livraison : Changement d'adresse payant",
            trigger: `${form} button[name='action_open_address_change']:enabled`,
            run: "click",
        },
        {
            content: "Changement d'adresse : les frais du transporteur",
            trigger: ".modal .o_field_widget[name='amount'] input",
            run: "edit 35,50 && press Tab",
        },
        {
            content: "Changement d'adresse : ajouter les frais sans joindre l'avis",
            trigger: ".modal button[name='action_confirm']:enabled",
            run: "click",
        },
        {
            content: "Refusé, en français : l'avis du transporteur est exigé (champ nommé)",
            trigger: `.o_notification:contains("Avis du transporteur")`,
        },
        {
            content: "Refusé : le champ de l'avis est marqué",
            trigger: ".modal .o_field_widget[name='notice'].o_field_invalid",
        },
        {
            content: "L'assistant est toujours ouvert, rien n'est facturé : Annuler",
            trigger: ".modal-footer button:contains('Annuler')",
            run: "click",
        },
        {
            content: "L'assistant est fermé",
            trigger: `body:not(:has(.modal)) ${form} button[name='action_open_address_change']`,
        },
    ],
});
