"""The HTML report of strukturbild:functionalregions: parameters, the region table, a chart of
self-containment against size (with the TTWA validity curve) and the reserve-list events.

In the user's language (``language``: 'sv' or 'en'): every heading, table header and chart text goes through Qt's
translation (context FunctionalRegionsReport), numbers are written as that language writes them (i18n.format_number).

The chart is drawn with matplotlib's object API (``Figure`` + ``FigureCanvasAgg``), if matplotlib is installed:
never pyplot, and never ``matplotlib.use()``, which would switch the backend of the whole QGIS session and close
the figures of other plugins and of the Python console. It is embedded as a PNG data URI so that the report is one
self-contained file.
"""

import base64
import html
import io

import numpy as np
from qgis.PyQt.QtCore import QCoreApplication

from ...strukturbild_plugin.i18n import format_number, user_language
from ..methods.ttwa import validity

translate = QCoreApplication.translate


def validity_curve(min_size, min_sc, target_size, target_sc, max_size):
    """Points (size, self-containment) where TTWA validity = 1: msc = min_sc / Z(size), for size ≥ min_size."""
    sizes = np.geomspace(max(min_size, 1.0), max(max_size, target_size * 2.0), 200)
    s = np.maximum((target_size - sizes) / (target_size - min_size), 0.0)
    z = 1.0 - (1.0 - min_sc / target_sc) * s
    return sizes, np.minimum(min_sc / z, 1.0)


def matplotlib_figure():
    """(Figure, FigureCanvasAgg) classes, or None without matplotlib. Nothing here touches pyplot's global state."""
    try:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
    except ImportError:
        return None
    return Figure, FigureCanvasAgg


def number_axis(axis, language, decimals=None):
    """Tick labels of ``axis`` written as ``language`` writes numbers (decimal comma and space in Swedish)."""
    from matplotlib.ticker import FuncFormatter, NullFormatter

    axis.set_major_formatter(FuncFormatter(lambda value, _position: format_number(value, decimals, language)))
    axis.set_minor_formatter(NullFormatter())


def png_bytes(figure, canvas_class, **savefig):
    """The figure as PNG bytes, drawn by its own Agg canvas."""
    canvas_class(figure)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", **savefig)
    return buffer.getvalue()


def chart_figure(residents, min_sc, labels, ttwa_parameters=None, valid=None, language=None):
    """The scatter of regions (size vs self-containment) as a matplotlib Figure, or None without matplotlib."""
    classes = matplotlib_figure()
    if classes is None:
        return None
    language = language or user_language()
    figure = classes[0](figsize=(7.5, 4.8), dpi=110)
    axes = figure.add_subplot(1, 1, 1)
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
                  label=translate("FunctionalRegionsReport", "TTWA validity = 1 (min_sc / Z(size))"))
        axes.legend(loc="lower right", fontsize=8)
    axes.set_xscale("log")
    axes.set_xlabel(translate("FunctionalRegionsReport", "Employed residents (log scale)"))
    axes.set_ylabel(translate("FunctionalRegionsReport", "Self-containment (the lower of supply and demand)"))
    axes.set_ylim(0, 1.02)
    number_axis(axes.xaxis, language)
    number_axis(axes.yaxis, language, 1)
    axes.grid(True, which="both", linewidth=0.3, color="#dddddd")
    figure.tight_layout()
    return figure


def chart_png(residents, min_sc, labels, ttwa_parameters=None, valid=None, language=None):
    """PNG bytes of the scatter of regions (size vs self-containment), or None without matplotlib."""
    figure = chart_figure(residents, min_sc, labels, ttwa_parameters, valid, language)
    if figure is None:
        return None
    return png_bytes(figure, matplotlib_figure()[1])


def fmt(value, language):
    """A table cell: counts without decimals, shares and validity with three, as ``language`` writes numbers."""
    if isinstance(value, (bool, np.bool_)):
        return translate("FunctionalRegionsReport", "yes") if value else translate("FunctionalRegionsReport", "no")
    if isinstance(value, (float, np.floating)):
        if np.isnan(value):
            return ""
        return format_number(value, 3 if abs(value) < 100 else 0, language)
    if isinstance(value, (int, np.integer)):
        return format_number(value, 0, language)
    return "" if value is None else str(value)


def header_cell(label, field=None):
    """A column header: the label in the user's language, and the layer's field name under it."""
    if field is None:
        return f"<th>{html.escape(label)}</th>"
    return f'<th>{html.escape(label)}<br><span class="field">{html.escape(field)}</span></th>'


def _table(header, rows, language):
    """header: [label or (label, field name)]."""
    head = "".join(header_cell(*h) if isinstance(h, tuple) else header_cell(h) for h in header)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(fmt(v, language))}</td>" for v in row) + "</tr>"
                   for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


STYLE = ("<style>body{font-family:'Open Sans',Arial,sans-serif;margin:2em;color:#222}"
         "table{border-collapse:collapse;font-size:0.85em;margin:0.5em 0 1.5em}"
         "td,th{border:1px solid #ccc;padding:2px 6px;text-align:right}th{background:#f0f0f0;vertical-align:bottom}"
         "th .field{font-weight:normal;font-family:monospace;font-size:0.85em;color:#555}"
         "td:nth-child(2){text-align:left}h1{font-size:1.5em}</style>")


def region_columns():
    """(label, field) of the region table, in the user's language."""
    return [
        (translate("FunctionalRegionsReport", "Region"), "region_id"),
        (translate("FunctionalRegionsReport", "Name"), "region_name"),
        (translate("FunctionalRegionsReport", "Zones"), "n_zones"),
        (translate("FunctionalRegionsReport", "Employed residents"), "residents"),
        (translate("FunctionalRegionsReport", "Jobs"), "jobs"),
        (translate("FunctionalRegionsReport", "Living and working in the region"), "internal"),
        (translate("FunctionalRegionsReport", "Self-containment, supply"), "sc_supply"),
        (translate("FunctionalRegionsReport", "Self-containment, demand"), "sc_demand"),
        (translate("FunctionalRegionsReport", "TTWA validity"), "validity"),
    ]


def parameter_label(algorithm, name):
    """A parameter as the dialog labels it (without the hints in brackets) and its qgis_process name: "Zone id field
    (ZONE_ID_FIELD)"."""
    definition = algorithm.parameterDefinition(name)
    label = definition.description().split(" (")[0].strip() if definition is not None else ""
    return f"{label} ({name})" if label else name


def write_report(path, title, parameters, regions, reserve_events=(), notes=(), ttwa_parameters=None,
                 language=None):
    """Write the report. parameters: [(label, value)] (or a dict) in the user's language; regions: list of dicts
    with the OUTPUT_REGIONS fields; language: 'sv' or 'en' (None: the user's)."""
    language = language or user_language()
    residents = np.array([r["residents"] for r in regions], dtype=float)
    min_sc = np.array([min(r["sc_supply"], r["sc_demand"]) for r in regions], dtype=float)
    valid = None
    if ttwa_parameters is not None:
        valid = validity(residents, np.array([r["jobs"] for r in regions], dtype=float),
                         np.array([r["internal"] for r in regions], dtype=float), *ttwa_parameters) >= 1.0 - 1e-12
    png = chart_png(residents, min_sc, [r["region_name"] for r in regions], ttwa_parameters, valid, language)
    if png:
        alt = translate("FunctionalRegionsReport", "Self-containment against size")
        chart = f'<img alt="{html.escape(alt)}" src="data:image/png;base64,{base64.b64encode(png).decode("ascii")}"/>'
    else:
        chart = "<p>{}</p>".format(html.escape(translate(
            "FunctionalRegionsReport", "(matplotlib is not installed: no chart. Install it, e.g. python3-matplotlib, "
            "for the chart of self-containment against size.)")))
    columns = region_columns()
    region_rows = [[r.get(field) for _, field in columns] for r in regions]
    items = list(parameters.items()) if isinstance(parameters, dict) else list(parameters)
    parts = [
        f"<!DOCTYPE html><html lang='{language}'><head><meta charset='utf-8'>",
        f"<title>{html.escape(title)}</title>",
        STYLE + "</head><body>",
        f"<h1>{html.escape(title)}</h1>",
        "<h2>{}</h2>".format(html.escape(translate("FunctionalRegionsReport", "Parameters"))),
        _table((translate("FunctionalRegionsReport", "Parameter"), translate("FunctionalRegionsReport", "Value")),
               items, language),
        "<h2>{}</h2>".format(html.escape(translate("FunctionalRegionsReport", "Regions ({n})").format(
            n=format_number(len(regions), 0, language)))),
        chart,
        _table(columns, region_rows, language),
    ]
    if reserve_events:
        parts += ["<h2>{}</h2>".format(html.escape(translate("FunctionalRegionsReport",
                                                             "Reserve-list events ({n})").format(
                      n=format_number(len(reserve_events), 0, language)))),
                  "<p>{}</p>".format(html.escape(translate(
                      "FunctionalRegionsReport", "Cases as in Franconi et al. (2016) and Istat's LabourMarketAreas: "
                      "A/B a single-zone cluster could not move, C/D a member of a dissolved cluster, E/F after a "
                      "case D."))),
                  _table((translate("FunctionalRegionsReport", "Case"),
                          translate("FunctionalRegionsReport", "Iteration"),
                          translate("FunctionalRegionsReport", "Dissolved cluster"),
                          translate("FunctionalRegionsReport", "Validity"),
                          translate("FunctionalRegionsReport", "Zone"),
                          translate("FunctionalRegionsReport", "Zone 2")), reserve_events, language)]
    if notes:
        parts += ["<h2>{}</h2><ul>".format(html.escape(translate("FunctionalRegionsReport", "Notes")))]
        parts += [f"<li>{html.escape(str(n))}</li>" for n in notes] + ["</ul>"]
    parts.append("</body></html>")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("\n".join(parts))
    return path
