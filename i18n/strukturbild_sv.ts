<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>@default</name>
    <message>
        <location filename="../strukturbild_plugin/gpkg.py" line="55"/>
        <source>Cannot create layer &apos;{layer}&apos; in {path}: {error}</source>
        <translation>Det går inte att skapa lagret '{layer}' i {path}: {error}</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/gpkg.py" line="97"/>
        <source>A strukturbild GeoPackage needs a projected CRS in metres, such as SWEREF 99 TM (EPSG:3006); got {crs}.</source>
        <translation>En strukturbilds-GeoPackage kräver ett projicerat koordinatsystem i meter, till exempel SWEREF 99 TM (EPSG:3006); angivet var {crs}.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/gpkg.py" line="116"/>
        <source>The new layer &apos;{layer}&apos; in {path} cannot be opened.</source>
        <translation>Det nya lagret '{layer}' i {path} går inte att öppna.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/gpkg.py" line="122"/>
        <source>Cannot store the style of &apos;{layer}&apos; in {path}: {error}</source>
        <translation>Det går inte att spara stilen för '{layer}' i {path}: {error}</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="631"/>
        <source>form init code ({tag})</source>
        <translation>initieringskod för formulär ({tag})</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="635"/>
        <source>form init code source</source>
        <translation>källa för initieringskod för formulär</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="643"/>
        <source>action &apos;{name}&apos; (runs code)</source>
        <translation>åtgärden '{name}' (kör kod)</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="650"/>
        <source>form widget &apos;{name}&apos; ({tag})</source>
        <translation>formulärwidgeten '{name}' ({tag})</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="655"/>
        <source>script in map tip</source>
        <translation>skript i karttips</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="729"/>
        <source>The style library folder {folder} does not exist or cannot be read. Check the path (Strukturbild settings, or the STYLE_LIBRARY parameter).</source>
        <translation>Stilbiblioteksmappen {folder} finns inte eller går inte att läsa. Kontrollera sökvägen (Strukturbild-inställningarna eller parametern STYLE_LIBRARY).</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="758"/>
        <source>No style for element type &apos;{key}&apos; in the style library.</source>
        <translation>Stilbiblioteket saknar stil för elementtypen '{key}'.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="784"/>
        <source>The template {path} is not a QGIS layout template (.qpt).</source>
        <translation>Mallen {path} är inte en QGIS-layoutmall (.qpt).</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="786"/>
        <source>Layout template &apos;{name}&apos; not found. Give a .qpt file that exists or one of the library&apos;s templates: {names}.</source>
        <translation>Layoutmallen '{name}' hittades inte. Ange en befintlig .qpt-fil eller någon av bibliotekets mallar: {names}.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="798"/>
        <source>Cannot read the layout template {path}: {error}</source>
        <translation>Det går inte att läsa layoutmallen {path}: {error}</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="806"/>
        <source>The layout template {path} is not valid XML.</source>
        <translation>Layoutmallen {path} är inte giltig XML.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="843"/>
        <source>The style {path} cannot be read: {error}</source>
        <translation>Stilen {path} går inte att läsa: {error}</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="851"/>
        <source>The style {path} could not be applied to layer &apos;{layer}&apos;: {message}</source>
        <translation>Stilen {path} kunde inte tillämpas på lagret '{layer}': {message}</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="855"/>
        <source>Style {path}: removed embedded code that Strukturbild never runs: {parts}.</source>
        <translation>Stilen {path}: inbäddad kod som Strukturbild aldrig kör har tagits bort: {parts}.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/plugin.py" line="39"/>
        <source>Strukturbild</source>
        <translation>Strukturbild</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/plugin.py" line="42"/>
        <source>Show the Strukturbild panel: assemble and export strukturbild maps</source>
        <translation>Visa Strukturbild-panelen: sätt ihop och exportera strukturbildskartor</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/plugin.py" line="75"/>
        <source>&amp;Strukturbild</source>
        <translation>&amp;Strukturbild</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="197"/>
        <source>The strukturbild GeoPackage {path} does not exist. Create one with &apos;Create strukturbild GeoPackage&apos; or give its correct path.</source>
        <translation>Strukturbilds-GeoPackage-filen {path} finns inte. Skapa en med 'Skapa strukturbilds-GeoPackage' eller ange rätt sökväg.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="673"/>
        <source>{path} cannot be opened as a GeoPackage.</source>
        <translation>{path} går inte att öppna som GeoPackage.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="216"/>
        <source>{path} has no strukturbild element layers (layer names such as &apos;nod&apos;, &apos;utvecklingsstrak&apos;, &apos;gronstruktur&apos;).</source>
        <translation>{path} innehåller inga elementlager för strukturbild (lagernamn som 'nod', 'utvecklingsstrak', 'gronstruktur').</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/publish.py" line="478"/>
        <source>Layer &apos;{layer}&apos; is not valid (its source cannot be read).</source>
        <translation>Lagret '{layer}' är inte giltigt (dess källa går inte att läsa).</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="470"/>
        <source>None of the given layers has any features: there is nothing to map.</source>
        <translation>Inget av de angivna lagren innehåller några objekt: det finns inget att visa på kartan.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="481"/>
        <source>The map CRS {crs} is geographic (degrees); choose a projected CRS such as SWEREF 99 TM (EPSG:3006).</source>
        <translation>Kartans koordinatsystem {crs} är geografiskt (grader); välj ett projicerat koordinatsystem, till exempel SWEREF 99 TM (EPSG:3006).</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="490"/>
        <source>The extent layer &apos;{layer}&apos; is in a geographic CRS ({crs}, degrees) or has none. Reproject it to a projected CRS such as SWEREF 99 TM (EPSG:3006) with &apos;Reproject layer&apos; and use that.</source>
        <translation>Utbredningslagret '{layer}' har ett geografiskt koordinatsystem ({crs}, grader) eller saknar koordinatsystem. Projicera om det till ett projicerat koordinatsystem, till exempel SWEREF 99 TM (EPSG:3006), med 'Projicera om lager' och använd det nya lagret.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/webmap.py" line="632"/>
        <source>The extent filter &apos;{filter}&apos; is not a valid expression: {error}</source>
        <translation>Utbredningsfiltret '{filter}' är inte ett giltigt uttryck: {error}</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/webmap.py" line="640"/>
        <source>No feature of the extent layer &apos;{layer}&apos; matches the filter &apos;{filter}&apos;.</source>
        <translation>Inget objekt i utbredningslagret '{layer}' matchar filtret '{filter}'.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="526"/>
        <source>The map extent is empty; give an extent layer or an extent.</source>
        <translation>Kartans utbredning är tom; ange ett utbredningslager eller en utbredning.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="556"/>
        <source>The layout template {path} could not be loaded.</source>
        <translation>Layoutmallen {path} kunde inte läsas in.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="561"/>
        <source>The layout template {path} lacks the item(s) {ids}. A strukturbild template needs items with the ids {required}.</source>
        <translation>Layoutmallen {path} saknar objekten {ids}. En strukturbildsmall måste ha objekt med id:na {required}.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="568"/>
        <source>The item &apos;main_map&apos; of {path} is not a map item.</source>
        <translation>Objektet 'main_map' i {path} är inte ett kartobjekt.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="596"/>
        <source>The template has no &apos;{id}&apos; item; the map is made without it.</source>
        <translation>Mallen saknar objektet '{id}'; kartan skapas utan det.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="663"/>
        <source>The item &apos;legend&apos; of the template is not a legend item.</source>
        <translation>Mallens objekt 'legend' är inte ett teckenförklaringsobjekt.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="672"/>
        <source>Teckenförklaring</source>
        <translation>Teckenförklaring</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="734"/>
        <source>Cannot export to &apos;{path}&apos;: the output must end in .pdf, .png or .svg.</source>
        <translation>Det går inte att exportera till '{path}': utdatafilen måste sluta på .pdf, .png eller .svg.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="758"/>
        <source>Exporting the map to {path} failed (QGIS export result {code}): check that the folder is writable and the file is not open elsewhere.</source>
        <translation>Exporten av kartan till {path} misslyckades (QGIS exportresultat {code}): kontrollera att mappen är skrivbar och att filen inte är öppen i något annat program.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="193"/>
        <source>Strukturbild layers</source>
        <translation>Strukturbildslager</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="195"/>
        <source>Strukturbild GeoPackage</source>
        <translation>Strukturbilds-GeoPackage</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="206"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="310"/>
        <source>Layer</source>
        <translation>Lager</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="210"/>
        <source>Element type</source>
        <translation>Elementtyp</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="228"/>
        <source>Refresh layer list</source>
        <translation>Uppdatera lagerlistan</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="236"/>
        <source>Map</source>
        <translation>Karta</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="242"/>
        <source>A library template or the path of a .qpt file</source>
        <translation>En mall i biblioteket eller sökvägen till en .qpt-fil</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="254"/>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="255"/>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="260"/>
        <source>A shared folder with the region&apos;s styles/ and templates/ (empty: the bundled library)</source>
        <translation>En gemensam mapp med regionens styles/ och templates/ (tomt: det medföljande biblioteket)</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="271"/>
        <source>Template</source>
        <translation>Mall</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="272"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="273"/>
        <source>Subtitle</source>
        <translation>Undertitel</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="274"/>
        <source>Sources</source>
        <translation>Källor</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="275"/>
        <source>Legend language</source>
        <translation>Språk i teckenförklaringen</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="276"/>
        <source>Style library</source>
        <translation>Stilbibliotek</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="281"/>
        <source>Extent</source>
        <translation>Utbredning</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="1227"/>
        <source>Map canvas</source>
        <translation>Kartfönstret</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="287"/>
        <source>Whole layer</source>
        <translation>Hela lagret</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="288"/>
        <source>Selected features (e.g. one county)</source>
        <translation>Valda objekt (t.ex. ett län)</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="289"/>
        <source>Features matching an expression</source>
        <translation>Objekt som matchar ett uttryck</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="309"/>
        <source>Extent from</source>
        <translation>Utbredning från</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="311"/>
        <source>Expression</source>
        <translation>Uttryck</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="316"/>
        <source>Open in layout designer</source>
        <translation>Öppna i layoutdesignern</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="319"/>
        <source>Export map…</source>
        <translation>Exportera karta…</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="766"/>
        <source>Tick at least one layer and give it an element type.</source>
        <translation>Markera minst ett lager och ange en elementtyp för det.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="786"/>
        <source>Choose the layer that gives the extent.</source>
        <translation>Välj det lager som anger utbredningen.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="792"/>
        <source>Select the feature(s) of &apos;{layer}&apos; that give the extent, e.g. one county.</source>
        <translation>Välj det eller de objekt i '{layer}' som anger utbredningen, t.ex. ett län.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="916"/>
        <source>Export strukturbild map</source>
        <translation>Exportera strukturbildskarta</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="916"/>
        <source>PDF (*.pdf);;PNG (*.png);;SVG (*.svg)</source>
        <translation>PDF (*.pdf);;PNG (*.png);;SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="960"/>
        <source>Map exported to {path}</source>
        <translation>Kartan har exporterats till {path}</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/common.py" line="37"/>
        <source>The zones layer could not be read.</source>
        <translation>Zonlagret gick inte att läsa.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/common.py" line="40"/>
        <source>The zones layer &apos;{layer}&apos; has no field &apos;{field}&apos;. Choose the field that holds the zone codes (e.g. kommunkod).</source>
        <translation>Zonlagret '{layer}' saknar fältet '{field}'. Välj det fält som innehåller zonkoderna (t.ex. kommunkod).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/common.py" line="57"/>
        <source>The zones layer &apos;{layer}&apos; has no features with a value in &apos;{field}&apos;.</source>
        <translation>Zonlagret '{layer}' har inga objekt med ett värde i '{field}'.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/common.py" line="65"/>
        <source>The zones layer &apos;{layer}&apos; has {n} duplicated id(s) in field &apos;{field}&apos; (e.g. {examples}). Each zone must occur once: dissolve the layer by &apos;{field}&apos; first.</source>
        <translation>Zonlagret '{layer}' har {n} dubblerade id:n i fältet '{field}' (t.ex. {examples}). Varje zon får bara förekomma en gång: lös först upp lagret (dissolve) efter '{field}'.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/common.py" line="70"/>
        <source>{n} zone(s) of &apos;{layer}&apos; have no value in &apos;{field}&apos; and were left out.</source>
        <translation>{n} zon(er) i '{layer}' saknar värde i '{field}' och har utelämnats.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/common.py" line="82"/>
        <source>The flow table could not be read.</source>
        <translation>Flödestabellen gick inte att läsa.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/common.py" line="84"/>
        <source>origin (residence)</source>
        <translation>ursprung (bostadskommun)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/common.py" line="84"/>
        <source>destination (workplace)</source>
        <translation>destination (arbetsställekommun)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/common.py" line="84"/>
        <source>value (count)</source>
        <translation>värde (antal)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/common.py" line="87"/>
        <source>The flow table &apos;{layer}&apos; has no field &apos;{field}&apos; for the {role}. Available fields: {fields}.</source>
        <translation>Flödestabellen '{layer}' saknar fältet '{field}' för {role}. Tillgängliga fält: {fields}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/common.py" line="102"/>
        <source>Flow table &apos;{layer}&apos; (fields {o}, {d}, {v}): {error}</source>
        <translation>Flödestabellen '{layer}' (fälten {o}, {d}, {v}): {error}</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/common.py" line="110"/>
        <source>Flow table &apos;{layer}&apos;: {note}</source>
        <translation>Flödestabellen '{layer}': {note}</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/raster.py" line="53"/>
        <source>The resistance raster &apos;{name}&apos; is rotated; warp it to a north-up grid first.</source>
        <translation>Motståndsrastret '{name}' är roterat; transformera (warp) det till ett norrorienterat rutnät först.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/raster.py" line="56"/>
        <source>The resistance raster '{name}' has rectangular cells ({w} × {h}); resample it to square cells first.</source>
        <translation>Motståndsrastret '{name}' har rektangulära celler ({w} × {h}); sampla om det till kvadratiska celler först.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="323"/>
        <source>The population raster must be north-up with square cells; warp or resample it first.</source>
        <translation>Befolkningsrastret måste vara norrorienterat med kvadratiska rutor; transformera (warp) eller sampla om det först.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="258"/>
        <source>Layer '{layer}' matches no strukturbild element type and has no style of its own. Rename it to an element type (e.g. 'nod', 'funktionellt_samband', 'gronstruktur'), add a text field '{field}' holding one, or save a default style with it (Layer Properties › Style › Save as Default). Known types: {keys}.</source>
        <translation>Lagret '{layer}' motsvarar ingen elementtyp i strukturbilden och har ingen egen stil. Byt namn på det till en elementtyp (t.ex. 'nod', 'funktionellt_samband', 'gronstruktur'), lägg till ett textfält '{field}' som anger elementtypen, eller spara en standardstil med lagret (Lageregenskaper › Stil › Spara som standard). Kända typer: {keys}.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="716"/>
        <source>Own style (analysis layer)</source>
        <translation>Egen stil (analyslager)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="318"/>
        <source>The population raster &apos;{name}&apos; could not be read as a file ({error}): save it as a GeoTIFF first.</source>
        <translation>Befolkningsrastret '{name}' kunde inte läsas som en fil ({error}): spara det som GeoTIFF först.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/checks.py" line="73"/>
        <source>{name} (&apos;{description}&apos;) must be a number, not {value}. Give a value between {low} and {high}.</source>
        <translation>{name} ('{description}') måste vara ett tal, inte {value}. Ange ett värde mellan {low} och {high}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/checks.py" line="100"/>
        <source>{name} (&apos;{description}&apos;) must be {kind} between {low} and {high}, not {value}.</source>
        <translation>{name} ('{description}') måste vara {kind} mellan {low} och {high}, inte {value}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/checks.py" line="100"/>
        <source>a whole number</source>
        <translation>ett heltal</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/checks.py" line="100"/>
        <source>a number</source>
        <translation>ett tal</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/checks.py" line="116"/>
        <source>The layer '{layer}' holds points, but the {what} must be polygons: a point has no area, so every area and index would be 0. Buffer the points to their real size (Vector › Geoprocessing › Buffer) or use the polygon layer, and run again.</source>
        <translation>Lagret '{layer}' innehåller punkter, men {what} måste vara polygoner: en punkt har ingen yta, så alla areor och index skulle bli 0. Buffra punkterna till deras verkliga storlek (Vektor › Geoprocessing-verktyg › Buffert) eller använd polygonlagret, och kör igen.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/checks.py" line="121"/>
        <source>The layer '{layer}' holds lines, but the {what} must be polygons: a line has no area. Buffer the lines to their real width (Vector › Geoprocessing › Buffer) or use the polygon layer, and run again.</source>
        <translation>Lagret '{layer}' innehåller linjer, men {what} måste vara polygoner: en linje har ingen yta. Buffra linjerna till deras verkliga bredd (Vektor › Geoprocessing-verktyg › Buffert) eller använd polygonlagret, och kör igen.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/checks.py" line="125"/>
        <source>The layer &apos;{layer}&apos; has no geometry, but the {what} must be polygons. Choose a polygon layer and run again.</source>
        <translation>Lagret '{layer}' saknar geometri, men {what} måste vara polygoner. Välj ett polygonlager och kör igen.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/checks.py" line="134"/>
        <source>Feature {fid} of the layer '{layer}' is a {kind}, but the {what} must be polygons: buffer it to its real size (Vector › Geoprocessing › Buffer) or remove it, and run again.</source>
        <translation>Objekt {fid} i lagret '{layer}' är en {kind}, men {what} måste vara polygoner: buffra det till dess verkliga storlek (Vektor › Geoprocessing-verktyg › Buffert) eller ta bort det, och kör igen.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="518"/>
        <source>point</source>
        <translation>punkt</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="518"/>
        <source>line</source>
        <translation>linje</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/raster.py" line="49"/>
        <source>The resistance raster &apos;{name}&apos; could not be read as a file ({error}): save it as a GeoTIFF first.</source>
        <translation>Motståndsrastret '{name}' kunde inte läsas som en fil ({error}): spara det som GeoTIFF först.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/raster.py" line="78"/>
        <source>it has no cells</source>
        <translation>det har inga celler</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/raster.py" line="80"/>
        <source>every cell is no data or not a finite number</source>
        <translation>alla celler saknar data (no data) eller innehåller inget ändligt tal</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/raster.py" line="82"/>
        <source>every cost is 0 or negative (the largest is {value:g})</source>
        <translation>alla kostnader är 0 eller negativa (den största är {value:g})</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/raster.py" line="83"/>
        <source>The resistance raster &apos;{name}&apos; has no passable cell: {detail}. Cells with no data, a cost of 0 or less are impassable; check the band, its no-data value and the costs, and give passable cells a cost greater than 0.</source>
        <translation>Motståndsrastret '{name}' har ingen framkomlig cell: {detail}. Celler utan data eller med en kostnad på 0 eller mindre är oframkomliga; kontrollera bandet, dess no-data-värde och kostnaderna, och ge framkomliga celler en kostnad större än 0.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="162"/>
        <source>saved in {source}</source>
        <translation>sparad i {source}</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="539"/>
        <source>Layout template {path}: removed {entry}.</source>
        <translation>Layoutmallen {path}: tog bort {entry}.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="599"/>
        <source>Shared templates and styles may use pictures and symbols only from the style library folder, the plugin&apos;s own files or data embedded in them; HTML is printed as plain text, and web addresses are fetched only when the QGIS setting {key} is true.</source>
        <translation>Gemensamma mallar och stilar får bara använda bilder och symboler från stilbiblioteksmappen, insticksprogrammets egna filer eller data som är inbäddade i dem; HTML skrivs ut som vanlig text, och webbadresser hämtas bara när QGIS-inställningen {key} är true.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="623"/>
        <source>{reference} (style of layer &apos;{layer}&apos;)</source>
        <translation>{reference} (stilen för lagret '{layer}')</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="941"/>
        <source>The map could not be written to {path} ({reason}). Choose a folder you can write to.</source>
        <translation>Kartan kunde inte skrivas till {path} ({reason}). Välj en mapp som du kan skriva till.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="242"/>
        <source>a web address</source>
        <translation>en webbadress</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="243"/>
        <source>a network path</source>
        <translation>en nätverkssökväg</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="244"/>
        <source>outside the style library folder</source>
        <translation>utanför stilbiblioteksmappen</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="245"/>
        <source>an SVG that draws other files</source>
        <translation>en SVG-fil som ritar in andra filer</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="246"/>
        <source>an address QGIS would have to fetch</source>
        <translation>en adress som QGIS skulle behöva hämta</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="379"/>
        <source>picture item &apos;{id}&apos;</source>
        <translation>bildobjektet '{id}'</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="381"/>
        <source>label &apos;{id}&apos;</source>
        <translation>etiketten '{id}'</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="383"/>
        <source>arrow/line item &apos;{id}&apos;</source>
        <translation>pil-/linjeobjektet '{id}'</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="385"/>
        <source>shape item &apos;{id}&apos;</source>
        <translation>formobjektet '{id}'</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="387"/>
        <source>page background</source>
        <translation>sidbakgrunden</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="388"/>
        <source>layout item &apos;{id}&apos;</source>
        <translation>layoutobjektet '{id}'</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="419"/>
        <source>{what}: {value} ({reason})</source>
        <translation>{what}: {value} ({reason})</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="424"/>
        <source>{kind} symbol</source>
        <translation>{kind}-symbol</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="480"/>
        <source>{what}: data-defined source {source} (a file chosen by an expression is never opened)</source>
        <translation>{what}: datadefinierad källa {source} (en fil som väljs med ett uttryck öppnas aldrig)</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="488"/>
        <source>expression function {name}() (reads files or the environment)</source>
        <translation>uttrycksfunktionen {name}() (läser filer eller miljövariabler)</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="519"/>
        <source>{what}: HTML text formatting (it can load pictures)</source>
        <translation>{what}: HTML-textformatering (den kan läsa in bilder)</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="565"/>
        <source>HTML item &apos;{id}&apos;</source>
        <translation>HTML-objektet '{id}'</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="600"/>
        <source>layout element of a type Strukturbild does not print ({type}), removed</source>
        <translation>layoutelement av en typ som Strukturbild inte skriver ut ({type}), borttaget</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="570"/>
        <source>{what}: web page {url} (an HTML item never loads a page), removed</source>
        <translation>{what}: webbsidan {url} (ett HTML-objekt läser aldrig in en sida), borttagen</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="579"/>
        <source>{what}: printed as plain text without JavaScript; removed: {parts}</source>
        <translation>{what}: skrivs ut som vanlig text utan JavaScript; borttaget: {parts}</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="582"/>
        <source>{what}: printed as plain text without JavaScript</source>
        <translation>{what}: skrivs ut som vanlig text utan JavaScript</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="594"/>
        <source>{what}: HTML label printed as plain text; removed: {parts}</source>
        <translation>{what}: HTML-etiketten skrivs ut som vanlig text; borttaget: {parts}</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="597"/>
        <source>{what}: HTML label printed as plain text</source>
        <translation>{what}: HTML-etiketten skrivs ut som vanlig text</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="612"/>
        <source>This is not a QGIS 3 layout template (its root element is &lt;{tag}&gt;). Open it in the QGIS 3 layout designer and save it again as a template.</source>
        <translation>Det här är inte en layoutmall för QGIS 3 (dess rotelement är &lt;{tag}&gt;). Öppna den i layoutdesignern i QGIS 3 och spara den som mall igen.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="662"/>
        <source>map tip HTML ({parts})</source>
        <translation>HTML i karttips ({parts})</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="691"/>
        <source>an HTML item</source>
        <translation>ett HTML-objekt</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="694"/>
        <source>an HTML label</source>
        <translation>en HTML-etikett</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="858"/>
        <source>Style {path}: removed files and addresses a shared style may not use: {parts}.</source>
        <translation>Stilen {path}: filer och adresser som en gemensam stil inte får använda har tagits bort: {parts}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/common.py" line="105"/>
        <source>Flow table &apos;{layer}&apos;: {rows} rows read, {used} used, {total} commuters in the matrix of {n} zones.</source>
        <translation>Flödestabellen '{layer}': {rows} rader lästa, {used} använda, {total} pendlare i matrisen med {n} zoner.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="130"/>
        <source>{what} {path} does not exist. Check the path and run again.</source>
        <translation>{what} {path} finns inte. Kontrollera sökvägen och kör igen.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="134"/>
        <source>{what} {path} is not a GeoPackage that can be opened (a damaged file, or another format). Ask for the GeoPackage (.gpkg) again, as made by &apos;Contribution packages&apos; and edited in QGIS.</source>
        <translation>{what} {path} är ingen GeoPackage som går att öppna (en skadad fil eller ett annat format). Be om GeoPackage-filen (.gpkg) igen, så som den skapades av 'Bidragspaket' och redigerades i QGIS.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="178"/>
        <source>no layers at all</source>
        <translation>inga lager alls</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="179"/>
        <source>{what} {path} is not a strukturbild: none of its layers ({names}) is a strukturbild element layer such as &apos;nod&apos;, &apos;utvecklingsstrak&apos; or &apos;gronstruktur&apos;. Choose the strukturbild GeoPackage (one made by &apos;Create strukturbild GeoPackage&apos; or &apos;Contribution packages&apos;).</source>
        <translation>{what} {path} är ingen strukturbild: inget av dess lager ({names}) är ett elementlager för strukturbild, som 'nod', 'utvecklingsstrak' eller 'gronstruktur'. Välj strukturbildens GeoPackage (en som skapats med 'Skapa strukturbilds-GeoPackage' eller 'Bidragspaket').</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="582"/>
        <source>not valid</source>
        <translation>ogiltig</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="395"/>
        <source>Cannot write to layer &apos;{layer}&apos; in {path}: {error}</source>
        <translation>Det går inte att skriva till lagret '{layer}' i {path}: {error}</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="480"/>
        <source>the layer cannot be opened</source>
        <translation>lagret går inte att öppna</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="491"/>
        <source>Cannot store the styles in {path}: its style table cannot be opened.</source>
        <translation>Det går inte att spara stilarna i {path}: dess stiltabell går inte att öppna.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="508"/>
        <source>Cannot store the style of &apos;{layer}&apos; in {path}.</source>
        <translation>Det går inte att spara stilen för '{layer}' i {path}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="517"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="517"/>
        <source>whole-number</source>
        <translation>heltal</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="517"/>
        <source>decimal-number</source>
        <translation>decimaltal</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="517"/>
        <source>other</source>
        <translation>annan</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="518"/>
        <source>area</source>
        <translation>yta</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="522"/>
        <source>error</source>
        <translation>fel</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="522"/>
        <source>warning</source>
        <translation>varning</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="531"/>
        <source>The strukturbild holds no features in any element layer.</source>
        <translation>Strukturbilden innehåller inga objekt i något elementlager.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="531"/>
        <source>Check that this is the file the contributor edited and sent back: merged with a previous version as BASE, an empty file would remove all of the contributor&apos;s elements. The merge refuses it.</source>
        <translation>Kontrollera att det här är filen som bidragsgivaren redigerade och skickade tillbaka: sammanfogad med en tidigare version som BASE skulle en tom fil ta bort alla bidragsgivarens element. Sammanfogningen avvisar filen.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="535"/>
        <source>empty</source>
        <translation>tomt</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="535"/>
        <source>not one and the same value</source>
        <translation>inte ett och samma värde</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="536"/>
        <source>Who contributed this file cannot be told: it has no &apos;{table}&apos; table and the field &apos;bidragsgivare&apos; of its features is {state}.</source>
        <translation>Det går inte att avgöra vem som har bidragit med filen: den saknar tabellen '{table}' och objektens fält 'bidragsgivare' är {state}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="536"/>
        <source>Use the package made by &apos;Contribution packages&apos;, which names its contributor, or fill &apos;bidragsgivare&apos; with the contributor&apos;s id in every feature. The merge refuses the file.</source>
        <translation>Använd paketet som skapats av 'Bidragspaket', som anger bidragsgivaren, eller fyll i 'bidragsgivare' med bidragsgivarens id i varje objekt. Sammanfogningen avvisar filen.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="541"/>
        <source>The file has no contributor&apos;s area (layer &apos;{layer}&apos;) and no AREA layer was given: elements outside the area were not looked for.</source>
        <translation>Filen saknar bidragsgivarens område (lagret '{layer}') och inget AREA-lager angavs: det har inte kontrollerats om några element ligger utanför området.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="541"/>
        <source>Give the contributor&apos;s area (e.g. the kommun&apos;s polygon) as AREA to check where the elements lie.</source>
        <translation>Ange bidragsgivarens område (t.ex. kommunens polygon) som AREA för att kontrollera var elementen ligger.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="546"/>
        <source>The element layer &apos;{key}&apos; is missing.</source>
        <translation>Elementlagret '{key}' saknas.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="546"/>
        <source>The merge reads it as empty: merged with a previous version as BASE, the contributor&apos;s earlier elements of this type are replaced by none. If it was deleted by mistake, copy the layer back from the package.</source>
        <translation>Sammanfogningen läser det som tomt: sammanfogat med en tidigare version som BASE ersätts bidragsgivarens tidigare element av den här typen med inga alls. Om lagret togs bort av misstag, kopiera tillbaka det från paketet.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="551"/>
        <source>The layer &apos;{layer}&apos; is read as the element layer &apos;{key}&apos;.</source>
        <translation>Lagret '{layer}' läses som elementlagret '{key}'.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="551"/>
        <source>Give it its schema name &apos;{key}&apos; (or keep the package&apos;s layers) so that every tool finds it.</source>
        <translation>Ge det schemanamnet '{key}' (eller behåll paketets lager) så att alla verktyg hittar det.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="555"/>
        <source>The layer &apos;{layer}&apos; is not part of the strukturbild.</source>
        <translation>Lagret '{layer}' ingår inte i strukturbilden.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="555"/>
        <source>The merge leaves it out. Copy its features into the matching element layer if they belong in the strukturbild.</source>
        <translation>Sammanfogningen utelämnar det. Kopiera dess objekt till motsvarande elementlager om de hör hemma i strukturbilden.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="559"/>
        <source>The layer &apos;{layer}&apos; has no coordinate reference system.</source>
        <translation>Lagret '{layer}' saknar koordinatsystem.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="559"/>
        <source>Set the CRS the package was made in (Layer Properties › Source) and save. The merge refuses the file until then.</source>
        <translation>Ange det koordinatsystem som paketet skapades i (Lageregenskaper › Källa) och spara. Till dess avvisar sammanfogningen filen.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="563"/>
        <source>The layer &apos;{layer}&apos; is in another CRS than the package ({expected}).</source>
        <translation>Lagret '{layer}' har ett annat koordinatsystem än paketet ({expected}).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="563"/>
        <source>The merge reprojects it to the regional strukturbild&apos;s CRS: nothing to do if the elements lie where they should.</source>
        <translation>Sammanfogningen projicerar om det till den regionala strukturbildens koordinatsystem: du behöver inte göra något om elementen ligger där de ska.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="567"/>
        <source>The field &apos;{field}&apos; is missing.</source>
        <translation>Fältet '{field}' saknas.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="567"/>
        <source>The merge leaves it empty (NULL) in every feature of this layer. Keep the package&apos;s layers and fields when editing.</source>
        <translation>Sammanfogningen lämnar det tomt (NULL) i alla objekt i det här lagret. Behåll paketets lager och fält när du redigerar.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="571"/>
        <source>The field &apos;{field}&apos; is not part of the strukturbild schema.</source>
        <translation>Fältet '{field}' ingår inte i strukturbildens schema.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="571"/>
        <source>The merge leaves its values out: move what matters into a schema field such as &apos;beskrivning&apos;.</source>
        <translation>Sammanfogningen utelämnar dess värden: flytta det som är viktigt till ett schemafält, till exempel 'beskrivning'.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="574"/>
        <source>The field &apos;{field}&apos; is a {actual} field; the schema&apos;s is a {expected} field.</source>
        <translation>Fältet '{field}' är av typen {actual}; i schemat är det av typen {expected}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="574"/>
        <source>The merge converts each value; a value that cannot be converted is reported with its feature. Keep the package&apos;s fields when editing.</source>
        <translation>Sammanfogningen konverterar varje värde; ett värde som inte kan konverteras rapporteras tillsammans med sitt objekt. Behåll paketets fält när du redigerar.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="579"/>
        <source>The feature has no geometry.</source>
        <translation>Objektet saknar geometri.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="579"/>
        <source>Draw it or delete the feature; the merge rejects it.</source>
        <translation>Rita geometrin eller ta bort objektet; sammanfogningen avvisar det.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="582"/>
        <source>The geometry is not valid: {reason}.</source>
        <translation>Geometrin är inte giltig: {reason}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="582"/>
        <source>Fix it (Vector › Geometry Tools › Fix Geometries, or the Vertex Tool) and send the file again; the merge rejects it.</source>
        <translation>Laga den (Vektor › Geometriverktyg › Laga geometrier, eller brytpunktsverktyget) och skicka filen igen; sammanfogningen avvisar objektet.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="586"/>
        <source>The geometry is a {actual}; a &apos;{layer}&apos; element is a {expected}.</source>
        <translation>Geometrin är en {actual}; ett element i '{layer}' är en {expected}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="586"/>
        <source>Move it to the element layer of its kind or redraw it; the merge rejects it.</source>
        <translation>Flytta objektet till elementlagret för dess typ eller rita om det; sammanfogningen avvisar det.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="590"/>
        <source>&apos;{value}&apos; in &apos;{field}&apos; is not a number.</source>
        <translation>'{value}' i '{field}' är inte ett tal.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="590"/>
        <source>Enter a number or leave the field empty; the merge rejects the feature.</source>
        <translation>Ange ett tal eller lämna fältet tomt; sammanfogningen avvisar objektet.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="593"/>
        <source>&apos;{value}&apos; in &apos;{field}&apos; is not a whole number.</source>
        <translation>'{value}' i '{field}' är inte ett heltal.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="593"/>
        <source>Enter a whole number or leave the field empty; the merge rejects the feature.</source>
        <translation>Ange ett heltal eller lämna fältet tomt; sammanfogningen avvisar objektet.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="596"/>
        <source>&apos;{value}&apos; is not one of the values of &apos;{field}&apos; ({codes}).</source>
        <translation>'{value}' är inte ett av värdena för '{field}' ({codes}).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="598"/>
        <source>&apos;{value}&apos; is the label of the value &apos;{label_of}&apos;: store &apos;{label_of}&apos; (choose it in the form&apos;s list). The merge rejects the feature as it is.</source>
        <translation>'{value}' är etiketten för värdet '{label_of}': spara '{label_of}' (välj det i formulärets lista). Sammanfogningen avvisar objektet som det är nu.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="600"/>
        <source>Choose one of the values in the form&apos;s list; the merge rejects the feature.</source>
        <translation>Välj ett av värdena i formulärets lista; sammanfogningen avvisar objektet.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="602"/>
        <source>The feature has no id.</source>
        <translation>Objektet saknar id.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="602"/>
        <source>The merge gives it one. Draw new elements in the package&apos;s layers: their form fills in the id.</source>
        <translation>Sammanfogningen ger det ett. Rita nya element i paketets lager: deras formulär fyller i id:t.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="605"/>
        <source>The id {id} is also the id of feature {first_fid} in &apos;{first_layer}&apos;.</source>
        <translation>Id {id} är också id för objekt {first_fid} i '{first_layer}'.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="605"/>
        <source>Give this feature a new id (e.g. with uuid()) or delete the copy; the merge keeps the first and rejects this one.</source>
        <translation>Ge det här objektet ett nytt id (t.ex. med uuid()) eller ta bort kopian; sammanfogningen behåller det första och avvisar det här.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="609"/>
        <source>The element lies outside the contributor&apos;s area.</source>
        <translation>Elementet ligger utanför bidragsgivarens område.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="609"/>
        <source>Move it into the area, or leave it to the contributor whose area it lies in; the merge rejects it.</source>
        <translation>Flytta in det i området, eller lämna det till den bidragsgivare vars område det ligger i; sammanfogningen avvisar det.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="613"/>
        <source>The element reaches outside the contributor&apos;s area.</source>
        <translation>Elementet sträcker sig utanför bidragsgivarens område.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="613"/>
        <source>Check that it ends at the border; the merge takes it as it is and reports an overlap with a neighbour&apos;s element as a conflict.</source>
        <translation>Kontrollera att det slutar vid gränsen; sammanfogningen tar med det som det är och rapporterar en överlappning med en grannes element som en konflikt.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="620"/>
        <source>same id in two files</source>
        <translation>samma id i två filer</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="621"/>
        <source>overlapping development areas</source>
        <translation>överlappande utvecklingsområden</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="622"/>
        <source>cross-border connection without a counterpart</source>
        <translation>gränsöverskridande samband utan motsvarighet</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributions_common.py" line="623"/>
        <source>one place classified differently</source>
        <translation>en plats som klassificerats olika</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="1202"/>
        <source>Choose a strukturbild GeoPackage.</source>
        <translation>Välj en strukturbilds-GeoPackage.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="630"/>
        <source>The map was not made: it would still fetch or run {references}. Strukturbild fetches nothing from the network unless the QGIS setting {key} is true (the panel&apos;s &apos;Allow web pictures&apos;), and never runs HTML. Remove the reference from the layer style or template, or allow web addresses on purpose.</source>
        <translation>Kartan skapades inte: den skulle fortfarande hämta eller köra {references}. Strukturbild hämtar ingenting från nätverket om inte QGIS-inställningen {key} är true (panelens 'Tillåt bilder från webben'), och kör aldrig HTML. Ta bort referensen från lagrets stil eller från mallen, eller tillåt webbadresser medvetet.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="703"/>
        <source>The legend does not fit its box in the template even in smaller type and with more columns: entries at its end are cut off. Choose a template with more room for the legend or map fewer layers.</source>
        <translation>Teckenförklaringen får inte plats i sin ruta i mallen ens med mindre text och fler kolumner: poster i slutet skärs av. Välj en mall med mer utrymme för teckenförklaringen eller visa färre lager på kartan.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="724"/>
        <source>&apos;{text}&apos; does not fit its box in the template even in smaller type and is cut off: shorten it or choose another template.</source>
        <translation>'{text}' får inte plats i sin ruta i mallen ens med mindre text och skärs av: korta texten eller välj en annan mall.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="180"/>
        <source>Assemble a strukturbild map from the region&apos;s styles and templates.</source>
        <translation>Sätt ihop en strukturbildskarta med regionens stilar och mallar.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="186"/>
        <source>Help: the README&apos;s section on making a strukturbild in QGIS</source>
        <translation>Hjälp: avsnittet i README om att göra en strukturbild i QGIS</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="196"/>
        <source>Map the element layers of a strukturbild GeoPackage (layers named nod, utvecklingsstrak, gronstruktur …)</source>
        <translation>Visa elementlagren i en strukturbilds-GeoPackage på kartan (lager med namn som nod, utvecklingsstrak, gronstruktur …)</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="198"/>
        <source>Layers of the project</source>
        <translation>Projektets lager</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="199"/>
        <source>Map layers of the open project, each mapped to an element type: tick them and choose the element type each is drawn as</source>
        <translation>Visa lager i det öppna projektet på kartan, vart och ett kopplat till en elementtyp: markera dem och välj vilken elementtyp varje lager ritas som</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="207"/>
        <source>The strukturbild GeoPackage to map (made with &apos;Create strukturbild GeoPackage&apos;)</source>
        <translation>Strukturbilds-GeoPackage att visa på kartan (skapad med 'Skapa strukturbilds-GeoPackage')</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="211"/>
        <source>Tick the layers to map and choose the element type each is drawn as; &apos;Own style&apos; draws an analysis layer as it looks in the project</source>
        <translation>Markera lagren som ska visas på kartan och välj vilken elementtyp varje lager ritas som; 'Egen stil' ritar ett analyslager så som det ser ut i projektet</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="229"/>
        <source>List the project&apos;s vector layers again</source>
        <translation>Lista projektets vektorlager igen</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="246"/>
        <source>The map&apos;s title; a long title is set smaller to fit the template&apos;s title box. Also the name of the layout &apos;Open in layout designer&apos; makes</source>
        <translation>Kartans titel; en lång titel får mindre text så att den passar i mallens titelruta. Även namnet på den layout som 'Öppna i layoutdesignern' skapar</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="249"/>
        <source>A line under the title (empty: none)</source>
        <translation>En rad under titeln (tomt: ingen)</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="251"/>
        <source>The data sources, printed after 'Källa:' / 'Source:' (empty: nothing is printed)</source>
        <translation>Datakällorna, som skrivs ut efter 'Källa:' / 'Source:' (tomt: ingenting skrivs ut)</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="256"/>
        <source>The language of the legend and the map&apos;s fixed texts</source>
        <translation>Språket i teckenförklaringen och kartans fasta texter</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="263"/>
        <source>Allow web pictures</source>
        <translation>Tillåt bilder från webben</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="264"/>
        <source>Allow pictures and symbols from web addresses. Off: pictures and symbols in shared templates and styles come only from the style library folder, the plugin or data embedded in them, and nothing is fetched from the network. Turn on only if the region&apos;s templates use web addresses on purpose. HTML never runs either way.</source>
        <translation>Tillåt bilder och symboler från webbadresser. Av: bilder och symboler i gemensamma mallar och stilar kommer bara från stilbiblioteksmappen, insticksprogrammet eller data som är inbäddade i dem, och ingenting hämtas från nätverket. Slå bara på om regionens mallar medvetet använder webbadresser. HTML körs aldrig, oavsett inställning.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="290"/>
        <source>What the map shows: the map canvas as it is, a whole layer, the selected features of a layer (e.g. your county) or the features an expression chooses</source>
        <translation>Vad kartan visar: kartfönstret som det är, ett helt lager, de valda objekten i ett lager (t.ex. ditt län) eller de objekt som ett uttryck väljer ut</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="297"/>
        <source>The layer whose (selected or chosen) features give the map&apos;s extent, e.g. a layer of counties</source>
        <translation>Lagret vars (valda eller utvalda) objekt anger kartans utbredning, t.ex. ett lager med län</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="300"/>
        <source>An expression choosing the features that give the extent, e.g. &quot;kod&quot; = &apos;06&apos;</source>
        <translation>Ett uttryck som väljer ut de objekt som anger utbredningen, t.ex. &quot;kod&quot; = '06'</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="304"/>
        <source>Load administrative units</source>
        <translation>Läs in administrativa enheter</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="305"/>
        <source>Add the GeoPackage's administrative units (län and kommuner) to the project, to select your county in</source>
        <translation>Lägg till GeoPackage-filens administrativa enheter (län och kommuner) i projektet, så att du kan välja ditt län i dem</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="317"/>
        <source>Build the map as a print layout of this project, named after the title, for final touches; building it again replaces it</source>
        <translation>Skapa kartan som en utskriftslayout i det här projektet, med titeln som namn, för den sista finputsningen; om du skapar den igen ersätts den</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="320"/>
        <source>Write the map as PDF, PNG or SVG</source>
        <translation>Skriv kartan som PDF, PNG eller SVG</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="328"/>
        <source>Publish</source>
        <translation>Publicera</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="328"/>
        <source>Publish the map as set up above: as a web map anyone opens in a browser, or as a QGIS project for a map server (QGIS Server, Lizmap)</source>
        <translation>Publicera kartan som den är inställd ovan: som en webbkarta som vem som helst kan öppna i en webbläsare, eller som ett QGIS-projekt för en kartserver (QGIS Server, Lizmap)</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="331"/>
        <source>Web map…</source>
        <translation>Webbkarta…</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="332"/>
        <source>Write the map as a web map: a folder with index.html that opens in any browser, from a file share or a web server, also without internet. The layers, title, subtitle, sources, extent, language and style library set above are used, as &apos;Export strukturbild web map&apos; uses them. Needs a strukturbild GeoPackage or ticked layers</source>
        <translation>Skriv kartan som en webbkarta: en mapp med index.html som öppnas i alla webbläsare, från en filresurs eller en webbserver, även utan internet. Lagren, titeln, undertiteln, källorna, utbredningen, språket och stilbiblioteket som angetts ovan används, på samma sätt som 'Exportera strukturbild som webbkarta' använder dem. Kräver en strukturbilds-GeoPackage eller markerade lager</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="338"/>
        <source>QGIS project…</source>
        <translation>QGIS-projekt…</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="339"/>
        <source>Write a QGIS project to put on a map server (QGIS Server, Lizmap) or share: the layers set above, styled and grouped, one print layout per template, the service settings; data kept elsewhere is copied beside it (as &apos;Publish strukturbild as QGIS project&apos; does). Needs a strukturbild GeoPackage or ticked layers</source>
        <translation>Skriv ett QGIS-projekt att lägga på en kartserver (QGIS Server, Lizmap) eller dela: lagren som angetts ovan, med stil och i grupper, en utskriftslayout per mall och tjänsteinställningarna; data som ligger någon annanstans kopieras till samma mapp som projektet (som 'Publicera strukturbild som QGIS-projekt' gör). Kräver en strukturbilds-GeoPackage eller markerade lager</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="349"/>
        <source>Contributions</source>
        <translation>Bidrag</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="349"/>
        <source>A contributions round with the kommuner: send each a package of the strukturbild, check what comes back, merge the contributions into one regional strukturbild. Each button opens the Processing algorithm, filled in from the panel</source>
        <translation>En bidragsomgång med kommunerna: skicka ett paket med strukturbilden till var och en, kontrollera det som kommer tillbaka och sammanfoga bidragen till en regional strukturbild. Varje knapp öppnar Processing-algoritmen, ifylld från panelen</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="353"/>
        <source>Packages per kommun…</source>
        <translation>Paket per kommun…</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="354"/>
        <source>Open &apos;Contribution packages&apos; with the strukturbild GeoPackage chosen above: one GeoPackage per kommun (or any zone of a layer) to send out, ready to edit. Needs a strukturbild GeoPackage</source>
        <translation>Öppna 'Bidragspaket' med strukturbilds-GeoPackage-filen som valts ovan: en GeoPackage per kommun (eller per zon i ett lager) att skicka ut, redo att redigera. Kräver en strukturbilds-GeoPackage</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="358"/>
        <source>Validate a contribution…</source>
        <translation>Validera ett bidrag…</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="359"/>
        <source>Open &apos;Validate strukturbild&apos; to check a GeoPackage (e.g. a kommun&apos;s returned package) against the strukturbild schema: a table of problems with what to do. Starts with the GeoPackage chosen above, if any</source>
        <translation>Öppna 'Validera strukturbild' för att kontrollera en GeoPackage (t.ex. ett paket som en kommun skickat tillbaka) mot strukturbildens schema: en tabell med problem och vad du ska göra. Utgår från den GeoPackage som valts ovan, om någon</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="364"/>
        <source>Merge contributions…</source>
        <translation>Sammanfoga bidrag…</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="365"/>
        <source>Open &apos;Merge contributions&apos; to merge the returned packages into one regional strukturbild, with a report; nothing is lost and conflicts are reported. A merged strukturbild chosen above is the previous round (BASE)</source>
        <translation>Öppna 'Sammanfoga bidrag' för att sammanfoga de returnerade paketen till en regional strukturbild, med en rapport; ingenting går förlorat och konflikter rapporteras. En sammanfogad strukturbild som valts ovan är föregående omgång (BASE)</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="403"/>
        <source>Show or hide the section &apos;{title}&apos;</source>
        <translation>Visa eller dölj avsnittet '{title}'</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="599"/>
        <source>To select your county, load the GeoPackage&apos;s administrative units with the button under Extent, then select the county with the Select Features tool.</source>
        <translation>För att välja ditt län: läs in GeoPackage-filens administrativa enheter med knappen under Utbredning och välj sedan länet med verktyget Välj objekt.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="686"/>
        <source>Select your county in &apos;{layer}&apos; with the Select Features tool, then make the map.</source>
        <translation>Välj ditt län i '{layer}' med verktyget Välj objekt och skapa sedan kartan.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="711"/>
        <source>The element type &apos;{layer}&apos; is drawn as</source>
        <translation>Elementtypen som '{layer}' ritas som</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="895"/>
        <source>Making the map…</source>
        <translation>Skapar kartan…</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="895"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="1020"/>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Exporten avbröts; ingenting skrevs.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="930"/>
        <source>Writing {name}…</source>
        <translation>Skriver {name}…</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="960"/>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="960"/>
        <source>Open the map in the program your system opens such files with</source>
        <translation>Öppna kartan i det program som ditt system öppnar sådana filer med</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="1175"/>
        <source>Open folder</source>
        <translation>Öppna mapp</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="960"/>
        <source>Open the folder the map was written to</source>
        <translation>Öppna mappen som kartan skrevs till</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/publish.py" line="179"/>
        <source>{path} could not be copied beside the project ({error}). Check that it is a GeoPackage that can be read.</source>
        <translation>{path} kunde inte kopieras till projektets mapp ({error}). Kontrollera att det är en GeoPackage som går att läsa.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/publish.py" line="280"/>
        <source>Layer '{layer}' is a temporary layer (kept in memory): a published project cannot read it. Save it as a GeoPackage (Export › Save Features As…) and publish that file.</source>
        <translation>Lagret '{layer}' är ett temporärt lager (finns bara i minnet): ett publicerat projekt kan inte läsa det. Spara det som GeoPackage (Exportera › Spara objekt som…) och publicera den filen.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/publish.py" line="304"/>
        <source>{sources}: no element layer has any features, so there is nothing to publish. Draw the strukturbild&apos;s elements first (or add analysis layers), then publish.</source>
        <translation>{sources}: inget elementlager innehåller några objekt, så det finns inget att publicera. Rita strukturbildens element först (eller lägg till analyslager) och publicera sedan.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/publish.py" line="420"/>
        <source>The project could not be written to {path}: {error}</source>
        <translation>Projektet kunde inte skrivas till {path}: {error}</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/publish.py" line="420"/>
        <source>check that the folder can be written to</source>
        <translation>kontrollera att det går att skriva till mappen</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/publish.py" line="451"/>
        <source>The project would read {source} from outside its folder; it was not written.</source>
        <translation>Projektet skulle läsa {source} från en plats utanför sin mapp; det skrevs inte.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/publish.py" line="469"/>
        <source>The project file must end in .qgz (or .qgs for Lizmap): {path}</source>
        <translation>Projektfilen måste sluta på .qgz (eller .qgs för Lizmap): {path}</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/webmap.py" line="236"/>
        <source>Unknown background &apos;{value}&apos;: choose none, the administrative layers or XYZ tiles.</source>
        <translation>Okänd bakgrund '{value}': välj ingen, de administrativa lagren eller XYZ-tiles.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/webmap.py" line="246"/>
        <source>The PDF map {path} does not exist. Give the PDF made by &apos;Assemble strukturbild map&apos;, or leave PDF empty.</source>
        <translation>PDF-kartan {path} finns inte. Ange den PDF som skapats av 'Sätt ihop strukturbildskarta', eller lämna PDF tomt.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/webmap.py" line="252"/>
        <source>The PDF map {path} cannot be read ({reason}).</source>
        <translation>PDF-kartan {path} går inte att läsa ({reason}).</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/webmap.py" line="255"/>
        <source>{path} is not a PDF file. Give the PDF map to link to, or leave PDF empty.</source>
        <translation>{path} är ingen PDF-fil. Ange PDF-kartan som ska länkas till, eller lämna PDF tomt.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/webmap.py" line="270"/>
        <source>With no background there is nothing to map: the only layers given are administrative ones. Give element layers, or choose a background.</source>
        <translation>Utan bakgrund finns det inget att visa på kartan: de enda angivna lagren är administrativa. Ange elementlager eller välj en bakgrund.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/webmap.py" line="286"/>
        <source>Layer &apos;{layer}&apos; has no geometries and is left out of the web map.</source>
        <translation>Lagret '{layer}' saknar geometrier och utelämnas ur webbkartan.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/webmap.py" line="305"/>
        <source>None of the given layers has a feature the style draws: there is nothing to map.</source>
        <translation>Inget av de angivna lagren har något objekt som stilen ritar: det finns inget att visa på kartan.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/webmap.py" line="362"/>
        <source>The style of layer &apos;{layer}&apos; cannot be read for the web map: {error}</source>
        <translation>Stilen för lagret '{layer}' går inte att läsa för webbkartan: {error}</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/webmap.py" line="367"/>
        <source>Layer &apos;{layer}&apos;: {message}.</source>
        <translation>Lagret '{layer}': {message}.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/webmap.py" line="395"/>
        <source>Layer &apos;{layer}&apos;: the SVG symbol {path} cannot be used on the web map; a circle is drawn instead.</source>
        <translation>Lagret '{layer}': SVG-symbolen {path} kan inte användas på webbkartan; en cirkel ritas i stället.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/webmap.py" line="434"/>
        <source>Layer '{layer}' has no coordinate reference system, so it cannot be placed on a web map. Set its CRS (Layer Properties › Source) and run again.</source>
        <translation>Lagret '{layer}' saknar koordinatsystem och kan därför inte placeras på en webbkarta. Ange dess koordinatsystem (Lageregenskaper › Källa) och kör igen.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/webmap.py" line="450"/>
        <source>Layer &apos;{layer}&apos;: no feature matches a class of its style, so it is left out of the web map.</source>
        <translation>Lagret '{layer}': inget objekt matchar någon klass i dess stil, så det utelämnas ur webbkartan.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/webmap.py" line="555"/>
        <source>Layer &apos;{layer}&apos;, feature {fid}: {error}</source>
        <translation>Lagret '{layer}', objekt {fid}: {error}</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/webmap.py" line="583"/>
        <source>Layer &apos;{layer}&apos;: {n} feature(s) could not be placed on the web map (their coordinates lie outside what {crs} can show; ids {ids}) and are left out.</source>
        <translation>Lagret '{layer}': {n} objekt kunde inte placeras på webbkartan (deras koordinater ligger utanför det som {crs} kan visa; id {ids}) och utelämnas.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/webmap.py" line="587"/>
        <source>Layer &apos;{layer}&apos;: {n} feature(s) without a geometry are left out of the web map.</source>
        <translation>Lagret '{layer}': {n} objekt utan geometri utelämnas ur webbkartan.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/webmap.py" line="643"/>
        <source>The extent layer &apos;{layer}&apos; has no coordinate reference system.</source>
        <translation>Utbredningslagret '{layer}' saknar koordinatsystem.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/webmap.py" line="648"/>
        <source>The extent layer &apos;{layer}&apos; lies outside what a web map can show.</source>
        <translation>Utbredningslagret '{layer}' ligger utanför det som en webbkarta kan visa.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/webmap.py" line="657"/>
        <source>The map extent is empty; give an extent layer.</source>
        <translation>Kartans utbredning är tom; ange ett utbredningslager.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="1029"/>
        <source>A file could not be read or written: {path} ({reason}). Check that you may write to the folder, then try again; nothing was written.</source>
        <translation>En fil gick inte att läsa eller skriva: {path} ({reason}). Kontrollera att du får skriva i mappen och försök igen; ingenting skrevs.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="1036"/>
        <source>The export stopped on an unexpected problem; nothing was written. The details are in the log (Strukturbild tab): please report them to the plugin&apos;s authors.</source>
        <translation>Exporten stoppades av ett oväntat problem; ingenting skrevs. Detaljerna finns i loggen (fliken Strukturbild): rapportera dem gärna till insticksprogrammets utvecklare.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="1088"/>
        <source>{folder} already holds other files. Write the web map into it anyway? Files of the web map's names (index.html, style.css, app.js, the folders data and vendor …) are replaced there; the others are left alone. Choose No to pick or make an empty folder.</source>
        <translation>{folder} innehåller redan andra filer. Skriva webbkartan dit ändå? Filer med webbkartans namn (index.html, style.css, app.js, mapparna data och vendor …) ersätts där; övriga lämnas orörda. Välj Nej för att välja eller skapa en tom mapp.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="1099"/>
        <source>Folder for the web map</source>
        <translation>Mapp för webbkartan</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="1111"/>
        <source>Web map folder</source>
        <translation>Webbkartans mapp</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="1115"/>
        <source>Making the web map…</source>
        <translation>Webbkartan skapas…</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="1123"/>
        <source>Web map written to {folder} ({size} MB). Copy the whole folder to a file share or a web server; index.html is the map.</source>
        <translation>Webbkartan skrevs till {folder} ({size} MB). Kopiera hela mappen till en filserver eller webbserver; index.html är kartan.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="1123"/>
        <source>Open in browser</source>
        <translation>Öppna i webbläsaren</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="1123"/>
        <source>Open the web map (index.html) in your web browser</source>
        <translation>Öppna webbkartan (index.html) i din webbläsare</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="1123"/>
        <source>Open the folder the web map was written to</source>
        <translation>Öppna mappen som webbkartan skrevs till</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="1136"/>
        <source>Publish as QGIS project</source>
        <translation>Publicera som QGIS-projekt</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="1136"/>
        <source>QGIS project (*.qgz);;QGIS project for Lizmap (*.qgs)</source>
        <translation>QGIS-projekt (*.qgz);;QGIS-projekt för Lizmap (*.qgs)</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="1146"/>
        <source>{path} is the project open in QGIS: choose another file for the published project.</source>
        <translation>{path} är projektet som är öppet i QGIS: välj en annan fil för det publicerade projektet.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="1153"/>
        <source>{path} is a file, but the project keeps copies of its data in a folder of that name. Move the file or choose another project name.</source>
        <translation>{path} är en fil, men projektet sparar kopior av sina data i en mapp med det namnet. Flytta filen eller välj ett annat projektnamn.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="1156"/>
        <source>QGIS project</source>
        <translation>QGIS-projekt</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="1165"/>
        <source>Writing the QGIS project…</source>
        <translation>QGIS-projektet skrivs…</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="1171"/>
        <source>QGIS project written to {path}: {layers} layers, {layouts} print layouts. Copy its folder to the map server as it is.</source>
        <translation>QGIS-projektet skrevs till {path}: {layers} lager, {layouts} utskriftslayouter. Kopiera dess mapp till kartservern som den är.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="1174"/>
        <source>Data kept elsewhere was copied into {folder}.</source>
        <translation>Data som låg på andra ställen kopierades till {folder}.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="1175"/>
        <source>Open the folder the project was written to</source>
        <translation>Öppna mappen som projektet skrevs till</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="1184"/>
        <source>The Strukturbild algorithms are not in the Processing Toolbox: enable the Processing plugin (Plugins › Manage and Install Plugins), then try again.</source>
        <translation>Strukturbilds algoritmer finns inte i Processing-verktygslådan: aktivera insticksprogrammet Processing (Insticksprogram › Hantera och installera insticksprogram) och försök igen.</translation>
    </message>
</context>
<context>
    <name>AreaProfile</name>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="668"/>
        <source>Area profile</source>
        <translation>Områdesprofil</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="76"/>
        <source>profile,områdesprofil,population,density,rural typology,landsbygd,glesbygd,tätort,services,border,gränsbygd,commuting,report</source>
        <translation>områdesprofil,profile,befolkning,population,befolkningstäthet,density,landsbygdstypologi,rural typology,landsbygd,glesbygd,tätort,service,services,gräns,border,gränsbygd,pendling,commuting,rapport,report</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="129"/>
        <source>Areas to profile (polygons: border zones, kommuner)</source>
        <translation>Områden att profilera (polygoner: gränszoner, kommuner)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="131"/>
        <source>Area label field (empty: feature id)</source>
        <translation>Fält med områdesbeteckning (tomt: objekt-id)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="134"/>
        <source>Population (points or polygons: grid cells, tätort points)</source>
        <translation>Befolkning (punkter eller polygoner: rutor, tätortspunkter)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="136"/>
        <source>Population field (empty: 1 per feature)</source>
        <translation>Befolkningsfält (tomt: 1 per objekt)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="140"/>
        <source>Tätorter (points or polygons)</source>
        <translation>Tätorter (punkter eller polygoner)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="142"/>
        <source>Tätort population field</source>
        <translation>Fält med tätortens befolkning</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="151"/>
        <source>Tätort sizes (comma-separated inhabitants; the first is the typology's)</source>
        <translation>Tätortsstorlekar (invånare, kommaseparerade; den första är typologins)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="154"/>
        <source>Tätortsnära within (minutes by car)</source>
        <translation>Tätortsnära inom (minuter med bil)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="157"/>
        <source>Services within (minutes)</source>
        <translation>Service inom (minuter)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="160"/>
        <source>Working CRS (projected; empty: the first projected CRS of the inputs)</source>
        <translation>Arbetskoordinatsystem (projicerat; tomt: indatas första projicerade)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="150"/>
        <source>Road network (lines; empty: straight-line estimate)</source>
        <translation>Vägnät (linjer; tomt: uppskattning fågelvägen)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="167"/>
        <source>Area profiles</source>
        <translation>Områdesprofiler</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="169"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="169"/>
        <source>HTML files (*.html)</source>
        <translation>HTML-filer (*.html)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="172"/>
        <source>Areas</source>
        <translation>Områden</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="172"/>
        <source>Population in the areas</source>
        <translation>Befolkning i områdena</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="191"/>
        <source>area label</source>
        <translation>områdesbeteckning</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="192"/>
        <source>population</source>
        <translation>befolkning</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="194"/>
        <source>tätort population</source>
        <translation>tätortens befolkning</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="197"/>
        <source>Name the tätort population field (TATORT_POPULATION_FIELD).</source>
        <translation>Ange fältet med tätortens befolkning (TATORT_POPULATION_FIELD).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="210"/>
        <source>No feature of the population layer &apos;{population}&apos; lies in any area of &apos;{areas}&apos;: check that the layers cover the same place and that their CRSs are set right.</source>
        <translation>Inget objekt i befolkningslagret '{population}' ligger i något område i '{areas}': kontrollera att lagren täcker samma geografiska område och att deras koordinatsystem är rätt angivna.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="221"/>
        <source>The population features inside the areas have no inhabitants in &apos;{field}&apos; (all 0 or empty): choose the population field.</source>
        <translation>Befolkningsobjekten inom områdena har inga invånare i '{field}' (alla är 0 eller tomma): välj befolkningsfältet.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="221"/>
        <source>(1 per feature)</source>
        <translation>(1 per objekt)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="301"/>
        <source>TOWN_SIZES holds no size: give tätort sizes separated by commas, e.g. 3000,10000,50000.</source>
        <translation>TOWN_SIZES innehåller ingen storlek: ange tätortsstorlekar åtskilda med komma, t.ex. 3000,10000,50000.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="304"/>
        <source>TOWN_SIZES must be numbers of inhabitants, 0 or more (got &apos;{text}&apos;).</source>
        <translation>TOWN_SIZES måste vara antal invånare, 0 eller fler (fick '{text}').</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="310"/>
        <source>TOWN_SIZES must be numbers separated by commas, e.g. 3000,10000,50000 (got &apos;{text}&apos;).</source>
        <translation>TOWN_SIZES måste vara tal åtskilda med komma, t.ex. 3000,10000,50000 (fick '{text}').</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="323"/>
        <source>The layer &apos;{layer}&apos; has no field &apos;{field}&apos; for the {role} ({parameter}); its fields are: {fields}.</source>
        <translation>Lagret '{layer}' har inget fält '{field}' för {role} ({parameter}); dess fält är: {fields}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="332"/>
        <source>The commuting layer &apos;{layer}&apos; has no field {fields}: it needs the numeric fields out_total and out_cross per zone (as in the table of &apos;Border flows and border effect&apos;); its fields are: {names}.</source>
        <translation>Pendlingslagret '{layer}' saknar fält {fields}: det behöver de numeriska fälten out_total och out_cross per zon (som i tabellen från 'Gränsöverskridande flöden och gränseffekt'); dess fält är: {names}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="339"/>
        <source>The commuting layer &apos;{layer}&apos; has no geometry, so its zones cannot be placed in the areas. Join it to the zone polygons first (e.g. &apos;Join attributes by field value&apos; on the zone id) and run again.</source>
        <translation>Pendlingslagret '{layer}' saknar geometri, så dess zoner kan inte placeras i områdena. Koppla det först till zonpolygonerna (t.ex. med 'Join attributes by field value' på zon-id) och kör igen.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="363"/>
        <source>Area {id} (feature {fid} of &apos;{layer}&apos;) cannot be transformed to {crs}: choose a TARGET_CRS that covers all layers.</source>
        <translation>Område {id} (objekt {fid} i '{layer}') kan inte transformeras till {crs}: välj ett TARGET_CRS som täcker alla lager.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="373"/>
        <source>{n} area(s) of &apos;{layer}&apos; have no geometry and were left out: {list}.</source>
        <translation>{n} område(n) i '{layer}' saknar geometri och utelämnades: {list}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="376"/>
        <source>{n} invalid area geometry(ies) were repaired (makeValid): {list}.</source>
        <translation>{n} ogiltiga områdesgeometrier reparerades (makeValid): {list}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="379"/>
        <source>The areas layer &apos;{layer}&apos; has no features with a geometry: choose a polygon layer with areas (or remove a filter).</source>
        <translation>Områdeslagret '{layer}' har inga objekt med geometri: välj ett polygonlager med områden (eller ta bort ett filter).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="384"/>
        <source>Area labels occur more than once ({list}): they are told apart by the feature number. Choose a unique AREA_ID_FIELD.</source>
        <translation>Områdesbeteckningar förekommer mer än en gång ({list}): de särskiljs med objektnumret. Välj ett unikt AREA_ID_FIELD.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="402"/>
        <source>{n} population feature(s) have no value in &apos;{field}&apos; and count as 0.</source>
        <translation>{n} befolkningsobjekt saknar värde i '{field}' och räknas som 0.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="406"/>
        <source>The population layer &apos;{layer}&apos; has negative values in &apos;{field}&apos; ({n} features): a population cannot be negative.</source>
        <translation>Befolkningslagret '{layer}' har negativa värden i '{field}' ({n} objekt): en befolkning kan inte vara negativ.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="512"/>
        <source>The services layer &apos;{layer}&apos; has no features: services_within is 0.</source>
        <translation>Servicelagret '{layer}' har inga objekt: services_within är 0.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="523"/>
        <source>No road network: travel times are an estimate ({text}).</source>
        <translation>Inget vägnät: restiderna är en uppskattning ({text}).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="584"/>
        <source>road network</source>
        <translation>vägnät</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="601"/>
        <source>No zone of the commuting layer &apos;{layer}&apos; lies in any area: cross_share is NULL.</source>
        <translation>Ingen zon i pendlingslagret '{layer}' ligger i något område: cross_share är NULL.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="651"/>
        <source>Travel times: {method}.</source>
        <translation>Restider: {method}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="652"/>
        <source>Population units count wholly in the area that contains their point (a polygon&apos;s point on surface); {n} unit(s) lie in no area.</source>
        <translation>Befolkningsenheter räknas i sin helhet till det område som innehåller deras punkt (för en polygon dess punkt på ytan); {n} enhet(er) ligger inte i något område.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="657"/>
        <source>Times and services are population-weighted means; empty cells are undefined (no population, or none with a travel time).</source>
        <translation>Restider och service är befolkningsviktade medelvärden; tomma celler i tabellen är odefinierade (ingen befolkning, eller ingen med restid).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="307"/>
        <source>TOWN_SIZES must be at most {most:,} inhabitants, larger than any city (got &apos;{text}&apos;).</source>
        <translation>TOWN_SIZES får vara högst {most:,} invånare, vilket är större än någon stad (fick '{text}').</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="80"/>
        <source>A profile of chosen areas (border zones, kommuner, any polygons) side by side: population, density, the share of the population in each rural-typology class, travel time to the nearest tätort of given sizes, the number of services within a time, and the cross-border commuting share; as a layer and an HTML report with charts comparing the areas.</source>
        <translation>En profil av valda områden (gränszoner, kommuner, valfria polygoner) sida vid sida: befolkning, befolkningstäthet, andelen av befolkningen i varje klass i landsbygdstypologin, restid till närmaste tätort av angivna storlekar, antalet service inom en viss restid och andelen gränsöverskridande pendling; som ett lager och en HTML-rapport med diagram som jämför områdena.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="80"/>
        <source>the polygons to profile. Features without a geometry are left out with a warning.</source>
        <translation>polygonerna som ska profileras. Objekt utan geometri utelämnas med en varning.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="80"/>
        <source>the label of each area in the output and the report, e.g. the field zon of &apos;Border zones&apos;; empty: the feature id.</source>
        <translation>beteckningen för varje område i utdata och rapporten, t.ex. fältet zon från 'Gränsbygd (zoner längs gränser)'; tomt: objekt-id.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="80"/>
        <source>points or polygons (grid cells, DeSO, tätort points). A unit counts wholly in the area that contains its point; a polygon is placed by its point on surface, not split by area, so use small units (grid cells) for areas that cut through them. A unit in overlapping areas counts in each; units in no area are left out.</source>
        <translation>punkter eller polygoner (rutor, DeSO, tätortspunkter). En enhet räknas i sin helhet till det område som innehåller dess punkt; en polygon placeras efter sin punkt på ytan och delas inte upp efter yta, så använd små enheter (rutor) för områden som skär igenom dem. En enhet i överlappande områden räknas i vart och ett av dem; enheter som inte ligger i något område utelämnas.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="80"/>
        <source>the inhabitants of each unit; empty: 1 per feature.</source>
        <translation>antalet invånare i varje enhet; tomt: 1 per objekt.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="80"/>
        <source>SCB's tätorter as points or polygons.</source>
        <translation>SCB:s tätorter som punkter eller polygoner.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="80"/>
        <source>the inhabitants of each tätort.</source>
        <translation>antalet invånare i varje tätort.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="80"/>
        <source>points such as shops or schools: services_within is the population-weighted mean number of services within the time below.</source>
        <translation>punkter som butiker eller skolor: services_within är det befolkningsviktade medelvärdet av antalet service inom restiden nedan.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="80"/>
        <source>zones with the numeric fields out_total and out_cross, e.g. the table of 'Border flows and border effect' joined to the zone polygons: cross_share = Σ out_cross / Σ out_total over the zones whose point on surface lies in the area.</source>
        <translation>zoner med de numeriska fälten out_total och out_cross, t.ex. tabellen från 'Gränsöverskridande flöden och gränseffekt' kopplad till zonpolygonerna: cross_share = Σ out_cross / Σ out_total över de zoner vars punkt på ytan ligger i området.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="80"/>
        <source>the roads for every travel time, read as in 'Travel time and accessibility'. Empty: the times are estimated from the straight-line distance (see the detour factor), and access_method and the report say so. Units off the network or that reach no such tätort are left out of the means, with a warning.</source>
        <translation>vägarna för alla restider, lästa som i 'Restid och tillgänglighet'. Tomt: restiderna uppskattas från avståndet fågelvägen (se omvägsfaktorn), och access_method och rapporten anger det. Enheter utanför vägnätet eller som inte når någon sådan tätort utelämnas ur medelvärdena, med en varning.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="80"/>
        <source>tätort sizes in inhabitants, separated by commas (default 3000,10000,50000): per size the population-weighted mean travel time to the nearest tätort larger than that size (time_3000, time_10000, …). The first size is the rural typology's: a unit inside a tätort polygon larger than it (with tätort points: a cell that contains one, or a point at the tätort point) is 'tatort', within the time below of one 'tatortsnara_landsbygd', else 'glesbygd' (as in 'Rural typology'). A list that cannot be read is refused when the parameters are checked, before the run.</source>
        <translation>tätortsstorlekar i invånare, åtskilda med komma (standard 3000,10000,50000): för varje storlek den befolkningsviktade medelrestiden till närmaste tätort som är större än den storleken (time_3000, time_10000, …). Den första storleken är landsbygdstypologins: en enhet inne i en tätortspolygon som är större än den (med tätortspunkter: en ruta som innehåller en tätortspunkt, eller en punkt vid tätortspunkten) är 'tatort', inom restiden nedan från en sådan tätort 'tatortsnara_landsbygd', annars 'glesbygd' (som i 'Landsbygdstypologi'). En lista som inte går att läsa avvisas när parametrarna kontrolleras, före körningen.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="80"/>
        <source>the time by car that makes a unit &apos;tatortsnara_landsbygd&apos;.</source>
        <translation>restiden med bil som gör en enhet till 'tatortsnara_landsbygd'.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="80"/>
        <source>the time within which services are counted.</source>
        <translation>restiden inom vilken service räknas.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="80"/>
        <source>the projected CRS in which everything is measured and the output is written; empty: the first projected CRS of the inputs (layers in Swedish, Finnish and Norwegian CRSs combine). Nothing is measured in degrees.</source>
        <translation>det projicerade koordinatsystem där allt mäts och utdata skrivs; tomt: indatas första projicerade koordinatsystem (lager i svenska, finska och norska koordinatsystem kan kombineras). Inget mäts i grader.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="80"/>
        <source>the areas with area_id, population, area_km2, density (per km²), share_tatort, share_tatortsnara_landsbygd and share_glesbygd (shares of the area's population), the times, services_within, cross_share and access_method; undefined values (e.g. shares of an area without population) are NULL.</source>
        <translation>områdena med area_id, population, area_km2, density (per km²), share_tatort, share_tatortsnara_landsbygd och share_glesbygd (andelar av områdets befolkning), restiderna, services_within, cross_share och access_method; odefinierade värden (t.ex. andelar för ett område utan befolkning) är NULL.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="80"/>
        <source>an HTML file with the table and bar charts comparing the areas.</source>
        <translation>en HTML-fil med tabellen och stapeldiagram som jämför områdena.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="145"/>
        <source>Services (points)</source>
        <translation>Service (punkter)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="147"/>
        <source>Commuting zones (with out_total and out_cross)</source>
        <translation>Pendlingszoner (med out_total och out_cross)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="217"/>
        <source>{n} of {total} population feature(s) lie in no area and are left out ({pop} inhabitants).</source>
        <translation>{n} av {total} befolkningsobjekt ligger inte i något område och utelämnas ({pop} invånare).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="243"/>
        <source>{pop} inhabitants have no travel time to a tätort larger than {size} (off the road network or in a part of it that reaches none): they are left out of time_{label}.</source>
        <translation>{pop} invånare saknar restid till en tätort större än {size} (utanför vägnätet eller i en del av det som inte når någon sådan tätort): de utelämnas ur time_{label}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="269"/>
        <source>{id}: population {pop}, density {density} per km², glesbygd {g}, {time} min to the nearest tätort &gt; {size}.</source>
        <translation>{id}: befolkning {pop}, befolkningstäthet {density} per km², glesbygd {g}, {time} min till närmaste tätort &gt; {size}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="275"/>
        <source>{n} area(s), {pop} inhabitants in all ({method}).</source>
        <translation>{n} område(n), totalt {pop} invånare ({method}).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="452"/>
        <source>No tätort in '{layer}' has more than {n} inhabitants in '{field}' (the first of TOWN_SIZES, which the rural typology needs).</source>
        <translation>Ingen tätort i '{layer}' har fler än {n} invånare i '{field}' (den första storleken i TOWN_SIZES, som landsbygdstypologin behöver).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="521"/>
        <source>estimate: straight line × {f} at {v} km/h</source>
        <translation>uppskattning: fågelvägen × {f} i {v} km/h</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="550"/>
        <source>{n} population feature(s) in the areas are farther than {m} m from the road network: they have no travel time (left out of the means) and are glesbygd unless inside a tätort.</source>
        <translation>{n} befolkningsobjekt i områdena ligger längre än {m} m från vägnätet: de har ingen restid (utelämnas ur medelvärdena) och räknas som glesbygd om de inte ligger i en tätort.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="556"/>
        <source>{n} tätort(er) larger than {size} are farther than {m} m from the road network and were left out.</source>
        <translation>{n} tätort(er) större än {size} ligger längre än {m} m från vägnätet och utelämnades.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="566"/>
        <source>No tätort larger than {size} lies within {m} m of the road network: that time is NULL.</source>
        <translation>Ingen tätort större än {size} ligger inom {m} m från vägnätet: den restiden är NULL.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="578"/>
        <source>{n} service(s) are farther than {m} m from the road network and were left out.</source>
        <translation>{n} servicepunkt(er) ligger längre än {m} m från vägnätet och utelämnades.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="589"/>
        <source>No tätort has more than {size} inhabitants: that time is NULL.</source>
        <translation>Ingen tätort har fler än {size} invånare: den restiden är NULL.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="654"/>
        <source>Rural typology: tätort = inside a tätort larger than {size}; tätortsnära landsbygd = within {minutes} minutes of one; glesbygd = farther.</source>
        <translation>Landsbygdstypologi: tätort = inne i en tätort större än {size}; tätortsnära landsbygd = inom {minutes} minuter från en sådan; glesbygd = längre bort.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="666"/>
        <source>Travel times</source>
        <translation>Restider</translation>
    </message>
</context>
<context>
    <name>AreaProfileReport</name>
    <message>
        <location filename="../processing_algorithms/border/areaprofile_report.py" line="34"/>
        <source>Tätort</source>
        <translation>Tätort</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile_report.py" line="35"/>
        <source>Tätortsnära landsbygd</source>
        <translation>Tätortsnära landsbygd</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile_report.py" line="36"/>
        <source>Glesbygd</source>
        <translation>Glesbygd</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile_report.py" line="165"/>
        <source>Population</source>
        <translation>Befolkning</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile_report.py" line="95"/>
        <source>Density (inhabitants per km²)</source>
        <translation>Befolkningstäthet (invånare per km²)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile_report.py" line="96"/>
        <source>Population and density</source>
        <translation>Befolkning och befolkningstäthet</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile_report.py" line="108"/>
        <source>Share of the population (areas without population are empty)</source>
        <translation>Andel av befolkningen (områden utan befolkning är tomma)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile_report.py" line="110"/>
        <source>Rural typology: share of the population in each class</source>
        <translation>Landsbygdstypologi: andel av befolkningen i varje klass</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile_report.py" line="116"/>
        <source>tätort &gt; {size}</source>
        <translation>tätort &gt; {size}</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile_report.py" line="120"/>
        <source>Travel time to the nearest tätort (minutes, population-weighted mean)</source>
        <translation>Restid till närmaste tätort (minuter, befolkningsviktat medelvärde)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile_report.py" line="123"/>
        <source>Travel time to the nearest tätort of each size</source>
        <translation>Restid till närmaste tätort av varje storlek</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile_report.py" line="130"/>
        <source>Services within {minutes} minutes (population-weighted mean)</source>
        <translation>Service inom {minutes} minuter (befolkningsviktat medelvärde)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile_report.py" line="132"/>
        <source>Services within {minutes} minutes</source>
        <translation>Service inom {minutes} minuter</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile_report.py" line="139"/>
        <source>Share of employed residents working across a region border</source>
        <translation>Andel av de sysselsatta boende som arbetar på andra sidan en regiongräns</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile_report.py" line="140"/>
        <source>Cross-border commuting share</source>
        <translation>Andel gränsöverskridande pendling</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile_report.py" line="164"/>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile_report.py" line="166"/>
        <source>Area (km²)</source>
        <translation>Yta (km²)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile_report.py" line="167"/>
        <source>Density (per km²)</source>
        <translation>Befolkningstäthet (per km²)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile_report.py" line="168"/>
        <source>Services within {minutes} min</source>
        <translation>Service inom {minutes} min</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile_report.py" line="170"/>
        <source>Services within the time</source>
        <translation>Service inom restiden</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile_report.py" line="171"/>
        <source>Commuting across a region border</source>
        <translation>Pendling över en regiongräns</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile_report.py" line="172"/>
        <source>Travel times</source>
        <translation>Restider</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile_report.py" line="179"/>
        <source>Minutes to a tätort &gt; {size}</source>
        <translation>Minuter till en tätort &gt; {size}</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile_report.py" line="214"/>
        <source>Areas ({n})</source>
        <translation>Områden ({n})</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile_report.py" line="219"/>
        <source>(matplotlib is not installed: no charts. Install it, e.g. python3-matplotlib, for charts comparing the areas.)</source>
        <translation>(matplotlib är inte installerat: inga diagram. Installera det, t.ex. python3-matplotlib, för att få diagram som jämför områdena.)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile_report.py" line="227"/>
        <source>Parameters</source>
        <translation>Parametrar</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile_report.py" line="228"/>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile_report.py" line="228"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
</context>
<context>
    <name>AssembleMap</name>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="51"/>
        <source>Assemble strukturbild map</source>
        <translation>Sätt ihop strukturbildskarta</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="90"/>
        <source>Strukturbild GeoPackage</source>
        <translation>Strukturbilds-GeoPackage</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="92"/>
        <source>Extra element layers (matched by &apos;strukturbild_typ&apos; field or layer name)</source>
        <translation>Extra elementlager (kopplas via fältet 'strukturbild_typ' eller lagrets namn)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="102"/>
        <source>Layout template (library name or .qpt file)</source>
        <translation>Layoutmall (namn i biblioteket eller .qpt-fil)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="104"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="104"/>
        <source>Strukturbild</source>
        <translation>Strukturbild</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="106"/>
        <source>Subtitle</source>
        <translation>Undertitel</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="108"/>
        <source>Sources (printed as 'Källa: …')</source>
        <translation>Källor (skrivs ut som 'Källa: …')</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="95"/>
        <source>Extent layer (e.g. län or kommuner)</source>
        <translation>Utbredningslager (t.ex. län eller kommuner)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="97"/>
        <source>Extent filter expression on the extent layer</source>
        <translation>Filteruttryck för utbredningslagret</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="100"/>
        <source>Extent (used when no extent layer is given)</source>
        <translation>Utbredning (används när inget utbredningslager har angetts)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="110"/>
        <source>Style library folder (empty: configured or bundled)</source>
        <translation>Mapp för stilbibliotek (tomt: det inställda eller det medföljande)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="113"/>
        <source>Legend language</source>
        <translation>Språk i teckenförklaringen</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="113"/>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="113"/>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="116"/>
        <source>Map (PDF, PNG or SVG)</source>
        <translation>Karta (PDF, PNG eller SVG)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="116"/>
        <source>PDF (*.pdf);;PNG (*.png);;SVG (*.svg)</source>
        <translation>PDF (*.pdf);;PNG (*.png);;SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="119"/>
        <source>Element layers drawn</source>
        <translation>Utritade elementlager</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="120"/>
        <source>Map scale</source>
        <translation>Kartskala</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="125"/>
        <source>OUTPUT must end in .pdf, .png or .svg: {path}</source>
        <translation>OUTPUT måste sluta på .pdf, .png eller .svg: {path}</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="135"/>
        <source>Nothing to map: give a strukturbild GeoPackage (STRUKTURBILD) or element layers (LAYERS).</source>
        <translation>Inget att visa på kartan: ange en strukturbilds-GeoPackage (STRUKTURBILD) eller elementlager (LAYERS).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="151"/>
        <source>The extent</source>
        <translation>Utbredningen</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="167"/>
        <source>Map written to {path}: template {template}, scale 1:{scale}, {n} element layers ({layers}).</source>
        <translation>Kartan har skrivits till {path}: mall {template}, skala 1:{scale}, {n} elementlager ({layers}).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="59"/>
        <source>Builds a print-ready strukturbild map from a strukturbild GeoPackage and/or extra layers, with the region&apos;s shared styles and a layout template, and exports it as PDF, PNG or SVG. The same code builds the map in the Strukturbild panel.</source>
        <translation>Skapar en tryckfärdig strukturbildskarta från en strukturbilds-GeoPackage och/eller extra lager, med regionens gemensamma stilar och en layoutmall, och exporterar den som PDF, PNG eller SVG. Samma kod skapar kartan i Strukturbild-panelen.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="59"/>
        <source>every layer named as an element type (nod, utvecklingsstrak, funktionellt_samband, gronstruktur, ...) is drawn; empty layers are left out of map and legend.</source>
        <translation>varje lager som har namn efter en elementtyp (nod, utvecklingsstrak, funktionellt_samband, gronstruktur, ...) ritas ut; tomma lager utelämnas ur kartan och teckenförklaringen.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="59"/>
        <source>each is matched to an element type by a text field &apos;strukturbild_typ&apos; or by its layer name.</source>
        <translation>varje lager kopplas till en elementtyp via textfältet 'strukturbild_typ' eller via lagrets namn.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="59"/>
        <source>a library template name (A3_landscape, A4_portrait, presentation_16x9) or a .qpt file with the items main_map, legend and title (and overview_map, subtitle, scalebar, north_arrow, sources, date, logo).</source>
        <translation>namnet på en mall i biblioteket (A3_landscape, A4_portrait, presentation_16x9) eller en .qpt-fil med objekten main_map, legend och title (samt eventuellt overview_map, subtitle, scalebar, north_arrow, sources, date, logo).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="59"/>
        <source>printed in the template&apos;s title and subtitle.</source>
        <translation>skrivs ut i mallens titel och undertitel.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="59"/>
        <source>printed in the template&apos;s sources item.</source>
        <translation>skrivs ut i mallens källobjekt (sources).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="59"/>
        <source>the map shows the bounding box of its features (it must be in a projected CRS); without it the extent below, else all thematic layers.</source>
        <translation>kartan visar den omslutande rektangeln för lagrets objekt (lagret måste ha ett projicerat koordinatsystem); utan lager används utbredningen nedan, annars alla tematiska lager.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="59"/>
        <source>only the extent layer&apos;s features that match, e.g. &quot;code&quot; = &apos;05&apos; for one county.</source>
        <translation>bara de objekt i utbredningslagret som matchar, t.ex. &quot;code&quot; = '05' för ett län.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="59"/>
        <source>the map&apos;s extent when no extent layer is given.</source>
        <translation>kartans utbredning när inget utbredningslager har angetts.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="59"/>
        <source>a folder with the region&apos;s shared styles and templates; empty: the library set in the Strukturbild settings, else the bundled one.</source>
        <translation>en mapp med regionens gemensamma stilar och mallar; tomt: biblioteket som är inställt i Strukturbild-inställningarna, annars det medföljande.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="59"/>
        <source>&apos;Swedish&apos; or &apos;English&apos; names of the element types in the legend.</source>
        <translation>'Svenska' eller 'Engelska': elementtypernas namn i teckenförklaringen på svenska eller engelska.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="59"/>
        <source>the file&apos;s extension chooses PDF, PNG or SVG. PDF and SVG keep text as text with embedded fonts, so the map is searchable and accessible.</source>
        <translation>filändelsen avgör om det blir PDF, PNG eller SVG. PDF och SVG behåller text som text med inbäddade typsnitt, så att kartan är sökbar och tillgänglig.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="59"/>
        <source>Templates and styles are someone else&apos;s files and are checked before use: HTML items are printed as plain text without JavaScript; pictures and symbols outside the style library folder, at web addresses or chosen by expressions are left out; each removal is reported in this log. Web addresses are used only when the QGIS setting strukturbild/allow_remote_resources is true.</source>
        <translation>Mallar och stilar är någon annans filer och kontrolleras innan de används: HTML-objekt skrivs ut som vanlig text utan JavaScript; bilder och symboler utanför stilbiblioteksmappen, på webbadresser eller som väljs med uttryck utelämnas; varje borttagning redovisas i den här loggen. Webbadresser används bara när QGIS-inställningen strukturbild/allow_remote_resources är true.</translation>
    </message>
</context>
<context>
    <name>BorderAccess</name>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="56"/>
        <source>Border access: what the border costs</source>
        <translation>Tillgänglighet över gränsen: vad gränsen kostar</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="98"/>
        <source>Origins (points or polygons)</source>
        <translation>Startpunkter (punkter eller polygoner)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="101"/>
        <source>Origin weight field for the zone means (e.g. population; empty: 1)</source>
        <translation>Viktfält för startpunkterna i zonernas medelvärden (t.ex. befolkning; tomt: 1)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="111"/>
        <source>Measure</source>
        <translation>Mått</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="111"/>
        <source>Time to the nearest destination</source>
        <translation>Restid till närmaste målpunkt</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="111"/>
        <source>Opportunities within the threshold</source>
        <translation>Möjligheter inom tröskelvärdet</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="115"/>
        <source>Threshold (minutes)</source>
        <translation>Tröskelvärde (minuter)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="109"/>
        <source>Road network (lines; empty: straight-line estimate)</source>
        <translation>Vägnät (linjer; tomt: uppskattning fågelvägen)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="123"/>
        <source>Origins with border access</source>
        <translation>Startpunkter med tillgänglighet över gränsen</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="124"/>
        <source>Zones with border access</source>
        <translation>Zoner med tillgänglighet över gränsen</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="127"/>
        <source>Origins in the selected regions</source>
        <translation>Startpunkter i de valda regionerna</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="127"/>
        <source>Origins whose nearest destination lies across the border</source>
        <translation>Startpunkter vars närmaste målpunkt ligger på andra sidan gränsen</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="127"/>
        <source>Mean gain (minutes or opportunities)</source>
        <translation>Genomsnittlig vinst (minuter eller möjligheter)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="155"/>
        <source>The destinations layer &apos;{name}&apos; has no features with a geometry.</source>
        <translation>Målpunktslagret '{name}' har inga objekt med geometri.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="161"/>
        <source>No origin of &apos;{name}&apos; lies in the selected regions ({ids}): check SELECTION and that the layers cover the same area.</source>
        <translation>Ingen startpunkt i '{name}' ligger i de valda regionerna ({ids}): kontrollera SELECTION och att lagren täcker samma geografiska område.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="165"/>
        <source>{n} origin(s) lie outside the selected regions: their values are NULL.</source>
        <translation>{n} startpunkt(er) ligger utanför de valda regionerna: deras värden är NULL.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="170"/>
        <source>{n} destination(s) lie outside every region: they count only when all destinations count.</source>
        <translation>{n} målpunkt(er) ligger utanför alla regioner: de räknas bara med när alla målpunkter räknas.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="185"/>
        <source>No road network: travel times are an estimate ({text}).</source>
        <translation>Inget vägnät: restiderna är en uppskattning ({text}).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="195"/>
        <source>No destination lies within {m:g} m of the road network.</source>
        <translation>Ingen målpunkt ligger inom {m:g} m från vägnätet.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="204"/>
        <source>{n} origin(s) are farther than {m:g} m from the network: their values are NULL.</source>
        <translation>{n} startpunkt(er) ligger längre än {m:g} m från vägnätet: deras värden är NULL.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="208"/>
        <source>road network</source>
        <translation>vägnät</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="216"/>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="216"/>
        <source>opportunities</source>
        <translation>möjligheter</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="221"/>
        <source>{id}: {n} origins, mean gain {gain} {unit}, largest {top} {unit}; nearest across the border for {across}.</source>
        <translation>{id}: {n} startpunkter, genomsnittlig vinst {gain} {unit}, som mest {top} {unit}; närmaste målpunkt på andra sidan gränsen för {across}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="243"/>
        <source>The origins already have a field &apos;{field}&apos;; rename it first.</source>
        <translation>Startpunkterna har redan ett fält '{field}'; byt namn på det först.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="286"/>
        <source>The zones already have a field &apos;{field}&apos;; rename it first.</source>
        <translation>Zonerna har redan ett fält '{field}'; byt namn på det först.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="198"/>
        <source>No origin of &apos;{name}&apos; in the selected regions lies within {m:g} m of a road that leads to a destination: check that the layers cover the same area and that the network is connected, or raise MAX_SNAP.</source>
        <translation>Ingen startpunkt i '{name}' i de valda regionerna ligger inom {m:g} m från en väg som leder till en målpunkt: kontrollera att lagren täcker samma geografiska område och att vägnätet hänger ihop, eller höj MAX_SNAP.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="59"/>
        <source>For origins in the selected regions (grid cells, addresses, tätorter), accessibility counted twice: only destinations in the origin's own region, and all destinations (also across the border and outside every region, e.g. abroad). The difference is what the border costs if people kept to their own region's services and jobs. Only destinations are restricted: routes may use roads on either side of the border in both counts.</source>
        <translation>För startpunkter i de valda regionerna (rutor, adresser, tätorter) beräknas tillgängligheten två gånger: bara till målpunkter i startpunktens egen region, och till alla målpunkter (även på andra sidan gränsen och utanför alla regioner, t.ex. utomlands). Skillnaden är vad gränsen kostar om människor höll sig till den egna regionens service och arbetstillfällen. Bara målpunkterna begränsas: rutterna får använda vägar på båda sidor av gränsen i båda beräkningarna.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="59"/>
        <source>the places whose accessibility is measured; a polygon by its point on surface. Origins outside the selected regions get NULL.</source>
        <translation>platserna vars tillgänglighet mäts; en polygon via sin punkt på ytan. Startpunkter utanför de valda regionerna får NULL.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="59"/>
        <source>the weight of each origin in the zone means, e.g. its population; empty: 1.</source>
        <translation>vikten för varje startpunkt i zonernas medelvärden, t.ex. dess befolkning; tomt: 1.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="59"/>
        <source>the services, jobs or places to reach; a destination belongs to the region that contains it.</source>
        <translation>service, arbetstillfällen eller platser att nå; en målpunkt hör till den region som innehåller den.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="59"/>
        <source>what a destination offers (jobs, places); empty: each counts 1.</source>
        <translation>vad en målpunkt erbjuder (arbetstillfällen, platser); tomt: varje målpunkt räknas som 1.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="59"/>
        <source>the name or code written as the nearest destination; empty: the feature id.</source>
        <translation>namnet eller koden som skrivs ut som närmaste målpunkt; tomt: objekt-id.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="59"/>
        <source>polygons to summarise the origins in, e.g. the output of &apos;Border zones&apos;.</source>
        <translation>polygoner att sammanfatta startpunkterna i, t.ex. resultatet från 'Gränsbygd (zoner längs gränser)'.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="59"/>
        <source>the roads for every travel time, read as in 'Travel time and accessibility'. Empty: the times are estimated from the straight-line distance × the detour factor at the default speed, and the output says so.</source>
        <translation>vägarna för alla restider, lästa som i 'Restid och tillgänglighet'. Tomt: restiderna uppskattas från avståndet fågelvägen × omvägsfaktorn i standardhastigheten, och resultatet anger det.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="59"/>
        <source>'Time to the nearest destination': time_own, time_all and time_gain = time_own − time_all (minutes saved), nearest_own_id, nearest_all_id and nearest_across (1 when the nearest destination of all lies in another region). 'Opportunities within the threshold': the sum of the destination weights within the threshold, opp_own, opp_all and opp_gain = opp_all − opp_own.</source>
        <translation>'Restid till närmaste målpunkt': time_own, time_all och time_gain = time_own − time_all (sparade minuter), nearest_own_id, nearest_all_id och nearest_across (1 när den närmaste av alla målpunkter ligger i en annan region). 'Möjligheter inom tröskelvärdet': summan av målpunkternas vikter inom tröskelvärdet, opp_own, opp_all och opp_gain = opp_all − opp_own.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="59"/>
        <source>the time limit of &apos;Opportunities within the threshold&apos;.</source>
        <translation>tidsgränsen för 'Möjligheter inom tröskelvärdet'.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="59"/>
        <source>the projected CRS everything is measured in; layers in other CRSs are reprojected to it. Empty: the first projected CRS of the region layers.</source>
        <translation>det projicerade koordinatsystem som allt mäts i; lager i andra koordinatsystem projiceras om till det. Tomt: regionlagrens första projicerade koordinatsystem.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="59"/>
        <source>the origins with region_id, the fields of the measure and access_method.</source>
        <translation>startpunkterna med region_id, måttets fält och access_method.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="59"/>
        <source>per zone the number of origins, the mean own, all and gain values (weighted by the origin weight field), the largest gain, the share whose nearest destination lies across the border, and the origins with no destination of their own region within reach (n_no_own; left out of the means).</source>
        <translation>per zon antalet startpunkter, medelvärdena för egen region, alla målpunkter och vinsten (viktade med startpunkternas viktfält), den största vinsten, andelen vars närmaste målpunkt ligger på andra sidan gränsen, och de startpunkter som inte når någon målpunkt i den egna regionen (n_no_own; utelämnas ur medelvärdena).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="106"/>
        <source>Zones to summarise (polygons, e.g. border zones)</source>
        <translation>Zoner att sammanfatta (polygoner, t.ex. gränszoner)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="183"/>
        <source>estimate: straight line × {f} at {v} km/h</source>
        <translation>uppskattning: fågelvägen × {f} i {v} km/h</translation>
    </message>
</context>
<context>
    <name>BorderFlows</name>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="96"/>
        <source>Border flows and border effect</source>
        <translation>Gränsöverskridande flöden och gränseffekt</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="99"/>
        <source>commuting,pendling,border,gräns,cross-border,gränsöverskridande,border effect,gravity,OD</source>
        <translation>pendling,commuting,gräns,border,gränsöverskridande,cross-border,gränseffekt,border effect,gravitationsmodell,gravity,OD</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="156"/>
        <source>Zones (polygon or point layers; any CRS)</source>
        <translation>Zoner (polygon- eller punktlager; valfritt koordinatsystem)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="159"/>
        <source>Zone id field (in every zone layer)</source>
        <translation>Fält för zon-id (i varje zonlager)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="163"/>
        <source>Region field (län, LA region, country …)</source>
        <translation>Regionfält (län, LA-region, land …)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="166"/>
        <source>Flow table (OD: origin, destination, value)</source>
        <translation>Flödestabell (OD-tabell: ursprung, destination, värde)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="169"/>
        <source>Origin (residence) field</source>
        <translation>Fält för ursprung (bostadskommun)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="171"/>
        <source>Destination (workplace) field</source>
        <translation>Fält för destination (arbetsställekommun)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="173"/>
        <source>Value (count) field</source>
        <translation>Fält för värde (antal)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="176"/>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="176"/>
        <source>Distance between zone centroids (km)</source>
        <translation>Avstånd mellan zonernas centroider (km)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="176"/>
        <source>Travel time over the road network (minutes)</source>
        <translation>Restid på vägnätet (minuter)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="180"/>
        <source>Distance decay</source>
        <translation>Avståndsavtagande</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="180"/>
        <source>Exponential exp(−β·c)</source>
        <translation>Exponentiellt exp(−β·c)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="180"/>
        <source>Power c^−β</source>
        <translation>Potens c^−β</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="183"/>
        <source>Working CRS (projected; empty: the first projected CRS of the zones)</source>
        <translation>Arbetskoordinatsystem (projicerat; tomt: zonernas första projicerade)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="175"/>
        <source>Road network (lines; travel time only)</source>
        <translation>Vägnät (linjer; bara för restid)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="188"/>
        <source>Zone point</source>
        <translation>Zonens punkt</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="188"/>
        <source>Centroid</source>
        <translation>Centroid</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="188"/>
        <source>Point on surface</source>
        <translation>Punkt på ytan</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="191"/>
        <source>Smallest cross-border flow drawn as a line</source>
        <translation>Minsta gränsöverskridande flöde som ritas som linje</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="194"/>
        <source>Curved lines</source>
        <translation>Böjda linjer</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="196"/>
        <source>Cross-border shares per zone</source>
        <translation>Gränsöverskridande andelar per zon</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="198"/>
        <source>Border effect per region pair</source>
        <translation>Gränseffekt per regionpar</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="204"/>
        <source>Cross-border flow lines</source>
        <translation>Gränsöverskridande flödeslinjer</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="204"/>
        <source>Distance decay β</source>
        <translation>Avståndsavtagande β</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="204"/>
        <source>Standard error of β</source>
        <translation>Standardfel för β</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="204"/>
        <source>Share of all commuters who cross a region border</source>
        <translation>Andel av alla pendlare som korsar en regiongräns</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="204"/>
        <source>Dispersion (Pearson χ² / degrees of freedom)</source>
        <translation>Dispersion (Pearsons χ² / frihetsgrader)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="204"/>
        <source>Poisson deviance of the model (compare decays)</source>
        <translation>Modellens Poisson-devians (jämför typerna av avståndsavtagande)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="204"/>
        <source>Zones</source>
        <translation>Zoner</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="204"/>
        <source>Region pairs with a border factor</source>
        <translation>Regionpar med en gränsfaktor</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="204"/>
        <source>Flow-table ids not among the zones</source>
        <translation>Id:n i flödestabellen som inte finns bland zonerna</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="212"/>
        <source>Border effect θ per region pair</source>
        <translation>Gränseffekt θ per regionpar</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="225"/>
        <source>Choose at least one zone layer (ZONES).</source>
        <translation>Välj minst ett zonlager (ZONES).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="230"/>
        <source>Name the zone id field (ZONE_ID_FIELD), e.g. the kommun code.</source>
        <translation>Ange fältet med zon-id (ZONE_ID_FIELD), t.ex. kommunkoden.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="232"/>
        <source>Name the region field (REGION_FIELD), e.g. the län code.</source>
        <translation>Ange regionfältet (REGION_FIELD), t.ex. länskoden.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="241"/>
        <source>Travel time (DISTANCE 1) needs a road network (NETWORK).</source>
        <translation>Restid (DISTANCE 1) kräver ett vägnät (NETWORK).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="259"/>
        <source>No flow of &apos;{layer}&apos; is between the zones: check that ORIGIN_FIELD and DESTINATION_FIELD hold the same codes as &apos;{field}&apos; in the zone layers.</source>
        <translation>Inget flöde i '{layer}' går mellan zonerna: kontrollera att ORIGIN_FIELD och DESTINATION_FIELD innehåller samma koder som '{field}' i zonlagren.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="264"/>
        <source>All zones are in one region ({region}): a border effect needs zones in at least two regions of &apos;{field}&apos;.</source>
        <translation>Alla zoner ligger i en och samma region ({region}): en gränseffekt kräver zoner i minst två regioner i '{field}'.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="271"/>
        <source>centroid distance (km)</source>
        <translation>avstånd mellan centroider (km)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="274"/>
        <source>travel time (minutes)</source>
        <translation>restid (minuter)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="277"/>
        <source>{n} zone(s) have no geometry ({examples}): their flows count in the shares but not in the model.</source>
        <translation>{n} zon(er) saknar geometri ({examples}): deras flöden räknas med i andelarna men inte i modellen.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="285"/>
        <source>The border model cannot be fitted: {error}.</source>
        <translation>Gränsmodellen kan inte skattas: {error}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="301"/>
        <source>per km</source>
        <translation>per km</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="301"/>
        <source>per minute</source>
        <translation>per minut</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="320"/>
        <source>Border effect θ per region pair (95 % interval): {list}.</source>
        <translation>Gränseffekt θ per regionpar (95 %-intervall): {list}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="330"/>
        <source>θ &gt; 1 for {list}: more commuting between these regions than the model expects without a border. This usually means the distance decay underpredicts long distances; compare DECAY 0 and 1 by their deviance (smaller fits better).</source>
        <translation>θ &gt; 1 för {list}: mer pendling mellan dessa regioner än modellen förväntar sig utan gräns. Det betyder oftast att avståndsavtagandet underskattar flödena över långa avstånd; jämför DECAY 0 och 1 utifrån deras devians (mindre passar bättre).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="335"/>
        <source>No commuting at all between {list}: θ = 0.</source>
        <translation>Ingen pendling alls mellan {list}: θ = 0.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="353"/>
        <source>The zone layer &apos;{name}&apos; is not a vector layer.</source>
        <translation>Zonlagret '{name}' är inget vektorlager.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="366"/>
        <source>zone id (ZONE_ID_FIELD)</source>
        <translation>zon-id (ZONE_ID_FIELD)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="366"/>
        <source>region (REGION_FIELD)</source>
        <translation>region (REGION_FIELD)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="368"/>
        <source>zone name (ZONE_NAME_FIELD)</source>
        <translation>zonnamn (ZONE_NAME_FIELD)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="370"/>
        <source>The zone layer &apos;{layer}&apos; has no field &apos;{field}&apos; for the {role}; its fields are: {fields}.</source>
        <translation>Zonlagret '{layer}' har inget fält '{field}' för {role}; dess fält är: {fields}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="383"/>
        <source>The zone id {id} occurs twice (in &apos;{a}&apos; and &apos;{b}&apos;). Each zone must occur once: dissolve the layer by &apos;{field}&apos;, or prefix the ids of different countries.</source>
        <translation>Zon-id {id} förekommer två gånger (i '{a}' och '{b}'). Varje zon får bara förekomma en gång: lös upp lagret (dissolve) efter '{field}', eller sätt ett prefix (t.ex. en landskod) före id:na från olika länder.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="403"/>
        <source>{n} zone(s) of &apos;{layer}&apos; have no value in &apos;{field}&apos; and were left out.</source>
        <translation>{n} zon(er) i '{layer}' saknar värde i '{field}' och har utelämnats.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="406"/>
        <source>The zone layers have no feature with a value in &apos;{field}&apos;.</source>
        <translation>Zonlagren har inget objekt med ett värde i '{field}'.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="409"/>
        <source>{n} zone(s) have no value in the region field &apos;{field}&apos; (e.g. {examples}): give every zone a region.</source>
        <translation>{n} zon(er) saknar värde i regionfältet '{field}' (t.ex. {examples}): ge varje zon en region.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="429"/>
        <source>Zone {id} of &apos;{layer}&apos; cannot be transformed to {crs}: choose a TARGET_CRS that covers all zones.</source>
        <translation>Zon {id} i '{layer}' kan inte transformeras till {crs}: välj ett TARGET_CRS som täcker alla zoner.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="448"/>
        <source>{n} zone point(s) are farther than {m:g} m from the road network ({examples}): their flows count in the shares but not in the model.</source>
        <translation>{n} zonpunkt(er) ligger längre än {m:g} m från vägnätet ({examples}): deras flöden räknas med i andelarna men inte i modellen.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="452"/>
        <source>Fewer than two zones lie within {m:g} m of the road network.</source>
        <translation>Färre än två zoner ligger inom {m:g} m från vägnätet.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="460"/>
        <source>{n} pair(s) of zones cannot reach each other over the network (a disconnected network?): they are left out of the model.</source>
        <translation>{n} zonpar kan inte nå varandra på vägnätet (ett osammanhängande vägnät?): de utelämnas ur modellen.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="302"/>
        <source>exponential</source>
        <translation>exponentiellt</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="302"/>
        <source>power</source>
        <translation>potens</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="103"/>
        <source>How much commuting crosses region borders, and how much less than it would without the border: cross-border shares per zone, and the border effect θ per pair of regions from a gravity model fitted to the flows.</source>
        <translation>Hur mycket pendling som korsar regiongränser, och hur mycket mindre den är än den skulle ha varit utan gränsen: gränsöverskridande andelar per zon, och gränseffekten θ per par av regioner från en gravitationsmodell som skattats på flödena.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="103"/>
        <source>one or more polygon or point layers, e.g. kommuner of several countries in layers of different CRSs. Every zone needs a region; ids must be unique across the layers.</source>
        <translation>ett eller flera polygon- eller punktlager, t.ex. kommuner i flera länder i lager med olika koordinatsystem. Varje zon måste ha en region; id:n måste vara unika i alla lager.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="103"/>
        <source>the zone codes, as in the flow table; the field must be in every zone layer (the list shows the fields they share).</source>
        <translation>zonkoderna, som i flödestabellen; fältet måste finnas i varje zonlager (listan visar de fält som lagren har gemensamt).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="103"/>
        <source>the zone names for the outputs; empty: the ids.</source>
        <translation>zonernas namn i utdata; tomt: id:na.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="103"/>
        <source>the region each zone belongs to: län, LA region, country …</source>
        <translation>den region som varje zon hör till: län, LA-region, land …</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="103"/>
        <source>an OD table (residence, workplace, count) read as in &apos;Flow lines&apos;: SCB/SSB CSVs with leading zeros, Swedish number formats, total rows and duplicated rows; ids not among the zones are reported and left out.</source>
        <translation>en OD-tabell (bostadskommun, arbetsställekommun, antal) som läses som i 'Flödeslinjer': CSV-filer från SCB/SSB med inledande nollor, svenska talformat, summarader och dubblerade rader; id:n som inte finns bland zonerna rapporteras och utelämnas.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="103"/>
        <source>the residence and workplace codes and the number of commuters of each row.</source>
        <translation>bostads- och arbetsställekoderna och antalet pendlare på varje rad.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="103"/>
        <source>the roads for &apos;Travel time over the road network&apos;, read as in &apos;Travel time and accessibility&apos;.</source>
        <translation>vägarna för 'Restid på vägnätet', lästa som i 'Restid och tillgänglighet'.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="103"/>
        <source>the cost c of the model: &apos;Distance between zone centroids (km)&apos; (straight lines), or &apos;Travel time over the road network (minutes)&apos; (needs the road network).</source>
        <translation>modellens kostnad c: 'Avstånd mellan zonernas centroider (km)' (raka linjer) eller 'Restid på vägnätet (minuter)' (kräver vägnätet).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="103"/>
        <source>how the flows fall with the cost: 'Exponential exp(−β·c)' or 'Power c^−β'. The model is a doubly-constrained gravity model F_ij = A_i O_i B_j D_j f(c_ij) θ_RS fitted by Poisson maximum likelihood to all flows between different zones (people working in their home zone have no distance and are left out of the fit). θ is one factor per pair of regions, the same both ways, and 1 within a region: the observed flow between the two regions ÷ the flow the same model predicts without the border. 1 = no border effect, 0.3 = 70 % fewer commuters across the border than the distances predict.</source>
        <translation>hur flödena avtar med kostnaden: 'Exponentiellt exp(−β·c)' eller 'Potens c^−β'. Modellen är en dubbelt begränsad gravitationsmodell F_ij = A_i O_i B_j D_j f(c_ij) θ_RS skattad med Poisson-maximum likelihood på alla flöden mellan olika zoner (personer som arbetar i sin hemzon har inget avstånd och ingår inte i skattningen). θ är en faktor per par av regioner, samma i båda riktningarna och 1 inom en region: det observerade flödet mellan de två regionerna ÷ det flöde som samma modell förutsäger utan gränsen. 1 = ingen gränseffekt, 0,3 = 70 % färre pendlare över gränsen än vad avstånden förutsäger.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="103"/>
        <source>the projected CRS in which distances are measured and the lines are written; empty: the first projected CRS of the zone layers (all geographic: the UTM zone of the data).</source>
        <translation>det projicerade koordinatsystem där avstånden mäts och linjerna skrivs; tomt: zonlagrens första projicerade koordinatsystem (alla geografiska: datats UTM-zon).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="103"/>
        <source>where a zone&apos;s lines start and end: &apos;Centroid&apos;, or &apos;Point on surface&apos; (always inside an odd-shaped zone).</source>
        <translation>var en zons linjer börjar och slutar: 'Centroid' eller 'Punkt på ytan' (alltid inne i zonen, även om den är oregelbundet formad).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="103"/>
        <source>smaller cross-border flows get no line.</source>
        <translation>mindre gränsöverskridande flöden får ingen linje.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="103"/>
        <source>draw the lines as curves, so that the two directions of a pair are apart.</source>
        <translation>rita linjerna som kurvor, så att ett pars två riktningar hålls isär.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="103"/>
        <source>one row per zone: out_total = employed residents, out_cross = those working in another region, out_cross_share = out_cross / out_total; in_total, in_cross and in_cross_share likewise for the jobs (the diagonal included); and the cross-border flows the model expects without the border. With the zones&apos; shapes when they are all areas or all points: a map of the shares, and the commuting zones of &apos;Area profile&apos; as it is.</source>
        <translation>en rad per zon: out_total = sysselsatta boende, out_cross = de som arbetar i en annan region, out_cross_share = out_cross / out_total; in_total, in_cross och in_cross_share på motsvarande sätt för arbetstillfällena (diagonalen inräknad); samt de gränsöverskridande flöden som modellen förväntar sig utan gränsen. Med zonernas former när alla är ytor eller alla punkter: en karta över andelarna, och pendlingszonerna i 'Områdesprofil' som de är.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="103"/>
        <source>one row per ordered region pair with region_from, region_to, observed, expected (the model without θ), border_effect = observed / expected in that direction, theta with its 95 % interval (quasi-Poisson), beta.</source>
        <translation>en rad per ordnat regionpar med region_from, region_to, observed, expected (modellen utan θ), border_effect = observed / expected i den riktningen, theta med dess 95 %-intervall (kvasi-Poisson), beta.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="103"/>
        <source>the cross-border flows as lines with the fields of &apos;Flow lines&apos; and the expected flow, drawn as strukturbild &apos;funktionellt samband&apos;.</source>
        <translation>de gränsöverskridande flödena som linjer med fälten från 'Flödeslinjer' och det förväntade flödet, ritade som strukturbildens 'funktionellt samband'.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="103"/>
        <source>Refused with a message: a zone without a region, a single region, duplicated zone ids, a flow table whose ids match no zone, a geographic working CRS, a zone layer without a CRS, no commuting across any border.</source>
        <translation>Avvisas med ett meddelande: en zon utan region, en enda region, dubblerade zon-id:n, en flödestabell vars id:n inte matchar någon zon, ett geografiskt arbetskoordinatsystem, ett zonlager utan koordinatsystem, ingen pendling över någon gräns.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="161"/>
        <source>Zone name field</source>
        <translation>Fält för zonnamn</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="248"/>
        <source>{n} zones: the model needs about {gb} GB of memory. Kommuner or similar zones are the intended size.</source>
        <translation>{n} zoner: modellen behöver omkring {gb} GB minne. Den är avsedd för kommuner eller zoner av liknande storlek.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="302"/>
        <source>Model: {decay} decay of {cost}, β = {beta} ± {se}{unit}; fitted on {fitted} commuters between different zones in {n} cells; deviance {deviance}, dispersion {dispersion}; {iterations} Newton iterations.</source>
        <translation>Modell: avståndsavtagande ({decay}) med {cost}, β = {beta} ± {se}{unit}; skattad på {fitted} pendlare mellan olika zoner i {n} matrisceller; devians {deviance}, dispersion {dispersion}; {iterations} Newton-iterationer.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="323"/>
        <source>{a} → {b}: observed {obs}, expected without the border {exp}, ratio {ratio}.</source>
        <translation>{a} → {b}: observerat {obs}, förväntat utan gränsen {exp}, kvot {ratio}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="337"/>
        <source>{cross} of {total} commuters ({share}) cross a region border; {n} cross-border flow line(s).</source>
        <translation>{cross} av {total} pendlare ({share}) korsar en regiongräns; {n} gränsöverskridande flödeslinje(r).</translation>
    </message>
</context>
<context>
    <name>BorderZones</name>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="80"/>
        <source>Border zones (gränsbygd)</source>
        <translation>Gränsbygd (zoner längs gränser)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="148"/>
        <source>Regions (polygon layers: län, kommuner, national units; any CRS)</source>
        <translation>Regioner (polygonlager: län, kommuner, nationella enheter; valfritt koordinatsystem)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="151"/>
        <source>Region id field (present in every region layer)</source>
        <translation>Fält med region-id (finns i varje regionlager)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="156"/>
        <source>Selected region ids (comma-separated; empty: all)</source>
        <translation>Valda region-id (kommaseparerade; tomt: alla)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="230"/>
        <source>Borders</source>
        <translation>Gränser</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="230"/>
        <source>Internal borders between the selected regions</source>
        <translation>Inre gränser mellan de valda regionerna</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="230"/>
        <source>All land borders of the selected regions</source>
        <translation>Alla landgränser för de valda regionerna</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="234"/>
        <source>Band upper bounds (comma-separated, km or minutes)</source>
        <translation>Bandens övre gränser (kommaseparerade, km eller minuter)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="236"/>
        <source>Measure</source>
        <translation>Mått</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="236"/>
        <source>Distance (km)</source>
        <translation>Avstånd (km)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="236"/>
        <source>Travel time over the road network (minutes)</source>
        <translation>Restid på vägnätet (minuter)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="240"/>
        <source>Snapping tolerance between neighbouring boundaries (m)</source>
        <translation>Fästtolerans mellan grannars gränslinjer (m)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="201"/>
        <source>Working CRS (projected; empty: the first projected CRS of the regions)</source>
        <translation>Arbetskoordinatsystem (projicerat; tomt: regionernas första projicerade)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="221"/>
        <source>Population field (empty: 1 per feature)</source>
        <translation>Befolkningsfält (tomt: 1 per objekt)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="228"/>
        <source>Road network (lines; travel time only)</source>
        <translation>Vägnät (linjer; bara för restid)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="247"/>
        <source>Spacing of the travel-time sources along the border (m)</source>
        <translation>Avstånd mellan restidens startpunkter längs gränsen (m)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="250"/>
        <source>Band polygon around the reached roads (m; travel time only)</source>
        <translation>Bandpolygon runt de nådda vägarna (m; bara för restid)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="254"/>
        <source>Border zones</source>
        <translation>Gränsbygd</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="256"/>
        <source>Zones</source>
        <translation>Zoner</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="256"/>
        <source>Borders (region pairs)</source>
        <translation>Gränser (regionpar)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="256"/>
        <source>Border length (km)</source>
        <translation>Gränslängd (km)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="259"/>
        <source>Border length per region pair</source>
        <translation>Gränslängd per regionpar</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="209"/>
        <source>Choose at least one region layer (REGIONS).</source>
        <translation>Välj minst ett regionlager (REGIONS).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="212"/>
        <source>Name the region id field (REGION_ID_FIELD), e.g. the län or kommun code.</source>
        <translation>Ange fältet med region-id (REGION_ID_FIELD), t.ex. läns- eller kommunkoden.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="294"/>
        <source>Region {id} has no {what} (within {tol:g} m): it gets no zones.</source>
        <translation>Region {id} har ingen {what} (inom {tol:g} m): den får inga zoner.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="294"/>
        <source>border with another selected region</source>
        <translation>gräns mot en annan vald region</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="294"/>
        <source>land border</source>
        <translation>landgräns</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="349"/>
        <source>BANDS holds no band: give upper bounds separated by commas, e.g. 10,25.</source>
        <translation>BANDS innehåller inget band: ange övre gränser åtskilda med komma, t.ex. 10,25.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="351"/>
        <source>BANDS must be numbers greater than 0 (got &apos;{text}&apos;).</source>
        <translation>BANDS måste vara tal större än 0 (fick '{text}').</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="356"/>
        <source>BANDS must be numbers separated by commas, e.g. 10,25 (got &apos;{text}&apos;).</source>
        <translation>BANDS måste vara tal åtskilda med komma, t.ex. 10,25 (fick '{text}').</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="368"/>
        <source>The region layer &apos;{name}&apos; is not a polygon layer.</source>
        <translation>Regionlagret '{name}' är inget polygonlager.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="371"/>
        <source>The region layer &apos;{name}&apos; has no field &apos;{field}&apos; (REGION_ID_FIELD); its fields are: {fields}.</source>
        <translation>Regionlagret '{name}' har inget fält '{field}' (REGION_ID_FIELD); dess fält är: {fields}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="385"/>
        <source>The id {id} occurs in the region layers &apos;{a}&apos; and &apos;{b}&apos;: ids must be unique across the layers (e.g. prefix them with a country code).</source>
        <translation>Id {id} finns i både regionlagret '{a}' och '{b}': id måste vara unika i alla lager (sätt t.ex. en landskod före).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="392"/>
        <source>Region {id} (feature {fid} of &apos;{name}&apos;) cannot be transformed to {crs}: choose a TARGET_CRS that covers all regions.</source>
        <translation>Region {id} (objekt {fid} i '{name}') kan inte transformeras till {crs}: välj ett TARGET_CRS som täcker alla regioner.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="401"/>
        <source>{n} region feature(s) without a geometry or without an id in &apos;{field}&apos; were left out.</source>
        <translation>{n} regionobjekt utan geometri eller utan id i '{field}' utelämnades.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="404"/>
        <source>{n} invalid region geometry(ies) were repaired (makeValid): {list}.</source>
        <translation>{n} ogiltiga regiongeometrier reparerades (makeValid): {list}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="408"/>
        <source>The region layers have no feature with a geometry and an id in &apos;{field}&apos;.</source>
        <translation>Regionlagren har inget objekt med geometri och id i '{field}'.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="422"/>
        <source>Region id(s) not found in &apos;{field}&apos;: {missing}. The regions have e.g. {known}.</source>
        <translation>Region-id som inte finns i '{field}': {missing}. Regionerna har t.ex. {known}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="463"/>
        <source>Regions {a} and {b} overlap by {km2:,.1f} km² ({share:.0%} of the smaller one). Regions must not overlap: are two levels (län and kommuner) or two copies of a layer mixed? Remove the overlap and run again.</source>
        <translation>Regionerna {a} och {b} överlappar med {km2:,.1f} km² ({share:.0%} av den mindre). Regioner får inte överlappa: är två nivåer (län och kommuner) eller två kopior av ett lager blandade? Ta bort överlappet och kör igen.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="493"/>
        <source>The selected regions share no border (no boundary within SNAP_TOLERANCE = {tol:g} m of another selected region). Select neighbouring regions, raise SNAP_TOLERANCE, or use BORDER 1 for all land borders.</source>
        <translation>De valda regionerna har ingen gemensam gräns (ingen gränslinje inom SNAP_TOLERANCE = {tol:g} m från en annan vald region). Välj angränsande regioner, höj SNAP_TOLERANCE eller använd BORDER 1 för alla landgränser.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="497"/>
        <source>The selected regions have no land border with any region in REGIONS (no boundary within SNAP_TOLERANCE = {tol:g} m of another region): add the neighbouring regions to REGIONS or raise SNAP_TOLERANCE.</source>
        <translation>De valda regionerna har ingen landgräns mot någon region i REGIONS (ingen gränslinje inom SNAP_TOLERANCE = {tol:g} m från en annan region): lägg till grannregionerna i REGIONS eller höj SNAP_TOLERANCE.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="542"/>
        <source>No road lies within {m:g} m (MAX_SNAP) of the border of region {id}: it gets no zones.</source>
        <translation>Ingen väg ligger inom {m:g} m (MAX_SNAP) från gränsen för region {id}: den får inga zoner.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="545"/>
        <source>Region {id}: {n} source point(s) on its border ({c} road crossing(s)), {a} joined to the roads.</source>
        <translation>Region {id}: {n} startpunkt(er) på gränsen ({c} vägkorsning(ar)), {a} anslutna till vägnätet.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="600"/>
        <source>The population layer &apos;{layer}&apos; has no field &apos;{field}&apos;.</source>
        <translation>Befolkningslagret '{layer}' har inget fält '{field}'.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="615"/>
        <source>The population layer &apos;{layer}&apos; has no features with a geometry: choose a layer with population (or remove a filter), or leave POPULATION empty.</source>
        <translation>Befolkningslagret '{layer}' har inga objekt med geometri: välj ett lager med befolkning (eller ta bort ett filter), eller lämna POPULATION tomt.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="619"/>
        <source>{n} population feature(s) have no value in &apos;{field}&apos; and count as 0.</source>
        <translation>{n} befolkningsobjekt saknar värde i '{field}' och räknas som 0.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="652"/>
        <source>The services layer &apos;{layer}&apos; has no features: every zone has 0 services.</source>
        <translation>Servicelagret '{layer}' har inga objekt: varje zon har 0 service.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="272"/>
        <source>distance</source>
        <translation>avstånd</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="274"/>
        <source>road network</source>
        <translation>vägnät</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="281"/>
        <source>No road network: the travel-time bands are an estimate ({text}).</source>
        <translation>Inget vägnät: restidsbanden är en uppskattning ({text}).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="353"/>
        <source>BANDS must be at most {most:,.0f} km or minutes, wider than any border zone (got &apos;{text}&apos;).</source>
        <translation>BANDS får vara högst {most:,.0f} km eller minuter, vilket är bredare än någon gränszon (fick '{text}').</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="83"/>
        <source>Bands along the land borders of regions: län, kommuner, or national units of several countries. Each selected region gets its own bands on its side of the border, as rings (10–25 excludes 0–10) clipped to the region, with their area, population and number of services.</source>
        <translation>Band längs regioners landgränser: län, kommuner eller nationella enheter i flera länder. Varje vald region får egna band på sin sida av gränsen, som ringar (10–25 utesluter 0–10) klippta mot regionen, med yta, befolkning och antal service.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="83"/>
        <source>points are summed when inside a band; polygons (grid cells, DeSO) are apportioned by the share of their area inside the band. An empty population layer is refused (zero inhabitants would be wrong, not unknown); without a layer the population field of the output is NULL.</source>
        <translation>punkter summeras när de ligger i ett band; polygoner (rutor, DeSO) fördelas efter hur stor andel av ytan som ligger i bandet. Ett tomt befolkningslager avvisas (noll invånare vore fel, inte okänt); utan lager är befolkningsfältet i utdata NULL.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="83"/>
        <source>the inhabitants of each feature; empty: 1 per feature.</source>
        <translation>antalet invånare i varje objekt; tomt: 1 per objekt.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="83"/>
        <source>points counted in each band; an empty layer gives 0 with a warning.</source>
        <translation>punkter som räknas i varje band; ett tomt lager ger 0 med en varning.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="83"/>
        <source>the roads for 'Travel time over the road network', read as in 'Travel time and accessibility'. Empty: the straight-line distance × the detour factor at the default speed, said in access_method.</source>
        <translation>vägarna för 'Restid på vägnätet', lästa som i 'Restid och tillgänglighet'. Tomt: avståndet fågelvägen × omvägsfaktorn i standardhastigheten, anges i access_method.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="83"/>
        <source>a region&apos;s boundary within the snapping tolerance of another region is a border. &apos;Internal borders between the selected regions&apos;: only the borders between two selected regions (at least two must be selected). &apos;All land borders of the selected regions&apos;: also the borders with every other region of the region layers. A boundary near no other region (the coast, a lake outside every region) is no border.</source>
        <translation>en regions gränslinje inom fästtoleransen från en annan region är en gräns. 'Inre gränser mellan de valda regionerna': bara gränserna mellan två valda regioner (minst två måste vara valda). 'Alla landgränser för de valda regionerna': även gränserna mot alla andra regioner i regionlagren. En gränslinje nära ingen annan region (kusten, en sjö utanför alla regioner) är ingen gräns.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="83"/>
        <source>the upper bounds of the bands, separated by commas, e.g. 10,25, in km or minutes (see the measure). A list that cannot be read is refused when the parameters are checked, before the run.</source>
        <translation>bandens övre gränser, åtskilda med komma, t.ex. 10,25, i km eller minuter (se måttet). En lista som inte går att läsa avvisas när parametrarna kontrolleras, före körningen.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="83"/>
        <source>&apos;Distance (km)&apos;: bands by the distance from the border. &apos;Travel time over the road network (minutes)&apos;: the sources are points along the region&apos;s border (see the spacing) and every road crossing of it, joined to the nearest road; a band is the roads reached within its time (cut where the time runs out), buffered and clipped to the region, minus the faster bands. Land farther than the buffer from a reached road is in no band.</source>
        <translation>'Avstånd (km)': band efter avståndet från gränsen. 'Restid på vägnätet (minuter)': startpunkterna ligger längs regionens gräns (se avståndet mellan dem) och vid varje väg som korsar den, anslutna till närmaste väg; ett band är vägarna som nås inom dess tid (kapade där tiden tar slut), med en buffert och klippta mot regionen, minus de snabbare banden. Mark som ligger längre från en nådd väg än bufferten ligger i inget band.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="83"/>
        <source>boundaries of two regions closer than this are one border (taken from the region whose id sorts first), so generalised boundaries that differ by metres are snapped together.</source>
        <translation>gränslinjer för två regioner som ligger närmare varandra än så är en gräns (tagen från regionen vars id sorteras först), så generaliserade gränslinjer som skiljer sig några meter fästs ihop.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="83"/>
        <source>the projected CRS everything is measured in; layers in different CRSs (e.g. Sweden EPSG:3006, Finland EPSG:3067, Norway EPSG:25833) are reprojected to it. Empty: the first projected CRS of the region layers (all in degrees: the UTM zone of the data). Nothing is measured in degrees.</source>
        <translation>det projicerade koordinatsystem som allt mäts i; lager i olika koordinatsystem (t.ex. Sverige EPSG:3006, Finland EPSG:3067, Norge EPSG:25833) projiceras om till det. Tomt: regionlagrens första projicerade koordinatsystem (alla i grader: datats UTM-zon). Inget mäts i grader.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="83"/>
        <source>travel time only: the distance between the source points along the border.</source>
        <translation>bara för restid: avståndet mellan startpunkterna längs gränsen.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="83"/>
        <source>travel time only: the width of the band polygon around the reached roads.</source>
        <translation>bara för restid: bredden på bandpolygonen runt de nådda vägarna.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="83"/>
        <source>one polygon per region and band with region_id, band_from, band_to (km or minutes), area_km2, population, services, access_method, zon (a unique label such as '05 0–10 km', e.g. for 'Area profile'), and band_enhet, grans and strukturbild_typ, so that the layer draws as gränsbygd in a strukturbild map.</source>
        <translation>en polygon per region och band med region_id, band_from, band_to (km eller minuter), area_km2, population, services, access_method, zon (en unik beteckning som '05 0–10 km', t.ex. för 'Områdesprofil') samt band_enhet, grans och strukturbild_typ, så att lagret ritas som gränsbygd i en strukturbildskarta.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="83"/>
        <source>Refused with a message: region ids not found, no shared border, overlapping regions (more than 1 % of the smaller: e.g. län and kommuner mixed), a region layer without a CRS, a geographic working CRS.</source>
        <translation>Avvisas med ett meddelande: region-id som inte finns, ingen gemensam gräns, överlappande regioner (mer än 1 % av den mindre: t.ex. län och kommuner blandade), ett regionlager utan koordinatsystem, ett geografiskt arbetskoordinatsystem.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="136"/>
        <source>one or more polygon layers, in any CRS. Features with the same id are one region.</source>
        <translation>ett eller flera polygonlager, i valfritt koordinatsystem. Objekt med samma id är en region.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="138"/>
        <source>the field of the region ids; it must be in every region layer (the list shows the fields they share). Ids must be unique across the layers.</source>
        <translation>fältet med region-id; det måste finnas i varje regionlager (listan visar de fält som lagren har gemensamt). Id måste vara unika i alla lager.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="141"/>
        <source>the ids of the regions to work on, separated by commas, e.g. 05,06,08; empty: all. Ids that are not in the region layers are refused when the parameters are checked, before the run.</source>
        <translation>id för de regioner som ska bearbetas, åtskilda med komma, t.ex. 05,06,08; tomt: alla. Id som inte finns i regionlagren avvisas när parametrarna kontrolleras, före körningen.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="218"/>
        <source>Population (points or polygons)</source>
        <translation>Befolkning (punkter eller polygoner)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="225"/>
        <source>Services (points)</source>
        <translation>Service (punkter)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="279"/>
        <source>estimate: straight line × {f} at {v} km/h</source>
        <translation>uppskattning: fågelvägen × {f} i {v} km/h</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="299"/>
        <source>Border {a}–{b}: {km} km.</source>
        <translation>Gräns {a}–{b}: {km} km.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="323"/>
        <source>{id} {low}–{high} {unit}: {area} km², population {pop}, services {services}.</source>
        <translation>{id} {low}–{high} {unit}: {area} km², befolkning {pop}, service {services}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="332"/>
        <source>{n} zone(s) for {k} region(s) along {m} border(s), {km} km in all.</source>
        <translation>{n} zon(er) för {k} region(er) längs {m} gräns(er), totalt {km} km.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="427"/>
        <source>Borders &apos;Internal borders between the selected regions&apos; (BORDER=0) need at least two selected regions; for the land borders of one region choose &apos;All land borders of the selected regions&apos; (BORDER=1).</source>
        <translation>Valet 'Inre gränser mellan de valda regionerna' under Gränser (BORDER=0) kräver minst två valda regioner; för en enda regions landgränser, välj 'Alla landgränser för de valda regionerna' (BORDER=1).</translation>
    </message>
</context>
<context>
    <name>ConnectivityTables</name>
    <message>
        <location filename="../processing_algorithms/green/connectivitytables.py" line="129"/>
        <source>Connectivity indices from Conefor files (PC, IIC, EC, dPC)</source>
        <translation>Konnektivitetsindex från Conefor-filer (PC, IIC, EC, dPC)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/connectivitytables.py" line="148"/>
        <source>Conefor node file (id attribute)</source>
        <translation>Conefors nodfil (id attribut)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/connectivitytables.py" line="149"/>
        <source>Conefor connection file (id1 id2 distance)</source>
        <translation>Conefors förbindelsefil (id1 id2 avstånd)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/connectivitytables.py" line="151"/>
        <source>The connection file lists all pairs (Conefor &apos;all&apos;)</source>
        <translation>Förbindelsefilen anger alla par (Conefors 'all')</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/connectivitytables.py" line="154"/>
        <source>Landscape area (unit of the attribute; empty: numerators only)</source>
        <translation>Landskapets area (attributets enhet; tomt: endast täljare)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/connectivitytables.py" line="157"/>
        <source>Node importances</source>
        <translation>Nodernas betydelse</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/connectivitytables.py" line="177"/>
        <source>{n} line(s) of the connection file join a node to itself; they were skipped.</source>
        <translation>{n} rad(er) i förbindelsefilen förbinder en nod med sig själv; de hoppades över.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/connectivitytables.py" line="181"/>
        <source>ALL_PAIRS is set but the connection file lists {m} of the {total} pairs of {n} nodes. Give every pair, or clear ALL_PAIRS (a missing pair then has no direct link).</source>
        <translation>ALL_PAIRS är angiven men förbindelsefilen anger {m} av de {total} paren för {n} noder. Ange varje par, eller avmarkera ALL_PAIRS (ett par som saknas har då ingen direkt länk).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/connectivitytables.py" line="190"/>
        <source>{n} nodes, {m} connections read.</source>
        <translation>{n} noder och {m} förbindelser lästa.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/connectivitytables.py" line="172"/>
        <source>Every node of &apos;{file}&apos; has the attribute 0, so every connectivity index would be 0: the second column must hold the nodes&apos; habitat amount (e.g. area in ha).</source>
        <translation>Alla noder i '{file}' har attributet 0, så alla konnektivitetsindex skulle bli 0: den andra kolumnen måste innehålla nodernas mängd livsmiljö (t.ex. area i ha).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/connectivitytables.py" line="132"/>
        <source>Computes the habitat-network connectivity indices of Conefor 2.7.3 from Conefor&apos;s own input files, so Conefor users migrate with their files unchanged.</source>
        <translation>Beräknar habitatnätverkets konnektivitetsindex enligt Conefor 2.7.3 från Conefors egna indatafiler, så att Conefor-användare kan gå över med oförändrade filer.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/connectivitytables.py" line="132"/>
        <source>a text file of lines &apos;id attribute&apos; (e.g. the habitat area in ha).</source>
        <translation>en textfil med rader 'id attribut' (t.ex. habitatets area i ha).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/connectivitytables.py" line="132"/>
        <source>a text file of lines &apos;id1 id2 distance&apos; (m, edge to edge), one per pair.</source>
        <translation>en textfil med rader 'id1 id2 avstånd' (m, kant till kant), en rad per par.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/connectivitytables.py" line="132"/>
        <source>on: the file lists every pair (Conefor&apos;s &apos;all&apos;); off: a pair that is missing has no direct link (Conefor&apos;s &apos;notall&apos;).</source>
        <translation>markerad: filen anger varje par (Conefors 'all'); avmarkerad: ett par som saknas i filen har ingen direkt länk (Conefors 'notall').</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/connectivitytables.py" line="132"/>
        <source>PC and IIC are divided by its square when it is given (in the unit of the attributes); empty: only the numerators and EC = sqrt(numerator).</source>
        <translation>PC och IIC divideras med arean i kvadrat när den anges (i attributens enhet); tomt: endast täljarna och EC = sqrt(täljaren).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/connectivitytables.py" line="132"/>
        <source>per node the importance dX = 100·(X − X without the node)/X of PC and IIC, split into intra (the node's own attribute), flux (its flows to and from others) and connector (its role as a stepping stone); F is Graphab's flux Σ a_j p*_ij.</source>
        <translation>för varje nod betydelsen dX = 100·(X − X utan noden)/X för PC och IIC, uppdelad i intra (nodens eget attribut), flux (dess flöden till och från andra) och connector (dess roll som språngbräda, så kallad stepping stone); F är Graphabs flux Σ a_j p*_ij.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/connectivitytables.py" line="211"/>
        <source>PCnum {pc:.6g}, EC(PC) {ec:.6g}, IICnum {iic}, {c} component(s); most important node by dPC: {best}.</source>
        <translation>PCnum {pc:.6g}, EC(PC) {ec:.6g}, IICnum {iic}, {c} komponent(er); viktigaste noden enligt dPC: {best}.</translation>
    </message>
</context>
<context>
    <name>ContributionPackage</name>
    <message>
        <location filename="../processing_algorithms/maps/contributionpackage.py" line="67"/>
        <source>Contribution packages</source>
        <translation>Bidragspaket</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributionpackage.py" line="70"/>
        <source>Makes one strukturbild GeoPackage per zone (a kommun, a län, any polygon of the zones layer) to send to the contributors of a contributions round. Check a returned package with 'Validate strukturbild' and merge the packages with 'Merge contributions'.</source>
        <translation>Skapar en strukturbilds-GeoPackage per zon (en kommun, ett län, valfri polygon i zonlagret) att skicka till bidragsgivarna i en bidragsomgång. Kontrollera ett returnerat paket med 'Validera strukturbild' och sammanfoga paketen med 'Sammanfoga bidrag'.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributionpackage.py" line="70"/>
        <source>the regional strukturbild GeoPackage (read only; its own saved styles are not used).</source>
        <translation>den regionala strukturbilds-GeoPackage-filen (läses bara; dess egna sparade stilar används inte).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributionpackage.py" line="70"/>
        <source>the contributors&apos; areas; features with the same id make one zone.</source>
        <translation>bidragsgivarnas områden; objekt med samma id bildar en zon.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributionpackage.py" line="70"/>
        <source>the contributor of each zone, e.g. the kommunkod.</source>
        <translation>bidragsgivaren för varje zon, t.ex. kommunkoden.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributionpackage.py" line="70"/>
        <source>the zones&apos; names.</source>
        <translation>zonernas namn.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributionpackage.py" line="70"/>
        <source>the plan the contributions are for; empty: the strukturbild&apos;s own plan_id.</source>
        <translation>planen som bidragen gäller; tomt: strukturbildens eget plan_id.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributionpackage.py" line="70"/>
        <source>a folder with the region&apos;s shared styles; empty: the library set in the Strukturbild settings, else the bundled one.</source>
        <translation>en mapp med regionens gemensamma stilar; tomt: biblioteket som angetts i Strukturbild-inställningarna, annars det medföljande.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributionpackage.py" line="70"/>
        <source>where the packages are written; other files in it are left alone. Each package (strukturbild_bidrag_0580.gpkg for the zone 0580) holds every element layer of the strukturbild with the regional elements in the zone: elements outside are left out, lines and areas that cross the zone's border are cut at it (a cut piece gets an id of its own; 'ursprung_id' keeps the regional element's id). Every element gets the package's plan_id and the zone's id as 'bidragsgivare' (contributor), and so does every element the contributor draws (the forms fill them in). The regional elements within 30 km of the zone come along unchanged as reference layers ('referens_…'), the zone itself as 'bidragsomrade', and a table 'strukturbild_bidrag' names the contributor for the merge. The layers carry the style library's styles and forms with drop-down lists, so the package opens ready to edit in QGIS.</source>
        <translation>där paketen skrivs; andra filer i mappen lämnas orörda. Varje paket (strukturbild_bidrag_0580.gpkg för zonen 0580) innehåller alla strukturbildens elementlager med de regionala elementen i zonen: element utanför zonen utelämnas, och linjer och ytor som korsar zonens gräns kapas vid den (en kapad del får ett eget id; 'ursprung_id' behåller det regionala elementets id). Varje element får paketets plan_id och zonens id som 'bidragsgivare', och det gör även varje element som bidragsgivaren ritar (formulären fyller i värdena). De regionala elementen inom 30 km från zonen följer med oförändrade som referenslager ('referens_…'), själva zonen som 'bidragsomrade', och en tabell 'strukturbild_bidrag' anger bidragsgivaren för sammanfogningen. Lagren har stilbibliotekets stilar och formulär med rullgardinslistor, så paketet öppnas färdigt att redigera i QGIS.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributionpackage.py" line="96"/>
        <source>Regional strukturbild GeoPackage</source>
        <translation>Regional strukturbilds-GeoPackage</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributionpackage.py" line="98"/>
        <source>Zones (contributors&apos; areas, e.g. kommuner)</source>
        <translation>Zoner (bidragsgivarnas områden, t.ex. kommuner)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributionpackage.py" line="101"/>
        <source>Zone id field (the contributor)</source>
        <translation>Fält för zon-id (bidragsgivaren)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributionpackage.py" line="103"/>
        <source>Zone name field</source>
        <translation>Fält för zonnamn</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributionpackage.py" line="105"/>
        <source>Plan id (empty: the strukturbild&apos;s)</source>
        <translation>Plan-id (tomt: strukturbildens)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributionpackage.py" line="107"/>
        <source>Style library folder (empty: configured or bundled)</source>
        <translation>Mapp för stilbibliotek (tomt: det inställda eller det medföljande)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributionpackage.py" line="110"/>
        <source>Folder for the packages</source>
        <translation>Mapp för paketen</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributionpackage.py" line="112"/>
        <source>Number of packages</source>
        <translation>Antal paket</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributionpackage.py" line="135"/>
        <source>{n} element(s) of the strukturbild have no geometry (or none in its CRS) and are in no package.</source>
        <translation>{n} element i strukturbilden saknar geometri (eller saknar geometri i dess koordinatsystem) och ingår inte i något paket.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributionpackage.py" line="138"/>
        <source>{n} value(s) of the strukturbild are not in the schema&apos;s types or code lists and are left empty in the packages; check the strukturbild with &apos;Validate strukturbild&apos;.</source>
        <translation>{n} värde(n) i strukturbilden finns inte bland schemats typer eller kodlistor och lämnas tomma i paketen; kontrollera strukturbilden med 'Validera strukturbild'.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributionpackage.py" line="150"/>
        <source>Feature {fid} of the zones layer &apos;{layer}&apos; has no id in &apos;{field}&apos;. Give every zone an id (the contributor&apos;s, e.g. its kommunkod) or leave the feature out, and run again.</source>
        <translation>Objekt {fid} i zonlagret '{layer}' saknar id i '{field}'. Ge varje zon ett id (bidragsgivarens, t.ex. kommunkoden) eller utelämna objektet, och kör igen.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributionpackage.py" line="162"/>
        <source>The zone &apos;{zone}&apos; of the zones layer &apos;{layer}&apos; has no area. Give it a polygon or leave it out, and run again.</source>
        <translation>Zonen '{zone}' i zonlagret '{layer}' har ingen yta. Ge den en polygon eller utelämna den, och kör igen.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributionpackage.py" line="167"/>
        <source>The zones layer &apos;{layer}&apos; has no features: choose the layer of the contributors&apos; areas.</source>
        <translation>Zonlagret '{layer}' har inga objekt: välj lagret med bidragsgivarnas områden.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributionpackage.py" line="176"/>
        <source>The strukturbild</source>
        <translation>Strukturbilden</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributionpackage.py" line="180"/>
        <source>The strukturbild {path}</source>
        <translation>Strukturbilden {path}</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributionpackage.py" line="187"/>
        <source>The zones layer &apos;{layer}&apos; has no field &apos;{field}&apos;: choose the field with the contributors&apos; ids.</source>
        <translation>Zonlagret '{layer}' saknar fältet '{field}': välj fältet med bidragsgivarnas id.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributionpackage.py" line="207"/>
        <source>The zone id &apos;{zone}&apos; gives no usable file name: give the zones ids with letters or digits.</source>
        <translation>Zon-id '{zone}' ger inget användbart filnamn: ge zonerna id med bokstäver eller siffror.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributionpackage.py" line="211"/>
        <source>The zone ids &apos;{a}&apos; and &apos;{b}&apos; give the same file name {name}: give the zones ids that differ in their letters or digits.</source>
        <translation>Zon-id '{a}' och '{b}' ger samma filnamn {name}: ge zonerna id som skiljer sig åt i bokstäver eller siffror.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributionpackage.py" line="228"/>
        <source>{file}: {zone}{name}, {n} element(s) of which {cut} cut at its border, {ref} reference element(s) around it.</source>
        <translation>{file}: {zone}{name}, {n} element, varav {cut} kapade vid zonens gräns, {ref} referenselement runt omkring.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributionpackage.py" line="234"/>
        <source>{n} package(s) for plan &apos;{plan}&apos; in {folder}.</source>
        <translation>{n} paket för planen '{plan}' i {folder}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributionpackage.py" line="292"/>
        <source>Reference, not merged: {title}</source>
        <translation>Referens, sammanfogas inte: {title}</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributionpackage.py" line="296"/>
        <source>The contributor&apos;s area</source>
        <translation>Bidragsgivarens område</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/contributionpackage.py" line="300"/>
        <source>Who contributes this package (read by &apos;Merge contributions&apos;)</source>
        <translation>Vem som lämnar detta paket (läses av 'Sammanfoga bidrag')</translation>
    </message>
</context>
<context>
    <name>Corridors</name>
    <message>
        <location filename="../processing_algorithms/green/corridors.py" line="62"/>
        <source>Least-cost corridors between core areas</source>
        <translation>Minsta kostnadskorridorer mellan kärnområden</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/corridors.py" line="86"/>
        <source>Core areas (polygons)</source>
        <translation>Kärnområden (polygoner)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/corridors.py" line="88"/>
        <source>Core id field (empty: feature id)</source>
        <translation>Id-fält för kärnområden (tomt: objekt-id)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/corridors.py" line="91"/>
        <source>Resistance (cost) raster</source>
        <translation>Motståndsraster (kostnadsraster)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/corridors.py" line="92"/>
        <source>Link pairs up to this least-cost distance (0: no limit)</source>
        <translation>Förbind par upp till detta minsta kostnadsavstånd (0: ingen gräns)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/corridors.py" line="95"/>
        <source>Corridor polygons up to this corridor cost</source>
        <translation>Korridorpolygoner upp till denna korridorkostnad</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/corridors.py" line="98"/>
        <source>Neighbours</source>
        <translation>Grannar</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/corridors.py" line="101"/>
        <source>Least-cost links</source>
        <translation>Förbindelser med minsta kostnad</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/corridors.py" line="103"/>
        <source>Corridor raster (CWD_a + CWD_b − LCD)</source>
        <translation>Korridorraster (CWD_a + CWD_b − LCD)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/corridors.py" line="105"/>
        <source>Corridor polygons</source>
        <translation>Korridorpolygoner</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/corridors.py" line="108"/>
        <source>Core areas</source>
        <translation>Kärnområden</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/corridors.py" line="108"/>
        <source>Linked pairs</source>
        <translation>Förbundna par</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/corridors.py" line="121"/>
        <source>The core areas or the resistance raster could not be read.</source>
        <translation>Kärnområdena eller motståndsrastret gick inte att läsa.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/corridors.py" line="124"/>
        <source>The resistance raster &apos;{name}&apos;</source>
        <translation>Motståndsrastret '{name}'</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/corridors.py" line="128"/>
        <source>Resistance raster {rows} × {cols} cells of {cell:g} m.</source>
        <translation>Motståndsraster med {rows} × {cols} celler på {cell:g} m.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/corridors.py" line="146"/>
        <source>At least two core areas are needed; the layer has {n}.</source>
        <translation>Minst två kärnområden behövs; lagret har {n}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/corridors.py" line="151"/>
        <source>{n} core(s) lie outside the raster or cover no cell: {ids}.</source>
        <translation>{n} kärnområde(n) ligger utanför rastret eller täcker ingen cell: {ids}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/corridors.py" line="231"/>
        <source>{n} linked pair(s) among {k} cores; corridor raster {path}.</source>
        <translation>{n} förbundna par bland {k} kärnområden; korridorraster {path}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/corridors.py" line="141"/>
        <source>core areas</source>
        <translation>kärnområdena</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/corridors.py" line="155"/>
        <source>{n} of the {total} core areas of &apos;{layer}&apos; cover a passable cell of the resistance raster &apos;{raster}&apos; (the others lie outside it or on cells with no data or a cost of 0 or less): at least two are needed for a link.</source>
        <translation>{n} av de {total} kärnområdena i '{layer}' täcker en framkomlig cell i motståndsrastret '{raster}' (de övriga ligger utanför det eller på celler utan data eller med en kostnad på 0 eller mindre): minst två behövs för en förbindelse.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/corridors.py" line="65"/>
        <source>Least-cost links between core areas (e.g. värdetrakter or protected areas) over a resistance raster, and the normalised least-cost corridor of Linkage Mapper: for every linked pair of cores a and b, CWD_a + CWD_b − LCD_ab (0 on the least-cost path), mosaicked by the minimum.</source>
        <translation>Förbindelser med minsta kostnad mellan kärnområden (t.ex. värdetrakter eller skyddade områden) över ett motståndsraster, samt den normaliserade minsta kostnadskorridoren enligt Linkage Mapper: för varje förbundet par av kärnområden a och b, CWD_a + CWD_b − LCD_ab (0 på minsta kostnadsvägen), sammanfogad (mosaik) med minimum.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/corridors.py" line="65"/>
        <source>polygons, reprojected to the raster&apos;s CRS.</source>
        <translation>polygoner, omprojicerade till rastrets koordinatsystem.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/corridors.py" line="65"/>
        <source>the core names in from_core and to_core; empty: the feature id.</source>
        <translation>kärnområdenas namn i from_core och to_core; tomt: objekt-id.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/corridors.py" line="65"/>
        <source>the cost of crossing each cell, in a projected CRS in metres. Cells with nodata or a cost of 0 or less are impassable. A step costs as in GRASS r.cost: (c_a + c_b)/2 × the move's length (1 for a rook move, √2 diagonal, √5 knight's move) × the cell size.</source>
        <translation>kostnaden för att passera varje cell, i ett projicerat koordinatsystem i meter. Celler som är ogiltiga (nodata) eller har en kostnad på 0 eller mindre är ofarbara. Ett steg kostar som i GRASS r.cost: (c_a + c_b)/2 × stegets längd (1 för ett rakt steg, √2 diagonalt, √5 för ett springarsteg) × cellstorleken.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/corridors.py" line="65"/>
        <source>pairs whose least-cost distance is larger are not linked (0: no limit).</source>
        <translation>par vars minsta kostnadsavstånd är större förbinds inte (0: ingen gräns).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/corridors.py" line="65"/>
        <source>the corridor polygons cover the cells whose corridor value is at most this cost.</source>
        <translation>korridorpolygonerna täcker de celler vars korridorvärde är högst denna kostnad.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/corridors.py" line="65"/>
        <source>the moves between cells: &apos;8 (rook and diagonal moves)&apos;, or &apos;16 (also knight&apos;s moves)&apos; for smoother paths.</source>
        <translation>stegen mellan celler: '8 (raka och diagonala steg)', eller '16 (även springarsteg)' för jämnare vägar.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/corridors.py" line="65"/>
        <source>the links as lines along the least-cost paths with from_core, to_core, cost and length_m.</source>
        <translation>förbindelserna som linjer längs minsta kostnadsvägarna med from_core, to_core, cost och length_m.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/corridors.py" line="65"/>
        <source>the corridor raster (GeoTIFF).</source>
        <translation>korridorrastret (GeoTIFF).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/corridors.py" line="65"/>
        <source>the corridor as polygons, up to the corridor cost above.</source>
        <translation>korridoren som polygoner, upp till korridorkostnaden ovan.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/corridors.py" line="98"/>
        <source>8 (rook and diagonal moves)</source>
        <translation>8 (raka och diagonala steg)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/corridors.py" line="98"/>
        <source>16 (also knight&apos;s moves)</source>
        <translation>16 (även springarsteg)</translation>
    </message>
</context>
<context>
    <name>CreateStrukturbild</name>
    <message>
        <location filename="../processing_algorithms/maps/createstrukturbild.py" line="28"/>
        <source>Create strukturbild GeoPackage</source>
        <translation>Skapa strukturbilds-GeoPackage</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/createstrukturbild.py" line="47"/>
        <source>Coordinate reference system (projected, metres)</source>
        <translation>Koordinatsystem (projicerat, meter)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/createstrukturbild.py" line="50"/>
        <source>Style library folder (empty: configured or bundled)</source>
        <translation>Mapp för stilbibliotek (tomt: det inställda eller det medföljande)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/createstrukturbild.py" line="53"/>
        <source>Strukturbild GeoPackage</source>
        <translation>Strukturbilds-GeoPackage</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/createstrukturbild.py" line="53"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/createstrukturbild.py" line="55"/>
        <source>Number of element layers</source>
        <translation>Antal elementlager</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/createstrukturbild.py" line="61"/>
        <source>The chosen CRS</source>
        <translation>Valt koordinatsystem</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/createstrukturbild.py" line="64"/>
        <source>OUTPUT must be a GeoPackage file ending in .gpkg: {path}</source>
        <translation>OUTPUT måste vara en GeoPackage-fil som slutar på .gpkg: {path}</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/createstrukturbild.py" line="75"/>
        <source>Created {path} with {n} element layers in {crs}: {layers}.</source>
        <translation>Skapade {path} med {n} elementlager i {crs}: {layers}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/createstrukturbild.py" line="31"/>
        <source>Creates an empty strukturbild GeoPackage with one layer per element type of the strukturbild data model (an extension of Boverket's ÖP-modell): nodes, interchanges, development corridors, transport infrastructure, functional and cross-border connections, green structure and green links, blue structure, development areas, rural typology, border bands, functional regions, GI value areas and administrative units.</source>
        <translation>Skapar en tom strukturbilds-GeoPackage med ett lager per elementtyp i strukturbildens datamodell (en utvidgning av Boverkets ÖP-modell): noder, bytespunkter, utvecklingsstråk, transportinfrastruktur, funktionella och gränsöverskridande samband, grönstruktur och gröna samband, blåstruktur, utvecklingsområden, landsbygdstypologi, gränszoner, funktionella regioner, värdeområden för grön infrastruktur och administrativa indelningar.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/createstrukturbild.py" line="31"/>
        <source>a projected CRS in metres; empty: SWEREF 99 TM (EPSG:3006).</source>
        <translation>ett projicerat koordinatsystem i meter; tomt: SWEREF 99 TM (EPSG:3006).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/createstrukturbild.py" line="31"/>
        <source>a folder with the region&apos;s shared styles; empty: the library set in the Strukturbild settings, else the bundled one.</source>
        <translation>en mapp med regionens gemensamma stilar; tomt: biblioteket som angetts i Strukturbild-inställningarna, annars det medföljande.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/createstrukturbild.py" line="31"/>
        <source>the GeoPackage. Every layer has the common fields id, plan_id, struktur, objekttyp, niva, vagledning, status, horisont_ar, kalla, beskrivning and its own fields. The style from the style library is stored in the GeoPackage as each layer&apos;s default style, and coded fields get drop-down lists, so the layers can be drawn in directly.</source>
        <translation>GeoPackage-filen. Varje lager har de gemensamma fälten id, plan_id, struktur, objekttyp, niva, vagledning, status, horisont_ar, kalla, beskrivning samt egna fält. Stilen från stilbiblioteket sparas i GeoPackage-filen som respektive lagers standardstil, och kodade fält får rullgardinslistor, så att man kan digitalisera direkt i lagren.</translation>
    </message>
</context>
<context>
    <name>Degurba</name>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="52"/>
        <source>Degree of urbanisation (DEGURBA)</source>
        <translation>Urbaniseringsgrad (DEGURBA)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="78"/>
        <source>Population grid (polygon cells or raster)</source>
        <translation>Befolkningsrutnät (polygonrutor eller raster)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="80"/>
        <source>Population field (polygon grid)</source>
        <translation>Befolkningsfält (polygonrutnät)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="83"/>
        <source>Population band (raster)</source>
        <translation>Befolkningsband (raster)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="88"/>
        <source>Grid cells with their degree of urbanisation</source>
        <translation>Rutor med urbaniseringsgrad</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="91"/>
        <source>LAU units with their class</source>
        <translation>LAU-enheter (kommuner) med klass</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="94"/>
        <source>Urban centres</source>
        <translation>Stadskärnor</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="94"/>
        <source>Urban clusters</source>
        <translation>Stadskluster</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="94"/>
        <source>Share of the population in urban centres</source>
        <translation>Andel av befolkningen i stadskärnor</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="94"/>
        <source>Share of the population in urban clusters</source>
        <translation>Andel av befolkningen i stadskluster</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="94"/>
        <source>Share of the population in rural cells</source>
        <translation>Andel av befolkningen i landsbygdsrutor</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="108"/>
        <source>The population grid could not be read.</source>
        <translation>Befolkningsrutnätet kunde inte läsas.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="109"/>
        <source>The population grid &apos;{name}&apos;</source>
        <translation>Befolkningsrutnätet '{name}'</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="118"/>
        <source>Choose the population field of the grid layer &apos;{name}&apos;.</source>
        <translation>Välj befolkningsfältet i rutnätslagret '{name}'.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="126"/>
        <source>The population grid must be a polygon layer or a raster.</source>
        <translation>Befolkningsrutnätet måste vara ett polygonlager eller ett raster.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="138"/>
        <source>The grid already has a field &apos;{field}&apos;; rename it first.</source>
        <translation>Rutnätet har redan ett fält '{field}'; byt namn på det först.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="230"/>
        <source>The grid layer &apos;{name}&apos; has no cells.</source>
        <translation>Rutnätslagret '{name}' saknar rutor.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="235"/>
        <source>The cells of '{name}' are not squares of one size (widths {a:g}–{b:g} m): DEGURBA needs a regular grid, e.g. SCB's 1 km population grid.</source>
        <translation>Rutorna i '{name}' är inte kvadrater av samma storlek (bredder {a:g}–{b:g} m): DEGURBA kräver ett regelbundet rutnät, t.ex. SCB:s befolkningsrutnät med 1 km-rutor.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="246"/>
        <source>Two cells of &apos;{name}&apos; occupy the same grid position; remove the duplicates.</source>
        <translation>Två rutor i '{name}' har samma position i rutnätet; ta bort dubbletterna.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="150"/>
        <source>Urban centre</source>
        <translation>Urbant centrum</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="150"/>
        <source>Urban cluster</source>
        <translation>Urbant kluster</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="151"/>
        <source>Rural grid cell</source>
        <translation>Landsbygdsruta</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="163"/>
        <source>Cities</source>
        <translation>Städer</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="163"/>
        <source>Towns and suburbs</source>
        <translation>Mindre städer och förorter</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="164"/>
        <source>Rural areas</source>
        <translation>Landsbygd</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="115"/>
        <source>grid cells</source>
        <translation>rutorna</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="122"/>
        <source>No cell of the grid layer &apos;{name}&apos; has a value in &apos;{field}&apos;: choose the field that holds the population.</source>
        <translation>Ingen ruta i rutnätslagret '{name}' har ett värde i '{field}': välj det fält som innehåller befolkningen.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="184"/>
        <source>The raster &apos;{name}&apos; has no band {band}: choose a band from 1 to {count}.</source>
        <translation>Rastret '{name}' har inget band {band}: välj ett band från 1 till {count}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="195"/>
        <source>Every cell of band {band} of the population raster &apos;{name}&apos; is no data: choose the band that holds the population, or check the band&apos;s no-data value.</source>
        <translation>Alla rutor i band {band} i befolkningsrastret '{name}' saknar data (no data): välj det band som innehåller befolkningen, eller kontrollera bandets no-data-värde.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="202"/>
        <source>The population raster &apos;{name}&apos; has a negative population ({value:g}) in the cell at row {row}, column {col} (centre x {x:.0f}, y {y:.0f}){more}. If it marks missing data, make it the band&apos;s no-data value (e.g. gdal_translate -a_nodata {value:g}); otherwise correct the cell.</source>
        <translation>Befolkningsrastret '{name}' har en negativ befolkning ({value:g}) i rutan på rad {row}, kolumn {col} (mittpunkt x {x:.0f}, y {y:.0f}){more}. Om värdet markerar saknade data, gör det till bandets no-data-värde (t.ex. gdal_translate -a_nodata {value:g}); rätta annars rutan.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="202"/>
        <source>, and {n} other cell(s) are negative too</source>
        <translation>, och ytterligare {n} ruta/-or är negativa</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="224"/>
        <source>Cell {fid} of the grid layer &apos;{name}&apos; has a negative population ({value:g}) in &apos;{field}&apos; (centre x {x:.0f}, y {y:.0f}): correct it, or make it NULL if the population is unknown.</source>
        <translation>Ruta {fid} i rutnätslagret '{name}' har en negativ befolkning ({value:g}) i '{field}' (mittpunkt x {x:.0f}, y {y:.0f}): rätta den, eller sätt den till NULL om befolkningen är okänd.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="55"/>
        <source>Classifies a population grid by Eurostat&apos;s and GHSL&apos;s degree of urbanisation (2021 manual), and optionally the LAU units (kommuner) by the population in each class.</source>
        <translation>Klassificerar ett befolkningsrutnät enligt Eurostats och GHSL:s urbaniseringsgrad (DEGURBA, manualen från 2021), och valfritt även LAU-enheterna (kommuner) efter befolkningen i varje klass.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="55"/>
        <source>grid cells as polygons with a population field, or a population raster (any cell size; 1 km is the standard), in a projected CRS. A raster gives one output polygon per populated cell.</source>
        <translation>rutor som polygoner med ett befolkningsfält, eller ett befolkningsraster (valfri rutstorlek; 1 km är standard), i ett projicerat koordinatsystem. Ett raster ger en utdatapolygon per befolkad ruta.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="55"/>
        <source>the population of each cell of a polygon grid.</source>
        <translation>befolkningen i varje ruta i ett polygonrutnät.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="55"/>
        <source>the band of a population raster that holds the population.</source>
        <translation>det band i befolkningsrastret som innehåller befolkningen.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="55"/>
        <source>polygons such as kommuner, classed 1 city (at least 50 % of the population in urban centres), 2 towns and suburbs, or 3 rural area (more than 50 % in rural cells), written to the LAU output.</source>
        <translation>polygoner, t.ex. kommuner, som klassas som 1 stad (minst 50 % av befolkningen i stadskärnor), 2 mindre städer och förorter eller 3 landsbygdsområde (mer än 50 % i landsbygdsrutor) och skrivs till LAU-utdata.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="55"/>
        <source>the cells with their own fields (cells of a raster with population) and two class codes. Level 1 in the field degurba: 3 urban centre (cells of at least 1,500 inhabitants per km², contiguous without diagonals, at least 50,000 inhabitants, gaps filled where at least 5 of 8 neighbours belong, holes under 15 km² filled), 2 urban cluster (at least 300 per km², with diagonals, at least 5,000 inhabitants), 1 rural. Level 2 in degurba_l2: 30 urban centre, 23 dense urban cluster, 22 semi-dense urban cluster, 21 suburban or peri-urban, 13 rural cluster, 12 low density rural, 11 very low density rural.</source>
        <translation>rutorna med sina egna fält (för ett raster: rutorna med befolkning) och två klasskoder. Nivå 1 i fältet degurba: 3 stadskärna (rutor med minst 1 500 invånare per km², sammanhängande utan diagonaler, minst 50 000 invånare, luckor fyllda där minst 5 av 8 grannar ingår, hål under 15 km² fyllda), 2 stadskluster (minst 300 per km², med diagonaler, minst 5 000 invånare), 1 landsbygd. Nivå 2 i degurba_l2: 30 stadskärna, 23 tätt stadskluster, 22 halvtätt stadskluster, 21 förortsområde eller stadsnära område, 13 landsbygdskluster, 12 glesbefolkad landsbygd, 11 mycket glesbefolkad landsbygd.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="55"/>
        <source>the LAU units with lau_class, share_centre, share_cluster, share_rural and population.</source>
        <translation>LAU-enheterna med lau_class, share_centre, share_cluster, share_rural och population.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="85"/>
        <source>LAU units to classify (e.g. kommuner)</source>
        <translation>LAU-enheter att klassificera (t.ex. kommuner)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="127"/>
        <source>Grid of {rows} × {cols} cells of {size} m, {pop} inhabitants.</source>
        <translation>Rutnät med {rows} × {cols} rutor på {size} m, {pop} invånare.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="167"/>
        <source>{centres} urban centre(s), {clusters} urban cluster(s); population shares: centres {c}, clusters {u}, rural {r}.</source>
        <translation>{centres} stadskärna/-or, {clusters} stadskluster; befolkningsandelar: stadskärnor {c}, stadskluster {u}, landsbygd {r}.</translation>
    </message>
</context>
<context>
    <name>DispersalParameters</name>
    <message>
        <location filename="../processing_algorithms/green/connectivitytables.py" line="69"/>
        <source>Probability at that distance</source>
        <translation>Sannolikhet vid det avståndet</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/connectivitytables.py" line="72"/>
        <source>IIC: link pairs within this distance (m; empty: the dispersal distance)</source>
        <translation>IIC: länka par inom detta avstånd (m; tomt: spridningsavståndet)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/connectivitytables.py" line="95"/>
        <source>DISTANCE must be greater than 0 m.</source>
        <translation>DISTANCE måste vara större än 0 m.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/connectivitytables.py" line="97"/>
        <source>PROBABILITY must be between 0 and 1 (exclusive).</source>
        <translation>PROBABILITY måste ligga mellan 0 och 1 (gränserna ej inräknade).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/connectivitytables.py" line="66"/>
        <source>Dispersal distance (m)</source>
        <translation>Spridningsavstånd (m)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/connectivitytables.py" line="79"/>
        <source>the distance at which two patches are linked with the probability below; the probability decays exponentially with the distance, p_ij = exp(ln(probability) · d_ij / dispersal distance). There is no agreed table of dispersal distances for Swedish species groups: choose it for the species group studied and say so.</source>
        <translation>det avstånd vid vilket två habitatfläckar länkas med sannolikheten nedan; sannolikheten avtar exponentiellt med avståndet, p_ij = exp(ln(sannolikhet) · d_ij / spridningsavstånd). Det finns ingen vedertagen tabell över spridningsavstånd för svenska artgrupper: välj avståndet för den studerade artgruppen och redovisa valet.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/connectivitytables.py" line="84"/>
        <source>the link probability at the dispersal distance, between 0 and 1 (exclusive); PC uses the maximum-product path p*_ij.</source>
        <translation>länkens sannolikhet vid spridningsavståndet, mellan 0 och 1 (gränserna ej inräknade); PC använder vägen med största produkt p*_ij.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/connectivitytables.py" line="86"/>
        <source>IIC links a pair whose distance is at most this and counts the steps; empty: the dispersal distance.</source>
        <translation>IIC länkar ett par vars avstånd är högst detta och räknar stegen; tomt: spridningsavståndet.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/connectivitytables.py" line="106"/>
        <source>IIC and dIIC were not computed: the IIC links join so many patches into one network that counting every connected pair would take hours. Give a shorter IIC_DISTANCE to get them; PC and dPC are complete.</source>
        <translation>IIC och dIIC beräknades inte: IIC-länkarna binder ihop så många fläckar till ett nätverk att det skulle ta timmar att räkna varje sammanhängande par. Ange ett kortare IIC_DISTANCE för att få dem; PC och dPC är fullständiga.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/connectivitytables.py" line="111"/>
        <source>dIIC was not computed: removing each patch in turn would need about {n} path repairs, because the IIC links join most patches into one network with long chains of links. Give a shorter IIC_DISTANCE to get dIIC; IIC, PC and dPC are complete.</source>
        <translation>dIIC beräknades inte: att ta bort varje fläck i tur och ordning skulle kräva omkring {n} reparationer av vägar, eftersom IIC-länkarna binder ihop de flesta fläckar till ett nätverk med långa kedjor av länkar. Ange ett kortare IIC_DISTANCE för att få dIIC; IIC, PC och dPC är fullständiga.</translation>
    </message>
</context>
<context>
    <name>ExportWebMap</name>
    <message>
        <location filename="../processing_algorithms/maps/exportwebmap.py" line="47"/>
        <source>Export strukturbild web map</source>
        <translation>Exportera strukturbild som webbkarta</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/exportwebmap.py" line="54"/>
        <source>Writes the strukturbild as an interactive web map: a folder with index.html that opens by double-click from a file share and from any static web server, without internet. The map library (OpenLayers) is part of the folder; nothing is loaded from elsewhere unless you choose a tile background.

The layers and their cartography are those of &apos;Assemble strukturbild map&apos;: the same style library (colours, widths by flow, node hierarchy, planned elements dashed or hatched), the same analysis-layer styles. The page has a legend in Swedish and English listing only what the map shows, layers grouped by struktur that can be switched off, popups with field names and coded values in words, search over named nodes and places, a scale bar, sources and date, a link to the PDF map, a link to the current view in the address bar, and a print layout.

Geometries are reprojected to Web Mercator, simplified for each zoom band and rounded, so that the page stays small; the finer levels load only when the user zooms in.

Background: none; the administrative layers on a sea colour (as in the PDF); or XYZ tiles from a web address with {z}, {x} and {y} (the page then fetches those tiles, and the administrative layers show only their boundaries).
PDF: a PDF map (e.g. made by &apos;Assemble strukturbild map&apos;) copied into the folder and linked.
Publishing: copy the whole folder to a file share or a web server; index.html is the map.</source>
        <translation>Skriver strukturbilden som en interaktiv webbkarta: en mapp med index.html som öppnas med dubbelklick från en filresurs och från valfri statisk webbserver, utan internet. Kartbiblioteket (OpenLayers) ingår i mappen; inget hämtas från annat håll om du inte väljer en bakgrund med kartplattor.

Lagren och deras kartografi är desamma som i 'Sätt ihop strukturbildskarta': samma stilbibliotek (färger, bredder efter flöde, nodhierarki, planerade element streckade eller skrafferade) och samma stilar för analyslager. Sidan har en teckenförklaring på svenska och engelska som bara tar upp det som kartan visar, lager grupperade efter struktur som kan släckas, popupfönster med fältnamn och kodade värden i klartext, sökning bland namngivna noder och platser, en skalstock, källor och datum, en länk till PDF-kartan, en länk till den aktuella vyn i adressfältet och en utskriftslayout.

Geometrierna projiceras om till Web Mercator, förenklas för varje zoomintervall och avrundas, så att sidan förblir liten; de detaljerade nivåerna läses in först när användaren zoomar in.

Bakgrund: ingen; de administrativa lagren på en havsfärg (som i PDF-kartan); eller XYZ-plattor från en webbadress med {z}, {x} och {y} (sidan hämtar då de plattorna, och de administrativa lagren visar bara sina gränser).
PDF: en PDF-karta (t.ex. skapad med 'Sätt ihop strukturbildskarta') som kopieras till mappen och länkas.
Publicering: kopiera hela mappen till en filresurs eller en webbserver; index.html är kartan.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/exportwebmap.py" line="73"/>
        <source>Strukturbild GeoPackage</source>
        <translation>Strukturbilds-GeoPackage</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/exportwebmap.py" line="75"/>
        <source>Extra element layers (matched by &apos;strukturbild_typ&apos; field or layer name; analysis layers with their own style)</source>
        <translation>Extra elementlager (kopplas via fältet 'strukturbild_typ' eller lagrets namn; analyslager med egen stil)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/exportwebmap.py" line="79"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/exportwebmap.py" line="79"/>
        <source>Strukturbild</source>
        <translation>Strukturbild</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/exportwebmap.py" line="81"/>
        <source>Subtitle</source>
        <translation>Undertitel</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/exportwebmap.py" line="82"/>
        <source>Sources (shown as 'Källa: …')</source>
        <translation>Källor (visas som 'Källa: …')</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/exportwebmap.py" line="84"/>
        <source>Extent layer: the map opens on its features (e.g. län or kommuner)</source>
        <translation>Utbredningslager: kartan öppnas över dess objekt (t.ex. län eller kommuner)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/exportwebmap.py" line="87"/>
        <source>Extent filter expression on the extent layer</source>
        <translation>Filteruttryck för utbredningslagret</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/exportwebmap.py" line="90"/>
        <source>Style library folder (empty: configured or bundled)</source>
        <translation>Mapp för stilbibliotek (tomt: det inställda eller det medföljande)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/exportwebmap.py" line="93"/>
        <source>Language the page opens in (it can switch)</source>
        <translation>Språk som sidan öppnas på (det går att byta)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/exportwebmap.py" line="93"/>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/exportwebmap.py" line="93"/>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/exportwebmap.py" line="96"/>
        <source>Background</source>
        <translation>Bakgrund</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/exportwebmap.py" line="96"/>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/exportwebmap.py" line="96"/>
        <source>Administrative layers (as in the PDF)</source>
        <translation>Administrativa lager (som i PDF-kartan)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/exportwebmap.py" line="96"/>
        <source>XYZ tiles from a web address</source>
        <translation>XYZ-plattor från en webbadress</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/exportwebmap.py" line="100"/>
        <source>XYZ tile address, e.g. https://tiles.example.org/{z}/{x}/{y}.png</source>
        <translation>Adress till XYZ-plattor, t.ex. https://tiles.example.org/{z}/{x}/{y}.png</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/exportwebmap.py" line="103"/>
        <source>Tile attribution (e.g. © OpenStreetMap contributors)</source>
        <translation>Upphovsangivelse för plattorna (t.ex. © OpenStreetMap contributors)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/exportwebmap.py" line="105"/>
        <source>PDF map to link to (copied into the folder)</source>
        <translation>PDF-karta att länka till (kopieras till mappen)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/exportwebmap.py" line="107"/>
        <source>Web map folder</source>
        <translation>Mapp för webbkartan</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/exportwebmap.py" line="110"/>
        <source>index.html of the web map</source>
        <translation>Webbkartans index.html</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/exportwebmap.py" line="111"/>
        <source>Layers on the web map</source>
        <translation>Lager på webbkartan</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/exportwebmap.py" line="112"/>
        <source>Size of the folder (MB)</source>
        <translation>Mappens storlek (MB)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/exportwebmap.py" line="129"/>
        <source>XYZ_URL is used only with the XYZ tile background; it is ignored.</source>
        <translation>XYZ_URL används bara med bakgrunden XYZ-plattor; den ignoreras.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/exportwebmap.py" line="141"/>
        <source>Nothing to map: give a strukturbild GeoPackage (STRUKTURBILD) or element layers (LAYERS).</source>
        <translation>Inget att visa på kartan: ange en strukturbilds-GeoPackage (STRUKTURBILD) eller elementlager (LAYERS).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/exportwebmap.py" line="145"/>
        <source>Give a folder for the web map (OUTPUT_FOLDER).</source>
        <translation>Ange en mapp för webbkartan (OUTPUT_FOLDER).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/exportwebmap.py" line="148"/>
        <source>Web map written to {folder}: {n} layers ({layers}), {size} MB. Open index.html, or copy the whole folder to a file share or web server.</source>
        <translation>Webbkartan har skrivits till {folder}: {n} lager ({layers}), {size} MB. Öppna index.html, eller kopiera hela mappen till en filresurs eller webbserver.</translation>
    </message>
</context>
<context>
    <name>FlowLines</name>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="59"/>
        <source>The flow lines could not be styled: {error}</source>
        <translation>Flödeslinjerna kunde inte få någon stil: {error}</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="69"/>
        <source>The style could not be stored in {path}: {error}</source>
        <translation>Stilen kunde inte sparas i {path}: {error}</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="126"/>
        <source>Flow lines (functional connections)</source>
        <translation>Flödeslinjer (funktionella samband)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="129"/>
        <source>commuting,pendling,flow,flöde,OD,origin,destination,funktionellt samband,flowmap</source>
        <translation>pendling,commuting,pendlingsflöden,flöde,flow,OD,OD-tabell,ursprung,origin,destination,funktionellt samband,flödeskarta,flowmap</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="177"/>
        <source>Zones (polygons or points)</source>
        <translation>Zoner (polygoner eller punkter)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="180"/>
        <source>Zone id field</source>
        <translation>Fält för zon-id</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="187"/>
        <source>Flow table (OD: origin, destination, value)</source>
        <translation>Flödestabell (OD-tabell: ursprung, destination, värde)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="190"/>
        <source>Origin (residence) field</source>
        <translation>Fält för ursprung (bostadskommun)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="192"/>
        <source>Destination (workplace) field</source>
        <translation>Fält för destination (arbetsställekommun)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="194"/>
        <source>Value (count) field</source>
        <translation>Fält för värde (antal)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="196"/>
        <source>Mode</source>
        <translation>Läge</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="196"/>
        <source>Gross (one-way flows)</source>
        <translation>Brutto (enkelriktade flöden)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="196"/>
        <source>Net (difference between directions)</source>
        <translation>Netto (skillnad mellan riktningarna)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="196"/>
        <source>Two-way total (both directions summed)</source>
        <translation>Summa i båda riktningarna (riktningarna summerade)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="200"/>
        <source>Minimum value</source>
        <translation>Minsta värde</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="203"/>
        <source>Largest N lines per origin (0 = all)</source>
        <translation>De N största linjerna per ursprung (0 = alla)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="206"/>
        <source>Curved lines</source>
        <translation>Böjda linjer</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="207"/>
        <source>Line ends at the zone&apos;s</source>
        <translation>Linjen slutar i zonens</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="207"/>
        <source>Centroid</source>
        <translation>Centroid</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="207"/>
        <source>Point on surface</source>
        <translation>Punkt på ytan</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="212"/>
        <source>Flow lines</source>
        <translation>Flödeslinjer</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="214"/>
        <source>Number of lines</source>
        <translation>Antal linjer</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="215"/>
        <source>Sum of the drawn values</source>
        <translation>Summan av de utritade värdena</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="216"/>
        <source>Flow-table ids not among the zones</source>
        <translation>Id:n i flödestabellen som inte finns bland zonerna</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="218"/>
        <source>Share of the drawn value crossing groups</source>
        <translation>Andel av det utritade värdet som korsar grupper</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="263"/>
        <source>The zones layer &apos;{layer}&apos; has no field &apos;{field}&apos;. Available fields: {fields}.</source>
        <translation>Zonlagret '{layer}' saknar fältet '{field}'. Tillgängliga fält: {fields}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="267"/>
        <source>MODE must be 0 (gross), 1 (net) or 2 (two-way), not {mode}.</source>
        <translation>MODE måste vara 0 (brutto), 1 (netto) eller 2 (båda riktningarna), inte {mode}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="290"/>
        <source>{n} line(s) were left out because zone(s) {examples} of &apos;{layer}&apos; have no geometry.</source>
        <translation>{n} linje(r) utelämnades eftersom zon(erna) {examples} i '{layer}' saknar geometri.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="332"/>
        <source>No flow line was drawn: every flow was on the diagonal, zero, below the minimum value {minimum:g} or between zones without geometry.</source>
        <translation>Ingen flödeslinje ritades: alla flöden låg på diagonalen, var noll, låg under minsta värdet {minimum:g} eller gick mellan zoner utan geometri.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="335"/>
        <source>gross</source>
        <translation>brutto</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="335"/>
        <source>net</source>
        <translation>netto</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="335"/>
        <source>two-way</source>
        <translation>båda riktningarna</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="132"/>
        <source>Draws commuting (or any origin–destination) flows as lines between zones, styled as the strukturbild element 'Funktionellt samband' (line width grows with the flow).</source>
        <translation>Ritar pendlingsflöden (eller andra flöden mellan ursprung och destination) som linjer mellan zoner, med stil som strukturbildselementet 'Funktionellt samband' (linjebredden ökar med flödet).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="132"/>
        <source>a polygon or point layer in any CRS (kommuner, DeSO, grid cells).</source>
        <translation>ett polygon- eller punktlager i valfritt koordinatsystem (kommuner, DeSO, rutor).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="132"/>
        <source>the zone codes, as in the flow table; each must occur once.</source>
        <translation>zonkoderna, som i flödestabellen; varje kod får bara förekomma en gång.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="132"/>
        <source>names for from_namn and to_namn; empty: the ids.</source>
        <translation>namn till from_namn och to_namn; tomt: id:na.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="132"/>
        <source>e.g. the county code: a line between zones of different groups gets crosses = &apos;A-B&apos; (the origin&apos;s group, then the destination&apos;s; &apos;?&apos; for a zone without a value) and strukturbild_typ = &apos;gransoverskridande_samband&apos;.</source>
        <translation>t.ex. länskoden: en linje mellan zoner i olika grupper får crosses = 'A-B' (ursprungets grupp, sedan destinationens; '?' för en zon utan värde) och strukturbild_typ = 'gransoverskridande_samband'.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="132"/>
        <source>any table layer, a CSV file or a GeoPackage table with one row per origin (residence), destination (workplace) and value (count). Ids are matched as text, ignoring leading zeros ('114' = '0114') and accepting 'code name' labels; counts may be text with space thousands separators ('1 234') or a decimal comma. Total rows ('Totalt', 'Riket', …) are dropped, duplicated rows are summed (with a warning), ids not among the zones are reported and left out; negative or non-numeric counts stop the run naming the row. The diagonal (people working in their home zone) counts in the totals but is never drawn.</source>
        <translation>valfritt tabellager, en CSV-fil eller en GeoPackage-tabell med en rad per ursprung (bostadskommun), destination (arbetsställekommun) och värde (antal). Id:n matchas som text, inledande nollor ignoreras ('114' = '0114') och etiketter av typen 'kod namn' accepteras; antal får vara text med mellanslag som tusentalsavgränsare ('1 234') eller decimalkomma. Summarader ('Totalt', 'Riket', …) tas bort, dubblerade rader summeras (med en varning), id:n som inte finns bland zonerna rapporteras och utelämnas; negativa eller icke-numeriska antal avbryter körningen med angivande av raden. Diagonalen (personer som arbetar i sin hemzon) räknas med i summorna men ritas aldrig ut.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="132"/>
        <source>the origin and destination codes and the value of each row.</source>
        <translation>ursprungs- och destinationskoderna och värdet på varje rad.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="132"/>
        <source>'Gross (one-way flows)': every one-way flow A→B as its own line (opposite directions are separate lines, which curve apart). 'Net (difference between directions)': one line per pair from the larger to the smaller direction with the difference |A→B − B→A|; equal flows give no line. 'Two-way total (both directions summed)': one line per pair with A→B + B→A (its origin is the zone that comes first in the zones layer). Shares: residents of a zone = its row total, jobs = its column total, both including the diagonal. Gross and net: share_of_origin = value / the origin's employed residents, share_of_destination = value / the destination's jobs. Two-way: share_of_origin = value / (the origin's residents + jobs), likewise for the destination: the pair's exchange relative to all the zone's commuting relations (at most 1).</source>
        <translation>'Brutto (enkelriktade flöden)': varje enkelriktat flöde A→B blir en egen linje (motsatta riktningar är separata linjer, som böjer av åt var sitt håll). 'Netto (skillnad mellan riktningarna)': en linje per par, från den större till den mindre riktningen, med differensen |A→B − B→A|; lika stora flöden ger ingen linje. 'Summa i båda riktningarna (riktningarna summerade)': en linje per par med A→B + B→A (dess ursprung är den zon som kommer först i zonlagret). Andelar: en zons boende = dess radsumma, arbetstillfällen = dess kolumnsumma, båda inklusive diagonalen. Brutto och netto: share_of_origin = värde / ursprungets sysselsatta boende, share_of_destination = värde / destinationens arbetstillfällen. Båda riktningarna: share_of_origin = värde / (ursprungets boende + arbetstillfällen), och motsvarande för destinationen: parets utbyte i förhållande till alla zonens pendlingsrelationer (högst 1).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="132"/>
        <source>lines with a smaller value are left out.</source>
        <translation>linjer med ett mindre värde utelämnas.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="132"/>
        <source>keep only the N largest lines of each origin (0: all; ties go to the zone first in the layer).</source>
        <translation>behåll bara de N största linjerna från varje ursprung (0: alla; vid lika värden går företräde till den zon som kommer först i lagret).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="132"/>
        <source>quadratic curves bending to the right of the direction of travel (bend 0.15 of the line&apos;s length); off: straight lines.</source>
        <translation>kvadratiska kurvor som böjer av åt höger i färdriktningen (böjning 0,15 av linjens längd); avmarkerad: raka linjer.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="132"/>
        <source>&apos;Centroid&apos;, or &apos;Point on surface&apos; (always inside an odd-shaped zone); point zones are used as they are.</source>
        <translation>'Centroid' eller 'Punkt på ytan' (alltid inuti även en oregelbundet formad zon); punktzoner används som de är.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="132"/>
        <source>lines with origin, destination, value, share_of_origin, share_of_destination, crosses, and for strukturbild maps from_id, to_id, from_namn, to_namn, flode (= value), andel (= share_of_origin) and strukturbild_typ.</source>
        <translation>linjer med origin, destination, value, share_of_origin, share_of_destination, crosses samt för strukturbildskartor from_id, to_id, from_namn, to_namn, flode (= value), andel (= share_of_origin) och strukturbild_typ.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="132"/>
        <source>Results: the number of lines (N_LINES), the sum of the drawn values (TOTAL_VALUE), the flow-table ids not among the zones (N_UNMATCHED_IDS) and the share of the drawn value on lines that cross groups (SHARE_CROSSING; 0 without a group field).</source>
        <translation>Resultat: antalet linjer (N_LINES), summan av de utritade värdena (TOTAL_VALUE), id:n i flödestabellen som inte finns bland zonerna (N_UNMATCHED_IDS) och andelen av det utritade värdet på linjer som korsar grupper (SHARE_CROSSING; 0 utan gruppfält).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="182"/>
        <source>Zone name field</source>
        <translation>Fält för zonnamn</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="184"/>
        <source>Group field (e.g. county code; marks crossing lines)</source>
        <translation>Gruppfält (t.ex. länskod; markerar linjer som korsar grupper)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="336"/>
        <source>Flow lines ({mode}): {n} line(s) with {total} in total between {zones} zone(s); {unmatched} flow-table id(s) not among the zones; {crossing} of the drawn value crosses groups.</source>
        <translation>Flödeslinjer ({mode}): {n} linje(r) med totalt {total} mellan {zones} zon(er); {unmatched} id:n i flödestabellen finns inte bland zonerna; {crossing} av det utritade värdet korsar grupper.</translation>
    </message>
</context>
<context>
    <name>FunctionalRegions</name>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="99"/>
        <source>Functional regions (SCB LA, TTWA, Intramax)</source>
        <translation>Funktionella regioner (SCB LA, TTWA, Intramax)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="141"/>
        <source>Zones (kommuner, DeSO, grid cells)</source>
        <translation>Zoner (kommuner, DeSO, rutor)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="144"/>
        <source>Zone id field</source>
        <translation>Fält för zon-id</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="146"/>
        <source>Zone name field (for region names)</source>
        <translation>Fält för zonnamn (till regionnamnen)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="149"/>
        <source>Commuting flows (OD table: residence, workplace, count)</source>
        <translation>Pendlingsflöden (OD-tabell: bostadskommun, arbetsställekommun, antal)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="152"/>
        <source>Residence (origin) id field</source>
        <translation>Id-fält för bostadskommun (ursprung)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="154"/>
        <source>Workplace (destination) id field</source>
        <translation>Id-fält för arbetsställekommun (destination)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="156"/>
        <source>Count field (employed persons)</source>
        <translation>Antalsfält (sysselsatta personer)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="158"/>
        <source>Method</source>
        <translation>Metod</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="297"/>
        <source>SCB lokala arbetsmarknader (LA)</source>
        <translation>SCB:s lokala arbetsmarknader (LA)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="297"/>
        <source>CURDS / Coombes–Bond TTWA</source>
        <translation>CURDS / Coombes–Bond TTWA</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="297"/>
        <source>Intramax</source>
        <translation>Intramax</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="169"/>
        <source>LA: centre if out-commuting share below</source>
        <translation>LA: centrum om utpendlingsandelen är lägre än</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="170"/>
        <source>LA: centre if largest single out-flow share below</source>
        <translation>LA: centrum om andelen i det största enskilda utpendlingsflödet är lägre än</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="171"/>
        <source>LA: test a joint centre pair against the thresholds</source>
        <translation>LA: pröva ett gemensamt centrumpar mot tröskelvärdena</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="173"/>
        <source>TTWA: minimum size (employed residents)</source>
        <translation>TTWA: minsta storlek (sysselsatta boende)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="174"/>
        <source>TTWA: minimum self-containment</source>
        <translation>TTWA: lägsta självförsörjningsgrad</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="175"/>
        <source>TTWA: target size (employed residents)</source>
        <translation>TTWA: målstorlek (sysselsatta boende)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="177"/>
        <source>TTWA: target self-containment</source>
        <translation>TTWA: mål för självförsörjningsgrad</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="178"/>
        <source>Intramax: number of regions</source>
        <translation>Intramax: antal regioner</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="180"/>
        <source>Intramax: merge only neighbouring zones</source>
        <translation>Intramax: slå bara samman angränsande zoner</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="182"/>
        <source>Zones with their region</source>
        <translation>Zoner med sin region</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="184"/>
        <source>Functional regions</source>
        <translation>Funktionella regioner</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="187"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="187"/>
        <source>HTML files (*.html)</source>
        <translation>HTML-filer (*.html)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="190"/>
        <source>Number of regions</source>
        <translation>Antal regioner</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="190"/>
        <source>Median self-containment (min of supply and demand)</source>
        <translation>Median för självförsörjningsgrad (minimum av utbuds- och efterfrågesidan)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="190"/>
        <source>Zones that came from the TTWA reserve list</source>
        <translation>Zoner som kom från TTWA-reservlistan</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="190"/>
        <source>OD ids not among the zones</source>
        <translation>Id:n i OD-tabellen som inte finns bland zonerna</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="316"/>
        <source>Zones</source>
        <translation>Zoner</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="227"/>
        <source>No zone of &apos;{zones}&apos; has any flow in &apos;{flows}&apos;.</source>
        <translation>Ingen zon i '{zones}' har något flöde i '{flows}'.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="274"/>
        <source>Functional regions: {method}</source>
        <translation>Funktionella regioner: {method}</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="352"/>
        <source>TTWA needs 0 &lt; MIN_SIZE &lt; TARGET_SIZE (got {a} and {b}).</source>
        <translation>TTWA kräver 0 &lt; MIN_SIZE &lt; TARGET_SIZE (angivet var {a} och {b}).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="355"/>
        <source>TTWA needs 0 &lt; MIN_SC ≤ TARGET_SC ≤ 1 (got {a} and {b}).</source>
        <translation>TTWA kräver 0 &lt; MIN_SC ≤ TARGET_SC ≤ 1 (angivet var {a} och {b}).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="393"/>
        <source>{n} zone(s) have no residents, no jobs or only internal flows and belong to no region (TTWA zero list).</source>
        <translation>{n} zon(er) saknar boende, saknar arbetstillfällen eller har bara interna flöden och tillhör ingen region (TTWA:s nollista).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="449"/>
        <source>The zones layer already has a field &apos;{field}&apos;; rename it first.</source>
        <translation>Zonlagret har redan fältet '{field}'; byt först namn på det.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="231"/>
        <source>The flow table &apos;{flows}&apos; has no commuting between different zones of &apos;{zones}&apos;: every count is for people who live and work in the same zone. Functional regions need flows between zones: check that the residence field ({origin}) and the workplace field ({destination}) are two different columns.</source>
        <translation>Flödestabellen '{flows}' har ingen pendling mellan olika zoner i '{zones}': alla antal gäller personer som bor och arbetar i samma zon. Funktionella regioner kräver flöden mellan zoner: kontrollera att bostadsfältet ({origin}) och arbetsställefältet ({destination}) är två olika kolumner.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="245"/>
        <source>{method} on the flow table &apos;{flows}&apos;: {error}</source>
        <translation>{method} på flödestabellen '{flows}': {error}</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="102"/>
        <source>Delineates functional (labour-market) regions from a commuting matrix, as SCB&apos;s lokala arbetsmarknader, as travel-to-work areas (TTWA) or by Intramax. Region ids are named after their centre zones, so they stay stable between runs.</source>
        <translation>Avgränsar funktionella regioner (arbetsmarknadsregioner) utifrån en pendlingsmatris, som SCB:s lokala arbetsmarknader, som travel-to-work areas (TTWA) eller med Intramax. Region-id:n namnges efter sina centrumzoner och förblir därför stabila mellan körningar.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="102"/>
        <source>kommuner, DeSO or grid cells (polygons or points, any CRS).</source>
        <translation>kommuner, DeSO eller rutor (polygoner eller punkter, valfritt koordinatsystem).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="102"/>
        <source>the zone codes, as in the flow table.</source>
        <translation>zonkoderna, som i flödestabellen.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="102"/>
        <source>names for the regions (their centre zones); empty: the ids.</source>
        <translation>namn till regionerna (deras centrumzoner); tomt: id:na.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="102"/>
        <source>an OD table (residence, workplace, count) such as SCB&apos;s or SSB&apos;s CSV; ids are matched robustly (text or integer, leading zeros), a total row is dropped, duplicated rows are summed, unmatched ids are reported. The diagonal (people working in their home zone) belongs in the table.</source>
        <translation>en OD-tabell (bostadskommun, arbetsställekommun, antal), t.ex. en CSV-fil från SCB eller SSB; id:n matchas robust (text eller heltal, inledande nollor), en summarad tas bort, dubblerade rader summeras och id:n utan motsvarighet rapporteras. Diagonalen (personer som arbetar i sin hemzon) ska ingå i tabellen.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="102"/>
        <source>the residence and workplace codes and the number of employed persons of each row.</source>
        <translation>bostads- och arbetsställekoderna och antalet sysselsatta personer på varje rad.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="102"/>
        <source>'SCB lokala arbetsmarknader (LA)': a zone is a centre if its out-commuting share and its largest single out-flow are below the two LA shares; two non-centres whose largest flows go to each other form a joint centre ('A-B'); every other zone follows its largest out-flow until it reaches a centre. 'CURDS / Coombes–Bond TTWA' (Coombes &amp; Bond 2008, as Istat's LabourMarketAreas 3.4): clusters are dissolved until every region is valid for the four TTWA settings; size counts employed residents. 'Intramax' (Masser &amp; Brown 1975): merges the pair of maximum interaction until the number of regions remains. Only the settings starting with the method's name are used.</source>
        <translation>'SCB:s lokala arbetsmarknader (LA)': en zon är ett centrum om både dess utpendlingsandel och dess största enskilda utpendlingsflöde är lägre än de två LA-andelarna; två zoner som inte är centrum och vars största flöden går till varandra bildar ett gemensamt centrum ('A-B'); varje övrig zon följer sitt största utpendlingsflöde tills den når ett centrum. 'CURDS / Coombes–Bond TTWA' (Coombes &amp; Bond 2008, som i Istats LabourMarketAreas 3.4): kluster löses upp tills varje region är giltig enligt de fyra TTWA-inställningarna; storleken räknas i sysselsatta boende. 'Intramax' (Masser &amp; Brown 1975): slår samman paret med störst interaktion tills det angivna antalet regioner återstår. Bara de inställningar som börjar med metodens namn används.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="102"/>
        <source>LA: a centre sends less than this share of its employed residents to other zones (SCB: 0.20).</source>
        <translation>LA: ett centrum skickar mindre än denna andel av sina sysselsatta boende till andra zoner (SCB: 0,20).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="102"/>
        <source>LA: a centre&apos;s largest flow to a single zone is below this share of its employed residents (SCB: 0.075).</source>
        <translation>LA: ett centrums största flöde till en enskild zon är lägre än denna andel av dess sysselsatta boende (SCB: 0,075).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="102"/>
        <source>LA: a joint centre pair must also pass both shares.</source>
        <translation>LA: ett gemensamt centrumpar måste också klara båda andelarna.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="102"/>
        <source>TTWA: the validity of a region, between a minimum and a target size (employed residents) and self-containment (ONS 2011: 3500, 0.6667, 25000, 0.75).</source>
        <translation>TTWA: en regions giltighet, mellan en minsta storlek och en målstorlek (sysselsatta boende) och självförsörjningsgrad (ONS 2011: 3500, 0,6667, 25000, 0,75).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="102"/>
        <source>Intramax: merging stops at this number of regions.</source>
        <translation>Intramax: sammanslagningen slutar vid detta antal regioner.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="102"/>
        <source>Intramax: merge only zones that touch.</source>
        <translation>Intramax: slå bara samman zoner som gränsar till varandra.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="102"/>
        <source>every zone with region_id, region_name (its centre or centres), role (centre, member, reserve) and links (the LA chain length).</source>
        <translation>varje zon med region_id, region_name (dess centrumzon eller centrumzoner), role (centre = centrum, member = medlem, reserve = från reservlistan) och links (kedjelängd i LA).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="102"/>
        <source>the dissolved regions with n_zones, residents, jobs, internal, sc_supply, sc_demand and validity (TTWA).</source>
        <translation>de sammanslagna regionerna med n_zones, residents (boende), jobs (arbetstillfällen), internal (interna flöden), sc_supply, sc_demand och validity (giltighet, TTWA).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="102"/>
        <source>an HTML report with a chart of self-containment against size.</source>
        <translation>en HTML-rapport med ett diagram över självförsörjningsgrad mot storlek.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="281"/>
        <source>{method}: {n} regions from {zones} zones; median self-containment {sc}; {reserve} zones from the reserve list.</source>
        <translation>{method}: {n} regioner av {zones} zoner; median för självförsörjningsgrad {sc}; {reserve} zoner från reservlistan.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="312"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="312"/>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="317"/>
        <source>Commuters in the matrix</source>
        <translation>Pendlare i matrisen</translation>
    </message>
</context>
<context>
    <name>FunctionalRegionsReport</name>
    <message>
        <location filename="../processing_algorithms/functional/report.py" line="79"/>
        <source>TTWA validity = 1 (min_sc / Z(size))</source>
        <translation>TTWA-giltighet = 1 (min_sc / Z(size))</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/report.py" line="83"/>
        <source>Employed residents (log scale)</source>
        <translation>Sysselsatta boende (logaritmisk skala)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/report.py" line="84"/>
        <source>Self-containment (the lower of supply and demand)</source>
        <translation>Självförsörjningsgrad (den lägre av utbuds- och efterfrågesidan)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/report.py" line="104"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/report.py" line="104"/>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/report.py" line="139"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/report.py" line="140"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/report.py" line="141"/>
        <source>Zones</source>
        <translation>Zoner</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/report.py" line="142"/>
        <source>Employed residents</source>
        <translation>Sysselsatta boende</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/report.py" line="143"/>
        <source>Jobs</source>
        <translation>Arbetstillfällen</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/report.py" line="144"/>
        <source>Living and working in the region</source>
        <translation>Bor och arbetar i regionen</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/report.py" line="145"/>
        <source>Self-containment, supply</source>
        <translation>Självförsörjningsgrad, utbudssidan</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/report.py" line="146"/>
        <source>Self-containment, demand</source>
        <translation>Självförsörjningsgrad, efterfrågesidan</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/report.py" line="147"/>
        <source>TTWA validity</source>
        <translation>TTWA-giltighet</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/report.py" line="172"/>
        <source>Self-containment against size</source>
        <translation>Självförsörjningsgrad mot storlek</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/report.py" line="175"/>
        <source>(matplotlib is not installed: no chart. Install it, e.g. python3-matplotlib, for the chart of self-containment against size.)</source>
        <translation>(matplotlib är inte installerat: inget diagram. Installera det, t.ex. python3-matplotlib, för att få diagrammet över självförsörjningsgrad mot storlek.)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/report.py" line="186"/>
        <source>Parameters</source>
        <translation>Parametrar</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/report.py" line="187"/>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/report.py" line="187"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/report.py" line="189"/>
        <source>Regions ({n})</source>
        <translation>Regioner ({n})</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/report.py" line="195"/>
        <source>Reserve-list events ({n})</source>
        <translation>Händelser i reservlistan ({n})</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/report.py" line="198"/>
        <source>Cases as in Franconi et al. (2016) and Istat&apos;s LabourMarketAreas: A/B a single-zone cluster could not move, C/D a member of a dissolved cluster, E/F after a case D.</source>
        <translation>Fall enligt Franconi m.fl. (2016) och Istats LabourMarketAreas: A/B ett kluster med en enda zon kunde inte flyttas, C/D en medlem i ett upplöst kluster, E/F efter ett fall D.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/report.py" line="202"/>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/report.py" line="202"/>
        <source>Iteration</source>
        <translation>Iteration</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/report.py" line="202"/>
        <source>Dissolved cluster</source>
        <translation>Upplöst kluster</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/report.py" line="202"/>
        <source>Validity</source>
        <translation>Giltighet</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/report.py" line="202"/>
        <source>Zone</source>
        <translation>Zon</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/report.py" line="202"/>
        <source>Zone 2</source>
        <translation>Zon 2</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/report.py" line="209"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
</context>
<context>
    <name>GreenConflicts</name>
    <message>
        <location filename="../processing_algorithms/green/greenconflicts.py" line="39"/>
        <source>Conflicts between development and green links</source>
        <translation>Konflikter mellan exploatering och gröna samband</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/greenconflicts.py" line="74"/>
        <source>Planned development (polygons, e.g. the strukturbild&apos;s utvecklingsomraden)</source>
        <translation>Planerad exploatering (polygoner, t.ex. strukturbildens utvecklingsomraden)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/greenconflicts.py" line="60"/>
        <source>Development polygons with their conflicts</source>
        <translation>Exploateringsytor med sina konflikter</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/greenconflicts.py" line="63"/>
        <source>Patches with the habitat they lose</source>
        <translation>Habitatfläckar med den livsmiljö de förlorar</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/greenconflicts.py" line="66"/>
        <source>EC(PC) of the network as it is</source>
        <translation>EC(PC) för nätverket som det är i dag</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/greenconflicts.py" line="66"/>
        <source>EC(PC) if every development is built</source>
        <translation>EC(PC) om all exploatering genomförs</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/greenconflicts.py" line="66"/>
        <source>Loss of EC(PC) if every development is built (%)</source>
        <translation>Förlust av EC(PC) om all exploatering genomförs (%)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/greenconflicts.py" line="66"/>
        <source>Habitat taken by all developments (ha)</source>
        <translation>Livsmiljö som tas i anspråk av all exploatering (ha)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/greenconflicts.py" line="66"/>
        <source>Links cut by all developments</source>
        <translation>Länkar som skärs av av all exploatering</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/greenconflicts.py" line="102"/>
        <source>The development layer has no polygons.</source>
        <translation>Exploateringslagret har inga polygoner.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/greenconflicts.py" line="144"/>
        <source>The development layer already has a field &apos;{field}&apos;; rename it first.</source>
        <translation>Exploateringslagret har redan ett fält '{field}'; byt först namn på det.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/greenconflicts.py" line="94"/>
        <source>planned developments</source>
        <translation>de planerade exploateringarna</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/greenconflicts.py" line="42"/>
        <source>Where the strukturbild&apos;s development areas meet its green structure. For every planned development polygon: the habitat area it takes, the links of the habitat network it cuts (a link whose nearest-point line crosses the polygon) and the loss of equivalent connectivity EC(PC) if that polygon alone is built; also the loss if all are built, and per patch the habitat it loses. The network is the one of &apos;Habitat network&apos; with the same settings.</source>
        <translation>Där strukturbildens utvecklingsområden möter dess grönstruktur. För varje planerad exploateringsyta: den areal livsmiljö den tar i anspråk, de länkar i habitatnätverket den skär av (en länk vars linje mellan de närmaste punkterna korsar ytan) och förlusten av ekvivalent konnektivitet EC(PC) om enbart den ytan bebyggs; dessutom förlusten om alla bebyggs, och för varje habitatfläck den livsmiljö den förlorar. Nätverket är detsamma som i 'Habitatnätverk' med samma inställningar.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/greenconflicts.py" line="42"/>
        <source>the planned development polygons. A developed part of a patch reduces the patch&apos;s attribute in proportion to the area taken (a patch taken whole disappears); the distances between the remaining patches are kept.</source>
        <translation>de planerade exploateringsytorna. En exploaterad del av en habitatfläck minskar fläckens attribut i proportion till den areal som tas i anspråk (en fläck som tas helt försvinner); avstånden mellan de kvarvarande fläckarna behålls.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/greenconflicts.py" line="42"/>
        <source>the development polygons with habitat_ha (taken), patches_hit, links_cut, ec_after and dEC_pct (the loss of EC(PC) in %).</source>
        <translation>exploateringsytorna med habitat_ha (livsmiljö som tas i anspråk), patches_hit, links_cut, ec_after och dEC_pct (förlusten av EC(PC) i %).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/greenconflicts.py" line="42"/>
        <source>the patches with habitat_ha, taken_ha and taken_pct.</source>
        <translation>habitatfläckarna med habitat_ha, taken_ha och taken_pct.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/greenconflicts.py" line="42"/>
        <source>Results: EC(PC) as it is (EC_PC) and if every development is built (EC_ALL_BUILT), the loss in % (DEC_ALL_PCT), the habitat taken (HABITAT_TAKEN_HA) and the links cut (LINKS_CUT).</source>
        <translation>Resultat: EC(PC) för nätverket som det är i dag (EC_PC) och om all exploatering genomförs (EC_ALL_BUILT), förlusten i % (DEC_ALL_PCT), livsmiljön som tas i anspråk (HABITAT_TAKEN_HA) och länkarna som skärs av (LINKS_CUT).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/greenconflicts.py" line="194"/>
        <source>EC(PC) {before} now, {after} if all {n} developments are built ({loss} % less); {ha} ha of habitat taken, {links} link(s) cut; patches losing most: {worst}.</source>
        <translation>EC(PC) {before} i dag, {after} om alla {n} exploateringar genomförs ({loss} % mindre); {ha} ha livsmiljö tas i anspråk, {links} länk(ar) skärs av; fläckar som förlorar mest: {worst}.</translation>
    </message>
</context>
<context>
    <name>HabitatNetwork</name>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="113"/>
        <source>Habitat network (PC, IIC, EC, patch importance)</source>
        <translation>Habitatnätverk (PC, IIC, EC, habitatfläckarnas betydelse)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="159"/>
        <source>Habitat patches (polygons)</source>
        <translation>Habitatfläckar (polygoner)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="161"/>
        <source>Attribute field (empty: patch area in ha)</source>
        <translation>Attributfält (tomt: habitatfläckens area i ha)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="164"/>
        <source>Patch id field (empty: feature id)</source>
        <translation>Id-fält för habitatfläckar (tomt: objekt-id)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="173"/>
        <source>Drop links with a probability below (0 keeps every pair)</source>
        <translation>Ta bort länkar med en sannolikhet under (0 behåller alla par)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="176"/>
        <source>Landscape area (ha; empty: numerators and EC only)</source>
        <translation>Landskapets area (ha; tomt: endast täljare och EC)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="147"/>
        <source>Patches with importance</source>
        <translation>Habitatfläckar med betydelse</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="149"/>
        <source>Links</source>
        <translation>Länkar</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="154"/>
        <source>Share of PC dropped by MIN_PROBABILITY</source>
        <translation>Andel av PC som tas bort av MIN_PROBABILITY</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="221"/>
        <source>{n} patches, {m} pairs within {r} m.</source>
        <translation>{n} habitatfläckar, {m} par inom {r} m.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="246"/>
        <source>The patch layer already has a field &apos;{field}&apos;; rename it first.</source>
        <translation>Lagret med habitatfläckar har redan fältet '{field}'; byt först namn på det.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="298"/>
        <source>PCnum {pc:.6g}, EC(PC) {ec:.6g} ha, {c} component(s), {links} links; the most important patch by dPC is {best}.</source>
        <translation>PCnum {pc:.6g}, EC(PC) {ec:.6g} ha, {c} komponent(er), {links} länkar; viktigaste habitatfläcken enligt dPC är {best}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="308"/>
        <source>The patch layer has no field &apos;{field}&apos;.</source>
        <translation>Lagret med habitatfläckar saknar fältet '{field}'.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="332"/>
        <source>Patch {fid} has a negative value {value} in &apos;{field}&apos;.</source>
        <translation>Habitatfläck {fid} har ett negativt värde {value} i '{field}'.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="347"/>
        <source>{n} patch(es) without geometry were left out (feature ids {ids}).</source>
        <translation>{n} habitatfläck(ar) utan geometri utelämnades (objekt-id {ids}).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="347"/>
        <source>{n} invalid geometrie(s) were repaired with makeValid (feature ids {ids}).</source>
        <translation>{n} ogiltig(a) geometri(er) reparerades med makeValid (objekt-id {ids}).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="347"/>
        <source>{n} patch(es) with no value in the attribute field were left out (feature ids {ids}).</source>
        <translation>{n} habitatfläck(ar) utan värde i attributfältet utelämnades (objekt-id {ids}).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="356"/>
        <source>The patch layer has no usable patches.</source>
        <translation>Lagret med habitatfläckar har inga användbara habitatfläckar.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="196"/>
        <source>The resistance raster &apos;{name}&apos;</source>
        <translation>Motståndsrastret '{name}'</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="216"/>
        <source>{n} patches, {m} pairs within the cost distance {r} (least-cost distances over &apos;{raster}&apos;; DISTANCE and IIC_DISTANCE are in cost units).</source>
        <translation>{n} habitatfläckar, {m} par inom kostnadsavståndet {r} (minsta kostnadsavstånd över '{raster}'; DISTANCE och IIC_DISTANCE anges i kostnadsenheter).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="386"/>
        <source>{n} patch(es) lie outside the resistance raster and get no links.</source>
        <translation>{n} habitatfläck(ar) ligger utanför motståndsrastret och får inga länkar.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="317"/>
        <source>habitat patches</source>
        <translation>habitatfläckarna</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="202"/>
        <source>The patches are in {crs}, whose unit is {unit}, not metres; distances and areas are computed in {target}, and the outputs are in that CRS.</source>
        <translation>Habitatfläckarna har koordinatsystemet {crs}, vars enhet är {unit}, inte meter; avstånd och areor beräknas i {target}, och utdata får det koordinatsystemet.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="335"/>
        <source>Patch {fid} of &apos;{layer}&apos; has the value {value} in &apos;{field}&apos;: the attribute must be a finite number, 0 or more.</source>
        <translation>Habitatfläck {fid} i '{layer}' har värdet {value} i '{field}': attributet måste vara ett ändligt tal, 0 eller större.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="359"/>
        <source>Every patch of &apos;{layer}&apos; has 0 in &apos;{field}&apos;, so every connectivity index would be 0. Choose the field that holds the patches&apos; habitat amount (e.g. area in ha), or leave it empty to use the patch area.</source>
        <translation>Alla habitatfläckar i '{layer}' har 0 i '{field}', så alla konnektivitetsindex skulle bli 0. Välj det fält som innehåller habitatfläckarnas mängd livsmiljö (t.ex. area i ha), eller lämna det tomt för att använda habitatfläckarnas area.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="363"/>
        <source>The patches of &apos;{layer}&apos; have no area (every polygon is degenerate), so every connectivity index would be 0. Check the layer&apos;s geometries.</source>
        <translation>Habitatfläckarna i '{layer}' har ingen area (alla polygoner är degenererade), så alla konnektivitetsindex skulle bli 0. Kontrollera lagrets geometrier.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="116"/>
        <source>Builds a habitat network from patch polygons (e.g. protected areas or habitat patches) and computes the connectivity indices of Conefor: PC and IIC (with a landscape area), their numerators and the equivalent connectivity EC, and every patch&apos;s importance dPC and dIIC split into intra, flux and connector, plus Graphab&apos;s flux F.</source>
        <translation>Bygger ett habitatnätverk av habitatfläckar som polygoner (t.ex. skyddade områden eller habitatfläckar) och beräknar Conefors konnektivitetsindex: PC och IIC (med landskapets area), deras täljare och den ekvivalenta konnektiviteten (EC), samt varje habitatfläcks betydelse dPC och dIIC uppdelad i intra, flux och connector, plus Graphabs flux F.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="116"/>
        <source>the patches with component, degree and the importance fields.</source>
        <translation>habitatfläckarna med component, degree och betydelsefälten.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="116"/>
        <source>the links as lines between the patches&apos; nearest points with distance, probability and on_best_path (the link lies on a best path between some pair of patches).</source>
        <translation>länkarna som linjer mellan habitatfläckarnas närmaste punkter med avstånd, sannolikhet och on_best_path (länken ligger på en bästa väg mellan något par av habitatfläckar).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="130"/>
        <source>polygons; distances are edge to edge (0 for touching or overlapping patches) in metres, and a layer in degrees is reprojected to its UTM zone.</source>
        <translation>polygoner; avstånden mäts kant till kant (0 för habitatfläckar som gränsar till eller överlappar varandra) i meter, och ett lager i grader projiceras om till sin UTM-zon.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="132"/>
        <source>the habitat value of each patch, e.g. its quality-weighted area; empty: the patch area in hectares.</source>
        <translation>varje habitatfläcks habitatvärde, t.ex. dess kvalitetsviktade area; tomt: habitatfläckens area i hektar.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="134"/>
        <source>the patch names in the outputs; empty: the feature id.</source>
        <translation>habitatfläckarnas namn i utdata; tomt: objekt-id.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="135"/>
        <source>a cost raster in a projected CRS: the distances between patches become least-cost distances over it, in cost units, and so do the dispersal distances below. Empty: straight edge-to-edge distances in metres.</source>
        <translation>ett kostnadsraster i ett projicerat koordinatsystem: avstånden mellan habitatfläckarna blir minsta kostnadsavstånd över rastret, i kostnadsenheter, och det blir även spridningsavstånden nedan. Tomt: raka avstånd kant till kant i meter.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="139"/>
        <source>links with a lower probability are dropped (0 keeps every pair); the share of PC this drops is reported.</source>
        <translation>länkar med lägre sannolikhet tas bort (0 behåller alla par); den andel av PC som därmed försvinner redovisas.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="141"/>
        <source>PC and IIC are divided by its square; empty: only the numerators and EC.</source>
        <translation>PC och IIC divideras med arean i kvadrat; tomt: endast täljarna och EC.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="167"/>
        <source>Resistance raster (least-cost distances in cost units instead of metres)</source>
        <translation>Motståndsraster (minsta kostnadsavstånd i kostnadsenheter i stället för meter)</translation>
    </message>
</context>
<context>
    <name>MergeContributions</name>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="119"/>
        <source>Merge contributions</source>
        <translation>Sammanfoga bidrag</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="122"/>
        <source>Merges the contributors&apos; strukturbild GeoPackages (the packages made by &apos;Contribution packages&apos;, edited and sent back) into one regional strukturbild.</source>
        <translation>Sammanfogar bidragsgivarnas strukturbilds-GeoPackage-filer (paketen som skapats med 'Bidragspaket', redigerats och skickats tillbaka) till en regional strukturbild.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="122"/>
        <source>the contributed GeoPackages, one per contributor (read only: their data and nothing else; their saved styles are never loaded).</source>
        <translation>de inskickade GeoPackage-filerna, en per bidragsgivare (läses bara: deras data och inget annat; deras sparade stilar läses aldrig in).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="122"/>
        <source>the previous merged strukturbild. The contributors who sent a file now have all their features of it replaced by the file; all other features are kept. The output cannot be this file: each round writes a new version, and the previous one stays as it was.</source>
        <translation>den föregående sammanfogade strukturbilden. För de bidragsgivare som har skickat en fil nu ersätts alla deras objekt i den av filens innehåll; alla andra objekt behålls. Utdata kan inte vara denna fil: varje omgång skriver en ny version, och den föregående förblir som den var.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="122"/>
        <source>a folder with the region&apos;s shared styles; empty: the library set in the Strukturbild settings, else the bundled one.</source>
        <translation>en mapp med regionens gemensamma stilar; tomt: biblioteket som angetts i Strukturbild-inställningarna, annars det medföljande.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="122"/>
        <source>the merged strukturbild GeoPackage: the element layers (styled, with forms), &apos;rejected&apos;, &apos;conflicts&apos; and &apos;bidragsomraden&apos; (the contributors&apos; areas).</source>
        <translation>den sammanfogade strukturbilds-GeoPackage-filen: elementlagren (med stil och formulär), 'rejected', 'conflicts' och 'bidragsomraden' (bidragsgivarnas områden).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="122"/>
        <source>an HTML report of the round.</source>
        <translation>en HTML-rapport över omgången.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="122"/>
        <source>Nothing is lost: every contributed feature ends in the output or in its &apos;rejected&apos; table with the reason and what to do (a value outside the field&apos;s list, an invalid or missing geometry, an element outside the contributor&apos;s area, an id used twice in one file ...), with all its values; the counts say so: N_IN = N_OUT + N_REJECTED. Every feature carries its provenance: bidragsgivare (contributor), bidrag_fil (file) and bidrag_datum (when the file&apos;s layers were last changed). A layer in another CRS is reprojected to the regional one and the report says so.</source>
        <translation>Inget går förlorat: varje inskickat objekt hamnar i utdata eller i tabellen 'rejected' med orsaken och vad som ska göras (ett värde utanför fältets lista, en ogiltig eller saknad geometri, ett element utanför bidragsgivarens område, ett id som används två gånger i samma fil ...), med alla sina värden; antalen visar det: N_IN = N_OUT + N_REJECTED. Varje objekt bär med sig sitt ursprung: bidragsgivare, bidrag_fil (filen) och bidrag_datum (när filens lager senast ändrades). Ett lager i ett annat koordinatsystem projiceras om till det regionala, och rapporten anger det.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="122"/>
        <source>Conflicts are reported, not decided (the &apos;conflicts&apos; layer and the report): the same id in two files, overlapping development areas of two contributors, a cross-border connection that meets the border of a contributor who has none there, one place (points within 500 m, areas that mostly overlap) classified differently by two contributors.</source>
        <translation>Konflikter rapporteras men avgörs inte (lagret 'conflicts' och rapporten): samma id i två filer, överlappande utvecklingsområden från två bidragsgivare, ett gränsöverskridande samband som möter gränsen mot en bidragsgivare som inte har något sådant samband där, en och samma plats (punkter inom 500 m, ytor som till största delen överlappar) som två bidragsgivare klassar olika.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="149"/>
        <source>Contributions (GeoPackages)</source>
        <translation>Bidrag (GeoPackage-filer)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="151"/>
        <source>Previous merged strukturbild</source>
        <translation>Föregående sammanfogad strukturbild</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="153"/>
        <source>Style library folder (empty: configured or bundled)</source>
        <translation>Mapp för stilbibliotek (tomt: det inställda eller det medföljande)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="156"/>
        <source>Merged strukturbild</source>
        <translation>Sammanfogad strukturbild</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="156"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="158"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="158"/>
        <source>HTML files (*.html)</source>
        <translation>HTML-filer (*.html)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="161"/>
        <source>Contributed features read</source>
        <translation>Inskickade objekt som lästes</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="161"/>
        <source>Contributed features merged</source>
        <translation>Inskickade objekt som sammanfogades</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="161"/>
        <source>Contributed features rejected</source>
        <translation>Inskickade objekt som avvisades</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="161"/>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="161"/>
        <source>Features of BASE kept</source>
        <translation>Objekt i BASE som behölls</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="161"/>
        <source>Features of BASE replaced</source>
        <translation>Objekt i BASE som ersattes</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="173"/>
        <source>The contribution</source>
        <translation>Bidraget</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="181"/>
        <source>The contribution {path}: {problem} {todo}</source>
        <translation>Bidraget {path}: {problem} {todo}</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="184"/>
        <source>The contribution {path} (from &apos;{contributor}&apos;) holds no features in any element layer. Check that it is the file the contributor edited and sent back; merged with a previous version as BASE it would remove all of the contributor&apos;s elements. Leave it out of CONTRIBUTIONS to keep them.</source>
        <translation>Bidraget {path} (från '{contributor}') innehåller inga objekt i något elementlager. Kontrollera att det är den fil som bidragsgivaren redigerade och skickade tillbaka; sammanfogat med en föregående version som BASE skulle det ta bort alla bidragsgivarens element. Utelämna det från CONTRIBUTIONS för att behålla dem.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="191"/>
        <source>The layer '{layer}' of the contribution {path} has no coordinate reference system, so where its elements lie is unknown. Ask the contributor to set the CRS the package was made in (Layer Properties › Source), or set it yourself, and merge again.</source>
        <translation>Lagret '{layer}' i bidraget {path} saknar koordinatsystem, så det är okänt var dess element ligger. Be bidragsgivaren ange det koordinatsystem som paketet skapades i (Lageregenskaper › Källa), eller ange det själv, och sammanfoga igen.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="210"/>
        <source>The contribution {path} is given twice in CONTRIBUTIONS: give each file once.</source>
        <translation>Bidraget {path} anges två gånger i CONTRIBUTIONS: ange varje fil en gång.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="215"/>
        <source>Give the contributed GeoPackages in CONTRIBUTIONS.</source>
        <translation>Ange de inskickade GeoPackage-filerna i CONTRIBUTIONS.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="261"/>
        <source>The previous merged strukturbild (BASE)</source>
        <translation>Den föregående sammanfogade strukturbilden (BASE)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="229"/>
        <source>No contribution names a CRS in metres: the merged strukturbild is in SWEREF 99 TM (EPSG:3006).</source>
        <translation>Inget bidrag anger ett koordinatsystem i meter: den sammanfogade strukturbilden får SWEREF 99 TM (EPSG:3006).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="240"/>
        <source>OUTPUT must be a GeoPackage file ending in .gpkg: {path}</source>
        <translation>OUTPUT måste vara en GeoPackage-fil som slutar på .gpkg: {path}</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="253"/>
        <source>The contributions {files} all come from &apos;{contributor}&apos;. Which one counts cannot be told: merge one file per contributor (the latest, corrected one), and run again.</source>
        <translation>Bidragen {files} kommer alla från '{contributor}'. Det går inte att avgöra vilket som gäller: sammanfoga en fil per bidragsgivare (den senaste, rättade), och kör igen.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="269"/>
        <source>the region ({file})</source>
        <translation>regionen ({file})</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="306"/>
        <source>the region</source>
        <translation>regionen</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="315"/>
        <source>{n_in} contributed feature(s) read: {n_out} merged, {n_rejected} rejected ({n_in} = {n_out} + {n_rejected}); {conflicts} conflict(s).</source>
        <translation>{n_in} inskickade objekt lästa: {n_out} sammanfogade, {n_rejected} avvisade ({n_in} = {n_out} + {n_rejected}); {conflicts} konflikt(er).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="319"/>
        <source>Previous version: {kept} feature(s) kept, {replaced} replaced by this round&apos;s files.</source>
        <translation>Föregående version: {kept} objekt behölls, {replaced} ersattes av filerna i denna omgång.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="404"/>
        <source>The layer &apos;{layer}&apos; is in {crs}: it was reprojected to {target}.</source>
        <translation>Lagret '{layer}' har koordinatsystemet {crs}: det projicerades om till {target}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="442"/>
        <source>{n} feature(s) without an id were given one.</source>
        <translation>{n} objekt utan id fick ett.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="444"/>
        <source>{n} element(s) reach outside the contributor&apos;s area (merged as they are).</source>
        <translation>{n} element sträcker sig utanför bidragsgivarens område (sammanfogade som de är).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="480"/>
        <source>The id {id} is used by {parties}.</source>
        <translation>Id {id} används av {parties}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="480"/>
        <source>Decide whose element it is: the other contributor gives theirs a new id (or deletes it) and sends the file again.</source>
        <translation>Avgör vems elementet är: den andra bidragsgivaren ger sitt element ett nytt id (eller tar bort det) och skickar filen igen.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="500"/>
        <source>The development areas &apos;{name_a}&apos; of {a} and &apos;{name_b}&apos; of {b} overlap by {ha} ha.</source>
        <translation>Utvecklingsområdena '{name_a}' från {a} och '{name_b}' från {b} överlappar med {ha} ha.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="500"/>
        <source>Agree with both contributors where the border between the two areas runs.</source>
        <translation>Kom överens med båda bidragsgivarna om var gränsen mellan de två områdena går.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="526"/>
        <source>{a} and {b} classify the same {element} (&apos;{name}&apos;) differently: {differences}.</source>
        <translation>{a} och {b} klassar samma {element} ('{name}') olika: {differences}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="526"/>
        <source>Agree on one classification; the merged strukturbild keeps both until then.</source>
        <translation>Kom överens om en klassning; den sammanfogade strukturbilden behåller båda tills dess.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="576"/>
        <source>The cross-border connection &apos;{name}&apos; of {a} meets the border with {b}, who has no cross-border connection there.</source>
        <translation>Det gränsöverskridande sambandet '{name}' från {a} möter gränsen mot {b}, som inte har något gränsöverskridande samband där.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="576"/>
        <source>Ask {b} whether the connection continues on their side, and {a} whether it belongs there.</source>
        <translation>Fråga {b} om sambandet fortsätter på deras sida, och {a} om det hör hemma där.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="596"/>
        <source>Contributed features that were not merged, with the reason</source>
        <translation>Inskickade objekt som inte sammanfogades, med orsaken</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="598"/>
        <source>Conflicts between contributors (reported, not decided)</source>
        <translation>Konflikter mellan bidragsgivare (rapporterade, inte avgjorda)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="602"/>
        <source>The contributors&apos; areas</source>
        <translation>Bidragsgivarnas områden</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="624"/>
        <source>Contributions merged</source>
        <translation>Sammanfogning av bidrag</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="626"/>
        <source>Merged strukturbild: {path} ({crs}), {when}.</source>
        <translation>Sammanfogad strukturbild: {path} ({crs}), {when}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="627"/>
        <source>{n_in} contributed feature(s) read: {n_out} merged, {n_rejected} rejected ({n_in} = {n_out} + {n_rejected}). {conflicts} conflict(s) between contributors.</source>
        <translation>{n_in} inskickade objekt lästa: {n_out} sammanfogade, {n_rejected} avvisade ({n_in} = {n_out} + {n_rejected}). {conflicts} konflikt(er) mellan bidragsgivare.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="639"/>
        <source>Previous version {file}: {kept} feature(s) kept, {replaced} replaced by the files of this round; {carried} earlier rejected feature(s) of other contributors carried over.</source>
        <translation>Föregående version {file}: {kept} objekt behölls, {replaced} ersattes av filerna i denna omgång; {carried} tidigare avvisade objekt från andra bidragsgivare fördes över.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="667"/>
        <source>Contributor</source>
        <translation>Bidragsgivare</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="650"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="650"/>
        <source>Last changed</source>
        <translation>Senast ändrad</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="650"/>
        <source>Read</source>
        <translation>Lästa</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="650"/>
        <source>Merged</source>
        <translation>Sammanfogade</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="650"/>
        <source>Rejected</source>
        <translation>Avvisade</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="650"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="654"/>
        <source>Conflicts are not decided by the merge: both elements are in the merged strukturbild, and its layer &apos;conflicts&apos; marks each place.</source>
        <translation>Konflikter avgörs inte av sammanfogningen: båda elementen finns i den sammanfogade strukturbilden, och dess lager 'conflicts' markerar varje plats.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="657"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="657"/>
        <source>Contributors</source>
        <translation>Bidragsgivare</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="667"/>
        <source>Layer</source>
        <translation>Lager</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="657"/>
        <source>Ids</source>
        <translation>Id:n</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="657"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="667"/>
        <source>What to do</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="667"/>
        <source>fid</source>
        <translation>fid</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="667"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="667"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="667"/>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="676"/>
        <source>Send each contributor the rejected features and conflicts that concern them (the tables above; the layers rejected and conflicts of the merged strukturbild show where).</source>
        <translation>Skicka till varje bidragsgivare de avvisade objekt och konflikter som gäller just dem (tabellerna ovan; lagren rejected och conflicts i den sammanfogade strukturbilden visar var).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="676"/>
        <source>A contributor corrects their own file and sends it back; check it with &apos;Validate strukturbild&apos;.</source>
        <translation>En bidragsgivare rättar sin egen fil och skickar tillbaka den; kontrollera den med 'Validera strukturbild'.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/mergecontributions.py" line="676"/>
        <source>Merge the corrected files with this merged strukturbild as BASE into a new file: only those contributors&apos; features are replaced, everyone else&apos;s are kept.</source>
        <translation>Sammanfoga de rättade filerna med denna sammanfogade strukturbild som BASE till en ny fil: bara dessa bidragsgivares objekt ersätts, alla andras behålls.</translation>
    </message>
</context>
<context>
    <name>MethodError</name>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>units and areas must be pairs of the same length</source>
        <translation>enheter och ytor måste vara par av samma längd</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>at least one town size is needed (the typology&apos;s)</source>
        <translation>minst en tätortsstorlek behövs (typologins)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>a border line has a vertex without finite coordinates: repair the geometry of the regions</source>
        <translation>en gränslinje har en brytpunkt utan ändliga koordinater: laga regionernas geometri</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>the measure must be NEAREST (0, minutes to the nearest destination) or OPPORTUNITIES (1, destinations within the time)</source>
        <translation>måttet måste vara NEAREST (0, minuter till närmaste målpunkt) eller OPPORTUNITIES (1, målpunkter inom tiden)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>give one weight per destination</source>
        <translation>ange en vikt per målpunkt</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>the flow matrix must be square, one row and one column per zone, not {shape}</source>
        <translation>flödesmatrisen måste vara kvadratisk, med en rad och en kolumn per zon, inte {shape}</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>the flow matrix holds negative or non-finite values: every count must be a number of commuters, 0 or more</source>
        <translation>flödesmatrisen innehåller negativa värden eller värden som inte är ändliga tal: varje värde måste vara ett antal pendlare, 0 eller fler</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>the flow counts are too large to fit a model to (their total is not a finite number when squared): check that the counts are numbers of commuters</source>
        <translation>flödenas antal är för stora för att en modell ska kunna skattas (deras summa i kvadrat är inget ändligt tal): kontrollera att värdena är antal pendlare</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>{labels} region labels for {n} zones: give one region per zone</source>
        <translation>{labels} regionbeteckningar för {n} zoner: ange en region per zon</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>zone {zone} has no region ({n} zone(s) in all): give every zone a region</source>
        <translation>zon {zone} saknar region ({n} zon(er) totalt): ge varje zon en region</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>the flow matrix has no zones: a border effect needs zones in at least two regions</source>
        <translation>flödesmatrisen har inga zoner: en gränseffekt kräver zoner i minst två regioner</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>all zones are in one region: a border effect needs at least two regions</source>
        <translation>alla zoner ligger i en och samma region: en gränseffekt kräver minst två regioner</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>decay must be {exponential} (exponential) or {power} (power), not {decay}</source>
        <translation>avståndsavtagandet måste vara {exponential} (exponentiellt) eller {power} (potens), inte {decay}</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>the cost matrix must have one row and one column per zone ({n} × {n}), not {shape}</source>
        <translation>kostnadsmatrisen måste ha en rad och en kolumn per zon ({n} × {n}), inte {shape}</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>the cost matrix holds negative values: costs are distances (km) or travel times (minutes)</source>
        <translation>kostnadsmatrisen innehåller negativa värden: kostnaderna är avstånd (km) eller restider (minuter)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>no commuting crosses a region border (between zones with a finite cost): there is no border effect to estimate</source>
        <translation>ingen pendling korsar en regiongräns (mellan zoner med en ändlig kostnad): det finns ingen gränseffekt att skatta</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>no one commutes between two different zones of region(s) {regions} (e.g. a region of a single zone): its border factor cannot be estimated; merge it with a neighbouring region or use smaller zones</source>
        <translation>ingen pendlar mellan två olika zoner i region(erna) {regions} (t.ex. en region med en enda zon): dess gränsfaktor kan inte skattas; slå samman den med en angränsande region eller använd mindre zoner</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>fewer than two zones have commuters to other zones: the model cannot be fitted</source>
        <translation>färre än två zoner har pendlare till andra zoner: modellen kan inte skattas</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>every pair of zones has the same cost: the distance decay cannot be estimated</source>
        <translation>alla zonpar har samma kostnad: avståndsavtagandet kan inte skattas</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>the model did not converge in {n} iterations (relative error {error})</source>
        <translation>modellen konvergerade inte på {n} iterationer (relativt fel {error})</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>the border factor of {pairs} cannot be estimated (it runs to 0 or to infinity): the distance decay predicts almost no commuting between these regions (exponential decay over long distances? try power decay), or too few people commute in and between them</source>
        <translation>gränsfaktorn för {pairs} kan inte skattas (den går mot 0 eller mot oändligheten): avståndsavtagandet förutsäger nästan ingen pendling mellan dessa regioner (exponentiellt avståndsavtagande över långa avstånd? prova potens), eller så pendlar för få personer inom och mellan dem</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>the flow matrix holds values that are not numbers of commuters</source>
        <translation>flödesmatrisen innehåller värden som inte är antal pendlare</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>the costs are too large to fit a model to: give them in km or minutes</source>
        <translation>kostnaderna är för stora för att en modell ska kunna skattas: ange dem i km eller minuter</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>{n} pair(s) of different zones have cost 0 (e.g. zones {i} and {j} at the same place): power decay c^−β needs costs &gt; 0; use exponential decay</source>
        <translation>{n} par av olika zoner har kostnaden 0 (t.ex. zonerna {i} och {j} på samma plats): avståndsavtagande som potens c^−β kräver kostnader &gt; 0; använd exponentiellt avståndsavtagande</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>{commuters} commuters between {pairs} zone pair(s) without a finite cost were left out of the fit</source>
        <translation>{commuters} pendlare mellan {pairs} zonpar utan ändlig kostnad utelämnades ur skattningen</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>the model is not identifiable from these flows</source>
        <translation>modellen är inte identifierbar utifrån dessa flöden</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>the model is not identifiable from these flows (too few zones or flows per region pair, or costs that do not vary): use larger regions or more zones</source>
        <translation>modellen är inte identifierbar utifrån dessa flöden (för få zoner eller flöden per regionpar, eller kostnader som inte varierar): använd större regioner eller fler zoner</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>{file}, line {line}: the distance {text} is not a finite number</source>
        <translation>{file}, rad {line}: avståndet {text} är inget ändligt tal</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>{file}: no nodes</source>
        <translation>{file}: inga noder</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>{file}: cannot be read ({reason})</source>
        <translation>{file}: går inte att läsa ({reason})</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>{file}, line {line}: expected {columns} columns, found {found}: {text}</source>
        <translation>{file}, rad {line}: {columns} kolumner förväntades, {found} hittades: {text}</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>{file}, line {line}: the distance {text} is not a number</source>
        <translation>{file}, rad {line}: avståndet {text} är inget tal</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>{file}, line {line}: the attribute {text} is not a finite number</source>
        <translation>{file}, rad {line}: attributet {text} är inget ändligt tal</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>{file}, line {line}: node {node} occurs again (first on line {first})</source>
        <translation>{file}, rad {line}: nod {node} förekommer igen (första gången på rad {first})</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>{file}, line {line}: node {node} has a negative attribute {value}</source>
        <translation>{file}, rad {line}: nod {node} har ett negativt attribut {value}</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>{file}, line {line}: negative distance {value} between {a} and {b}</source>
        <translation>{file}, rad {line}: negativt avstånd {value} mellan {a} och {b}</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>{file}, line {line}: the pair {a}-{b} occurs again with another distance ({first} on line {first_line}, now {value})</source>
        <translation>{file}, rad {line}: paret {a}-{b} förekommer igen med ett annat avstånd ({first} på rad {first_line}, nu {value})</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>{file}, line {line}: the attribute {text} is not a number</source>
        <translation>{file}, rad {line}: attributet {text} är inget tal</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>{file}, line {line}: node {node} is not in the node file</source>
        <translation>{file}, rad {line}: nod {node} finns inte i nodfilen</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>the habitat network has no nodes (patches): give at least one</source>
        <translation>habitatnätverket har inga noder (habitatfläckar): ange minst en</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>the node attributes are too large to square and add up (PC multiplies them in pairs): give them in a larger unit, e.g. hectares instead of square metres</source>
        <translation>nodernas attribut är för stora för att kvadreras och summeras (PC multiplicerar dem parvis): ange dem i en större enhet, t.ex. hektar i stället för kvadratmeter</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>the node attributes, the link ends and the link distances must be numbers</source>
        <translation>nodernas attribut, länkarnas ändpunkter och länkarnas avstånd måste vara tal</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>link ends must be node numbers (whole numbers)</source>
        <translation>länkarnas ändpunkter måste vara nodnummer (heltal)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>a pair of nodes is given more than once: give each link once</source>
        <translation>ett nodpar anges mer än en gång: ange varje länk en gång</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>the resistance raster has no passable cell: every cell is no data, NaN, infinite, 0 or negative. Give the cells a cost greater than 0</source>
        <translation>motståndsrastret har ingen framkomlig cell: alla celler saknar data (no data) eller är NaN, oändliga, 0 eller negativa. Ge cellerna en kostnad större än 0</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>the costs of the resistance raster are too large to add up along a path: rescale the raster (e.g. divide it by 1000)</source>
        <translation>motståndsrastrets kostnader är för stora för att summeras längs en sträcka: skala om rastret (t.ex. dela det med 1000)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>the resistance raster must hold numbers (costs)</source>
        <translation>motståndsrastret måste innehålla tal (kostnader)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>the core raster must hold whole-number core labels (0 = no core)</source>
        <translation>kärnrastret måste innehålla kärnområdesbeteckningar i form av heltal (0 = inget kärnområde)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>the population grid has no cells</source>
        <translation>befolkningsrutnätet har inga rutor</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>every cell of the population grid is no data: choose the band or field that holds the population</source>
        <translation>alla rutor i befolkningsrutnätet saknar data (no data): välj det band eller fält som innehåller befolkningen</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>the populations of the grid are too large to add up (their total is not a finite number): check that the cells hold numbers of inhabitants</source>
        <translation>befolkningstalen i rutnätet är för stora för att summeras (deras summa är inget ändligt tal): kontrollera att rutorna innehåller antal invånare</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>the population grid, its classes (level1) and the unit labels must have the same rows and columns</source>
        <translation>befolkningsrutnätet, dess klasser (level1) och enhetsbeteckningarna måste ha samma rader och kolumner</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>the population grid must hold numbers of inhabitants</source>
        <translation>befolkningsrutnätet måste innehålla antal invånare</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>the unit labels must be whole numbers (negative: in no unit)</source>
        <translation>enhetsbeteckningarna måste vara heltal (negativt: i ingen enhet)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>there are no destinations to measure the travel time to</source>
        <translation>det finns inga målpunkter att mäta restiden till</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>no destination has coordinates (every one is empty or not a finite number): there are no destinations to measure the travel time to</source>
        <translation>ingen målpunkt har koordinater (alla är tomma eller inga ändliga tal): det finns inga målpunkter att mäta restiden till</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>the speed and the detour factor must be numbers</source>
        <translation>hastigheten och omvägsfaktorn måste vara tal</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>the destination weights and the threshold must be numbers</source>
        <translation>målpunkternas vikter och tröskelvärdet måste vara tal</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>the minimum value of a drawn flow must be a number</source>
        <translation>minsta värdet för ett utritat flöde måste vara ett tal</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>the minimum value and the number of lines per origin must be numbers</source>
        <translation>minsta värdet och antalet linjer per ursprung måste vara tal</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>the neighbour matrix (adjacency) must be {n} × {n}, one row and column per zone, not {rows} × {columns}</source>
        <translation>grannmatrisen (adjacency) måste vara {n} × {n}, en rad och en kolumn per zon, inte {rows} × {columns}</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>the number of Intramax regions must be a whole number of at least 1, not {value}</source>
        <translation>antalet Intramax-regioner måste vara ett heltal, minst 1, inte {value}</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>the neighbour matrix (adjacency) must be a table of zones × zones</source>
        <translation>grannmatrisen (adjacency) måste vara en tabell med zoner × zoner</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>{k} regions requested but there are only {n} zones: no merge</source>
        <translation>{k} regioner begärdes men det finns bara {n} zoner: ingen sammanslagning</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>no admissible pair left (no flows between the remaining units that are neighbours): stopped at {units} regions instead of {k}</source>
        <translation>inget tillåtet par kvar (inga flöden mellan de återstående enheterna som är grannar): stannade vid {units} regioner i stället för {k}</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>no admissible pair left (no flows between the remaining units): stopped at {units} regions instead of {k}</source>
        <translation>inget tillåtet par kvar (inga flöden mellan de återstående enheterna): stannade vid {units} regioner i stället för {k}</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>there are {ids} zone ids for {n} zones: give one id per zone</source>
        <translation>det finns {ids} zon-id för {n} zoner: ange ett id per zon</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>SCB&apos;s LA method needs at least one zone, and there is none</source>
        <translation>SCB:s LA-metod kräver minst en zon, och det finns ingen</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>p1, p2 and till must have one value per zone, but they have {p1}, {p2} and {till}</source>
        <translation>p1, p2 och till måste ha ett värde per zon, men de har {p1}, {p2} och {till}</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>the LA thresholds (out-commuting share and largest single out-flow share) must be numbers between 0 and 1</source>
        <translation>LA-tröskelvärdena (utpendlingsandelen och andelen i det största enskilda utpendlingsflödet) måste vara tal mellan 0 och 1</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>the shares of zone {zone} are not between 0 and 1 (p1 {p1}, p2 {p2})</source>
        <translation>andelarna för zon {zone} ligger inte mellan 0 och 1 (p1 {p1}, p2 {p2})</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>till must hold zone indices (whole numbers), or -1 for a zone without out-flows</source>
        <translation>till måste innehålla zonindex (heltal), eller -1 för en zon utan utpendlingsflöden</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>till must hold zone indices other than the zone itself, or -1 for a zone without out-flows</source>
        <translation>till måste innehålla andra zonindex än zonens eget, eller -1 för en zon utan utpendlingsflöden</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>the pair test needs the flow matrix (flows=...)</source>
        <translation>partestet kräver flödesmatrisen (flows=...)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>the out-commuting shares (p1, p2), the largest-flow zones (till) and the two thresholds must be numbers</source>
        <translation>utpendlingsandelarna (p1, p2), zonerna med största utpendlingsflöde (till) och de två tröskelvärdena måste vara tal</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>zone {zone} has no employed residents: a region of its own</source>
        <translation>zon {zone} saknar sysselsatta boende: den blir en egen region</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>largest flows form a cycle ({cycle}); {centre} (most employed residents) was made a centre</source>
        <translation>de största flödena bildar en cykel ({cycle}); {centre} (flest sysselsatta boende) gjordes till centrum</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>mutual pair {pair} fails the pair test; it stays together and follows its largest combined out-flow to {zone}</source>
        <translation>det ömsesidiga paret {pair} klarar inte partestet; det hålls samman och följer sitt största gemensamma utpendlingsflöde till {zone}</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>The snapping tolerance between line ends must be 0 m or more.</source>
        <translation>Fästtoleransen mellan linjeändar måste vara 0 m eller mer.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>The access speed off the network must be greater than 0 km/h.</source>
        <translation>Anslutningshastigheten utanför vägnätet måste vara större än 0 km/h.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>The road network has no usable road: after reading, every line is empty, of zero length or without a usable speed. Check the network layer&apos;s geometries and speeds.</source>
        <translation>Vägnätet har ingen användbar väg: efter inläsningen är alla linjer tomma, har längden noll eller saknar användbar hastighet. Kontrollera väglagrets geometrier och hastigheter.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>The service area&apos;s direction must be &apos;from&apos; (outward from the destinations) or &apos;to&apos;.</source>
        <translation>Serviceområdets riktning måste vara 'from' (utåt från målpunkterna) eller 'to'.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>One-way values must be 0 (both ways), 1 (forwards) or -1 (backwards).</source>
        <translation>Värden för enkelriktning måste vara 0 (båda riktningarna), 1 (framåt) eller -1 (bakåt).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>origins, destinations and values differ in length</source>
        <translation>ursprung, destinationer och värden har olika längd</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>empty OD table</source>
        <translation>tom OD-tabell</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>no OD row matches the zones (compare the id columns with the zone ids)</source>
        <translation>ingen rad i OD-tabellen matchar zonerna (jämför id-kolumnerna med zonernas id)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>the counts are too large to add up (their total is not a finite number): check that the value field holds numbers of commuters</source>
        <translation>antalen är för stora för att summeras (deras summa är inget ändligt tal): kontrollera att värdefältet innehåller antal pendlare</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>the flow matrix must have one row and one column per zone (square), but it is {rows} × {columns}</source>
        <translation>flödesmatrisen måste ha en rad och en kolumn per zon (kvadratisk), men den är {rows} × {columns}</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>{method} needs at least one zone, and the flow matrix has none</source>
        <translation>{method} kräver minst en zon, och flödesmatrisen har ingen</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>the flow table holds no commuters (every count is 0): {method} needs commuting between zones</source>
        <translation>flödestabellen innehåller inga pendlare (alla antal är 0): {method} kräver pendling mellan zoner</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>the flow table has no commuting between different zones: every commuter lives and works in the same zone. {method} needs flows between zones; check that the residence and workplace fields are two different columns</source>
        <translation>flödestabellen har ingen pendling mellan olika zoner: alla pendlare bor och arbetar i samma zon. {method} kräver flöden mellan zoner; kontrollera att bostads- och arbetsställefälten är två olika kolumner</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>{path}: empty file</source>
        <translation>{path}: tom fil</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>zone ids {ids} differ only by leading zeros; they are matched exactly only</source>
        <translation>zon-id {ids} skiljer sig bara åt genom inledande nollor; de matchas bara exakt</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>not a number: {value}</source>
        <translation>inget tal: {value}</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>not a finite number: {value}</source>
        <translation>inget ändligt tal: {value}</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>negative count: {value}</source>
        <translation>negativt antal: {value}</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>empty value: {value}</source>
        <translation>tomt värde: {value}</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>not a number (bad digit grouping): {value}</source>
        <translation>inget tal (felaktig siffergruppering): {value}</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>empty OD table: only total rows</source>
        <translation>tom OD-tabell: bara totalrader</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>{n} total row(s) dropped</source>
        <translation>{n} totalrad(er) togs bort</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>{n} OD pair(s) occurred more than once; their values were summed</source>
        <translation>{n} OD-par förekom mer än en gång; deras värden summerades</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>{n} OD id(s) are not among the zones ({ids}); {rows} row(s) with {total} in total were left out</source>
        <translation>{n} OD-id finns inte bland zonerna ({ids}); {rows} rad(er) med totalt {total} utelämnades</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>{n} row(s) with a bad value were left out ({rows})</source>
        <translation>{n} rad(er) med ett felaktigt värde utelämnades ({rows})</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>{n} zone(s) have no flows at all: {zones}</source>
        <translation>{n} zon(er) har inga flöden alls: {zones}</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>the flow matrix holds values that are not numbers: the counts must be numbers of commuters</source>
        <translation>flödesmatrisen innehåller värden som inte är tal: antalen måste vara antal pendlare</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>the flow from zone {origin} to zone {destination} is not a finite number ({value}): every count must be a number of commuters</source>
        <translation>flödet från zon {origin} till zon {destination} är inget ändligt tal ({value}): varje antal måste vara ett antal pendlare</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>the flow from zone {origin} to zone {destination} is negative ({value}): commuter counts must be 0 or more</source>
        <translation>flödet från zon {origin} till zon {destination} är negativt ({value}): antalet pendlare måste vara 0 eller fler</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>the flow counts are too large to add up (their total is not a finite number): check that the counts are numbers of commuters</source>
        <translation>flödenas antal är för stora för att summeras (deras summa är inget ändligt tal): kontrollera att värdena är antal pendlare</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>zone {zone} has an empty id</source>
        <translation>zon {zone} har ett tomt id</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>zone id &apos;{id}&apos; occurs more than once among the zones</source>
        <translation>zon-id '{id}' förekommer mer än en gång bland zonerna</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>the flow matrix must have one row and one column per zone, but it has {n} dimension(s)</source>
        <translation>flödesmatrisen måste ha en rad och en kolumn per zon, men den har {n} dimension(er)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>row {row}: {problem}</source>
        <translation>rad {row}: {problem}</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>there are regions for {regions} zones but {n} zones in the flow matrix: give one region per zone</source>
        <translation>det finns regioner för {regions} zoner men {n} zoner i flödesmatrisen: ange en region per zon</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>a zone is in region {region}, but there are only {k} regions</source>
        <translation>en zon ligger i region {region}, men det finns bara {k} regioner</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>the region of every zone must be a whole number (negative: in no region)</source>
        <translation>varje zons region måste vara ett heltal (negativt: i ingen region)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>zone ids must be unique, but &apos;{id}&apos; occurs more than once (ids are compared as numbers when all of them are whole numbers, so &apos;0301&apos; and 301 are the same zone)</source>
        <translation>zon-id måste vara unika, men '{id}' förekommer mer än en gång (id jämförs som tal när alla är heltal, så '0301' och 301 är samma zon)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>TTWA&apos;s minimum size, minimum self-containment, target size and target self-containment must be positive numbers (got {values})</source>
        <translation>TTWA:s minsta storlek, lägsta självförsörjningsgrad, målstorlek och mål för självförsörjningsgrad måste vara positiva tal (angivet var {values})</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>TTWA&apos;s target size must differ from its minimum size (both are {size})</source>
        <translation>TTWA:s målstorlek måste skilja sig från dess minsta storlek (båda är {size})</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>there are {ids} zone ids for {n} zones in the flow matrix: give one id per zone</source>
        <translation>det finns {ids} zon-id för {n} zoner i flödesmatrisen: ange ett id per zon</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>no zone can take part in TTWA: once zones without employed residents, without jobs or with only flows within the zone are set aside (the zero list), none is left. TTWA needs zones that both send commuters to and receive commuters from other zones</source>
        <translation>ingen zon kan ingå i TTWA: när zoner utan sysselsatta boende, utan arbetstillfällen eller med bara flöden inom zonen har lagts åt sidan (nollistan) finns ingen kvar. TTWA kräver zoner som både skickar pendlare till och tar emot pendlare från andra zoner</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>TTWA&apos;s minimum size, minimum self-containment, target size and target self-containment must be numbers</source>
        <translation>TTWA:s minsta storlek, lägsta självförsörjningsgrad, målstorlek och mål för självförsörjningsgrad måste vara tal</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>the travel times and the tätortsnära limit must be numbers of minutes</source>
        <translation>restiderna och gränsen för tätortsnära måste vara antal minuter</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>the population must be numbers of inhabitants</source>
        <translation>befolkningen måste anges som antal invånare</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>A geometry has a coordinate that is not a number (NaN or infinite) after reprojection to Web Mercator; check the layer&apos;s coordinate reference system.</source>
        <translation>En geometri har en koordinat som inte är ett tal (NaN eller oändlig) efter omprojicering till Web Mercator; kontrollera lagrets koordinatsystem.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>A point has a coordinate that is not a number (NaN or infinite) after reprojection to Web Mercator; check the layer&apos;s coordinate reference system.</source>
        <translation>En punkt har en koordinat som inte är ett tal (NaN eller oändlig) efter omprojicering till Web Mercator; kontrollera lagrets koordinatsystem.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>The style has no renderer (no &lt;renderer-v2&gt; element): it is not a vector layer style.</source>
        <translation>Stilen saknar renderare (inget element &lt;renderer-v2&gt;): det är ingen stil för vektorlager.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>No XYZ tile address was given. Give one such as https://tiles.example.org/{z}/{x}/{y}.png, or choose another background.</source>
        <translation>Ingen adress till XYZ-tiles angavs. Ange en, t.ex. https://tiles.example.org/{z}/{x}/{y}.png, eller välj en annan bakgrund.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>client must be a dask.distributed Client or a scheduler address such as tcp://host:8786, not {kind}</source>
        <translation>client måste vara en dask.distributed Client eller en scheduleradress som tcp://host:8786, inte {kind}</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>the dask cluster at {address} could not finish a block of the searches ({error}); check that its workers have numpy, scipy and this version of strukturbild, or clear the scheduler setting to run here</source>
        <translation>dask-klustret på {address} kunde inte slutföra ett block av sökningarna ({error}); kontrollera att dess arbetare har numpy, scipy och den här versionen av strukturbild, eller töm schedulerinställningen för att köra här</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>the dask cluster at {address} cancelled a block of the searches (the scheduler or its workers were stopped); run again, or clear the scheduler setting to run here</source>
        <translation>dask-klustret på {address} avbröt ett block av sökningarna (schedulern eller dess arbetare stoppades); kör igen, eller töm schedulerinställningen för att köra här</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>a dask scheduler ({address}) was given, but this Python has no dask.distributed: install it (pip install &quot;dask[distributed]&quot;) or clear the scheduler setting to run here</source>
        <translation>en dask-scheduler ({address}) angavs, men den här Python-installationen saknar dask.distributed: installera det (pip install &quot;dask[distributed]&quot;) eller töm schedulerinställningen för att köra här</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>cannot reach the dask scheduler at {address} ({error}): check the address and that the scheduler runs, or clear the scheduler setting to run here</source>
        <translation>dask-schedulern på {address} går inte att nå ({error}): kontrollera adressen och att schedulern körs, eller töm schedulerinställningen för att köra här</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>the decay must be one of {choices}, not {decay}</source>
        <translation>avtagandet måste vara ett av {choices}, inte {decay}</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>unknown aggregation(s) {unknown}: choose among {choices}</source>
        <translation>okänd(a) sammanfattning(ar) {unknown}: välj bland {choices}</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>the quantile must lie between 0 and 1 (0.25 is the lower quartile), not {quantile}</source>
        <translation>kvantilen måste ligga mellan 0 och 1 (0,25 är den nedre kvartilen), inte {quantile}</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>the threshold must be 0 minutes or more, not {threshold}</source>
        <translation>tröskelvärdet måste vara 0 minuter eller mer, inte {threshold}</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>linear decay 1 − t/T needs a finite threshold T greater than 0 minutes</source>
        <translation>linjärt avtagande 1 − t/T kräver ett ändligt tröskelvärde T större än 0 minuter</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>exponential decay needs a finite β of 0 or more, not {beta}</source>
        <translation>exponentiellt avtagande kräver ett ändligt β på 0 eller mer, inte {beta}</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>{given} values were given for {n} destinations: give one per destination.</source>
        <translation>{given} värden angavs för {n} målpunkter: ange ett per målpunkt.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>k must be a whole number from 1 to {most}, not {k}</source>
        <translation>k måste vara ett heltal från 1 till {most}, inte {k}</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>the time limit must be 0 minutes or more, not {limit}</source>
        <translation>tidsgränsen måste vara 0 minuter eller mer, inte {limit}</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/method_messages.py" line="29"/>
        <source>the destination values must be numbers (or NaN where a destination has none)</source>
        <translation>målpunkternas värden måste vara tal (eller NaN där en målpunkt saknar värde)</translation>
    </message>
</context>
<context>
    <name>PublishProject</name>
    <message>
        <location filename="../processing_algorithms/maps/publishproject.py" line="39"/>
        <source>Publish strukturbild as QGIS project (QGIS Server, Lizmap)</source>
        <translation>Publicera strukturbild som QGIS-projekt (QGIS Server, Lizmap)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/publishproject.py" line="46"/>
        <source>Writes a QGIS project that a region puts on its map server (QGIS Server, or Lizmap) or opens in QGIS Desktop: the element layers of the strukturbild GeoPackage and the analysis layers, styled from the style library as on the printed map, grouped by structure (Bebyggelse, Kommunikationer, Natur och friluftsliv, Underlag, Analyser) with Swedish names, field aliases and drop-down lists, one print layout per template of the library, and the service settings: the CRSs EPSG:3006, 3857 and 4326, every layer published over WMS, WFS and OGC API Features, and feature info with each feature&apos;s name.</source>
        <translation>Skriver ett QGIS-projekt som en region lägger på sin kartserver (QGIS Server eller Lizmap) eller öppnar i QGIS Desktop: elementlagren i strukturbildens GeoPackage och analyslagren, med stilar från stilbiblioteket som på den utskrivna kartan, grupperade efter struktur (Bebyggelse, Kommunikationer, Natur och friluftsliv, Underlag, Analyser) med svenska namn, fältalias och rullgardinslistor, en utskriftslayout per mall i biblioteket, samt tjänsteinställningarna: koordinatsystemen EPSG:3006, 3857 och 4326, alla lager publicerade via WMS, WFS och OGC API Features, och objektinformation med varje objekts namn.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/publishproject.py" line="46"/>
        <source>the strukturbild; its empty element layers are left out.</source>
        <translation>strukturbilden; dess tomma elementlager utelämnas.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/publishproject.py" line="46"/>
        <source>analysis layers keep their own style; element layers from elsewhere are matched to an element type as in &apos;Assemble strukturbild map&apos;.</source>
        <translation>analyslager behåller sin egen stil; elementlager från andra källor kopplas till en elementtyp som i 'Sätt ihop strukturbildskarta'.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/publishproject.py" line="46"/>
        <source>the service&apos;s title and description.</source>
        <translation>tjänstens titel och beskrivning.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/publishproject.py" line="46"/>
        <source>the service&apos;s contact.</source>
        <translation>tjänstens kontaktuppgifter.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/publishproject.py" line="46"/>
        <source>printed on the layouts.</source>
        <translation>skrivs ut på layouterna.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/publishproject.py" line="46"/>
        <source>a folder with the region&apos;s shared styles and templates; empty: the library set in the Strukturbild settings, else the bundled one.</source>
        <translation>en mapp med regionens gemensamma stilar och mallar; tomt: biblioteket som har angetts i Strukturbild-inställningarna, annars det medföljande.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/publishproject.py" line="46"/>
        <source>a .qgz project, or a .qgs project for Lizmap (which reads only .qgs; configure it with the Lizmap plugin afterwards).</source>
        <translation>ett .qgz-projekt, eller ett .qgs-projekt för Lizmap (som bara läser .qgs; konfigurera det med insticksprogrammet Lizmap efteråt).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/publishproject.py" line="46"/>
        <source>The project reads its data by paths relative to itself, so its folder can be copied to the server as it is. Data inside the project&apos;s folder is used where it is; data kept elsewhere is copied into a folder beside the project named after it (strukturbild.qgz: strukturbild_data; earlier copies there are replaced). Pictures of the layouts are embedded in the project.</source>
        <translation>Projektet läser sina data via sökvägar relativt sig självt, så dess mapp kan kopieras till servern som den är. Data i projektets mapp används där de ligger; data som ligger någon annanstans kopieras till en mapp bredvid projektet som har projektets namn (strukturbild.qgz: strukturbild_data; tidigare kopior där ersätts). Bilder i layouterna bäddas in i projektet.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/publishproject.py" line="70"/>
        <source>Strukturbild GeoPackage</source>
        <translation>Strukturbilds-GeoPackage</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/publishproject.py" line="72"/>
        <source>Analysis layers (with their own style) or extra element layers</source>
        <translation>Analyslager (med egen stil) eller extra elementlager</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/publishproject.py" line="75"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/publishproject.py" line="120"/>
        <source>Strukturbild</source>
        <translation>Strukturbild</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/publishproject.py" line="77"/>
        <source>Abstract (service description)</source>
        <translation>Sammanfattning (beskrivning av tjänsten)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/publishproject.py" line="79"/>
        <source>Contact organisation</source>
        <translation>Kontaktorganisation</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/publishproject.py" line="81"/>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/publishproject.py" line="83"/>
        <source>Contact e-mail</source>
        <translation>Kontaktens e-postadress</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/publishproject.py" line="85"/>
        <source>Sources (printed on the layouts as 'Källa: …')</source>
        <translation>Källor (skrivs ut på layouterna som 'Källa: …')</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/publishproject.py" line="87"/>
        <source>Style library folder (empty: configured or bundled)</source>
        <translation>Mapp för stilbibliotek (tomt: det inställda eller det medföljande)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/publishproject.py" line="90"/>
        <source>QGIS project</source>
        <translation>QGIS-projekt</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/publishproject.py" line="90"/>
        <source>QGIS project (*.qgz);;QGIS project for Lizmap (*.qgs)</source>
        <translation>QGIS-projekt (*.qgz);;QGIS-projekt för Lizmap (*.qgs)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/publishproject.py" line="93"/>
        <source>Layers published</source>
        <translation>Publicerade lager</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/publishproject.py" line="94"/>
        <source>Print layouts</source>
        <translation>Utskriftslayouter</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/publishproject.py" line="101"/>
        <source>OUTPUT must be a QGIS project file ending in .qgz (or .qgs for Lizmap): {path}</source>
        <translation>OUTPUT måste vara en QGIS-projektfil som slutar på .qgz (eller .qgs för Lizmap): {path}</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/publishproject.py" line="105"/>
        <source>{path} is a file, but the project keeps copies of its data in a folder of that name. Move the file or choose another project name.</source>
        <translation>{path} är en fil, men projektet sparar kopior av sina data i en mapp med det namnet. Flytta filen eller välj ett annat projektnamn.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/publishproject.py" line="113"/>
        <source>Give the strukturbild GeoPackage to publish (STRUKTURBILD).</source>
        <translation>Ange strukturbildens GeoPackage som ska publiceras (STRUKTURBILD).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/publishproject.py" line="133"/>
        <source>{source} is copied to {copy}; the project reads the copy.</source>
        <translation>{source} kopieras till {copy}; projektet läser kopian.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/publishproject.py" line="136"/>
        <source>{source} is inside the project&apos;s folder and is used where it is.</source>
        <translation>{source} ligger i projektets mapp och används där den ligger.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/publishproject.py" line="138"/>
        <source>Project written to {path}: {n} layers ({layers}), layouts {layouts}. Copy its folder to the map server as it is.</source>
        <translation>Projektet har skrivits till {path}: {n} lager ({layers}), layouter {layouts}. Kopiera dess mapp till kartservern som den är.</translation>
    </message>
</context>
<context>
    <name>RuralTypology</name>
    <message>
        <location filename="../processing_algorithms/accessibility/ruraltypology.py" line="47"/>
        <source>Rural typology (tätort, tätortsnära landsbygd, glesbygd)</source>
        <translation>Landsbygdstypologi (tätort, tätortsnära landsbygd, glesbygd)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/ruraltypology.py" line="77"/>
        <source>Grid cells or areas to classify (polygons or points)</source>
        <translation>Rutor eller områden att klassa (polygoner eller punkter)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/ruraltypology.py" line="83"/>
        <source>Tätorter (polygons or points)</source>
        <translation>Tätorter (polygoner eller punkter)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/ruraltypology.py" line="86"/>
        <source>Tätort population field</source>
        <translation>Fält med tätortens befolkning</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/ruraltypology.py" line="93"/>
        <source>Tätorter larger than (inhabitants)</source>
        <translation>Tätorter större än (invånare)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/ruraltypology.py" line="96"/>
        <source>Tätortsnära within (minutes by car)</source>
        <translation>Tätortsnära inom (minuter med bil)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/ruraltypology.py" line="89"/>
        <source>Road network (lines; empty: straight-line estimate)</source>
        <translation>Vägnät (linjer; tomt: uppskattning fågelvägen)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/ruraltypology.py" line="103"/>
        <source>Classified cells or areas</source>
        <translation>Klassade rutor eller områden</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/ruraltypology.py" line="104"/>
        <source>Areas with population shares per class</source>
        <translation>Områden med befolkningsandelar per klass</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/ruraltypology.py" line="123"/>
        <source>The working CRS</source>
        <translation>Arbetskoordinatsystemet</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/ruraltypology.py" line="128"/>
        <source>No tätort in '{layer}' has more than {n} inhabitants in '{field}'.</source>
        <translation>Ingen tätort i '{layer}' har fler än {n} invånare i '{field}'.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/ruraltypology.py" line="149"/>
        <source>No road network: travel times are an estimate ({text}).</source>
        <translation>Inget vägnät: restiderna är en uppskattning ({text}).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/ruraltypology.py" line="157"/>
        <source>No tätort lies near enough to the road network.</source>
        <translation>Ingen tätort ligger tillräckligt nära vägnätet.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/ruraltypology.py" line="161"/>
        <source>{n} cell(s) are farther than {m:g} m from the road network: they have no travel time and are classed as glesbygd unless inside a tätort.</source>
        <translation>{n} ruta/rutor ligger längre än {m:g} m från vägnätet: de har ingen restid och klassas som glesbygd om de inte ligger i en tätort.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/ruraltypology.py" line="165"/>
        <source>road network</source>
        <translation>vägnät</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/ruraltypology.py" line="173"/>
        <source>The input already has a field &apos;{field}&apos;; rename it first.</source>
        <translation>Indata har redan ett fält '{field}'; byt namn på det först.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/ruraltypology.py" line="191"/>
        <source>{cells} cells or areas: tätort {t}, tätortsnära landsbygd {n}, glesbygd {g} ({method}).</source>
        <translation>{cells} rutor eller områden: tätort {t}, tätortsnära landsbygd {n}, glesbygd {g} ({method}).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/ruraltypology.py" line="50"/>
        <source>Classes grid cells or areas as Glesbygdsverket and Tillväxtverket do: 'tatort' inside a tätort with more than 3,000 inhabitants, 'tatortsnara_landsbygd' within 45 minutes by car of such a tätort, 'glesbygd' farther away. Both thresholds can be changed.</source>
        <translation>Klassar rutor eller områden som Glesbygdsverket och Tillväxtverket gör: 'tatort' inne i en tätort med fler än 3 000 invånare, 'tatortsnara_landsbygd' inom 45 minuter med bil från en sådan tätort, 'glesbygd' längre bort. Båda gränserna kan ändras.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/ruraltypology.py" line="50"/>
        <source>polygons (placed by their point on surface) or points, e.g. a population grid.</source>
        <translation>polygoner (placeras efter sin punkt på ytan) eller punkter, t.ex. ett befolkningsrutnät.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/ruraltypology.py" line="50"/>
        <source>the population of each cell, for the shares per area; empty: each cell counts 1.</source>
        <translation>befolkningen i varje ruta, för andelarna per område; tomt: varje ruta räknas som 1.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/ruraltypology.py" line="50"/>
        <source>SCB's tätorter as polygons (a cell is inside when its point on surface is) or as points (the cell or area that contains the point counts as tätort).</source>
        <translation>SCB:s tätorter som polygoner (en ruta ligger inne i tätorten när dess punkt på ytan gör det) eller som punkter (den ruta eller det område som innehåller punkten räknas som tätort).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/ruraltypology.py" line="50"/>
        <source>the inhabitants of each tätort.</source>
        <translation>antalet invånare i varje tätort.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/ruraltypology.py" line="50"/>
        <source>the roads for the travel time by car, read as in &apos;Travel time and accessibility&apos;. Empty: the straight-line estimate (see the detour factor), marked in access_method.</source>
        <translation>vägarna för restiden med bil, som läses in som i 'Restid och tillgänglighet'. Tomt: uppskattningen fågelvägen (se omvägsfaktorn), vilket anges i access_method.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/ruraltypology.py" line="50"/>
        <source>areas such as kommuner or border zones: the share of the population in each class per area is written to the areas output.</source>
        <translation>områden som kommuner eller gränszoner: andelen av befolkningen i varje klass per område skrivs till utdata för områdena.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/ruraltypology.py" line="50"/>
        <source>only tätorter larger than this count (3,000 in the national typology).</source>
        <translation>bara tätorter som är större än så här räknas (3 000 i den nationella typologin).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/ruraltypology.py" line="50"/>
        <source>cells within this time by car of such a tätort are 'tatortsnara_landsbygd' (45 in the national typology).</source>
        <translation>rutor inom denna restid med bil från en sådan tätort blir 'tatortsnara_landsbygd' (45 i den nationella typologin).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/ruraltypology.py" line="50"/>
        <source>the cells or areas with klass, time_min (to the nearest tätort large enough), access_method and strukturbild_typ, so that the layer draws as landsbygdstypologi in a strukturbild map.</source>
        <translation>rutorna eller områdena med fälten klass, time_min (till närmaste tillräckligt stora tätort), access_method och strukturbild_typ, så att lagret ritas som landsbygdstypologi på en strukturbildskarta.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/ruraltypology.py" line="50"/>
        <source>the areas with share_tatort, share_tatortsnara_landsbygd and share_glesbygd.</source>
        <translation>områdena med share_tatort, share_tatortsnara_landsbygd och share_glesbygd.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/ruraltypology.py" line="80"/>
        <source>Population field (for the shares)</source>
        <translation>Befolkningsfält (för andelarna)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/ruraltypology.py" line="90"/>
        <source>Areas for population shares (kommuner, border zones)</source>
        <translation>Områden för befolkningsandelar (kommuner, gränszoner)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/ruraltypology.py" line="147"/>
        <source>estimate: straight line × {f} at {v} km/h</source>
        <translation>uppskattning: fågelvägen × {f} i {v} km/h</translation>
    </message>
</context>
<context>
    <name>ServiceArea</name>
    <message>
        <location filename="../processing_algorithms/accessibility/servicearea.py" line="45"/>
        <source>Service areas (isochrones)</source>
        <translation>Serviceområden (isokroner)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/servicearea.py" line="68"/>
        <source>Road network (lines)</source>
        <translation>Vägnät (linjer)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/servicearea.py" line="69"/>
        <source>Destinations (points or polygons)</source>
        <translation>Målpunkter (punkter eller polygoner)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/servicearea.py" line="72"/>
        <source>Destination id field (empty: feature id)</source>
        <translation>Id-fält för målpunkter (tomt: objekt-id)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/servicearea.py" line="75"/>
        <source>Time breaks (minutes, comma-separated)</source>
        <translation>Tidsgränser (minuter, kommaseparerade)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/servicearea.py" line="77"/>
        <source>One service area per destination</source>
        <translation>Ett serviceområde per målpunkt</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/servicearea.py" line="79"/>
        <source>Polygon buffer around the reached roads (m)</source>
        <translation>Buffert runt de nådda vägarna (m)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/servicearea.py" line="85"/>
        <source>Service areas (polygons)</source>
        <translation>Serviceområden (polygoner)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/servicearea.py" line="87"/>
        <source>Reached roads</source>
        <translation>Nådda vägar</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/servicearea.py" line="90"/>
        <source>Service areas</source>
        <translation>Serviceområden</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/servicearea.py" line="108"/>
        <source>BREAKS must be numbers of minutes separated by commas, e.g. 15,30,45,60,90 (got &apos;{text}&apos;).</source>
        <translation>BREAKS ska vara antal minuter åtskilda av kommatecken, t.ex. 15,30,45,60,90 (fick '{text}').</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/servicearea.py" line="111"/>
        <source>BREAKS must hold at least one time greater than 0 minutes.</source>
        <translation>BREAKS måste innehålla minst en tid större än 0 minuter.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/servicearea.py" line="131"/>
        <source>No destination lies near enough to the road network.</source>
        <translation>Ingen målpunkt ligger tillräckligt nära vägnätet.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/servicearea.py" line="133"/>
        <source>{n} destination(s) are too far from the network and were left out.</source>
        <translation>{n} målpunkt(er) ligger för långt från vägnätet och utelämnades.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/servicearea.py" line="191"/>
        <source>{n} service area(s) for the breaks {breaks} minutes.</source>
        <translation>{n} serviceområde(n) för tidsgränserna {breaks} minuter.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/servicearea.py" line="113"/>
        <source>BREAKS must be times of at most {most:g} minutes (a day), not &apos;{text}&apos;.</source>
        <translation>BREAKS måste vara tider på högst {most:g} minuter (ett dygn), inte '{text}'.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/servicearea.py" line="48"/>
        <source>Service areas (isochrones): the parts of the road network that can be reached within each time break from the destinations, and polygons around them. There is no upper limit of 60 minutes.</source>
        <translation>Serviceområden (isokroner): de delar av vägnätet som kan nås inom varje tidsgräns från målpunkterna, och polygoner runt dem. Det finns ingen övre gräns på 60 minuter.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/servicearea.py" line="48"/>
        <source>the places the areas are drawn around (points, or polygons by their point on surface); each joins the nearest road at its nearest point.</source>
        <translation>platserna som områdena ritas runt (punkter, eller polygoner via sin punkt på ytan); var och en ansluts till närmaste väg i dess närmaste punkt.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/servicearea.py" line="48"/>
        <source>the name or code written in the field destination when each destination gets its own areas; empty: the feature id.</source>
        <translation>namnet eller koden som skrivs i fältet destination när varje målpunkt får egna områden; tomt: objekt-id.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/servicearea.py" line="48"/>
        <source>the times in minutes, separated by commas, e.g. 15,30,45,60,90; at most 1440 minutes. A list that cannot be read is refused when the parameters are checked, before the run.</source>
        <translation>tiderna i minuter, åtskilda av kommatecken, t.ex. 15,30,45,60,90; högst 1440 minuter. En lista som inte går att läsa avvisas när parametrarna kontrolleras, före körningen.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/servicearea.py" line="48"/>
        <source>off: all destinations together give one area per time break; on: one area per destination and time break (field destination).</source>
        <translation>av: alla målpunkter tillsammans ger ett område per tidsgräns; på: ett område per målpunkt och tidsgräns (fältet destination).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/servicearea.py" line="48"/>
        <source>the reached roads, cut exactly where the time runs out, are buffered by this many metres and dissolved per time break.</source>
        <translation>de nådda vägarna, kapade exakt där tiden tar slut, buffras med så här många meter och slås samman per tidsgräns.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/servicearea.py" line="48"/>
        <source>one polygon per time break (field break_min), and per destination with the option above.</source>
        <translation>en polygon per tidsgräns (fältet break_min), och per målpunkt med alternativet ovan.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/servicearea.py" line="48"/>
        <source>the roads reached within each time break, as lines.</source>
        <translation>vägarna som nås inom varje tidsgräns, som linjer.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/servicearea.py" line="137"/>
        <source>{n} destination(s) lie nearest to a part of the road network cut off from its largest part: their service areas cover only that part ({km} km of road). Check the network&apos;s connectivity (TOLERANCE joins line ends that nearly meet).</source>
        <translation>{n} målpunkt(er) ligger närmast en del av vägnätet som är avskuren från dess största del: deras serviceområden täcker bara den delen ({km} km väg). Kontrollera att vägnätet hänger ihop (TOLERANCE förbinder linjeändar som nästan möts).</translation>
    </message>
</context>
<context>
    <name>StrukturbildAlgorithm</name>
    <message>
        <location filename="../processing_algorithms/base.py" line="79"/>
        <source>Strukturbild maps</source>
        <translation>Strukturbildskartor</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/base.py" line="80"/>
        <source>Functional connections</source>
        <translation>Funktionella samband</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/base.py" line="81"/>
        <source>Accessibility</source>
        <translation>Tillgänglighet</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/base.py" line="82"/>
        <source>Border areas</source>
        <translation>Gränsområden</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/base.py" line="83"/>
        <source>Green infrastructure</source>
        <translation>Grön infrastruktur</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/base.py" line="507"/>
        <source>{what} has no coordinate reference system. Set its CRS (Layer Properties › Source) and run again.</source>
        <translation>{what} saknar koordinatsystem. Ange koordinatsystemet (Lageregenskaper › Källa) och kör igen.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/base.py" line="511"/>
        <source>{what} is in a geographic CRS ({crs}, degrees). Strukturbild measures in metres: reproject it to a projected CRS such as SWEREF 99 TM (EPSG:3006) with &apos;Reproject layer&apos; and run again.</source>
        <translation>{what} har ett geografiskt koordinatsystem ({crs}, grader). Strukturbild mäter i meter: projicera om till ett projicerat koordinatsystem, till exempel SWEREF 99 TM (EPSG:3006), med 'Projicera om lager' och kör igen.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/base.py" line="238"/>
        <source>Cancelled: no output was written.</source>
        <translation>Avbrutet: inga utdata skrevs.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/base.py" line="539"/>
        <source>The layer '{name}' has no coordinate reference system. Set its CRS (Layer Properties › Source) and run again.</source>
        <translation>Lagret '{name}' saknar koordinatsystem. Ange det (Lageregenskaper › Källa) och kör igen.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/base.py" line="549"/>
        <source>The working CRS (TARGET_CRS)</source>
        <translation>Arbetskoordinatsystemet (TARGET_CRS)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/base.py" line="551"/>
        <source>Layers in {crss} are reprojected to {target} ({name}) for every distance and area.</source>
        <translation>Lager i {crss} projiceras om till {target} ({name}) för alla avstånd och ytor.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/base.py" line="556"/>
        <source>Working CRS: {target} ({name}).</source>
        <translation>Arbetskoordinatsystem: {target} ({name}).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/base.py" line="252"/>
        <source>A file could not be read or written: {path} ({reason}). Check that the file exists and that you may write to its folder, then run again; no output was written.</source>
        <translation>En fil kunde inte läsas eller skrivas: {path} ({reason}). Kontrollera att filen finns och att du får skriva i dess mapp, och kör sedan igen; inga utdata skrevs.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/base.py" line="259"/>
        <source>{algorithm} stopped on an unexpected problem; no output was written. Please report it to the plugin&apos;s authors with the log of this run.</source>
        <translation>{algorithm} avbröts av ett oväntat problem; inga utdata skrevs. Rapportera det till insticksprogrammets utvecklare och bifoga loggen från den här körningen.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/base.py" line="308"/>
        <source>Feature {fid} of the layer '{layer}' ({name}) has an invalid geometry: {reason}. Fix it (Vector › Geometry Tools › Fix Geometries) or set Processing's 'Invalid features filtering' to skip invalid features, and run again.</source>
        <translation>Objekt {fid} i lagret '{layer}' ({name}) har en ogiltig geometri: {reason}. Laga den (Vektor › Geometriverktyg › Laga geometrier) eller ställ in Processing-inställningen 'Invalid features filtering' så att ogiltiga objekt hoppas över, och kör igen.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/base.py" line="308"/>
        <source>not valid</source>
        <translation>ogiltig</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/base.py" line="496"/>
        <source>{what} is in {crs} ({unit}), not in metres: it is reprojected to {target} ({name}) for every distance and area.</source>
        <translation>{what} har koordinatsystemet {crs} ({unit}), inte meter: det projiceras om till {target} ({name}) för alla avstånd och ytor.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/base.py" line="517"/>
        <source>{what} is in {crs}, whose unit is {unit}. Strukturbild measures in metres: reproject it to a CRS in metres such as SWEREF 99 TM (EPSG:3006) and run again.</source>
        <translation>{what} har koordinatsystemet {crs}, vars enhet är {unit}. Strukturbild mäter i meter: projicera om till ett koordinatsystem i meter, till exempel SWEREF 99 TM (EPSG:3006), och kör igen.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/base.py" line="572"/>
        <source>The larger parts of the work run on the dask cluster at {address} ({n} worker threads; setting {key}).</source>
        <translation>De större delarna av arbetet körs på dask-klustret på {address} ({n} arbetstrådar; inställning {key}).</translation>
    </message>
</context>
<context>
    <name>StrukturbildModel</name>
    <message>
        <location filename="../processing_algorithms/models/__init__.py" line="27"/>
        <source>Models</source>
        <translation>Modeller</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/models/__init__.py" line="36"/>
        <source>Border-area analysis for sparse geographies, reusable as a model: border zones along the land borders of the selected regions (Border zones), what the border costs in access to services for the population (Border access, per origin and per zone), a profile of each zone with rural typology and travel times to tätorter and an HTML report (Area profile), and a map of the zones and the origins (Assemble strukturbild map).

Each zone is labelled by its field 'zon' (region, band and unit, e.g. '05 0–10 km'), which the profile and the report use. Without a road network, travel times are a straight-line estimate, which the outputs say. Open the model in the Model Designer (toolbox context menu) to change a step or a setting and save your own copy.</source>
        <translation>Gränsbygdsanalys för glest befolkade områden, återanvändbar som modell: gränszoner längs de valda regionernas landgränser (Gränsbygd), vad gränsen kostar befolkningen i tillgång till service (Tillgänglighet över gränsen, per startpunkt och per zon), en profil för varje zon med landsbygdstypologi och restider till tätorter samt en HTML-rapport (Områdesprofil), och en karta över zonerna och startpunkterna (Sätt ihop strukturbildskarta).

Varje zon får en beteckning i fältet 'zon' (region, band och enhet, t.ex. '05 0–10 km'), som profilen och rapporten använder. Utan vägnät är restiderna en uppskattning fågelvägen, vilket anges i resultaten. Öppna modellen i modellbyggaren (verktygslådans snabbmeny) för att ändra ett steg eller en inställning och spara en egen kopia.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/models/__init__.py" line="47"/>
        <source>Regions (polygon layers: län, kommuner, national units)</source>
        <translation>Regioner (polygonlager: län, kommuner, nationella enheter)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/models/__init__.py" line="48"/>
        <source>Region id field (present in every region layer)</source>
        <translation>Fält med region-id (finns i varje regionlager)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/models/__init__.py" line="49"/>
        <source>Selected region ids (comma-separated; empty: all)</source>
        <translation>Valda region-id (kommaseparerade; tomt: alla)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/models/__init__.py" line="50"/>
        <source>Borders</source>
        <translation>Gränser</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/models/__init__.py" line="51"/>
        <source>Internal borders between the selected regions</source>
        <translation>Inre gränser mellan de valda regionerna</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/models/__init__.py" line="52"/>
        <source>All land borders of the selected regions</source>
        <translation>Alla landgränser för de valda regionerna</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/models/__init__.py" line="53"/>
        <source>Band upper bounds (comma-separated, km or minutes)</source>
        <translation>Bandens övre gränser (kommaseparerade, km eller minuter)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/models/__init__.py" line="54"/>
        <source>Bands measured as</source>
        <translation>Banden mäts som</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/models/__init__.py" line="55"/>
        <source>Distance (km)</source>
        <translation>Avstånd (km)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/models/__init__.py" line="56"/>
        <source>Travel time (minutes)</source>
        <translation>Restid (minuter)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/models/__init__.py" line="57"/>
        <source>Population (points or polygons: grid cells, tätorter)</source>
        <translation>Befolkning (punkter eller polygoner: rutor, tätorter)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/models/__init__.py" line="58"/>
        <source>Population field (empty: 1 per feature)</source>
        <translation>Befolkningsfält (tomt: 1 per objekt)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/models/__init__.py" line="59"/>
        <source>Services (points: schools, health centres, shops)</source>
        <translation>Service (punkter: skolor, vårdcentraler, butiker)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/models/__init__.py" line="60"/>
        <source>Tätorter (points or polygons)</source>
        <translation>Tätorter (punkter eller polygoner)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/models/__init__.py" line="61"/>
        <source>Tätort population field</source>
        <translation>Fält med tätortens befolkning</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/models/__init__.py" line="62"/>
        <source>Tätort sizes for the profile (comma-separated inhabitants)</source>
        <translation>Tätortsstorlekar för profilen (invånare, kommaseparerade)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/models/__init__.py" line="64"/>
        <source>Road network (lines; empty: straight-line estimate)</source>
        <translation>Vägnät (linjer; tomt: uppskattning fågelvägen)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/models/__init__.py" line="98"/>
        <source>Strukturbild GeoPackage drawn under the results (optional)</source>
        <translation>Strukturbilds-GeoPackage som ritas under resultaten (valfritt)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/models/__init__.py" line="100"/>
        <source>Layout template (library name or .qpt file)</source>
        <translation>Layoutmall (namn i biblioteket eller .qpt-fil)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/models/__init__.py" line="101"/>
        <source>Map title</source>
        <translation>Kartans titel</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/models/__init__.py" line="102"/>
        <source>Sources printed on the map</source>
        <translation>Källor som skrivs ut på kartan</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/models/__init__.py" line="70"/>
        <source>Border zones</source>
        <translation>Gränszoner</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/models/__init__.py" line="71"/>
        <source>Origins with border access</source>
        <translation>Startpunkter med tillgänglighet över gränsen</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/models/__init__.py" line="72"/>
        <source>Border zones with border access</source>
        <translation>Gränszoner med tillgänglighet över gränsen</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/models/__init__.py" line="73"/>
        <source>Zone profiles</source>
        <translation>Zonprofiler</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/models/__init__.py" line="74"/>
        <source>Zone profile report</source>
        <translation>Rapport med zonprofiler</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/models/__init__.py" line="107"/>
        <source>Map (PDF, PNG or SVG)</source>
        <translation>Karta (PDF, PNG eller SVG)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/models/__init__.py" line="78"/>
        <source>Functional regions and their map from one commuting matrix: the regions (Functional regions: SCB LA, TTWA or Intramax) with an HTML report, the commuting flows as lines between the zones (Flow lines), and a map of both (Assemble strukturbild map).

The flow lines are drawn between the zones of the regions&apos; output, so their ids and names are the zones&apos;. Open the model in the Model Designer (toolbox context menu) to change a step or a setting and save your own copy.</source>
        <translation>Funktionella regioner och deras karta från en enda pendlingsmatris: regionerna (Funktionella regioner: SCB LA, TTWA eller Intramax) med en HTML-rapport, pendlingsflödena som linjer mellan zonerna (Flödeslinjer), och en karta över båda (Sätt ihop strukturbildskarta).

Flödeslinjerna ritas mellan zonerna i regionernas utdata, så deras id och namn är zonernas. Öppna modellen i modellbyggaren (verktygslådans snabbmeny) för att ändra ett steg eller en inställning och spara en egen kopia.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/models/__init__.py" line="86"/>
        <source>Zones (kommuner, DeSO, grid cells)</source>
        <translation>Zoner (kommuner, DeSO, rutor)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/models/__init__.py" line="87"/>
        <source>Zone id field</source>
        <translation>Fält för zon-id</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/models/__init__.py" line="88"/>
        <source>Zone name field (for region and line names)</source>
        <translation>Fält för zonnamn (till region- och linjenamnen)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/models/__init__.py" line="89"/>
        <source>Commuting flows (OD table: residence, workplace, count)</source>
        <translation>Pendlingsflöden (OD-tabell: bostadskommun, arbetsställekommun, antal)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/models/__init__.py" line="90"/>
        <source>Residence (origin) id field</source>
        <translation>Id-fält för bostadskommun (ursprung)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/models/__init__.py" line="91"/>
        <source>Workplace (destination) id field</source>
        <translation>Id-fält för arbetsställekommun (destination)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/models/__init__.py" line="92"/>
        <source>Count field (employed persons)</source>
        <translation>Antalsfält (sysselsatta personer)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/models/__init__.py" line="93"/>
        <source>Method</source>
        <translation>Metod</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/models/__init__.py" line="94"/>
        <source>SCB lokala arbetsmarknader (LA)</source>
        <translation>SCB:s lokala arbetsmarknader (LA)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/models/__init__.py" line="95"/>
        <source>CURDS / Coombes–Bond TTWA</source>
        <translation>CURDS / Coombes–Bond TTWA</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/models/__init__.py" line="96"/>
        <source>Intramax</source>
        <translation>Intramax</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/models/__init__.py" line="97"/>
        <source>Smallest flow drawn</source>
        <translation>Minsta flöde som ritas</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/models/__init__.py" line="103"/>
        <source>Zones with their region</source>
        <translation>Zoner med sin region</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/models/__init__.py" line="104"/>
        <source>Functional regions</source>
        <translation>Funktionella regioner</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/models/__init__.py" line="105"/>
        <source>Functional regions report</source>
        <translation>Rapport över funktionella regioner</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/models/__init__.py" line="106"/>
        <source>Flow lines</source>
        <translation>Flödeslinjer</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/models/__init__.py" line="238"/>
        <source>The model {path} could not be read: reinstall the Strukturbild plugin.</source>
        <translation>Modellen {path} kunde inte läsas: installera om insticksprogrammet Strukturbild.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/models/__init__.py" line="273"/>
        <source>Open in Model Designer…</source>
        <translation>Öppna i modellbyggaren…</translation>
    </message>
</context>
<context>
    <name>StrukturbildProvider</name>
    <message>
        <location filename="../processing_algorithms/provider.py" line="15"/>
        <source>Strukturbild</source>
        <translation>Strukturbild</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/provider.py" line="18"/>
        <source>Strukturbild: regional structure maps and functional geographies</source>
        <translation>Strukturbild: regionala strukturbilder och funktionella geografier</translation>
    </message>
</context>
<context>
    <name>TravelTime</name>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="71"/>
        <source>Travel time and accessibility</source>
        <translation>Restid och tillgänglighet</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="144"/>
        <source>Road network (lines; empty: straight-line estimate)</source>
        <translation>Vägnät (linjer; tomt: uppskattning fågelvägen)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="202"/>
        <source>Speed field (km/h; empty: NVDB/OSM fields or the default speed)</source>
        <translation>Hastighetsfält (km/h; tomt: NVDB/OSM-fält eller standardhastigheten)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="205"/>
        <source>Default speed (km/h)</source>
        <translation>Standardhastighet (km/h)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="211"/>
        <source>Snapping tolerance between line ends (m)</source>
        <translation>Fästtolerans mellan linjeändar (m)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="140"/>
        <source>Origins (points or polygons)</source>
        <translation>Startpunkter (punkter eller polygoner)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="248"/>
        <source>Destinations (points or polygons)</source>
        <translation>Målpunkter (punkter eller polygoner)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="251"/>
        <source>Destination weight field (jobs, places; empty: 1 each)</source>
        <translation>Viktfält för målpunkter (arbetstillfällen, platser; tomt: 1 vardera)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="255"/>
        <source>Destination id field (empty: feature id)</source>
        <translation>Id-fält för målpunkter (tomt: objekt-id)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="155"/>
        <source>Demand field on the origins (2SFCA)</source>
        <translation>Efterfrågefält för startpunkterna (2SFCA)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="145"/>
        <source>Measure</source>
        <translation>Mått</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="145"/>
        <source>Time to the nearest destination</source>
        <translation>Restid till närmaste målpunkt</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="145"/>
        <source>Opportunities within the threshold</source>
        <translation>Möjligheter inom tröskelvärdet</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="145"/>
        <source>Gravity</source>
        <translation>Gravitationsmått</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="145"/>
        <source>2SFCA</source>
        <translation>2SFCA</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="149"/>
        <source>Threshold (minutes)</source>
        <translation>Tröskelvärde (minuter)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="261"/>
        <source>Access speed off the network (km/h)</source>
        <translation>Anslutningshastighet utanför vägnätet (km/h)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="264"/>
        <source>Largest distance to the network (m)</source>
        <translation>Största avstånd till vägnätet (m)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="269"/>
        <source>Detour factor for the straight-line estimate</source>
        <translation>Omvägsfaktor för uppskattningen fågelvägen</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="176"/>
        <source>Origins with accessibility</source>
        <translation>Startpunkter med tillgänglighet</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="180"/>
        <source>Origins</source>
        <translation>Startpunkter</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="180"/>
        <source>Origins off the network</source>
        <translation>Startpunkter utanför vägnätet</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="180"/>
        <source>Origins that can reach no destination</source>
        <translation>Startpunkter som inte når någon målpunkt</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="180"/>
        <source>Median time to the nearest destination (minutes)</source>
        <translation>Medianrestid till närmaste målpunkt (minuter)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="310"/>
        <source>Road layer recognised as {schema}: speeds and directions from its fields.</source>
        <translation>Väglagret identifierades som {schema}: hastigheter och färdriktningar hämtas från dess fält.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="338"/>
        <source>{n} road(s) have no usable speed in &apos;{field}&apos; (zero, empty or text); they use the default speed {speed:g} km/h.</source>
        <translation>{n} väg(ar) saknar användbar hastighet i '{field}' (noll, tomt eller text); de får standardhastigheten {speed:g} km/h.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="357"/>
        <source>{n} zero-length segment(s) of the road network were left out.</source>
        <translation>{n} segment med längden noll i vägnätet utelämnades.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="363"/>
        <source>Road network: {nodes} nodes, {edges} edges.</source>
        <translation>Vägnät: {nodes} noder, {edges} länkar.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="439"/>
        <source>The destinations layer has no features with a geometry.</source>
        <translation>Målpunktslagret har inga objekt med geometri.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="462"/>
        <source>Gravity and 2SFCA need a road network (NETWORK).</source>
        <translation>Gravitationsmått och 2SFCA kräver ett vägnät (NETWORK).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="467"/>
        <source>No road network: travel times are an estimate ({text}).</source>
        <translation>Inget vägnät: restiderna är en uppskattning ({text}).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="490"/>
        <source>The working CRS</source>
        <translation>Arbetskoordinatsystemet</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="497"/>
        <source>{n} destination(s) are farther than {m:g} m from the network and were left out.</source>
        <translation>{n} målpunkt(er) ligger längre än {m:g} m från vägnätet och utelämnades.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="557"/>
        <source>2SFCA needs DEMAND_FIELD on the origins (e.g. population).</source>
        <translation>2SFCA kräver DEMAND_FIELD på startpunkterna (t.ex. befolkning).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="577"/>
        <source>road network</source>
        <translation>vägnät</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="579"/>
        <source>{n} origin(s) are farther than the largest snap distance from the network: their values are NULL.</source>
        <translation>{n} startpunkt(er) ligger längre från vägnätet än det största anslutningsavståndet: deras värden är NULL.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="591"/>
        <source>The origins already have a field &apos;{field}&apos;; rename it first.</source>
        <translation>Startpunkterna har redan ett fält '{field}'; byt namn på det först.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="618"/>
        <source>{n} origins; median time to the nearest destination {t} min ({method}).</source>
        <translation>{n} startpunkter; medianrestid till närmaste målpunkt {t} min ({method}).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="180"/>
        <source>Origins attached farther than their nearest road (it was cut off from every destination)</source>
        <translation>Startpunkter som anslutits längre bort än sin närmaste väg (den var avskuren från alla målpunkter)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="342"/>
        <source>{n} road(s) have a value in &apos;{field}&apos; that is not a recognised one-way code ({examples}): they are taken as two-way. Recognised: yes/no/-1/reverse, FT/TF/B/N, 1/-1/0, F/T, true/false.</source>
        <translation>{n} väg(ar) har ett värde i '{field}' som inte är en igenkänd kod för enkelriktning ({examples}): de behandlas som dubbelriktade. Igenkända koder: yes/no/-1/reverse, FT/TF/B/N, 1/-1/0, F/T, true/false.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="347"/>
        <source>{n} road(s) are closed in both directions (one-way code N, or both directions forbidden) and were left out.</source>
        <translation>{n} väg(ar) är avstängda i båda riktningarna (enkelriktningskod N, eller förbud i båda färdriktningarna) och utelämnades.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="351"/>
        <source>The road network &apos;{name}&apos; has no usable lines: every feature is without geometry or closed in both directions. Check the layer and its one-way field.</source>
        <translation>Vägnätet '{name}' har inga användbara linjer: alla objekt saknar geometri eller är avstängda i båda riktningarna. Kontrollera lagret och dess fält för enkelriktning.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="360"/>
        <source>The road network &apos;{name}&apos; has no usable road after reading: every line has fewer than two distinct vertices (zero length). Check the layer&apos;s geometries.</source>
        <translation>Vägnätet '{name}' har ingen användbar väg efter inläsningen: alla linjer har färre än två olika brytpunkter (längden noll). Kontrollera lagrets geometrier.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="370"/>
        <source>One-way directions from the field &apos;{field}&apos;: yes/1/true/T forwards, -1/reverse backwards, no/0/false/F/N/empty both ways.</source>
        <translation>Enkelriktning från fältet '{field}': yes/1/true/T framåt, -1/reverse bakåt, no/0/false/F/N/tomt åt båda hållen.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="374"/>
        <source>One-way directions from the field &apos;{field}&apos;: yes/1/FT/F forwards, -1/reverse/TF/T backwards, no/0/B/empty both ways, N closed.</source>
        <translation>Enkelriktning från fältet '{field}': yes/1/FT/F framåt, -1/reverse/TF/T bakåt, no/0/B/tomt åt båda hållen, N avstängd.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="378"/>
        <source>One-way directions from NVDB&apos;s {fields} (true closes that direction).</source>
        <translation>Enkelriktning från NVDB:s {fields} (true stänger den riktningen).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="381"/>
        <source>Each line is one directed osmnx edge (u → v), driven in its digitising direction only.</source>
        <translation>Varje linje är en riktad osmnx-länk (u → v) som bara kan köras i sin digitaliseringsriktning.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="384"/>
        <source>No one-way field: every road is two-way (set ONEWAY_FIELD if the layer has one).</source>
        <translation>Inget fält för enkelriktning: alla vägar är dubbelriktade (ange ONEWAY_FIELD om lagret har ett sådant fält).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="406"/>
        <source>{n} origin(s) have roads within {m:g} m only in parts of the network cut off from every destination: their values are NULL.</source>
        <translation>{n} startpunkt(er) har vägar inom {m:g} m bara i delar av vägnätet som är avskurna från alla målpunkter: deras värden är NULL.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="500"/>
        <source>No destination of &apos;{name}&apos; lies within {m:g} m of the road network: check that the layers cover the same area, or raise MAX_SNAP.</source>
        <translation>Ingen målpunkt i '{name}' ligger inom {m:g} m från vägnätet: kontrollera att lagren täcker samma geografiska område, eller höj MAX_SNAP.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="505"/>
        <source>None of the {n} origins of &apos;{name}&apos; lies within {m:g} m of a road that leads to a destination ({cut} of them are near roads cut off from every destination): check that the layers cover the same area and that the network is connected, or raise MAX_SNAP.</source>
        <translation>Ingen av de {n} startpunkterna i '{name}' ligger inom {m:g} m från en väg som leder till en målpunkt ({cut} av dem ligger nära vägar som är avskurna från alla målpunkter): kontrollera att lagren täcker samma geografiska område och att vägnätet hänger ihop, eller höj MAX_SNAP.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="582"/>
        <source>{n} origin(s) can reach no destination over the network (roads cut off from the rest, or one-way streets): their time is NULL.</source>
        <translation>{n} startpunkt(er) når ingen målpunkt via vägnätet (vägar som är avskurna från resten, eller enkelriktade gator): deras restid är NULL.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="74"/>
        <source>Accessibility of origins to destinations over a road network, offline: the time to the nearest destination, the opportunities within a time, a gravity measure or 2SFCA. Without a road network the times are an estimate from the straight-line distance, and the output says so.</source>
        <translation>Tillgänglighet från startpunkter till målpunkter över ett vägnät, offline: restiden till närmaste målpunkt, möjligheterna inom en viss tid, ett gravitationsmått eller 2SFCA. Utan vägnät är restiderna en uppskattning utifrån avståndet fågelvägen, och resultatet anger det.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="74"/>
        <source>the places whose accessibility is measured (grid cells, addresses, tätorter); a polygon by its point on surface.</source>
        <translation>platserna vars tillgänglighet mäts (rutor, adresser, tätorter); en polygon via sin punkt på ytan.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="74"/>
        <source>the services, jobs or places to reach (points, or polygons by their point on surface).</source>
        <translation>service, arbetstillfällen eller platser att nå (punkter, eller polygoner via sin punkt på ytan).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="74"/>
        <source>what a destination offers (jobs, places in school); empty: each counts 1.</source>
        <translation>vad en målpunkt erbjuder (arbetstillfällen, skolplatser); tomt: varje målpunkt räknas som 1.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="74"/>
        <source>the name or code written as the nearest destination; empty: the feature id.</source>
        <translation>namnet eller koden som skrivs som närmaste målpunkt; tomt: objekt-id.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="74"/>
        <source>'Time to the nearest destination' writes the minutes (time_min) and the nearest destination (nearest_id). 'Opportunities within the threshold' writes the sum of the destination weights within the threshold (opportunities). 'Gravity' writes Σ weight · exp(−β · minutes) over all destinations (gravity). '2SFCA' writes the two-step floating catchment ratio (fca): the destination weights as supply, the demand field of the origins as demand, within the threshold. 'Gravity' and '2SFCA' need a road network.</source>
        <translation>'Restid till närmaste målpunkt' skriver minuterna (time_min) och närmaste målpunkt (nearest_id). 'Möjligheter inom tröskelvärdet' skriver summan av målpunkternas vikter inom tröskelvärdet (opportunities). 'Gravitationsmått' skriver Σ vikt · exp(−β · minuter) över alla målpunkter (gravity). '2SFCA' skriver kvoten enligt tvåstegsmetoden med flytande upptagningsområden (fca): målpunkternas vikter som utbud, startpunkternas efterfrågefält som efterfrågan, inom tröskelvärdet. 'Gravitationsmått' och '2SFCA' kräver ett vägnät.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="74"/>
        <source>the time limit of &apos;Opportunities within the threshold&apos; and &apos;2SFCA&apos;.</source>
        <translation>tidsgränsen för 'Möjligheter inom tröskelvärdet' och '2SFCA'.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="74"/>
        <source>how fast a destination&apos;s weight fades with the minutes in &apos;Gravity&apos; (0.05: halved after about 14 minutes).</source>
        <translation>hur snabbt en målpunkts vikt avtar med minuterna i 'Gravitationsmått' (0,05: halverad efter ungefär 14 minuter).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="74"/>
        <source>the demand of each origin in &apos;2SFCA&apos;, e.g. its population.</source>
        <translation>efterfrågan för varje startpunkt i '2SFCA', t.ex. dess befolkning.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="74"/>
        <source>Empty: the straight-line estimate (see the detour factor).</source>
        <translation>Tomt: uppskattningen fågelvägen (se omvägsfaktorn).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="74"/>
        <source>the origins with their own fields and time_min, nearest_id, the measure&apos;s field and access_method (road network, or the estimate and its settings).</source>
        <translation>startpunkterna med sina egna fält samt time_min, nearest_id, måttets fält och access_method (vägnät, eller uppskattningen och dess inställningar).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="74"/>
        <source>Destinations join the network at the nearest point on the nearest road; origins at the nearest road of a part of the network that reaches a destination, never a piece of road cut off from them. Origins farther than the largest distance to the network get NULL and are counted in a warning, as are origins attached past a nearer cut-off road (N_ATTACHED_FARTHER).</source>
        <translation>Målpunkter ansluts till vägnätet i närmaste punkt på närmaste väg; startpunkter till närmaste väg i en del av vägnätet som når en målpunkt, aldrig till en vägbit som är avskuren från dem. Startpunkter som ligger längre bort än det största avståndet till vägnätet får NULL och räknas i en varning, liksom startpunkter som har anslutits förbi en närmare, avskuren väg (N_ATTACHED_FARTHER).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="152"/>
        <source>Gravity decay β (per minute)</source>
        <translation>Avståndsavtagande β för gravitationsmåttet (per minut)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="208"/>
        <source>One-way field</source>
        <translation>Fält för enkelriktad väg</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="219"/>
        <source>any line layer, e.g. NVDB or OpenStreetMap roads. Lines that share a vertex connect; a road takes its length at its speed. A layer in degrees is reprojected to its UTM zone.</source>
        <translation>valfritt linjelager, t.ex. vägar från NVDB eller OpenStreetMap. Linjer som delar en brytpunkt förbinds; restiden på en väg är dess längd i dess hastighet. Ett lager i grader projiceras om till sin UTM-zon.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="222"/>
        <source>the roads&apos; speed in km/h. Empty: the fields of NVDB (Klass_181, F_/B_Hogst_225) or OpenStreetMap and osmnx (highway, maxspeed) are recognised, else the default speed is used; a road without a limit gets a default for its road class.</source>
        <translation>vägarnas hastighet i km/h. Tomt: fälten i NVDB (Klass_181, F_/B_Hogst_225) eller i OpenStreetMap och osmnx (highway, maxspeed) identifieras, annars används standardhastigheten; en väg utan hastighetsgräns får ett standardvärde för sin vägklass.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="226"/>
        <source>the speed of roads without a known speed (km/h), and of the straight-line estimate without a road network.</source>
        <translation>hastigheten för vägar utan känd hastighet (km/h), och för uppskattningen fågelvägen utan vägnät.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="226"/>
        <source>the speed of roads without a known speed (km/h).</source>
        <translation>hastigheten för vägar utan känd hastighet (km/h).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="229"/>
        <source>the direction each road may be driven. Empty: NVDB&apos;s F_/B_ForbjudenFardriktning or a field named oneway. The codes yes/no/-1/reverse, FT/TF/B/N (N: closed), 1/-1/0, F/T and true/false are read in any case, as text or numbers; other values are counted in a warning and taken as two-way.</source>
        <translation>riktningen som varje väg får köras i. Tomt: NVDB:s F_/B_ForbjudenFardriktning eller ett fält som heter oneway. Koderna yes/no/-1/reverse, FT/TF/B/N (N: avstängd), 1/-1/0, F/T och true/false läses oavsett om de skrivs med stora eller små bokstäver, som text eller som tal; andra värden räknas i en varning och behandlas som dubbelriktade.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="234"/>
        <source>line ends closer than this (m) are joined; 0: only lines that share a vertex connect.</source>
        <translation>linjeändar som ligger närmare varandra än så här (m) förbinds; 0: bara linjer som delar en brytpunkt förbinds.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="236"/>
        <source>the speed of the leg between a point and its nearest road (km/h), e.g. walking.</source>
        <translation>hastigheten på sträckan mellan en punkt och dess närmaste väg (km/h), t.ex. gånghastighet.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="238"/>
        <source>a point farther than this (m) from every road is not reached over the roads and is counted in a warning.</source>
        <translation>en punkt som ligger längre än så här (m) från alla vägar nås inte via vägarna och räknas i en varning.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="240"/>
        <source>without a road network the time is the straight-line distance × this factor at the default speed.</source>
        <translation>utan vägnät är restiden avståndet fågelvägen × denna faktor i standardhastigheten.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="401"/>
        <source>{n} origin(s) lie nearest to a road cut off from every destination (a fragment of the network): they were attached to the nearest road that reaches one, up to {m} m farther away.</source>
        <translation>{n} startpunkt(er) ligger närmast en väg som är avskuren från alla målpunkter (ett fragment av vägnätet): de anslöts till närmaste väg som når en målpunkt, upp till {m} m längre bort.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="465"/>
        <source>estimate: straight line × {f} at {v} km/h</source>
        <translation>uppskattning: fågelvägen × {f} i {v} km/h</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="74"/>
        <source>Beyond the sum within a time: a decay, the count, mean, extremes, spread, median or a quantile of what lies within it, the k nearest destinations, and the same values at every junction of the road network (a full surface).</source>
        <translation>Utöver summan inom en tid: ett avståndsavtagande, antal, medelvärde, ytterlägen, spridning, median eller en kvantil av det som ligger inom den, de k närmaste målpunkterna, och samma värden i varje korsning i vägnätet (en heltäckande yta).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="74"/>
        <source>'k nearest destinations' writes the nearest destinations within the threshold, nearest first: their minutes (time_1, time_2 …) and ids (nearest_1, nearest_2 …); time_min and nearest_id are the first of them, or the nearest beyond the threshold when none lies within it.</source>
        <translation>'k närmaste målpunkter' skriver de närmaste målpunkterna inom tröskelvärdet, närmast först: deras minuter (time_1, time_2 …) och id (nearest_1, nearest_2 …); time_min och nearest_id är den första av dem, eller den närmaste bortom tröskelvärdet när ingen ligger inom det.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="74"/>
        <source>For &apos;k nearest destinations&apos; only destinations within it are listed; 0: no limit.</source>
        <translation>För 'k närmaste målpunkter' listas bara målpunkter inom det; 0: ingen gräns.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="74"/>
        <source>how a destination counts in 'Opportunities within the threshold' by its minutes t within the threshold T: 'Flat' fully (the plain sum of the weights), 'Linear 1 − t/T' from fully at no time to nothing at the threshold, 'Exponential exp(−β·t)' with the gravity decay β. Beyond the threshold a destination never counts. opportunities is the decayed sum.</source>
        <translation>hur en målpunkt räknas i 'Möjligheter inom tröskelvärdet' efter sina minuter t inom tröskelvärdet T: 'Platt' fullt (den vanliga summan av vikterna), 'Linjär 1 − t/T' från fullt vid ingen tid till inget vid tröskelvärdet, 'Exponentiell exp(−β·t)' med gravitationsmåttets avståndsavtagande β. Bortom tröskelvärdet räknas en målpunkt aldrig. opportunities är den viktade summan.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="74"/>
        <source>more fields of 'Opportunities within the threshold', over the destination weights within the threshold: 'Count' (opp_count: how many destinations, not decayed), 'Mean' (opp_mean) and 'Standard deviation' (opp_std, of the population), both weighted by the decay (with 'Flat' the plain mean and standard deviation), and 'Minimum' (opp_min), 'Maximum' (opp_max), 'Median' (opp_median) and 'Quantile' (opp_q25 for a quarter …), which are not decayed. A destination whose weight is NULL or not a number counts nothing in opportunities and is left out of these fields. An origin with no destination within the threshold gets opp_count 0 and NULL in the others.</source>
        <translation>fler fält för 'Möjligheter inom tröskelvärdet', över målpunkternas vikter inom tröskelvärdet: 'Antal' (opp_count: hur många målpunkter, utan avtagande), 'Medelvärde' (opp_mean) och 'Standardavvikelse' (opp_std, för populationen), båda viktade med avtagandet (med 'Platt' det vanliga medelvärdet och standardavvikelsen), samt 'Minimum' (opp_min), 'Maximum' (opp_max), 'Median' (opp_median) och 'Kvantil' (opp_q25 för en fjärdedel …), som inte viktas med avtagandet. En målpunkt vars vikt är NULL eller inte ett tal räknas inte i opportunities och lämnas utanför dessa fält. En startpunkt utan målpunkt inom tröskelvärdet får opp_count 0 och NULL i de övriga.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="74"/>
        <source>the fraction that &apos;Quantile&apos; writes, from 0 to 1: a quarter (0.25) is the lower quartile, field opp_q25; 0.9 gives opp_q90. Linear interpolation between the two nearest values (as numpy and R&apos;s default).</source>
        <translation>andelen som 'Kvantil' skriver, från 0 till 1: en fjärdedel (0.25) är den nedre kvartilen, fältet opp_q25; 0.9 ger opp_q90. Linjär interpolation mellan de två närmaste värdena (som numpy och R:s standard).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="74"/>
        <source>how many destinations &apos;k nearest destinations&apos; lists, up to 50. Equal times go to the destination that comes first in its layer; where fewer lie within the threshold, the remaining fields are NULL.</source>
        <translation>hur många målpunkter 'k närmaste målpunkter' listar, högst 50. Lika tider går till den målpunkt som kommer först i sitt lager; där färre ligger inom tröskelvärdet är de återstående fälten NULL.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="74"/>
        <source>a point at every junction of the road network (where roads meet, branch or end; not the shape vertices along a road) with node_id and the same fields as the origins: a full accessibility surface, wherever the origins lie, as if an origin stood on each junction. Needs a road network; not created unless asked for, since a county network has hundreds of thousands of junctions.</source>
        <translation>en punkt i varje korsning i vägnätet (där vägar möts, grenar sig eller slutar; inte formpunkterna längs en väg) med node_id och samma fält som startpunkterna: en heltäckande tillgänglighetsyta, var startpunkterna än ligger, som om en startpunkt stod i varje korsning. Kräver ett vägnät; skapas bara på begäran, eftersom ett läns vägnät har hundratusentals korsningar.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="145"/>
        <source>k nearest destinations</source>
        <translation>k närmaste målpunkter</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="158"/>
        <source>Decay within the threshold (opportunities)</source>
        <translation>Avtagande inom tröskelvärdet (möjligheter)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="158"/>
        <source>Flat</source>
        <translation>Platt</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="158"/>
        <source>Linear 1 − t/T</source>
        <translation>Linjär 1 − t/T</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="158"/>
        <source>Exponential exp(−β·t)</source>
        <translation>Exponentiell exp(−β·t)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="161"/>
        <source>Aggregations of the weights within the threshold (opportunities)</source>
        <translation>Sammanfattningar av vikterna inom tröskelvärdet (möjligheter)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="161"/>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="161"/>
        <source>Mean</source>
        <translation>Medelvärde</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="161"/>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="161"/>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="161"/>
        <source>Standard deviation</source>
        <translation>Standardavvikelse</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="161"/>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="161"/>
        <source>Quantile</source>
        <translation>Kvantil</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="166"/>
        <source>Quantile (fraction)</source>
        <translation>Kvantil (andel)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="169"/>
        <source>Number of nearest destinations (k nearest)</source>
        <translation>Antal närmaste målpunkter (k närmaste)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="177"/>
        <source>Network junctions with accessibility</source>
        <translation>Vägnätets korsningar med tillgänglighet</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="180"/>
        <source>Network junctions with accessibility (0 when not asked for)</source>
        <translation>Vägnätets korsningar med tillgänglighet (0 när de inte efterfrågats)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="430"/>
        <source>The network junctions with accessibility (OUTPUT_NODES) need a road network (NETWORK).</source>
        <translation>Vägnätets korsningar med tillgänglighet (OUTPUT_NODES) kräver ett vägnät (NETWORK).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="448"/>
        <source>{n} destination(s) have no number in &apos;{field}&apos; (NULL or text): they count nothing in opportunities and are left out of the aggregations.</source>
        <translation>{n} målpunkt(er) saknar tal i '{field}' (NULL eller text): de räknas inte i opportunities och lämnas utanför sammanfattningarna.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="522"/>
        <source>The surface: {n} junctions of the road network.</source>
        <translation>Ytan: {n} korsningar i vägnätet.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="642"/>
        <source>The decay and the aggregations apply to &apos;Opportunities within the threshold&apos; only: they are left out of this measure.</source>
        <translation>Avtagandet och sammanfattningarna gäller bara 'Möjligheter inom tröskelvärdet': de lämnas utanför detta mått.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="646"/>
        <source>Linear decay 1 − t/T needs a threshold (THRESHOLD) greater than 0 minutes.</source>
        <translation>Linjärt avtagande 1 − t/T kräver ett tröskelvärde (THRESHOLD) större än 0 minuter.</translation>
    </message>
</context>
<context>
    <name>ValidateStrukturbild</name>
    <message>
        <location filename="../processing_algorithms/maps/validatestrukturbild.py" line="94"/>
        <source>Validate strukturbild</source>
        <translation>Validera strukturbild</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/validatestrukturbild.py" line="97"/>
        <source>Checks a strukturbild GeoPackage — typically a contribution sent back by a kommun — against the strukturbild schema, and lists every problem with what to do about it.</source>
        <translation>Kontrollerar en strukturbilds-GeoPackage — oftast ett bidrag som en kommun har skickat tillbaka — mot strukturbildens schema och listar varje problem med vad du ska göra åt det.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/validatestrukturbild.py" line="97"/>
        <source>the GeoPackage (read only; its saved styles are never loaded).</source>
        <translation>GeoPackage-filen (läses bara; dess sparade stilar läses aldrig in).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/validatestrukturbild.py" line="97"/>
        <source>the contributor&apos;s area; empty: the package&apos;s own &apos;bidragsomrade&apos; layer.</source>
        <translation>bidragsgivarens område; tomt: paketets eget lager 'bidragsomrade'.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/validatestrukturbild.py" line="97"/>
        <source>make the run fail when there is an error (e.g. in a model or script); off by default.</source>
        <translation>låt körningen misslyckas när ett fel hittas (t.ex. i en modell eller ett skript); av som standard.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/validatestrukturbild.py" line="97"/>
        <source>the problems table (severity, layer, feature_fid, feature_id, field, problem, what_to_do, kind).</source>
        <translation>problemtabellen (severity, layer, feature_fid, feature_id, field, problem, what_to_do, kind).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/validatestrukturbild.py" line="97"/>
        <source>Checked: element layers that are missing or renamed, layers that are not part of the strukturbild, fields that are missing, extra or of another type, values that are not numbers or not in the field&apos;s list of codes, features without a geometry or with an invalid one or one of the wrong kind, layers without a CRS or in another CRS than the package, ids used twice, features without an id, elements outside (or partly outside) the contributor&apos;s area, a file that names no contributor or holds no features.</source>
        <translation>Kontrolleras: elementlager som saknas eller har bytt namn, lager som inte ingår i strukturbilden, fält som saknas, är extra eller har en annan typ, värden som inte är tal eller inte finns i fältets kodlista, objekt utan geometri, med en ogiltig geometri eller med en geometri av fel typ, lager utan koordinatsystem eller i ett annat koordinatsystem än paketets, id som används två gånger, objekt utan id, element utanför (eller delvis utanför) bidragsgivarens område, en fil som inte anger någon bidragsgivare eller inte innehåller några objekt.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/validatestrukturbild.py" line="97"/>
        <source>Severity: an error is what &apos;Merge contributions&apos; will not take (the feature goes to its rejected table, or the file is refused); a warning is merged but worth a look.</source>
        <translation>Allvarlighetsgrad: ett fel är något som 'Sammanfoga bidrag' inte tar emot (objektet hamnar i sin tabell över avvisade objekt, eller filen avvisas); en varning sammanfogas men är värd att titta närmare på.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/validatestrukturbild.py" line="116"/>
        <source>Strukturbild GeoPackage to check</source>
        <translation>Strukturbilds-GeoPackage att kontrollera</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/validatestrukturbild.py" line="118"/>
        <source>Contributor&apos;s area (empty: the package&apos;s own)</source>
        <translation>Bidragsgivarens område (tomt: paketets eget)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/validatestrukturbild.py" line="121"/>
        <source>Fail when an error is found</source>
        <translation>Misslyckas om ett fel hittas</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/validatestrukturbild.py" line="123"/>
        <source>Problems</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/validatestrukturbild.py" line="125"/>
        <source>Number of errors</source>
        <translation>Antal fel</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/validatestrukturbild.py" line="126"/>
        <source>Number of warnings</source>
        <translation>Antal varningar</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/validatestrukturbild.py" line="131"/>
        <source>The GeoPackage</source>
        <translation>GeoPackage-filen</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/validatestrukturbild.py" line="141"/>
        <source>The area layer &apos;{layer}&apos; has no polygon: choose the contributor&apos;s area (e.g. the kommun&apos;s polygon) or leave AREA empty.</source>
        <translation>Områdeslagret '{layer}' har ingen polygon: välj bidragsgivarens område (t.ex. kommunens polygon) eller lämna AREA tomt.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/validatestrukturbild.py" line="170"/>
        <source>{path}: {errors} error(s), {warnings} warning(s).</source>
        <translation>{path}: {errors} fel, {warnings} varning(ar).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/validatestrukturbild.py" line="173"/>
        <source>{path} has {n} error(s) (listed in the log): fix them and check again. Run without FAIL_ON_ERROR to get the problems table.</source>
        <translation>{path} har {n} fel (listade i loggen): rätta dem och kontrollera igen. Kör utan FAIL_ON_ERROR för att få problemtabellen.</translation>
    </message>
</context>
</TS>
