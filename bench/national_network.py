"""A real-shaped national road network and 250 m grid origins, generated (vectorised numpy, seeded) for the benches.

Used by bench_national.py and bench_pandana.py; no qgis import. ``generate(scale, seed)`` returns a ``National``:

- Extent: a Sweden-sized rectangle in EPSG:3006 coordinates, 500 × 1,600 km at scale 1 (both sides × sqrt(scale)),
  settlement denser in the south (Beta-distributed northings).
- Tätorter: 2,000 × scale towns whose populations follow a Zipf law (1.5 M · k^-1.17 · scale, at least 200: the
  largest like Stockholm, the 2,000th about 200). Each town is a rotated, jittered street grid (blocks 80–130 m,
  about one junction per 12 inhabitants), 6 % of its block links missing, main streets every fifth row / column at
  50 km/h, the rest 30–40 km/h, 10 % of the links one-way, 1–4 segments per link (2 on average).
- Rural network: junctions half around the towns, half spread over the land; links = the Euclidean minimum spanning
  tree of their Delaunay triangulation plus 30 % of its other edges (the shorter ones first), joined to every town
  grid at up to four boundary junctions; dead-end roads (forest and farm roads) of 0.2–5 km hang off the rural
  junctions. Rural links are curved (two sine harmonics across the chord) and carry many shape vertices: their
  spacing is chosen so that the whole network has about 5 M × scale segments (at scale 1 about 9 segments per
  rural link, as on NVDB's rural roads). Speeds: 70–90 km/h on the links, 30–50 km/h on the dead ends.
- Trunk roads: the minimum spanning tree of the 40 × sqrt(scale) largest towns plus a few extra edges, 110 km/h
  (motorways between the largest) or 90 km/h, a shape vertex every 150 m, an exit every 10 km joined by a short road
  to the nearest rural junction.
- Origins: 1,000,000 × scale distinct populated 250 m cells (cell centres): every cell of the towns' extents, then
  sprawl around the towns (on the roads nearest to points drawn around them) and cells along the rural roads,
  within 700 m of a road vertex in x and y.
- Destinations: the tätorter centres (a point 36 m off the central junction), with their populations.

Every road line is one junction-to-junction link (as NVDB's reference links), given as one array of vertices per
line: ``lines()`` splits ``vertices`` at ``line_start``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import minimum_spanning_tree
from scipy.spatial import Delaunay, cKDTree

X0, Y0 = 300_000.0, 6_100_000.0  # EPSG:3006 (SWEREF 99 TM), south-west corner
WIDTH, HEIGHT = 500_000.0, 1_600_000.0
CELL = 250.0


@dataclass
class National:
    vertices: np.ndarray  # (V, 2) every line's vertices, line after line
    line_start: np.ndarray  # (L + 1,) offsets into vertices
    speeds: np.ndarray  # (L,) km/h
    oneway: np.ndarray  # (L,) 0 / 1
    line_class: np.ndarray  # (L,) 0 town street, 1 rural link, 2 dead end, 3 trunk, 4 trunk exit
    origins: np.ndarray  # (N, 2) 250 m cell centres
    destinations: np.ndarray  # (D, 2) tätort centres
    population: np.ndarray  # (D,) tätort population

    CLASSES = ("town street", "rural link", "dead end", "trunk road", "trunk exit")

    @property
    def n_lines(self):
        return len(self.speeds)

    @property
    def n_segments(self):
        return len(self.vertices) - self.n_lines

    def lines(self):
        return np.split(self.vertices, self.line_start[1:-1])

    def summary(self):
        segs = np.diff(self.line_start) - 1
        parts = []
        for c, name in enumerate(self.CLASSES):
            pick = self.line_class == c
            parts.append(f"{name}s {pick.sum():,} lines / {segs[pick].sum():,} segments")
        return (f"{self.n_segments:,} segments on {self.n_lines:,} lines ({'; '.join(parts)}); "
                f"{len(self.origins):,} origins, {len(self.destinations):,} tätorter "
                f"(largest {self.population.max():,.0f}, smallest {self.population.min():,.0f} inhabitants)")


def _polylines(rng, a, b, n_seg, amplitude, noise):
    """Vertices of m curved polylines from a[i] to b[i] with n_seg[i] segments each; ends exactly a and b.

    Offsets across the chord: amplitude · (s1 sin(πt) + s2 sin(2πt)) plus Gaussian noise (metres) on inner
    vertices. Returns (vertices (Σ(n+1), 2), starts (m + 1,))."""
    m = len(a)
    n_seg = np.maximum(1, n_seg).astype(np.int64)
    count = n_seg + 1
    starts = np.zeros(m + 1, dtype=np.int64)
    np.cumsum(count, out=starts[1:])
    idx = np.repeat(np.arange(m), count)
    k = np.arange(starts[-1]) - starts[idx]
    t = k / n_seg[idx]
    d = b - a
    length = np.hypot(d[:, 0], d[:, 1])
    perp = np.column_stack([-d[:, 1], d[:, 0]]) / np.maximum(length, 1e-9)[:, None]
    s1, s2 = rng.normal(0, 1, m), rng.normal(0, 0.5, m)
    offset = amplitude[idx] * (s1[idx] * np.sin(np.pi * t) + s2[idx] * np.sin(2 * np.pi * t))
    offset += rng.normal(0, 1, len(t)) * noise[idx]
    xy = a[idx] + t[:, None] * d[idx] + offset[:, None] * perp[idx]
    first, last = k == 0, k == n_seg[idx]
    xy[first] = a
    xy[last] = b
    return xy, starts


def _towns(rng, scale):
    n = max(20, int(round(2000 * scale)))
    k = np.arange(1, n + 1)
    pop = np.maximum(200.0, 1.5e6 * scale * k ** -1.17)
    side = np.sqrt(scale)
    cx = X0 + WIDTH * side * rng.uniform(0.04, 0.96, n)
    cy = Y0 + HEIGHT * side * rng.beta(1.2, 2.5, n) * 0.97 + 0.015 * HEIGHT * side
    return pop, np.column_stack([cx, cy])


def _town_grids(rng, pop, centre):
    """Junctions and links of every town's street grid."""
    t = len(pop)
    s = np.maximum(2, np.ceil(np.sqrt(pop / 12.0))).astype(np.int64)
    block = rng.uniform(80, 130, t)
    theta = rng.uniform(0, np.pi / 2, t)
    n_j = s * s
    offset = np.zeros(t + 1, dtype=np.int64)
    np.cumsum(n_j, out=offset[1:])
    town = np.repeat(np.arange(t), n_j)
    local = np.arange(offset[-1]) - offset[town]
    i, j = local // s[town], local % s[town]
    gx = (j - (s[town] - 1) / 2) * block[town]
    gy = (i - (s[town] - 1) / 2) * block[town]
    c, sn = np.cos(theta[town]), np.sin(theta[town])
    xy = centre[town] + np.column_stack([c * gx - sn * gy, sn * gx + c * gy])
    xy += rng.normal(0, 0.12, xy.shape) * block[town, None]
    g = np.arange(offset[-1])
    horizontal = j < s[town] - 1
    vertical = i < s[town] - 1
    a = np.concatenate([g[horizontal], g[vertical]])
    b = np.concatenate([g[horizontal] + 1, g[vertical] + s[town[vertical]]])
    main = np.concatenate([i[horizontal] % 5 == 0, j[vertical] % 5 == 0])
    keep = main | (rng.random(len(a)) >= 0.06)
    a, b, main = a[keep], b[keep], main[keep]
    # the centre junction and up to four boundary junctions (middle of each side) join the rural network
    mid = (s - 1) // 2
    ring = [offset[:-1] + mid * s + mid, offset[:-1] + mid, offset[:-1] + (s - 1) * s + mid,
            offset[:-1] + mid * s, offset[:-1] + mid * s + s - 1]
    centre_j, connectors = ring[0], np.concatenate(ring[1:])
    connector_town = np.tile(np.arange(t), 4)
    return xy, a, b, main, town, centre_j, connectors, connector_town, s, block, theta


def generate(scale=1.0, seed=2026):
    rng = np.random.default_rng(seed)
    side = np.sqrt(scale)
    target_segments = 5_000_000 * scale
    pop, centre = _towns(rng, scale)
    (jxy, ja, jb, main, jtown, centre_j, connectors, connector_town, s, block, theta) = _town_grids(rng, pop, centre)
    n_town_links = len(ja)
    town_nseg = rng.choice([1, 2, 3, 4], n_town_links, p=[0.4, 0.3, 0.2, 0.1])
    town_xy, town_start = _polylines(rng, jxy[ja], jxy[jb], town_nseg, 0.03 * np.hypot(*(jxy[jb] - jxy[ja]).T),
                                     np.full(n_town_links, 2.0))
    town_speed = np.where(main, 50.0, rng.choice([30.0, 40.0], n_town_links))
    town_oneway = (rng.random(n_town_links) < 0.1).astype(np.int8)

    # rural junctions: half around the towns (∝ sqrt(pop)), half over the land
    n_rural = int(round(120_000 * scale))
    near = n_rural // 2
    pick = rng.choice(len(pop), near, p=np.sqrt(pop) / np.sqrt(pop).sum())
    spread = 4000.0 + 25.0 * np.sqrt(pop[pick])
    near_xy = centre[pick] + rng.normal(0, 1, (near, 2)) * spread[:, None]
    far_xy = np.column_stack([X0 + WIDTH * side * rng.random(n_rural - near),
                              Y0 + HEIGHT * side * rng.beta(1.1, 1.8, n_rural - near)])
    rural_xy = np.concatenate([near_xy, far_xy])
    rural_xy = np.clip(rural_xy, (X0, Y0), (X0 + WIDTH * side, Y0 + HEIGHT * side))
    # points inside a town's grid would only duplicate its streets
    radius = 0.5 * s * block * np.sqrt(2) + 150.0
    d, town_idx = cKDTree(centre).query(rural_xy, k=4, workers=-1)
    inside = (d < radius[town_idx]).any(axis=1)
    rural_xy = rural_xy[~inside]
    points = np.concatenate([rural_xy, jxy[connectors]])
    point_town = np.concatenate([np.full(len(rural_xy), -1), connector_town])
    tri = Delaunay(points)
    simplices = tri.simplices
    edges = np.concatenate([simplices[:, [0, 1]], simplices[:, [1, 2]], simplices[:, [0, 2]]])
    edges.sort(axis=1)
    edges = np.unique(edges.astype(np.int64), axis=0)
    same_town = (point_town[edges[:, 0]] >= 0) & (point_town[edges[:, 0]] == point_town[edges[:, 1]])
    edges = edges[~same_town]
    length = np.hypot(*(points[edges[:, 1]] - points[edges[:, 0]]).T)
    m = len(points)
    tree = minimum_spanning_tree(sp.csr_matrix((length, (edges[:, 0], edges[:, 1])), shape=(m, m))).tocoo()
    in_tree = np.zeros(len(edges), dtype=bool)
    key = edges[:, 0] * m + edges[:, 1]
    row, col = tree.row.astype(np.int64), tree.col.astype(np.int64)
    tree_key = np.minimum(row, col) * m + np.maximum(row, col)
    in_tree[np.searchsorted(key, np.sort(tree_key))] = True
    # 30 % of the other edges, the shorter ones more likely
    rest = np.flatnonzero(~in_tree)
    rank = np.argsort(length[rest] * rng.lognormal(0, 0.6, len(rest)))
    extra = rest[rank[: int(0.3 * len(rest))]]
    kept = np.concatenate([np.flatnonzero(in_tree), extra])
    ra, rb = points[edges[kept, 0]], points[edges[kept, 1]]
    rural_speed = rng.choice([70.0, 80.0, 90.0], len(kept), p=[0.5, 0.3, 0.2])

    # dead ends off rural junctions
    n_dead = int(round(110_000 * scale))
    base = rng.integers(0, len(rural_xy), n_dead)
    angle = rng.uniform(0, 2 * np.pi, n_dead)
    dead_len = np.clip(rng.lognormal(np.log(900), 0.7, n_dead), 200, 5000)
    da = rural_xy[base]
    db = da + dead_len[:, None] * np.column_stack([np.cos(angle), np.sin(angle)])
    dead_speed = rng.choice([30.0, 40.0, 50.0], n_dead)

    # trunk roads between the largest towns, exits every 10 km to the nearest rural junction
    n_big = max(5, int(round(40 * side)))
    big = np.arange(n_big)
    bd = np.hypot(*(centre[big, None, :] - centre[None, big, :]).transpose(2, 0, 1))
    mst = minimum_spanning_tree(sp.csr_matrix(np.triu(bd))).tocoo()
    pairs = list(zip(mst.row, mst.col))
    others = [(p, q) for p in range(n_big) for q in range(p + 1, n_big) if (p, q) not in pairs and (q, p) not in pairs]
    others.sort(key=lambda pq: bd[pq])
    pairs += others[: max(1, n_big // 4)]
    pairs = np.array(pairs)
    ta, tb = jxy[centre_j[pairs[:, 0]]], jxy[centre_j[pairs[:, 1]]]
    t_len = np.hypot(*(tb - ta).T)
    trunk_xy, trunk_start = _polylines(rng, ta, tb, np.ceil(t_len / 150.0), 0.02 * t_len, np.full(len(ta), 5.0))
    trunk_speed = np.where((pairs < 10).all(axis=1), 110.0, 90.0)
    step = np.maximum(1, int(10_000 / 150))
    line_of = np.repeat(np.arange(len(ta)), np.diff(trunk_start))
    k_in_line = np.arange(len(trunk_xy)) - trunk_start[line_of]
    inner = (k_in_line > 0) & (k_in_line < np.diff(trunk_start)[line_of] - 1)
    exit_v = np.flatnonzero(inner & (k_in_line % step == 0))
    exit_d, exit_to = cKDTree(rural_xy).query(trunk_xy[exit_v])
    ok = exit_d < 5000
    ea, eb = trunk_xy[exit_v[ok]], rural_xy[exit_to[ok]]

    # shape vertices: a spacing that brings the whole network to the target segment count
    rural_a = np.concatenate([ra, da, ea])
    rural_b = np.concatenate([rb, db, eb])
    r_len = np.hypot(*(rural_b - rural_a).T)
    budget = max(len(r_len), target_segments - (len(town_xy) - n_town_links) - (len(trunk_xy) - len(ta)))
    spacing = r_len.sum() / budget
    nseg = np.maximum(1, np.round(r_len / spacing * rng.lognormal(-0.08, 0.4, len(r_len))))
    r_xy, r_start = _polylines(rng, rural_a, rural_b, nseg, 0.08 * r_len, np.minimum(6.0, 0.05 * r_len))
    r_speed = np.concatenate([rural_speed, dead_speed, np.full(len(ea), 60.0)])
    r_class = np.concatenate([np.full(len(ra), 1), np.full(n_dead, 2), np.full(len(ea), 4)])

    vertices = np.concatenate([town_xy, r_xy, trunk_xy])
    line_start = np.concatenate([town_start[:-1], r_start[:-1] + len(town_xy),
                                 trunk_start + len(town_xy) + len(r_xy)])
    speeds = np.concatenate([town_speed, r_speed, trunk_speed])
    oneway = np.concatenate([town_oneway, np.zeros(len(r_speed) + len(ta), dtype=np.int8)])
    line_class = np.concatenate([np.zeros(n_town_links, dtype=np.int8), r_class.astype(np.int8),
                                 np.full(len(ta), 3, dtype=np.int8)])

    origins = _origins(rng, scale, pop, centre, s, block, theta, r_xy)
    destinations = jxy[centre_j] + (30.0, 20.0)
    return National(vertices=vertices, line_start=line_start, speeds=speeds, oneway=oneway, line_class=line_class,
                    origins=origins, destinations=destinations, population=pop)


def _origins(rng, scale, pop, centre, s, block, theta, road_xy):
    """Distinct populated 250 m cell centres: town extents, sprawl around towns (on the roads nearest to a point
    drawn around the town), cells along the rural roads; every one within about 1 km of a road."""
    target = int(round(1_000_000 * scale))
    half = 0.5 * s * block + 250.0
    reach = half * np.sqrt(2)  # the rotated grid lies within this of its centre
    span = np.ceil(2 * reach / CELL).astype(np.int64) + 1
    n = span * span
    town = np.repeat(np.arange(len(pop)), n)
    local = np.arange(n.sum()) - np.repeat(np.cumsum(n) - n, n)
    corner = np.floor((centre - reach[:, None]) / CELL).astype(np.int64)
    town_cells = corner[town] + np.column_stack([local % span[town], local // span[town]])
    # only the cells within the town's own (rotated) square, 250 m around its outer streets
    rel = (town_cells + 0.5) * CELL - centre[town]
    c, sn = np.cos(theta[town]), np.sin(theta[town])
    inside = ((np.abs(c * rel[:, 0] + sn * rel[:, 1]) <= half[town])
              & (np.abs(-sn * rel[:, 0] + c * rel[:, 1]) <= half[town]))
    town_cells = town_cells[inside]
    tree = cKDTree(road_xy[::8])

    def distinct(c):  # cell indices are below 10^5 at any scale: one int64 key per cell
        key = np.unique(c[:, 0] * 100_000 + c[:, 1])
        return np.column_stack([key // 100_000, key % 100_000])

    cells = distinct(town_cells)
    factor = 1.5
    while len(cells) < target:
        rest = target - len(town_cells)
        sprawl = int(0.35 * rest * factor)
        pick = rng.choice(len(pop), sprawl, p=pop / pop.sum())
        r = rng.exponential(1.0, sprawl) * (1500.0 + 8.0 * np.sqrt(pop[pick]))
        a = rng.uniform(0, 2 * np.pi, sprawl)
        around = centre[pick] + r[:, None] * np.column_stack([np.cos(a), np.sin(a)])
        near_road = tree.data[tree.query(around, workers=-1)[1]]
        along = int(0.65 * rest * factor)
        v = np.concatenate([near_road, road_xy[rng.integers(0, len(road_xy), along)]])
        extra = np.floor((v + np.clip(rng.normal(0, 250.0, (len(v), 2)), -700, 700)) / CELL).astype(np.int64)
        cells = distinct(np.concatenate([town_cells, extra]))
        factor *= 1.5
    if len(cells) > target:
        cells = cells[np.sort(rng.choice(len(cells), target, replace=False))]
    return (cells + 0.5) * CELL
