# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Every view expression of the repository's addons is one the web client can
evaluate.

The server accepts any Python it can read in ``invisible``, ``readonly``,
``required``… (``len``, ``abs``, ``str`` are fine for it), but the web client
evaluates them with its own small Python (``web/static/src/core/py_js``): other
builtins, other names, and for each attribute a different evaluation context.
A name it does not know crashes the view ("EvalError: Name 'len' is not defined").
This test walks the arch every user gets (``get_views``, after inheritance and the
server's post-processing) of every form, list, kanban and search view the addons
define or extend, and checks each expression against the client's rules.
"""

import ast
import os

from lxml import etree

from odoo import Command
from odoo.exceptions import AccessError
from odoo.modules.module import get_module_path
from odoo.tests import TransactionCase, tagged

# py_js/py_builtin.js: BUILTINS (names the client resolves when the context does not)
CLIENT_BUILTINS = {
    "bool",
    "set",
    "max",
    "min",
    "time",
    "context_today",
    "current_date",
    "today",
    "now",
    "datetime",
    "relativedelta",
    "true",
    "false",
}
# py_js/py_interpreter.js: allowedFns (the only functions a bare name may call)
CLIENT_CALLABLE_NAMES = {"bool", "set", "max", "min", "context_today", "relativedelta"}
# model/relational_model/utils.js getBasicEvalContext; py_interpreter adds `context`
BASIC_CONTEXT = {"context", "uid", "allowed_company_ids", "current_company_id"}
# the user context the search model merges into its domain context (user.context)
USER_CONTEXT = {"lang", "tz", "uid", "allowed_company_ids"}
# py_js/py_parser.js and py_tokenizer.js: what the client parses
ALLOWED_NODES = (
    ast.Expression,
    ast.BoolOp,
    ast.And,
    ast.Or,
    ast.BinOp,
    ast.Add,
    ast.Sub,
    ast.Mult,
    ast.Div,
    ast.FloorDiv,
    ast.Mod,
    ast.Pow,
    ast.UnaryOp,
    ast.Not,
    ast.USub,
    ast.Compare,
    ast.Eq,
    ast.NotEq,
    ast.Lt,
    ast.LtE,
    ast.Gt,
    ast.GtE,
    ast.In,
    ast.NotIn,
    ast.Is,
    ast.IsNot,
    ast.Call,
    ast.keyword,
    ast.Constant,
    ast.Name,
    ast.Load,
    ast.Attribute,
    ast.Subscript,
    ast.List,
    ast.Tuple,
    ast.Dict,
    ast.IfExp,
)
# Odoo's own expressions that read an attribute of an id (always false in the
# client, harmless): not ours to fix, listed so that ours are still checked.
CORE_DOTTED_PATHS = {
    "carrier_id and carrier_id.integration_level == 'rate_and_ship'",
}
RECORD_ATTRIBUTES = ("invisible", "readonly", "required")
RELATIONAL_TYPES = ("many2one", "one2many", "many2many")
SUBVIEW_TAGS = ("list", "form", "kanban")


class Level:
    """The evaluation context of one record (a view, or an x2many's subview)."""

    def __init__(self, model, fields, field_names, parent=None):
        self.model = model
        self.fields = fields
        self.field_names = field_names
        self.parent = parent

    def names(self):
        names = set(self.field_names) | BASIC_CONTEXT | {"id"}
        if self.parent:
            names.add("parent")
        return names

    def list_names(self):
        """`column_invisible` sees the list's context, not a row's fields."""
        names = set(BASIC_CONTEXT)
        if self.parent:
            names.add("parent")
        return names


def check_expression(expression, names, level=None):
    """The problems of one expression for the client: a syntax it does not parse,
    a name it does not know, a call it refuses, a dotted path on a field whose
    value is an id or a list of ids in the client."""
    try:
        tree = ast.parse(expression.strip(), mode="eval")
    except SyntaxError as error:
        return [f"not Python: {error.msg}"]
    problems = []
    for node in ast.walk(tree):
        if not isinstance(node, ALLOWED_NODES):
            problems.append(f"{type(node).__name__} is not parsed by the web client")
        elif isinstance(node, ast.Name) and node.id not in names | CLIENT_BUILTINS:
            problems.append(f"name '{node.id}' is not defined in the web client")
        elif isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name) and func.id not in CLIENT_CALLABLE_NAMES:
                problems.append(f"'{func.id}()' cannot be called in the web client")
        elif (
            isinstance(node, ast.Attribute)
            and level is not None
            and expression not in CORE_DOTTED_PATHS
        ):
            problems += _check_dotted(node, level)
    return problems


def _check_dotted(node, level):
    """`parent.x`: x must be a field of the parent's view; `field.x` on a
    relational field reads an attribute of an id (undefined in the client)."""
    chain = []
    target = node
    while isinstance(target, ast.Attribute):
        chain.insert(0, target.attr)
        target = target.value
    if not isinstance(target, ast.Name):
        return []
    current, name = level, target.id
    while name == "parent" and chain:
        current = current.parent
        if current is None:
            return ["'parent' does not exist here"]
        name = chain.pop(0)
        if not chain and name not in current.names():
            return [f"'parent.{name}' is not a field of the parent's view"]
    if chain and name in current.field_names:
        field = current.fields.get(name, {})
        if field.get("type") in RELATIONAL_TYPES:
            return [f"'{name}.{chain[0]}': {name} is an id in the web client"]
    return []


class ArchChecker:
    """Walks a post-processed arch and collects the problems of its expressions."""

    def __init__(self, models):
        self.models = models
        self.problems = []

    def _fields_of_level(self, node):
        """The field nodes of this record, not those of nested subviews."""
        names = set()
        stack = list(node)
        while stack:
            child = stack.pop()
            if not isinstance(child.tag, str):
                continue
            if child.tag == "field":
                names.add(child.get("name"))
                continue  # its own children are a subview of the comodel
            stack.extend(child)
        return names

    def check_record_view(self, root, model, parent=None, where=""):
        fields = self.models.get(model, {})
        level = Level(model, fields, self._fields_of_level(root), parent)
        self._check_node_attributes(root, level, where, is_root=True)
        stack = list(root)
        while stack:
            node = stack.pop()
            if not isinstance(node.tag, str):
                continue
            self._check_node_attributes(node, level, where)
            if node.tag == "field":
                comodel = fields.get(node.get("name"), {}).get("relation")
                for sub in node:
                    if isinstance(sub.tag, str) and sub.tag in SUBVIEW_TAGS and comodel:
                        self.check_record_view(
                            sub,
                            comodel,
                            parent=level,
                            where=f"{where} > {node.get('name')} ({sub.tag})",
                        )
                continue
            stack.extend(node)

    def _check_node_attributes(self, node, level, where, is_root=False):
        label = f"{where} <{node.tag} name={node.get('name')!r}>"
        record_names = level.names()
        attributes = []
        for attribute in RECORD_ATTRIBUTES:
            if not is_root and node.get(attribute) is not None:
                attributes.append((attribute, record_names))
        if node.get("column_invisible") is not None:
            attributes.append(("column_invisible", level.list_names()))
        for attribute in node.attrib:
            if attribute.startswith("decoration-"):
                attributes.append((attribute, record_names))
        if node.tag in ("field", "button") and not is_root:
            for attribute in ("context", "domain"):
                if node.get(attribute):
                    attributes.append((attribute, record_names))
        if node.tag == "field" and node.get("options"):
            attributes.append(("options", {"context"}))
        for attribute, names in attributes:
            for problem in check_expression(node.get(attribute), names, level):
                self.problems.append(
                    f"{level.model}{label} {attribute}={node.get(attribute)!r}: "
                    f"{problem}"
                )

    def check_search_view(self, root, model, where=""):
        context_names = {"context"} | USER_CONTEXT
        for node in root.iter():
            if not isinstance(node.tag, str):
                continue
            checks = []
            if node.get("invisible") is not None:
                checks.append(("invisible", context_names))
            for attribute in ("domain", "context"):
                if node.tag == "filter" and node.get(attribute):
                    checks.append((attribute, context_names))
            if node.tag == "field" and node.get("filter_domain"):
                checks.append(("filter_domain", context_names | {"self", "raw_value"}))
            for attribute, names in checks:
                for problem in check_expression(node.get(attribute), names):
                    self.problems.append(
                        f"{model}{where} <{node.tag} name={node.get('name')!r}> "
                        f"{attribute}={node.get(attribute)!r}: {problem}"
                    )


@tagged("post_install", "-at_install")
class TestViewExpressions(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # the views as a user in every internal group sees them (every node), and
        # as a single-company consumer-law manager (nodes of other groups removed)
        user_types = cls.env.ref("base.module_category_user_type")
        internal_groups = cls.env["res.groups"].search(
            [("share", "=", False), ("category_id", "!=", user_types.id)]
        ) | cls.env.ref("base.group_user")
        cls.users = cls.env["res.users"].create(
            [
                {
                    "name": "Every group",
                    "login": "view_expressions_all_groups",
                    "groups_id": [Command.set(internal_groups.ids)],
                },
                {
                    "name": "Consumer-law manager",
                    "login": "view_expressions_manager",
                    "groups_id": [
                        Command.set(
                            [
                                cls.env.ref(xmlid).id
                                for xmlid in (
                                    "base.group_user",
                                    "sales_team.group_sale_manager",
                                    "stock.group_stock_user",
                                    "account.group_account_invoice",
                                    "consumer_law.consumer_law_group_manager",
                                )
                            ]
                        )
                    ],
                },
            ]
        )

    def _repository_modules(self):
        root = os.path.dirname(get_module_path("consumer_law"))
        modules = self.env["ir.module.module"].search([("state", "=", "installed")])
        # the repository's addons sit directly in its root: Odoo's own addons
        # may live below it too (``tools/setup`` installs Odoo in ``.odoo/``)
        return {
            module.name
            for module in modules
            if os.path.dirname(get_module_path(module.name) or "") == root
        }

    def _views_to_check(self):
        """The primary views that the addons define or extend."""
        data = self.env["ir.model.data"].search(
            [
                ("model", "=", "ir.ui.view"),
                ("module", "in", list(self._repository_modules())),
            ]
        )
        views = self.env["ir.ui.view"].browse(data.mapped("res_id")).exists()
        primaries = self.env["ir.ui.view"]
        for view in views.filtered(
            lambda view: view.type in ("form", "list", "kanban", "search")
        ):
            while view.mode == "extension" and view.inherit_id:
                view = view.inherit_id
            primaries |= view
        return primaries

    def _check_view(self, view, user):
        model = self.env[view.model].with_user(user)
        result = model.get_views([(view.id, view.type)])
        arch = etree.fromstring(result["views"][view.type]["arch"])
        models = result["models"]
        checker = ArchChecker(
            {name: description["fields"] for name, description in models.items()}
        )
        where = f" [{view.xml_id or view.name}, as {user.login}]"
        if view.type == "search":
            checker.check_search_view(arch, view.model, where)
        else:
            checker.check_record_view(arch, view.model, where=where)
        return checker.problems

    def test_checker_refuses_what_the_client_refuses(self):
        """The rules: unknown builtins, row fields in column_invisible, parent
        outside a subview, attributes of an id, comprehensions."""
        fields = {
            "line_ids": {"type": "one2many", "relation": "x.line"},
            "partner_id": {"type": "many2one", "relation": "res.partner"},
            "state": {"type": "selection"},
        }
        line_fields = {"quantity": {"type": "float"}}
        arch = etree.fromstring(
            """<form>
                <field name="state" invisible="len(line_ids) &lt; 2" />
                <field name="partner_id" readonly="partner_id.is_company" />
                <field name="line_ids" invisible="not line_ids">
                    <list>
                        <field name="quantity" column_invisible="quantity &gt; 1" />
                        <field name="quantity" readonly="parent.state == 'done'" />
                        <field name="quantity" required="parent.nothing" />
                    </list>
                </field>
                <button name="x" invisible="parent.state" />
                <button name="y" invisible="[l for l in line_ids]" />
                <button name="z" invisible="state == 'done' and context.get('a')" />
            </form>"""
        )
        checker = ArchChecker({"x.model": fields, "x.line": line_fields})
        checker.check_record_view(arch, "x.model")
        problems = "\n".join(checker.problems)
        self.assertIn("name 'len' is not defined", problems)
        self.assertIn("'len()' cannot be called", problems)
        self.assertIn("'partner_id.is_company': partner_id is an id", problems)
        self.assertIn("name 'quantity' is not defined", problems)
        self.assertIn("'parent.nothing' is not a field of the parent's view", problems)
        self.assertIn("'parent' does not exist here", problems)
        self.assertIn("ListComp is not parsed by the web client", problems)
        self.assertNotIn("'z'", problems)
        self.assertNotIn("parent.state ==", problems)

    def test_every_view_expression_is_valid_for_the_web_client(self):
        views = self._views_to_check()
        self.assertGreater(len(views), 20, "the addons' views were not found")
        problems = []
        for user in self.users:
            for view in views:
                try:
                    problems += self._check_view(view, user)
                except AccessError:
                    continue  # a view this user never opens
        self.assertFalse(
            problems,
            "View expressions the web client cannot evaluate:\n" + "\n".join(problems),
        )
