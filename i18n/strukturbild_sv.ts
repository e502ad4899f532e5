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
