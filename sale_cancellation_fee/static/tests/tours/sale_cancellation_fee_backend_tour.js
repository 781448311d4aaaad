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
        ...confirmCancellation(false),
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
        ...confirmCancellation(false),
    ],
});

// Delivered goods: a plain cancellation is refused (the wizard says why and
// offers no confirmation); the withdrawal it proposes is recorded.
tours.add("sale_cancellation_fee_delivered", {
    steps: () => [
        ...openWizard("Delivered"),
        {
            content: "Wizard: the legal ground proposed is the withdrawal",
            trigger: `${modal} .o_field_widget[name='reason'] select:has(option:selected:contains('Withdrawal'))`,
        },
        {
            content: "Wizard: try a plain cancellation (no legal ground)",
            trigger: `${modal} .o_field_widget[name='reason'] select`,
            run: "select false",
        },
        {
            content: "Refused: the wizard explains a delivered order is withdrawn, not cancelled",
            trigger: `${modal} div[name='error']:contains('withdrawal')`,
        },
        {
            content: "Refused: no confirmation offered",
            trigger: ".modal-footer:not(:has(button[name='action_confirm']))",
        },
        {
            content: "Wizard: back to the withdrawal",
            trigger: `${modal} .o_field_widget[name='reason'] select`,
            run: 'select "withdrawal"',
        },
        ...confirmCancellation("168.00"),
    ],
});
