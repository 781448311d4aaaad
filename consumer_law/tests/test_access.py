# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import datetime

from odoo.exceptions import AccessError
from odoo.tests import new_test_user

from .common import ConsumerLawCommon


class TestAccess(ConsumerLawCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.version = cls._publish_history(cls._create_version())
        companies = cls.company | cls.other_company
        cls.user = new_test_user(
            cls.env,
            login="cl_user",
            groups="base.group_user,consumer_law.consumer_law_group_user",
            company_id=cls.company.id,
            company_ids=[cls.company.id],
        )
        cls.manager = new_test_user(
            cls.env,
            login="cl_manager",
            groups="base.group_user,consumer_law.consumer_law_group_manager",
            company_id=cls.company.id,
            company_ids=companies.ids,
        )
        cls.employee = new_test_user(
            cls.env, login="cl_employee", groups="base.group_user"
        )
        cls.salesman = new_test_user(
            cls.env, login="cl_salesman", groups="sales_team.group_sale_salesman"
        )

    def test_user_reads_but_cannot_change(self):
        """A consumer-law user reads the policy and terms but changes nothing."""
        policy = self.policy.with_user(self.user)
        self.assertEqual(policy.withdrawal_days, 14)
        self.assertEqual(self.version.with_user(self.user).state, "published")
        with self.assertRaises(AccessError):
            policy.write({"refund_days": 7})
        with self.assertRaises(AccessError):
            self.env["cgv.version"].with_user(self.user).create(
                {"document_id": self.document.id, "content": "<p>x</p>"}
            )
        with self.assertRaises(AccessError):
            self.mediator.with_user(self.user).write({"name": "X"})

    def test_manager_configures_and_publishes(self):
        """A manager edits the policy and publishes a new version."""
        self.policy.with_user(self.manager).write({"refund_days": 7})
        draft = (
            self.env["cgv.version"]
            .with_user(self.manager)
            .create(
                {
                    "document_id": self.document.id,
                    "content": "<p>v2</p>",
                    "effective_date": datetime(2099, 1, 1),
                }
            )
        )
        draft.action_publish()
        self.assertEqual(draft.state, "published")
        self.assertEqual(self.policy.refund_days, 7)

    def test_employee_without_group_sees_nothing(self):
        """An employee outside the groups cannot read policies or terms."""
        with self.assertRaises(AccessError):
            self.policy.with_user(self.employee).read(["withdrawal_days"])
        with self.assertRaises(AccessError):
            self.version.with_user(self.employee).read(["content"])

    def test_salesman_gets_user_rights(self):
        """Sales staff are consumer-law users automatically."""
        self.assertTrue(self.salesman.has_group("consumer_law.consumer_law_group_user"))
        self.assertFalse(
            self.salesman.has_group("consumer_law.consumer_law_group_manager")
        )

    def test_company_isolation(self):
        """A user of one company cannot read another company's policy or terms."""
        other_policy = self.other_company._get_consumer_policy()
        other_document = self.env["cgv.document"].create(
            {"name": "Other terms", "company_id": self.other_company.id}
        )
        other_version = self._publish_history(
            self._create_version(document=other_document)
        )
        with self.assertRaises(AccessError):
            other_policy.with_user(self.user).read(["withdrawal_days"])
        with self.assertRaises(AccessError):
            other_version.with_user(self.user).read(["content"])
        visible = self.env["cgv.version"].with_user(self.user).search([])
        self.assertNotIn(other_version, visible)
        self.assertIn(self.version, visible)

    def test_shared_mediator_visible_to_all_companies(self):
        """A mediator without company is shared configuration."""
        self.assertEqual(
            self.mediator.with_user(self.user).name, "Médiation Exemple SAS"
        )
