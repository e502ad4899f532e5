"""Build the demo strukturbild GeoPackage for Östergötland (05), Jönköping (06) and Kalmar (08).

    /usr/bin/python3 demo/build_demo.py [OUTPUT.gpkg]      (default: demo/strukturbild_demo.gpkg)

Creates an empty strukturbild GeoPackage with the plugin's own `create_strukturbild` (one styled layer per
element type) and fills its element layers from the small real extracts in demo/data (SCB, Naturvårdsverket;
CC0, see demo/data/SOURCE.md). Nodes, functional regions, commuting links and protected nature are data;
the development corridors, the border bands and the coastal zone are illustrative. The output is
deterministic: ids are uuid5 values derived from each feature's source key, and features are written in a
fixed order.

`build(output)` can be imported (tests do) when a QgsApplication is already running.
"""

import csv
import math
import os
import sys
import tempfile
import traceback
import uuid
from pathlib import Path

DEMO_DIR = Path(__file__).resolve().parent
REPO_ROOT = DEMO_DIR.parent
DATA_DIR = DEMO_DIR / "data"
DEFAULT_OUTPUT = DEMO_DIR / "strukturbild_demo.gpkg"

COUNTIES = ("05", "06", "08")  # Östergötland, Jönköping, Kalmar
PLAN_ID = "demo"
HORIZON = 2040
LA_YEAR = "2022"
#: Node levels by tätort population (SCB 2020): (level, lowest population). Below the last: no node.
NODE_LEVELS = ((1, 40_000), (2, 10_000), (3, 2_000), (4, 1_000))
NODE_STYLE = {  # nodniva -> (niva, vagledning)
    1: ("regional", "utveckla"),
    2: ("regional", "starka"),
    3: ("delregional", "starka"),
    4: ("kommunal", "bevara"),
}
BEZIER_OFFSET = 0.15  # control point offset, share of the straight distance, to the right of travel
BEZIER_VERTICES = 20
BORDER_BANDS_KM = ((0, 10), (10, 25))
COAST_ZONE_M = 5000
BOUNDARY_TOLERANCE_M = 300  # the generalised boundaries of neighbouring län do not meet exactly

#: Illustrative development corridors: (name, towns in order, prioritet, niva, trafikslag).
#: Towns are SCB tätort names, each "name" or "name@kommunkod" when a name is not unique.
CORRIDORS = (
    ("Östgötastråket Norrköping–Linköping–Mjölby", ("Norrköping", "Linköping", "Mjölby"),
     1, "nationell", "järnväg (Östra stambanan), väg (E4)"),
    ("Ostlänken/E4 Norrköping–Nyköping", ("Norrköping", "Nyköping"),
     1, "nationell", "väg (E4), järnväg (Ostlänken, under byggnad)"),
    ("E4-stråket Mjölby–Jönköping", ("Mjölby", "Ödeshög", "Gränna", "Jönköping"),
     1, "nationell", "väg (E4)"),
    ("Stambanestråket Mjölby–Tranås–Nässjö", ("Mjölby", "Boxholm", "Tranås", "Nässjö"),
     2, "nationell", "järnväg (Södra stambanan), väg (rv 32)"),
    ("Godsstråket Mjölby–Motala–Örebro", ("Mjölby", "Motala", "Askersund", "Örebro"),
     2, "regional", "järnväg (Godsstråket genom Bergslagen), väg (rv 50)"),
    ("E4-stråket Jönköping–Värnamo–Ljungby", ("Jönköping", "Vaggeryd", "Skillingaryd", "Värnamo", "Ljungby"),
     2, "nationell", "väg (E4)"),
    ("Riksväg 40 Jönköping–Ulricehamn–Borås", ("Jönköping", "Ulricehamn", "Borås"),
     2, "regional", "väg (rv 40)"),
    ("Riksväg 40 Jönköping–Nässjö–Eksjö–Vimmerby–Västervik",
     ("Jönköping", "Nässjö", "Eksjö", "Vimmerby", "Västervik"), 2, "regional", "väg (rv 40)"),
    ("E22-stråket Kalmar–Oskarshamn–Västervik", ("Kalmar", "Mönsterås", "Oskarshamn", "Västervik"),
     1, "nationell", "väg (E22)"),
    ("E22-stråket Västervik–Söderköping–Norrköping",
     ("Västervik", "Gamleby", "Valdemarsvik", "Söderköping", "Norrköping"), 2, "nationell", "väg (E22)"),
    ("E22-stråket Kalmar–Karlskrona", ("Kalmar", "Söderåkra", "Karlskrona"), 2, "nationell", "väg (E22)"),
    ("Kust till kust-stråket Kalmar–Nybro–Växjö", ("Kalmar", "Nybro", "Emmaboda", "Lessebo", "Växjö"),
     1, "regional", "järnväg (Kust till kust-banan), väg (rv 25)"),
    ("Tjuststråket Linköping–Åtvidaberg–Västervik", ("Linköping", "Åtvidaberg", "Västervik"),
     2, "regional", "järnväg (Tjustbanan), väg (rv 35)"),
)

_ID_NAMESPACE = uuid.UUID("6f1d2c3e-5b7a-4c1e-9a58-5e7a1b2c3d4e")


def _import_plugin():
    """(create_strukturbild, schema) from the plugin package, importable as `strukturbild`."""
    try:
        from strukturbild.strukturbild_plugin import schema
        from strukturbild.strukturbild_plugin.gpkg import create_strukturbild
    except ImportError:
        stage = REPO_ROOT / ".pytest-stage"
        stage.mkdir(exist_ok=True)
        link = stage / "strukturbild"
        if not link.is_symlink():
            link.symlink_to(REPO_ROOT, target_is_directory=True)
        sys.path.insert(0, str(stage))
        from strukturbild.strukturbild_plugin import schema
        from strukturbild.strukturbild_plugin.gpkg import create_strukturbild
    return create_strukturbild, schema


# --- reading demo/data -------------------------------------------------------------------------------

def _read(path, layer_name, order_by):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(f"{path}|layername={layer_name}", layer_name, "ogr")
    if not layer.isValid():
        raise RuntimeError(f"cannot open {path} layer {layer_name}")
    rows = []
    for feature in layer.getFeatures():
        row = {name: feature[name] for name in layer.fields().names()}
        row["geometry"] = feature.geometry()
        rows.append(row)
    rows.sort(key=lambda row: tuple(str(row[name]) for name in order_by))
    return rows


def _largest_tatort_by_kommun(tatorter):
    best = {}
    for row in tatorter:
        current = best.get(row["mun_code"])
        if current is None or row["pop"] > current["pop"]:
            best[row["mun_code"]] = row
    return best


def _tatort_lookup(tatorter):
    by_name = {}
    for row in tatorter:
        by_name.setdefault(row["name"], []).append(row)
        by_name.setdefault(f"{row['name']}@{row['mun_code']}", []).append(row)

    def find(spec):
        candidates = by_name.get(spec)
        if not candidates:
            raise KeyError(f"no tätort {spec!r} in demo/data/tatorter.gpkg")
        if len(candidates) > 1:
            raise KeyError(f"tätort name {spec!r} is not unique: use name@kommunkod")
        return candidates[0]

    return find


# --- geometry helpers ----------------------------------------------------------------------------------

def bezier_line(start, end, offset=BEZIER_OFFSET, vertices=BEZIER_VERTICES):
    """A gentle quadratic Bézier curve from start to end, bulging to the right of the direction of travel.

    start, end: QgsPointXY. The control point is the midpoint moved `offset` × the straight distance along
    the right-hand normal, so A→B and B→A curve to opposite sides and do not overlap.
    """
    from qgis.core import QgsGeometry, QgsPointXY

    dx, dy = end.x() - start.x(), end.y() - start.y()
    length = math.hypot(dx, dy)
    if length == 0:
        return QgsGeometry()
    cx = (start.x() + end.x()) / 2 + offset * dy
    cy = (start.y() + end.y()) / 2 - offset * dx
    points = []
    for i in range(vertices):
        t = i / (vertices - 1)
        a, b, c = (1 - t) ** 2, 2 * (1 - t) * t, t * t
        points.append(QgsPointXY(a * start.x() + b * cx + c * end.x(), a * start.y() + b * cy + c * end.y()))
    return QgsGeometry.fromPolylineXY(points)


def _boundary(geometry):
    from qgis.core import QgsGeometry

    return QgsGeometry(geometry.constGet().boundary())


def _union(geometries):
    from qgis.core import QgsGeometry

    return QgsGeometry.unaryUnion(list(geometries))


def _polygonal(geometry):
    """Only the polygon parts of an intersection/difference result (drops stray lines and points)."""
    from qgis.core import QgsGeometry, QgsWkbTypes

    if geometry is None or geometry.isEmpty():
        return QgsGeometry()
    if geometry.type() == QgsWkbTypes.GeometryType.PolygonGeometry:
        return geometry
    parts = [QgsGeometry(part.clone()) for part in geometry.constParts()]
    polygons = [part for part in parts if part.type() == QgsWkbTypes.GeometryType.PolygonGeometry]
    return _union(polygons) if polygons else QgsGeometry()


# --- writing ---------------------------------------------------------------------------------------------

class _LayerWriter:
    """Collects features for one element layer of the GeoPackage, fills the common fields, then writes."""

    def __init__(self, path, element):
        from qgis.core import QgsVectorLayer

        self.element = element
        self.layer = QgsVectorLayer(f"{path}|layername={element.key}", element.key, "ogr")
        if not self.layer.isValid():
            raise RuntimeError(f"layer {element.key} missing in {path}")
        self.fields = self.layer.fields()
        self.features = []
        self.keys = set()

    def add(self, source_key, geometry, **values):
        from qgis.core import QgsFeature, QgsGeometry

        if geometry is None or geometry.isEmpty():
            return
        if source_key in self.keys:
            raise ValueError(f"duplicate source key {source_key!r} in {self.element.key}")
        self.keys.add(source_key)
        geometry = QgsGeometry(geometry)
        if self.element.geometry.startswith("Multi"):
            geometry.convertToMultiType()
        defaults = {}
        if not self.element.context:
            defaults = {
                "id": str(uuid.uuid5(_ID_NAMESPACE, f"{self.element.key}/{source_key}")),
                "plan_id": PLAN_ID,
                "struktur": self.element.struktur,
                "objekttyp": self.element.objekttyp,
                "status": "befintlig",
                "horisont_ar": HORIZON,
            }
        defaults.update(values)
        unknown = set(defaults) - set(self.fields.names())
        if unknown:
            raise KeyError(f"{self.element.key} has no field(s) {sorted(unknown)}")
        feature = QgsFeature(self.fields)
        for name, value in defaults.items():
            feature[name] = value
        feature.setGeometry(geometry)
        self.features.append(feature)

    def write(self):
        if not self.features:
            return 0
        ok, _ = self.layer.dataProvider().addFeatures(self.features)
        if not ok:
            raise RuntimeError(f"cannot write {self.element.key}: {self.layer.dataProvider().lastError()}")
        return len(self.features)


# --- the element layers ------------------------------------------------------------------------------------

def _administrativ_indelning(out, lan, kommuner):
    for row in lan:
        out.add(f"lan/{row['code']}", row["geometry"], kod=row["code"], namn=f"{row['name']} län",
                adm_niva="lan")
    for row in kommuner:
        out.add(f"kommun/{row['code']}", row["geometry"], kod=row["code"], namn=row["name"],
                adm_niva="kommun")


def node_level(population):
    for level, lowest in NODE_LEVELS:
        if population >= lowest:
            return level
    return None


def _nod(out, tatorter, schema, counties=None):
    labels = {code.value: code.sv for code in schema.NODNIVA}
    for row in tatorter:
        if row["lan_code"] not in (counties or COUNTIES):
            continue
        level = node_level(row["pop"])
        if level is None:
            continue
        niva, vagledning = NODE_STYLE[level]
        out.add(f"tatort/{row['code']}", row["geometry"], namn=row["name"], nodniva=level,
                befolkning=row["pop"], kommunkod=row["mun_code"], niva=niva, vagledning=vagledning,
                kalla="SCB tätorter 2020 (befolkning 31 dec 2020)",
                beskrivning=f"{labels[level]}: tätort i {row['mun_name']} kommun med {row['pop']} invånare "
                            f"2020 (demo: nodnivå efter befolkning, 1 ≥ 40 000, 2 ≥ 10 000, 3 ≥ 2 000, "
                            f"4 ≥ 1 000).")


def _funktionell_region(out, la_regions):
    for row in la_regions:
        out.add(f"la/{row['code']}", row["geometry"], region_kod=row["code"], region_namn=row["name"],
                indelning="LA", version="LA2022", niva="regional", vagledning="starka",
                kalla="SCB lokala arbetsmarknader (LA) 2022",
                beskrivning=f"Lokal arbetsmarknad {row['name']} ({row['code']}) enligt SCB 2022.")


def _percent(share):
    """0.2177 -> '21,8 %' (Swedish notation)."""
    return f"{share * 100:.1f}".replace(".", ",") + "\u00a0%"


def _samband(within, across, la_rows, kommuner, lan_names, largest, kommun_points):
    names = {row["code"]: row["name"] for row in kommuner}
    for row in sorted(la_rows, key=lambda r: r["kommun_code"]):
        source, target = row["kommun_code"], row["largest_flow_to"]
        if not target or (source[:2] not in COUNTIES and target[:2] not in COUNTIES):
            continue
        start = largest[source]["geometry"].asPoint() if source in largest else kommun_points[source]
        end = largest[target]["geometry"].asPoint() if target in largest else kommun_points[target]
        share = float(row["p2_largest_single_flow_share"])
        via = (f"linje mellan de största tätorterna {largest[source]['name'] if source in largest else '–'} "
               f"och {largest[target]['name'] if target in largest else '–'}")
        values = dict(
            from_id=source, to_id=target, from_namn=names[source], to_namn=names[target], flode=None,
            andel=share, ar=int(LA_YEAR), niva="regional", vagledning="starka",
            kalla=f"SCB LA {LA_YEAR}: largest_flow_to, p2_largest_single_flow_share; SCB tätorter 2020",
            beskrivning=(f"Största enskilda utpendlingsströmmen {LA_YEAR} från {names[source]} går till "
                         f"{names[target]}: {_percent(share)} av de förvärvsarbetande som bor i "
                         f"kommunen; {via}. "
                         "Flöde (antal) saknas: SCB:s LA-tabell ger andelar, inte antal."),
        )
        geometry = bezier_line(start, end)
        if source[:2] == target[:2]:
            within.add(f"{source}->{target}", geometry, samband_typ="arbetspendling", **values)
        else:
            # The counterpart is the län on the other side, seen from the three counties (the
            # receiving län for a flow that starts in them).
            other = target[:2] if source[:2] in COUNTIES else source[:2]
            across.add(f"{source}->{target}", geometry, grans_typ="lan", motpart=f"{lan_names[other]} län",
                       **values)


def _utvecklingsstrak(out, tatorter):
    find = _tatort_lookup(tatorter)
    from qgis.core import QgsGeometry

    for name, towns, priority, niva, modes in CORRIDORS:
        rows = [find(town) for town in towns]
        line = QgsGeometry.fromPolylineXY([row["geometry"].asPoint() for row in rows])
        out.add(f"strak/{name}", line, namn=name, strak_typ="utvecklingsstrak", trafikslag=modes,
                prioritet=priority, niva=niva, vagledning="utveckla",
                kalla="Illustrativt för demon; orter ur SCB tätorter 2020",
                beskrivning=f"Illustrativt utvecklingsstråk för demon (inte ett beslutat stråk): "
                            f"{'–'.join(row['name'] for row in rows)}.")


def _gronstruktur(out, natur):
    for row in natur["biosfaromraden"]:
        out.add(f"biosfar/{row['ID']}", row["geometry"], namn=row["NAMN"], gron_typ="biosfaromrade",
                niva="nationell", vagledning="utveckla",
                kalla="Naturvårdsverket, Naturvårdsregistret 2020 (biosfärområden)",
                beskrivning=f"Biosfärområde {row['NAMN']} (Unesco).")
    for row in natur["nationalparker"]:
        out.add(f"np/{row['NVRID']}", row["geometry"], namn=row["NAMN"], gron_typ="nationalpark",
                niva="nationell", vagledning="bevara",
                kalla=f"Naturvårdsverket, Naturvårdsregistret 2020 (NVR-id {row['NVRID']})",
                beskrivning=f"Nationalpark {row['NAMN']}.")
    for row in natur["naturreservat"]:
        out.add(f"nr/{row['nvrid']}", row["geometry"], namn=row["namn"], gron_typ="naturreservat",
                niva="regional", vagledning="bevara",
                kalla=f"Naturvårdsverket, Naturvårdsregistret 2026 (NVR-id {row['nvrid']})",
                beskrivning="Naturreservat (ett urval: demodata innehåller inte alla reservat i länen).")


def _gransbygd(out, lan_geoms, lan_names, tatorter):
    """0–10 and 10–25 km bands along the borders the three counties share, clipped per county."""
    borders = {}
    for code in COUNTIES:
        others = _union(lan_geoms[other] for other in COUNTIES if other != code)
        borders[code] = _boundary(lan_geoms[code]).intersection(others.buffer(BOUNDARY_TOLERANCE_M, 8))
    shared = _union(borders.values())
    buffers = {km: shared.buffer(km * 1000, 16) for band in BORDER_BANDS_KM for km in band if km}
    for code in COUNTIES:
        county = lan_geoms[code]
        neighbours = " och ".join(f"{lan_names[other]} län" for other in COUNTIES if other != code)
        for low, high in BORDER_BANDS_KM:
            band = buffers[high] if low == 0 else buffers[high].difference(buffers[low])
            band = _polygonal(band.intersection(county))
            population = sum(row["pop"] for row in tatorter if band.contains(row["geometry"]))
            out.add(f"gransbygd/{code}/{low}-{high}", band, region_id=code,
                    grans=f"{lan_names[code]} län mot {neighbours}", band_from=float(low),
                    band_to=float(high),
                    band_enhet="km", befolkning=population, niva="regional", vagledning="utveckla",
                    kalla="Beräknad för demon ur SCB:s generaliserade länsgränser 2024 och tätorter 2020",
                    beskrivning=f"Illustrativ gränsbygd {low}–{high} km från de gemensamma länsgränserna "
                                "mellan Östergötland, Jönköping och Kalmar (fågelvägen). Befolkning = "
                                "invånare i tätorter 2020 inom bandet (landsbygdsbefolkning ingår inte).")


def _blastruktur(out, lan_geoms, lan_names):
    """Coastal zone: the part of each county within 5 km of the sea coast.

    The län polygons leave the large lakes (Vättern) out; the lakes are holes in the union of all län.
    The sea coast is therefore the outline of that union with its holes filled.
    """
    sweden = _union(lan_geoms.values()).removeInteriorRings()
    coastline = _boundary(sweden)
    for code in COUNTIES:
        county = lan_geoms[code]
        coast = coastline.intersection(county.buffer(BOUNDARY_TOLERANCE_M, 8))
        if coast.isEmpty():
            continue
        zone = _polygonal(coast.buffer(COAST_ZONE_M, 16).intersection(county))
        out.add(f"kustzon/{code}", zone, namn=f"Kustzon {lan_names[code]} län", bla_typ="kustzon",
                niva="regional", vagledning="bevara",
                kalla="Beräknad för demon ur SCB:s generaliserade länsgränser 2024",
                beskrivning="Illustrativ kustzon: den del av länet som ligger inom "
                            f"{COAST_ZONE_M // 1000} km "
                            "från havskusten (enligt de generaliserade länsgränserna).")


def build(output=DEFAULT_OUTPUT, data_dir=DATA_DIR, log=print, library=None, border_bands=True):
    """Create the demo GeoPackage at `output` (overwritten); return {layer key: feature count}.

    Needs a running QgsApplication. library: a StyleLibrary for the stored layer styles (None: the
    configured or bundled library, as create_strukturbild chooses). border_bands=False leaves the gransbygd layer
    empty: `make demo` fills the map's gränsbygd with strukturbild:borderzones instead.
    """
    from qgis.core import QgsCoordinateReferenceSystem

    create_strukturbild, schema = _import_plugin()
    output, data_dir = Path(output), Path(data_dir)
    if output.exists():
        output.unlink()
    crs = QgsCoordinateReferenceSystem("EPSG:3006")
    create_strukturbild(str(output), crs, library=library, feedback=None)

    lan = _read(data_dir / "admin.gpkg", "lan", ["code"])
    kommuner = _read(data_dir / "admin.gpkg", "kommuner", ["code"])
    tatorter = _read(data_dir / "tatorter.gpkg", "tatorter", ["code"])
    la_regions = _read(data_dir / "la_2022.gpkg", "la_2022", ["code"])
    natur = {
        "naturreservat": _read(data_dir / "natur.gpkg", "naturreservat", ["nvrid"]),
        "nationalparker": _read(data_dir / "natur.gpkg", "nationalparker", ["NVRID"]),
        "biosfaromraden": _read(data_dir / "natur.gpkg", "biosfaromraden", ["ID"]),
    }
    with open(data_dir / "la_scb_2020_2023.csv", encoding="utf-8", newline="") as handle:
        la_rows = [row for row in csv.DictReader(handle) if row["year"] == LA_YEAR]

    lan_geoms = {row["code"]: row["geometry"] for row in lan}
    lan_names = {row["code"]: row["name"] for row in lan}
    kommun_points = {row["code"]: row["geometry"].pointOnSurface().asPoint() for row in kommuner}
    largest = _largest_tatort_by_kommun(tatorter)

    writers = {key: _LayerWriter(output, schema.element_type(key)) for key in schema.element_keys()}
    _administrativ_indelning(writers["administrativ_indelning"], lan, kommuner)
    _nod(writers["nod"], tatorter, schema)
    _funktionell_region(writers["funktionell_region"], la_regions)
    _samband(writers["funktionellt_samband"], writers["gransoverskridande_samband"], la_rows, kommuner,
             lan_names, largest, kommun_points)
    _utvecklingsstrak(writers["utvecklingsstrak"], tatorter)
    _gronstruktur(writers["gronstruktur"], natur)
    if border_bands:
        _gransbygd(writers["gransbygd"], lan_geoms, lan_names, tatorter)
    _blastruktur(writers["blastruktur"], lan_geoms, lan_names)

    counts = {key: writer.write() for key, writer in writers.items()}
    del writers
    if log:
        log(f"Strukturbild demo: {output}")
        for key in schema.drawing_order(counts):
            log(f"  {key:28s} {counts[key]:4d}")
    return counts


#: Older name, kept for callers written against it (tests/conftest.py's demo fixture).
build_demo = build


def build_norrbotten(output, data_dir=DATA_DIR, log=print, library=None):
    """The base of the Norrbotten demo: nodes from Norrbotten's tätorter and the administrative background.

    The flow lines and LA regions are added to the map by the Processing algorithms (see the Makefile's
    demo target), from SCB's BAS commuting matrix 2022 in demo/data/norrbotten_pendling_2022.csv.
    """
    from qgis.core import QgsCoordinateReferenceSystem

    create_strukturbild, schema = _import_plugin()
    output, data_dir = Path(output), Path(data_dir)
    if output.exists():
        output.unlink()
    create_strukturbild(str(output), QgsCoordinateReferenceSystem("EPSG:3006"), library=library, feedback=None,
                        elements=["administrativ_indelning", "nod"])
    lan = _read(data_dir / "admin.gpkg", "lan", ["code"])
    kommuner = _read(data_dir / "admin.gpkg", "kommuner", ["code"])
    tatorter = _read(data_dir / "tatorter_norrbotten.gpkg", "tatorter", ["code"])
    writers = {key: _LayerWriter(output, schema.element_type(key)) for key in ("administrativ_indelning", "nod")}
    _administrativ_indelning(writers["administrativ_indelning"], lan, kommuner)
    _nod(writers["nod"], tatorter, schema, counties=("25",))
    counts = {key: writer.write() for key, writer in writers.items()}
    del writers
    if log:
        log(f"Strukturbild Norrbotten demo base: {output} " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return counts


def main(argv):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if not os.environ.get("XDG_RUNTIME_DIR"):
        os.environ["XDG_RUNTIME_DIR"] = tempfile.mkdtemp(prefix="xdg-")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    status = 0
    try:
        if len(argv) > 2 and argv[1] == "--norrbotten":
            build_norrbotten(Path(argv[2]))
        elif len(argv) > 2 and argv[1] == "--without-border-bands":
            build(Path(argv[2]), border_bands=False)
        else:
            build(Path(argv[1]) if len(argv) > 1 else DEFAULT_OUTPUT)
    except Exception:  # report, then shut QGIS down cleanly (a crash at exit would hide the error)
        traceback.print_exc()
        status = 1
    app.exitQgis()
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv))
