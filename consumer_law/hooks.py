# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).


def post_init_hook(env):
    """Give every company that existed before the installation its policy."""
    env["res.company"].search([])._ensure_consumer_policy()
