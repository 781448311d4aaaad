# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from collections import defaultdict

from odoo import models
from odoo.tools import SQL


class SaleOrder(models.Model):
    _inherit = "sale.order"

    # === ACTION METHODS === #
    def action_confirm(self):
        self._prefetch_confirmation_children()
        return super().action_confirm()

    # === BUSINESS METHODS === #
    def _get_confirmation_children_fields(self):
        """Names of the one2many fields of the order that its confirmation reads:
        the records that follow the order's date or state (the ORM reads them
        when the confirmation writes ``date_order``), the pending acceptance...
        Extended by each addon that adds such a field."""
        return []

    def _prefetch_confirmation_children(self):
        """Learn in one query which of the orders have no record at all in the
        fields :meth:`_get_confirmation_children_fields` names, and cache that
        empty value: the confirmation reads each field, most often to find
        nothing, one query per field otherwise. Orders that have some records
        are left to the ORM's own read (its order, its access rules)."""
        orders = self.filtered("id")
        fields = [
            field
            for name in self._get_confirmation_children_fields()
            if (field := self._fields.get(name)) is not None
            and self._is_prefetchable_children_field(field)
        ]
        if not orders or not fields:
            return
        queries = []
        for index, field in enumerate(fields):
            comodel = self.env[field.comodel_name]
            comodel.flush_model([field.inverse_name])
            column = SQL.identifier(field.inverse_name)
            queries.append(
                SQL(
                    "SELECT DISTINCT %s AS field_index, %s AS order_id FROM %s "
                    "WHERE %s IN %s",
                    index,
                    column,
                    SQL.identifier(comodel._table),
                    column,
                    tuple(orders.ids),
                )
            )
        self.env.cr.execute(SQL(" UNION ALL ").join(queries))
        with_children = defaultdict(set)
        for index, order_id in self.env.cr.fetchall():
            with_children[index].add(order_id)
        for index, field in enumerate(fields):
            empty = orders.browse(
                [id_ for id_ in orders.ids if id_ not in with_children[index]]
            )
            self.env.cache.insert_missing(empty, field, [()] * len(empty))

    def _is_prefetchable_children_field(self, field):
        """A plain one2many over a stored many2one of a table (no domain, no
        context: the ORM's read of it is a search on the inverse only)."""
        if field.type != "one2many" or field.domain or field.context:
            return False
        comodel = self.env[field.comodel_name]
        inverse = comodel._fields.get(field.inverse_name)
        return bool(
            not comodel._abstract
            and comodel._auto
            and not comodel._table_query
            and inverse is not None
            and inverse.type == "many2one"
            and inverse.store
        )
