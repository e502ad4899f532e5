"""Write tests/data/network/linkoping_ways.npz from the shared OSM sample (run once; needs only the stdlib + numpy).

Reads the `linkoping_ways` layer of ../shared/data/se-osm-roads-samples/osm_roads_samples.gpkg (EPSG:3006) with
sqlite3, decodes the GeoPackage LineString blobs and stores: `xy` (all vertices, float64, metres), `offsets`
(start of each way in `xy`, plus the end), `osm_way_id`, `maxspeed_kmh` (NaN where NULL) and `node_ids`
(the first and last OSM node id of each way, for reference). See SOURCE.md (ODbL).

    python3 tests/data/network/make_linkoping.py [path/to/osm_roads_samples.gpkg]
"""

import sqlite3
import struct
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
DEFAULT = Path("/work/shared/data/se-osm-roads-samples/osm_roads_samples.gpkg")


def linestring(blob):
    """GeoPackage binary: 'GP', version, flags (envelope type in bits 1-3, byte order in bit 0), srs, envelope, WKB."""
    flags = blob[3]
    envelope = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}[(flags >> 1) & 7]
    wkb = blob[8 + envelope:]
    order = "<" if wkb[0] == 1 else ">"
    kind, n = struct.unpack(order + "II", wkb[1:9])
    if kind % 1000 != 2:
        raise ValueError(f"not a LineString: {kind}")
    dims = 3 if kind // 1000 in (1, 2) else 4 if kind // 1000 == 3 else 2
    xy = np.frombuffer(wkb[9:9 + 8 * dims * n], dtype=order + "f8").reshape(n, dims)[:, :2]
    return xy


def main(path=DEFAULT):
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    rows = con.execute("SELECT geom, osm_way_id, maxspeed_kmh, node_ids FROM linkoping_ways ORDER BY fid").fetchall()
    parts, ids, speeds, ends = [], [], [], []
    for geom, way, speed, nodes in rows:
        parts.append(linestring(geom))
        ids.append(way)
        speeds.append(np.nan if speed is None else float(speed))
        first, last = nodes.split()[0], nodes.split()[-1]
        ends.append((int(first), int(last)))
    offsets = np.concatenate([[0], np.cumsum([len(p) for p in parts])])
    np.savez_compressed(HERE / "linkoping_ways.npz", xy=np.concatenate(parts), offsets=offsets,
                        osm_way_id=np.array(ids, dtype=np.int64), maxspeed_kmh=np.array(speeds),
                        end_node_ids=np.array(ends, dtype=np.int64))
    print(f"{len(parts)} ways, {offsets[-1]} vertices")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT)
