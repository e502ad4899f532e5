"""The HTML report of strukturbild:areaprofile: the parameters, a table of every field per area and bar charts that
compare the areas (population and density, rural-typology shares, travel time to tätorter per size, services
within the threshold, cross-border commuting share).

Plain Python (matplotlib if installed, imported lazily, as in functional/report.py); every chart is embedded as a
PNG data URI so that the report is one self-contained file. Without matplotlib the report says so and still has
the table.
"""

import base64
import html
import io

import numpy as np

# the fills of the landsbygdstypologi style (styles/landsbygdstypologi.qml), so that chart and map agree
TYPOLOGY_COLOURS = {"tatort": "#f0dfb8", "tatortsnara_landsbygd": "#d5e0a8", "glesbygd": "#9cc68a"}
TYPOLOGY_LABELS = {"tatort": "Tätort", "tatortsnara_landsbygd": "Tätortsnära landsbygd", "glesbygd": "Glesbygd"}
BAR_COLOUR = "#2f6f9f"
TIME_COLOURS = ("#08519c", "#3182bd", "#6baed6", "#9ecae1", "#c6dbef")
LONGEST_LABEL = 32


def _pyplot():
    try:
        import matplotlib

        matplotlib.use("Agg")
        from matplotlib import pyplot
    except ImportError:
        return None
    return pyplot


def _short(label):
    label = str(label)
    return label if len(label) <= LONGEST_LABEL else label[:LONGEST_LABEL - 1] + "…"


def _figure(pyplot, n_areas, columns=1):
    """A figure of horizontal bars, one row per area, tall enough for the labels (large area counts get a
    smaller resolution so that the PNG stays a few hundred kB)."""
    height = min(max(2.4, 0.32 * n_areas + 1.4), 60.0)
    return pyplot.subplots(1, columns, figsize=(7.5 if columns == 1 else 10.0, height),
                           dpi=110 if n_areas <= 60 else 80, squeeze=False)


def _finish(pyplot, figure, axes_list, labels):
    positions = np.arange(len(labels))
    for axes in axes_list:
        axes.set_yticks(positions)
        axes.set_yticklabels([_short(label) for label in labels], fontsize=8)
        axes.set_ylim(len(labels) - 0.5, -0.5)  # the first area on top, as in the table
        axes.grid(True, axis="x", linewidth=0.3, color="#dddddd")
        axes.set_axisbelow(True)
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", bbox_inches="tight")
    pyplot.close(figure)
    return buffer.getvalue()


def _legend_beside(axes):
    # beside the bars, top right, never over the x label (the saved figure is cropped to what is drawn)
    axes.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), ncol=1, fontsize=8, frameon=False)


def _values(rows, name):
    return np.array([np.nan if row.get(name) is None else float(row[name]) for row in rows], dtype=float)


def chart_pngs(rows, sizes, threshold=None, services=False, commuting=False):
    """[(title, PNG bytes)] comparing the areas, or None without matplotlib. rows: dicts with the OUTPUT fields;
    sizes: [(town size, field name)]."""
    pyplot = _pyplot()
    if pyplot is None:
        return None
    labels = [row["area_id"] for row in rows]
    positions = np.arange(len(rows))
    charts = []

    figure, axes = _figure(pyplot, len(rows), columns=2)
    left, right = axes[0]
    left.barh(positions, np.nan_to_num(_values(rows, "population")), color=BAR_COLOUR)
    left.set_xlabel("Population")
    right.barh(positions, np.nan_to_num(_values(rows, "density")), color="#6a51a3")
    right.set_xlabel("Density (inhabitants per km²)")
    charts.append(("Population and density", _finish(pyplot, figure, [left, right], labels)))

    figure, axes = _figure(pyplot, len(rows))
    axes = axes[0][0]
    start = np.zeros(len(rows))
    for name in TYPOLOGY_COLOURS:
        share = np.nan_to_num(_values(rows, f"share_{name}"))
        axes.barh(positions, share, left=start, color=TYPOLOGY_COLOURS[name], edgecolor="#666666", linewidth=0.4,
                  label=TYPOLOGY_LABELS[name])
        start += share
    axes.set_xlim(0, 1)
    axes.set_xlabel("Share of the population (areas without population are empty)")
    _legend_beside(axes)
    charts.append(("Rural typology: share of the population in each class", _finish(pyplot, figure, [axes], labels)))

    figure, axes = _figure(pyplot, len(rows))
    axes = axes[0][0]
    height = 0.8 / max(len(sizes), 1)
    for k, (size, name) in enumerate(sizes):
        axes.barh(positions - 0.4 + height * (k + 0.5), _values(rows, name), height=height,
                  color=TIME_COLOURS[k % len(TIME_COLOURS)], label=f"tätort > {size:,.0f}".replace(",", " "))
    axes.set_xlabel("Travel time to the nearest tätort (minutes, population-weighted mean)")
    _legend_beside(axes)
    charts.append(("Travel time to the nearest tätort of each size", _finish(pyplot, figure, [axes], labels)))

    if services:
        figure, axes = _figure(pyplot, len(rows))
        axes = axes[0][0]
        axes.barh(positions, _values(rows, "services_within"), color="#238b45")
        axes.set_xlabel(f"Services within {threshold:g} minutes (population-weighted mean)")
        charts.append((f"Services within {threshold:g} minutes", _finish(pyplot, figure, [axes], labels)))
    if commuting:
        figure, axes = _figure(pyplot, len(rows))
        axes = axes[0][0]
        axes.barh(positions, _values(rows, "cross_share"), color="#d94801")
        axes.set_xlim(0, max(0.05, float(np.nanmax(_values(rows, "cross_share")))
                             if np.isfinite(_values(rows, "cross_share")).any() else 0.05) * 1.1)
        axes.set_xlabel("Share of employed residents working across a region border")
        charts.append(("Cross-border commuting share", _finish(pyplot, figure, [axes], labels)))
    return charts


def _fmt(value, name=""):
    if value is None:
        return ""
    if isinstance(value, (float, np.floating)):
        if not np.isfinite(value):
            return ""
        if name.startswith("share") or name == "cross_share":
            return f"{100 * value:.1f} %"
        return f"{value:,.1f}".replace(",", " ") if abs(value) < 1000 else f"{value:,.0f}".replace(",", " ")
    if isinstance(value, (int, np.integer)):
        return f"{value:,d}".replace(",", " ")
    return str(value)


def _table(header, rows, names=None):
    names = names or [""] * len(header)
    head = "".join(f"<th>{html.escape(str(h))}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(_fmt(v, n))}</td>" for v, n in zip(row, names)) + "</tr>"
                   for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def build_report(title, parameters, columns, rows, charts, notes=()):
    """The report as one HTML string. columns: the field names in table order; rows: dicts with those fields;
    charts: [(title, PNG bytes)] or None when matplotlib is missing."""
    parts = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>{html.escape(title)}</title>",
        "<style>body{font-family:'Open Sans',Arial,sans-serif;margin:2em;color:#222}"
        "table{border-collapse:collapse;font-size:0.85em;margin:0.5em 0 1.5em}"
        "td,th{border:1px solid #ccc;padding:2px 6px;text-align:right}th{background:#f0f0f0}"
        "td:first-child{text-align:left}h1{font-size:1.5em}img{max-width:100%;display:block;margin:0.5em 0}"
        "</style></head><body>",
        f"<h1>{html.escape(title)}</h1>",
    ]
    if notes:
        parts += ["<ul>"] + [f"<li>{html.escape(str(note))}</li>" for note in notes] + ["</ul>"]
    parts += [f"<h2>Areas ({len(rows)})</h2>",
              _table(columns, [[row.get(name) for name in columns] for row in rows], list(columns))]
    if charts is None:
        parts.append("<p>(matplotlib is not installed: no charts. Install it, e.g. python3-matplotlib, for charts "
                     "comparing the areas.)</p>")
    else:
        for chart_title, png in charts:
            parts += [f"<h2>{html.escape(chart_title)}</h2>",
                      f'<img alt="{html.escape(chart_title)}" src="data:image/png;base64,'
                      f'{base64.b64encode(png).decode("ascii")}"/>']
    parts += ["<h2>Parameters</h2>", _table(("parameter", "value"), list(parameters.items())),
              "</body></html>"]
    return "\n".join(parts)
