/** @odoo-module **/
// Copyright 2026 Consumer law for Odoo contributors
// License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
//
// A dialog whose XLSX report asks to close once downloaded (the compliance pack's)
// closes. report_xlsx's handler downloads the file, then returns what closing the
// dialog returns (nothing): the web client takes the report as unhandled and logs
// "The ActionManager can't handle reports of type xlsx". This handler, tried first,
// lets report_xlsx download the file and closes the dialog itself.
import {registry} from "@web/core/registry";

const handlers = registry.category("ir.actions.report handlers");

handlers.add(
    "consumer_law_report_xlsx_close",
    async function (action, options, env) {
        if (action.report_type !== "xlsx" || !action.close_on_report_download) {
            return false;
        }
        const download = handlers.get("xlsx_handler");
        await download({...action, close_on_report_download: false}, {}, env);
        await env.services.action.doAction(
            {type: "ir.actions.act_window_close"},
            {onClose: options.onClose}
        );
        return true;
    },
    {sequence: 1}
);
