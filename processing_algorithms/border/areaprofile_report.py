"""The HTML report of strukturbild:areaprofile: the parameters, a table of every field per area and bar charts that
compare the areas (population and density, rural-typology shares, travel time to tätorter per size, services
within the threshold, cross-border commuting share).

In the user's language (``language``: 'sv' or 'en'): every heading, table header and chart text goes through Qt's
translation (context AreaProfileReport), numbers are written as that language writes them (i18n.format_number).

The charts are drawn with matplotlib's object API (``Figure`` + ``FigureCanvasAgg``, as in functional/report.py), if
matplotlib is installed: never pyplot and never ``matplotlib.use()``, which would change the whole QGIS session.
Every chart is embedded as a PNG data URI so that the report is one self-contained file. Without matplotlib the
report says so and still has the table.
"""

import base64
import html

import numpy as np
from qgis.PyQt.QtCore import QCoreApplication

from ...strukturbild_plugin.i18n import format_number, format_percent, user_language
from ..functional.report import matplotlib_figure, number_axis, png_bytes

translate = QCoreApplication.translate

# the fills of the landsbygdstypologi style (styles/landsbygdstypologi.qml), so that chart and map agree
TYPOLOGY_COLOURS = {"tatort": "#f0dfb8", "tatortsnara_landsbygd": "#d5e0a8", "glesbygd": "#9cc68a"}
BAR_COLOUR = "#2f6f9f"
TIME_COLOURS = ("#08519c", "#3182bd", "#6baed6", "#9ecae1", "#c6dbef")
LONGEST_LABEL = 32


def typology_labels():
    """The rural-typology classes by their field suffix, in the user's language."""
    return {"tatort": translate("AreaProfileReport", "Tätort"),
            "tatortsnara_landsbygd": translate("AreaProfileReport", "Tätortsnära landsbygd"),
            "glesbygd": translate("AreaProfileReport", "Glesbygd")}


def _short(label):
    label = str(label)
    return label if len(label) <= LONGEST_LABEL else label[:LONGEST_LABEL - 1] + "…"


def _figure(figure_class, n_areas, columns=1):
    """A figure of horizontal bars, one row per area, tall enough for the labels (large area counts get a
    smaller resolution so that the PNG stays a few hundred kB), and its axes."""
    height = min(max(2.4, 0.32 * n_areas + 1.4), 60.0)
    figure = figure_class(figsize=(7.5 if columns == 1 else 10.0, height), dpi=110 if n_areas <= 60 else 80)
    return figure, [figure.add_subplot(1, columns, k + 1) for k in range(columns)]


def _finish(canvas_class, figure, axes_list, labels, language, percent=False):
    from matplotlib.ticker import FuncFormatter

    positions = np.arange(len(labels))
    for axes in axes_list:
        axes.set_yticks(positions)
        axes.set_yticklabels([_short(label) for label in labels], fontsize=8)
        axes.set_ylim(len(labels) - 0.5, -0.5)  # the first area on top, as in the table
        axes.grid(True, axis="x", linewidth=0.3, color="#dddddd")
        axes.set_axisbelow(True)
        if percent:
            axes.xaxis.set_major_formatter(FuncFormatter(lambda value, _p: format_percent(value, 0, language)))
        else:
            number_axis(axes.xaxis, language)
    figure.tight_layout()
    return png_bytes(figure, canvas_class, bbox_inches="tight")


def _legend_beside(axes):
    # beside the bars, top right, never over the x label (the saved figure is cropped to what is drawn)
    axes.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), ncol=1, fontsize=8, frameon=False)


def _values(rows, name):
    return np.array([np.nan if row.get(name) is None else float(row[name]) for row in rows], dtype=float)


def chart_pngs(rows, sizes, threshold=None, services=False, commuting=False, language=None):
    """[(title, PNG bytes)] comparing the areas, or None without matplotlib. rows: dicts with the OUTPUT fields;
    sizes: [(town size, field name)]; language: 'sv' or 'en' (None: the user's)."""
    classes = matplotlib_figure()
    if classes is None:
        return None
    figure_class, canvas_class = classes
    language = language or user_language()
    labels = [row["area_id"] for row in rows]
    positions = np.arange(len(rows))
    charts = []

    figure, (left, right) = _figure(figure_class, len(rows), columns=2)
    left.barh(positions, np.nan_to_num(_values(rows, "population")), color=BAR_COLOUR)
    left.set_xlabel(translate("AreaProfileReport", "Population"))
    right.barh(positions, np.nan_to_num(_values(rows, "density")), color="#6a51a3")
    right.set_xlabel(translate("AreaProfileReport", "Density (inhabitants per km²)"))
    charts.append((translate("AreaProfileReport", "Population and density"),
                   _finish(canvas_class, figure, [left, right], labels, language)))

    figure, (axes,) = _figure(figure_class, len(rows))
    start = np.zeros(len(rows))
    names = typology_labels()
    for name in TYPOLOGY_COLOURS:
        share = np.nan_to_num(_values(rows, f"share_{name}"))
        axes.barh(positions, share, left=start, color=TYPOLOGY_COLOURS[name], edgecolor="#666666", linewidth=0.4,
                  label=names[name])
        start += share
    axes.set_xlim(0, 1)
    axes.set_xlabel(translate("AreaProfileReport", "Share of the population (areas without population are empty)"))
    _legend_beside(axes)
    charts.append((translate("AreaProfileReport", "Rural typology: share of the population in each class"),
                   _finish(canvas_class, figure, [axes], labels, language, percent=True)))

    figure, (axes,) = _figure(figure_class, len(rows))
    height = 0.8 / max(len(sizes), 1)
    for k, (size, name) in enumerate(sizes):
        axes.barh(positions - 0.4 + height * (k + 0.5), _values(rows, name), height=height,
                  color=TIME_COLOURS[k % len(TIME_COLOURS)],
                  label=translate("AreaProfileReport", "tätort > {size}").format(
                      size=format_number(size, None, language)))
    axes.set_xlabel(translate("AreaProfileReport", "Travel time to the nearest tätort (minutes, population-weighted "
                                                   "mean)"))
    _legend_beside(axes)
    charts.append((translate("AreaProfileReport", "Travel time to the nearest tätort of each size"),
                   _finish(canvas_class, figure, [axes], labels, language)))

    if services:
        figure, (axes,) = _figure(figure_class, len(rows))
        axes.barh(positions, _values(rows, "services_within"), color="#238b45")
        minutes = format_number(threshold, None, language)
        axes.set_xlabel(translate("AreaProfileReport", "Services within {minutes} minutes (population-weighted "
                                                       "mean)").format(minutes=minutes))
        charts.append((translate("AreaProfileReport", "Services within {minutes} minutes").format(minutes=minutes),
                       _finish(canvas_class, figure, [axes], labels, language)))
    if commuting:
        figure, (axes,) = _figure(figure_class, len(rows))
        shares = _values(rows, "cross_share")
        axes.barh(positions, shares, color="#d94801")
        axes.set_xlim(0, max(0.05, float(np.nanmax(shares)) if np.isfinite(shares).any() else 0.05) * 1.1)
        axes.set_xlabel(translate("AreaProfileReport", "Share of employed residents working across a region border"))
        charts.append((translate("AreaProfileReport", "Cross-border commuting share"),
                       _finish(canvas_class, figure, [axes], labels, language, percent=True)))
    return charts


def fmt(value, name, language):
    """A table cell of field ``name``: shares as percentages, other numbers with one decimal below 1000."""
    if value is None:
        return ""
    if isinstance(value, (float, np.floating)):
        if not np.isfinite(value):
            return ""
        if name.startswith("share") or name == "cross_share":
            return format_percent(value, 1, language)
        return format_number(value, 1 if abs(value) < 1000 else 0, language)
    if isinstance(value, (int, np.integer)):
        return format_number(value, 0, language)
    return str(value)


def column_label(name, threshold=None, language=None, sizes=()):
    """The header of the table column for field ``name``, in the user's language (sizes: [(town size, field)])."""
    language = language or user_language()
    labels = {
        "area_id": translate("AreaProfileReport", "Area"),
        "population": translate("AreaProfileReport", "Population"),
        "area_km2": translate("AreaProfileReport", "Area (km²)"),
        "density": translate("AreaProfileReport", "Density (per km²)"),
        "services_within": translate("AreaProfileReport", "Services within {minutes} min").format(
            minutes=format_number(threshold, None, language)) if threshold is not None else
        translate("AreaProfileReport", "Services within the time"),
        "cross_share": translate("AreaProfileReport", "Commuting across a region border"),
        "access_method": translate("AreaProfileReport", "Travel times"),
    }
    labels.update({f"share_{key}": label for key, label in typology_labels().items()})
    if name in labels:
        return labels[name]
    size = dict((field, size) for size, field in sizes).get(name)
    if size is not None:
        return translate("AreaProfileReport", "Minutes to a tätort > {size}").format(
            size=format_number(size, None, language))
    return name


def _table(header, rows, names, language):
    """header: [(label, field name or None)]."""
    head = "".join(f"<th>{html.escape(label)}</th>" if field is None else
                   f'<th>{html.escape(label)}<br><span class="field">{html.escape(field)}</span></th>'
                   for label, field in header)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(fmt(v, n, language))}</td>" for v, n in zip(row, names))
                   + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def build_report(title, parameters, columns, rows, charts, notes=(), language=None, threshold=None, sizes=()):
    """The report as one HTML string. parameters: [(label, value)] (or a dict) in the user's language; columns: the
    field names in table order; rows: dicts with those fields; charts: [(title, PNG bytes)] or None when matplotlib
    is missing; language: 'sv' or 'en' (None: the user's); threshold: the services' minutes; sizes: [(town size,
    field name)] of the travel-time columns."""
    language = language or user_language()
    items = list(parameters.items()) if isinstance(parameters, dict) else list(parameters)
    parts = [
        f"<!DOCTYPE html><html lang='{language}'><head><meta charset='utf-8'>",
        f"<title>{html.escape(title)}</title>",
        "<style>body{font-family:'Open Sans',Arial,sans-serif;margin:2em;color:#222}"
        "table{border-collapse:collapse;font-size:0.85em;margin:0.5em 0 1.5em}"
        "td,th{border:1px solid #ccc;padding:2px 6px;text-align:right}th{background:#f0f0f0;vertical-align:bottom}"
        "th .field{font-weight:normal;font-family:monospace;font-size:0.85em;color:#555}"
        "td:first-child{text-align:left}h1{font-size:1.5em}img{max-width:100%;display:block;margin:0.5em 0}"
        "</style></head><body>",
        f"<h1>{html.escape(title)}</h1>",
    ]
    if notes:
        parts += ["<ul>"] + [f"<li>{html.escape(str(note))}</li>" for note in notes] + ["</ul>"]
    heading = translate("AreaProfileReport", "Areas ({n})").format(n=format_number(len(rows), 0, language))
    parts += [f"<h2>{html.escape(heading)}</h2>",
              _table([(column_label(name, threshold, language, sizes), name) for name in columns],
                     [[row.get(name) for name in columns] for row in rows], list(columns), language)]
    if charts is None:
        parts.append("<p>{}</p>".format(html.escape(translate(
            "AreaProfileReport", "(matplotlib is not installed: no charts. Install it, e.g. python3-matplotlib, for "
            "charts comparing the areas.)"))))
    else:
        for chart_title, png in charts:
            parts += [f"<h2>{html.escape(chart_title)}</h2>",
                      f'<img alt="{html.escape(chart_title)}" src="data:image/png;base64,'
                      f'{base64.b64encode(png).decode("ascii")}"/>']
    parts += ["<h2>{}</h2>".format(html.escape(translate("AreaProfileReport", "Parameters"))),
              _table([(translate("AreaProfileReport", "Parameter"), None),
                      (translate("AreaProfileReport", "Value"), None)],
                     items, ["", ""], language),
              "</body></html>"]
    return "\n".join(parts)
