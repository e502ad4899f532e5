"""The style library: one valid, rule-based, bilingual QML per element type of the schema."""

import re
from pathlib import Path
from xml.etree import ElementTree

import pytest
from qgis.core import (
    QgsEditorWidgetSetup,
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsPointXY,
    QgsProperty,
    QgsRectangle,
    QgsRuleBasedLabeling,
    QgsRuleBasedRenderer,
    QgsSymbolLayer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor
from strukturbild.strukturbild_plugin import schema

STYLES = Path(__file__).resolve().parent.parent / "styles"
ELEMENTS = schema.ELEMENT_TYPES
KEYS = [element.key for element in ELEMENTS]
_TYPES = {"text": "string", "int": "integer", "real": "double"}
BACKGROUND = QColor("#ffffff")
CELL = 20000.0


def memory_layer(element):
    fields = "&".join(f"field={f.name}:{_TYPES[f.type]}" for f in element.fields)
    layer = QgsVectorLayer(f"{element.geometry}?crs=EPSG:3006&{fields}", element.key, "memory")
    assert layer.isValid()
    return layer


def styled_layer(element):
    layer = memory_layer(element)
    message, ok = layer.loadNamedStyle(str(STYLES / element.style_file))
    assert ok, f"{element.style_file}: {message}"
    return layer


def all_rules(rule):
    for child in rule.children():
        yield child
        yield from all_rules(child)


def rules_of(layer):
    renderer = layer.renderer()
    assert isinstance(renderer, QgsRuleBasedRenderer), f"{layer.name()}: {type(renderer).__name__}"
    return list(all_rules(renderer.rootRule()))


def symbol_layers(symbol):
    for index in range(symbol.symbolLayerCount()):
        layer = symbol.symbolLayer(index)
        yield layer
        if layer.subSymbol() is not None:
            yield from symbol_layers(layer.subSymbol())


def data_defined_expressions(symbol):
    for layer in symbol_layers(symbol):
        properties = layer.dataDefinedProperties()
        for key in properties.propertyKeys():
            prop = properties.property(key)
            if prop.isActive() and prop.propertyType() == QgsProperty.Type.ExpressionBasedProperty:
                yield prop.expressionString()
            elif prop.isActive() and prop.propertyType() == QgsProperty.Type.FieldBasedProperty:
                yield f'"{prop.field()}"'


def assert_expression_ok(text, element, what):
    expression = QgsExpression(text)
    assert not expression.hasParserError(), f"{element.key} {what}: {text!r}: {expression.parserErrorString()}"
    names = {f.name for f in element.fields}
    columns = set(expression.referencedColumns())
    if QgsFeatureRequest.ALL_ATTRIBUTES in columns:  # e.g. with_variable(): fall back to "quoted" names
        columns = (columns - {QgsFeatureRequest.ALL_ATTRIBUTES}) | set(re.findall(r'"([^"]+)"', text))
    unknown = {column for column in columns if column} - names
    assert not unknown, f"{element.key} {what}: {text!r} uses fields not in the schema: {sorted(unknown)}"


# --------------------------------------------------------------------------------------------------
# Library completeness
# --------------------------------------------------------------------------------------------------
def test_one_style_per_element_type_and_no_strays():
    expected = {element.style_file for element in ELEMENTS}
    present = {path.name for path in STYLES.glob("*.qml")}
    assert expected - present == set(), f"element types without a style: {sorted(expected - present)}"
    assert present - expected == set(), f"QML files with no element type: {sorted(present - expected)}"
    assert len(expected) == len(ELEMENTS)


@pytest.mark.parametrize("key", KEYS)
def test_qml_leaves_fields_and_forms_alone(key):
    """Only symbology-type categories: applying the QML must not clobber a GeoPackage layer's widgets."""
    root = ElementTree.parse(STYLES / f"{key}.qml").getroot()
    categories = set(root.get("styleCategories", "").split("|"))
    assert categories <= {"Symbology", "Labeling", "Rendering", "Legend", "Symbology3D"}, categories
    for tag in ("fieldConfiguration", "aliases", "defaults", "constraints", "editform", "editforminitcode",
                "attributeactions"):
        assert root.find(f".//{tag}") is None, f"{key}.qml carries <{tag}>"


# --------------------------------------------------------------------------------------------------
# Each style
# --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("key", KEYS)
def test_style_loads_rule_based_and_bilingual(qgis_app, key):
    element = schema.element_type(key)
    layer = styled_layer(element)
    rules = rules_of(layer)
    assert rules, f"{key}: no rules"
    for rule in rules:
        assert rule.label().strip(), f"{key}: rule {rule.filterExpression()!r} has no Swedish label"
        assert rule.description().strip(), f"{key}: rule {rule.label()!r} has no English description"
        assert rule.symbol() is not None, f"{key}: rule {rule.label()!r} draws nothing"
    top = layer.renderer().rootRule().children()
    assert top[-1].isElse(), f"{key}: the last rule must be an ELSE rule so that no feature is invisible"
    labels = [rule.label() for rule in rules]
    assert len(labels) == len(set(labels)), f"{key}: duplicate legend labels {labels}"


@pytest.mark.parametrize("key", KEYS)
def test_expressions_parse_and_use_only_schema_fields(qgis_app, key):
    element = schema.element_type(key)
    layer = styled_layer(element)
    for rule in rules_of(layer):
        if not rule.isElse() and rule.filterExpression():
            assert_expression_ok(rule.filterExpression(), element, f"rule {rule.label()!r}")
        for text in data_defined_expressions(rule.symbol()):
            assert_expression_ok(text, element, f"data-defined property of {rule.label()!r}")
    labeling = layer.labeling()
    if isinstance(labeling, QgsRuleBasedLabeling):
        for rule in all_rules(labeling.rootRule()):
            assert rule.description().strip(), f"{key}: a label rule has no description"
            if rule.filterExpression():
                assert_expression_ok(rule.filterExpression(), element, "label rule")
            settings = rule.settings()
            if settings is not None:
                field = settings.fieldName
                if settings.isExpression:
                    assert_expression_ok(field, element, "label expression")
                else:
                    assert field in layer.fields().names(), f"{key}: labels use unknown field {field!r}"


def _code_rule_pairs(element, rules):
    """(code, rule) where the rule's filter is `"field" = value AND <existing status>` or plain."""
    for rule in rules:
        match = re.match(r'^"(\w+)" = (\'[^\']*\'|\d+)(?: AND coalesce\("status", \'befintlig\'\) = '
                         r"'befintlig')?$", rule.filterExpression() or "")
        if not match:
            continue
        if match.group(1) not in {f.name for f in element.own_fields}:
            continue  # e.g. "status" = 'planerad': labelled 'Planerad bytespunkt', not just 'Planerad'
        field = element.field(match.group(1))
        literal = match.group(2)
        value = literal.strip("'") if literal.startswith("'") else int(literal)
        for code in field.codes:
            if code.value == value:
                yield code, rule


@pytest.mark.parametrize("key", KEYS)
def test_code_rules_use_schema_labels(qgis_app, key):
    """A rule standing for one code is labelled with that code's sv / en text."""
    element = schema.element_type(key)
    layer = styled_layer(element)  # keep the layer alive while its rules are used
    for code, rule in _code_rule_pairs(element, rules_of(layer)):
        assert rule.label() == code.sv, (key, rule.label(), code.sv)
        assert rule.description() == code.en, (key, rule.description(), code.en)


def _matching_rules(layer, feature):
    context = QgsExpressionContext()
    context.appendScopes(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    context.setFeature(feature)
    matched = []
    for rule in layer.renderer().rootRule().children():
        if rule.isElse():
            continue
        expression = QgsExpression(rule.filterExpression() or "TRUE")
        if expression.evaluate(context):
            matched.append(rule)
    return matched


@pytest.mark.parametrize("key", KEYS)
def test_every_code_has_its_own_rule(qgis_app, key):
    """No code of the element's coded fields falls through to the ELSE rule (e.g. a misspelt value)."""
    element = schema.element_type(key)
    layer = styled_layer(element)
    own_coded = [f for f in element.own_fields if f.is_coded]
    for field in own_coded:
        for code in field.codes:
            feature = QgsFeature(layer.fields())
            feature[field.name] = code.value
            if not element.context:
                feature["status"] = "befintlig"
            if key == "gransbygd":
                feature["band_to"] = 10
            for other in own_coded:  # the other coded fields at their first value
                if other is not field:
                    feature[other.name] = other.codes[0].value
            matched = _matching_rules(layer, feature)
            assert matched, f"{key}: {field.name} = {code.value!r} only matches the ELSE rule"


def test_status_variants_for_planned_elements(qgis_app):
    """Planned and under-study elements get their own (dashed / dotted) legend entries."""
    for key in ("nod", "transportinfrastruktur", "utvecklingsstrak", "utvecklingsomrade", "gront_samband",
                "bytespunkt"):
        element = schema.element_type(key)
        layer = styled_layer(element)
        for status in ("planerad", "utredning"):
            feature = QgsFeature(layer.fields())
            feature["status"] = status
            for field in element.own_fields:
                if field.is_coded:
                    feature[field.name] = field.codes[0].value
            matched = _matching_rules(layer, feature)
            assert len(matched) == 1, (key, status, [rule.label() for rule in matched])
            label = matched[0].label().lower()
            assert ("planera" in label) if status == "planerad" else ("utredning" in label), (key, label)


def test_node_labels(qgis_app):
    layer = styled_layer(schema.element_type("nod"))
    assert layer.labelsEnabled()
    rules = list(all_rules(layer.labeling().rootRule()))
    sizes = {}
    for rule in rules:
        assert rule.settings().fieldName == "namn"
        fmt = rule.settings().format()
        assert fmt.buffer().enabled()
        sizes[rule.filterExpression()] = fmt.size()
    assert sizes['"nodniva" = 1'] > sizes['"nodniva" = 3']
    assert not any("4" in text for text in sizes), "landsbygdsnoder are not labelled"
    # The font as written (a machine without Open Sans reports its substitute after loading).
    root = ElementTree.parse(STYLES / "nod.qml").getroot()
    families = {style.get("fontFamily") for style in root.iter("text-style")}
    assert families == {"Open Sans"}, families


# --------------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------------
def _sample_geometry(element, index):
    x, y = index * CELL, 0.0
    if element.geometry == "Point":
        return QgsGeometry.fromPointXY(QgsPointXY(x + CELL / 2, y + CELL / 2))
    if "Line" in element.geometry:
        return QgsGeometry.fromMultiPolylineXY([[QgsPointXY(x + 0.1 * CELL, y + 0.2 * CELL),
                                                 QgsPointXY(x + 0.9 * CELL, y + 0.8 * CELL)]])
    ring = [QgsPointXY(x + 0.1 * CELL, y + 0.1 * CELL), QgsPointXY(x + 0.9 * CELL, y + 0.1 * CELL),
            QgsPointXY(x + 0.9 * CELL, y + 0.9 * CELL), QgsPointXY(x + 0.1 * CELL, y + 0.9 * CELL),
            QgsPointXY(x + 0.1 * CELL, y + 0.1 * CELL)]
    return QgsGeometry.fromMultiPolygonXY([[ring]])


def _layer_with_a_feature_per_code(element, field_name):
    layer = styled_layer(element)
    field = element.field(field_name)
    features = []
    for index, code in enumerate(field.codes):
        feature = QgsFeature(layer.fields())
        feature[field_name] = code.value
        feature["status"] = "befintlig"
        if "namn" in layer.fields().names():
            feature["namn"] = f"Ort {index}"
        if "flode" in layer.fields().names():
            feature["flode"] = 1000.0 * (index + 1)
        feature.setGeometry(_sample_geometry(element, index))
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)[0]
    layer.updateExtents()
    return layer, len(features)


@pytest.mark.parametrize("key, field_name", [("nod", "nodniva"), ("funktionellt_samband", "samband_typ"),
                                             ("gronstruktur", "gron_typ")])
def test_render_draws_something(qgis_app, key, field_name):
    element = schema.element_type(key)
    layer, count = _layer_with_a_feature_per_code(element, field_name)
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setOutputDpi(96)
    settings.setOutputSize(QSize(80 * count, 80))
    settings.setExtent(QgsRectangle(0, 0, CELL * count, CELL))
    settings.setBackgroundColor(BACKGROUND)
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    background = BACKGROUND.rgb()
    painted_cells = 0
    for index in range(count):
        cell = sum(1 for x in range(index * 80, (index + 1) * 80, 2) for y in range(0, 80, 2)
                   if image.pixel(x, y) != background)
        painted_cells += cell > 0
    assert painted_cells == count, f"{key}: only {painted_cells} of {count} codes drew anything"


def _width_property(symbol):
    for layer in symbol_layers(symbol):
        prop = layer.dataDefinedProperties().property(QgsSymbolLayer.Property.PropertyStrokeWidth)
        if prop.isActive():
            return prop
    return None


@pytest.mark.parametrize("key", ["funktionellt_samband", "gransoverskridande_samband"])
def test_flow_width_grows_with_flow(qgis_app, key):
    element = schema.element_type(key)
    layer = styled_layer(element)
    values = [(100.0, None), (1000.0, None), (5000.0, None), (None, 0.05), (None, 0.4), (None, None)]
    features = []
    for flode, andel in values:
        feature = QgsFeature(layer.fields())
        feature["flode"] = flode
        feature["andel"] = andel
        feature.setGeometry(_sample_geometry(element, 0))
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)[0]
    rules = [rule for rule in rules_of(layer) if not rule.isElse()]
    widths = []
    for rule in rules[:1] + [layer.renderer().rootRule().children()[-1]]:
        prop = _width_property(rule.symbol())
        assert prop is not None, f"{key}: rule {rule.label()!r} has no data-defined width"
        row = []
        for feature in layer.getFeatures():
            context = QgsExpressionContext()
            context.appendScopes(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
            context.setFeature(feature)
            value, ok = prop.valueAsDouble(context, -1.0)
            assert ok, f"{key}: width does not evaluate for {feature.attributes()}"
            row.append(value)
        widths.append(row)
    for row in widths:
        small, medium, large, share_small, share_large, unknown = row
        assert 0.3 <= small < medium < large <= 4.0 + 1e-9, row
        assert large == pytest.approx(4.0), row  # the layer's largest flow gets the widest line
        assert 0.3 <= share_small < share_large <= 4.0 + 1e-9, row
        assert unknown > 0, row


def test_applying_a_style_keeps_field_aliases_and_widgets(qgis_app):
    element = schema.element_type("nod")
    layer = memory_layer(element)
    index = layer.fields().indexOf("nodniva")
    layer.setFieldAlias(index, "Nodnivå (regionens)")
    layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("ValueMap", {"map": [{"Regional kärna": 1}]}))
    message, ok = layer.loadNamedStyle(str(STYLES / element.style_file))
    assert ok, message
    assert layer.attributeAlias(index) == "Nodnivå (regionens)"
    assert layer.editorWidgetSetup(index).type() == "ValueMap"
