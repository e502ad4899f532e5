"""strukturbild:assemblemap on the demo strukturbild: a real PDF with the legend as text."""

import subprocess

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

COUNTIES = "\"adm_niva\" = 'lan' AND \"kod\" IN ('05', '06', '08')"


def _pdftotext(path):
    text = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return " ".join(text.split())  # a title may wrap over two lines


def _first_page_ink(path, tmp_path):
    """Share of non-white pixels on page 1, rendered by pdftoppm (an independent PDF renderer)."""
    from qgis.PyQt.QtGui import QImage

    prefix = tmp_path / "page"
    subprocess.run(["pdftoppm", "-r", "30", "-f", "1", "-l", "1", "-png", str(path), str(prefix)], check=True)
    image = QImage(str(next(tmp_path.glob("page*.png"))))
    assert not image.isNull()
    inked = total = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            total += 1
            if image.pixelColor(x, y).lightness() < 235:
                inked += 1
    return inked / total


@pytest.fixture(scope="module")
def demo_pdf(processing_provider, demo_gpkg, tmp_path_factory):
    import processing

    out = tmp_path_factory.mktemp("map") / "demo.pdf"
    result = processing.run("strukturbild:assemblemap", {
        "STRUKTURBILD": str(demo_gpkg),
        "TEMPLATE": "A3_landscape",
        "TITLE": "Strukturbild för gränsbygden",
        "SUBTITLE": "Östergötland, Jönköping och Kalmar",
        "SOURCES": "SCB, Naturvårdsverket",
        "EXTENT_LAYER": f"{demo_gpkg}|layername=administrativ_indelning",
        "EXTENT_FILTER": COUNTIES,
        "OUTPUT": str(out),
    })
    return out, result


def test_pdf_is_written_and_not_blank(demo_pdf, tmp_path):
    path, result = demo_pdf
    assert result["OUTPUT"] == str(path)
    assert path.stat().st_size > 50_000
    assert _first_page_ink(path, tmp_path) > 0.15


def test_pdf_text_holds_title_and_legend_entries(demo_pdf):
    path, _ = demo_pdf
    text = _pdftotext(path)
    for expected in ("Strukturbild för gränsbygden", "Teckenförklaring", "Regional kärna", "Regional nod",
                     "Funktionellt samband", "Gränsöverskridande samband", "Utvecklingsstråk", "Källa: SCB",
                     "km", "Linköping"):
        assert expected in text, expected
    # elements without features are not in the legend
    assert "Bytespunkt" not in text
    assert "Värdetrakt" not in text


def test_pdf_fonts_are_embedded(demo_pdf):
    path, _ = demo_pdf
    fonts = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:] if line.strip()]
    assert rows, "the PDF has no text fonts: text was drawn as outlines"
    assert all(row[-5] == "yes" for row in rows), fonts  # the 'emb' column


def test_scale_and_layers_in_results(demo_pdf):
    _, result = demo_pdf
    assert result["N_LAYERS"] >= 6
    denominator = int(result["SCALE"].split(":")[1])
    assert 500_000 <= denominator <= 3_000_000


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_png_and_svg_by_extension(processing_provider, demo_gpkg, tmp_path, suffix):
    import processing

    out = tmp_path / f"map{suffix}"
    processing.run("strukturbild:assemblemap", {"STRUKTURBILD": str(demo_gpkg), "TEMPLATE": "A4_portrait",
                                                "OUTPUT": str(out)})
    assert out.stat().st_size > 10_000
    if suffix == ".svg":
        assert "Regional kärna" in out.read_text(encoding="utf-8")


def test_english_legend(processing_provider, demo_gpkg, tmp_path):
    import processing

    out = tmp_path / "en.pdf"
    processing.run("strukturbild:assemblemap", {"STRUKTURBILD": str(demo_gpkg), "LANGUAGE": 1,
                                                "TEMPLATE": "presentation_16x9", "OUTPUT": str(out)})
    text = _pdftotext(out)
    assert "Regional core" in text and "Legend" in text
    assert "Regional kärna" not in text


def test_bad_template_path_is_a_clear_error(processing_provider, demo_gpkg, tmp_path):
    import processing

    with pytest.raises(QgsProcessingException, match="template"):
        processing.run("strukturbild:assemblemap", {"STRUKTURBILD": str(demo_gpkg),
                                                    "TEMPLATE": str(tmp_path / "no_such.qpt"),
                                                    "OUTPUT": str(tmp_path / "x.pdf")})
    assert not (tmp_path / "x.pdf").exists()


def test_geographic_extent_layer_is_a_clear_error(processing_provider, demo_gpkg, tmp_path):
    import processing
    from conftest import TEST_DATA

    wgs84 = QgsVectorLayer(str(TEST_DATA / "lan_wgs84.geojson"), "län (WGS 84)", "ogr")
    assert wgs84.isValid() and wgs84.crs().isGeographic()
    with pytest.raises(QgsProcessingException, match="geographic"):
        processing.run("strukturbild:assemblemap", {"STRUKTURBILD": str(demo_gpkg), "EXTENT_LAYER": wgs84,
                                                    "OUTPUT": str(tmp_path / "x.pdf")})
    assert not (tmp_path / "x.pdf").exists()


def test_extra_layer_matched_by_name_and_unmatched_layer_refused(processing_provider, demo_gpkg, tmp_path):
    import processing

    nodes = QgsVectorLayer(f"{demo_gpkg}|layername=nod", "Noder 2024", "ogr")
    out = tmp_path / "nodes.pdf"
    processing.run("strukturbild:assemblemap", {"LAYERS": [nodes], "OUTPUT": str(out)})
    assert "Regional kärna" in _pdftotext(out)

    stranger = QgsVectorLayer("Point?crs=EPSG:3006&field=namn:string", "something else", "memory")
    with pytest.raises(QgsProcessingException, match="something else"):
        processing.run("strukturbild:assemblemap", {"LAYERS": [stranger], "OUTPUT": str(tmp_path / "y.pdf")})


def test_inputs_are_not_modified(processing_provider, demo_gpkg, tmp_path):
    import processing

    layer = QgsVectorLayer(f"{demo_gpkg}|layername=nod", "nod", "ogr")
    before = layer.renderer().dump()
    processing.run("strukturbild:assemblemap", {"LAYERS": [layer], "LANGUAGE": 1, "OUTPUT": str(tmp_path / "z.pdf")})
    assert layer.renderer().dump() == before
    assert layer.name() == "nod"
