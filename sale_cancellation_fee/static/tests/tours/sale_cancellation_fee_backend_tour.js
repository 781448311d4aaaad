/** @odoo-module **/
// Copyright 2026 Consumer law for Odoo contributors
// License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
//
// Staff cancel a consumer order with the cancellation wizard at each stage of its
// delivery; the Python side (tests/test_backend_tours.py) prepares the orders and
// checks the cancellation, its refund obligation and the order afterwards.
import {registry} from "@web/core/registry";

const tours = registry.category("web_tour.tours");
const modal = ".modal .o_form_view";

function openWizard(stageLabel) {
    return [
        {
            content: "Order: click Cancel order (consumer)",
            trigger: ".o_form_view button[name='action_open_consumer_cancel']",
            run: "click",
        },
        {
            content: `Wizard: the stage read from the deliveries is "${stageLabel}"`,
            trigger: `${modal} .o_field_widget[name='detected_stage']:contains('${stageLabel}')`,
        },
    ];
}

function editAmount(name, value, what) {
    return [
        {
            content: `Wizard: ${what} ${value}`,
            trigger: `${modal} .o_field_widget[name='${name}'] input`,
            run: `edit ${value} && press Tab`,
        },
    ];
}

function confirmCancellation(refund) {
    return [
        ...(refund
            ? [
                  {
                      content: `Wizard: the refund shown is ${refund}`,
                      trigger: `${modal} .o_field_widget[name='refund_amount']:contains('${refund}')`,
                  },
              ]
            : []),
        {
            content: "Wizard: Confirm the cancellation",
            trigger: ".modal button[name='action_confirm']:enabled",
            run: "click",
        },
        {
            content: "The recorded cancellation opens",
            trigger: ".o_form_view .o_field_widget[name='refund_id'] a, .o_form_view .o_field_widget[name='refund_id'] span:not(:empty)",
        },
    ];
}

tours.add("sale_cancellation_fee_confirmed", {
    steps: () => [...openWizard("Confirmed, not prepared"), ...confirmCancellation("168.00")],
});

tours.add("sale_cancellation_fee_prepared", {
    steps: () => [
        ...openWizard("Prepared"),
        {
            content: "Wizard: the fee is flagged as a legal risk",
            trigger: `${modal} div[name='legal_risk']`,
        },
        ...confirmCancellation("108.00"),
    ],
});

tours.add("sale_cancellation_fee_shipped", {
    steps: () => [
        ...openWizard("Shipped"),
        ...editAmount("return_cost", "35.50", "the carrier's return cost"),
        {
            content: "Wizard: the fee shown adds the carrier's return cost (60.00 + 35.50)",
            trigger: `${modal} .o_field_widget[name='fee_amount']:contains('95.50')`,
        },
        ...confirmCancellation("72.50"),
    ],
});

tours.add("sale_cancellation_fee_refused_at_delivery", {
    steps: () => [
        ...openWizard("Shipped"),
        {
            content: "Wizard: the customer refused the parcel",
            trigger: `${modal} .o_field_widget[name='is_refused_at_delivery'] input`,
            run: "click",
        },
        ...editAmount("return_cost", "20.00", "the carrier's return cost"),
        ...confirmCancellation("88.00"),
    ],
});

// Delivered goods: the withdrawal the wizard proposes is recorded.
tours.add("sale_cancellation_fee_delivered", {
    steps: () => [
        ...openWizard("Delivered"),
        {
            content: "Wizard: the legal ground proposed is the withdrawal",
            trigger: `${modal} .o_field_widget[name='reason'] select:has(option:selected:contains('Withdrawal'))`,
        },
        ...confirmCancellation("168.00"),
    ],
});

// Delivered goods, a French clerk: a plain cancellation is refused, in French
// (the wizard says why and offers no confirmation); the clerk discards it and
// nothing is written (checked by the Python side).
tours.add("sale_cancellation_fee_delivered_refused", {
    steps: () => [
        {
            content: "Commande : cliquer Annuler la commande (consommateur)",
            trigger: ".o_form_view button[name='action_open_consumer_cancel']",
            run: "click",
        },
        {
            content: "Assistant : l'étape lue sur les livraisons est « Livré »",
            trigger: `${modal} .o_field_widget[name='detected_stage']:contains('Livré')`,
        },
        {
            content: "Assistant : le motif légal proposé est la rétractation",
            trigger: `${modal} .o_field_widget[name='reason'] select:has(option:selected:contains('Rétractation'))`,
        },
        {
            content: "Assistant : tenter une annulation simple (sans motif légal)",
            trigger: `${modal} .o_field_widget[name='reason'] select`,
            run: "select false",
        },
        {
            content: "Refusé, en français : des biens livrés reviennent par une rétractation",
            trigger: `${modal} div[name='error']:contains('reviennent par une rétractation ou pour défaut de conformité, pas par une annulation')`,
        },
        {
            content: "Refusé : aucune confirmation proposée",
            trigger: ".modal-footer:not(:has(button[name='action_confirm']))",
        },
        {
            content: "Assistant : Ignorer",
            trigger: ".modal-footer button:contains('Ignorer')",
            run: "click",
        },
        {
            content: "L'assistant est fermé, la commande est toujours là",
            trigger: "body:not(:has(.modal)) .o_form_view button[name='action_open_consumer_cancel']",
        },
    ],
});
