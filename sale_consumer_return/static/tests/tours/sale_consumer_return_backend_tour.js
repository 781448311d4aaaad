/** @odoo-module **/
// Copyright 2026 Consumer law for Odoo contributors
// License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
//
// Staff decide returns in the web client: from the order ("Return") and from the
// customer's portal claim (Sales > Orders > Returns > "Decide"). The Python side
// (tests/test_backend_tours.py) prepares the orders and checks the documents.
import {registry} from "@web/core/registry";

const tours = registry.category("web_tour.tours");
const modal = ".modal .o_form_view";
// the server counts days in Paris; the test browser runs in the machine's zone
const parisNow = () => luxon.DateTime.now().setZone("Europe/Paris");

function selectField(name, value, what) {
    return {
        content: `Wizard: ${what}`,
        trigger: `${modal} .o_field_widget[name='${name}'] select`,
        run: `select "${value}"`,
    };
}

function editText(name, text, what) {
    return {
        content: `Wizard: ${what}`,
        trigger: `${modal} .o_field_widget[name='${name}'] :is(input, textarea)`,
        run: `edit ${text}`,
    };
}

function editLine(row, name, value, what) {
    return [
        {
            content: `Goods, line ${row + 1}: open ${what}`,
            trigger: `${modal} .o_field_widget[name='line_ids'] .o_data_row:eq(${row}) .o_data_cell[name='${name}']`,
            run: "click",
        },
        {
            content: `Goods, line ${row + 1}: ${what} ${value}`,
            trigger: `${modal} .o_field_widget[name='line_ids'] .o_data_row.o_selected_row .o_field_widget[name='${name}'] input`,
            run: `edit ${value}`,
        },
    ];
}

function openReturnWizardFromOrder() {
    return [
        {
            content: "Order: click Return",
            trigger: ".o_form_view button[name='action_open_consumer_return']",
            run: "click",
            // the first form of a test database may still be rendering after
            // the default 10 s on a loaded machine (its assets are built then)
            timeout: 30000,
        },
        {
            content: "The return wizard lists the delivered goods",
            trigger: `${modal} .o_field_widget[name='line_ids'] .o_data_row`,
        },
    ];
}

function next(what) {
    return [
        {
            content: `Wizard: Next (to the summary) ${what}`,
            trigger: `.modal button[name='action_summary']:enabled`,
            run: "click",
        },
        {
            content: `Wizard: the summary step, not a message ${what}`,
            trigger: `.o_notification, ${modal} div[name='summary']`,
            run() {
                const message = document.querySelector(".o_notification");
                if (message) {
                    throw new Error(`The client refused: ${message.innerText}`);
                }
            },
        },
    ];
}

function summaryThenValidate(summaryCheck) {
    return [
        ...next(""),
        {
            content: `Summary: ${summaryCheck}`,
            trigger: `${modal} div[name='summary'] ${summaryCheck}`,
        },
        {
            content: "Summary: Validate",
            trigger: `.modal button[name='action_confirm']:enabled`,
            run: "click",
        },
        {
            content: "The decided return opens on its Decision tab",
            trigger: ".o_form_view .o_field_widget[name='state'] .o_arrow_button_current:contains('Decided')",
        },
        {
            content: "Decision tab of the decided return",
            trigger: ".o_notebook .nav-link:contains('Decision')",
            run: "click",
        },
        {
            content: "The decision's article is shown",
            trigger: ".o_form_view .o_field_widget[name='legal_article'] span:not(:empty)",
        },
    ];
}

// One tour per legal ground and outcome, each on its own order (the first goods
// line returned, one unit).
const DECISIONS = {
    withdrawal_refund: {
        ground: "withdrawal",
        outcome: "refund",
        extra: [editText("goods_condition", "Unopened box", "condition of the goods")],
        summary: ".alert-success",
    },
    conformity_repair: {
        ground: "conformity",
        outcome: "repair",
        extra: [selectField("customer_choice", "repair", "the customer chose repair")],
        summary: ".alert-success",
    },
    conformity_replacement: {
        ground: "conformity",
        outcome: "replacement",
        extra: [
            selectField("customer_choice", "replacement", "the customer chose replacement"),
        ],
        summary: ".alert-success",
    },
    conformity_price_reduction: {
        ground: "conformity",
        outcome: "price_reduction",
        extra: [
            editText(
                "remedy_failure_reason",
                "The model is no longer made and repair was refused by the maker",
                "why repair and replacement fail"
            ),
            ...editLine(0, "reduction_amount", "15", "price reduction"),
        ],
        summary: ".alert-success",
    },
    hidden_defect_refund: {
        ground: "hidden_defect",
        outcome: "refund",
        extra: [
            {
                content: "Wizard: discovery date (today, the day of the sale and delivery)",
                trigger: `${modal} .o_field_widget[name='discovery_date'] input`,
                run: `edit ${parisNow().toFormat("MM/dd/yyyy")}`,
            },
            {
                content: "Wizard: leave the discovery date",
                trigger: `${modal} .o_field_widget[name='description'] textarea`,
                run: "click",
            },
        ],
        summary: ".alert-success",
    },
    transport_damage_replacement: {
        ground: "transport_damage",
        outcome: "replacement",
        extra: [],
        summary: ".alert-success",
    },
    wrong_item_refund: {
        ground: "wrong_item",
        outcome: "refund",
        extra: [],
        summary: ".alert-success",
    },
    commercial_warranty_repair: {
        ground: "commercial_warranty",
        outcome: "repair",
        extra: [],
        summary: ".alert-success",
    },
};

for (const [key, decision] of Object.entries(DECISIONS)) {
    tours.add(`sale_consumer_return_order_${key}`, {
        steps: () => [
            ...openReturnWizardFromOrder(),
            selectField("ground", decision.ground, `ground ${decision.ground}`),
            selectField("outcome", decision.outcome, `outcome ${decision.outcome}`),
            ...editLine(0, "quantity", "1", "quantity returned"),
            ...decision.extra,
            ...summaryThenValidate(decision.summary),
        ],
    });
}

// A portal claim, decided from Sales > Orders > Returns.
tours.add("sale_consumer_return_claim_decide", {
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
            content: "Sales > Orders > Returns",
            trigger: ".dropdown-item[data-menu-xmlid='sale_consumer_return.sale_consumer_return_menu']",
            run: "click",
        },
        {
            content: "Returns to decide: open the customer's portal claim",
            trigger: ".o_list_view .o_data_row:contains('Camille Martin') .o_data_cell[name='name']",
            run: "click",
        },
        {
            content: "The claim shows the customer's goods",
            trigger: ".o_form_view .o_field_widget[name='line_ids'] .o_data_row",
        },
        {
            content: "Claim: click Decide",
            trigger: ".o_form_view button[name='action_open_decision']",
            run: "click",
        },
        {
            content: "The wizard carries the claimed goods",
            trigger: `${modal} .o_field_widget[name='line_ids'] .o_data_row .o_data_cell[name='quantity']:contains('1')`,
        },
        selectField("outcome", "replacement", "outcome replacement"),
        ...summaryThenValidate(".alert-success"),
        {
            content: "The decision tab names the replacement",
            trigger: ".o_form_view .o_field_widget[name='replacement_line_ids'] .badge",
        },
    ],
});

// Refusals a (French) clerk meets; each leaves a clear message in French and
// nothing written.
function expectError(text, what) {
    return [
        {
            content: `Refused: ${what}`,
            trigger: `.o_error_dialog [role='alert']:contains("${text}")`,
        },
        {
            content: `Close the message (${what})`,
            trigger: ".o_error_dialog .modal-footer .btn-primary",
            run: "click",
        },
        {
            content: `The message is closed (${what})`,
            trigger: "body:not(:has(.o_error_dialog))",
        },
    ];
}

tours.add("sale_consumer_return_refusals", {
    steps: () => [
        ...openReturnWizardFromOrder(),
        selectField("ground", "conformity", "ground conformity"),
        selectField("outcome", "replacement", "outcome replacement"),
        selectField("customer_choice", "replacement", "the customer chose replacement"),
        ...editLine(0, "quantity", "5", "a quantity above what was delivered"),
        ...next("with 5 units"),
        {
            content: "Summary: Validate 5 units",
            trigger: `.modal button[name='action_confirm']:enabled`,
            run: "click",
        },
        ...expectError("seulement 2", "quantity above what was delivered (in French)"),
        {
            content: "Summary: back to the goods",
            trigger: `.modal button[name='action_back']:enabled`,
            run: "click",
        },
        ...editLine(0, "quantity", "1", "one unit"),
        selectField("ground", "withdrawal", "ground withdrawal (the window closed long ago)"),
        selectField("outcome", "refund", "outcome refund, against the time limit"),
        ...next("(late withdrawal)"),
        {
            content: "Summary: the claim is out of time",
            trigger: `${modal} div[name='summary'] .alert-warning`,
        },
        {
            content: "Summary: Validate without justification",
            trigger: `.modal button[name='action_confirm']:enabled`,
            run: "click",
        },
        {
            content: "Refused: the override justification is required",
            trigger: `${modal} .o_field_widget[name='override_reason'].o_field_invalid`,
        },
        editText("override_reason", "Loyal customer, goodwill", "a justification"),
        {
            content: "Summary: Validate the late claim as a clerk",
            trigger: `.modal button[name='action_confirm']:enabled`,
            run: "click",
        },
        ...expectError(
            "seul un responsable droit de la consommation",
            "only a manager may override (in French)"
        ),
        {
            content: "Summary: the wizard is still open, nothing was recorded",
            trigger: `.modal button[name='action_confirm']:enabled`,
        },
    ],
});
