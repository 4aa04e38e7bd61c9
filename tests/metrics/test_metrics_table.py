"""MetricsTable as rows, records, pandas, polars, Arrow and HTML, with stated types."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import attrs
import pytest
from metrics_builders import district, review

from tayho_coord.datasets import tay_ho_2019
from tayho_coord.errors import ValidationError
from tayho_coord.metrics import ColumnKind, MetricsTable, PetitionScope, yearly
from tayho_coord.metrics._table import to_decimal
from tayho_coord.model import (
    Activities,
    AdminUnit,
    Competence,
    OversightGroup,
    OversightKind,
    PartialDate,
    PetitionStats,
    ReportedCount,
    UnitKind,
)

pd = pytest.importorskip("pandas")
pl = pytest.importorskip("polars")
pa = pytest.importorskip("pyarrow")


def two_rows() -> MetricsTable:
    unit = district()
    stats = PetitionStats(unit, PartialDate(2020), received=44, resolved=25)
    acts = Activities(hearings=ReportedCount(1234))
    return yearly([tay_ho_2019(), review(unit, 2020, acts, petitions=(stats,))])


# Half-up at the 16th digit (Luật Kế toán, Điều 17: a following digit of 5 or more rounds up).
@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Fraction(25, 44), "0.5681818181818182"),  # 0.56818181818181818...: 8 rounds up
        (Fraction(1, 3), "0.3333333333333333"),
        (Fraction(2, 3), "0.6666666666666667"),
        (Fraction(-2, 3), "-0.6666666666666667"),
        (Fraction(1, 2 * 10**16), "0.0000000000000001"),  # exactly half: up
        (Decimal("0.5682"), "0.5682000000000000"),
        (Decimal("0.12345678901234565"), "0.1234567890123457"),
        (7, "7.0000000000000000"),
    ],
)
def test_to_decimal(value: Fraction | Decimal | int, expected: str) -> None:
    out = to_decimal(value)
    assert out == Decimal(expected)
    assert out.as_tuple().exponent == -16


def test_to_decimal_overflow() -> None:
    with pytest.raises(ValidationError):
        to_decimal(10**22)


def test_rows_and_records() -> None:
    table = two_rows()
    assert len(table) == 2
    assert [r.year for r in table] == [2019, 2020]
    assert isinstance(table[0:1], MetricsTable)
    assert len(table[0:1]) == 1
    records = table.to_records()
    assert records[0]["hearings_basis"] == "stated"
    assert type(records[0]["hearings_basis"]) is str
    assert (records[0]["petitions_scope"], records[1]["petitions_scope"]) == ("district", "all")
    assert type(records[0]["petitions_scope"]) is str
    assert records[1]["resolution_rate"] == Fraction(25, 44)
    # The seed's printed 56,82%, exactly, as the same type as the computed rate.
    assert records[0]["resolution_rate"] == Fraction(5682, 10000)
    assert type(records[0]["resolution_rate"]) is Fraction
    assert records[0]["resolution_rate_printed"] == Decimal("0.5682")
    assert list(records[0]) == [c.name for c in MetricsTable.columns]
    vi = table.to_records(labels="vi")
    assert vi[0]["phiên giải trình"] == 3
    assert vi[0]["cơ quan thường trực"] == "Thường trực HĐND quận Tây Hồ"
    assert table.values("year") == (2019, 2020)
    assert table == two_rows()
    assert hash(table) == hash(two_rows())


def test_labels_are_checked() -> None:
    with pytest.raises(ValidationError):
        two_rows().to_records(labels="fr")  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        MetricsTable.column("nope")


def test_every_column_is_a_row_attribute_and_labels_are_unique() -> None:
    from attrs import fields

    from tayho_coord.metrics import MetricsRow

    # Every field is a column but the scope's wording, which only displays show (it is the
    # scope in other words, derived from the unit: exports keep the identifier "district"),
    # and the unit's level, which compare() checks.
    names = [f.name for f in fields(MetricsRow)]
    assert names[-2:] == ["petitions_scope_label", "unit_level"]
    assert [c.name for c in MetricsTable.columns] == names[:-2]
    assert len({c.vi for c in MetricsTable.columns}) == len(MetricsTable.columns)


def test_pandas_dtypes() -> None:
    df = two_rows().to_pandas()
    assert str(df["year"].dtype) == "Int64"
    assert str(df["hearings"].dtype) == "Int64"
    assert str(df["unit"].dtype) == "string"
    assert df["resolution_rate"].dtype == object
    assert str(df["resolution_rate_float"].dtype) == "Float64"
    assert df["hearings"].tolist() == [3, 1234]
    assert df["voter_contacts"].isna().all()  # unknown stays unknown, not 0
    assert df.loc[0, "resolution_rate"] == Decimal("0.5682000000000000")
    assert df.loc[1, "resolution_rate"] == Decimal("0.5681818181818182")
    assert df.loc[0, "resolution_rate_float"] == 0.5682
    assert pd.isna(df.loc[0, "resolution_rate_computed"])
    float_after = list(df.columns).index("resolution_rate") + 1
    assert df.columns[float_after] == "resolution_rate_float"
    vi = two_rows().to_pandas(labels="vi")
    assert "tỷ lệ giải quyết (số thực)" in vi.columns
    # One pair of parentheses per heading: "số thực" joins the one the heading has.
    assert "tỷ lệ giải quyết (công bố, số thực)" in vi.columns
    assert "tỷ lệ giải quyết (tính, số thực)" in vi.columns
    assert not [c for c in vi.columns if c.count("(") > 1]
    assert "năm" in vi.columns
    assert str(two_rows().to_pandas()["illustrative"].dtype) == "boolean"


def test_polars_dtypes() -> None:
    df = two_rows().to_polars()
    assert df.schema["year"] == pl.Int64
    assert df.schema["unit"] == pl.String
    assert df.schema["resolution_rate"] == pl.Decimal(38, 16)
    assert df.schema["resolution_rate_float"] == pl.Float64
    assert df["hearings"].to_list() == [3, 1234]
    assert df["voter_contacts"].null_count() == 2
    assert df["resolution_rate"].to_list() == [
        Decimal("0.5682000000000000"),
        Decimal("0.5681818181818182"),
    ]


def test_arrow_and_pycapsule() -> None:
    table = two_rows()
    arrow = table.to_arrow()
    assert arrow.schema.field("year").type == pa.int64()
    assert arrow.schema.field("resolution_rate").type == pa.decimal128(38, 16)
    assert arrow.schema.field("resolution_rate_float").type == pa.float64()
    assert pa.table(table).equals(arrow)
    via_capsule = pl.DataFrame(table)
    assert via_capsule.equals(table.to_polars())
    assert via_capsule.columns == arrow.column_names


def test_empty_table_keeps_its_types() -> None:
    empty = MetricsTable()
    assert empty.to_polars().schema["year"] == pl.Int64
    assert str(empty.to_pandas()["year"].dtype) == "Int64"
    assert empty.to_arrow().num_rows == 0
    exact = sum(c.kind is ColumnKind.EXACT for c in MetricsTable.columns)  # + a float each
    assert len(empty.to_arrow().schema) == len(MetricsTable.columns) + exact


def test_html_writes_numbers_the_vietnamese_way() -> None:
    # CLDR "vi": "." groups thousands, "," before decimals; two decimals, half-up.
    table = two_rows()
    text = table._repr_html_()
    assert "<th>phiên giải trình</th>" in text
    assert "<td>1.234</td>" in text
    assert "<td>56,82%</td>" in text  # printed 56,82% and computed 25/44 both show so
    assert "<td>số nêu</td>" in text
    assert "<td>công bố</td>" in text
    assert "<td>tính</td>" in text
    # The petitions' scope in the unit's own words, never the identifier: the seed says
    # "Tỷ lệ giải quyết cử tri thuộc thẩm quyền cấp quận" of quận Tây Hồ (Competence.label_in);
    # "tất cả kiến nghị" for figures not narrowed.
    assert "<td>thẩm quyền cấp quận</td>" in text
    assert "cấp huyện" not in text
    assert "<td>tất cả kiến nghị</td>" in text
    assert "district" not in text
    # Unknown is written out (vietnamese-rules: unknown, never 0; "–" reads as none).
    assert "<td>chưa rõ</td>" in text
    assert "–" not in text
    assert "Số liệu theo năm: 2/2 dòng" in text
    assert "<td>unknown</td>" in table.to_html(labels="en")
    assert "<td>?</td>" in table.to_html(na_rep="?")
    en = table.to_html(labels="en", max_rows=1, na_rep="NA")
    assert "<th>hearings</th>" in en
    assert "Yearly metrics: 1 of 2 rows" in en
    assert "<td>stated</td>" in en
    assert "<td>district</td>" in en
    assert "<td>NA</td>" in en
    assert "1.234" not in en  # only the first row is shown
    with pytest.raises(ValidationError):
        table.to_html(max_rows=-1)


# A year is an identifier, not a quantity: "2019", never "2.019" (the thousands dot of CLDR
# "vi" is for counts: "1.234").
def test_the_year_has_no_thousands_separator() -> None:
    for text in (two_rows().to_html(), two_rows().to_html(labels="en")):
        assert "<td>2019</td>" in text
        assert "<td>2020</td>" in text
        assert "2.019" not in text
        assert "2.020" not in text
    assert MetricsTable.column("year").identifier


# The Vietnamese headings of the rate say "tỷ lệ giải quyết" and name a column's basis
# ": nguồn số liệu", as every other basis column does.
@pytest.mark.parametrize(
    ("name", "heading"),
    [
        ("resolution_rate", "tỷ lệ giải quyết"),
        ("resolution_rate_basis", "tỷ lệ giải quyết: nguồn số liệu"),
        ("resolution_rate_printed", "tỷ lệ giải quyết (công bố)"),
        ("resolution_rate_printed_text", "tỷ lệ giải quyết (công bố, nguyên văn)"),
        ("resolution_rate_computed", "tỷ lệ giải quyết (tính)"),
        ("hearings_basis", "phiên giải trình: nguồn số liệu"),
        ("illustrative", "dữ liệu minh họa"),
    ],
)
def test_rate_headings(name: str, heading: str) -> None:
    assert MetricsTable.column(name).vi == heading


def test_basis_headings_are_worded_alike() -> None:
    for column in MetricsTable.columns:
        if column.name.endswith("_basis"):
            assert column.vi.endswith(": nguồn số liệu"), column.vi


def test_repr_shows_the_first_rows() -> None:
    assert repr(MetricsTable()) == "MetricsTable: 0 rows"
    text = str(two_rows())
    assert text.splitlines() == [
        "MetricsTable: 2 rows",
        "unit_id         year  illustrative  hearings  oversight_topics  resolution_rate",
        "ha-noi/tay-ho   2019  False         3         18                0.5682",
        "tinh-a/huyen-b  2020  False         1234      unknown           0.5682",
    ]
    assert repr(two_rows()) == text
    many = yearly([review(district(), year) for year in range(2000, 2012)])
    lines = repr(many).splitlines()
    assert lines[0] == "MetricsTable: 12 rows"
    assert len(lines) == 1 + 1 + 10 + 1
    assert lines[-1] == "... 2 more rows"


def test_html_escapes_text() -> None:
    unit = district("huyen-x", "<X & Y>")
    text = yearly([review(unit, 2020)]).to_html()
    assert "&lt;X &amp; Y&gt;" in text
    assert "<X" not in text


def test_kinds() -> None:
    kinds = {c.name: c.kind for c in MetricsTable.columns}
    assert kinds["year"] is ColumnKind.INT
    assert kinds["resolution_rate"] is ColumnKind.EXACT
    assert kinds["standing_body"] is ColumnKind.TEXT


def test_rows_are_checked() -> None:
    with pytest.raises(ValidationError, match=r"rows\[0\]"):
        MetricsTable([{"year": 2019}])  # type: ignore[list-item]


# The wording of a level names it by the unit's own kind (Competence.label_in; the seed:
# "thẩm quyền cấp quận" of quận Tây Hồ). A row built without the wording shows the generic
# label (Competence.label: the district level is "cấp huyện").
@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        (UnitKind.URBAN_DISTRICT, "thẩm quyền cấp quận"),
        (UnitKind.RURAL_DISTRICT, "thẩm quyền cấp huyện"),
        (UnitKind.DISTRICT_TOWN, "thẩm quyền cấp thị xã"),
        (UnitKind.PROVINCIAL_CITY, "thẩm quyền cấp thành phố"),
    ],
)
def test_scope_is_worded_by_the_units_kind(kind: UnitKind, expected: str) -> None:
    province = AdminUnit("tinh-a", UnitKind.PROVINCE, "A")
    unit = AdminUnit("tinh-a/b", kind, "B", parent=province)
    stats = PetitionStats(unit, PartialDate(2020), Competence.DISTRICT, received=4, resolved=1)
    table = yearly([review(unit, 2020, petitions=(stats,))])
    row = table[0]
    assert row.petitions_scope is PetitionScope.DISTRICT
    assert (row.petitions_scope_label, row.scope_text) == (expected, expected)
    assert f"<td>{expected}</td>" in table.to_html()
    assert "<td>district</td>" in table.to_html(labels="en")
    assert table.to_records()[0]["petitions_scope"] == "district"
    generic = MetricsTable([attrs.evolve(row, petitions_scope_label=None)])
    assert "<td>thẩm quyền cấp huyện</td>" in generic.to_html()


def test_scope_wording_needs_a_scope() -> None:
    row = yearly([tay_ho_2019()])[0]
    with pytest.raises(ValidationError, match="petitions_scope_label"):
        attrs.evolve(row, petitions_scope=None, petitions_scope_label="thẩm quyền cấp quận")
    with pytest.raises(ValidationError, match="petitions_scope_label"):
        attrs.evolve(row, petitions_scope_label=" ")
    bare = attrs.evolve(row, petitions_scope=None, petitions_scope_label=None)
    assert bare.scope_text is None


def test_a_summed_count_shows_as_an_upper_bound() -> None:
    # Tây Hồ 2019: 14 topics done jointly, 4 led by the Front; the seed never prints 18 and the
    # 4 may be among the 14, so the sum is at most ("tối đa") the number of distinct topics.
    table = yearly([tay_ho_2019()])
    vi = table.to_html()
    assert "<th>tổng nội dung giám sát, khảo sát, kiểm tra (tối đa)</th>" in vi
    assert "<td>tối đa 18</td>" in vi
    assert "<td>18</td>" not in vi
    assert "<td>14</td>" in vi  # one group's stated figure is shown as it is
    assert "<td>at most 18</td>" in table.to_html(labels="en")
    assert table.to_records()[0]["oversight_topics"] == 18  # data keeps the number


def test_a_one_group_count_is_not_marked_as_a_bound() -> None:
    groups = (OversightGroup(frozenset({OversightKind.SURVEY}), topics=ReportedCount(1234)),)
    text = yearly([review(district(), 2020, Activities(oversight=groups))]).to_html()
    assert "<td>1.234</td>" in text
    assert "tối đa" not in text.replace("(tối đa)</th>", "")
