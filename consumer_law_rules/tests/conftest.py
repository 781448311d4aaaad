# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""pytest configuration of the pure suite."""

from hypothesis import settings

# No per-example deadline: the first example of a property builds the legal
# calendar of its years (the holidays package), which can take longer than
# hypothesis' default 200 ms on a loaded machine and was then reported as a
# FlakyFailure when the replay ran fast. The properties themselves are unchanged.
settings.register_profile("consumer_law", deadline=None)
settings.load_profile("consumer_law")
