# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from .common import ConsumerLawCommon


class TestPartnerProduct(ConsumerLawCommon):
    def test_individual_is_consumer(self):
        """An individual customer is a consumer by default."""
        partner = self.env["res.partner"].create({"name": "Jeanne Martin"})
        self.assertTrue(partner.is_consumer)

    def test_company_and_its_contacts_are_not_consumers(self):
        """A company and its contacts are professionals by default."""
        company = self.env["res.partner"].create(
            {"name": "Garage SARL", "is_company": True}
        )
        contact = self.env["res.partner"].create(
            {"name": "Paul", "parent_id": company.id}
        )
        self.assertFalse(company.is_consumer)
        self.assertFalse(contact.is_consumer)

    def test_consumer_flag_is_editable(self):
        """Staff can override the default (sole trader buying privately)."""
        company = self.env["res.partner"].create(
            {"name": "Sole trader", "is_company": True}
        )
        company.is_consumer = True
        self.assertTrue(company.is_consumer)

    def test_region_follows_delivery_postcode(self):
        """Postcodes 57/67/68 use the Alsace-Moselle calendar (FR-57), others not."""
        france = self.env.ref("base.fr")
        strasbourg = self.env["res.partner"].create(
            {"name": "A", "zip": "67000", "country_id": france.id}
        )
        paris = self.env["res.partner"].create(
            {"name": "B", "zip": "75001", "country_id": france.id}
        )
        self.assertEqual(strasbourg._get_consumer_law_region(), "FR-57")
        self.assertEqual(paris._get_consumer_law_region(), "FR")

    def test_region_of_overseas_and_foreign_addresses(self):
        """Guadeloupe uses its own calendar; a German address the French one."""
        guadeloupe = self.env["res.partner"].create(
            {"name": "C", "zip": "97110", "country_id": self.env.ref("base.gp").id}
        )
        berlin = self.env["res.partner"].create(
            {"name": "D", "zip": "10115", "country_id": self.env.ref("base.de").id}
        )
        self.policy.holiday_region = "FR-57"
        self.assertEqual(guadeloupe._get_consumer_law_region(), "FR-971")
        self.assertEqual(berlin._get_consumer_law_region(), "FR")

    def test_region_without_address_uses_policy_default(self):
        """Without a French postcode, the policy's default region applies."""
        self.policy.holiday_region = "FR-57"
        partner = self.env["res.partner"].create({"name": "No address"})
        self.assertEqual(partner._get_consumer_law_region(), "FR-57")

    def test_product_exclusion_defaults_from_category(self):
        """A product inherits its category's L221-28 exclusion and second-hand flag."""
        category = self.env["product.category"].create(
            {
                "name": "Engraved items",
                "withdrawal_exclusion": "personalised",
                "is_second_hand": True,
            }
        )
        product = self.env["product.template"].create(
            {"name": "Engraved plate", "categ_id": category.id}
        )
        self.assertEqual(product.withdrawal_exclusion, "personalised")
        self.assertTrue(product.is_second_hand)
        product.withdrawal_exclusion = False
        self.assertFalse(product.withdrawal_exclusion)
