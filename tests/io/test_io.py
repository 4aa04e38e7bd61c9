import io
import json
import os
import stat
from pathlib import Path

import pytest

import tayho_coord
from tayho_coord import DataError, FigureWarning, Problem, ValidationError
from tayho_coord.datasets import data_file, tay_ho_2019
from tayho_coord.io import dump, dumps, load, loads
from tayho_coord.model import (
    AdminUnit,
    Agency,
    AgencyKind,
    OversightGroup,
    OversightKind,
    PartialDate,
    ProgramReview,
    ReportedCount,
    Source,
    UnitKind,
)


def test_bundled_review_round_trips() -> None:
    review = tay_ho_2019()
    text = dumps(review)
    assert loads(text) == review
    # The dump is canonical: dumping what was loaded gives the same text again.
    assert dumps(loads(text)) == text


def test_bundled_file_is_what_dumps_writes() -> None:
    # The bundled file is written in the same layout the library dumps: nothing in it is
    # lost or reordered by a round trip.
    assert json.loads(dumps(tay_ho_2019())) == json.loads(data_file("tay_ho_2019.json"))


def test_entities_are_written_once_and_referenced_by_id() -> None:
    doc = json.loads(dumps(tay_ho_2019()))
    assert [u["id"] for u in doc["units"]] == ["ha-noi", "ha-noi/tay-ho"]
    assert doc["units"][1]["parent"] == "ha-noi"
    assert doc["data"]["reviewed"]["unit"] == "ha-noi/tay-ho"
    assert doc["data"]["hosts"] == [
        "ha-noi/tay-ho/hdnd",
        "ha-noi/tay-ho/ubnd",
        "ha-noi/tay-ho/mttq",
    ]
    assert doc["schema_version"] == 1
    assert doc["type"] == "ProgramReview"


def test_dump_and_load_a_path(tmp_path: Path) -> None:
    target = tmp_path / "review.json"
    dump(tay_ho_2019(), target)
    assert load(target) == tay_ho_2019()
    assert load(str(target)) == tay_ho_2019()
    with target.open("rb") as handle:
        assert load(handle) == tay_ho_2019()
    assert list(tmp_path.iterdir()) == [target]


def test_dump_to_an_open_file() -> None:
    buffer = io.StringIO()
    dump(tay_ho_2019(), buffer, indent=None)
    assert buffer.getvalue().count("\n") == 1
    assert loads(buffer.getvalue()) == tay_ho_2019()


def test_failed_dump_leaves_the_old_file_intact(tmp_path: Path) -> None:
    target = tmp_path / "unit.json"
    dump(Source("s1", "Báo cáo"), target)
    before = target.read_bytes()
    a = AdminUnit("x", UnitKind.WARD, "Bưởi")
    b = AdminUnit("x", UnitKind.WARD, "Yên Phụ")
    group = OversightGroup(
        frozenset({OversightKind.SUPERVISION}),
        partners=(
            Agency("ag", AgencyKind.PEOPLES_COMMITTEE, a),
            Agency("ag2", AgencyKind.PEOPLES_COMMITTEE, b),
        ),
    )
    with pytest.raises(ValidationError, match="two different records share this id"):
        dump(group, target)
    assert target.read_bytes() == before
    assert list(tmp_path.iterdir()) == [target]


@pytest.mark.parametrize("obj", [5, "x", None, {"a": 1}, [1], (1,), ReportedCount(3)])
def test_only_model_records_are_dumped(obj: object) -> None:
    with pytest.raises(ValidationError) as info:
        dumps(obj)
    assert info.value.field == "obj"


def test_failed_write_removes_the_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "s.json"
    target.write_text("old", encoding="utf-8")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("os.replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        dump(Source("s1", "Báo cáo"), target)
    assert target.read_text(encoding="utf-8") == "old"
    assert list(tmp_path.iterdir()) == [target]


def test_loading_reports_every_problem_with_its_path() -> None:
    doc = json.loads(data_file("tay_ho_2019.json"))
    doc["units"][1]["kind"] = "county"  # not a unit kind
    doc["people"][0]["name"]["nickname"] = "Thắng"  # unknown field
    data = doc["data"]
    data["held_on"] = "11/02/2020"  # not ISO
    del data["reviewed"]["period"]
    data["reviewed"]["year"] = "2019"  # an older file's year, as a string, not an integer
    data["reviewed"]["activities"]["hearings"]["count"] = 2  # fewer than the items named
    data["reviewed"]["activities"]["oversight"][1]["lead"] = "ha-noi/tay-ho/no-such-body"
    data["signed"]["key_tasks"]["items"][2]["text"] = ""
    data["colour"] = "red"
    with pytest.raises(DataError) as info:
        loads(json.dumps(doc), source="broken.json")
    err = info.value
    assert err.source == "broken.json"
    assert [str(p) for p in err.problems] == [
        '$.units[1].kind: "county" is not a UnitKind: one of "tỉnh", "thành phố trực thuộc '
        'Trung ương", "quận", "huyện", "thị xã", "thành phố thuộc tỉnh", "phường", "xã", '
        '"thị trấn", "đặc khu", "cả nước"',
        "$.people[0].name: unknown field(s): nickname",
        "$.data.held_on: '11/02/2020': expected an ISO date YYYY-MM-DD",
        '$.data.reviewed.year: expected an integer, got "2019"',
        "$.data.reviewed.activities.hearings.items: 3: names more items than the stated count 2",
        "$.data.reviewed.activities.oversight[1].lead: unknown agency id "
        "'ha-noi/tay-ho/no-such-body'",
        "$.data.signed.key_tasks.items[2].text: '': must be a non-empty string",
        "$.data: unknown field(s): colour",
    ]
    messages = {p.path: p.message for p in err.problems}
    assert "nickname" in messages["$.people[0].name"]
    assert "colour" in messages["$.data"]
    assert "no-such-body" in messages["$.data.reviewed.activities.oversight[1].lead"]
    assert "11/02/2020" in messages["$.data.held_on"]
    assert str(err).startswith(f"{len(err.problems)} problems in broken.json:")


def test_references_to_a_broken_entity_are_not_reported_again() -> None:
    doc = json.loads(data_file("tay_ho_2019.json"))
    doc["agencies"][4]["kind"] = "nope"  # the front, named by many records
    with pytest.raises(DataError) as info:
        loads(json.dumps(doc))
    assert info.value.problems == (Problem("$.agencies[4].kind", info.value.problems[0].message),)


@pytest.mark.parametrize(
    ("text", "path", "fragment"),
    [
        ("{", "$", "not valid JSON"),
        ("[]", "$", "a data file is a JSON object"),
        (b"\xff\xfe{", "$", "not"),
        (
            '{"schema_version": 2, "type": "Source", "data": {"id": "s", "title": "t"}}',
            "$.schema_version",
            "reads version 1",
        ),
        ('{"schema_version": 1, "type": "Nope", "data": {}}', "$.type", "not a type"),
        ('{"schema_version": 1, "type": "ReportedCount", "data": {}}', "$.type", "not a type"),
        ('{"schema_version": 1, "type": "__class__", "data": {}}', "$.type", "not a type"),
        ('{"schema_version": 1, "type": "Source"}', "$.data", "required field missing"),
        (
            '{"schema_version": 1, "type": "Source", "data": {"id": "s"}}',
            "$.data.title",
            "required field missing",
        ),
        (
            '{"schema_version": 1, "type": "Source", "data": {"id": "s", "title": 5}}',
            "$.data.title",
            "expected a string",
        ),
        (
            '{"schema_version": 1, "type": "Source", "sources": {}, '
            '"data": {"id": "s", "title": "t"}}',
            "$.sources",
            "expected a list",
        ),
        (
            '{"schema_version": 1, "type": "Source", "data": {"id": "s", "title": "t", '
            '"published": "2020-13"}}',
            "$.data.published",
            "must be an integer from 1 to 12",
        ),
        (
            '{"schema_version": 1, "type": "Source", "data": {"id": "s", "title": "t", '
            '"published": 2020}}',
            "$.data.published",
            "expected an ISO date",
        ),
    ],
)
def test_bad_documents(text: str | bytes, path: str, fragment: str) -> None:
    with pytest.raises(DataError) as info:
        loads(text)
    assert info.value.problems[0].path == path
    assert fragment in info.value.problems[0].message


def test_a_string_where_a_list_belongs_is_not_iterated() -> None:
    doc = json.loads(data_file("tay_ho_2019.json"))
    doc["data"]["hosts"] = "ha-noi/tay-ho/hdnd"
    with pytest.raises(DataError) as info:
        loads(json.dumps(doc))
    assert [p.path for p in info.value.problems] == ["$.data.hosts"]
    assert "expected a list" in info.value.problems[0].message


def test_entity_defined_twice() -> None:
    doc = json.loads(data_file("tay_ho_2019.json"))
    doc["people"].append(dict(doc["people"][0]))
    with pytest.raises(DataError) as info:
        loads(json.dumps(doc))
    assert [p.path for p in info.value.problems] == ["$.people[3].id"]


def test_a_partial_date_round_trips() -> None:
    for value in (PartialDate(2019), PartialDate(2020, 2), PartialDate(2020, 2, 11)):
        source = Source("s", "t", published=value)
        assert loads(dumps(source)) == source


def test_top_level_names() -> None:
    assert tayho_coord.load is load
    assert tayho_coord.dumps is dumps
    assert isinstance(tayho_coord.loads(dumps(tay_ho_2019())), ProgramReview)


def test_equal_partial_dates_are_shared_when_read() -> None:
    review = tay_ho_2019()
    again = loads(dumps(review))
    assert again.signed is not None
    assert review.signed is not None
    # The same text read twice gives the same (immutable) object.
    assert again.signed.signed_on is review.signed.signed_on


@pytest.mark.skipif(not hasattr(os, "umask"), reason="POSIX permission bits")
def test_dump_gives_ordinary_permissions_and_keeps_a_replaced_files(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        new = tmp_path / "new.json"
        dump(Source("s1", "Báo cáo"), new)
        assert stat.S_IMODE(new.stat().st_mode) == 0o644
        kept = tmp_path / "kept.json"
        kept.write_text("{}", encoding="utf-8")
        kept.chmod(0o640)
        dump(Source("s1", "Báo cáo"), kept)
        assert stat.S_IMODE(kept.stat().st_mode) == 0o640
    finally:
        os.umask(old)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[" * 100_000 + "]" * 100_000, "JSON nested too deeply to read"),
        (None, "expected JSON text (str or bytes), got NoneType"),
        (5, "expected JSON text (str or bytes), got int"),
    ],
)
def test_hostile_input_is_a_data_error(text: object, message: str) -> None:
    with pytest.raises(DataError) as info:
        loads(text)  # type: ignore[arg-type]
    assert [str(p) for p in info.value.problems] == [f"$: {message}"]


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (
            ("held_on", "2020-W07-2"),
            "$.data.held_on: '2020-W07-2': expected an ISO date YYYY-MM-DD",
        ),
        (
            ("held_on", 20200211),
            "$.data.held_on: expected an ISO date string YYYY-MM-DD, got 20200211",
        ),
        (("held_on", None), "$.data.held_on: expected an ISO date string YYYY-MM-DD, got null"),
        (("reviewed", "ha-noi"), '$.data.reviewed: expected an object, got "ha-noi"'),
        (("reporter", 5), "$.data.reporter: expected an agency id (a string), got 5"),
        (("hosts", {"a": 1}), "$.data.hosts: expected a list, got an object"),
    ],
)
def test_wrong_json_types_are_named_as_json(change: tuple[str, object], problem: str) -> None:
    doc = json.loads(data_file("tay_ho_2019.json"))
    key, value = change
    doc["data"][key] = value
    with pytest.raises(DataError) as info:
        loads(json.dumps(doc))
    assert [str(p) for p in info.value.problems] == [problem]


@pytest.mark.parametrize("version", [True, 1.0, "1"])
def test_schema_version_must_be_the_integer_1(version: object) -> None:
    doc = json.loads(data_file("tay_ho_2019.json"))
    doc["schema_version"] = version
    with pytest.raises(DataError) as info:
        loads(json.dumps(doc))
    assert [p.path for p in info.value.problems] == ["$.schema_version"]


def test_a_figure_warning_names_the_data_and_points_at_the_caller(tmp_path: Path) -> None:
    doc = json.loads(data_file("tay_ho_2019.json"))
    stats = doc["data"]["petitions"][0]
    # 25 of 44 is 56,82% (Fraction(25, 44) rounded half-up); 24 of 44 is 54,55%.
    stats["received"], stats["resolved"] = 44, 24
    path = tmp_path / "review.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.warns(FigureWarning) as record:
        load(path)
    (warning,) = record
    assert str(warning.message).startswith(f"{path}: ")
    assert "56,82%" in str(warning.message)
    assert warning.filename == __file__
