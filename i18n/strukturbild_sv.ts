<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../strukturbild_plugin/gpkg.py" line="59"/>
        <source>Cannot create layer &apos;{layer}&apos; in {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/gpkg.py" line="101"/>
        <source>A strukturbild GeoPackage needs a projected CRS in metres, such as SWEREF 99 TM (EPSG:3006); got {crs}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/gpkg.py" line="120"/>
        <source>The new layer &apos;{layer}&apos; in {path} cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/gpkg.py" line="126"/>
        <source>Cannot store the style of &apos;{layer}&apos; in {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="60"/>
        <source>form init code ({tag})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="64"/>
        <source>form init code source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="72"/>
        <source>action &apos;{name}&apos; (runs code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="79"/>
        <source>form widget &apos;{name}&apos; ({tag})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="84"/>
        <source>script in map tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="97"/>
        <source>The style library folder {folder} does not exist or cannot be read. Check the path (Strukturbild settings, or the STYLE_LIBRARY parameter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="115"/>
        <source>No style for element type &apos;{key}&apos; in the style library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="138"/>
        <source>The template {path} is not a QGIS layout template (.qpt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="140"/>
        <source>Layout template &apos;{name}&apos; not found. Give a .qpt file that exists or one of the library&apos;s templates: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="149"/>
        <source>Cannot read the layout template {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="154"/>
        <source>The layout template {path} is not valid XML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="177"/>
        <source>The style {path} cannot be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="185"/>
        <source>The style {path} could not be applied to layer &apos;{layer}&apos;: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="189"/>
        <source>Style {path}: removed embedded code that Strukturbild never runs: {parts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/plugin.py" line="39"/>
        <source>Strukturbild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/plugin.py" line="42"/>
        <source>Show the Strukturbild panel: assemble and export strukturbild maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/plugin.py" line="74"/>
        <source>&amp;Strukturbild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="86"/>
        <source>The strukturbild GeoPackage {path} does not exist. Create one with &apos;Create strukturbild GeoPackage&apos; or give its correct path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="90"/>
        <source>{path} cannot be opened as a GeoPackage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="105"/>
        <source>{path} has no strukturbild element layers (layer names such as &apos;nod&apos;, &apos;utvecklingsstrak&apos;, &apos;gronstruktur&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="136"/>
        <source>Layer &apos;{layer}&apos; matches no strukturbild element type. Rename it to an element type (e.g. &apos;nod&apos;, &apos;funktionellt_samband&apos;, &apos;gronstruktur&apos;) or add a text field &apos;{field}&apos; holding one. Known types: {keys}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="191"/>
        <source>Layer &apos;{layer}&apos; is not valid (its source cannot be read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="206"/>
        <source>None of the given layers has any features: there is nothing to map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="217"/>
        <source>The map CRS {crs} is geographic (degrees); choose a projected CRS such as SWEREF 99 TM (EPSG:3006).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="226"/>
        <source>The extent layer &apos;{layer}&apos; is in a geographic CRS ({crs}, degrees) or has none. Reproject it to a projected CRS such as SWEREF 99 TM (EPSG:3006) with &apos;Reproject layer&apos; and use that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="234"/>
        <source>The extent filter &apos;{filter}&apos; is not a valid expression: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="245"/>
        <source>No feature of the extent layer &apos;{layer}&apos; matches the filter &apos;{filter}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="264"/>
        <source>The map extent is empty; give an extent layer or an extent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="288"/>
        <source>The layout template {path} could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="292"/>
        <source>The layout template {path} lacks the item(s) {ids}. A strukturbild template needs items with the ids {required}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="299"/>
        <source>The item &apos;main_map&apos; of {path} is not a map item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="324"/>
        <source>The template has no &apos;{id}&apos; item; the map is made without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="355"/>
        <source>The item &apos;legend&apos; of the template is not a legend item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="364"/>
        <source>Teckenförklaring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="389"/>
        <source>Cannot export to &apos;{path}&apos;: the output must end in .pdf, .png or .svg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="413"/>
        <source>Exporting the map to {path} failed (QGIS export result {code}): check that the folder is writable and the file is not open elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="63"/>
        <source>Strukturbild layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="65"/>
        <source>Strukturbild GeoPackage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="66"/>
        <source>Layers in the project, each mapped to an element type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="72"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="122"/>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="74"/>
        <source>Element type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="76"/>
        <source>Refresh layer list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="83"/>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="87"/>
        <source>A library template or the path of a .qpt file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="92"/>
        <source>Swedish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="93"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="97"/>
        <source>A shared folder with the region&apos;s styles/ and templates/ (empty: the bundled library)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="100"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="101"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="102"/>
        <source>Subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="103"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="104"/>
        <source>Legend language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="105"/>
        <source>Style library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="109"/>
        <source>Extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="112"/>
        <source>Map canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="113"/>
        <source>Whole layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="114"/>
        <source>Selected features (e.g. one county)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="115"/>
        <source>Features matching an expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="121"/>
        <source>Extent from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="123"/>
        <source>Expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="127"/>
        <source>Open in layout designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="128"/>
        <source>Export map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="192"/>
        <source>Tick at least one layer and give it an element type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="212"/>
        <source>Choose the layer that gives the extent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="218"/>
        <source>Select the feature(s) of &apos;{layer}&apos; that give the extent, e.g. one county.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="247"/>
        <source>Strukturbild map: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="264"/>
        <source>Export strukturbild map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="264"/>
        <source>PDF (*.pdf);;PNG (*.png);;SVG (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="274"/>
        <source>Map exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssembleMap</name>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="51"/>
        <source>Assemble strukturbild map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="59"/>
        <source>Builds a print-ready strukturbild map from a strukturbild GeoPackage and/or extra layers, with the region&apos;s shared styles and a layout template, and exports it as PDF, PNG or SVG (chosen by the output&apos;s extension). The same code builds the map in the Strukturbild panel.

Strukturbild GeoPackage: every layer named as an element type (nod, utvecklingsstrak, funktionellt_samband, gronstruktur, ...) is drawn; empty layers are left out of map and legend.
Extra layers: each is matched to an element type by a text field &apos;strukturbild_typ&apos; or by its layer name.
Template: a library template name (A3_landscape, A4_portrait, presentation_16x9) or a .qpt file with the items main_map, legend and title (and overview_map, subtitle, scalebar, north_arrow, sources, date, logo).
Extent: the bounding box of the extent layer&apos;s features (optionally filtered by an expression, e.g. &quot;code&quot; = &apos;05&apos; for one county); else the given extent; else all thematic layers. The extent layer must be in a projected CRS.
PDF and SVG keep text as text with embedded fonts, so the map is searchable and accessible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="76"/>
        <source>Strukturbild GeoPackage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="78"/>
        <source>Extra element layers (matched by &apos;strukturbild_typ&apos; field or layer name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="81"/>
        <source>Layout template (library name or .qpt file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="83"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="83"/>
        <source>Strukturbild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="85"/>
        <source>Subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="87"/>
        <source>Sources (printed as 'Källa: …')</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="89"/>
        <source>Extent layer (e.g. län or kommuner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="91"/>
        <source>Extent filter expression on the extent layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="94"/>
        <source>Extent (used when no extent layer is given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="96"/>
        <source>Style library folder (empty: configured or bundled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="99"/>
        <source>Legend language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="99"/>
        <source>Swedish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="99"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="102"/>
        <source>Map (PDF, PNG or SVG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="102"/>
        <source>PDF (*.pdf);;PNG (*.png);;SVG (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="105"/>
        <source>Element layers drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="106"/>
        <source>Map scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="111"/>
        <source>OUTPUT must end in .pdf, .png or .svg: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="122"/>
        <source>Nothing to map: give a strukturbild GeoPackage (STRUKTURBILD) or element layers (LAYERS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="138"/>
        <source>The extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="156"/>
        <source>Map written to {path}: template {template}, scale 1:{scale}, {n} element layers ({layers}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateStrukturbild</name>
    <message>
        <location filename="../processing_algorithms/maps/createstrukturbild.py" line="28"/>
        <source>Create strukturbild GeoPackage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/createstrukturbild.py" line="31"/>
        <source>Creates an empty strukturbild GeoPackage with one layer per element type of the strukturbild data model (an extension of Boverket's ÖP-modell): nodes, interchanges, development corridors, transport infrastructure, functional and cross-border connections, green structure and green links, blue structure, development areas, rural typology, border bands, functional regions, GI value areas and administrative units.

Every layer has the common fields id, plan_id, struktur, objekttyp, niva, vagledning, status, horisont_ar, kalla, beskrivning and its own fields. The style from the style library is stored in the GeoPackage as each layer's default style, and coded fields get drop-down lists, so the layers can be drawn in directly.

CRS: a projected CRS in metres (default SWEREF 99 TM, EPSG:3006).
Style library: a folder with the region's shared styles (empty: the library set in the Strukturbild settings, else the bundled one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/createstrukturbild.py" line="46"/>
        <source>Coordinate reference system (projected, metres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/createstrukturbild.py" line="49"/>
        <source>Style library folder (empty: configured or bundled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/createstrukturbild.py" line="52"/>
        <source>Strukturbild GeoPackage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/createstrukturbild.py" line="52"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/createstrukturbild.py" line="54"/>
        <source>Number of element layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/createstrukturbild.py" line="60"/>
        <source>The chosen CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/createstrukturbild.py" line="63"/>
        <source>OUTPUT must be a GeoPackage file ending in .gpkg: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/createstrukturbild.py" line="74"/>
        <source>Cancelled: no GeoPackage was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/createstrukturbild.py" line="83"/>
        <source>Created {path} with {n} element layers in {crs}: {layers}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrukturbildProvider</name>
    <message>
        <location filename="../processing_algorithms/provider.py" line="15"/>
        <source>Strukturbild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_algorithms/provider.py" line="18"/>
        <source>Strukturbild: regional structure maps and functional geographies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
