"""The project's one cattrs converter, and the document layout of data files.

A data file is one JSON document::

    {
      "schema_version": 1,
      "type": "ProgramReview",
      "sources": [...], "units": [...], "agencies": [...], "people": [...],
      "data": {...}
    }

Sources, units, agencies and people are *entities*: they are defined once in their own
list and referred to by ``id`` everywhere else, so a unit named by twenty records is written
once. Units and agencies are listed parents first. Everything else is nested in ``data``.
Dates are ISO strings (a partial date may be ``2019`` or ``2020-02``), exact numbers are
strings (``"0.5682"``), enums are their values.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import enum
import json
import types
import typing
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any, TypeVar

import attrs
import cattrs
from cattrs.errors import (
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn

from tayho_coord.errors import DataError, ParseError, Problem, TayHoError, ValidationError
from tayho_coord.model._agencies import Agency
from tayho_coord.model._people import Person
from tayho_coord.model._periods import NOT_STATED, NotStated
from tayho_coord.model._petition_reports import PetitionReport
from tayho_coord.model._petitions import PrintedFigure
from tayho_coord.model._programs import CoordinationProgram
from tayho_coord.model._provenance import Source
from tayho_coord.model._records import RECORD_TYPES, Record
from tayho_coord.model._time import ONGOING, Ongoing, PartialDate, parse_iso_date
from tayho_coord.model._timing import Timing
from tayho_coord.model._units import AdminUnit
from tayho_coord.model._voter_contacts import VoterContact

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

__all__ = [
    "ENTITY_SECTIONS",
    "SCHEMA_VERSION",
    "document_to_object",
    "get_converter",
    "object_to_document",
]

SCHEMA_VERSION = 1

T = TypeVar("T")

# Entity type -> the document's list that defines them, in the order they are read.
ENTITY_SECTIONS: dict[type[Any], str] = {
    Source: "sources",
    AdminUnit: "units",
    Agency: "agencies",
    Person: "people",
}

_RECORD_TYPE = typing.cast("type", Record)  # the union, where cattrs' errors want a class

_BROKEN = object()  # an entity whose definition had problems: references to it are not
# reported again.

_registry: contextvars.ContextVar[dict[type[Any], dict[str, Any]] | None] = contextvars.ContextVar(
    "tayho_coord_registry", default=None
)


class _UnknownReferenceError(TayHoError, ValueError):
    def __init__(self, kind: str, ref: object) -> None:
        super().__init__(f"unknown {kind} id {ref!r}")


class _SkipError(Exception):
    """Structuring failed only because a referenced entity was itself broken."""


def _structure_ref(cl: type[T]) -> Callable[[Any, Any], T]:
    section = ENTITY_SECTIONS[cl]

    kind = {"sources": "source", "units": "unit", "agencies": "agency", "people": "person"}[section]

    def hook(value: Any, _: Any) -> T:
        if not isinstance(value, str):
            article = "an" if kind[0] in "aeiou" else "a"
            raise TypeError(f"expected {article} {kind} id (a string), got {_json(value)}")
        registry = _registry.get()
        found = None if registry is None else registry[cl].get(value)
        if found is _BROKEN:
            raise _SkipError(value)
        if found is None:
            raise _UnknownReferenceError(kind, value)
        return typing.cast("T", found)

    return hook


# Partial dates are immutable: one object per distinct text is shared by every record that
# names it, so a million petitions of one year hold one PartialDate, not a million.
_shared_partial_date = lru_cache(maxsize=16384)(PartialDate.parse_iso)


def _structure_partial_date(value: Any, _: Any) -> PartialDate:
    if not isinstance(value, str):
        raise TypeError(
            f"expected an ISO date string (YYYY, YYYY-MM, YYYY-MM-DD), got {_json(value)}"
        )
    return _shared_partial_date(value)


def _structure_date(value: Any, _: Any) -> dt.date:
    # Only YYYY-MM-DD, as the command line reads it (model._time.parse_iso_date).
    if not isinstance(value, str):
        raise TypeError(f"expected an ISO date string YYYY-MM-DD, got {_json(value)}")
    return parse_iso_date(value)


def _structure_decimal(value: Any, _: Any) -> Decimal:
    if not isinstance(value, str):
        raise TypeError(f'exact numbers are written as strings, e.g. "0.5682"; got {_json(value)}')
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise ParseError(value, "not a decimal number") from None
    if not number.is_finite():
        raise ParseError(value, "not a finite number")
    return number


def _json(value: Any) -> str:
    """A JSON value as a data file shows it, for messages (``"2019"``, ``2019``, ``null``)."""
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _strict_int(value: Any, _: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"expected an integer, got {_json(value)}")
    return value


def _strict_str(value: Any, _: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected a string, got {_json(value)}")
    return value


def _strict_bool(value: Any, _: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"expected true or false, got {_json(value)}")
    return value


def _has_ongoing(t: Any) -> bool:
    return typing.get_origin(t) in (typing.Union, types.UnionType) and Ongoing in typing.get_args(t)


def _has_not_stated(t: Any) -> bool:
    union = typing.get_origin(t) in (typing.Union, types.UnionType)
    return union and NotStated in typing.get_args(t)


def _structure_with_not_stated(conv: cattrs.Converter, t: Any) -> Callable[[Any, Any], Any]:
    """``X | NotStated (| None)``: ``"not_stated"`` is a period the source does not state."""
    args = typing.get_args(t)
    inner = next(a for a in args if a not in (NotStated, type(None)))

    def hook(value: Any, _: Any) -> Any:
        if value == NOT_STATED.value:
            return NOT_STATED
        if value is None and type(None) in args:
            return None
        return conv.structure(value, inner)

    return hook


def _structure_with_ongoing(conv: cattrs.Converter, t: Any) -> Callable[[Any, Any], Any]:
    """``X | Ongoing | None``: ``"ongoing"`` is the open end, null the unknown one."""
    args = typing.get_args(t)
    others = [a for a in args if a not in (Ongoing, type(None))]
    inner = others[0]

    def hook(value: Any, _: Any) -> Any:
        if value == ONGOING.value:
            return ONGOING
        if value is None and type(None) in args:
            return None
        return conv.structure(value, inner)

    return hook


def _is_record(t: Any) -> bool:
    cl = typing.get_origin(t) or t
    return isinstance(cl, type) and attrs.has(cl) and cl not in ENTITY_SECTIONS


def _is_frozenset(t: Any) -> bool:
    return typing.get_origin(t) is frozenset or t is frozenset


def _is_sequence(t: Any) -> bool:
    args = typing.get_args(t)
    return typing.get_origin(t) is tuple and len(args) == 2 and args[1] is Ellipsis


@cache
def get_converter() -> cattrs.Converter:
    """The project's converter (one instance, built on first use).

    It is a :class:`cattrs.Converter` of its own (never the global one), with detailed
    validation and unknown keys forbidden.
    """
    conv = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)

    conv.register_structure_hook(int, _strict_int)
    conv.register_structure_hook(str, _strict_str)
    conv.register_structure_hook(bool, _strict_bool)
    conv.register_structure_hook(PartialDate, _structure_partial_date)
    conv.register_unstructure_hook(PartialDate, PartialDate.iso)
    conv.register_structure_hook(dt.date, _structure_date)
    conv.register_unstructure_hook(dt.date, dt.date.isoformat)
    conv.register_structure_hook(Decimal, _structure_decimal)
    conv.register_unstructure_hook(Decimal, str)

    def unstructure_frozenset(t: Any) -> Callable[[frozenset[Any]], list[Any]]:
        args = typing.get_args(t)
        inner = args[0] if args else Any

        def hook(value: frozenset[Any]) -> list[Any]:
            items = [conv.unstructure(v, unstructure_as=inner) for v in value]
            return sorted(items, key=repr)

        return hook

    conv.register_unstructure_hook_factory(_is_frozenset, unstructure_frozenset)

    # An end that may be open: ``"ongoing"``, null (unknown) or the end itself.
    conv.register_structure_hook_factory(_has_ongoing, lambda t: _structure_with_ongoing(conv, t))
    conv.register_unstructure_hook_factory(
        _has_ongoing, lambda t: lambda value: conv.unstructure(value, unstructure_as=type(value))
    )

    # A period the source does not state: ``"not_stated"``, never a period made up.
    conv.register_structure_hook_factory(
        _has_not_stated, lambda t: _structure_with_not_stated(conv, t)
    )
    conv.register_unstructure_hook_factory(
        _has_not_stated, lambda t: lambda value: conv.unstructure(value, unstructure_as=type(value))
    )

    # An enum is one of its values; a wrong one is named with the values it may take.
    def structure_enum(cl: type[enum.Enum]) -> Callable[[Any, Any], Any]:
        allowed = ", ".join(_json(member.value) for member in cl)

        def hook(value: Any, _: Any) -> Any:
            try:
                return cl(value)
            except ValueError:
                raise ValueError(
                    f"{_json(value)} is not a {cl.__name__}: one of {allowed}"
                ) from None

        return hook

    conv.register_structure_hook_factory(
        lambda t: isinstance(t, type) and issubclass(t, enum.Enum), structure_enum
    )

    # Records are JSON objects only: anything else is named as what it is, not as the
    # Python error of treating it as a mapping.
    def structure_record(t: Any) -> Callable[[Any, Any], Any]:
        base = make_dict_structure_fn(t, conv, _cattrs_forbid_extra_keys=True)

        def hook(value: Any, cl: Any) -> Any:
            if not isinstance(value, dict):
                raise TypeError(f"expected an object, got {_json(value)}")
            return base(value, cl)

        return hook

    conv.register_structure_hook_factory(_is_record, structure_record)

    # Lists in JSON only: a string or an object where a list belongs is an error, never
    # iterated character by character.
    conv.register_structure_hook_factory(_is_sequence, lambda t: _structure_sequence(conv, t))

    # A printed figure is written as the text the source printed ("56,82%"); its value and
    # precision are derived from that text when it is read.
    conv.register_unstructure_hook(PrintedFigure, lambda figure: figure.text)
    conv.register_structure_hook(
        PrintedFigure, lambda value, _: PrintedFigure(_strict_str(value, str))
    )

    # A plan's timing is written in the program's Vietnamese ("Hằng quý"), read back by
    # Timing.parse; a phrasing it does not know is a problem at its path.
    conv.register_unstructure_hook(Timing, lambda timing: timing.text)
    conv.register_structure_hook(Timing, lambda value, _: Timing.parse(_strict_str(value, str)))

    for cl in ENTITY_SECTIONS:
        conv.register_structure_hook(cl, _structure_ref(cl))
        conv.register_unstructure_hook(cl, lambda obj: obj.id)

    # A program of the files written before agreements had periods: ``"year": 2019`` is
    # read as the period of that calendar year (and written back as ``"period"``).
    program = make_dict_structure_fn(CoordinationProgram, conv, _cattrs_forbid_extra_keys=True)

    def structure_program(value: Any, cl: Any) -> CoordinationProgram:
        if not isinstance(value, dict):
            raise TypeError(f"expected an object, got {_json(value)}")
        if "year" not in value or "period" in value:
            return program(value, cl)
        year = value["year"]
        rest = {k: v for k, v in value.items() if k != "year"}
        if isinstance(year, int) and not isinstance(year, bool):
            start = f"{year:04d}" if 0 < year < 10000 else str(year)
            return program({**rest, "period": {"kind": "year", "start": start}}, cl)
        # A broken year is named as the file wrote it, beside the record's other problems
        # (found with a stand-in period; nothing else is kept of that attempt).
        problem = TypeError(f"expected an integer, got {_json(year)}")
        problem.__notes__ = [cattrs.errors.AttributeValidationNote("year", "year", int)]  # type: ignore[attr-defined]
        others: list[Exception] = []
        try:
            program({**rest, "period": {"kind": "year", "start": "2000"}}, cl)
        except ClassValidationError as exc:
            others = [e for e in exc.exceptions if isinstance(e, Exception)]
        except Exception:
            pass
        raise ClassValidationError(f"While structuring {cl.__name__}", [problem, *others], cl)

    conv.register_structure_hook(CoordinationProgram, structure_program)

    # A petition report of the files written before sessions were records: its ``"session"``
    # was a text, which names no council and no term, so it cannot be read as a session.
    # It is refused with what to write instead (nothing is guessed from the text).
    report = make_dict_structure_fn(PetitionReport, conv, _cattrs_forbid_extra_keys=True)

    def structure_report(value: Any, cl: Any) -> PetitionReport:
        if not isinstance(value, dict):
            raise TypeError(f"expected an object, got {_json(value)}")
        if not isinstance(value.get("session"), str):
            return report(value, cl)
        problem = ValidationError(
            "",
            value["session"],
            'a session is an object since this version: {"id": …, "council": "<the '
            'council\'s agency id>", "number": 6, "legislature": 12} (its days where the '
            'source gives them); write it so, or remove "session" and place the report by '
            '"period" or "as_of"',
        )
        problem.__notes__ = [cattrs.errors.AttributeValidationNote("session", "session", str)]  # type: ignore[attr-defined]
        # The record's other problems, found without the session (nothing else is kept of
        # that attempt); a report then placed by nothing is not one of them.
        found: list[Exception] = []
        try:
            report({k: v for k, v in value.items() if k != "session"}, cl)
        except ClassValidationError as exc:  # what detailed validation raises, every problem
            found = [e for e in exc.exceptions if isinstance(e, Exception)]
        others = [
            e
            for e in found
            if not (isinstance(e, ValidationError) and e.field == "period" and e.value is None)
        ]
        raise ClassValidationError(f"While structuring {cl.__name__}", [problem, *others], cl)

    conv.register_structure_hook(PetitionReport, structure_report)

    # A voter contact of the files written before figures kept their own bound: its
    # ``"lower_bounds"`` named the figures printed as bounds. Read without it, "trên 75"
    # would become an exact 75, so it is refused with what to write instead.
    contact = make_dict_structure_fn(VoterContact, conv, _cattrs_forbid_extra_keys=True)

    def structure_contact(value: Any, cl: Any) -> VoterContact:
        if not isinstance(value, dict):
            raise TypeError(f"expected an object, got {_json(value)}")
        if "lower_bounds" not in value:
            return contact(value, cl)
        problem = ValidationError(
            "",
            value["lower_bounds"],
            "a figure keeps its own bound since this version: write the word in the "
            f'figure\'s printed text ({_bounds_instead(value)}) and remove "lower_bounds"',
        )
        problem.__notes__ = [  # type: ignore[attr-defined]
            cattrs.errors.AttributeValidationNote("lower_bounds", "lower_bounds", list)
        ]
        others: list[Exception] = []
        try:
            contact({k: v for k, v in value.items() if k != "lower_bounds"}, cl)
        except ClassValidationError as exc:  # what detailed validation raises, every problem
            others = [e for e in exc.exceptions if isinstance(e, Exception)]
        raise ClassValidationError(f"While structuring {cl.__name__}", [problem, *others], cl)

    conv.register_structure_hook(VoterContact, structure_contact)

    # A record of any kind, where a collection holds many: {"type": "Meeting", "data": {…}}.
    names = {cl.__name__: cl for cl in RECORD_TYPES}
    allowed = ", ".join(names)

    def structure_any_record(value: Any, _: Any) -> Any:
        if not isinstance(value, dict):
            raise TypeError(f"expected an object, got {_json(value)}")
        extra = set(value) - {"type", "data"}
        if extra:
            raise ForbiddenExtraKeysError("", _RECORD_TYPE, extra)
        kind = value.get("type")
        if kind not in names:
            raise ValidationError("type", kind, f"is not a record kind: one of {allowed}")
        if "data" not in value:
            raise KeyError("data")
        try:
            return conv.structure(value["data"], names[kind])
        except Exception as exc:
            note = cattrs.errors.AttributeValidationNote("Structuring data", "data", names[kind])
            setattr(exc, "__notes__", [*getattr(exc, "__notes__", []), note])  # noqa: B010
            raise ClassValidationError("While structuring a record", [exc], _RECORD_TYPE) from None

    conv.register_structure_hook_factory(lambda t: t == Record, lambda _: structure_any_record)
    conv.register_unstructure_hook_factory(
        lambda t: t == Record,
        lambda _: (
            lambda value: {
                "type": type(value).__name__,
                "data": conv.unstructure(value, unstructure_as=type(value)),
            }
        ),
    )
    return conv


def _bounds_instead(value: dict[str, Any]) -> str:
    """What an old contact's ``lower_bounds`` say in this version's words, one figure each.

    ``"speakers": {"printed": "trên 75", …}`` for ``{"figure": "speakers", "word": "trên"}``
    beside ``"speakers": {"printed": "75", …}``; an entry that cannot be read so is said
    in general terms (nothing is guessed).
    """
    said: list[str] = []
    bounds = value["lower_bounds"]
    for bound in bounds if isinstance(bounds, list) else ():
        name = bound.get("figure") if isinstance(bound, dict) else None
        word = bound.get("word", "trên") if isinstance(bound, dict) else None
        figure = value.get(name) if isinstance(name, str) else None
        printed = figure.get("printed") if isinstance(figure, dict) else None
        if isinstance(printed, str) and isinstance(word, str):
            said.append(f'"{name}": {{"printed": {_json(f"{word} {printed}")}, …}}')
    return "; ".join(said) or '"printed": "trên 75" where the source printed "trên 75"'


def _structure_sequence(conv: cattrs.Converter, t: Any) -> Callable[[Any, Any], Any]:
    """A strict hook for ``tuple[X, ...]``: only a JSON list is accepted.

    Every item is tried; the problems of all of them are raised together, each with its
    index, as cattrs does for its own collections.
    """
    inner = typing.get_args(t)[0]

    def hook(value: Any, _: Any) -> tuple[Any, ...]:
        if not isinstance(value, list):
            raise TypeError(f"expected a list, got {_json(value)}")
        errors: list[Exception] = []
        out: list[Any] = []
        for i, item in enumerate(value):
            try:
                out.append(conv.structure(item, inner))
            except _SkipError:  # noqa: PERF203 - every item is tried, its problems kept
                continue
            except Exception as exc:
                note = IterableValidationNote(f"Structuring {t} @ index {i}", i, inner)
                # __notes__ is set by hand, as cattrs does: add_note() is Python 3.11+.
                setattr(exc, "__notes__", [*getattr(exc, "__notes__", []), note])  # noqa: B010
                errors.append(exc)
        if errors:
            raise IterableValidationError(f"While structuring {t!r}", errors, t)
        return tuple(out)

    return hook


_DEFINITION_HOOKS: dict[
    type[Any], tuple[Callable[[Any], dict[str, Any]], Callable[[Any, Any], Any]]
] = {}


def _definition_hooks(
    cl: type[Any],
) -> tuple[Callable[[Any], dict[str, Any]], Callable[[Any, Any], Any]]:
    """How an entity is written where it is defined (its fields), not referred to (its id)."""
    hooks = _DEFINITION_HOOKS.get(cl)
    if hooks is None:
        conv = get_converter()
        hooks = (
            make_dict_unstructure_fn(cl, conv),
            make_dict_structure_fn(cl, conv, _cattrs_forbid_extra_keys=True),
        )
        _DEFINITION_HOOKS[cl] = hooks
    return hooks


# -- walking the object graph ------------------------------------------------------------


def _children(obj: Any) -> Iterator[Any]:
    if attrs.has(type(obj)):
        for a in attrs.fields(type(obj)):
            if a.init:
                yield getattr(obj, a.name)
    elif isinstance(obj, (tuple, list, frozenset, set)):
        yield from obj
    elif isinstance(obj, dict):
        yield from obj.keys()
        yield from obj.values()


def _collect(obj: Any) -> dict[type[Any], dict[str, Any]]:
    """Every entity reachable from ``obj``, each with the things it refers to first."""
    found: dict[type[Any], dict[str, Any]] = {cl: {} for cl in ENTITY_SECTIONS}
    seen: set[int] = set()

    def visit(node: Any) -> None:
        if isinstance(node, (str, int, float, Decimal, Fraction, enum.Enum, dt.date)):
            return
        if id(node) in seen:
            return
        seen.add(id(node))
        for child in _children(node):
            visit(child)  # parents and sources before the entity itself
        cl = type(node)
        if cl in found:
            known = found[cl].get(node.id)
            if known is None:
                found[cl][node.id] = node
            elif known != node:
                raise ValidationError(
                    f"{ENTITY_SECTIONS[cl]}.id", node.id, "two different records share this id"
                )

    visit(obj)
    return found


def _canonical_order(entities: dict[str, Any]) -> list[Any]:
    """Entities sorted by id, each parent before its children (so a file reads top-down)."""
    done: dict[str, Any] = {}

    def emit(entity: Any) -> None:
        if entity.id in done:
            return
        parent = getattr(entity, "parent", None)
        if parent is not None and parent.id in entities:
            emit(parent)
        done[entity.id] = entity

    for key in sorted(entities):
        emit(entities[key])
    return list(done.values())


def object_to_document(obj: Any) -> dict[str, Any]:
    """The JSON-ready document for a model object (the inverse of document_to_object).

    Raises:
        ValidationError: ``obj`` is not a record a data file can hold, or two different
            records share an id.
    """
    from tayho_coord import model

    cl = type(obj)
    if getattr(model, cl.__name__, None) is not cl or not attrs.has(cl):
        raise ValidationError(
            "obj", cl.__name__, "is not a record of tayho_coord.model; a data file holds one"
        )
    if getattr(cl, "__parameters__", ()):
        raise ValidationError(
            "obj", cl.__name__, "is generic: write the record that holds it instead"
        )
    conv = get_converter()
    entities = _collect(obj)
    doc: dict[str, Any] = {"schema_version": SCHEMA_VERSION, "type": type(obj).__name__}
    for cl, section in ENTITY_SECTIONS.items():
        unstructure, _ = _definition_hooks(cl)
        doc[section] = [unstructure(e) for e in _canonical_order(entities[cl])]
    if type(obj) in ENTITY_SECTIONS:
        doc["data"] = _definition_hooks(type(obj))[0](obj)
    else:
        doc["data"] = conv.unstructure(obj, unstructure_as=type(obj))
    return doc


def _problems(exc: BaseException, path: str) -> Iterator[Problem]:
    if isinstance(exc, (ClassValidationError, IterableValidationError)):
        with_notes, without = exc.group_exceptions()
        for sub, note in with_notes:
            if isinstance(note, IterableValidationNote):
                sub_path = f"{path}[{note.index!r}]"
            else:
                sub_path = f"{path}.{note.name}"
            yield from _problems(sub, sub_path)
        for sub in without:
            yield from _problems(sub, path)
        return
    if isinstance(exc, _SkipError):
        return
    if isinstance(exc, ValidationError):
        field = exc.field
        sub_path = path if not field else f"{path}{'' if field.startswith('[') else '.'}{field}"
        yield Problem(sub_path, f"{exc.value!r}: {exc.reason}")
    elif isinstance(exc, ParseError):
        yield Problem(path, f"{exc.text!r}: {exc.reason}")
    elif isinstance(exc, KeyError):
        yield Problem(path, "required field missing")
    elif isinstance(exc, ForbiddenExtraKeysError):
        yield Problem(path, f"unknown field(s): {', '.join(sorted(exc.extra_fields))}")
    elif isinstance(exc, TayHoError):
        yield Problem(path, str(exc))
    elif isinstance(exc, (TypeError, ValueError, AttributeError)):
        text = str(exc)
        if "object has no attribute 'items'" in text or "argument after ** must be" in text:
            text = "expected an object"
        yield Problem(path, text)
    else:
        raise exc


def document_to_object(doc: Any, source: str | None = None) -> Any:
    """Build the model object a document describes.

    Raises:
        DataError: every problem found, each with its JSON path.
    """
    # Imported here: the public types a document may hold.
    from tayho_coord import model

    problems: list[Problem] = []
    if not isinstance(doc, dict):
        raise DataError([Problem("$", "a data file is a JSON object")], source)
    known = {"schema_version", "type", "data", *ENTITY_SECTIONS.values()}
    extra = sorted(set(doc) - known)
    if extra:
        problems.append(Problem("$", f"unknown field(s): {', '.join(extra)}"))
    version = doc.get("schema_version")
    if type(version) is not int or version != SCHEMA_VERSION:
        problems.append(
            Problem("$.schema_version", f"{version!r}: this library reads version {SCHEMA_VERSION}")
        )
    type_name = doc.get("type")
    target = getattr(model, type_name, None) if isinstance(type_name, str) else None
    # Generic records (ReportedCount) and computed results (a plan's Schedule, marked
    # ``computed``) are not what a data file holds.
    if not (
        isinstance(target, type)
        and attrs.has(target)
        and not getattr(target, "__parameters__", ())
        and not getattr(target, "computed", False)
    ):
        problems.append(Problem("$.type", f"{type_name!r}: not a type of tayho_coord.model"))
        target = None
    if "data" not in doc:
        problems.append(Problem("$.data", "required field missing"))

    registry: dict[type[Any], dict[str, Any]] = {cl: {} for cl in ENTITY_SECTIONS}
    token = _registry.set(registry)
    try:
        for cl, section in ENTITY_SECTIONS.items():
            entries = doc.get(section, [])
            if not isinstance(entries, list):
                problems.append(Problem(f"$.{section}", "expected a list"))
                continue
            _, structure = _definition_hooks(cl)
            for i, entry in enumerate(entries):
                path = f"$.{section}[{i}]"
                ident = entry.get("id") if isinstance(entry, dict) else None
                try:
                    obj = structure(entry, cl)
                except _SkipError:
                    obj = _BROKEN
                except Exception as exc:
                    problems.extend(_problems(exc, path))
                    obj = _BROKEN
                if isinstance(ident, str):
                    if ident in registry[cl]:
                        problems.append(Problem(f"{path}.id", f"{ident!r}: defined twice"))
                    else:
                        registry[cl][ident] = obj
        result = None
        if target is not None and "data" in doc:
            try:
                if target in ENTITY_SECTIONS:
                    result = _definition_hooks(target)[1](doc["data"], target)
                else:
                    result = get_converter().structure(doc["data"], target)
            except _SkipError:
                pass
            except Exception as exc:
                problems.extend(_problems(exc, "$.data"))
    finally:
        _registry.reset(token)
    if problems:
        raise DataError(problems, source)
    return result


def structure_as(value: Any, cl: type[T], path: str, source: str | None = None) -> T:
    """One model value of type ``cl`` from its JSON form (a part of a larger document).

    Raises:
        DataError: every problem found, each with its JSON path under ``path``.
    """
    try:
        result: T = get_converter().structure(value, cl)
    except Exception as exc:
        raise DataError(list(_problems(exc, path)), source) from None
    return result
