"""Re-create the small extracts in demo/data from the shared source data sets (run once, by hand).

    /usr/bin/python3 demo/extract_data.py [SHARED_DATA_DIR]

SHARED_DATA_DIR defaults to /work/shared/data. Only selects features and fields: geometry is copied
unchanged (GDAL/OGR, no reprojection, no simplification). The selection rules are in demo/data/SOURCE.md.
"""

import shutil
import sys
from pathlib import Path

from osgeo import gdal, ogr

gdal.UseExceptions()
ogr.UseExceptions()

HERE = Path(__file__).resolve().parent
OUT = HERE / "data"
COUNTIES = ("05", "06", "08")  # Östergötland, Jönköping, Kalmar
COUNTY_NAMES = ("Östergötlands Län", "Jönköpings Län", "Kalmar Län")


def _translate(dst, src, layer_name, sql=None, where=None, src_layer=None, append=False):
    options = {
        "format": "GPKG",
        "layerName": layer_name,
        "accessMode": "append" if append else None,
        "SQLStatement": sql,
        "SQLDialect": "SQLite" if sql else None,
        "where": where,
        "layers": [src_layer] if src_layer and not sql else None,
        "geometryType": "PROMOTE_TO_MULTI" if layer_name not in ("tatorter",) else None,
    }
    gdal.VectorTranslate(str(dst), str(src), **{k: v for k, v in options.items() if v is not None})


def _geometries(path, layer_name, where=None):
    ds = ogr.Open(str(path))
    layer = ds.GetLayerByName(layer_name)
    if where:
        layer.SetAttributeFilter(where)
    result = {}
    for feature in layer:
        result[feature.GetField("code")] = feature.GetGeometryRef().Clone()
    return result


def _fids_intersecting(path, layer_name, area, attribute=None, values=()):
    ds = ogr.Open(str(path))
    layer = ds.GetLayerByName(layer_name)
    fids = []
    for feature in layer:
        hit = attribute is not None and any(
            value in (feature.GetField(attribute) or "") for value in values
        )
        if hit or feature.GetGeometryRef().Intersects(area):
            fids.append(feature.GetFID())
    return sorted(fids)


def _in_list(fids):
    return "fid IN (" + ",".join(str(fid) for fid in fids) + ")" if fids else "0"


def main(shared):
    shared = Path(shared)
    admin = shared / "se-admin-scb-2024"
    lan_src = admin / "lan_2024_scb.gpkg"
    kom_src = admin / "kommuner_2024_scb.gpkg"
    OUT.mkdir(exist_ok=True)
    for name in ("admin.gpkg", "tatorter.gpkg", "la_2022.gpkg", "natur.gpkg"):
        (OUT / name).unlink(missing_ok=True)

    # admin.gpkg: all län and all kommuner, fields code, name (+ lan_code for kommuner).
    _translate(OUT / "admin.gpkg", lan_src, "lan", sql="SELECT geom, code, name FROM lan ORDER BY code")
    _translate(
        OUT / "admin.gpkg", kom_src, "kommuner", append=True,
        sql="SELECT geom, code, name, substr(code, 1, 2) AS lan_code FROM kommuner ORDER BY code",
    )

    lan = _geometries(lan_src, "lan")
    three = ogr.Geometry(ogr.wkbMultiPolygon)
    for code in COUNTIES:
        three = three.Union(lan[code])
    # Neighbouring län: those whose polygon touches one of the three (a 100 m tolerance for the
    # generalised boundaries).
    touching = three.Buffer(100)
    neighbours = sorted(
        code for code, geom in lan.items() if code not in COUNTIES and geom.Intersects(touching)
    )
    print("neighbouring län:", ", ".join(neighbours))

    # tatorter.gpkg: all tätorter 2020 in the three counties and their neighbouring län.
    codes = ",".join(f"'{code}'" for code in COUNTIES + tuple(neighbours))
    _translate(
        OUT / "tatorter.gpkg", shared / "se-tatorter-scb-2020" / "tatorter_2020_scb.gpkg", "tatorter",
        sql=f"SELECT * FROM tatorter WHERE lan_code IN ({codes}) ORDER BY code",
    )

    # la_2022.gpkg: LA 2022 polygons intersecting the three counties (inner buffer: not mere touching).
    la_src = shared / "se-la-regioner-scb" / "la_regioner_2022_scb.gpkg"
    fids = _fids_intersecting(la_src, "lokal_arbetsmarknad", three.Buffer(-500))
    _translate(
        OUT / "la_2022.gpkg", la_src, "la_2022",
        sql=f"SELECT geom, code, name FROM lokal_arbetsmarknad WHERE {_in_list(fids)} ORDER BY code",
    )
    shutil.copyfile(shared / "se-la-regioner-scb" / "la_scb_2020_2023.csv", OUT / "la_scb_2020_2023.csv")

    # natur.gpkg: protected areas registered in the three counties (LAN / lan_code) or intersecting them
    # by more than the generalised boundaries' slack (a 1 km inner buffer).
    inner = three.Buffer(-1000)
    nr_src = shared / "se-naturreservat-urval-nvr-2026" / "naturreservat_urval_2026.gpkg"
    fids = _fids_intersecting(nr_src, "naturreservat", inner, "lan_code", COUNTIES)
    _translate(
        OUT / "natur.gpkg", nr_src, "naturreservat",
        sql=f"SELECT * FROM naturreservat WHERE {_in_list(fids)} ORDER BY nvrid",
    )
    nvr_src = shared / "se-skyddad-natur-nvr-2020" / "skyddad_natur_nvr_2020.gpkg"
    for layer_name, attribute, order in (
        ("nationalparker", "LAN", "NVRID"),
        ("biosfaromraden", None, "ID"),
        ("naturminne_polygon", "LAN", "NVRID"),
    ):
        fids = _fids_intersecting(nvr_src, layer_name, inner, attribute, COUNTY_NAMES)
        _translate(
            OUT / "natur.gpkg", nvr_src, layer_name, append=True,
            sql=f"SELECT * FROM {layer_name} WHERE {_in_list(fids)} ORDER BY {order}",
        )

    for path in sorted(OUT.iterdir()):
        if path.suffix == ".gpkg":
            ds = ogr.Open(str(path))
            layers = [ds.GetLayer(i) for i in range(ds.GetLayerCount())]
            counts = ", ".join(f"{layer.GetName()}={layer.GetFeatureCount()}" for layer in layers)
            print(f"{path.name}: {path.stat().st_size // 1024} KiB; {counts}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data")
