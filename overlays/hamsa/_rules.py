"""A request model's documented constraints, declared once as a table, and the three ways the
SDK applies it.

Each model a request can reach gets `_RULES`, one `field(...)` row per JSON field, generated
from the spec: its shape (a plain value, an enum, a nested model, a list of them) and its
checks (type, range, length, pattern, enum, items...). From that one table:

- `collect_violations()` words every broken constraint of a built model (hamsa._constraints);
- `_wire_ok(d)` tells whether a camelCase JSON dict is a valid body as it stands, so the
  request path sends it without building, checking and writing back a model;
- `_fields_wire(f)` does the same while copying the SDK's snake_case keyword arguments into
  the camelCase body.

The two fast answers may say yes only when the full path (from_dict, collect_violations,
to_wire) would accept the input and send the same JSON; whenever that is not obvious (a union,
a date, a typed map, a check with no quick test) they say no, and the full path decides and
words the problems. Each check pairs a quick accept (an expression that is true only for a
value that surely passes) with its wording helper, which runs only on a value that fails it.

These run on every request, so a table is compiled, the first time its model is used, into
the three functions written out for that model (as attrs and dataclasses write `__init__`):
a call per field would cost the request path about twice as much as inline tests.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, Final

from . import _constraints
from ._constraints import ABSENT, UUID_SEARCH, Violation
from ._model import Model
from ._names import to_snake

__all__ = [
    "ANY",
    "ARRAY",
    "BOOLEAN",
    "EACH_UUID",
    "ENUM",
    "ENUM_LIST",
    "INTEGER",
    "INT_ENUM",
    "LIST",
    "LIST_ANY",
    "NUMBER",
    "OTHER",
    "PLAIN",
    "STRING",
    "TYPED_EXTRA",
    "URI",
    "UUID",
    "RequestModel",
    "Rules",
    "each_one_of",
    "field",
    "items",
    "length",
    "list_of",
    "model",
    "number",
    "one_of",
    "other",
    "pattern",
]


# --- checks: one documented constraint each ------------------------------------------------


class Check:
    """A hamsa._constraints helper with its arguments, and a quick accept: an expression over
    `{v}` true only for a value that surely passes (None when only the helper can tell).
    `{c}` in it names the check's `constant`."""

    __slots__ = ("accept", "args", "constant", "helper", "kwargs")

    def __init__(
        self,
        helper: Callable[..., None],
        accept: str | None,
        *args: Any,
        constant: Any = None,
        **kwargs: Any,
    ) -> None:
        self.helper, self.accept, self.args, self.kwargs = helper, accept, args, kwargs
        self.constant = constant

    def report(self, out: list[Violation], path: str, value: Any, nullable: bool) -> None:
        if self.helper is _constraints.check_type:
            self.helper(out, path, value, *self.args, nullable)
        else:
            self.helper(out, path, value, *self.args, **self.kwargs)


def _typed(expected: str, accept: str) -> Check:
    # Exact types: bool is an int to Python but not a number to the API, and a subclass goes
    # the slow way, where check_type judges it. Whether null is allowed comes from the field.
    return Check(_constraints.check_type, accept, expected)


STRING: Final = _typed("string", "type({v}) is str")
NUMBER: Final = _typed("number", "type({v}) in (int, float)")
INTEGER: Final = _typed("integer", "type({v}) is int")
BOOLEAN: Final = _typed("boolean", "type({v}) is bool")
ARRAY: Final = _typed("array", "type({v}) is list")
UUID: Final = Check(_constraints.check_uuid, "type({v}) is str and UUID_SEARCH({v}) is not None")
EACH_UUID: Final = Check(
    _constraints.check_each_uuid,
    "type({v}) is list and all(type(i) is str and UUID_SEARCH(i) is not None for i in {v})",
)
URI: Final = Check(_constraints.check_uri, None)


def _bounds(size: str, low: tuple[str, float | None], high: tuple[str, float | None]) -> list[str]:
    (low_op, low_value), (high_op, high_value) = low, high
    found = [] if low_value is None else [f"{low_value!r} {low_op} {size}"]
    return found + ([] if high_value is None else [f"{size} {high_op} {high_value!r}"])


def _given(**values: Any) -> dict[str, Any]:
    return {key: value for key, value in values.items() if value is not None}


def number(
    *,
    minimum: float | None = None,
    maximum: float | None = None,
    exclusive_minimum: float | None = None,
    exclusive_maximum: float | None = None,
) -> Check:
    # isinstance also admits bools; check_number ignores them too, and the type check reports
    # them. NaN fails every bound.
    tests = ["isinstance({v}, (int, float))"]
    tests += _bounds("{v}", ("<=", minimum), ("<=", maximum))
    tests += _bounds("{v}", ("<", exclusive_minimum), ("<", exclusive_maximum))
    kwargs = _given(
        minimum=minimum,
        maximum=maximum,
        exclusive_minimum=exclusive_minimum,
        exclusive_maximum=exclusive_maximum,
    )
    return Check(_constraints.check_number, " and ".join(tests), **kwargs)


def length(*, min_length: int | None = None, max_length: int | None = None) -> Check:
    tests = ["isinstance({v}, str)", *_bounds("len({v})", ("<=", min_length), ("<=", max_length))]
    kwargs = _given(min_length=min_length, max_length=max_length)
    return Check(_constraints.check_length, " and ".join(tests), **kwargs)


def items(*, min_items: int | None = None, max_items: int | None = None) -> Check:
    tests = ["isinstance({v}, list)", *_bounds("len({v})", ("<=", min_items), ("<=", max_items))]
    kwargs = _given(min_items=min_items, max_items=max_items)
    return Check(_constraints.check_items, " and ".join(tests), **kwargs)


def pattern(regex: str) -> Check:
    return Check(_constraints.check_pattern, None, pattern=regex)


def one_of(*allowed: Any) -> Check:
    # A tuple compares with ==, so even an unhashable value is safe here.
    return Check(_constraints.check_enum, "{v} in {c}", constant=allowed, allowed=allowed)


def each_one_of(*allowed: Any) -> Check:
    return Check(_constraints.check_each_enum, None, allowed=allowed)


# --- kinds: the field's shape --------------------------------------------------------------


class Kind:
    """How a field's value is shaped: what from_dict/to_wire do with it, so what the fast
    paths may vouch for, and which nested models collect_violations() descends into."""

    __slots__ = ("classes", "copy_ok", "each", "name", "wire_ok")

    def __init__(
        self,
        name: str,
        wire_ok: bool = True,
        copy_ok: bool = True,
        classes: tuple[str, ...] = (),
        each: bool = False,
    ) -> None:
        self.name, self.wire_ok, self.copy_ok = name, wire_ok, copy_ok
        self.classes, self.each = classes, each


PLAIN: Final = Kind("plain")  # a string, number or bool, sent as it is
ANY: Final = Kind("any")  # free-form JSON
ENUM: Final = Kind("enum")  # a string enum member, or a plain string
INT_ENUM: Final = Kind("int_enum")
LIST: Final = Kind("list")  # a list of strings, numbers or bools
LIST_ANY: Final = Kind("list_any", copy_ok=False)  # a list of free-form JSON
ENUM_LIST: Final = Kind("enum_list")
OTHER: Final = Kind("other", wire_ok=False, copy_ok=False)  # a date, a union, a typed map...
# additional_properties of a declared type: from_dict converts them, so only the full path can.
TYPED_EXTRA: Final = "typed"


def model(*classes: str) -> Kind:
    """A nested model (one of several for a union: only the full path can tell which)."""
    exact = len(classes) == 1
    return Kind("model", wire_ok=exact, copy_ok=exact, classes=classes)


def list_of(*classes: str, exact: bool = True) -> Kind:
    exact = exact and len(classes) == 1
    return Kind("model_list", wire_ok=exact, copy_ok=exact, classes=classes, each=True)


def other(*classes: str, each: bool = False) -> Kind:
    """A shape only the full path judges, holding these models (a union of a model and text)."""
    return Kind("other", wire_ok=False, copy_ok=False, classes=classes, each=each)


# --- the table -------------------------------------------------------------------------------


class Field:
    __slots__ = ("checks", "kind", "name", "nullable", "wire")

    def __init__(
        self, wire: str, kind: Kind, checks: tuple[Check, ...], name: str, nullable: bool
    ) -> None:
        self.wire, self.kind, self.checks, self.name = wire, kind, checks, name
        self.nullable = nullable


def field(wire: str, *parts: Kind | Check, name: str | None = None, null: bool = False) -> Field:
    """One JSON field: its key, its shape (PLAIN unless given), its checks, in the order they
    are reported. `name` is the attribute when it is not the key's snake_case; `null`: the
    spec allows null."""
    kinds = [part for part in parts if isinstance(part, Kind)]
    checks = tuple(part for part in parts if isinstance(part, Check))
    return Field(wire, kinds[0] if kinds else PLAIN, checks, name or to_snake(wire), null)


class Rules:
    """A model's table (its generated `_RULES`)."""

    def __init__(self, *fields: Field, extra: str = "") -> None:
        self.fields = fields
        self.extra = extra  # "": no additional_properties, "open": any, TYPED_EXTRA

    def compile(self, owner: type[Any]) -> dict[str, Callable[..., Any]]:
        """The model's collect_violations, _wire_ok and _fields_wire, written out."""
        return _Writer(self, owner).functions()


_SCALAR_TEST: Final = "(v is None or type(v) in (str, int, float, bool))"


class _Writer:
    """Writes one model's three functions from its table."""

    def __init__(self, rules: Rules, owner: type[Any]) -> None:
        self.rules, self.owner = rules, owner
        # The generated class that declares the table (owner may be a subclass of it, such as
        # hamsa.VoiceAgent) names its nested models in its own package.
        declared = next(c for c in owner.__mro__ if "_RULES" in vars(c))
        package = importlib.import_module(declared.__module__.rpartition(".")[0])
        self.namespace: dict[str, Any] = {
            "ABSENT": ABSENT,
            "UUID_SEARCH": UUID_SEARCH,
            "Violation": Violation,
        }
        self.classes: dict[str, str] = {}
        for f in rules.fields:
            for name in f.kind.classes:
                self.namespace[name] = getattr(package, name)
        # A response shape also checked as input (x-hamsa-request-checks) requires less of it.
        self.required = set(owner._REQUIRED_JSON_KEYS)
        self.input_required = set(getattr(owner, "_INPUT_REQUIRED_JSON_KEYS", self.required))

    def _name(self, value: Any) -> str:
        name = f"_k{len(self.namespace)}"
        self.namespace[name] = value
        return name

    def _accept(self, check: Check, var: str = "v") -> str | None:
        if check.accept is None:
            return None
        constant = "" if check.constant is None else self._name(check.constant)
        return check.accept.replace("{v}", var).replace("{c}", constant)

    def functions(self) -> dict[str, Callable[..., Any]]:
        source = "\n".join([self._collect(), self._wire_ok(), self._fields_wire()])
        exec(compile(source, f"<hamsa rules of {self.owner.__qualname__}>", "exec"), self.namespace)
        return {
            name: self.namespace[name]
            for name in ("collect_violations", "_wire_ok", "_fields_wire")
        }

    # -- collect_violations(self, prefix, out): every broken constraint, worded -------------

    def _collect(self) -> str:
        lines = [
            "def collect_violations(self, prefix='', out=None):",
            "    out = [] if out is None else out",
        ]
        for f in self.rules.fields:
            body = []
            required = f.wire in self.required
            guard = "" if required else "v is not None and "
            path = f"prefix + {f.name!r}"
            for check in f.checks:
                report = self._name(check.report)
                call = f"{report}(out, {path}, v, {f.nullable})"
                accept = self._accept(check)
                if accept is not None:
                    body += [f"if {guard}not ({accept}):", f"    {call}"]
                elif guard:
                    body += ["if v is not None:", f"    {call}"]
                else:
                    body.append(call)
                if check.helper is _constraints.check_type and not f.nullable and not required:
                    # None reads as "not given"; a null the input did send is still reported.
                    body += [
                        f"if v is None and {f.wire!r} in self._wire_nulls:",
                        f"    {report}(out, {path}, None, False)",
                    ]
            if f.kind.classes:
                classes = "(" + ", ".join(f.kind.classes) + ",)"
                if f.kind.each:
                    body += [
                        "if isinstance(v, list):",
                        "    for index, item in enumerate(v):",
                        f"        if isinstance(item, {classes}):",
                        f"            item.collect_violations(f'{{prefix}}{f.name}[{{index}}].', out)",
                    ]
                else:
                    body += [
                        f"if isinstance(v, {classes}):",
                        f"    v.collect_violations({path} + '.', out)",
                    ]
            if body:
                lines += [f"    v = self.{f.name}", *("    " + line for line in body)]
        return "\n".join([*lines, "    return out", ""])

    # -- _wire_ok(d): a camelCase dict valid as it stands ------------------------------------

    def _shape(self, kind: Kind, copying: bool) -> str | None:
        """An expression true when `v` round-trips unchanged through this kind (checks aside);
        None when only the full path can tell. Copying: nested models are copied, and so
        checked, by the copy lines."""
        name = kind.name
        if name in ("plain", "any"):
            return ""
        if name == "enum":
            return "isinstance(v, str)"  # a StrEnum member or a plain str
        if name == "int_enum":
            return "type(v) is int"
        if name in ("list", "list_any"):
            return "type(v) is list"
        if name == "enum_list":
            return "type(v) is list and all(isinstance(i, str) for i in v)"
        if not kind.wire_ok:
            return None
        if copying:
            return ""
        nested = kind.classes[0]
        if name == "model":
            return f"type(v) is dict and {nested}._wire_ok(v)"
        return f"type(v) is list and all(type(i) is dict and {nested}._wire_ok(i) for i in v)"

    def _tests(self, f: Field, fail: str, copying: bool) -> list[str] | None:
        """Statements that `return {fail}` unless a present, non-null `v` passes the field's
        shape and checks; None when only the full path can judge the field."""
        shape = self._shape(f.kind, copying)
        if shape is None:
            return None
        accepts = [shape] if shape else []
        calls = []
        for check in f.checks:
            accept = self._accept(check)
            if accept is not None:
                accepts.append(accept)
            else:
                calls.append(f"{self._name(check.report)}(out, '', v, {f.nullable})")
        if not accepts and not calls and not copying:
            accepts.append("v is not None")  # anything JSON-ready goes
        lines = []
        if accepts:
            test = " and ".join(f"({a})" if " or " in a else a for a in accepts)
            lines += [f"if not ({test}):", f"    return {fail}"]
        return lines + calls

    def _wire_ok(self) -> str:
        lines = ["def _wire_ok(d):"]
        if self.rules.extra == TYPED_EXTRA:  # from_dict converts them
            return "\n".join([*lines, "    return False", ""])
        for f in self.rules.fields:
            required = f.wire in self.input_required
            tests = self._tests(f, "False", copying=False)
            if tests is None:  # absent is fine unless the field is required
                lines += (
                    ["    return False"]
                    if required
                    else [f"    if {f.wire!r} in d:", "        return False"]
                )
                continue
            guards = [] if required else ["v is not ABSENT"]
            if f.nullable:
                guards.append("v is not None")
            lines.append(f"    v = d.get({f.wire!r}, ABSENT)")
            if required:
                lines += ["    if v is ABSENT:", "        return False"]
            if guards:
                lines += [f"    if {' and '.join(guards)}:", *("        " + t for t in tests)]
            else:
                lines += ["    " + t for t in tests]
        if not self.rules.extra:
            self.namespace["_KNOWN"] = frozenset(f.wire for f in self.rules.fields)
            lines += ["    if not d.keys() <= _KNOWN:", "        return False"]
        return self._with_out(lines, "return not out", "return True")

    def _with_out(self, lines: list[str], with_out: str, without: str) -> str:
        if any("(out, " in line for line in lines):
            lines.insert(1, "    out = []")
            return "\n".join([*lines, "    " + with_out, ""])
        return "\n".join([*lines, "    " + without, ""])

    # -- _fields_wire(f): snake_case keyword arguments to a checked body ---------------------

    def _copy(self, kind: Kind) -> list[str] | None:
        """Statements turning a present, non-null `v` into its wire value (None: only the full
        path can)."""
        if kind.name == "any":
            return [f"if not {_SCALAR_TEST}:", "    return None"]  # a dict here would be renamed
        if kind.name in ("plain", "enum", "int_enum", "list", "enum_list"):
            return []
        if not kind.copy_ok:
            return None
        nested = kind.classes[0]
        if kind.name == "model":
            return [
                "if type(v) is not dict:",
                "    return None",
                f"v = {nested}._fields_wire(v)",
                "if v is None:",
                "    return None",
            ]
        return [
            "if type(v) is not list:",
            "    return None",
            f"v = [{nested}._fields_wire(i) if type(i) is dict else None for i in v]",
            "if None in v:",
            "    return None",
        ]

    def _fields_wire(self) -> str:
        lines = ["def _fields_wire(f):"]
        if self.rules.extra == TYPED_EXTRA:
            return "\n".join([*lines, "    return None", ""])
        lines.append("    w = {}")
        for f in self.rules.fields:
            snake = to_snake(f.wire)
            required = f.wire in self.input_required
            tests = self._tests(f, "None", copying=True)
            copy = self._copy(f.kind)
            if tests is None or copy is None or not snake.isidentifier():
                lines += (
                    ["    return None"]
                    if required
                    else [f"    if {snake!r} in f:", "        return None"]
                )
                continue
            work = tests + copy or [f"if not {_SCALAR_TEST}:", "    return None"]
            if f.nullable:
                work = ["if v is not None:", *("    " + line for line in work)]
            lines.append(f"    v = f.get({snake!r}, ABSENT)")
            if required:
                lines += ["    if v is ABSENT:", "        return None", *("    " + w for w in work)]
                lines.append(f"    w[{f.wire!r}] = v")
            else:
                lines += ["    if v is not ABSENT:", *("        " + w for w in work)]
                lines.append(f"        w[{f.wire!r}] = v")
        # A key not copied (an unknown field, a camelCase spelling, NOT_GIVEN...): full path.
        lines += ["    if len(w) != len(f):", "        return None"]
        return self._with_out(lines, "return None if out else w", "return w")


class RequestModel(Model):
    """Base of the generated models a request can reach: their checks come from `_RULES`.

    The first call of any of the three methods writes them for the model (Rules.compile) and
    puts them on the class in place of these."""

    __slots__ = ()
    _RULES: ClassVar[Rules]

    def collect_violations(
        self, prefix: str = "", out: list[Violation] | None = None
    ) -> list[Violation]:
        """Every documented constraint this value breaks, each named by its field path."""
        collect: Callable[..., list[Violation]] = _install(type(self))["collect_violations"]
        return collect(self, prefix, out)

    def validate(self) -> None:
        """Raise hamsa.RequestValidationError listing every broken constraint, if any."""
        _constraints.raise_if_any(self.collect_violations())

    @classmethod
    def _wire_ok(cls, d: Mapping[str, Any]) -> bool:
        """True when `d` (camelCase JSON) is a valid body that from_dict/to_wire would send
        unchanged; False sends it the full way, which checks and words every problem."""
        wire_ok: Callable[[Mapping[str, Any]], bool] = _install(cls)["_wire_ok"]
        return wire_ok(d)

    @classmethod
    def _fields_wire(cls, f: Mapping[str, Any]) -> dict[str, Any] | None:
        """The body for the SDK's snake_case keyword arguments `f`, checked as _wire_ok checks
        it; None when only the full path (hamsa._wire) can build and check it: a model object,
        a camelCase key, an unknown field, user-keyed data..."""
        body: dict[str, Any] | None = _install(cls)["_fields_wire"](f)
        return body


def _install(owner: type[RequestModel]) -> dict[str, Callable[..., Any]]:
    functions = owner._RULES.compile(owner)
    owner.collect_violations = functions["collect_violations"]  # type: ignore[method-assign]
    owner._wire_ok = staticmethod(functions["_wire_ok"])  # type: ignore[method-assign]
    owner._fields_wire = staticmethod(functions["_fields_wire"])  # type: ignore[method-assign]
    return functions
