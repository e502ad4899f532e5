"""Play the contributors of the demo's contributions round: edit three of the packages made by
strukturbild:contributionpackage as a län would in QGIS.

    /usr/bin/python3 demo/make_contributions.py PACKAGES_FOLDER CONTRIBUTIONS_FOLDER

Writes into CONTRIBUTIONS_FOLDER:
  bidrag_05.gpkg         Östergötland, carefully edited: a development area and an interchange on the border with
                         Kalmar län, a cross-border connection to the border with Jönköpings län, one node upgraded.
  bidrag_06.gpkg         Jönköpings län, sent back unchanged.
  bidrag_08.gpkg         Kalmar län, with mistakes: a node level outside the code list, a development area with an
                         invalid (self-intersecting) outline, an interchange drawn in Jönköpings län, a copied node
                         that kept the original's id. Also, as in 05: a development area and an interchange on the
                         05/08 border (their overlap and differing classification are conflicts for the region).
  bidrag_08_rattad.gpkg  Kalmar län's corrected file for the second round (the mistakes fixed, the rest as before).

Only GDAL/OGR (no QGIS): the edits are what a contributor's QGIS writes into the GeoPackage. Ids of new elements
are uuid5 values, so the demo is the same every time.
"""

import shutil
import sys
import uuid
from pathlib import Path

from osgeo import gdal, ogr

gdal.UseExceptions()
NAMESPACE = uuid.UUID("3d0c5f7e-2a61-4f0b-8e4e-6c1b9f2a7d15")
PLAN_ID = "demo"


def new_id(name):
    return str(uuid.uuid5(NAMESPACE, name))


def area(dataset):
    layer = dataset.GetLayerByName("bidragsomrade")
    union = None
    for feature in layer:
        geometry = feature.GetGeometryRef().Clone()
        union = geometry if union is None else union.Union(geometry)
    layer.ResetReading()
    return union


def package_area(folder, code):
    dataset = gdal.OpenEx(str(folder / f"strukturbild_bidrag_{code}.gpkg"), gdal.OF_VECTOR)
    result = area(dataset)
    dataset = None
    return result


def border_point(own, other):
    """A point in the middle of the border two areas share (their generalised outlines do not meet exactly)."""
    shared = own.Boundary().Intersection(other.Buffer(300))
    longest = max((shared.GetGeometryRef(k) for k in range(shared.GetGeometryCount())),
                  key=lambda part: part.Length()) if shared.GetGeometryCount() else shared
    n = longest.GetPointCount()
    x, y = longest.GetX(n // 2), longest.GetY(n // 2)
    return x, y


def square(x, y, half):
    return ogr.CreateGeometryFromWkt(
        f"MULTIPOLYGON((({x - half} {y - half},{x + half} {y - half},{x + half} {y + half},{x - half} {y + half},"
        f"{x - half} {y - half})))")


def add(dataset, layer_name, geometry, contributor, **values):
    layer = dataset.GetLayerByName(layer_name)
    feature = ogr.Feature(layer.GetLayerDefn())
    defaults = {"plan_id": PLAN_ID, "bidragsgivare": contributor, "status": "planerad", "horisont_ar": 2040}
    defaults.update(values)
    for name, value in defaults.items():
        feature.SetField(name, value)
    feature.SetGeometry(geometry)
    layer.CreateFeature(feature)


def first_feature(dataset, layer_name, where=None):
    layer = dataset.GetLayerByName(layer_name)
    layer.SetAttributeFilter(where)
    feature = layer.GetNextFeature()
    layer.SetAttributeFilter(None)
    return feature


def edit_05(path, border_08, border_06):
    dataset = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_UPDATE)
    own = area(dataset)
    x, y = border_08
    add(dataset, "utvecklingsomrade", ogr.ForceToMultiPolygon(square(x, y, 2000).Intersection(own)), "05",
        id=new_id("05/utvecklingsomrade/grans"), struktur="bebyggelse", objekttyp="omrade", niva="kommunal",
        vagledning="utveckla", namn="Gränsbygden norr", kategori="landsbygd", tathet="lag",
        beskrivning="Landsbygdsutveckling vid länsgränsen mot Kalmar län.")
    add(dataset, "bytespunkt", ogr.CreateGeometryFromWkt(f"POINT({x} {y})"), "05",
        id=new_id("05/bytespunkt/grans"), struktur="kommunikation", objekttyp="nod", niva="regional",
        vagledning="utveckla", namn="Bytespunkt vid länsgränsen", trafikslag="buss")
    # a cross-border connection from the node nearest the border with Jönköpings län to that border
    bx, by = border_06
    target = ogr.CreateGeometryFromWkt(f"POINT({bx} {by})")
    nodes = dataset.GetLayerByName("nod")
    nearest = min(nodes, key=lambda feature: feature.GetGeometryRef().Distance(target))
    nodes.ResetReading()
    start = nearest.GetGeometryRef()
    add(dataset, "gransoverskridande_samband",
        ogr.CreateGeometryFromWkt(f"MULTILINESTRING(({start.GetX()} {start.GetY()},{bx} {by}))"), "05",
        id=new_id("05/samband/06"), struktur="kommunikation", objekttyp="strak", niva="regional",
        vagledning="starka", status="befintlig", from_namn=nearest.GetField("namn"), to_namn="Jönköpings län",
        grans_typ="lan", motpart="Jönköpings län")
    # an edit: one local node becomes a regional node
    node = first_feature(dataset, "nod", "nodniva = 3")
    node.SetField("nodniva", 2)
    node.SetField("beskrivning", "Uppgraderad till regional nod i länets remissvar.")
    dataset.GetLayerByName("nod").SetFeature(node)
    dataset = None


def edit_08(path, border_05, inside_06, mistakes):
    dataset = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_UPDATE)
    own = area(dataset)
    x, y = border_05
    # reaching 1 km over the border (Östergötland lies to the north), into the area Östergötland draws
    add(dataset, "utvecklingsomrade", square(x, y + 1000, 2000), "08",
        id=new_id("08/utvecklingsomrade/grans"), struktur="bebyggelse", objekttyp="omrade", niva="kommunal",
        vagledning="utveckla", namn="Gränsbygden söder", kategori="verksamheter", tathet="medel")
    # an interchange at the same place as Östergötland's, on Kalmar län's side of the (generalised) border
    near = own.Intersection(ogr.CreateGeometryFromWkt(f"POINT({x} {y})").Buffer(400)).PointOnSurface()
    add(dataset, "bytespunkt", near, "08",
        id=new_id("08/bytespunkt/grans"), struktur="kommunikation", objekttyp="nod", niva="delregional",
        vagledning="starka", namn="Resecentrum vid länsgränsen", trafikslag="buss, tåg")
    if mistakes:
        node = first_feature(dataset, "nod", "nodniva = 3")
        node.SetField("nodniva", 7)  # not a node level
        dataset.GetLayerByName("nod").SetFeature(node)
        inner = own.PointOnSurface()
        cx, cy = inner.GetX(), inner.GetY()
        add(dataset, "utvecklingsomrade", ogr.CreateGeometryFromWkt(  # a bow tie: not a valid polygon
            f"MULTIPOLYGON((({cx} {cy},{cx + 2000} {cy + 2000},{cx + 2000} {cy},{cx} {cy + 2000},{cx} {cy})))"),
            "08", id=new_id("08/utvecklingsomrade/fluga"), struktur="bebyggelse", objekttyp="omrade",
            niva="kommunal", vagledning="utveckla", namn="Verksamhetsområde", kategori="verksamheter")
        ix, iy = inside_06
        add(dataset, "bytespunkt", ogr.CreateGeometryFromWkt(f"POINT({ix} {iy})"), "08",
            id=new_id("08/bytespunkt/fel-lan"), struktur="kommunikation", objekttyp="nod", niva="regional",
            vagledning="utveckla", namn="Bytespunkt i fel län", trafikslag="tåg")
        original = first_feature(dataset, "nod", "nodniva = 2")
        nodes = dataset.GetLayerByName("nod")
        copy = original.Clone()
        copy.SetFID(-1)
        point = copy.GetGeometryRef()
        point.SetPoint_2D(0, point.GetX() + 1000, point.GetY())
        copy.SetField("namn", f"{original.GetField('namn')} (kopia)")
        nodes.CreateFeature(copy)  # keeps the original's id
    dataset = None


def main(argv):
    if len(argv) != 3:
        print(__doc__)
        return 2
    packages, folder = Path(argv[1]), Path(argv[2])
    folder.mkdir(parents=True, exist_ok=True)
    areas = {code: package_area(packages, code) for code in ("05", "06", "08")}
    border_05_08 = border_point(areas["05"], areas["08"])
    border_05_06 = border_point(areas["05"], areas["06"])
    inside_06 = areas["06"].PointOnSurface()
    for code in ("05", "06", "08"):
        shutil.copyfile(packages / f"strukturbild_bidrag_{code}.gpkg", folder / f"bidrag_{code}.gpkg")
    shutil.copyfile(packages / "strukturbild_bidrag_08.gpkg", folder / "bidrag_08_rattad.gpkg")
    edit_05(folder / "bidrag_05.gpkg", border_05_08, border_05_06)
    edit_08(folder / "bidrag_08.gpkg", border_05_08, (inside_06.GetX(), inside_06.GetY()), mistakes=True)
    edit_08(folder / "bidrag_08_rattad.gpkg", border_05_08, None, mistakes=False)
    for path in sorted(folder.glob("bidrag_*.gpkg")):
        print(f"Contribution: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
