"""The strukturbild data model: element types, their fields and code lists.

One source of truth for the GeoPackage schema (createstrukturbild), the style library (one QML per
element type), the map assembler (drawing order, legend) and the dock widget.  It extends Boverket's
ÖP-modell: three structures (bebyggelse, kommunikation, natur/friluftsliv), each split into nod, stråk
and område, with the attributes vägledning and nivå on every element.

Pure Python (no qgis import) so that notebooks and the methods layer can use it too.
"""

import unicodedata
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Code:
    """One value of a code list: what is stored, and its Swedish and English labels."""

    value: object
    sv: str
    en: str


@dataclass(frozen=True)
class Field:
    name: str
    type: str  # "text", "int", "real"
    sv: str
    en: str
    codes: tuple = ()
    length: int = 0

    @property
    def is_coded(self):
        return bool(self.codes)

    def label(self, value, language="sv"):
        for code in self.codes:
            if code.value == value:
                return code.sv if language == "sv" else code.en
        return value


@dataclass(frozen=True)
class ElementType:
    key: str  # layer name in the GeoPackage and the style file's base name
    sv: str
    en: str
    geometry: str  # "Point", "MultiLineString", "MultiPolygon"
    struktur: str  # default ÖP-modell struktur
    objekttyp: str  # default ÖP-modell objekttyp
    own_fields: tuple = ()
    draw_order: int = 0  # low draws first (bottom)
    context: bool = False  # background layer without the ÖP-modell common fields
    aliases: tuple = field(default=())

    @property
    def fields(self):
        return self.own_fields if self.context else COMMON_FIELDS + self.own_fields

    @property
    def style_file(self):
        return self.key + ".qml"

    def field(self, name):
        for candidate in self.fields:
            if candidate.name == name:
                return candidate
        raise KeyError(name)

    def title(self, language="sv"):
        return self.sv if language == "sv" else self.en


STRUKTUR = (
    Code("bebyggelse", "Bebyggelse", "Settlement"),
    Code("kommunikation", "Kommunikationer", "Communications"),
    Code("natur_friluftsliv", "Natur och friluftsliv", "Nature and recreation"),
)
OBJEKTTYP = (
    Code("nod", "Nod", "Node"),
    Code("strak", "Stråk", "Corridor"),
    Code("omrade", "Område", "Area"),
)
NIVA = (
    Code("nationell", "Nationell", "National"),
    Code("regional", "Regional", "Regional"),
    Code("delregional", "Delregional", "Sub-regional"),
    Code("kommunal", "Kommunal", "Municipal"),
)
VAGLEDNING = (
    Code("utveckla", "Utveckla", "Develop"),
    Code("starka", "Stärka", "Strengthen"),
    Code("bevara", "Bevara", "Preserve"),
    Code("omvandla", "Omvandla", "Transform"),
)
STATUS = (
    Code("befintlig", "Befintlig", "Existing"),
    Code("planerad", "Planerad", "Planned"),
    Code("utredning", "Under utredning", "Under study"),
)

COMMON_FIELDS = (
    Field("id", "text", "Id (uuid)", "Id (uuid)", length=38),
    Field("plan_id", "text", "Plan-id", "Plan id"),
    Field("struktur", "text", "Struktur", "Structure", STRUKTUR),
    Field("objekttyp", "text", "Objekttyp", "Object type", OBJEKTTYP),
    Field("niva", "text", "Nivå", "Level", NIVA),
    Field("vagledning", "text", "Vägledning", "Guidance", VAGLEDNING),
    Field("status", "text", "Status", "Status", STATUS),
    Field("horisont_ar", "int", "Tidshorisont (år)", "Horizon (year)"),
    Field("kalla", "text", "Källa", "Source"),
    Field("beskrivning", "text", "Beskrivning", "Description"),
)


def _name(sv="Namn", en="Name"):
    return Field("namn", "text", sv, en)


NODNIVA = (
    Code(1, "Regional kärna", "Regional core"),
    Code(2, "Regional nod", "Regional node"),
    Code(3, "Lokal nod", "Local node"),
    Code(4, "Landsbygdsnod", "Rural node"),
)
SAMBAND_TYP = (
    Code("arbetspendling", "Arbetspendling", "Commuting to work"),
    Code("studiependling", "Studiependling", "Commuting to study"),
    Code("service", "Service och handel", "Services and retail"),
    Code("gods", "Godstransporter", "Freight"),
    Code("ovrigt", "Övrigt", "Other"),
)

ELEMENT_TYPES = (
    ElementType(
        "administrativ_indelning", "Administrativ indelning", "Administrative units",
        "MultiPolygon", "", "",
        (
            Field("kod", "text", "Kod", "Code"),
            Field("namn", "text", "Namn", "Name"),
            Field("adm_niva", "text", "Indelning", "Unit type", (
                Code("land", "Land", "Country"),
                Code("lan", "Län", "County"),
                Code("kommun", "Kommun", "Municipality"),
            )),
        ),
        draw_order=0, context=True, aliases=("kommuner", "lan", "administrative"),
    ),
    ElementType(
        "landsbygdstypologi", "Landsbygdstypologi", "Rural typology",
        "MultiPolygon", "bebyggelse", "omrade",
        (
            Field("klass", "text", "Klass", "Class", (
                Code("tatort", "Tätort", "Urban area"),
                Code("tatortsnara_landsbygd", "Tätortsnära landsbygd", "Rural area close to towns"),
                Code("glesbygd", "Glesbygd", "Sparsely populated rural area"),
                Code("stad", "Stad (DEGURBA 1)", "City (DEGURBA 1)"),
                Code("mindre_stad", "Mindre stad och förort (DEGURBA 2)", "Town and suburb (DEGURBA 2)"),
                Code("landsbygd", "Landsbygd (DEGURBA 3)", "Rural area (DEGURBA 3)"),
            )),
            Field("metod", "text", "Metod", "Method"),
            Field("ar", "int", "År", "Year"),
            Field("befolkning", "int", "Befolkning", "Population"),
        ),
        draw_order=10, aliases=("rural_typology", "glesbygd", "degurba"),
    ),
    ElementType(
        "funktionell_region", "Funktionell region", "Functional region",
        "MultiPolygon", "bebyggelse", "omrade",
        (
            Field("region_kod", "text", "Regionkod", "Region code"),
            Field("region_namn", "text", "Regionnamn", "Region name"),
            Field("indelning", "text", "Indelning", "Delineation", (
                Code("LA", "Lokal arbetsmarknad (SCB)", "Local labour market (SCB)"),
                Code("FA", "FA-region (Tillväxtverket)", "FA region (Tillväxtverket)"),
                Code("TTWA", "Pendlingsregion (TTWA)", "Travel-to-work area (TTWA)"),
                Code("Intramax", "Intramax-region", "Intramax region"),
                Code("annan", "Annan", "Other"),
            )),
            Field("version", "text", "Version", "Version"),
        ),
        draw_order=20, aliases=("functional_regions", "la_regioner", "lokal_arbetsmarknad"),
    ),
    ElementType(
        "blastruktur", "Blåstruktur", "Blue structure",
        "MultiPolygon", "natur_friluftsliv", "omrade",
        (
            _name(),
            Field("bla_typ", "text", "Typ", "Type", (
                Code("kustzon", "Kustzon", "Coastal zone"),
                Code("skargard", "Skärgård", "Archipelago"),
                Code("sjo", "Sjö", "Lake"),
                Code("vattendrag", "Vattendrag", "Watercourse"),
                Code("vattenskydd", "Vattenskyddsområde", "Water protection area"),
            )),
        ),
        draw_order=30, aliases=("blue_structure", "kustzon"),
    ),
    ElementType(
        "gronstruktur", "Grönstruktur", "Green structure",
        "MultiPolygon", "natur_friluftsliv", "omrade",
        (
            _name(),
            Field("gron_typ", "text", "Typ", "Type", (
                Code("gron_kil", "Grön kil", "Green wedge"),
                Code("gronomrade", "Grönområde", "Green area"),
                Code("friluftsomrade", "Friluftsområde", "Recreation area"),
                Code("naturreservat", "Naturreservat", "Nature reserve"),
                Code("nationalpark", "Nationalpark", "National park"),
                Code("biosfaromrade", "Biosfärområde", "Biosphere reserve"),
            )),
            Field("varden", "text", "Värden", "Values"),
        ),
        draw_order=40, aliases=("green_structure", "gron_kil", "grona_kilar"),
    ),
    ElementType(
        "vardetrakt", "Värdetrakt (grön infrastruktur)", "GI value area",
        "MultiPolygon", "natur_friluftsliv", "omrade",
        (
            _name(),
            Field("naturtyp", "text", "Naturtyp", "Habitat", (
                Code("skog", "Skog", "Forest"),
                Code("odlingslandskap", "Odlingslandskap", "Farmland"),
                Code("vatmark", "Våtmark", "Wetland"),
                Code("sotvatten", "Sötvatten", "Freshwater"),
                Code("kust", "Kust och hav", "Coast and sea"),
                Code("fjall", "Fjäll", "Mountains"),
                Code("ovrigt", "Övrigt", "Other"),
            )),
        ),
        draw_order=45, aliases=("gi_value_area", "vardetrakter"),
    ),
    ElementType(
        "gransbygd", "Gränsbygd", "Border band",
        "MultiPolygon", "bebyggelse", "omrade",
        (
            Field("region_id", "text", "Region", "Region"),
            Field("grans", "text", "Gräns", "Border"),
            Field("band_from", "real", "Band från", "Band from"),
            Field("band_to", "real", "Band till", "Band to"),
            Field("band_enhet", "text", "Enhet", "Unit", (
                Code("km", "km", "km"),
                Code("min", "minuter", "minutes"),
            )),
            Field("befolkning", "int", "Befolkning", "Population"),
        ),
        draw_order=50, aliases=("border_band", "border_zones", "gransomrade"),
    ),
    ElementType(
        "utvecklingsomrade", "Utvecklingsområde", "Development area",
        "MultiPolygon", "bebyggelse", "omrade",
        (
            _name(),
            Field("kategori", "text", "Kategori", "Category", (
                Code("bostader", "Bostäder", "Housing"),
                Code("verksamheter", "Verksamheter", "Business and industry"),
                Code("blandad", "Blandad bebyggelse", "Mixed use"),
                Code("omvandling", "Omvandlingsområde", "Transformation area"),
                Code("landsbygd", "Landsbygdsutveckling", "Rural development"),
            )),
            Field("tathet", "text", "Täthet", "Density", (
                Code("hog", "Hög", "High"),
                Code("medel", "Medel", "Medium"),
                Code("lag", "Låg", "Low"),
            )),
            Field("etapp", "text", "Etapp", "Phase"),
        ),
        draw_order=60, aliases=("development_area", "bebyggelselage", "utvecklingsomraden"),
    ),
    ElementType(
        "transportinfrastruktur", "Transportinfrastruktur", "Transport infrastructure",
        "MultiLineString", "kommunikation", "strak",
        (
            _name(),
            Field("trafikslag", "text", "Trafikslag", "Mode", (
                Code("vag", "Väg", "Road"),
                Code("jarnvag", "Järnväg", "Railway"),
                Code("farja", "Färjeled", "Ferry route"),
            )),
            Field("nummer", "text", "Nummer", "Number"),
        ),
        draw_order=70, aliases=("transport", "vagar", "jarnvagar", "roads"),
    ),
    ElementType(
        "gront_samband", "Grönt samband", "Green link",
        "MultiLineString", "natur_friluftsliv", "strak",
        (
            _name(),
            Field("samband_typ", "text", "Typ", "Type", (
                Code("gront_samband", "Grönt samband", "Green link"),
                Code("svagt_samband", "Svagt grönt samband", "Weak green link"),
            )),
            Field("bredd_m", "real", "Bredd (m)", "Width (m)"),
            Field("konnektivitet", "real", "Konnektivitet", "Connectivity"),
            Field("hot", "text", "Hot", "Threat"),
        ),
        draw_order=80, aliases=("green_link", "grona_samband", "svagt_samband"),
    ),
    ElementType(
        "utvecklingsstrak", "Utvecklingsstråk", "Development corridor",
        "MultiLineString", "bebyggelse", "strak",
        (
            _name(),
            Field("strak_typ", "text", "Typ av stråk", "Corridor type", (
                Code("utvecklingsstrak", "Utvecklingsstråk", "Development corridor"),
                Code("kollektivtrafikstrak", "Kollektivtrafikstråk", "Public transport corridor"),
                Code("godsstrak", "Godsstråk", "Freight corridor"),
            )),
            Field("trafikslag", "text", "Trafikslag", "Modes"),
            Field("prioritet", "int", "Prioritet", "Priority", (
                Code(1, "Hög", "High"),
                Code(2, "Medel", "Medium"),
                Code(3, "Låg", "Low"),
            )),
        ),
        draw_order=90, aliases=("corridor", "strak", "development_corridor"),
    ),
    ElementType(
        "funktionellt_samband", "Funktionellt samband", "Functional connection",
        "MultiLineString", "kommunikation", "strak",
        (
            Field("from_id", "text", "Från (id)", "From (id)"),
            Field("to_id", "text", "Till (id)", "To (id)"),
            Field("from_namn", "text", "Från", "From"),
            Field("to_namn", "text", "Till", "To"),
            Field("flode", "real", "Flöde (antal)", "Flow (count)"),
            Field("andel", "real", "Andel av utpendlarna", "Share of origin"),
            Field("ar", "int", "År", "Year"),
            Field("samband_typ", "text", "Typ av samband", "Connection type", SAMBAND_TYP),
        ),
        draw_order=100, aliases=("functional_connection", "samband", "flowlines", "flodeslinjer"),
    ),
    ElementType(
        "gransoverskridande_samband", "Gränsöverskridande samband", "Cross-border connection",
        "MultiLineString", "kommunikation", "strak",
        (
            Field("from_id", "text", "Från (id)", "From (id)"),
            Field("to_id", "text", "Till (id)", "To (id)"),
            Field("from_namn", "text", "Från", "From"),
            Field("to_namn", "text", "Till", "To"),
            Field("flode", "real", "Flöde (antal)", "Flow (count)"),
            Field("andel", "real", "Andel av utpendlarna", "Share of origin"),
            Field("ar", "int", "År", "Year"),
            Field("grans_typ", "text", "Gräns", "Border", (
                Code("kommun", "Kommungräns", "Municipal border"),
                Code("lan", "Länsgräns", "County border"),
                Code("nation", "Riksgräns", "National border"),
            )),
            Field("motpart", "text", "Motpart", "Counterpart"),
        ),
        draw_order=110, aliases=("cross_border_connection", "gransoverskridande"),
    ),
    ElementType(
        "bytespunkt", "Bytespunkt", "Interchange",
        "Point", "kommunikation", "nod",
        (
            _name(),
            Field("trafikslag", "text", "Trafikslag", "Modes"),
            Field("avgangar", "int", "Avgångar per dygn", "Departures per day"),
        ),
        draw_order=120, aliases=("interchange", "bytespunkter", "resecentrum"),
    ),
    ElementType(
        "nod", "Nod", "Node",
        "Point", "bebyggelse", "nod",
        (
            _name(),
            Field("nodniva", "int", "Nodnivå", "Node level", NODNIVA),
            Field("befolkning", "int", "Befolkning", "Population"),
            Field("arbetstillfallen", "int", "Arbetstillfällen", "Jobs"),
            Field("kommunkod", "text", "Kommunkod", "Municipality code"),
            Field("funktioner", "text", "Funktioner", "Functions"),
        ),
        draw_order=130, aliases=("noder", "nodes", "orter", "tatorter"),
    ),
)

_BY_KEY = {element.key: element for element in ELEMENT_TYPES}

#: Field that names an element type explicitly on a layer of any name (e.g. an analysis output).
ELEMENT_TYPE_FIELD = "strukturbild_typ"


def element_type(key):
    """The element type with this key; KeyError with the known keys if there is none."""
    try:
        return _BY_KEY[key]
    except KeyError:
        raise KeyError(f"unknown strukturbild element type {key!r}; known: {', '.join(_BY_KEY)}") from None


def element_keys():
    return tuple(_BY_KEY)


def normalise_name(text):
    """'Gränsöverskridande samband' -> 'gransoverskridande_samband' (for matching layer names)."""
    text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode("ascii")
    cleaned = "".join(ch if ch.isalnum() else "_" for ch in text.lower())
    return "_".join(part for part in cleaned.split("_") if part)


def match_element_type(name):
    """The element type a layer name (or a `strukturbild_typ` value) stands for, or None.

    Matches the key, the Swedish or English title, or an alias, after normalising case, diacritics
    and separators; a name that starts with a key followed by '_' or a digit (e.g. 'nod_2024') matches too.
    """
    wanted = normalise_name(name)
    if not wanted:
        return None
    for element in ELEMENT_TYPES:
        names = {element.key, normalise_name(element.sv), normalise_name(element.en)}
        names.update(normalise_name(alias) for alias in element.aliases)
        if wanted in names:
            return element
    for element in sorted(ELEMENT_TYPES, key=lambda e: -len(e.key)):
        if wanted.startswith(element.key + "_"):
            return element
    return None


def drawing_order(keys):
    """Keys sorted bottom-to-top for drawing."""
    return sorted(keys, key=lambda key: element_type(key).draw_order)
