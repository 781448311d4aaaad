# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""pytest configuration of the addons' tests (run with pytest-odoo, see README)."""

import sys

import pytest


@pytest.fixture(autouse=True)
def _odoo_current_test():
    """Flag each test as running, as Odoo 18's own test loader does.

    ``odoo.modules.module.current_test`` is what Odoo 18 checks before opening an
    SMTP connection or sending a mail (``ir.mail_server``) and in a few other places;
    its test loader sets it around every test, pytest-odoo 2.3 only for Odoo 19 and
    later. Without it, a test that sends a mail at once gets "connection refused".
    """
    module = sys.modules.get("odoo.modules.module")
    release = sys.modules.get("odoo.release")
    if module is None or release is None or release.version_info[0] >= 19:
        yield
        return
    previous = module.current_test
    module.current_test = True
    try:
        yield
    finally:
        module.current_test = previous
