# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Evidence a flow stamps on a model it does not own (an invoice, an order, an
order line, a delivery): the version of the terms accepted, the refund
obligation a credit note pays, the penalty's original invoice, the storage fee
billed, the withdrawal window...

Each extension of such a model declares its own stamps in the class attribute
``_consumer_law_flow_fields`` (a tuple of field names) and inherits this mixin;
the stamps of every extension are collected. They are written only by their
flows (through :func:`odoo.addons.consumer_law.evidence.evidence_writer`),
never by ``sudo()`` alone nor by a context key: a user or an RPC call can
neither write them nor give them when creating a record (``default_*``
context keys included), and a copy never carries them.
"""

from odoo import api, models
from odoo.exceptions import UserError

from ..evidence import check_flow_fields, is_evidence_write

FLOW_FIELDS_MIXIN = "consumer.law.flow.fields.mixin"


class ConsumerLawFlowFieldsMixin(models.AbstractModel):
    _name = "consumer.law.flow.fields.mixin"
    _description = "Consumer-law evidence stamped by a flow"

    _consumer_law_flow_fields = ()

    # === DECLARATION === #
    @api.model
    def _get_consumer_law_flow_fields(self):
        """Return the names of the stamps every extension of the model declared
        (``_consumer_law_flow_fields``), computed once per registry class."""
        cls = type(self)
        names = cls.__dict__.get("_consumer_law_flow_field_names")
        if names is None:
            names = frozenset(
                name
                for klass in cls.__mro__
                for name in klass.__dict__.get("_consumer_law_flow_fields", ())
                if name in self._fields
            )
            cls._consumer_law_flow_field_names = names
        return names

    def _is_consumer_law_flow_value(self, name, vals):
        """Return whether ``vals[name]`` given at creation is the value the flow
        itself gives (an invoice created from an order carries the order's
        version of the terms): accepted then. Overridden per stamp."""
        return False

    # === CRUD METHODS === #
    @api.model_create_multi
    def create(self, vals_list):
        if not is_evidence_write(self.env):
            self._check_consumer_law_flow_create(vals_list)
        return super().create(vals_list)

    def write(self, vals):
        names = self._get_consumer_law_flow_fields()
        if self and not names.isdisjoint(vals):
            check_flow_fields(self, vals, names)
        return super().write(vals)

    def copy_data(self, default=None):
        # a copy proves nothing its original proved: its stamps are the flow's
        vals_list = super().copy_data(default=default)
        if not is_evidence_write(self.env):
            names = self._get_consumer_law_flow_fields()
            for vals in vals_list:
                for name in names.intersection(vals):
                    del vals[name]
        return vals_list

    # === GUARDS === #
    @api.model
    def _check_consumer_law_flow_create(self, vals_list):
        """Refuse a stamp given at creation, unless it is the flow's own value.

        :raise UserError: naming the fields
        """
        names = self._get_consumer_law_flow_fields()
        refused = {
            name[8:]
            for name, value in self.env.context.items()
            if name.startswith("default_") and name[8:] in names and value
        }
        for vals in vals_list:
            for name in names.intersection(vals):
                if vals[name] and not self._is_consumer_law_flow_value(name, vals):
                    refused.add(name)
        if refused:
            raise UserError(
                self.env._(
                    "%(fields)s: evidence recorded by its flow on %(model)s; it "
                    "cannot be given when creating a record, not even by a "
                    "manager.",
                    fields=", ".join(
                        sorted(
                            self._fields[name]._description_string(self.env)
                            for name in refused
                        )
                    ),
                    model=self._description,
                )
            )
