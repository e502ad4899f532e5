"""The HTML report of strukturbild:functionalregions: parameters, the region table, a chart of
self-containment against size (with the TTWA validity curve) and the reserve-list events.

Plain Python (matplotlib if installed, imported lazily); the chart is embedded as a PNG data URI so that the
report is one self-contained file.
"""

import base64
import html
import io

import numpy as np

from ..methods.ttwa import validity


def validity_curve(min_size, min_sc, target_size, target_sc, max_size):
    """Points (size, self-containment) where TTWA validity = 1: msc = min_sc / Z(size), for size ≥ min_size."""
    sizes = np.geomspace(max(min_size, 1.0), max(max_size, target_size * 2.0), 200)
    s = np.maximum((target_size - sizes) / (target_size - min_size), 0.0)
    z = 1.0 - (1.0 - min_sc / target_sc) * s
    return sizes, np.minimum(min_sc / z, 1.0)


def chart_png(residents, min_sc, labels, ttwa_parameters=None, valid=None):
    """PNG bytes of the scatter of regions (size vs self-containment), or None without matplotlib."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        from matplotlib import pyplot as plt
    except ImportError:
        return None
    figure, axes = plt.subplots(figsize=(7.5, 4.8), dpi=110)
    residents = np.asarray(residents, dtype=float)
    min_sc = np.asarray(min_sc, dtype=float)
    if valid is not None:
        colours = np.where(np.asarray(valid, dtype=bool), "#2f6f9f", "#c0392b")
    else:
        colours = "#2f6f9f"
    axes.scatter(np.maximum(residents, 1), min_sc, s=22, c=colours, edgecolors="white", linewidths=0.5, zorder=3)
    for x, y, label in sorted(zip(residents, min_sc, labels), reverse=True)[:12]:
        axes.annotate(label, (max(x, 1), y), fontsize=7, xytext=(3, 3), textcoords="offset points")
    if ttwa_parameters is not None:
        sizes, curve = validity_curve(*ttwa_parameters, max_size=float(np.nanmax(residents)) if residents.size else 1)
        axes.plot(sizes, curve, color="#7f7f7f", linestyle="--", linewidth=1.2,
                  label="TTWA validity = 1 (min_sc / Z(size))")
        axes.legend(loc="lower right", fontsize=8)
    axes.set_xscale("log")
    axes.set_xlabel("Employed residents (log scale)")
    axes.set_ylabel("Self-containment min(supply, demand)")
    axes.set_ylim(0, 1.02)
    axes.grid(True, which="both", linewidth=0.3, color="#dddddd")
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    plt.close(figure)
    return buffer.getvalue()


def _table(header, rows):
    head = "".join(f"<th>{html.escape(str(h))}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(_fmt(v))}</td>" for v in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _fmt(value):
    if isinstance(value, (float, np.floating)):
        if np.isnan(value):
            return ""
        return f"{value:,.3f}".replace(",", " ") if abs(value) < 100 else f"{value:,.0f}".replace(",", " ")
    if isinstance(value, (int, np.integer)):
        return f"{value:,d}".replace(",", " ")
    return "" if value is None else str(value)


def write_report(path, title, parameters, regions, reserve_events=(), notes=(), ttwa_parameters=None):
    """Write the report. regions: list of dicts with the OUTPUT_REGIONS fields."""
    residents = np.array([r["residents"] for r in regions], dtype=float)
    min_sc = np.array([min(r["sc_supply"], r["sc_demand"]) for r in regions], dtype=float)
    valid = None
    if ttwa_parameters is not None:
        valid = validity(residents, np.array([r["jobs"] for r in regions], dtype=float),
                         np.array([r["internal"] for r in regions], dtype=float), *ttwa_parameters) >= 1.0 - 1e-12
    png = chart_png(residents, min_sc, [r["region_name"] for r in regions], ttwa_parameters, valid)
    chart = (f'<img alt="Self-containment against size" src="data:image/png;base64,'
             f'{base64.b64encode(png).decode("ascii")}"/>' if png else "<p>(matplotlib is not installed: no chart)</p>")
    region_rows = [(r["region_id"], r["region_name"], r["n_zones"], r["residents"], r["jobs"], r["internal"],
                    r["sc_supply"], r["sc_demand"], r.get("validity")) for r in regions]
    parts = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>{html.escape(title)}</title>",
        "<style>body{font-family:'Open Sans',Arial,sans-serif;margin:2em;color:#222}"
        "table{border-collapse:collapse;font-size:0.85em;margin:0.5em 0 1.5em}"
        "td,th{border:1px solid #ccc;padding:2px 6px;text-align:right}th{background:#f0f0f0}"
        "td:nth-child(2){text-align:left}h1{font-size:1.5em}</style></head><body>",
        f"<h1>{html.escape(title)}</h1>",
        "<h2>Parameters</h2>",
        _table(("parameter", "value"), list(parameters.items())),
        f"<h2>Regions ({len(regions)})</h2>",
        chart,
        _table(("region_id", "region_name", "n_zones", "residents", "jobs", "internal", "sc_supply", "sc_demand",
                "validity"), region_rows),
    ]
    if reserve_events:
        parts += [f"<h2>Reserve-list events ({len(reserve_events)})</h2>",
                  "<p>Cases as in Franconi et al. (2016) and Istat's LabourMarketAreas: A/B a single-zone cluster "
                  "could not move, C/D a member of a dissolved cluster, E/F after a case D.</p>",
                  _table(("case", "iteration", "dissolved cluster", "validity", "zone", "zone 2"), reserve_events)]
    if notes:
        parts += ["<h2>Notes</h2><ul>"] + [f"<li>{html.escape(str(n))}</li>" for n in notes] + ["</ul>"]
    parts.append("</body></html>")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("\n".join(parts))
    return path
