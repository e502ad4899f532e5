"""The print-layout template library in templates/: the .qpt files load, carry the items the assembler
needs, have valid maps, and print something that is not blank."""

import importlib.util
import math
import re
from pathlib import Path

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFillSymbol,
    QgsGeometry,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor, QFontDatabase, QImage
from qgis.PyQt.QtXml import QDomDocument

TEMPLATE_DIR = Path(__file__).resolve().parent.parent / "templates"
TOKEN = "{TEMPLATE_DIR}"

# name -> page size in mm
TEMPLATES = {
    "A3_landscape.qpt": (420.0, 297.0),
    "A4_portrait.qpt": (210.0, 297.0),
    "presentation_16x9.qpt": (338.67, 190.5),
}

ITEM_TYPES = {
    "main_map": QgsLayoutItemMap,
    "overview_map": QgsLayoutItemMap,
    "legend": QgsLayoutItemLegend,
    "title": QgsLayoutItemLabel,
    "subtitle": QgsLayoutItemLabel,
    "scalebar": QgsLayoutItemScaleBar,
    "north_arrow": QgsLayoutItemPicture,
    "sources": QgsLayoutItemLabel,
    "date": QgsLayoutItemLabel,
    "logo": QgsLayoutItemPicture,
}

FONT_FILES = ("OpenSans-Regular.ttf", "OpenSans-Bold.ttf", "OpenSans-Italic.ttf")


@pytest.fixture(scope="module")
def fonts(qgis_app):
    """Register the bundled fonts, as the assembler does."""
    families = set()
    for ttf in sorted((TEMPLATE_DIR / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(ttf))
        assert font_id >= 0, ttf
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    return families


def load(name, project):
    """Load a template the way the assembler does: substitute the token, then loadFromTemplate."""
    text = (TEMPLATE_DIR / name).read_text(encoding="utf-8").replace(TOKEN, TEMPLATE_DIR.as_posix())
    doc = QDomDocument()
    assert doc.setContent(text)
    layout = QgsPrintLayout(project)
    _items, ok = layout.loadFromTemplate(doc, QgsReadWriteContext())
    assert ok, name
    return layout


def finite_extent(rect):
    values = (rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum())
    return all(math.isfinite(v) for v in values) and rect.width() > 0 and rect.height() > 0


def test_fonts_are_bundled_with_licence(fonts):
    for name in FONT_FILES:
        assert (TEMPLATE_DIR / "fonts" / name).is_file(), name
    assert "Open Sans" in fonts
    licence = (TEMPLATE_DIR / "fonts" / "LICENSE-Apache-2.0.txt").read_text(encoding="utf-8")
    assert "Apache License" in licence and "Open Sans" in licence


def test_svgs_are_bundled():
    for name in ("north_arrow.svg", "strukturbild_logo.svg"):
        text = (TEMPLATE_DIR / name).read_text(encoding="utf-8")
        assert "<svg" in text, name


@pytest.mark.parametrize("name", sorted(TEMPLATES))
def test_template_text_uses_token_not_absolute_paths(name):
    text = (TEMPLATE_DIR / name).read_text(encoding="utf-8")
    assert f'"{TOKEN}/north_arrow.svg"' in text
    assert f'"{TOKEN}/strukturbild_logo.svg"' in text
    assert str(TEMPLATE_DIR) not in text
    assert not re.search(r'="-?nan"', text, re.IGNORECASE)  # no NaN extent


@pytest.mark.parametrize("name", sorted(TEMPLATES))
def test_template_loads_with_all_items(name, fonts):
    project = QgsProject()
    layout = load(name, project)

    width, height = TEMPLATES[name]
    assert layout.pageCollection().pageCount() == 1
    size = layout.pageCollection().page(0).pageSize()
    assert size.units() == QgsUnitTypes.LayoutUnit.LayoutMillimeters
    assert size.width() == pytest.approx(width, abs=0.01)
    assert size.height() == pytest.approx(height, abs=0.01)

    items = {}
    for item_id, cls in ITEM_TYPES.items():
        item = layout.itemById(item_id)
        assert item is not None, f"{name}: no item {item_id!r}"
        assert isinstance(item, cls), f"{name}: {item_id} is {type(item).__name__}"
        items[item_id] = item
        # every item lies on the page
        pos = item.positionWithUnits()
        item_size = item.sizeWithUnits()
        assert pos.x() >= 0 and pos.y() >= 0, item_id
        assert pos.x() + item_size.width() <= width + 0.01, item_id
        assert pos.y() + item_size.height() <= height + 0.01, item_id

    main, overview = items["main_map"], items["overview_map"]
    for item in (main, overview):
        assert item.crs().isValid()
        assert item.crs().authid() == "EPSG:3006"
        assert finite_extent(item.extent()), item.extent().toString()
    # the main map is the large one, the locator map small
    main_area = main.rect().width() * main.rect().height()
    overview_area = overview.rect().width() * overview.rect().height()
    assert main_area > 0.4 * width * height
    assert overview_area < main_area / 6
    assert overview.extent().contains(QgsRectangle(300000, 6200000, 900000, 7600000))  # whole Sweden
    assert overview.overview().linkedMap().id() == "main_map"

    bar = items["scalebar"]
    assert bar.units() == QgsUnitTypes.DistanceUnit.DistanceKilometers
    assert bar.unitLabel() == "km"
    assert bar.linkedMap().id() == "main_map"
    assert bar.style() in ("Single Box", "Line Ticks Up")

    arrow = items["north_arrow"]
    assert arrow.linkedMap() is not None and arrow.linkedMap().id() == "main_map"
    for picture_id in ("north_arrow", "logo"):
        path = Path(items[picture_id].picturePath())
        assert path.is_file(), f"{name}: {picture_id} -> {path}"
        assert path.parent == TEMPLATE_DIR

    legend = items["legend"]
    assert legend.title() == "Teckenförklaring"
    assert not legend.autoUpdateModel()

    assert items["title"].text() == "Strukturbild"
    assert items["subtitle"].text() == ""
    assert items["sources"].text().startswith("Källa:")
    assert items["date"].text() == "[% format_date(now(), 'yyyy-MM-dd') %]"
    for label_id in ("title", "subtitle", "sources", "date"):
        assert items[label_id].font().family() == "Open Sans", label_id
    assert items["title"].font().bold()
    # the date expression is evaluated when the label is drawn
    assert items["date"].currentText()[:2] == "20"


def _polygon_layer():
    layer = QgsVectorLayer("Polygon?crs=EPSG:3006&field=namn:string", "Testområde", "memory")
    feature = QgsFeature(layer.fields())
    feature.setAttributes(["Södra Sverige"])
    feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(320000, 6200000, 680000, 6550000)))
    layer.dataProvider().addFeatures([feature])
    layer.renderer().setSymbol(QgsFillSymbol.createSimple({"color": "200,40,40,255", "outline_style": "no"}))
    return layer


def test_a3_renders_a_map(fonts, tmp_path):
    project = QgsProject()
    layer = _polygon_layer()
    project.addMapLayer(layer)
    layout = load("A3_landscape.qpt", project)
    main = layout.itemById("main_map")
    main.setCrs(QgsCoordinateReferenceSystem("EPSG:3006"))
    main.setLayers([layer])
    main.setKeepLayerSet(True)
    overview = layout.itemById("overview_map")
    overview.setLayers([layer])
    overview.setKeepLayerSet(True)
    legend = layout.itemById("legend")
    legend.model().rootGroup().addLayer(layer)
    legend.updateLegend()
    layout.itemById("title").setText("Teststrukturbild")
    layout.refresh()

    png = tmp_path / "a3.png"
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = 40
    # prints a harmless "PNG driver does not support update access" error: judge by the return code
    result = QgsLayoutExporter(layout).exportToImage(str(png), settings)
    assert result == QgsLayoutExporter.ExportResult.Success
    image = QImage(str(png))
    assert not image.isNull()
    assert image.width() == pytest.approx(420 / 25.4 * 40, abs=2)

    # inside the main map frame the red polygon must show; the page as a whole must not be blank
    px_per_mm = image.width() / 420.0
    pos, size = main.positionWithUnits(), main.sizeWithUnits()
    x0, y0 = int(pos.x() * px_per_mm), int(pos.y() * px_per_mm)
    x1, y1 = int((pos.x() + size.width()) * px_per_mm), int((pos.y() + size.height()) * px_per_mm)
    red = other = total = 0
    for y in range(y0 + 2, y1 - 2, 2):
        for x in range(x0 + 2, x1 - 2, 2):
            c = QColor(image.pixel(x, y))
            total += 1
            if c.red() > 170 and c.green() < 80 and c.blue() < 80:
                red += 1
            elif c != QColor(255, 255, 255):
                other += 1
    assert red > 0.2 * total, (red, other, total)

    non_white = sum(
        1
        for y in range(0, image.height(), 3)
        for x in range(int(300 * px_per_mm), image.width(), 3)
        if QColor(image.pixel(x, y)) != QColor(255, 255, 255)
    )
    assert non_white > 50  # the panel (title, locator map, logo...) drew something


def _load_generator():
    spec = importlib.util.spec_from_file_location("strukturbild_build_templates",
                                                  TEMPLATE_DIR / "build_templates.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generator_builds_loadable_templates(fonts, tmp_path):
    """The committed .qpt files come from templates/build_templates.py: keep it runnable."""
    generator = _load_generator()
    assert set(generator.TEMPLATES) == set(TEMPLATES)
    assert set(generator.ITEM_IDS) == set(ITEM_TYPES)
    for name, build in generator.TEMPLATES.items():
        project = QgsProject()
        out = generator.save_template(build(project), tmp_path / name)
        text = out.read_text(encoding="utf-8")
        assert TOKEN in text and str(TEMPLATE_DIR) not in text
        layout = generator.load_template(out, QgsProject(), TEMPLATE_DIR)
        for item_id in ITEM_TYPES:
            assert layout.itemById(item_id) is not None, (name, item_id)
        assert finite_extent(layout.itemById("main_map").extent())
