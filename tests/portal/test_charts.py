"""Server-drawn SVG charts: accessible, escaped, proportional, and in step with their tables."""

import re
import xml.etree.ElementTree as ET
from decimal import Decimal

import pytest

from portal.charts import bar_chart, chart_table, line_chart

NS = {"svg": "http://www.w3.org/2000/svg"}
UNITS = [
    ("Huyện Kim Sơn", 1245),
    ("Thành phố Tam Điệp", 312),
    ("Huyện Nho Quan", 830),
]
RATES = [
    {"name": "Tỷ lệ hộ nghèo", "points": [("2021", "3.07"), ("2022", "2.45"), ("2023", "1.86")]},
    {"name": "Tỷ lệ hộ cận nghèo", "points": [("2021", "3.52"), ("2022", "3.1"), ("2023", "3.6")]},
]


def parse(svg):
    return ET.fromstring(str(svg))  # noqa: S314 -- markup we just made, not untrusted input


def texts(root, cls):
    return [el.text for el in root.iterfind(f".//svg:text[@class='{cls}']", NS)]


def bars(root):
    return root.findall(".//svg:rect[@class='bar']", NS)


def table_cells(table):
    return re.findall(r"<td>(.*?)</td>", str(table))


def test_bar_chart_is_an_image_labelled_by_its_title_and_description():
    root = parse(bar_chart(UNITS, title="Số hộ nghèo năm 2023", unit="hộ"))
    assert root.get("role") == "img"
    assert root.get("width") == "100%"
    assert root.get("viewBox").startswith("0 0 ")
    title_id, desc_id = root.get("aria-labelledby").split()
    assert root.find(f"svg:title[@id='{title_id}']", NS).text == "Số hộ nghèo năm 2023"
    assert root.find(f"svg:desc[@id='{desc_id}']", NS) is not None


def test_bar_chart_description_names_the_highest_and_lowest():
    root = parse(bar_chart(UNITS, title="Số hộ nghèo", unit="hộ"))
    assert root.find("svg:desc", NS).text == (
        "Cao nhất: Huyện Kim Sơn (1.245 hộ); thấp nhất: Thành phố Tam Điệp (312 hộ)."
    )


def test_bar_chart_description_says_year_and_lists_missing_figures():
    points = [("2021", 10), ("2022", None), ("2023", 40)]
    root = parse(bar_chart(points, title="Số căn nhà", unit="căn"))
    assert root.find("svg:desc", NS).text == (
        "Cao nhất: năm 2023 (40 căn); thấp nhất: năm 2021 (10 căn); không có số liệu: năm 2022."
    )


@pytest.mark.parametrize(("horizontal", "attribute"), [(True, "width"), (False, "height")])
def test_bars_have_one_rect_per_point_with_lengths_proportional_to_values(horizontal, attribute):
    points = [("A", 300), ("B", 100), ("C", 200)]
    rects = bars(parse(bar_chart(points, title="T", horizontal=horizontal)))
    assert len(rects) == 3
    lengths = [float(rect.get(attribute)) for rect in rects]
    assert lengths[0] / lengths[1] == pytest.approx(3, rel=0.01)
    assert lengths[2] / lengths[1] == pytest.approx(2, rel=0.01)


@pytest.mark.parametrize("horizontal", [True, False])
def test_zero_value_draws_a_bar_of_zero_length(horizontal):
    rects = bars(parse(bar_chart([("A", 5), ("B", 0)], title="T", horizontal=horizontal)))
    assert float(rects[1].get("width" if horizontal else "height")) == 0


def test_missing_value_leaves_a_gap_and_the_table_says_no_data():
    points = [("Huyện Kim Sơn", 5), ("Huyện Yên Mô", None), ("Huyện Hoa Lư", 3)]
    root = parse(bar_chart(points, title="T"))
    assert len(bars(root)) == 2
    assert "không có số liệu" in texts(root, "value")
    table = chart_table(points, caption="T")
    assert table_cells(table) == ["5", "không có số liệu", "3"]


def test_line_chart_breaks_the_line_where_a_value_is_missing():
    series = [{"name": "S", "points": [("2021", 1), ("2022", None), ("2023", 2), ("2024", 3)]}]
    path = parse(line_chart(series, title="T")).find(".//svg:path[@class='line']", NS)
    assert path.get("d").count("M") == 2


@pytest.mark.parametrize("chart", ["bar", "line"])
def test_negative_values_are_refused(chart):
    points = [("2021", 3), ("2022", -1)]
    with pytest.raises(ValueError, match="-1"):
        if chart == "bar":
            bar_chart(points, title="T")
        else:
            line_chart([{"name": "S", "points": points}], title="T")


def test_labels_and_titles_are_escaped_text():
    points = [("<script>", 3), ("Nam & Bắc", 2)]
    svg = bar_chart(points, title="<b>Tiêu đề</b>", horizontal=True)
    root = parse(svg)
    assert root.find(".//svg:script", NS) is None
    assert "<script>" not in str(svg)
    assert texts(root, "label") == ["<script>", "Nam & Bắc"]
    assert root.find("svg:title", NS).text == "<b>Tiêu đề</b>"
    assert "&lt;script&gt;" in str(chart_table(points, caption="<i>"))


def test_svg_has_no_scripts_event_handlers_or_external_references():
    svg = str(bar_chart(UNITS, title="T")) + str(line_chart(RATES, title="T", unit="%"))
    assert not re.search(r"<script|<style|<image|<foreignObject|\son\w+=|href=|url\(", svg, re.I)
    assert 'font-family="system-ui, sans-serif"' in svg


def test_numbers_are_written_the_vietnamese_way():
    assert "1,86%" in texts(parse(line_chart(RATES, title="T", unit="%", decimals=2)), "value")
    root = parse(bar_chart([("2023", 34960), ("2024", 41100)], title="T", unit="hộ"))
    assert texts(root, "value") == ["34.960 hộ", "41.100 hộ"]
    money = [("2023", Decimal("41.1")), ("2024", 38.55)]
    assert texts(parse(bar_chart(money, title="T", unit="tỷ đồng", decimals=1)), "value")[0] == (
        "41,1 tỷ đồng"
    )


def test_bar_value_labels_are_the_table_cells():
    points = [("Huyện Kim Sơn", Decimal("1.5")), ("Huyện Yên Mô", None), ("Huyện Hoa Lư", 12)]
    root = parse(bar_chart(points, title="T", unit="%", decimals=1))
    cells = table_cells(chart_table(points, caption="T", unit="%", decimals=1))
    assert texts(root, "value") == cells == ["1,5%", "không có số liệu", "12,0%"]


def test_line_chart_labels_the_last_value_of_each_series_as_in_the_table():
    root = parse(line_chart(RATES, title="T", unit="%", decimals=2))
    cells = table_cells(chart_table(RATES, caption="T", unit="%", decimals=2))
    assert sorted(texts(root, "value")) == ["1,86%", "3,60%"]
    assert cells[-2:] == ["1,86%", "3,60%"]
    assert len(root.findall(".//svg:circle", NS)) >= 6


def test_table_has_caption_and_scoped_headers():
    table = str(chart_table(RATES, caption="Tỷ lệ hộ nghèo", unit="%", decimals=2))
    assert "<caption>Tỷ lệ hộ nghèo</caption>" in table
    headers = re.findall(r'<th scope="col">(.*?)</th>', table)
    assert headers == ["Năm", "Tỷ lệ hộ nghèo", "Tỷ lệ hộ cận nghèo"]
    assert re.findall(r'<th scope="row">(.*?)</th>', table) == ["2021", "2022", "2023"]


@pytest.mark.parametrize(
    ("points", "kind"),
    [
        ([("2021", 1), ("2022", 2), ("2023", 3)], "bar"),
        ([("Huyện Kim Sơn", 1), ("Huyện Yên Mô", 2)], "hbar"),
        ([(str(year), 1) for year in range(2011, 2021)], "hbar"),
    ],
    ids=["short-labels", "long-labels", "more-than-eight"],
)
def test_orientation_follows_label_length_and_bar_count(points, kind):
    assert f"chart--{kind}" in parse(bar_chart(points, title="T")).get("class")


def test_horizontal_bars_put_labels_left_of_the_bars():
    root = parse(bar_chart(UNITS, title="T"))
    label = root.find(".//svg:text[@class='label']", NS)
    assert label.get("text-anchor") == "end"
    assert float(label.get("x")) <= float(bars(root)[0].get("x"))


def test_axis_ticks_start_at_zero_and_a_rate_axis_stops_at_a_nice_maximum():
    root = parse(line_chart(RATES, title="T", unit="%", decimals=2))
    assert texts(root, "tick") == ["0%", "1%", "2%", "3%", "4%"]
    root = parse(bar_chart([("2022", 830), ("2023", 1245)], title="T", unit="hộ"))
    assert texts(root, "tick") == ["0", "250", "500", "750", "1.000", "1.250"]


def test_line_chart_draws_a_line_per_series_with_a_legend():
    root = parse(line_chart(RATES, title="T", unit="%", decimals=2))
    paths = root.findall(".//svg:path[@class='line']", NS)
    assert len(paths) == 2
    assert paths[0].get("stroke") != paths[1].get("stroke")
    assert texts(root, "legend") == ["Tỷ lệ hộ nghèo", "Tỷ lệ hộ cận nghèo"]


def test_line_chart_description_tells_each_trend():
    root = parse(line_chart(RATES, title="T", unit="%", decimals=2))
    assert root.find("svg:desc", NS).text == (
        "Tỷ lệ hộ nghèo giảm từ 3,07% năm 2021 xuống 1,86% năm 2023; "
        "Tỷ lệ hộ cận nghèo tăng từ 3,52% năm 2021 lên 3,60% năm 2023."
    )


def test_line_chart_of_one_unnamed_series_is_described_by_its_title():
    series = [{"name": "", "points": [("2022", 4), ("2023", 4)]}]
    root = parse(line_chart(series, title="Số mô hình", unit="mô hình"))
    assert (
        root.find("svg:desc", NS).text == "Số mô hình giữ ở mức 4 mô hình từ năm 2022 đến năm 2023."
    )


def test_ids_are_unique_across_charts_on_one_page():
    page = "".join(str(bar_chart(UNITS, title="T")) for _ in range(2)) + str(
        line_chart(RATES, title="T")
    )
    ids = re.findall(r'\sid="([^"]+)"', page)
    assert len(ids) == 6
    assert len(set(ids)) == 6


def test_colours_meet_aa_contrast_on_white():
    svg = str(bar_chart(UNITS, title="T")) + str(line_chart(RATES, title="T"))
    colours = set(re.findall(r'<(?:text|path|rect|circle)[^>]*?(?:fill|stroke)="(#\w{6})"', svg))

    def luminance(colour):
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    assert colours
    for colour in colours:
        assert 1.05 / (luminance(colour) + 0.05) >= 4.5, colour


@pytest.mark.parametrize(
    "chart",
    [
        bar_chart([], title="T"),
        bar_chart([("2023", None)], title="T"),
        line_chart([], title="T"),
        line_chart([{"name": "S", "points": []}], title="T"),
    ],
)
def test_empty_data_says_there_are_no_figures_yet(chart):
    assert str(chart) == '<p class="chart-empty">Chưa có số liệu.</p>'


def test_empty_data_renders_no_table():
    assert str(chart_table([], caption="T")) == ""
