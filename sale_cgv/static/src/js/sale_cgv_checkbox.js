/** @odoo-module **/
// Copyright 2026 Consumer law for Odoo contributors
// License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

import publicWidget from "@web/legacy/js/public/public_widget";
import { rpc } from "@web/core/network/rpc";

/**
 * Terms-of-sale checkbox of the portal quotation and of the shop checkout.
 *
 * Ticking it records the acceptance on the server (with the IP address and the
 * user agent); the server refuses the signature or the payment without it.
 */
publicWidget.registry.SaleCgvCheckbox = publicWidget.Widget.extend({
    selector: ".o_sale_cgv_checkbox",
    events: {
        change: "_onChange",
    },

    async _onChange() {
        const checkbox = this.el;
        delete checkbox.dataset.cgvSaved;
        const result = await rpc(`/my/orders/${checkbox.dataset.orderId}/cgv`, {
            access_token: checkbox.dataset.accessToken,
            accepted: checkbox.checked,
        });
        if (result.error) {
            checkbox.checked = false;
            this.call("notification", "add", result.error, { type: "danger" });
        }
        checkbox.dataset.cgvSaved = checkbox.checked ? "accepted" : "withdrawn";
    },
});

export default publicWidget.registry.SaleCgvCheckbox;
