"""Write pysal_access_2sfca.csv: PySAL `access`'s 2SFCA on central Linköping (a second implementation for the test).

Run once by hand in a throwaway venv that has PySAL's `access` package (not needed by the tests):
    /usr/bin/python3 -m venv --system-site-packages /tmp/accvenv && /tmp/accvenv/bin/pip install access
    /tmp/accvenv/bin/python tests/data/network/make_pysal_access.py
30 origins with a demand and 6 supply sites at fixed random positions over the OSM ways in linkoping_ways.npz
(speeds: maxspeed or 50 km/h, two-way); the origin × site car times in minutes come from Strukturbild's network
method (itself checked against a heapq Dijkstra in test_network_method.py); `access.Access.two_stage_fca` with
max_cost = 5 minutes turns them into the 2SFCA score, which the test compares with `two_step_fca`.
"""

import sys
from pathlib import Path

import numpy as np
import pandas as pd
from access import Access

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2] / ".pytest-stage"))
from strukturbild.processing_algorithms.methods import network as nw  # noqa: E402

THRESHOLD = 5.0


def case():
    data = np.load(HERE / "linkoping_ways.npz")
    xy, off = data["xy"], data["offsets"]
    lines = [xy[a:b] for a, b in zip(off[:-1], off[1:])]
    speeds = np.where(np.isfinite(data["maxspeed_kmh"]), data["maxspeed_kmh"], 50.0)
    rng = np.random.default_rng(2025)
    lo, hi = xy.min(0), xy.max(0)
    origins = np.round(rng.uniform(lo, hi, (30, 2)), 1)
    sites = np.round(rng.uniform(lo, hi, (6, 2)), 1)
    demand = rng.integers(50, 2000, 30).astype(float)
    supply = rng.integers(1, 20, 6).astype(float)
    return lines, speeds, origins, sites, demand, supply


def main():
    lines, speeds, origins, sites, demand, supply = case()
    net = nw.build_network(lines, speeds)
    oa, da = nw.attach_points(net, origins, 300.0), nw.attach_points(net, sites, 300.0)
    times = np.full((len(origins), len(sites)), np.inf)
    for oi, dj, block in nw.od_blocks(net, oa, da):
        times[np.ix_(oi, dj)] = block
    rows = [(i, j, times[i, j]) for i in range(len(origins)) for j in range(len(sites)) if np.isfinite(times[i, j])]
    result = Access(
        demand_df=pd.DataFrame({"origin": range(len(origins)), "demand": demand}), demand_index="origin",
        demand_value="demand",
        supply_df=pd.DataFrame({"site": range(len(sites)), "supply": supply}), supply_index="site",
        supply_value="supply",
        cost_df=pd.DataFrame(rows, columns=["origin", "site", "minutes"]), cost_origin="origin", cost_dest="site",
        cost_name="minutes",
    ).two_stage_fca(name="fca", max_cost=THRESHOLD)
    score = result.reindex(range(len(origins))).iloc[:, 0].fillna(0.0).to_numpy()
    out = pd.DataFrame({"kind": ["origin"] * len(origins) + ["site"] * len(sites),
                        "x": np.concatenate([origins[:, 0], sites[:, 0]]),
                        "y": np.concatenate([origins[:, 1], sites[:, 1]]),
                        "value": np.concatenate([demand, supply]),
                        "pysal_2sfca": np.concatenate([score, np.full(len(sites), np.nan)])})
    out.to_csv(HERE / "pysal_access_2sfca.csv", index=False, float_format="%.17g")
    print(out)


if __name__ == "__main__":
    main()
