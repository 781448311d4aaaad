# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The generic attack of the evidence core.

Every model of the product's addons is evidence unless it is declared here as
not evidence (configuration, caches, reports): a new model is attacked without a
new test, and fails here until it inherits the evidence mixin. Every registered
evidence model and every stored field is then attacked as each kind of user and
as ``sudo()``: write outside the allow-list, create with flow-only values, copy,
unlink, evidence files replaced, relinked or deleted, staff-only fields read by
a portal user. The counts of attempts and refusals are logged.
"""

from collections import Counter
from datetime import date, datetime
import base64
import io
import logging
import os
import zipfile

from odoo.exceptions import AccessError, UserError
from odoo.modules.module import get_module_path
from odoo.tests import new_test_user, tagged
from odoo.models import LOG_ACCESS_COLUMNS
from odoo.tools import mute_logger


from ..models.consumer_law_evidence_mixin import evidence_model_names
from ..models.consumer_law_flow_fields_mixin import FLOW_FIELDS_MIXIN
from .common import ConsumerLawCommon

_logger = logging.getLogger(__name__)
MIXIN = "consumer.law.evidence.mixin"
# Models of the product that prove nothing (settings, caches, computed reports),
# each with why. Anything else the product's addons define is evidence.
NOT_EVIDENCE = {
    "consumer.law.policy": "company settings (changes kept in the chatter)",
    "consumer.mediator": "the mediator's identity (settings)",
    "cgv.document": "the folder of the versions (the versions are evidence)",
    "cgv.acceptance.pending": "a box ticked before the act; the acceptance is "
    "recorded when the order is confirmed",
    "consumer.law.portal.attempt": "rate-limit counters, purged",
    "consumer.law.portal.attempt.lock": "the rate limits' locks, purged",
    "consumer.law.exposure": "a report recomputed from the evidence",
    "account.retention.title.report": "a SQL view",
    "sale.installment.offer": "the shop's offers (settings)",
    "consumer.law.document.job": "the sending queue: bookkeeping of when a "
    "document was sent; the document it sends is the evidence",
    "website.guarantee.notice.artwork": "the merchant's upload of the "
    "Commission's artwork (settings)",
}
# Read-only fields the product's addons add to Odoo's models (invoices, orders,
# deliveries, partners) that prove nothing, each with why. Any other is a flow's
# stamp and must be declared (``_consumer_law_flow_fields``).
NOT_FLOW_STAMPS = {
    "ir.attachment.consumer_law_sha256": "the evidence files' own seal, guarded "
    "by ir.attachment (never given, changed or removed but by the flow)",
    "res.company.consumer_policy_id": "the link to the company's settings",
    "res.company.consumer_pack_sent_month": "bookkeeping of the monthly pack "
    "mail",
    "sale.order.late_delivery_reminded_on": "bookkeeping of the daily reminder "
    "(the activity it creates is the trace)",
    "sale.order.cheque_cancellation_date": "a deadline recomputed from the "
    "order's date and the policy",
    "sale.order.installment_fee_amount": "recomputed from the offer and the "
    "order's total (the fee line is billed like any line)",
    "sale.order.line.is_installment_fee": "marks the line kept in step with the "
    "offer (bookkeeping)",
    "res.partner.retention_claim_deadline": "a deadline recomputed from the "
    "insolvency publication date",
}
# Field names that are the staff's own notes and judgments: never readable by a
# portal user (``groups=``).
STAFF_ONLY_MARKERS = (
    "override_reason",
    "goods_condition",
    "depreciation_reason",
    "decided_by_id",
    "cancel_reason",
    "cancelled_by_id",
    "refusal_reason",
    "ip_address",
    "user_agent",
)
RECORDS_PER_MODEL = 3


def product_model_names(env):
    """Return the names of the concrete models the product's addons define."""
    root = os.path.dirname(get_module_path("consumer_law"))
    names = []
    for name, model_class in env.registry.items():
        if model_class._abstract or model_class._transient or not model_class._auto:
            continue
        path = get_module_path(model_class._original_module, display_warning=False)
        if path and os.path.dirname(path) == root:
            names.append(name)
    return sorted(names)


def forged_value(record, field):
    """Return a value of ``field``'s type different from ``record``'s (or a
    plausible one without a record)."""
    current = record[field.name] if record else False
    if field.type == "boolean":
        return not current
    if field.type in ("integer",):
        return (current or 0) + 7
    if field.type in ("float", "monetary"):
        return (current or 0.0) + 50000.0
    if field.type == "date":
        return date(2001, 2, 3)
    if field.type == "datetime":
        return datetime(2001, 2, 3, 4, 5, 6)
    if field.type in ("char", "text", "html"):
        return f"forged {field.name}"
    if field.type == "selection":
        values = [
            value
            for value, _label in field._description_selection(record.env)
            if value != current
        ]
        return values[0] if values else current
    if field.type == "many2one":
        other = (
            record.env[field.comodel_name]
            .sudo()
            .search([("id", "!=", current.id if current else 0)], limit=1)
        )
        return other.id or False
    if field.type in ("one2many", "many2many"):
        return [(5, 0, 0)]
    if field.type == "binary":
        return base64.b64encode(b"forged file")
    return False


@tagged("post_install", "-at_install")
class TestEvidenceCore(ConsumerLawCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        groups = {
            "salesperson_own": "sales_team.group_sale_salesman",
            "salesperson_all": "sales_team.group_sale_salesman_all_leads",
            "sales_manager": "sales_team.group_sale_manager",
            "consumer_law_manager": "consumer_law.consumer_law_group_manager,"
            "sales_team.group_sale_manager",
            "invoicing": "account.group_account_invoice",
            "portal": "base.group_portal",
        }
        cls.attackers = {
            role: new_test_user(
                cls.env,
                login=f"evidence_core_{role}",
                groups=group,
                company_ids=[(6, 0, (cls.company | cls.other_company).ids)],
            )
            for role, group in groups.items()
            if all(
                cls.env.ref(xmlid, raise_if_not_found=False)
                for xmlid in group.split(",")
            )
        }
        # at least one piece of evidence of this addon, with its file
        cls.version = cls._publish_history(
            cls._create_version(
                pdf_file=base64.b64encode(b"%PDF-1.4 terms"), pdf_filename="v1.pdf"
            )
        )
        cls.counts = Counter()

    @classmethod
    def tearDownClass(cls):
        summary = ", ".join(
            f"{key}: {value}" for key, value in sorted(cls.counts.items())
        )
        _logger.info("Evidence core attack: %s", summary)
        # printed for the closing note (pytest -s)
        print(f"Evidence core attack: {summary}")  # noqa: T201
        super().tearDownClass()

    # === HELPERS === #
    def _evidence_models(self):
        return [
            self.env[name]
            for name in product_model_names(self.env)
            if name not in NOT_EVIDENCE
        ]

    def _records(self, model):
        """A few records of ``model`` in different states (the database's)."""
        records = model.sudo().with_context(active_test=False)
        found = records.browse()
        state_field = "state" if "state" in model._fields else None
        if state_field and model._fields[state_field].store:
            for group in records._read_group([], [state_field], ["id:max"]):
                found |= records.browse(group[-1])
        found |= records.search([], limit=RECORDS_PER_MODEL, order="id desc")
        return found

    def _as(self, record, user):
        """``record`` as ``user``, or as superuser without a user."""
        return record.sudo(False).with_user(user) if user else record.sudo()

    def _allowed(self, model):
        """The model's allow-list (none for a model that forgot the mixin)."""
        if hasattr(model, "_get_evidence_allowed_fields"):
            return model._get_evidence_allowed_fields()
        return {}

    def _free(self, model):
        """The bookkeeping fields (chatter, activities, portal, log columns)."""
        return self.env[MIXIN]._get_evidence_free_fields.__func__(model)

    def _count(self, model):
        return model.sudo().with_context(active_test=False).search_count([])

    def _attackers(self):
        return list(self.attackers.items())

    def _assert_refused(self, attempt, label):
        """Run ``attempt`` in a savepoint: it must raise (nothing is kept)."""
        self.counts["attempts"] += 1
        try:
            with mute_logger("odoo.sql_db"), self.env.cr.savepoint():
                attempt()
        except (UserError, AccessError):
            self.counts["refused"] += 1
            return
        self.fail(f"not refused: {label}")

    # === TESTS === #
    def test_every_model_of_the_product_is_evidence_or_declared(self):
        """A model that proves something and forgets the mixin fails here."""
        registered = evidence_model_names(self.env.registry)
        missing = [
            model._name
            for model in self._evidence_models()
            if model._name not in registered
        ]
        self.assertFalse(
            missing,
            f"models without the evidence mixin (inherit {MIXIN} or declare them "
            f"in NOT_EVIDENCE with a reason): {missing}",
        )
        self.counts["evidence models"] = len(self._evidence_models())

    def test_write_outside_allow_list_refused(self):
        """Every stored field outside a model's allow-list (stored computed and
        related fields included) is refused to every user and to sudo()."""
        for model in self._evidence_models():
            allowed = self._allowed(model)
            free = self._free(model)
            for record in self._records(model):
                for name, field in model._fields.items():
                    if not field.store or name in free or name in allowed:
                        continue
                    if field.type == "binary" and not field.attachment:
                        continue
                    value = forged_value(record, field)
                    if value == record[name] or (
                        value is False and field.type != "boolean"
                    ):
                        continue
                    before = record.with_context(bin_size=True)[name]
                    for role, user in [*self._attackers(), ("sudo", None)]:
                        target = self._as(record, user)
                        with self.subTest(model=model._name, field=name, user=role):
                            self._assert_refused(
                                lambda target=target, name=name, value=value: (
                                    target.write({name: value})
                                ),
                                f"{model._name}.{name} written by {role}",
                            )
                    record.invalidate_recordset([name])
                    self.assertEqual(
                        record.with_context(bin_size=True)[name],
                        before,
                        f"{model._name}.{name} changed",
                    )
                self.counts["records attacked"] += 1

    def test_write_of_allowed_field_needs_its_group_and_state(self):
        """The allow-list is honoured by group: a user without the group is
        refused."""
        for model in self._evidence_models():
            allowed = self._allowed(model)
            for record in self._records(model):
                for name, (states, group) in allowed.items():
                    if group is None and states is None:
                        continue
                    field = model._fields[name]
                    value = forged_value(record, field)
                    state = record._get_evidence_state()
                    for role, user in self._attackers():
                        if (group is None or user.has_group(group)) and (
                            states is None or state in states
                        ):
                            continue
                        with self.subTest(model=model._name, field=name, user=role):
                            self._assert_refused(
                                lambda target=self._as(record, user), vals={
                                    name: value
                                }: target.write(vals),
                                f"{model._name}.{name} written by {role} "
                                f"in state {state}",
                            )

    def test_create_with_flow_values_refused_or_reset(self):
        """Creating a record with a value only the flow gives is refused (or the
        value is reset), for every user and for sudo()."""
        for model in self._evidence_models():
            creatable = (
                model._get_evidence_create_fields()
                if hasattr(model, "_get_evidence_create_fields")
                else {}
            )
            free = self._free(model)
            sample = self._records(model)[:1]
            for name, field in model._fields.items():
                if not field.store or name in free or name in creatable:
                    continue
                if field.type in ("one2many", "many2many", "binary"):
                    continue
                value = forged_value(sample or model.browse(), field)
                if value is False and field.type != "boolean":
                    continue
                for role, user in [*self._attackers(), ("sudo", None)]:
                    target = model.with_user(user) if user else model.sudo()
                    with self.subTest(model=model._name, field=name, user=role):
                        self.counts["attempts"] += 1
                        count = self._count(model)
                        kept = None
                        try:
                            # a create with only the forged value may violate a
                            # NOT NULL column: that refusal is logged by sql_db
                            with mute_logger("odoo.sql_db"), self.env.cr.savepoint():
                                created = target.create({name: value})
                                forged = field.convert_to_record(
                                    field.convert_to_cache(value, created), created
                                )
                                kept = created.sudo()[name] == forged
                                raise UserError("rolled back")
                        except Exception:  # noqa: BLE001 - nothing is kept
                            pass
                        self.assertFalse(
                            kept, f"{model._name}.{name} forged by {role}"
                        )
                        self.counts["reset" if kept is False else "refused"] += 1
                        self.assertEqual(
                            self._count(model),
                            count,
                        )

    def test_copy_refused(self):
        for model in self._evidence_models():
            for record in self._records(model)[:1]:
                for role, user in [*self._attackers(), ("sudo", None)]:
                    target = self._as(record, user)
                    with self.subTest(model=model._name, user=role):
                        self._assert_refused(
                            target.copy, f"{model._name} copied by {role}"
                        )

    def test_unlink_of_evidence_refused(self):
        for model in self._evidence_models():
            records = self._records(model)
            if hasattr(records, "_has_evidence"):
                records = records._has_evidence()
            for record in records:
                for role, user in [*self._attackers(), ("sudo", None)]:
                    target = self._as(record, user)
                    with self.subTest(model=model._name, user=role):
                        self._assert_refused(
                            target.unlink, f"{model._name} deleted by {role}"
                        )
                self.assertTrue(record.exists())

    def test_evidence_files_cannot_be_replaced_relinked_or_deleted(self):
        attachments = (
            self.env["ir.attachment"]
            .sudo()
            .with_context(skip_res_field_check=True)
            .search(
                [
                    ("res_model", "in", [m._name for m in self._evidence_models()]),
                    ("consumer_law_sha256", "!=", False),
                ]
            )
        )
        self.assertTrue(attachments, "no evidence file to attack")
        for attachment in attachments:
            digest = attachment.consumer_law_sha256
            attempts = {
                "replace": lambda a: a.write({"raw": b"forged"}),
                "relink": lambda a: a.write({"res_id": a.res_id + 1}),
                "unlink": lambda a: a.unlink(),
                "digest": lambda a: a.write({"consumer_law_sha256": "0" * 64}),
            }
            for role, user in [*self._attackers(), ("sudo", None)]:
                target = attachment.sudo(False).with_user(user) if user else attachment
                for kind, attempt in attempts.items():
                    with self.subTest(attachment=attachment.name, user=role, kind=kind):
                        self._assert_refused(
                            lambda attempt=attempt, target=target: attempt(target),
                            f"{attachment.res_model} file {kind} by {role}",
                        )
            self.assertTrue(attachment.exists())
            self.assertEqual(attachment.consumer_law_sha256, digest)
            self.assertFalse(attachment._get_consumer_law_digest_mismatches())

    def test_staff_only_fields_unreadable_by_portal(self):
        portal = self.attackers["portal"]
        for model in self._evidence_models():
            for name, field in model._fields.items():
                if not name.endswith(STAFF_ONLY_MARKERS):
                    continue
                with self.subTest(model=model._name, field=name):
                    self.counts["attempts"] += 1
                    self.assertTrue(
                        field.groups, f"{model._name}.{name} has no groups="
                    )
                    self.assertNotIn(
                        name, model.with_user(portal).fields_get(), "listed to portal"
                    )
                    with self.assertRaises(AccessError):
                        model.with_user(portal).search_read([], [name], limit=1)
                    self.counts["refused"] += 1

    def test_archive_scoped_to_the_managers_companies(self):
        other_document = self.env["cgv.document"].create(
            {"name": "Other terms", "company_id": self.other_company.id}
        )
        other_version = self._publish_history(
            self._create_version(
                document=other_document,
                pdf_file=base64.b64encode(b"%PDF-1.4 other"),
                pdf_filename="other.pdf",
            )
        )
        manager = new_test_user(
            self.env,
            login="evidence_core_one_company_manager",
            groups="consumer_law.consumer_law_group_manager",
            company_id=self.company.id,
            company_ids=[(6, 0, self.company.ids)],
        )
        export = self.env["consumer.law.evidence.export"].with_user(manager)
        _name, content = export._build_archive()
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            paths = archive.namelist()
        self.assertFalse(
            [path for path in paths if f"/{self.other_company.id}/" in path],
            "another company's terms in the archive",
        )
        self.assertTrue(
            [path for path in paths if f"/{self.company.id}/{self.version.id}-" in path]
        )
        self.assertFalse(
            [path for path in paths if f"/{other_version.id}-" in path.split("/")[-1]]
            and [path for path in paths if f"/{self.other_company.id}/" in path]
        )
        for model in self._evidence_models():
            domain = export._get_company_domain(model, self.company)
            if "company_id" in model._fields and model._fields["company_id"].store:
                self.assertTrue(domain, f"{model._name} not scoped by company")

    def test_evidence_writer_needed_even_as_superuser(self):
        """The token, not sudo() nor a context key, opens the flow's fields."""
        with self.assertRaises(UserError):
            self.version.sudo().write({"content_sha256": "0" * 64})
        with self.assertRaises(UserError):
            self.version.sudo().with_context(
                consumer_law_evidence_write=True
            ).write({"content_sha256": "0" * 64})

    def test_uninstall_refused_until_archived(self):
        """Every addon holding evidence, and an addon whose data files created
        evidence (the demo), is refused until a manager downloads the archive."""
        modules = self.env["ir.module.module"]
        holders = {}
        for model in self._evidence_models():
            if self._records(model):
                holders.setdefault(model._original_module, model._name)
        self.env["ir.model.data"].create(
            {
                "module": "consumer_law_demo",
                "name": "evidence_core_demo_version",
                "model": "cgv.version",
                "res_id": self.version.id,
            }
        )
        holders["consumer_law_demo"] = "cgv.version"
        for module_name, model_name in sorted(holders.items()):
            module = modules.search([("name", "=", module_name)])
            if not module:
                continue
            with self.subTest(module=module_name):
                self.counts["attempts"] += 1
                with self.assertRaisesRegex(UserError, "Uninstall refused"):
                    module._check_consumer_law_evidence_kept()
                self.counts["refused"] += 1
        manager = new_test_user(
            self.env,
            login="evidence_core_archivist",
            groups="consumer_law.consumer_law_group_manager",
            company_ids=[(6, 0, self.env["res.company"].search([]).ids)],
        )
        self.env["consumer.law.evidence.export"].with_user(manager)._build_archive()
        for module_name in holders:
            module = modules.search([("name", "=", module_name)])
            module._check_consumer_law_evidence_kept()

    def test_customer_acts_frozen_and_never_portal_when_recorded_by_staff(self):
        """Every customer's act: its channel, date, words, e-mail, acknowledgment
        and submission key are never on the allow-list, and a record created
        by staff (or sudo()) cannot say it came from the portal."""
        acts = [
            model
            for model in self._evidence_models()
            if hasattr(model, "_customer_act_fields")
        ]
        for model in acts:
            allowed = model._get_evidence_allowed_fields()
            for role, name in model._customer_act_fields.items():
                with self.subTest(model=model._name, role=role):
                    self.assertNotIn(name, allowed)
            channel = model._get_customer_act_field("channel")
            portal = model._customer_act_portal_channel
            for role, user in [*self._attackers(), ("sudo", None)]:
                target = model.with_user(user) if user else model.sudo()
                with self.subTest(model=model._name, user=role):
                    self._assert_refused(
                        lambda target=target, channel=channel, portal=portal: (
                            target.create({channel: portal})
                        ),
                        f"{model._name} portal act created by {role}",
                    )
                    self._assert_refused(
                        lambda target=target, channel=channel, portal=portal: (
                            target.with_context(
                                **{f"default_{channel}": portal}
                            ).create({})
                        ),
                        f"{model._name} portal act created by {role} (default)",
                    )

    def _flow_stamped_models(self):
        """The models (invoices, orders, order lines, deliveries) on which a
        flow stamps evidence, with their stamps."""
        names = self.env.registry[FLOW_FIELDS_MIXIN]._inherit_children
        return [
            (self.env[name], sorted(self.env[name]._get_consumer_law_flow_fields()))
            for name in sorted(names)
        ]

    def test_every_read_only_field_on_odoo_models_is_a_stamp_or_declared(self):
        """A stamp a flow adds to an invoice, an order or a delivery and forgets
        to declare fails here."""
        root = os.path.dirname(get_module_path("consumer_law"))
        product_models = set(product_model_names(self.env))
        stamped = {
            model._name: names for model, names in self._flow_stamped_models()
        }
        missing = []
        for name, model_class in self.env.registry.items():
            if (
                name in product_models
                or model_class._abstract
                or model_class._transient
                or not model_class._auto
            ):
                continue
            model = self.env[name]
            for field_name, field in model._fields.items():
                path = get_module_path(field._module or "", display_warning=False)
                if not (path and os.path.dirname(path) == root):
                    continue
                if (
                    not field.store
                    or not field.readonly
                    or field.type == "one2many"
                    or field_name in ("id", *LOG_ACCESS_COLUMNS)
                ):
                    continue
                key = f"{name}.{field_name}"
                if key in NOT_FLOW_STAMPS:
                    continue
                if field_name not in stamped.get(name, ()):
                    missing.append(key)
        self.assertFalse(
            missing,
            "read-only fields on Odoo's models neither declared as flow stamps "
            f"(_consumer_law_flow_fields) nor in NOT_FLOW_STAMPS: {missing}",
        )

    @staticmethod
    def _copy_parents(sample, name):
        """The required parents a copy does not take from its original (an
        order line's order): given back, so that the copy can be made."""
        return {
            field_name: sample[field_name].id
            for field_name, field in sample._fields.items()
            if field.type == "many2one"
            and field.required
            and not field.copy
            and field_name != name
            and sample[field_name]
        }

    def test_flow_stamps_refused_at_create_and_never_copied(self):
        """A stamp of a flow (the terms version on an invoice, the penalty's
        origin, the refund obligation of a credit note, the storage fee billed,
        the withdrawal window...) is refused at creation to every user and to
        sudo(), as a value or as a ``default_`` context key, and never carried
        by a copy."""
        stamped = self._flow_stamped_models()
        self.assertTrue(stamped, "no flow stamp declared")
        for model, names in stamped:
            sample = model.sudo().search([], limit=1)
            for name in names:
                field = model._fields[name]
                self.assertFalse(field.copy, f"{model._name}.{name} is copied")
                value = forged_value(sample or model.browse(), field)
                if not value:
                    continue
                for role, user in [*self._attackers(), ("sudo", None)]:
                    target = model.with_user(user) if user else model.sudo()
                    with self.subTest(model=model._name, field=name, user=role):
                        count = self._count(model)
                        for attempt in (
                            lambda target=target, name=name, value=value: (
                                target.create({name: value})
                            ),
                            lambda target=target, name=name, value=value: (
                                target.with_context(
                                    **{f"default_{name}": value}
                                ).create({})
                            ),
                        ):
                            self.counts["attempts"] += 1
                            # who may create the record is refused by the guard
                            # itself; the others by their access rights first
                            message = (
                                "cannot be given when creating"
                                if target.has_access("create")
                                else ""
                            )
                            with (
                                mute_logger("odoo.sql_db"),
                                self.assertRaisesRegex(UserError, message),
                            ):
                                attempt()
                            self.counts["refused"] += 1
                        self.assertEqual(self._count(model), count)
                # a computed stamp is recomputed from the copy's own documents:
                # only a stored value can be carried by a copy
                if sample and not model._fields[name].compute:
                    with self.subTest(model=model._name, field=name, user="copy"):
                        self.counts["attempts"] += 1
                        kept = None
                        try:
                            with mute_logger("odoo.sql_db"), self.env.cr.savepoint():
                                copied = sample.sudo().copy(
                                    {**self._copy_parents(sample, name), name: value}
                                )
                                kept = bool(copied.sudo()[name])
                                raise UserError("rolled back")
                        except UserError:
                            pass
                        self.assertFalse(kept, f"{model._name}.{name} copied")
                        self.counts["refused"] += 1
