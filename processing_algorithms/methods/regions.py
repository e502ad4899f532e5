"""Statistics of a partition of zones into functional regions (pure numpy/scipy).

For a residence × workplace matrix F (diagonal included) and a membership vector g (region index per zone,
negative = not in any region):
    residents_r = Σ_{i∈r} Σ_j F_ij            (employed residents of region r)
    jobs_r      = Σ_{j∈r} Σ_i F_ij            (jobs in region r)
    internal_r  = Σ_{i∈r} Σ_{j∈r} F_ij        (people living and working in r)
    sc_supply   = internal / residents;  sc_demand = internal / jobs  (self-containment)
"""

from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from .errors import MethodError
from .od import flow_matrix


@dataclass
class RegionStatistics:
    residents: np.ndarray
    jobs: np.ndarray
    internal: np.ndarray
    n_zones: np.ndarray

    @property
    def sc_supply(self):
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(self.residents > 0, self.internal / np.maximum(self.residents, 1e-300), np.nan)

    @property
    def sc_demand(self):
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(self.jobs > 0, self.internal / np.maximum(self.jobs, 1e-300), np.nan)

    @property
    def min_sc(self):
        return np.fmin(self.sc_supply, self.sc_demand)


def _indicator(membership, n_regions):
    membership = np.asarray(membership)
    rows = np.flatnonzero(membership >= 0)
    return sp.csr_matrix((np.ones(rows.size), (rows, membership[rows])), shape=(membership.size, n_regions))


def _checked(flows, membership, n_regions):
    """(flow matrix, membership, k) after refusing what does not fit together."""
    flows = flow_matrix(flows)
    try:
        membership = np.asarray(membership, dtype=np.int64).reshape(-1)
    except (TypeError, ValueError, OverflowError):
        raise MethodError("the region of every zone must be a whole number (negative: in no region)") from None
    if membership.size != flows.shape[0]:
        raise MethodError("there are regions for {regions} zones but {n} zones in the flow matrix: give one region "
                          "per zone", regions=membership.size, n=flows.shape[0])
    k = int(n_regions if n_regions is not None else (membership.max() + 1 if membership.size else 0))
    if membership.size and membership.max() >= k:
        raise MethodError("a zone is in region {region}, but there are only {k} regions",
                          region=str(int(membership.max())), k=k)
    return flows, membership, k


def region_statistics(flows, membership, n_regions=None):
    """RegionStatistics for regions 0..k-1 (k = n_regions or max(membership)+1)."""
    flows, membership, k = _checked(flows, membership, n_regions)
    indicator = _indicator(membership, k)
    aggregated = (indicator.T @ flows @ indicator).toarray()
    return RegionStatistics(
        residents=aggregated.sum(axis=1),
        jobs=aggregated.sum(axis=0),
        internal=np.diag(aggregated).copy(),
        n_zones=np.bincount(membership[membership >= 0], minlength=k),
    )


def pick_centres(flows, membership, n_regions=None):
    """The centre of each region: its zone with the most jobs (ties: most residents, then lowest index)."""
    flows, membership, k = _checked(flows, membership, n_regions)
    jobs = np.asarray(flows.sum(axis=0)).ravel()
    residents = np.asarray(flows.sum(axis=1)).ravel()
    centres = np.full(k, -1, dtype=np.int64)
    # lexsort: last key is primary; lowest index wins ties because it comes first among equals.
    order = np.lexsort((np.arange(membership.size), -residents, -jobs))
    for zone in order:
        region = membership[zone]
        if region >= 0 and centres[region] < 0:
            centres[region] = zone
    return centres


def expand_partition(n_zones, active, sub_membership, sub_roles, sub_links, sub_centres):
    """A partition found on the ``active`` zones (positions into all n_zones) put back on every zone: zones left
    out get region -1, role "none" and no link. Returns (membership, roles, links, centres as tuples of positions)."""
    membership = np.full(n_zones, -1, dtype=np.int64)
    membership[active] = sub_membership
    roles, links = ["none"] * n_zones, [None] * n_zones
    for position, k in enumerate(active):
        roles[k], links[k] = sub_roles[position], sub_links[position]
    centres = [tuple(int(active[c]) for c in group) for group in sub_centres]
    return membership, roles, links, centres
