"""The JSON Schema shipped in the package: current, valid, and true to the loader.

The layout it checks is the one described in ``tayho_coord/io/_converter.py``'s docstring.
"""

from __future__ import annotations

import copy
import importlib.util
import json
from importlib.resources import files
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest

from tayho_coord import DataError, dumps, loads
from tayho_coord.datasets import data_file, tay_ho_2019

ROOT = Path(__file__).resolve().parent.parent


def _load_script() -> Any:
    spec = importlib.util.spec_from_file_location("gen_schema", ROOT / "scripts" / "gen_schema.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


gen_schema = _load_script()


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    text = files("tayho_coord.io").joinpath("schema.json").read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


@pytest.fixture(scope="module")
def validator(schema: dict[str, Any]) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(schema)


def test_the_shipped_schema_and_the_docs_are_what_the_script_generates() -> None:
    stale = [
        str(path.relative_to(ROOT))
        for path, text in gen_schema.outputs().items()
        if path.read_text(encoding="utf-8") != text
    ]
    assert not stale, f"out of date, run: python scripts/gen_schema.py ({', '.join(stale)})"


def test_check_mode_reports_a_stale_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stale = tmp_path / "schema.json"
    stale.write_text("{}\n", encoding="utf-8")
    doc = tmp_path / "data-format.md"
    doc.write_text(gen_schema.DOC_PATH.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr(gen_schema, "SCHEMA_PATH", stale)
    monkeypatch.setattr(gen_schema, "DOC_PATH", doc)
    monkeypatch.setattr(gen_schema, "ROOT", tmp_path)
    assert gen_schema.main(["--check"]) == 1
    assert stale.read_text(encoding="utf-8") == "{}\n"  # --check changes nothing
    assert gen_schema.main([]) == 0
    assert gen_schema.main(["--check"]) == 0


def test_the_schema_is_a_valid_draft_2020_12_schema(schema: dict[str, Any]) -> None:
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


BUNDLED = sorted(
    p.name for p in (ROOT / "src" / "tayho_coord" / "datasets" / "data").glob("*.json")
)


def test_the_bundled_files_are_found() -> None:
    assert "tay_ho_2019.json" in BUNDLED


@pytest.mark.parametrize("name", BUNDLED)
def test_every_bundled_data_file_is_valid(
    validator: jsonschema.Draft202012Validator, name: str
) -> None:
    text = data_file(name)
    loads(text)  # the loader reads it too
    errors = [e.message for e in validator.iter_errors(json.loads(text))]
    assert errors == []


def test_what_dump_writes_is_valid(validator: jsonschema.Draft202012Validator) -> None:
    review = tay_ho_2019()
    documents = [review, review.reviewed, review.reviewed.unit, *review.petitions]
    for obj in documents:
        errors = [e.message for e in validator.iter_errors(json.loads(dumps(obj)))]
        assert errors == [], type(obj).__name__


def test_every_model_record_is_a_document_type(schema: dict[str, Any]) -> None:
    from tayho_coord import model

    records = {
        n
        for n in model.__all__
        if attrs.has(getattr(model, n))
        and not getattr(getattr(model, n), "__parameters__", ())
        and not getattr(getattr(model, n), "computed", False)  # results, not records
    }
    types = schema["properties"]["type"]["enum"]
    assert records <= set(types)
    assert "UnitHistory" in types or "UnitHistory" not in dir(model)
    for name in types:  # each one is a type the loader reads
        with pytest.raises(DataError) as caught:
            loads(json.dumps({"schema_version": 1, "type": name, "data": None}))
        assert all(p.path != "$.type" for p in caught.value.problems), name


def _bundled() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(data_file("tay_ho_2019.json"))
    return loaded


def _set(doc: dict[str, Any], path: tuple[str | int, ...], value: Any) -> dict[str, Any]:
    doc = copy.deepcopy(doc)
    node: Any = doc
    for key in path[:-1]:
        node = node[key]
    if value is _DELETE:
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return doc


_DELETE = object()

# Documents the loader refuses (the layout in tayho_coord/io/_converter.py's docstring and the
# model's validators): the schema must refuse them too, where a schema can say why.
_INVALID: list[tuple[str, tuple[str | int, ...], Any]] = [
    ("another layout version", ("schema_version",), 2),
    ("an unknown top-level key", ("comment",), "x"),
    ("a type that is not a model record", ("type",), "Dict"),
    ("no data", ("data",), _DELETE),
    ("an id with capitals", ("data", "id"), "Ha-Noi/Tay-Ho"),
    ("an exact date as a number", ("data", "held_on"), 20200211),
    ("an exact date given to the month only", ("data", "held_on"), "2020-02"),
    ("a partial date in day-first order", ("sources", 0, "published"), "11/02/2020"),
    ("a month 13", ("sources", 0, "published"), "2020-13"),
    ("an unknown field in a record", ("data", "reviewed", "budget"), 1),
    ("a period's start as a number", ("data", "reviewed", "period", "start"), 2019),
    ("an older file's year beside the period", ("data", "reviewed", "year"), 2019),
    ("a count below zero", ("data", "reviewed", "activities", "hearings", "count"), -1),
    ("a count given as true", ("data", "reviewed", "activities", "hearings", "count"), True),
    ("an enum by its name", ("agencies", 0, "kind"), "PEOPLES_COUNCIL"),
    ("a list given as a string", ("data", "reviewed", "parties"), "ha-noi/tay-ho/hdnd"),
    ("an empty title", ("sources", 0, "title"), ""),
    ("a title ending in a space", ("sources", 0, "title"), "Báo cáo "),
    ("a printed figure as a number", ("data", "petitions", 0, "printed_rate"), 56.82),
    ("a required field missing", ("units", 0, "kind"), _DELETE),
]


@pytest.mark.parametrize(
    ("path", "value"), [(p, v) for _, p, v in _INVALID], ids=[name for name, _, _ in _INVALID]
)
def test_the_schema_refuses_what_the_loader_refuses(
    validator: jsonschema.Draft202012Validator, path: tuple[str | int, ...], value: Any
) -> None:
    doc = _set(_bundled(), path, value)
    with pytest.raises(DataError):
        loads(json.dumps(doc))
    assert list(validator.iter_errors(doc)), "the schema accepted it"


def test_a_minimal_document_is_valid(validator: jsonschema.Draft202012Validator) -> None:
    doc = {"schema_version": 1, "type": "Source", "data": {"id": "s1", "title": "Báo cáo"}}
    loads(json.dumps(doc))
    assert list(validator.iter_errors(doc)) == []


def test_field_descriptions_come_from_the_docstrings(schema: dict[str, Any]) -> None:
    # The Attributes: section of tayho_coord.model.Citation's docstring.
    citation = schema["$defs"]["Citation"]["properties"]
    assert citation["excerpt"]["description"] == (
        "The words of the document the fact rests on, verbatim."
    )
    assert citation["source"]["description"] == "The document."
    assert schema["$defs"]["Citation"]["required"] == ["source", "excerpt"]


def test_attribute_docs_join_continuation_lines_and_stop_at_the_next_section() -> None:
    class Sample:
        """A sample.

        Attributes:
            first: One line.
            second: Two
                lines.

        Examples:
            third: not an attribute.
        """

    assert gen_schema.attribute_docs(Sample) == {"first": "One line.", "second": "Two lines."}


def test_docstring_markup_becomes_markdown() -> None:
    text = "see :class:`~tayho_coord.model.Roster` and :attr:`Truth.UNKNOWN`, ``None``"
    assert gen_schema.markdown(text) == "see `Roster` and `Truth.UNKNOWN`, `None`"
