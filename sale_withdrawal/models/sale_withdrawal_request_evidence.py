# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The withdrawal request as evidence: the declaration is frozen at creation,
its acknowledgment (PDF and SHA-256) is written once, deletion and cancellation
are guarded, and the portal's form is parsed and turned into a request here, in
one place for each rule and each message."""

import base64
import math
import uuid

from odoo import Command, api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tools import email_normalize, float_compare

from odoo.addons.consumer_law import portal_input
from odoo.addons.consumer_law.evidence import evidence_writer, is_evidence_write
from odoo.addons.consumer_law.models.consumer_law_evidence_export import rows_to_csv

MANAGER_GROUP = "consumer_law.consumer_law_group_manager"
STAFF_GROUP = "consumer_law.consumer_law_group_user"
# The customer's declaration: frozen once recorded.
DECLARATION_FIELDS = frozenset(
    {
        "name",
        "order_id",
        "line_ids",
        "received_at",
        "sent_at",
        "channel",
        "statement",
        "email",
        "submission_key",
    }
)
# Written only by their own flow (acknowledgment, cancellation).
FLOW_FIELDS = frozenset(
    {
        "acknowledged_at",
        "acknowledgment_message_id",
        "acknowledgment_pdf",
        "acknowledgment_pdf_filename",
        "acknowledgment_sha256",
        "is_cancelled",
        "cancel_reason",
        "cancelled_by_id",
        "cancelled_at",
        "refund_id",
    }
)
# Portal form rate limit: new withdrawals of one order per hour.
PORTAL_SUBMISSIONS_PER_ORDER = 5
PORTAL_SCOPE = "sale_withdrawal.portal_submit"


class SaleWithdrawalRequest(models.Model):
    _inherit = "sale.withdrawal.request"
    _consumer_law_evidence_fields = ("acknowledgment_pdf",)

    # === FIELDS === #
    submission_key = fields.Char(groups=STAFF_GROUP)
    acknowledgment_pdf = fields.Binary(
        string="Acknowledged declaration (PDF)",
        attachment=True,
        readonly=True,
        copy=False,
        help="The declaration as acknowledged (order, goods and quantities, "
        "statement, date and time of submission in Paris time, channel), sent "
        "with the acknowledgment as its durable medium.",
    )
    acknowledgment_pdf_filename = fields.Char(readonly=True, copy=False)
    acknowledgment_sha256 = fields.Char(
        string="SHA-256 of the declaration",
        readonly=True,
        copy=False,
        help="Digest of the PDF, printed in the acknowledgment e-mail.",
    )
    cancel_reason = fields.Text(
        string="Cancellation reason", readonly=True, copy=False, groups=STAFF_GROUP
    )
    cancelled_by_id = fields.Many2one(
        comodel_name="res.users",
        string="Cancelled by",
        readonly=True,
        copy=False,
        groups=STAFF_GROUP,
    )
    cancelled_at = fields.Datetime(
        string="Cancelled on", readonly=True, copy=False, groups=STAFF_GROUP
    )

    # === CONSTRAINT METHODS === #
    @api.constrains("email")
    def _check_email_address(self):
        for withdrawal in self:
            # the customer's own address is used as it is; a typed one must be
            # an e-mail address
            if (
                withdrawal.email
                and withdrawal.email != withdrawal.order_id.partner_id.email
                and not portal_input.normalize_email(withdrawal.email)
            ):
                raise ValidationError(
                    self.env._(
                        "Acknowledgment e-mail: %(email)s is not a valid e-mail "
                        "address.",
                        email=withdrawal.email,
                    )
                )

    # === CRUD METHODS === #
    @api.model_create_multi
    def create(self, vals_list):
        # quantities that are not numbers would overflow the ORM's rounding:
        # refuse them with a clear message first
        line_model = self.env["sale.withdrawal.request.line"]
        for vals in vals_list:
            for command in vals.get("line_ids") or []:
                if (
                    isinstance(command, list | tuple)
                    and len(command) == 3
                    and command[0] == Command.CREATE
                    and isinstance(command[2], dict)
                ):
                    line_model._check_raw_quantity(command[2].get("quantity", 1.0))
        return super().create(vals_list)

    def write(self, vals):
        self.check_access("write")
        self._check_declaration_unchanged(vals)
        if "is_commercial_gesture" not in vals:
            return super().write(vals)
        # the admissibility depends on it: judged again, and nothing is kept
        # when the request is no longer admissible
        with self.env.cr.savepoint():
            result = super().write(vals)
            self._check_admissibility()
        return result

    # === EVIDENCE === #
    @api.model
    def _get_evidence_allowed_fields(self):
        """What staff record after the declaration: the goods back and their
        condition, the proof of shipment, the depreciation (written on the
        refund obligation, guarded there too), and the commercial gesture
        (admissibility judged again)."""
        return {
            "goods_back_date": (None, STAFF_GROUP),
            "shipment_proof_date": (None, STAFF_GROUP),
            "goods_condition": (None, STAFF_GROUP),
            "depreciation_amount": (None, STAFF_GROUP),
            "depreciation_reason": (None, STAFF_GROUP),
            "is_commercial_gesture": (("received",), STAFF_GROUP),
        }

    @api.model
    def _get_evidence_create_fields(self):
        """The declaration as staff record it (the portal records its own,
        through the evidence writer)."""
        return dict.fromkeys(
            (
                "order_id",
                "line_ids",
                "received_at",
                "sent_at",
                "channel",
                "statement",
                "email",
                "is_commercial_gesture",
                "goods_condition",
            ),
            STAFF_GROUP,
        )

    def _has_evidence(self):
        return self.filtered("acknowledged_at")

    @api.ondelete(at_uninstall=False)
    def _unlink_except_acknowledged(self):
        if any(withdrawal.acknowledged_at for withdrawal in self):
            raise UserError(
                self.env._(
                    "Withdrawal request: an acknowledged withdrawal is evidence and "
                    "cannot be deleted; a manager may cancel it with a reason."
                )
            )

    def copy(self, default=None):
        if self:
            raise UserError(
                self.env._(
                    "Withdrawal request: a customer's declaration cannot be "
                    "duplicated; record a new one."
                )
            )
        return super().copy(default=default)

    # === BUSINESS METHODS === #
    def _check_declaration_unchanged(self, vals):
        """Refuse any change of the declaration, and of the acknowledgment and
        cancellation data outside their flows.

        :raise UserError: naming the fields
        """
        frozen = DECLARATION_FIELDS.intersection(vals)
        if not is_evidence_write(self.env):
            frozen |= FLOW_FIELDS.intersection(vals)
        if frozen and self:
            raise UserError(
                self.env._(
                    "%(fields)s: the customer's withdrawal is evidence and cannot be "
                    "changed once recorded; a manager may cancel it with a reason "
                    "and a new request be recorded.",
                    fields=", ".join(
                        self._fields[name]._description_string(self.env)
                        for name in sorted(frozen)
                    ),
                )
            )

    @api.model
    def _get_flow_fields(self):
        """Fields only the acknowledgment and cancellation flows write."""
        return FLOW_FIELDS

    @api.model
    def _get_frozen_evidence_ids(self, ids):
        return set(
            self.sudo().browse(ids).exists().filtered("acknowledgment_sha256").ids
        )

    @api.model
    def _get_consumer_law_evidence_domain(self):
        return []

    def _get_consumer_law_evidence_files(self):
        """Return [(path, bytes)]: the requests and their lines as CSV, and each
        acknowledged declaration's PDF."""
        files = []
        rows = []
        for withdrawal in self.sudo().with_context(bin_size=False):
            pdf_path = ""
            if withdrawal.acknowledgment_pdf:
                pdf_path = f"withdrawals/{withdrawal.id}-acknowledgment.pdf"
                files.append(
                    (pdf_path, base64.b64decode(withdrawal.acknowledgment_pdf))
                )
            goods = "; ".join(
                f"{line.quantity:g} x {line.product_id.display_name}"
                for line in withdrawal.line_ids
            )
            rows.append(
                [
                    withdrawal.id,
                    withdrawal.name,
                    withdrawal.company_id.name,
                    withdrawal.order_id.name,
                    withdrawal.partner_id.display_name,
                    withdrawal.channel,
                    fields.Datetime.to_string(withdrawal.sent_at),
                    fields.Datetime.to_string(withdrawal.received_at),
                    goods,
                    withdrawal.statement or "",
                    withdrawal.email or "",
                    withdrawal.is_commercial_gesture,
                    fields.Datetime.to_string(withdrawal.acknowledged_at) or "",
                    withdrawal.acknowledgment_sha256 or "",
                    pdf_path,
                    withdrawal.state,
                    withdrawal.cancel_reason or "",
                ]
            )
        header = [
            "id",
            "reference",
            "company",
            "order",
            "customer",
            "channel",
            "sent_at_utc",
            "received_at_utc",
            "goods",
            "statement",
            "acknowledgment_email",
            "commercial_gesture",
            "acknowledged_at_utc",
            "acknowledgment_sha256",
            "acknowledgment_pdf_path",
            "state",
            "cancel_reason",
        ]
        files.append(("withdrawals/withdrawal_requests.csv", rows_to_csv(header, rows)))
        return files

    def _render_acknowledgment_pdf(self):
        """Return the PDF of the declaration (bytes)."""
        self.ensure_one()
        content, _report_type = (
            self.env["ir.actions.report"]
            .sudo()
            ._render_qweb_pdf(
                "sale_withdrawal.action_report_withdrawal_declaration", self.ids
            )
        )
        return content

    def _get_acknowledgment_recipients(self):
        """The order's customer, always; plus the address typed in the form when
        it is another one (it may be added, never replace the customer's)."""
        self.ensure_one()
        partner = self.order_id.partner_id
        recipients = partner
        typed = email_normalize(self.email or "")
        if typed and typed != email_normalize(partner.email or ""):
            recipients |= self.env["res.partner"].sudo().find_or_create(typed)
        return recipients

    def _check_cancel_allowed(self, reason):
        if not self.env.user.has_group(MANAGER_GROUP):
            raise AccessError(
                self.env._(
                    "Cancellation: only consumer-law managers cancel a customer's "
                    "withdrawal."
                )
            )
        if not (reason or "").strip():
            raise UserError(
                self.env._(
                    "Cancellation reason: write why the withdrawal is cancelled; it "
                    "is kept with the request."
                )
            )
        if self.filtered(lambda withdrawal: withdrawal.state in ("refunded", "cancel")):
            raise UserError(
                self.env._(
                    "State: a refunded or already cancelled withdrawal cannot be "
                    "cancelled."
                )
            )

    # === PORTAL === #
    @api.model
    def _parse_portal_form(self, order_sudo, post, available=None):
        """Return the portal form's values, validated.

        Quantities: finite, whole for unit measures, between 0 and what can
        still be withdrawn; texts and keys bounded; the e-mail a real address.

        :param available: the order's withdrawable quantities when the caller
            read them already (``sale.order._get_withdrawable_quantities``)

        :return: dict with name, email, statement, submission_key and quantities
            ({order line: quantity}, only the lines withdrawn)
        :raise UserError: naming the field, for any invalid value
        """
        env = self.env
        values = {
            "name": portal_input.parse_text(
                env,
                post.get("name"),
                label=env._("Name"),
                max_length=portal_input.NAME_MAX_LENGTH,
            ),
            "email": portal_input.parse_email(
                env, post.get("email"), label=env._("E-mail for the acknowledgment")
            ),
            "statement": portal_input.parse_text(
                env,
                post.get("statement"),
                label=env._("Statement"),
                max_length=portal_input.STATEMENT_MAX_LENGTH,
                multiline=True,
            ),
            "submission_key": portal_input.parse_key(
                env, post.get("submission_key"), label=env._("Submission key")
            ),
        }
        if available is None:
            available = order_sudo._get_withdrawable_quantities()
        quantities = {}
        for line, maximum in available.items():
            quantity = portal_input.parse_quantity(
                env,
                post.get(f"qty_{line.id}"),
                label=env._(
                    "Quantity of %(product)s", product=line.product_id.display_name
                ),
                uom=line.product_uom,
                maximum=maximum,
            )
            if quantity:
                quantities[line] = quantity
        values["quantities"] = quantities
        return values

    @api.model
    def _check_portal_form(self, order_sudo, values):
        """Refuse a form the customer cannot confirm (nothing chosen)."""
        if not values["quantities"]:
            raise UserError(self.env._("Withdrawn goods: select at least one product."))

    @api.model
    def _prepare_portal_request_vals(self, order_sudo, values):
        """Return the values of the request created by the portal form."""
        statement = values["statement"]
        name = values["name"]
        if name and name != order_sudo.partner_id.name:
            statement = "\n".join(
                part
                for part in (self.env._("Name: %(name)s", name=name), statement)
                if part
            )
        return {
            "order_id": order_sudo.id,
            "channel": "portal",
            "received_at": fields.Datetime.now(),
            "email": values["email"] or order_sudo.partner_id.email,
            "statement": statement,
            "submission_key": values["submission_key"] or uuid.uuid4().hex,
            "line_ids": [
                Command.create({"sale_line_id": line.id, "quantity": quantity})
                for line, quantity in values["quantities"].items()
            ],
        }

    @api.model
    def _portal_submit(
        self, order_sudo, post, client, available=None, key_checked=False
    ):
        """Record the withdrawal submitted on the portal, once.

        A second submit of the same form returns the first request; more than
        :data:`PORTAL_SUBMISSIONS_PER_ORDER` new submissions of one order within
        an hour are refused. The customer is not made a follower and no
        creation note is logged: the act is recorded with its SHA-256, and the
        acknowledgment names its recipients.

        :param client: the client's address (rate limits, stored hashed)
        :param available: the order's withdrawable quantities, when the caller
            read them already in this request
        :param key_checked: the caller looked for the form's submission key
            already in this request (the unique constraint still holds)
        :return: the request (sudo)
        :raise UserError: invalid form, rate limit, or a withdrawal the law
            does not grant (nothing is written)
        """
        values = self._parse_portal_form(order_sudo, post, available=available)
        if not key_checked:
            existing = self._find_portal_submission(
                order_sudo, values["submission_key"]
            )
            if existing:
                return existing
        self._check_portal_form(order_sudo, values)
        attempts = self.env["consumer.law.portal.attempt"]
        if (
            attempts._count_subject_attempts(PORTAL_SCOPE, order_sudo.id)
            >= PORTAL_SUBMISSIONS_PER_ORDER
        ):
            raise UserError(
                self.env._(
                    "Too many withdrawals were submitted for this order in the last "
                    "hour; please try again later or contact us."
                )
            )
        withdrawal_sudo = (
            evidence_writer(
                self.sudo().with_context(
                    mail_create_nolog=True, mail_create_nosubscribe=True
                )
            )
            .create(self._prepare_portal_request_vals(order_sudo, values))
            .with_env(self.sudo().env)
        )
        attempts._register_attempt(PORTAL_SCOPE, client, subject=order_sudo.id)
        return withdrawal_sudo


class SaleWithdrawalRequestLine(models.Model):
    _name = "sale.withdrawal.request.line"
    _inherit = ["sale.withdrawal.request.line", "consumer.law.evidence.mixin"]

    # === CONSTRAINT METHODS === #
    @api.constrains("quantity", "sale_line_id")
    def _check_quantity_value(self):
        """Finite, positive, whole for unit measures (staff, RPC and portal)."""
        for line in self:
            uom = line.sale_line_id.product_uom
            try:
                portal_input.parse_quantity(
                    self.env,
                    repr(line.quantity),
                    label=portal_input.LazyLabel(
                        lambda line=line: self.env._(
                            "Quantity of %(product)s",
                            product=line.product_id.display_name,
                        )
                    ),
                    uom=uom,
                )
            except UserError as error:
                raise ValidationError(error.args[0]) from None
            rounding = uom.rounding or 0.01
            if float_compare(line.quantity, 0.0, precision_rounding=rounding) <= 0:
                raise ValidationError(
                    self.env._(
                        "Quantity: the quantity of %(product)s must be positive.",
                        product=line.product_id.display_name,
                    )
                )

    @api.model
    def _check_raw_quantity(self, value):
        """Refuse a quantity that is not a finite number of sensible size."""
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
            or abs(value) > portal_input.QUANTITY_MAX
        ):
            raise UserError(
                self.env._("Quantity: %(value)s is not a quantity.", value=value)
            )

    # === CRUD METHODS === #
    @api.model_create_multi
    def create(self, vals_list):
        if not is_evidence_write(self.env):
            raise UserError(
                self.env._(
                    "Withdrawn goods: the goods of a withdrawal are recorded with it "
                    "and cannot be added afterwards; record a new withdrawal."
                )
            )
        return super().create(vals_list)

    def write(self, vals):
        if vals:
            raise UserError(
                self.env._(
                    "Withdrawn goods: the goods and quantities of a recorded "
                    "withdrawal cannot be changed; a manager may cancel it and a new "
                    "one be recorded."
                )
            )
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_recorded(self):
        raise UserError(
            self.env._(
                "Withdrawn goods: the goods of a recorded withdrawal cannot be removed."
            )
        )
