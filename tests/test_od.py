"""OD tables: ids, counts, matrix building and CSV reading (pure methods, no QGIS)."""

import numpy as np
import pytest
from strukturbild.processing_algorithms.methods.od import (
    ODError,
    build_matrix,
    id_matcher,
    is_total_label,
    normalise_id,
    parse_count,
    read_csv_table,
    zone_ids_from_od,
)


def test_normalise_id():
    assert normalise_id(" 0114 ") == "0114"
    assert normalise_id(114.0) == "114"
    assert normalise_id(np.float64(301.0)) == "301"
    assert normalise_id(np.int64(7)) == "7"
    assert normalise_id("114.0") == "114"
    assert normalise_id("1kmN1756E4220") == "1kmN1756E4220"
    assert normalise_id(None) == ""
    assert normalise_id(2.5) == "2.5"


def test_id_matcher_leading_zeros_both_ways():
    m = id_matcher(["0114", 301, "1kmN1E2", "2480"])
    assert m("0114") == 0
    assert m("114") == 0
    assert m(114) == 0
    assert m("0301") == 1
    assert m("301") == 1
    assert m(" 1kmN1E2 ") == 2
    assert m("2480 Luleå") == 3  # SCB code-and-name label
    assert m("114 Upplands Väsby") == 0
    assert m("9999") is None
    assert m("Luleå") is None
    assert m.ambiguous == {}


def test_id_matcher_never_ambiguous():
    m = id_matcher(["0114", "114", "0180"])
    assert m("0114") == 0
    assert m("114") == 1
    assert m("00114") is None  # would be ambiguous: no match
    assert m("180") == 2
    assert "114" in m.ambiguous
    assert m.notes and "leading zeros" in m.notes[0]


def test_id_matcher_duplicate_zone_ids():
    with pytest.raises(ODError, match="more than once"):
        id_matcher(["0114", "0114"])


@pytest.mark.parametrize(
    "text, expected",
    [
        (1234, 1234.0),
        (12.5, 12.5),
        ("1234", 1234.0),
        ("1 234", 1234.0),
        ("1\u00a0234", 1234.0),
        ("1\u202f234", 1234.0),
        ("1 234 567", 1234567.0),
        ("12,5", 12.5),
        ("12.5", 12.5),
        ("1.234", 1.234),  # a single dot is a decimal point (documented)
        ("1 234,5", 1234.5),
        ("1.234,5", 1234.5),
        ("1,234.5", 1234.5),
        ("1.234.567", 1234567.0),
        (" 0 ", 0.0),
        ("-0", 0.0),
    ],
)
def test_parse_count_accepts(text, expected):
    assert parse_count(text) == pytest.approx(expected)


@pytest.mark.parametrize("text", ["abc", "..", "", "1,23,4", "1.2.3", "12,", ",5", "1 2x", "nan", float("inf")])
def test_parse_count_rejects(text):
    with pytest.raises(ValueError) as exc:
        parse_count(text)
    assert repr(text)[1:-1].strip() in str(exc.value) or text == ""


@pytest.mark.parametrize("text", ["-5", "\u22125", -1, "- 1 234"])
def test_parse_count_negative(text):
    with pytest.raises(ValueError, match="negative"):
        parse_count(text)


def test_total_labels():
    for label in ("Totalt", "SAMTLIGA", "Total", "Riket", "00 Riket"):
        assert is_total_label(label)
    assert not is_total_label("0114")
    assert not is_total_label("Totaltorp")


def test_build_matrix_basic():
    zones = ["0114", "0180", "0184"]
    od = build_matrix(
        ["114", "0114", "0114", "0180", "Totalt", "0180", "9999", "0114"],
        ["0114", "0180", "0180", "0184", "0180", "0180", "0180", "0999"],
        ["10", "1 000", 5, "2,5", "99999", "7", "3", "4"],
        zones,
    )
    m = od.matrix.toarray()
    assert od.zone_ids == zones
    assert m[0, 0] == 10  # diagonal kept
    assert m[0, 1] == 1005  # duplicate summed
    assert m[1, 2] == 2.5
    assert m[1, 1] == 7
    assert od.n_duplicates == 1
    assert od.total_rows_dropped == 1
    assert od.n_rows == 8 and od.n_used == 5
    assert od.unmatched == {"9999": (1, 3.0), "0999": (1, 4.0)}
    assert od.unmatched_total == 7.0
    assert od.zones_without_flows == []
    assert list(od.residents) == [1015, 9.5, 0]
    assert list(od.jobs) == [10, 1012, 2.5]
    assert any("total row" in n for n in od.notes)


def test_build_matrix_zone_without_flows():
    od = build_matrix(["1"], ["2"], [3], ["1", "2", "3"])
    assert od.zones_without_flows == ["3"]
    assert any("no flows" in n for n in od.notes)


def test_build_matrix_bad_values_name_row_and_text():
    with pytest.raises(ODError, match=r"row 3: .*'12x'"):
        build_matrix(["1", "1"], ["1", "2"], ["4", "12x"], ["1", "2"], first_row_number=2)
    with pytest.raises(ODError, match=r"row 1: negative"):
        build_matrix(["1"], ["2"], ["-4"], ["1", "2"])


def test_build_matrix_skip_bad_values():
    od = build_matrix(
        ["1", "1", "2"], ["1", "2", "2"], ["4", "..", "-1"], ["1", "2"], first_row_number=2, on_bad="skip"
    )
    assert od.bad_values == [(3, ".."), (4, "-1")]
    assert od.matrix.toarray().tolist() == [[4, 0], [0, 0]]
    assert any("bad value" in n for n in od.notes)


def test_build_matrix_empty():
    with pytest.raises(ODError, match="empty"):
        build_matrix([], [], [], ["1"])
    with pytest.raises(ODError, match="empty"):
        build_matrix(["Totalt"], ["Totalt"], ["5"], ["1"])
    with pytest.raises(ODError, match="no OD row matches"):
        build_matrix(["7"], ["8"], ["5"], ["1"])


def test_zone_ids_from_od():
    assert zone_ids_from_od(["0180", "0114", "Riket"], ["0114", "0184", "0114"]) == ["0114", "0180", "0184"]


def test_read_csv_table_semicolon_cp1252(tmp_path):
    path = tmp_path / "scb.csv"
    text = "Bostadskommun;Arbetsställekommun;Antal\r\n0114 Upplands Väsby;0180 Stockholm;12 345\r\n\r\n"
    text += "0180 Stockholm;0180 Stockholm;1 234,0\r\n"
    path.write_bytes(text.encode("cp1252"))
    header, rows = read_csv_table(path)
    assert header == ["Bostadskommun", "Arbetsställekommun", "Antal"]
    assert rows[0] == ["0114 Upplands Väsby", "0180 Stockholm", "12 345"]
    od = build_matrix([r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows], ["0114", "0180"])
    assert od.matrix.toarray().tolist() == [[0, 12345], [0, 1234]]


def test_read_csv_table_utf8_bom_tab_and_comma(tmp_path):
    path = tmp_path / "tab.csv"
    path.write_bytes("\ufeffa\tb\tc\n1\t2\t3,5\n".encode())
    assert read_csv_table(path) == (["a", "b", "c"], [["1", "2", "3,5"]])
    path2 = tmp_path / "comma.csv"
    path2.write_text('residence_code,workplace_code,employed\n0101,0104,"1 234"\n', encoding="utf-8")
    assert read_csv_table(path2) == (["residence_code", "workplace_code", "employed"], [["0101", "0104", "1 234"]])
