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
        <location filename="../strukturbild_plugin/library.py" line="612"/>
        <source>form init code ({tag})</source>
        <translation>initieringskod för formulär ({tag})</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="616"/>
        <source>form init code source</source>
        <translation>källa för initieringskod för formulär</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="624"/>
        <source>action &apos;{name}&apos; (runs code)</source>
        <translation>åtgärden '{name}' (kör kod)</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="631"/>
        <source>form widget &apos;{name}&apos; ({tag})</source>
        <translation>formulärwidgeten '{name}' ({tag})</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="636"/>
        <source>script in map tip</source>
        <translation>skript i karttips</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="710"/>
        <source>The style library folder {folder} does not exist or cannot be read. Check the path (Strukturbild settings, or the STYLE_LIBRARY parameter).</source>
        <translation>Stilbiblioteksmappen {folder} finns inte eller går inte att läsa. Kontrollera sökvägen (Strukturbild-inställningarna eller parametern STYLE_LIBRARY).</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="739"/>
        <source>No style for element type &apos;{key}&apos; in the style library.</source>
        <translation>Stilbiblioteket saknar stil för elementtypen '{key}'.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="762"/>
        <source>The template {path} is not a QGIS layout template (.qpt).</source>
        <translation>Mallen {path} är inte en QGIS-layoutmall (.qpt).</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="764"/>
        <source>Layout template &apos;{name}&apos; not found. Give a .qpt file that exists or one of the library&apos;s templates: {names}.</source>
        <translation>Layoutmallen '{name}' hittades inte. Ange en befintlig .qpt-fil eller någon av bibliotekets mallar: {names}.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="776"/>
        <source>Cannot read the layout template {path}: {error}</source>
        <translation>Det går inte att läsa layoutmallen {path}: {error}</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="784"/>
        <source>The layout template {path} is not valid XML.</source>
        <translation>Layoutmallen {path} är inte giltig XML.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="821"/>
        <source>The style {path} cannot be read: {error}</source>
        <translation>Stilen {path} går inte att läsa: {error}</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="829"/>
        <source>The style {path} could not be applied to layer &apos;{layer}&apos;: {message}</source>
        <translation>Stilen {path} kunde inte tillämpas på lagret '{layer}': {message}</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="833"/>
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
        <location filename="../strukturbild_plugin/plugin.py" line="74"/>
        <source>&amp;Strukturbild</source>
        <translation>&amp;Strukturbild</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="184"/>
        <source>The strukturbild GeoPackage {path} does not exist. Create one with &apos;Create strukturbild GeoPackage&apos; or give its correct path.</source>
        <translation>Strukturbilds-GeoPackage-filen {path} finns inte. Skapa en med 'Skapa strukturbilds-GeoPackage' eller ange rätt sökväg.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="188"/>
        <source>{path} cannot be opened as a GeoPackage.</source>
        <translation>{path} går inte att öppna som GeoPackage.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="203"/>
        <source>{path} has no strukturbild element layers (layer names such as &apos;nod&apos;, &apos;utvecklingsstrak&apos;, &apos;gronstruktur&apos;).</source>
        <translation>{path} innehåller inga elementlager för strukturbild (lagernamn som 'nod', 'utvecklingsstrak', 'gronstruktur').</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="314"/>
        <source>Layer &apos;{layer}&apos; is not valid (its source cannot be read).</source>
        <translation>Lagret '{layer}' är inte giltigt (dess källa går inte att läsa).</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="340"/>
        <source>None of the given layers has any features: there is nothing to map.</source>
        <translation>Inget av de angivna lagren innehåller några objekt: det finns inget att visa på kartan.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="351"/>
        <source>The map CRS {crs} is geographic (degrees); choose a projected CRS such as SWEREF 99 TM (EPSG:3006).</source>
        <translation>Kartans koordinatsystem {crs} är geografiskt (grader); välj ett projicerat koordinatsystem, till exempel SWEREF 99 TM (EPSG:3006).</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="360"/>
        <source>The extent layer &apos;{layer}&apos; is in a geographic CRS ({crs}, degrees) or has none. Reproject it to a projected CRS such as SWEREF 99 TM (EPSG:3006) with &apos;Reproject layer&apos; and use that.</source>
        <translation>Utbredningslagret '{layer}' har ett geografiskt koordinatsystem ({crs}, grader) eller saknar koordinatsystem. Projicera om det till ett projicerat koordinatsystem, till exempel SWEREF 99 TM (EPSG:3006), med 'Projicera om lager' och använd det nya lagret.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="368"/>
        <source>The extent filter &apos;{filter}&apos; is not a valid expression: {error}</source>
        <translation>Utbredningsfiltret '{filter}' är inte ett giltigt uttryck: {error}</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="378"/>
        <source>No feature of the extent layer &apos;{layer}&apos; matches the filter &apos;{filter}&apos;.</source>
        <translation>Inget objekt i utbredningslagret '{layer}' matchar filtret '{filter}'.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="396"/>
        <source>The map extent is empty; give an extent layer or an extent.</source>
        <translation>Kartans utbredning är tom; ange ett utbredningslager eller en utbredning.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="426"/>
        <source>The layout template {path} could not be loaded.</source>
        <translation>Layoutmallen {path} kunde inte läsas in.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="431"/>
        <source>The layout template {path} lacks the item(s) {ids}. A strukturbild template needs items with the ids {required}.</source>
        <translation>Layoutmallen {path} saknar objekten {ids}. En strukturbildsmall måste ha objekt med id:na {required}.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="438"/>
        <source>The item &apos;main_map&apos; of {path} is not a map item.</source>
        <translation>Objektet 'main_map' i {path} är inte ett kartobjekt.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="466"/>
        <source>The template has no &apos;{id}&apos; item; the map is made without it.</source>
        <translation>Mallen saknar objektet '{id}'; kartan skapas utan det.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="533"/>
        <source>The item &apos;legend&apos; of the template is not a legend item.</source>
        <translation>Mallens objekt 'legend' är inte ett teckenförklaringsobjekt.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="542"/>
        <source>Teckenförklaring</source>
        <translation>Teckenförklaring</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="567"/>
        <source>Cannot export to &apos;{path}&apos;: the output must end in .pdf, .png or .svg.</source>
        <translation>Det går inte att exportera till '{path}': utdatafilen måste sluta på .pdf, .png eller .svg.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="591"/>
        <source>Exporting the map to {path} failed (QGIS export result {code}): check that the folder is writable and the file is not open elsewhere.</source>
        <translation>Exporten av kartan till {path} misslyckades (QGIS exportresultat {code}): kontrollera att mappen är skrivbar och att filen inte är öppen i något annat program.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="76"/>
        <source>Strukturbild layers</source>
        <translation>Strukturbildslager</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="78"/>
        <source>Strukturbild GeoPackage</source>
        <translation>Strukturbilds-GeoPackage</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="79"/>
        <source>Layers in the project, each mapped to an element type</source>
        <translation>Lager i projektet, vart och ett kopplat till en elementtyp</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="85"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="143"/>
        <source>Layer</source>
        <translation>Lager</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="87"/>
        <source>Element type</source>
        <translation>Elementtyp</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="89"/>
        <source>Refresh layer list</source>
        <translation>Uppdatera lagerlistan</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="96"/>
        <source>Map</source>
        <translation>Karta</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="100"/>
        <source>A library template or the path of a .qpt file</source>
        <translation>En mall i biblioteket eller sökvägen till en .qpt-fil</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="105"/>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="106"/>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="110"/>
        <source>A shared folder with the region&apos;s styles/ and templates/ (empty: the bundled library)</source>
        <translation>En gemensam mapp med regionens styles/ och templates/ (tomt: det medföljande biblioteket)</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="120"/>
        <source>Template</source>
        <translation>Mall</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="121"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="122"/>
        <source>Subtitle</source>
        <translation>Undertitel</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="123"/>
        <source>Sources</source>
        <translation>Källor</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="124"/>
        <source>Legend language</source>
        <translation>Språk i teckenförklaringen</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="125"/>
        <source>Style library</source>
        <translation>Stilbibliotek</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="130"/>
        <source>Extent</source>
        <translation>Utbredning</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="133"/>
        <source>Map canvas</source>
        <translation>Kartfönstret</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="134"/>
        <source>Whole layer</source>
        <translation>Hela lagret</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="135"/>
        <source>Selected features (e.g. one county)</source>
        <translation>Valda objekt (t.ex. ett län)</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="136"/>
        <source>Features matching an expression</source>
        <translation>Objekt som matchar ett uttryck</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="142"/>
        <source>Extent from</source>
        <translation>Utbredning från</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="144"/>
        <source>Expression</source>
        <translation>Uttryck</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="148"/>
        <source>Open in layout designer</source>
        <translation>Öppna i layoutdesignern</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="149"/>
        <source>Export map…</source>
        <translation>Exportera karta…</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="215"/>
        <source>Tick at least one layer and give it an element type.</source>
        <translation>Markera minst ett lager och ange en elementtyp för det.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="235"/>
        <source>Choose the layer that gives the extent.</source>
        <translation>Välj det lager som anger utbredningen.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="241"/>
        <source>Select the feature(s) of &apos;{layer}&apos; that give the extent, e.g. one county.</source>
        <translation>Välj det eller de objekt i '{layer}' som anger utbredningen, t.ex. ett län.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="277"/>
        <source>Strukturbild map: {title}</source>
        <translation>Strukturbildskarta: {title}</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="293"/>
        <source>Export strukturbild map</source>
        <translation>Exportera strukturbildskarta</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="293"/>
        <source>PDF (*.pdf);;PNG (*.png);;SVG (*.svg)</source>
        <translation>PDF (*.pdf);;PNG (*.png);;SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="314"/>
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
        <location filename="../processing_algorithms/functional/common.py" line="80"/>
        <source>The flow table could not be read.</source>
        <translation>Flödestabellen gick inte att läsa.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/common.py" line="82"/>
        <source>origin (residence)</source>
        <translation>ursprung (bostadskommun)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/common.py" line="82"/>
        <source>destination (workplace)</source>
        <translation>destination (arbetsställekommun)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/common.py" line="82"/>
        <source>value (count)</source>
        <translation>värde (antal)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/common.py" line="85"/>
        <source>The flow table &apos;{layer}&apos; has no field &apos;{field}&apos; for the {role}. Available fields: {fields}.</source>
        <translation>Flödestabellen '{layer}' saknar fältet '{field}' för {role}. Tillgängliga fält: {fields}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/common.py" line="100"/>
        <source>Flow table &apos;{layer}&apos; (fields {o}, {d}, {v}): {error}</source>
        <translation>Flödestabellen '{layer}' (fälten {o}, {d}, {v}): {error}</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/common.py" line="103"/>
        <source>Flow table &apos;{layer}&apos;: {rows} rows read, {used} used, {total:,.0f} commuters in the matrix of {n} zones.</source>
        <translation>Flödestabellen '{layer}': {rows} rader lästa, {used} använda, {total:,.0f} pendlare i matrisen med {n} zoner.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/common.py" line="108"/>
        <source>Flow table &apos;{layer}&apos;: {note}</source>
        <translation>Flödestabellen '{layer}': {note}</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/raster.py" line="50"/>
        <source>The resistance raster &apos;{name}&apos; is rotated; warp it to a north-up grid first.</source>
        <translation>Motståndsrastret '{name}' är roterat; transformera (warp) det till ett norrorienterat rutnät först.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/raster.py" line="53"/>
        <source>The resistance raster '{name}' has rectangular cells ({w} × {h}); resample it to square cells first.</source>
        <translation>Motståndsrastret '{name}' har rektangulära celler ({w} × {h}); sampla om det till kvadratiska celler först.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="301"/>
        <source>The population raster must be north-up with square cells; warp or resample it first.</source>
        <translation>Befolkningsrastret måste vara norrorienterat med kvadratiska rutor; transformera (warp) eller sampla om det först.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="235"/>
        <source>Layer '{layer}' matches no strukturbild element type and has no style of its own. Rename it to an element type (e.g. 'nod', 'funktionellt_samband', 'gronstruktur'), add a text field '{field}' holding one, or save a default style with it (Layer Properties › Style › Save as Default). Known types: {keys}.</source>
        <translation>Lagret '{layer}' motsvarar ingen elementtyp i strukturbilden och har ingen egen stil. Byt namn på det till en elementtyp (t.ex. 'nod', 'funktionellt_samband', 'gronstruktur'), lägg till ett textfält '{field}' som anger elementtypen, eller spara en standardstil med lagret (Lageregenskaper › Stil › Spara som standard). Kända typer: {keys}.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="196"/>
        <source>Own style (analysis layer)</source>
        <translation>Egen stil (analyslager)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="296"/>
        <source>The population raster &apos;{name}&apos; could not be read as a file ({error}): save it as a GeoTIFF first.</source>
        <translation>Befolkningsrastret &apos;{name}&apos; kunde inte läsas som en fil ({error}): spara det som GeoTIFF först.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/checks.py" line="73"/>
        <source>{name} (&apos;{description}&apos;) must be a number, not {value}. Give a value between {low} and {high}.</source>
        <translation>{name} (&apos;{description}&apos;) måste vara ett tal, inte {value}. Ange ett värde mellan {low} och {high}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/checks.py" line="100"/>
        <source>{name} (&apos;{description}&apos;) must be {kind} between {low} and {high}, not {value}.</source>
        <translation>{name} (&apos;{description}&apos;) måste vara {kind} mellan {low} och {high}, inte {value}.</translation>
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
        <translation>Lagret &apos;{layer}&apos; innehåller punkter, men {what} måste vara polygoner: en punkt har ingen yta, så alla areor och index skulle bli 0. Buffra punkterna till deras verkliga storlek (Vektor › Geoprocessing-verktyg › Buffert) eller använd polygonlagret, och kör igen.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/checks.py" line="121"/>
        <source>The layer '{layer}' holds lines, but the {what} must be polygons: a line has no area. Buffer the lines to their real width (Vector › Geoprocessing › Buffer) or use the polygon layer, and run again.</source>
        <translation>Lagret &apos;{layer}&apos; innehåller linjer, men {what} måste vara polygoner: en linje har ingen yta. Buffra linjerna till deras verkliga bredd (Vektor › Geoprocessing-verktyg › Buffert) eller använd polygonlagret, och kör igen.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/checks.py" line="125"/>
        <source>The layer &apos;{layer}&apos; has no geometry, but the {what} must be polygons. Choose a polygon layer and run again.</source>
        <translation>Lagret &apos;{layer}&apos; saknar geometri, men {what} måste vara polygoner. Välj ett polygonlager och kör igen.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/checks.py" line="134"/>
        <source>Feature {fid} of the layer '{layer}' is a {kind}, but the {what} must be polygons: buffer it to its real size (Vector › Geoprocessing › Buffer) or remove it, and run again.</source>
        <translation>Objekt {fid} i lagret &apos;{layer}&apos; är en {kind}, men {what} måste vara polygoner: buffra det till dess verkliga storlek (Vektor › Geoprocessing-verktyg › Buffert) eller ta bort det, och kör igen.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/checks.py" line="134"/>
        <source>point</source>
        <translation>punkt</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/checks.py" line="134"/>
        <source>line</source>
        <translation>linje</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/raster.py" line="46"/>
        <source>The resistance raster &apos;{name}&apos; could not be read as a file ({error}): save it as a GeoTIFF first.</source>
        <translation>Motståndsrastret &apos;{name}&apos; kunde inte läsas som en fil ({error}): spara det som GeoTIFF först.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/raster.py" line="73"/>
        <source>it has no cells</source>
        <translation>det har inga celler</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/raster.py" line="75"/>
        <source>every cell is no data or not a finite number</source>
        <translation>alla celler saknar data (no data) eller innehåller inget ändligt tal</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/raster.py" line="77"/>
        <source>every cost is 0 or negative (the largest is {value:g})</source>
        <translation>alla kostnader är 0 eller negativa (den största är {value:g})</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/raster.py" line="78"/>
        <source>The resistance raster &apos;{name}&apos; has no passable cell: {detail}. Cells with no data, a cost of 0 or less are impassable; check the band, its no-data value and the costs, and give passable cells a cost greater than 0.</source>
        <translation>Motståndsrastret &apos;{name}&apos; har ingen framkomlig cell: {detail}. Celler utan data eller med en kostnad på 0 eller mindre är oframkomliga; kontrollera bandet, dess no-data-värde och kostnaderna, och ge framkomliga celler en kostnad större än 0.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="151"/>
        <source>saved in {source}</source>
        <translation>sparad i {source}</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="409"/>
        <source>Layout template {path}: removed {entry}.</source>
        <translation>Layoutmallen {path}: tog bort {entry}.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="469"/>
        <source>Shared templates and styles may use pictures and symbols only from the style library folder, the plugin&apos;s own files or data embedded in them; HTML is printed as plain text, and web addresses are fetched only when the QGIS setting {key} is true.</source>
        <translation>Gemensamma mallar och stilar får bara använda bilder och symboler från stilbiblioteksmappen, insticksprogrammets egna filer eller data som är inbäddade i dem; HTML skrivs ut som vanlig text, och webbadresser hämtas bara när QGIS-inställningen {key} är true.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="493"/>
        <source>{reference} (style of layer &apos;{layer}&apos;)</source>
        <translation>{reference} (stilen för lagret &apos;{layer}&apos;)</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/assembler.py" line="500"/>
        <source>The map was not made: it would still fetch or run {references}. Strukturbild fetches nothing from the network unless the QGIS setting {key} is true (the panel&apos;s &apos;Allow pictures and symbols from web addresses&apos;), and never runs HTML. Remove the reference from the layer style or template, or allow web addresses on purpose.</source>
        <translation>Kartan skapades inte: den skulle fortfarande hämta eller köra {references}. Strukturbild hämtar ingenting från nätverket om inte QGIS-inställningen {key} är true (panelens &apos;Tillåt bilder och symboler från webbadresser&apos;), och kör aldrig HTML. Ta bort referensen från lagrets stil eller från mallen, eller tillåt webbadresser medvetet.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="113"/>
        <source>Allow pictures and symbols from web addresses</source>
        <translation>Tillåt bilder och symboler från webbadresser</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="114"/>
        <source>Off: pictures and symbols in shared templates and styles come only from the style library folder, the plugin or data embedded in them, and nothing is fetched from the network. Turn on only if the region&apos;s templates use web addresses on purpose. HTML never runs either way.</source>
        <translation>Av: bilder och symboler i gemensamma mallar och stilar kommer bara från stilbiblioteksmappen, insticksprogrammet eller data som är inbäddade i dem, och ingenting hämtas från nätverket. Slå bara på om regionens mallar medvetet använder webbadresser. HTML körs aldrig, oavsett inställning.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/dock.py" line="310"/>
        <source>The map could not be written to {path} ({reason}). Choose a folder you can write to.</source>
        <translation>Kartan kunde inte skrivas till {path} ({reason}). Välj en mapp som du kan skriva till.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="223"/>
        <source>a web address</source>
        <translation>en webbadress</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="224"/>
        <source>a network path</source>
        <translation>en nätverkssökväg</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="225"/>
        <source>outside the style library folder</source>
        <translation>utanför stilbiblioteksmappen</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="226"/>
        <source>an SVG that draws other files</source>
        <translation>en SVG-fil som ritar in andra filer</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="227"/>
        <source>an address QGIS would have to fetch</source>
        <translation>en adress som QGIS skulle behöva hämta</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="360"/>
        <source>picture item &apos;{id}&apos;</source>
        <translation>bildobjektet &apos;{id}&apos;</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="362"/>
        <source>label &apos;{id}&apos;</source>
        <translation>etiketten &apos;{id}&apos;</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="364"/>
        <source>arrow/line item &apos;{id}&apos;</source>
        <translation>pil-/linjeobjektet &apos;{id}&apos;</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="366"/>
        <source>shape item &apos;{id}&apos;</source>
        <translation>formobjektet &apos;{id}&apos;</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="368"/>
        <source>page background</source>
        <translation>sidbakgrunden</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="369"/>
        <source>layout item &apos;{id}&apos;</source>
        <translation>layoutobjektet &apos;{id}&apos;</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="400"/>
        <source>{what}: {value} ({reason})</source>
        <translation>{what}: {value} ({reason})</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="405"/>
        <source>{kind} symbol</source>
        <translation>{kind}-symbol</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="461"/>
        <source>{what}: data-defined source {source} (a file chosen by an expression is never opened)</source>
        <translation>{what}: datadefinierad källa {source} (en fil som väljs med ett uttryck öppnas aldrig)</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="469"/>
        <source>expression function {name}() (reads files or the environment)</source>
        <translation>uttrycksfunktionen {name}() (läser filer eller miljövariabler)</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="500"/>
        <source>{what}: HTML text formatting (it can load pictures)</source>
        <translation>{what}: HTML-textformatering (den kan läsa in bilder)</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="546"/>
        <source>HTML item &apos;{id}&apos;</source>
        <translation>HTML-objektet &apos;{id}&apos;</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="581"/>
        <source>layout element of a type Strukturbild does not print ({type}), removed</source>
        <translation>layoutelement av en typ som Strukturbild inte skriver ut ({type}), borttaget</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="551"/>
        <source>{what}: web page {url} (an HTML item never loads a page), removed</source>
        <translation>{what}: webbsidan {url} (ett HTML-objekt läser aldrig in en sida), borttagen</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="560"/>
        <source>{what}: printed as plain text without JavaScript; removed: {parts}</source>
        <translation>{what}: skrivs ut som vanlig text utan JavaScript; borttaget: {parts}</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="563"/>
        <source>{what}: printed as plain text without JavaScript</source>
        <translation>{what}: skrivs ut som vanlig text utan JavaScript</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="575"/>
        <source>{what}: HTML label printed as plain text; removed: {parts}</source>
        <translation>{what}: HTML-etiketten skrivs ut som vanlig text; borttaget: {parts}</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="578"/>
        <source>{what}: HTML label printed as plain text</source>
        <translation>{what}: HTML-etiketten skrivs ut som vanlig text</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="593"/>
        <source>This is not a QGIS 3 layout template (its root element is &lt;{tag}&gt;). Open it in the QGIS 3 layout designer and save it again as a template.</source>
        <translation>Det här är inte en layoutmall för QGIS 3 (dess rotelement är &lt;{tag}&gt;). Öppna den i layoutdesignern i QGIS 3 och spara den som mall igen.</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="643"/>
        <source>map tip HTML ({parts})</source>
        <translation>HTML i karttips ({parts})</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="672"/>
        <source>an HTML item</source>
        <translation>ett HTML-objekt</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="675"/>
        <source>an HTML label</source>
        <translation>en HTML-etikett</translation>
    </message>
    <message>
        <location filename="../strukturbild_plugin/library.py" line="836"/>
        <source>Style {path}: removed files and addresses a shared style may not use: {parts}.</source>
        <translation>Stilen {path}: filer och adresser som en gemensam stil inte får använda har tagits bort: {parts}.</translation>
    </message>
</context>
<context>
    <name>AreaProfile</name>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="608"/>
        <source>Area profile</source>
        <translation>Områdesprofil</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="69"/>
        <source>profile,områdesprofil,population,density,rural typology,landsbygd,glesbygd,tätort,services,border,gränsbygd,commuting,report</source>
        <translation>områdesprofil,profile,befolkning,population,befolkningstäthet,density,landsbygdstypologi,rural typology,landsbygd,glesbygd,tätort,service,services,gräns,border,gränsbygd,pendling,commuting,rapport,report</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="73"/>
        <source>A profile of chosen areas (border zones, kommuner, any polygons) side by side: population, density, the share of the population in each rural-typology class, travel time to the nearest tätort of given sizes, the number of services within a time, and the cross-border commuting share; as a layer and an HTML report with charts comparing the areas.

AREAS: the polygons to profile, labelled by AREA_ID_FIELD (empty: the feature id). Features without a geometry are left out with a warning.
POPULATION: points or polygons (grid cells, DeSO, tätort points) with POPULATION_FIELD (empty: 1 per feature). A unit counts wholly in the area that contains its point; a polygon is placed by its point on surface, not split by area, so use small units (grid cells) for areas that cut through them. A unit in overlapping areas counts in each; units in no area are left out.
TATORTER: points or polygons with TATORT_POPULATION_FIELD. TOWN_SIZES: comma-separated sizes (default 3000,10000,50000); per size the population-weighted mean travel time from the population to the nearest tätort larger than that size (time_3000, time_10000, …). The first size is the rural typology's: a unit inside a tätort polygon larger than it (with tätort points: a cell that contains one, or a point at the tätort point) is 'tatort', within MINUTES of one 'tatortsnara_landsbygd', else 'glesbygd' (as in 'Rural typology'); share_tatort, share_tatortsnara_landsbygd and share_glesbygd are shares of the area's population.
SERVICES (optional points): services_within = the population-weighted mean number of services within THRESHOLD minutes.
COMMUTING (optional): zones with numeric fields out_total and out_cross, e.g. the table of 'Border flows and border effect' joined to the zone polygons; cross_share = Σ out_cross / Σ out_total over the zones whose point on surface lies in the area.
Travel times over NETWORK as in 'Travel time and accessibility'; without a network they are estimated from the straight-line distance × DETOUR_FACTOR at DEFAULT_SPEED, and access_method and the report say so. Units off the network (farther than MAX_SNAP) or that reach no such tätort are left out of the means, with a warning.
TARGET_CRS: the projected CRS in which everything is measured and the output is written (empty: the first projected CRS of the inputs; layers in Swedish, Finnish and Norwegian CRSs combine). Nothing is measured in degrees.
OUTPUT: the areas with area_id, population, area_km2, density (per km²), the shares, the times, services_within, cross_share and access_method; undefined values (e.g. shares of an area without population) are NULL. OUTPUT_REPORT: an HTML file with the table and bar charts (matplotlib).</source>
        <translation>En profil av valda områden (gränszoner, kommuner, valfria polygoner) sida vid sida: befolkning, befolkningstäthet, andelen av befolkningen i varje klass i landsbygdstypologin, restid till närmaste tätort av angivna storlekar, antalet service inom en viss restid och andelen gränsöverskridande pendling; som ett lager och en HTML-rapport med diagram som jämför områdena.

AREAS: polygonerna som ska profileras, med beteckning från AREA_ID_FIELD (tomt: objekt-id). Objekt utan geometri utelämnas med en varning.
POPULATION: punkter eller polygoner (rutor, DeSO, tätortspunkter) med POPULATION_FIELD (tomt: 1 per objekt). En enhet räknas i sin helhet till det område som innehåller dess punkt; en polygon placeras efter sin punkt på ytan och delas inte upp efter yta, så använd små enheter (rutor) för områden som skär igenom dem. En enhet i överlappande områden räknas i vart och ett av dem; enheter som inte ligger i något område utelämnas.
TATORTER: punkter eller polygoner med TATORT_POPULATION_FIELD. TOWN_SIZES: kommaseparerade storlekar (standard 3000,10000,50000); för varje storlek den befolkningsviktade medelrestiden från befolkningen till närmaste tätort som är större än den storleken (time_3000, time_10000, …). Den första storleken är landsbygdstypologins: en enhet inne i en tätortspolygon som är större än den (med tätortspunkter: en ruta som innehåller en tätortspunkt, eller en punkt vid tätortspunkten) är 'tatort', inom MINUTES från en sådan tätort 'tatortsnara_landsbygd', annars 'glesbygd' (som i 'Landsbygdstypologi'); share_tatort, share_tatortsnara_landsbygd och share_glesbygd är andelar av områdets befolkning.
SERVICES (valfria punkter): services_within = det befolkningsviktade medelvärdet av antalet service inom THRESHOLD minuter.
COMMUTING (valfritt): zoner med de numeriska fälten out_total och out_cross, t.ex. tabellen från 'Gränsöverskridande flöden och gränseffekt' kopplad till zonpolygonerna; cross_share = Σ out_cross / Σ out_total över de zoner vars punkt på ytan ligger i området.
Restider på NETWORK som i 'Restid och tillgänglighet'; utan vägnät uppskattas de från avståndet fågelvägen × DETOUR_FACTOR i hastigheten DEFAULT_SPEED, och access_method och rapporten anger det. Enheter utanför vägnätet (längre bort än MAX_SNAP) eller som inte når någon sådan tätort utelämnas ur medelvärdena, med en varning.
TARGET_CRS: det projicerade koordinatsystem där allt mäts och utdata skrivs (tomt: indatas första projicerade koordinatsystem; lager i svenska, finska och norska koordinatsystem kan kombineras). Inget mäts i grader.
OUTPUT: områdena med area_id, population, area_km2, density (per km²), andelarna, restiderna, services_within, cross_share och access_method; odefinierade värden (t.ex. andelar för ett område utan befolkning) är NULL. OUTPUT_REPORT: en HTML-fil med tabellen och stapeldiagram (matplotlib).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="109"/>
        <source>Areas to profile (polygons: border zones, kommuner)</source>
        <translation>Områden att profilera (polygoner: gränszoner, kommuner)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="111"/>
        <source>Area label field (empty: feature id)</source>
        <translation>Fält med områdesbeteckning (tomt: objekt-id)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="114"/>
        <source>Population (points or polygons: grid cells, tätort points)</source>
        <translation>Befolkning (punkter eller polygoner: rutor, tätortspunkter)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="116"/>
        <source>Population field (empty: 1 per feature)</source>
        <translation>Befolkningsfält (tomt: 1 per objekt)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="120"/>
        <source>Tätorter (points or polygons)</source>
        <translation>Tätorter (punkter eller polygoner)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="122"/>
        <source>Tätort population field</source>
        <translation>Fält med tätortens befolkning</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="125"/>
        <source>Tätort sizes (comma-separated inhabitants; the first is the typology's)</source>
        <translation>Tätortsstorlekar (invånare, kommaseparerade; den första är typologins)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="128"/>
        <source>Tätortsnära within (minutes by car)</source>
        <translation>Tätortsnära inom (minuter med bil)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="131"/>
        <source>Services (points; optional)</source>
        <translation>Service (punkter; valfritt)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="133"/>
        <source>Services within (minutes)</source>
        <translation>Service inom (minuter)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="136"/>
        <source>Commuting zones with out_total and out_cross (optional)</source>
        <translation>Pendlingszoner med out_total och out_cross (valfritt)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="139"/>
        <source>Working CRS (projected; empty: the first projected CRS of the inputs)</source>
        <translation>Arbetskoordinatsystem (projicerat; tomt: indatas första projicerade)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="142"/>
        <source>Road network (lines; empty: straight-line estimate)</source>
        <translation>Vägnät (linjer; tomt: uppskattning fågelvägen)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="147"/>
        <source>Area profiles</source>
        <translation>Områdesprofiler</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="149"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="149"/>
        <source>HTML files (*.html)</source>
        <translation>HTML-filer (*.html)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="152"/>
        <source>Areas</source>
        <translation>Områden</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="152"/>
        <source>Population in the areas</source>
        <translation>Befolkning i områdena</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="169"/>
        <source>area label</source>
        <translation>områdesbeteckning</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="170"/>
        <source>population</source>
        <translation>befolkning</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="172"/>
        <source>tätort population</source>
        <translation>tätortens befolkning</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="175"/>
        <source>Name the tätort population field (TATORT_POPULATION_FIELD).</source>
        <translation>Ange fältet med tätortens befolkning (TATORT_POPULATION_FIELD).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="188"/>
        <source>No feature of the population layer &apos;{population}&apos; lies in any area of &apos;{areas}&apos;: check that the layers cover the same place and that their CRSs are set right.</source>
        <translation>Inget objekt i befolkningslagret '{population}' ligger i något område i '{areas}': kontrollera att lagren täcker samma geografiska område och att deras koordinatsystem är rätt angivna.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="195"/>
        <source>{n} of {total} population feature(s) lie in no area and are left out ({pop:,.0f} inhabitants).</source>
        <translation>{n} av {total} befolkningsobjekt ligger inte i något område och utelämnas ({pop:,.0f} invånare).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="199"/>
        <source>The population features inside the areas have no inhabitants in &apos;{field}&apos; (all 0 or empty): choose the population field.</source>
        <translation>Befolkningsobjekten inom områdena har inga invånare i '{field}' (alla är 0 eller tomma): välj befolkningsfältet.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="199"/>
        <source>(1 per feature)</source>
        <translation>(1 per objekt)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="221"/>
        <source>{pop:,.0f} inhabitants have no travel time to a tätort larger than {size:,.0f} (off the road network or in a part of it that reaches none): they are left out of time_{label}.</source>
        <translation>{pop:,.0f} invånare saknar restid till en tätort större än {size:,.0f} (utanför vägnätet eller i en del av det som inte når någon sådan tätort): de utelämnas ur time_{label}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="247"/>
        <source>{id}: population {pop:,.0f}, density {density} per km², glesbygd {g}, {time} min to the nearest tätort &gt; {size:,.0f}.</source>
        <translation>{id}: befolkning {pop:,.0f}, befolkningstäthet {density} per km², glesbygd {g}, {time} min till närmaste tätort &gt; {size:,.0f}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="251"/>
        <source>{n} area(s), {pop:,.0f} inhabitants in all ({method}).</source>
        <translation>{n} område(n), totalt {pop:,.0f} invånare ({method}).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="266"/>
        <source>TOWN_SIZES holds no size: give tätort sizes separated by commas, e.g. 3000,10000,50000.</source>
        <translation>TOWN_SIZES innehåller ingen storlek: ange tätortsstorlekar åtskilda med komma, t.ex. 3000,10000,50000.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="269"/>
        <source>TOWN_SIZES must be numbers of inhabitants, 0 or more (got &apos;{text}&apos;).</source>
        <translation>TOWN_SIZES måste vara antal invånare, 0 eller fler (fick '{text}').</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="275"/>
        <source>TOWN_SIZES must be numbers separated by commas, e.g. 3000,10000,50000 (got &apos;{text}&apos;).</source>
        <translation>TOWN_SIZES måste vara tal åtskilda med komma, t.ex. 3000,10000,50000 (fick '{text}').</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="288"/>
        <source>The layer &apos;{layer}&apos; has no field &apos;{field}&apos; for the {role} ({parameter}); its fields are: {fields}.</source>
        <translation>Lagret '{layer}' har inget fält '{field}' för {role} ({parameter}); dess fält är: {fields}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="297"/>
        <source>The commuting layer &apos;{layer}&apos; has no field {fields}: it needs the numeric fields out_total and out_cross per zone (as in the table of &apos;Border flows and border effect&apos;); its fields are: {names}.</source>
        <translation>Pendlingslagret '{layer}' saknar fält {fields}: det behöver de numeriska fälten out_total och out_cross per zon (som i tabellen från 'Gränsöverskridande flöden och gränseffekt'); dess fält är: {names}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="304"/>
        <source>The commuting layer &apos;{layer}&apos; has no geometry, so its zones cannot be placed in the areas. Join it to the zone polygons first (e.g. &apos;Join attributes by field value&apos; on the zone id) and run again.</source>
        <translation>Pendlingslagret '{layer}' saknar geometri, så dess zoner kan inte placeras i områdena. Koppla det först till zonpolygonerna (t.ex. med 'Join attributes by field value' på zon-id) och kör igen.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="328"/>
        <source>Area {id} (feature {fid} of &apos;{layer}&apos;) cannot be transformed to {crs}: choose a TARGET_CRS that covers all layers.</source>
        <translation>Område {id} (objekt {fid} i '{layer}') kan inte transformeras till {crs}: välj ett TARGET_CRS som täcker alla lager.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="338"/>
        <source>{n} area(s) of &apos;{layer}&apos; have no geometry and were left out: {list}.</source>
        <translation>{n} område(n) i '{layer}' saknar geometri och utelämnades: {list}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="341"/>
        <source>{n} invalid area geometry(ies) were repaired (makeValid): {list}.</source>
        <translation>{n} ogiltiga områdesgeometrier reparerades (makeValid): {list}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="344"/>
        <source>The areas layer &apos;{layer}&apos; has no features with a geometry: choose a polygon layer with areas (or remove a filter).</source>
        <translation>Områdeslagret '{layer}' har inga objekt med geometri: välj ett polygonlager med områden (eller ta bort ett filter).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="349"/>
        <source>Area labels occur more than once ({list}): they are told apart by the feature number. Choose a unique AREA_ID_FIELD.</source>
        <translation>Områdesbeteckningar förekommer mer än en gång ({list}): de särskiljs med objektnumret. Välj ett unikt AREA_ID_FIELD.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="365"/>
        <source>{n} population feature(s) have no value in &apos;{field}&apos; and count as 0.</source>
        <translation>{n} befolkningsobjekt saknar värde i '{field}' och räknas som 0.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="369"/>
        <source>The population layer &apos;{layer}&apos; has negative values in &apos;{field}&apos; ({n} features): a population cannot be negative.</source>
        <translation>Befolkningslagret '{layer}' har negativa värden i '{field}' ({n} objekt): en befolkning kan inte vara negativ.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="411"/>
        <source>No tätort in '{layer}' has more than {n:,.0f} inhabitants in '{field}' (the first of TOWN_SIZES, which the rural typology needs).</source>
        <translation>Ingen tätort i '{layer}' har fler än {n:,.0f} invånare i '{field}' (den första storleken i TOWN_SIZES, som landsbygdstypologin behöver).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="466"/>
        <source>The services layer &apos;{layer}&apos; has no features: services_within is 0.</source>
        <translation>Servicelagret '{layer}' har inga objekt: services_within är 0.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="475"/>
        <source>estimate: straight line × {f:g} at {v:g} km/h</source>
        <translation>uppskattning: fågelvägen × {f:g} i {v:g} km/h</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="476"/>
        <source>No road network: travel times are an estimate ({text}).</source>
        <translation>Inget vägnät: restiderna är en uppskattning ({text}).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="503"/>
        <source>{n} population feature(s) in the areas are farther than {m:g} m from the road network: they have no travel time (left out of the means) and are glesbygd unless inside a tätort.</source>
        <translation>{n} befolkningsobjekt i områdena ligger längre än {m:g} m från vägnätet: de har ingen restid (utelämnas ur medelvärdena) och räknas som glesbygd om de inte ligger i en tätort.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="509"/>
        <source>{n} tätort(er) larger than {size:,.0f} are farther than {m:g} m from the road network and were left out.</source>
        <translation>{n} tätort(er) större än {size:,.0f} ligger längre än {m:g} m från vägnätet och utelämnades.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="519"/>
        <source>No tätort larger than {size:,.0f} lies within {m:g} m of the road network: that time is NULL.</source>
        <translation>Ingen tätort större än {size:,.0f} ligger inom {m:g} m från vägnätet: den restiden är NULL.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="530"/>
        <source>{n} service(s) are farther than {m:g} m from the road network and were left out.</source>
        <translation>{n} servicepunkt(er) ligger längre än {m:g} m från vägnätet och utelämnades.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="535"/>
        <source>road network</source>
        <translation>vägnät</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="540"/>
        <source>No tätort has more than {size:,.0f} inhabitants: that time is NULL.</source>
        <translation>Ingen tätort har fler än {size:,.0f} invånare: den restiden är NULL.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="550"/>
        <source>No zone of the commuting layer &apos;{layer}&apos; lies in any area: cross_share is NULL.</source>
        <translation>Ingen zon i pendlingslagret '{layer}' ligger i något område: cross_share är NULL.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="595"/>
        <source>Travel times: {method}.</source>
        <translation>Restider: {method}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="596"/>
        <source>Population units count wholly in the area that contains their point (a polygon&apos;s point on surface); {n} unit(s) lie in no area.</source>
        <translation>Befolkningsenheter räknas i sin helhet till det område som innehåller deras punkt (för en polygon dess punkt på ytan); {n} enhet(er) ligger inte i något område.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="598"/>
        <source>Rural typology: tätort = inside a tätort larger than {size:,.0f}; tätortsnära landsbygd = within {minutes:g} minutes of one; glesbygd = farther.</source>
        <translation>Landsbygdstypologi: tätort = inne i en tätort större än {size:,.0f}; tätortsnära landsbygd = inom {minutes:g} minuter från en sådan; glesbygd = längre bort.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="601"/>
        <source>Times and services are population-weighted means; empty cells are undefined (no population, or none with a travel time).</source>
        <translation>Restider och service är befolkningsviktade medelvärden; tomma celler i tabellen är odefinierade (ingen befolkning, eller ingen med restid).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/areaprofile.py" line="272"/>
        <source>TOWN_SIZES must be at most {most:,} inhabitants, larger than any city (got &apos;{text}&apos;).</source>
        <translation>TOWN_SIZES får vara högst {most:,} invånare, vilket är större än någon stad (fick &apos;{text}&apos;).</translation>
    </message>
</context>
<context>
    <name>AssembleMap</name>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="50"/>
        <source>Assemble strukturbild map</source>
        <translation>Sätt ihop strukturbildskarta</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="79"/>
        <source>Strukturbild GeoPackage</source>
        <translation>Strukturbilds-GeoPackage</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="81"/>
        <source>Extra element layers (matched by &apos;strukturbild_typ&apos; field or layer name)</source>
        <translation>Extra elementlager (kopplas via fältet 'strukturbild_typ' eller lagrets namn)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="84"/>
        <source>Layout template (library name or .qpt file)</source>
        <translation>Layoutmall (namn i biblioteket eller .qpt-fil)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="86"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="86"/>
        <source>Strukturbild</source>
        <translation>Strukturbild</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="88"/>
        <source>Subtitle</source>
        <translation>Undertitel</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="90"/>
        <source>Sources (printed as 'Källa: …')</source>
        <translation>Källor (skrivs ut som 'Källa: …')</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="92"/>
        <source>Extent layer (e.g. län or kommuner)</source>
        <translation>Utbredningslager (t.ex. län eller kommuner)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="94"/>
        <source>Extent filter expression on the extent layer</source>
        <translation>Filteruttryck för utbredningslagret</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="97"/>
        <source>Extent (used when no extent layer is given)</source>
        <translation>Utbredning (används när inget utbredningslager har angetts)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="99"/>
        <source>Style library folder (empty: configured or bundled)</source>
        <translation>Mapp för stilbibliotek (tomt: det inställda eller det medföljande)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="102"/>
        <source>Legend language</source>
        <translation>Språk i teckenförklaringen</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="102"/>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="102"/>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="105"/>
        <source>Map (PDF, PNG or SVG)</source>
        <translation>Karta (PDF, PNG eller SVG)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="105"/>
        <source>PDF (*.pdf);;PNG (*.png);;SVG (*.svg)</source>
        <translation>PDF (*.pdf);;PNG (*.png);;SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="108"/>
        <source>Element layers drawn</source>
        <translation>Utritade elementlager</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="109"/>
        <source>Map scale</source>
        <translation>Kartskala</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="114"/>
        <source>OUTPUT must end in .pdf, .png or .svg: {path}</source>
        <translation>OUTPUT måste sluta på .pdf, .png eller .svg: {path}</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="124"/>
        <source>Nothing to map: give a strukturbild GeoPackage (STRUKTURBILD) or element layers (LAYERS).</source>
        <translation>Inget att visa på kartan: ange en strukturbilds-GeoPackage (STRUKTURBILD) eller elementlager (LAYERS).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="140"/>
        <source>The extent</source>
        <translation>Utbredningen</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="156"/>
        <source>Map written to {path}: template {template}, scale 1:{scale}, {n} element layers ({layers}).</source>
        <translation>Kartan har skrivits till {path}: mall {template}, skala 1:{scale}, {n} elementlager ({layers}).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/assemblemap.py" line="58"/>
        <source>Builds a print-ready strukturbild map from a strukturbild GeoPackage and/or extra layers, with the region&apos;s shared styles and a layout template, and exports it as PDF, PNG or SVG (chosen by the output&apos;s extension). The same code builds the map in the Strukturbild panel.

Strukturbild GeoPackage: every layer named as an element type (nod, utvecklingsstrak, funktionellt_samband, gronstruktur, ...) is drawn; empty layers are left out of map and legend.
Extra layers: each is matched to an element type by a text field &apos;strukturbild_typ&apos; or by its layer name.
Template: a library template name (A3_landscape, A4_portrait, presentation_16x9) or a .qpt file with the items main_map, legend and title (and overview_map, subtitle, scalebar, north_arrow, sources, date, logo).
Extent: the bounding box of the extent layer&apos;s features (optionally filtered by an expression, e.g. &quot;code&quot; = &apos;05&apos; for one county); else the given extent; else all thematic layers. The extent layer must be in a projected CRS.
PDF and SVG keep text as text with embedded fonts, so the map is searchable and accessible.

Templates and styles are someone else&apos;s files and are checked before use: HTML items are printed as plain text without JavaScript; pictures and symbols outside the style library folder, at web addresses or chosen by expressions are left out; each removal is reported in this log. Web addresses are used only when the QGIS setting strukturbild/allow_remote_resources is true.</source>
        <translation>Skapar en tryckfärdig strukturbildskarta från en strukturbilds-GeoPackage och/eller extra lager, med regionens gemensamma stilar och en layoutmall, och exporterar den som PDF, PNG eller SVG (väljs utifrån utdatafilens filändelse). Samma kod skapar kartan i Strukturbild-panelen.

Strukturbilds-GeoPackage: varje lager som har namn efter en elementtyp (nod, utvecklingsstrak, funktionellt_samband, gronstruktur, ...) ritas ut; tomma lager utelämnas ur kartan och teckenförklaringen.
Extra lager: varje lager kopplas till en elementtyp via textfältet &apos;strukturbild_typ&apos; eller via lagrets namn.
Mall: namnet på en mall i biblioteket (A3_landscape, A4_portrait, presentation_16x9) eller en .qpt-fil med objekten main_map, legend och title (samt eventuellt overview_map, subtitle, scalebar, north_arrow, sources, date, logo).
Utbredning: den omslutande rektangeln för utbredningslagrets objekt (valfritt filtrerade med ett uttryck, t.ex. &quot;code&quot; = &apos;05&apos; för ett län); annars den angivna utbredningen; annars alla tematiska lager. Utbredningslagret måste ha ett projicerat koordinatsystem.
PDF och SVG behåller text som text med inbäddade typsnitt, så att kartan är sökbar och tillgänglig.

Mallar och stilar är någon annans filer och kontrolleras innan de används: HTML-objekt skrivs ut som vanlig text utan JavaScript; bilder och symboler utanför stilbiblioteksmappen, på webbadresser eller som väljs med uttryck utelämnas; varje borttagning redovisas i den här loggen. Webbadresser används bara när QGIS-inställningen strukturbild/allow_remote_resources är true.</translation>
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
        <location filename="../processing_algorithms/border/borderaccess.py" line="59"/>
        <source>For origins in the selected regions (grid cells, addresses, tätorter), accessibility counted twice: only destinations in the origin's own region, and all destinations (also across the border and outside every region, e.g. abroad). The difference is what the border costs if people kept to their own region's services and jobs.

Measure 0: time to the nearest destination: time_own, time_all and time_gain = time_own − time_all (minutes saved), nearest_own_id, nearest_all_id and nearest_across (1 when the nearest destination of all lies in another region). Measure 1: the sum of destination weights within THRESHOLD minutes: opp_own, opp_all and opp_gain = opp_all − opp_own. Only destinations are restricted: routes may use roads on either side of the border in both counts.
REGIONS, REGION_ID_FIELD, SELECTION and TARGET_CRS work as in Border zones (several layers and CRSs combine in one projected working CRS). Travel times over NETWORK as in Travel time and accessibility; without a network they are estimated from the straight-line distance × DETOUR_FACTOR at DEFAULT_SPEED, and the output says so.
ZONES (optional, e.g. the output of Border zones): per zone the number of origins, the mean own, all and gain values (weighted by ORIGIN_WEIGHT_FIELD, e.g. population), the largest gain, the share whose nearest destination lies across the border, and the origins with no destination of their own region within reach (n_no_own; left out of the means).</source>
        <translation>För startpunkter i de valda regionerna (rutor, adresser, tätorter) beräknas tillgängligheten två gånger: bara till målpunkter i startpunktens egen region, och till alla målpunkter (även på andra sidan gränsen och utanför alla regioner, t.ex. utomlands). Skillnaden är vad gränsen kostar om människor höll sig till den egna regionens service och arbetstillfällen.

Mått 0: restid till närmaste målpunkt: time_own, time_all och time_gain = time_own − time_all (sparade minuter), nearest_own_id, nearest_all_id och nearest_across (1 när den närmaste av alla målpunkter ligger i en annan region). Mått 1: summan av målpunkternas vikter inom THRESHOLD minuter: opp_own, opp_all och opp_gain = opp_all − opp_own. Bara målpunkterna begränsas: rutterna får använda vägar på båda sidor av gränsen i båda beräkningarna.
REGIONS, REGION_ID_FIELD, SELECTION och TARGET_CRS fungerar som i 'Gränsbygd (zoner längs gränser)' (flera lager och koordinatsystem kombineras i ett projicerat arbetskoordinatsystem). Restider på NETWORK som i 'Restid och tillgänglighet'; utan vägnät uppskattas de från avståndet fågelvägen × DETOUR_FACTOR i hastigheten DEFAULT_SPEED, och resultatet anger det.
ZONES (valfritt, t.ex. resultatet från 'Gränsbygd (zoner längs gränser)'): per zon antalet startpunkter, medelvärdena för egen region, alla målpunkter och vinsten (viktade med ORIGIN_WEIGHT_FIELD, t.ex. befolkning), den största vinsten, andelen vars närmaste målpunkt ligger på andra sidan gränsen, och de startpunkter som inte når någon målpunkt i den egna regionen (n_no_own; utelämnas ur medelvärdena).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="81"/>
        <source>Origins (points or polygons)</source>
        <translation>Startpunkter (punkter eller polygoner)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="84"/>
        <source>Origin weight field for the zone means (e.g. population; empty: 1)</source>
        <translation>Viktfält för startpunkterna i zonernas medelvärden (t.ex. befolkning; tomt: 1)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="89"/>
        <source>Measure</source>
        <translation>Mått</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="89"/>
        <source>Time to the nearest destination</source>
        <translation>Restid till närmaste målpunkt</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="89"/>
        <source>Opportunities within the threshold</source>
        <translation>Möjligheter inom tröskelvärdet</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="93"/>
        <source>Threshold (minutes)</source>
        <translation>Tröskelvärde (minuter)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="96"/>
        <source>Road network (lines; empty: straight-line estimate)</source>
        <translation>Vägnät (linjer; tomt: uppskattning fågelvägen)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="101"/>
        <source>Zones to summarise (polygons, e.g. border zones; optional)</source>
        <translation>Zoner att sammanfatta (polygoner, t.ex. gränszoner; valfritt)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="104"/>
        <source>Origins with border access</source>
        <translation>Startpunkter med tillgänglighet över gränsen</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="105"/>
        <source>Zones with border access</source>
        <translation>Zoner med tillgänglighet över gränsen</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="108"/>
        <source>Origins in the selected regions</source>
        <translation>Startpunkter i de valda regionerna</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="108"/>
        <source>Origins whose nearest destination lies across the border</source>
        <translation>Startpunkter vars närmaste målpunkt ligger på andra sidan gränsen</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="108"/>
        <source>Mean gain (minutes or opportunities)</source>
        <translation>Genomsnittlig vinst (minuter eller möjligheter)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="131"/>
        <source>The destinations layer &apos;{name}&apos; has no features with a geometry.</source>
        <translation>Målpunktslagret '{name}' har inga objekt med geometri.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="137"/>
        <source>No origin of &apos;{name}&apos; lies in the selected regions ({ids}): check SELECTION and that the layers cover the same area.</source>
        <translation>Ingen startpunkt i '{name}' ligger i de valda regionerna ({ids}): kontrollera SELECTION och att lagren täcker samma geografiska område.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="141"/>
        <source>{n} origin(s) lie outside the selected regions: their values are NULL.</source>
        <translation>{n} startpunkt(er) ligger utanför de valda regionerna: deras värden är NULL.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="146"/>
        <source>{n} destination(s) lie outside every region: they count only when all destinations count.</source>
        <translation>{n} målpunkt(er) ligger utanför alla regioner: de räknas bara med när alla målpunkter räknas.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="159"/>
        <source>estimate: straight line × {f:g} at {v:g} km/h</source>
        <translation>uppskattning: fågelvägen × {f:g} i {v:g} km/h</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="160"/>
        <source>No road network: travel times are an estimate ({text}).</source>
        <translation>Inget vägnät: restiderna är en uppskattning ({text}).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="170"/>
        <source>No destination lies within {m:g} m of the road network.</source>
        <translation>Ingen målpunkt ligger inom {m:g} m från vägnätet.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="179"/>
        <source>{n} origin(s) are farther than {m:g} m from the network: their values are NULL.</source>
        <translation>{n} startpunkt(er) ligger längre än {m:g} m från vägnätet: deras värden är NULL.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="183"/>
        <source>road network</source>
        <translation>vägnät</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="191"/>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="191"/>
        <source>opportunities</source>
        <translation>möjligheter</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="196"/>
        <source>{id}: {n} origins, mean gain {gain} {unit}, largest {top} {unit}; nearest across the border for {across}.</source>
        <translation>{id}: {n} startpunkter, genomsnittlig vinst {gain} {unit}, som mest {top} {unit}; närmaste målpunkt på andra sidan gränsen för {across}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="218"/>
        <source>The origins already have a field &apos;{field}&apos;; rename it first.</source>
        <translation>Startpunkterna har redan ett fält '{field}'; byt namn på det först.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="261"/>
        <source>The zones already have a field &apos;{field}&apos;; rename it first.</source>
        <translation>Zonerna har redan ett fält '{field}'; byt namn på det först.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderaccess.py" line="173"/>
        <source>No origin of &apos;{name}&apos; in the selected regions lies within {m:g} m of a road that leads to a destination: check that the layers cover the same area and that the network is connected, or raise MAX_SNAP.</source>
        <translation>Ingen startpunkt i &apos;{name}&apos; i de valda regionerna ligger inom {m:g} m från en väg som leder till en målpunkt: kontrollera att lagren täcker samma geografiska område och att vägnätet hänger ihop, eller höj MAX_SNAP.</translation>
    </message>
</context>
<context>
    <name>BorderFlows</name>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="97"/>
        <source>Border flows and border effect</source>
        <translation>Gränsöverskridande flöden och gränseffekt</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="100"/>
        <source>commuting,pendling,border,gräns,cross-border,gränsöverskridande,border effect,gravity,OD</source>
        <translation>pendling,commuting,gräns,border,gränsöverskridande,cross-border,gränseffekt,border effect,gravitationsmodell,gravity,OD</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="138"/>
        <source>Zones (polygon or point layers; any CRS)</source>
        <translation>Zoner (polygon- eller punktlager; valfritt koordinatsystem)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="141"/>
        <source>Zone id field (in every zone layer)</source>
        <translation>Fält för zon-id (i varje zonlager)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="143"/>
        <source>Zone name field (optional)</source>
        <translation>Fält för zonnamn (valfritt)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="145"/>
        <source>Region field (län, LA region, country …)</source>
        <translation>Regionfält (län, LA-region, land …)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="147"/>
        <source>Flow table (OD: origin, destination, value)</source>
        <translation>Flödestabell (OD-tabell: ursprung, destination, värde)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="150"/>
        <source>Origin (residence) field</source>
        <translation>Fält för ursprung (bostadskommun)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="152"/>
        <source>Destination (workplace) field</source>
        <translation>Fält för destination (arbetsställekommun)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="154"/>
        <source>Value (count) field</source>
        <translation>Fält för värde (antal)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="156"/>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="156"/>
        <source>Distance between zone centroids (km)</source>
        <translation>Avstånd mellan zonernas centroider (km)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="156"/>
        <source>Travel time over the road network (minutes)</source>
        <translation>Restid på vägnätet (minuter)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="160"/>
        <source>Distance decay</source>
        <translation>Avståndsavtagande</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="160"/>
        <source>Exponential exp(−β·c)</source>
        <translation>Exponentiellt exp(−β·c)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="160"/>
        <source>Power c^−β</source>
        <translation>Potens c^−β</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="163"/>
        <source>Working CRS (projected; empty: the first projected CRS of the zones)</source>
        <translation>Arbetskoordinatsystem (projicerat; tomt: zonernas första projicerade)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="166"/>
        <source>Road network (lines; travel time only)</source>
        <translation>Vägnät (linjer; bara för restid)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="169"/>
        <source>Zone point</source>
        <translation>Zonens punkt</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="169"/>
        <source>Centroid</source>
        <translation>Centroid</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="169"/>
        <source>Point on surface</source>
        <translation>Punkt på ytan</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="172"/>
        <source>Smallest cross-border flow drawn as a line</source>
        <translation>Minsta gränsöverskridande flöde som ritas som linje</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="175"/>
        <source>Curved lines</source>
        <translation>Böjda linjer</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="177"/>
        <source>Cross-border shares per zone</source>
        <translation>Gränsöverskridande andelar per zon</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="179"/>
        <source>Border effect per region pair</source>
        <translation>Gränseffekt per regionpar</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="185"/>
        <source>Cross-border flow lines</source>
        <translation>Gränsöverskridande flödeslinjer</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="185"/>
        <source>Distance decay β</source>
        <translation>Avståndsavtagande β</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="185"/>
        <source>Standard error of β</source>
        <translation>Standardfel för β</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="185"/>
        <source>Share of all commuters who cross a region border</source>
        <translation>Andel av alla pendlare som korsar en regiongräns</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="185"/>
        <source>Dispersion (Pearson χ² / degrees of freedom)</source>
        <translation>Dispersion (Pearsons χ² / frihetsgrader)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="185"/>
        <source>Poisson deviance of the model (compare decays)</source>
        <translation>Modellens Poisson-devians (jämför typerna av avståndsavtagande)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="185"/>
        <source>Zones</source>
        <translation>Zoner</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="185"/>
        <source>Region pairs with a border factor</source>
        <translation>Regionpar med en gränsfaktor</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="185"/>
        <source>Flow-table ids not among the zones</source>
        <translation>Id:n i flödestabellen som inte finns bland zonerna</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="193"/>
        <source>Border effect θ per region pair</source>
        <translation>Gränseffekt θ per regionpar</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="203"/>
        <source>Choose at least one zone layer (ZONES).</source>
        <translation>Välj minst ett zonlager (ZONES).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="208"/>
        <source>Name the zone id field (ZONE_ID_FIELD), e.g. the kommun code.</source>
        <translation>Ange fältet med zon-id (ZONE_ID_FIELD), t.ex. kommunkoden.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="210"/>
        <source>Name the region field (REGION_FIELD), e.g. the län code.</source>
        <translation>Ange regionfältet (REGION_FIELD), t.ex. länskoden.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="219"/>
        <source>Travel time (DISTANCE 1) needs a road network (NETWORK).</source>
        <translation>Restid (DISTANCE 1) kräver ett vägnät (NETWORK).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="226"/>
        <source>{n} zones: the model needs about {gb:.1f} GB of memory. Kommuner or similar zones are the intended size.</source>
        <translation>{n} zoner: modellen behöver omkring {gb:.1f} GB minne. Den är avsedd för kommuner eller zoner av liknande storlek.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="236"/>
        <source>No flow of &apos;{layer}&apos; is between the zones: check that ORIGIN_FIELD and DESTINATION_FIELD hold the same codes as &apos;{field}&apos; in the zone layers.</source>
        <translation>Inget flöde i '{layer}' går mellan zonerna: kontrollera att ORIGIN_FIELD och DESTINATION_FIELD innehåller samma koder som '{field}' i zonlagren.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="241"/>
        <source>All zones are in one region ({region}): a border effect needs zones in at least two regions of &apos;{field}&apos;.</source>
        <translation>Alla zoner ligger i en och samma region ({region}): en gränseffekt kräver zoner i minst två regioner i '{field}'.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="248"/>
        <source>centroid distance (km)</source>
        <translation>avstånd mellan centroider (km)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="251"/>
        <source>travel time (minutes)</source>
        <translation>restid (minuter)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="254"/>
        <source>{n} zone(s) have no geometry ({examples}): their flows count in the shares but not in the model.</source>
        <translation>{n} zon(er) saknar geometri ({examples}): deras flöden räknas med i andelarna men inte i modellen.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="262"/>
        <source>The border model cannot be fitted: {error}.</source>
        <translation>Gränsmodellen kan inte skattas: {error}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="278"/>
        <source>per km</source>
        <translation>per km</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="278"/>
        <source>per minute</source>
        <translation>per minut</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="279"/>
        <source>Model: {decay} decay of {cost}, β = {beta:.4g} ± {se:.2g}{unit}; fitted on {fitted:,.0f} commuters between different zones in {n} cells; deviance {deviance:,.0f}, dispersion {dispersion:.3g}; {iterations} Newton iterations.</source>
        <translation>Modell: avståndsavtagande ({decay}) med {cost}, β = {beta:.4g} ± {se:.2g}{unit}; skattad på {fitted:,.0f} pendlare mellan olika zoner i {n} matrisceller; devians {deviance:,.0f}, dispersion {dispersion:.3g}; {iterations} Newton-iterationer.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="295"/>
        <source>Border effect θ per region pair (95 % interval): {list}.</source>
        <translation>Gränseffekt θ per regionpar (95 %-intervall): {list}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="298"/>
        <source>{a} → {b}: observed {obs:,.0f}, expected without the border {exp:,.0f}, ratio {ratio:.3f}.</source>
        <translation>{a} → {b}: observerat {obs:,.0f}, förväntat utan gränsen {exp:,.0f}, kvot {ratio:.3f}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="304"/>
        <source>θ &gt; 1 for {list}: more commuting between these regions than the model expects without a border. This usually means the distance decay underpredicts long distances; compare DECAY 0 and 1 by their deviance (smaller fits better).</source>
        <translation>θ &gt; 1 för {list}: mer pendling mellan dessa regioner än modellen förväntar sig utan gräns. Det betyder oftast att avståndsavtagandet underskattar flödena över långa avstånd; jämför DECAY 0 och 1 utifrån deras devians (mindre passar bättre).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="309"/>
        <source>No commuting at all between {list}: θ = 0.</source>
        <translation>Ingen pendling alls mellan {list}: θ = 0.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="311"/>
        <source>{cross:,.0f} of {total:,.0f} commuters ({share:.1%}) cross a region border; {n} cross-border flow line(s).</source>
        <translation>{cross:,.0f} av {total:,.0f} pendlare ({share:.1%}) korsar en regiongräns; {n} gränsöverskridande flödeslinje(r).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="326"/>
        <source>The zone layer &apos;{name}&apos; is not a vector layer.</source>
        <translation>Zonlagret '{name}' är inget vektorlager.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="337"/>
        <source>zone id (ZONE_ID_FIELD)</source>
        <translation>zon-id (ZONE_ID_FIELD)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="337"/>
        <source>region (REGION_FIELD)</source>
        <translation>region (REGION_FIELD)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="339"/>
        <source>zone name (ZONE_NAME_FIELD)</source>
        <translation>zonnamn (ZONE_NAME_FIELD)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="341"/>
        <source>The zone layer &apos;{layer}&apos; has no field &apos;{field}&apos; for the {role}; its fields are: {fields}.</source>
        <translation>Zonlagret '{layer}' har inget fält '{field}' för {role}; dess fält är: {fields}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="354"/>
        <source>The zone id {id} occurs twice (in &apos;{a}&apos; and &apos;{b}&apos;). Each zone must occur once: dissolve the layer by &apos;{field}&apos;, or prefix the ids of different countries.</source>
        <translation>Zon-id {id} förekommer två gånger (i '{a}' och '{b}'). Varje zon får bara förekomma en gång: lös upp lagret (dissolve) efter '{field}', eller sätt ett prefix (t.ex. en landskod) före id:na från olika länder.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="374"/>
        <source>{n} zone(s) of &apos;{layer}&apos; have no value in &apos;{field}&apos; and were left out.</source>
        <translation>{n} zon(er) i '{layer}' saknar värde i '{field}' och har utelämnats.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="377"/>
        <source>The zone layers have no feature with a value in &apos;{field}&apos;.</source>
        <translation>Zonlagren har inget objekt med ett värde i '{field}'.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="380"/>
        <source>{n} zone(s) have no value in the region field &apos;{field}&apos; (e.g. {examples}): give every zone a region.</source>
        <translation>{n} zon(er) saknar värde i regionfältet '{field}' (t.ex. {examples}): ge varje zon en region.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="398"/>
        <source>Zone {id} of &apos;{layer}&apos; cannot be transformed to {crs}: choose a TARGET_CRS that covers all zones.</source>
        <translation>Zon {id} i '{layer}' kan inte transformeras till {crs}: välj ett TARGET_CRS som täcker alla zoner.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="415"/>
        <source>{n} zone point(s) are farther than {m:g} m from the road network ({examples}): their flows count in the shares but not in the model.</source>
        <translation>{n} zonpunkt(er) ligger längre än {m:g} m från vägnätet ({examples}): deras flöden räknas med i andelarna men inte i modellen.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="419"/>
        <source>Fewer than two zones lie within {m:g} m of the road network.</source>
        <translation>Färre än två zoner ligger inom {m:g} m från vägnätet.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="427"/>
        <source>{n} pair(s) of zones cannot reach each other over the network (a disconnected network?): they are left out of the model.</source>
        <translation>{n} zonpar kan inte nå varandra på vägnätet (ett osammanhängande vägnät?): de utelämnas ur modellen.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="104"/>
        <source>How much commuting crosses region borders, and how much less than it would without the border.

ZONES: one or more polygon or point layers (kommuner of several countries may come from layers in different CRSs), each with the fields ZONE_ID_FIELD, REGION_FIELD (the zone's region: län, LA region, country …) and optionally ZONE_NAME_FIELD. Every zone needs a region; ids must be unique across the layers. FLOWS: an OD table (residence, workplace, count) read like in 'Flow lines': SCB/SSB CSVs with leading zeros, Swedish number formats, total rows and duplicated rows; ids not among the zones are reported and left out.

Shares (per zone, diagonal included): out_total = employed residents, out_cross = those working in another region, out_cross_share = out_cross / out_total; in_total, in_cross, in_cross_share likewise for the jobs.

Border effect: a doubly-constrained gravity model F_ij = A_i O_i B_j D_j f(c_ij) θ_RS fitted by Poisson maximum likelihood to all flows between different zones (people working in their home zone are left out of the fit: they have no distance). f(c) = exp(−β·c) (DECAY 0) or c^−β (DECAY 1); the cost c is the straight-line distance between the zones' centroids in km (DISTANCE 0) or the travel time in minutes over NETWORK (DISTANCE 1; speeds and one-way as in 'Travel time and accessibility'). θ is one factor per pair of regions (the same both ways: a one-way factor cannot be told apart from the balancing factors), θ = 1 within a region. θ = observed flow between the two regions ÷ the flow the same model predicts without the border: 1 = no border effect, 0.3 = 70 % fewer commuters across the border than the distances predict.

Outputs: OUTPUT_TABLE, one row per zone with the shares and the cross-border flows the model expects without the border (with the zones' shapes when they are all areas or all points: a map of the shares, and the COMMUTING layer of 'Area profile' as it is); OUTPUT_PAIRS, one row per ordered region pair with region_from, region_to, observed, expected (model without θ), border_effect = observed / expected in that direction, theta with its 95 % interval (quasi-Poisson), beta; OUTPUT_LINES, the cross-border flows (at least MIN_VALUE) as lines with the fields of 'Flow lines' and the expected flow, drawn as strukturbild 'funktionellt samband'.

TARGET_CRS: the projected CRS in which distances are measured and the lines are written (empty: the first projected CRS of the zone layers; all geographic: the UTM zone of the data).
Refused with a message: a zone without a region, a single region, duplicated zone ids, a flow table whose ids match no zone, a geographic TARGET_CRS, a zone layer without a CRS, no commuting across any border.</source>
        <translation>Hur mycket pendling som korsar regiongränser, och hur mycket mindre den är än den skulle ha varit utan gränsen.

ZONES: ett eller flera polygon- eller punktlager (kommuner i flera länder kan komma från lager i olika koordinatsystem), vart och ett med fälten ZONE_ID_FIELD, REGION_FIELD (zonens region: län, LA-region, land …) och valfritt ZONE_NAME_FIELD. Varje zon måste ha en region; id:n måste vara unika i alla lager. FLOWS: en OD-tabell (bostadskommun, arbetsställekommun, antal) som läses som i 'Flödeslinjer (funktionella samband)': CSV-filer från SCB/SSB med inledande nollor, svenska talformat, summarader och dubblerade rader; id:n som inte finns bland zonerna rapporteras och utelämnas.

Andelar (per zon, diagonalen inräknad): out_total = sysselsatta boende, out_cross = de som arbetar i en annan region, out_cross_share = out_cross / out_total; in_total, in_cross, in_cross_share på motsvarande sätt för arbetstillfällena.

Gränseffekt: en dubbelt begränsad gravitationsmodell F_ij = A_i O_i B_j D_j f(c_ij) θ_RS skattad med Poisson-maximum likelihood på alla flöden mellan olika zoner (personer som arbetar i sin hemzon ingår inte i skattningen: de har inget avstånd). f(c) = exp(−β·c) (DECAY 0) eller c^−β (DECAY 1); kostnaden c är avståndet fågelvägen mellan zonernas centroider i km (DISTANCE 0) eller restiden i minuter på NETWORK (DISTANCE 1; hastigheter och enkelriktning som i 'Restid och tillgänglighet'). θ är en faktor per par av regioner (samma i båda riktningarna: en enkelriktad faktor går inte att skilja från balanseringsfaktorerna), θ = 1 inom en region. θ = observerat flöde mellan de två regionerna ÷ det flöde som samma modell förutsäger utan gränsen: 1 = ingen gränseffekt, 0,3 = 70 % färre pendlare över gränsen än vad avstånden förutsäger.

Utdata: OUTPUT_TABLE, en rad per zon med andelarna och de gränsöverskridande flöden som modellen förväntar sig utan gränsen (med zonernas former när alla är ytor eller alla punkter: en karta över andelarna, och lagret COMMUTING i 'Områdesprofil' som det är); OUTPUT_PAIRS, en rad per ordnat regionpar med region_from, region_to, observed, expected (modellen utan θ), border_effect = observed / expected i den riktningen, theta med dess 95 %-intervall (kvasi-Poisson), beta; OUTPUT_LINES, de gränsöverskridande flödena (minst MIN_VALUE) som linjer med fälten från 'Flödeslinjer (funktionella samband)' och det förväntade flödet, ritade som strukturbildens 'funktionellt samband'.

TARGET_CRS: det projicerade koordinatsystem där avstånden mäts och linjerna skrivs (tomt: zonlagrens första projicerade koordinatsystem; alla geografiska: datats UTM-zon).
Avvisas med ett meddelande: en zon utan region, en enda region, dubblerade zon-id:n, en flödestabell vars id:n inte matchar någon zon, ett geografiskt TARGET_CRS, ett zonlager utan koordinatsystem, ingen pendling över någon gräns.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="279"/>
        <source>exponential</source>
        <translation>exponentiellt</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderflows.py" line="279"/>
        <source>power</source>
        <translation>potens</translation>
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
        <location filename="../processing_algorithms/border/borderzones.py" line="115"/>
        <source>Regions (polygon layers: län, kommuner, national units; any CRS)</source>
        <translation>Regioner (polygonlager: län, kommuner, nationella enheter; valfritt koordinatsystem)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="118"/>
        <source>Region id field (present in every region layer)</source>
        <translation>Fält med region-id (finns i varje regionlager)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="120"/>
        <source>Selected region ids (comma-separated; empty: all)</source>
        <translation>Valda region-id (kommaseparerade; tomt: alla)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="142"/>
        <source>Borders</source>
        <translation>Gränser</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="142"/>
        <source>Internal borders between the selected regions</source>
        <translation>Inre gränser mellan de valda regionerna</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="142"/>
        <source>All land borders of the selected regions</source>
        <translation>Alla landgränser för de valda regionerna</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="146"/>
        <source>Band upper bounds (comma-separated, km or minutes)</source>
        <translation>Bandens övre gränser (kommaseparerade, km eller minuter)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="148"/>
        <source>Measure</source>
        <translation>Mått</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="148"/>
        <source>Distance (km)</source>
        <translation>Avstånd (km)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="148"/>
        <source>Travel time over the road network (minutes)</source>
        <translation>Restid på vägnätet (minuter)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="152"/>
        <source>Snapping tolerance between neighbouring boundaries (m)</source>
        <translation>Fästtolerans mellan grannars gränslinjer (m)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="125"/>
        <source>Working CRS (projected; empty: the first projected CRS of the regions)</source>
        <translation>Arbetskoordinatsystem (projicerat; tomt: regionernas första projicerade)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="156"/>
        <source>Population (points or polygons; optional)</source>
        <translation>Befolkning (punkter eller polygoner; valfritt)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="159"/>
        <source>Population field (empty: 1 per feature)</source>
        <translation>Befolkningsfält (tomt: 1 per objekt)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="163"/>
        <source>Services (points; optional)</source>
        <translation>Service (punkter; valfritt)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="166"/>
        <source>Road network (lines; travel time only)</source>
        <translation>Vägnät (linjer; bara för restid)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="170"/>
        <source>Spacing of the travel-time sources along the border (m)</source>
        <translation>Avstånd mellan restidens startpunkter längs gränsen (m)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="173"/>
        <source>Band polygon around the reached roads (m; travel time only)</source>
        <translation>Bandpolygon runt de nådda vägarna (m; bara för restid)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="177"/>
        <source>Border zones</source>
        <translation>Gränsbygd</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="179"/>
        <source>Zones</source>
        <translation>Zoner</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="179"/>
        <source>Borders (region pairs)</source>
        <translation>Gränser (regionpar)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="179"/>
        <source>Border length (km)</source>
        <translation>Gränslängd (km)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="182"/>
        <source>Border length per region pair</source>
        <translation>Gränslängd per regionpar</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="133"/>
        <source>Choose at least one region layer (REGIONS).</source>
        <translation>Välj minst ett regionlager (REGIONS).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="136"/>
        <source>Name the region id field (REGION_ID_FIELD), e.g. the län or kommun code.</source>
        <translation>Ange fältet med region-id (REGION_ID_FIELD), t.ex. läns- eller kommunkoden.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="216"/>
        <source>Region {id} has no {what} (within {tol:g} m): it gets no zones.</source>
        <translation>Region {id} har ingen {what} (inom {tol:g} m): den får inga zoner.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="216"/>
        <source>border with another selected region</source>
        <translation>gräns mot en annan vald region</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="216"/>
        <source>land border</source>
        <translation>landgräns</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="221"/>
        <source>Border {a}–{b}: {km:.1f} km.</source>
        <translation>Gräns {a}–{b}: {km:.1f} km.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="244"/>
        <source>{id} {low:g}–{high:g} {unit}: {area:,.1f} km², population {pop}, services {services}.</source>
        <translation>{id} {low:g}–{high:g} {unit}: {area:,.1f} km², befolkning {pop}, service {services}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="251"/>
        <source>{n} zone(s) for {k} region(s) along {m} border(s), {km:.1f} km in all.</source>
        <translation>{n} zon(er) för {k} region(er) längs {m} gräns(er), totalt {km:.1f} km.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="268"/>
        <source>BANDS holds no band: give upper bounds separated by commas, e.g. 10,25.</source>
        <translation>BANDS innehåller inget band: ange övre gränser åtskilda med komma, t.ex. 10,25.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="270"/>
        <source>BANDS must be numbers greater than 0 (got &apos;{text}&apos;).</source>
        <translation>BANDS måste vara tal större än 0 (fick '{text}').</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="275"/>
        <source>BANDS must be numbers separated by commas, e.g. 10,25 (got &apos;{text}&apos;).</source>
        <translation>BANDS måste vara tal åtskilda med komma, t.ex. 10,25 (fick '{text}').</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="287"/>
        <source>The region layer &apos;{name}&apos; is not a polygon layer.</source>
        <translation>Regionlagret '{name}' är inget polygonlager.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="290"/>
        <source>The region layer &apos;{name}&apos; has no field &apos;{field}&apos; (REGION_ID_FIELD); its fields are: {fields}.</source>
        <translation>Regionlagret '{name}' har inget fält '{field}' (REGION_ID_FIELD); dess fält är: {fields}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="304"/>
        <source>The id {id} occurs in the region layers &apos;{a}&apos; and &apos;{b}&apos;: ids must be unique across the layers (e.g. prefix them with a country code).</source>
        <translation>Id {id} finns i både regionlagret '{a}' och '{b}': id måste vara unika i alla lager (sätt t.ex. en landskod före).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="311"/>
        <source>Region {id} (feature {fid} of &apos;{name}&apos;) cannot be transformed to {crs}: choose a TARGET_CRS that covers all regions.</source>
        <translation>Region {id} (objekt {fid} i '{name}') kan inte transformeras till {crs}: välj ett TARGET_CRS som täcker alla regioner.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="320"/>
        <source>{n} region feature(s) without a geometry or without an id in &apos;{field}&apos; were left out.</source>
        <translation>{n} regionobjekt utan geometri eller utan id i '{field}' utelämnades.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="323"/>
        <source>{n} invalid region geometry(ies) were repaired (makeValid): {list}.</source>
        <translation>{n} ogiltiga regiongeometrier reparerades (makeValid): {list}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="327"/>
        <source>The region layers have no feature with a geometry and an id in &apos;{field}&apos;.</source>
        <translation>Regionlagren har inget objekt med geometri och id i '{field}'.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="341"/>
        <source>Region id(s) not found in &apos;{field}&apos;: {missing}. The regions have e.g. {known}.</source>
        <translation>Region-id som inte finns i '{field}': {missing}. Regionerna har t.ex. {known}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="346"/>
        <source>Internal borders (BORDER 0) need at least two selected regions; for the land borders of one region choose BORDER 1.</source>
        <translation>Inre gränser (BORDER 0) kräver minst två valda regioner; för en regions landgränser, välj BORDER 1.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="381"/>
        <source>Regions {a} and {b} overlap by {km2:,.1f} km² ({share:.0%} of the smaller one). Regions must not overlap: are two levels (län and kommuner) or two copies of a layer mixed? Remove the overlap and run again.</source>
        <translation>Regionerna {a} och {b} överlappar med {km2:,.1f} km² ({share:.0%} av den mindre). Regioner får inte överlappa: är två nivåer (län och kommuner) eller två kopior av ett lager blandade? Ta bort överlappet och kör igen.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="411"/>
        <source>The selected regions share no border (no boundary within SNAP_TOLERANCE = {tol:g} m of another selected region). Select neighbouring regions, raise SNAP_TOLERANCE, or use BORDER 1 for all land borders.</source>
        <translation>De valda regionerna har ingen gemensam gräns (ingen gränslinje inom SNAP_TOLERANCE = {tol:g} m från en annan vald region). Välj angränsande regioner, höj SNAP_TOLERANCE eller använd BORDER 1 för alla landgränser.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="415"/>
        <source>The selected regions have no land border with any region in REGIONS (no boundary within SNAP_TOLERANCE = {tol:g} m of another region): add the neighbouring regions to REGIONS or raise SNAP_TOLERANCE.</source>
        <translation>De valda regionerna har ingen landgräns mot någon region i REGIONS (ingen gränslinje inom SNAP_TOLERANCE = {tol:g} m från en annan region): lägg till grannregionerna i REGIONS eller höj SNAP_TOLERANCE.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="458"/>
        <source>No road lies within {m:g} m (MAX_SNAP) of the border of region {id}: it gets no zones.</source>
        <translation>Ingen väg ligger inom {m:g} m (MAX_SNAP) från gränsen för region {id}: den får inga zoner.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="461"/>
        <source>Region {id}: {n} source point(s) on its border ({c} road crossing(s)), {a} joined to the roads.</source>
        <translation>Region {id}: {n} startpunkt(er) på gränsen ({c} vägkorsning(ar)), {a} anslutna till vägnätet.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="514"/>
        <source>The population layer &apos;{layer}&apos; has no field &apos;{field}&apos;.</source>
        <translation>Befolkningslagret '{layer}' har inget fält '{field}'.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="529"/>
        <source>The population layer &apos;{layer}&apos; has no features with a geometry: choose a layer with population (or remove a filter), or leave POPULATION empty.</source>
        <translation>Befolkningslagret '{layer}' har inga objekt med geometri: välj ett lager med befolkning (eller ta bort ett filter), eller lämna POPULATION tomt.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="533"/>
        <source>{n} population feature(s) have no value in &apos;{field}&apos; and count as 0.</source>
        <translation>{n} befolkningsobjekt saknar värde i '{field}' och räknas som 0.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="564"/>
        <source>The services layer &apos;{layer}&apos; has no features: every zone has 0 services.</source>
        <translation>Servicelagret '{layer}' har inga objekt: varje zon har 0 service.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="83"/>
        <source>Bands along the land borders of regions: län, kommuner, or national units of several countries. Each selected region gets its own bands on its side of the border (region_id), as rings (10–25 excludes 0–10) clipped to the region, with their area, population and number of services.

REGIONS: one or more polygon layers, each with REGION_ID_FIELD; layers in different CRSs (e.g. Sweden EPSG:3006, Finland EPSG:3067, Norway EPSG:25833) are reprojected to TARGET_CRS (default: the first projected CRS of the layers; all in degrees: the UTM zone of the data). Nothing is measured in degrees. Features with the same id are one region. SELECTION: comma-separated ids (empty: all).
Borders: a region's boundary within SNAP_TOLERANCE metres of another region is a border; a border shared by two regions is one line (taken from the region whose id sorts first), so generalised boundaries that differ by metres are snapped together. A boundary near no other region (the coast, a lake outside every region) is no border. BORDER 0: only the borders between two selected regions; BORDER 1: all land borders of the selected regions, with any region in REGIONS.
BANDS: upper bounds, e.g. 10,25. MODE 0: distance in km from the border. MODE 1: travel time in minutes over NETWORK (speeds and one-way as in 'Travel time and accessibility'; without NETWORK an estimate: the straight-line distance × DETOUR_FACTOR at DEFAULT_SPEED, said in access_method): the sources are points every SAMPLE_SPACING metres along the region's border and every road crossing of it, joined to the nearest road within MAX_SNAP at ACCESS_SPEED; one Dijkstra per region; a band is the roads reached within its time (cut where the time runs out) buffered by ROAD_BUFFER metres and clipped to the region, minus the faster bands. Land farther than ROAD_BUFFER from a reached road is in no band.
POPULATION (optional): points are summed when inside a band; polygons (grid cells, DeSO) are apportioned by the share of their area inside the band. POPULATION_FIELD (empty: 1 per feature). An empty population layer is refused (zero inhabitants would be wrong, not unknown); without a layer the field is NULL. SERVICES (optional points): the count in each band; an empty layer gives 0 with a warning.
Refused with a message: ids not found, no shared border, overlapping regions (more than 1 % of the smaller: e.g. län and kommuner mixed), a region layer without a CRS, a geographic TARGET_CRS.
Output fields: region_id, band_from, band_to (km or minutes), area_km2, population, services, and band_enhet, grans, strukturbild_typ so that the layer draws as gränsbygd in a strukturbild map.</source>
        <translation>Band längs regioners landgränser: län, kommuner eller nationella enheter i flera länder. Varje vald region får egna band på sin sida av gränsen (region_id), som ringar (10–25 utesluter 0–10) klippta mot regionen, med yta, befolkning och antal service.

REGIONS: ett eller flera polygonlager, vart och ett med REGION_ID_FIELD; lager i olika koordinatsystem (t.ex. Sverige EPSG:3006, Finland EPSG:3067, Norge EPSG:25833) projiceras om till TARGET_CRS (standard: lagrens första projicerade koordinatsystem; alla i grader: datats UTM-zon). Inget mäts i grader. Objekt med samma id är en region. SELECTION: kommaseparerade id (tomt: alla).
Gränser: en regions gränslinje inom SNAP_TOLERANCE meter från en annan region är en gräns; en gräns som två regioner delar är en linje (tagen från regionen vars id sorteras först), så generaliserade gränslinjer som skiljer sig några meter fästs ihop. En gränslinje nära ingen annan region (kusten, en sjö utanför alla regioner) är ingen gräns. BORDER 0: bara gränserna mellan två valda regioner; BORDER 1: alla de valda regionernas landgränser, mot vilken region i REGIONS som helst.
BANDS: övre gränser, t.ex. 10,25. MODE 0: avstånd i km från gränsen. MODE 1: restid i minuter på NETWORK (hastigheter och enkelriktning som i 'Restid och tillgänglighet'; utan NETWORK en uppskattning: avståndet fågelvägen × DETOUR_FACTOR i hastigheten DEFAULT_SPEED, anges i access_method): startpunkterna ligger var SAMPLE_SPACING meter längs regionens gräns och vid varje väg som korsar den, anslutna till närmaste väg inom MAX_SNAP med ACCESS_SPEED; en Dijkstra per region; ett band är vägarna som nås inom dess tid (kapade där tiden tar slut) med en buffert på ROAD_BUFFER meter, klippt mot regionen, minus de snabbare banden. Mark längre än ROAD_BUFFER från en nådd väg ligger i inget band.
POPULATION (valfritt): punkter summeras när de ligger i ett band; polygoner (rutor, DeSO) fördelas efter hur stor andel av ytan som ligger i bandet. POPULATION_FIELD (tomt: 1 per objekt). Ett tomt befolkningslager avvisas (noll invånare vore fel, inte okänt); utan lager är fältet NULL. SERVICES (valfria punkter): antalet i varje band; ett tomt lager ger 0 med en varning.
Avvisas med ett meddelande: id som inte finns, ingen gemensam gräns, överlappande regioner (mer än 1 % av den mindre: t.ex. län och kommuner blandade), ett regionlager utan koordinatsystem, ett geografiskt TARGET_CRS.
Utdatafält: region_id, band_from, band_to (km eller minuter), area_km2, population, services samt band_enhet, grans, strukturbild_typ så att lagret ritas som gränsbygd i en strukturbildskarta.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="195"/>
        <source>distance</source>
        <translation>avstånd</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="197"/>
        <source>road network</source>
        <translation>vägnät</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="202"/>
        <source>estimate: straight line × {f:g} at {v:g} km/h</source>
        <translation>uppskattning: fågelvägen × {f:g} i {v:g} km/h</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="203"/>
        <source>No road network: the travel-time bands are an estimate ({text}).</source>
        <translation>Inget vägnät: restidsbanden är en uppskattning ({text}).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/border/borderzones.py" line="272"/>
        <source>BANDS must be at most {most:,.0f} km or minutes, wider than any border zone (got &apos;{text}&apos;).</source>
        <translation>BANDS får vara högst {most:,.0f} km eller minuter, vilket är bredare än någon gränszon (fick &apos;{text}&apos;).</translation>
    </message>
</context>
<context>
    <name>ConnectivityTables</name>
    <message>
        <location filename="../processing_algorithms/green/connectivitytables.py" line="102"/>
        <source>Connectivity indices from Conefor files (PC, IIC, EC, dPC)</source>
        <translation>Konnektivitetsindex från Conefor-filer (PC, IIC, EC, dPC)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/connectivitytables.py" line="105"/>
        <source>Computes the habitat-network connectivity indices of Conefor 2.7.3 from Conefor's own input files, so Conefor users migrate with their files unchanged.

Nodes: a text file 'id attribute' (e.g. habitat area in ha). Connections: 'id1 id2 distance' (m, edge to edge), one line per pair. All pairs: the file lists every pair (Conefor's 'all'); otherwise a pair that is missing has no direct link (Conefor's 'notall').
PC: the link probability is p = PROBABILITY at DISTANCE and decays exponentially, p_ij = exp(ln(PROBABILITY)·d_ij/DISTANCE); PC uses the maximum-product path p*_ij. IIC links a pair when d ≤ IIC_DISTANCE (default DISTANCE) and counts steps. EC = sqrt(numerator). PC and IIC are divided by LANDSCAPE_AREA² when it is given (same unit as the attributes).
Node importance dX = 100·(X − X without the node)/X, split into intra (the node's own attribute), flux (its flows to and from others) and connector (its role as a stepping stone); F is Graphab's flux Σ a_j p*_ij.</source>
        <translation>Beräknar habitatnätverkets konnektivitetsindex enligt Conefor 2.7.3 från Conefors egna indatafiler, så att Conefor-användare kan gå över med oförändrade filer.

Noder: en textfil 'id attribut' (t.ex. habitatets area i ha). Förbindelser: 'id1 id2 avstånd' (m, kant till kant), en rad per par. Alla par: filen anger varje par (Conefors 'all'); annars har ett par som saknas i filen ingen direkt länk (Conefors 'notall').
PC: länkens sannolikhet är p = PROBABILITY vid DISTANCE och avtar exponentiellt, p_ij = exp(ln(PROBABILITY)·d_ij/DISTANCE); PC använder vägen med största produkt p*_ij. IIC länkar ett par när d ≤ IIC_DISTANCE (standard DISTANCE) och räknar steg. EC = sqrt(täljaren). PC och IIC divideras med LANDSCAPE_AREA² när den anges (samma enhet som attributen).
Nodens betydelse dX = 100·(X − X utan noden)/X, uppdelad i intra (nodens eget attribut), flux (dess flöden till och från andra) och connector (dess roll som språngbräda, så kallad stepping stone); F är Graphabs flux Σ a_j p*_ij.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/connectivitytables.py" line="120"/>
        <source>Conefor node file (id attribute)</source>
        <translation>Conefors nodfil (id attribut)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/connectivitytables.py" line="121"/>
        <source>Conefor connection file (id1 id2 distance)</source>
        <translation>Conefors förbindelsefil (id1 id2 avstånd)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/connectivitytables.py" line="123"/>
        <source>The connection file lists all pairs (Conefor &apos;all&apos;)</source>
        <translation>Förbindelsefilen anger alla par (Conefors 'all')</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/connectivitytables.py" line="126"/>
        <source>Landscape area (unit of the attribute; empty: numerators only)</source>
        <translation>Landskapets area (attributets enhet; tomt: endast täljare)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/connectivitytables.py" line="129"/>
        <source>Node importances</source>
        <translation>Nodernas betydelse</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/connectivitytables.py" line="147"/>
        <source>{n} line(s) of the connection file join a node to itself; they were skipped.</source>
        <translation>{n} rad(er) i förbindelsefilen förbinder en nod med sig själv; de hoppades över.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/connectivitytables.py" line="151"/>
        <source>ALL_PAIRS is set but the connection file lists {m} of the {total} pairs of {n} nodes. Give every pair, or clear ALL_PAIRS (a missing pair then has no direct link).</source>
        <translation>ALL_PAIRS är angiven men förbindelsefilen anger {m} av de {total} paren för {n} noder. Ange varje par, eller avmarkera ALL_PAIRS (ett par som saknas har då ingen direkt länk).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/connectivitytables.py" line="160"/>
        <source>{n} nodes, {m} connections read.</source>
        <translation>{n} noder och {m} förbindelser lästa.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/connectivitytables.py" line="180"/>
        <source>PCnum {pc:.6g}, EC(PC) {ec:.6g}, IICnum {iic:.6g}, {c} component(s); most important node by dPC: {best}.</source>
        <translation>PCnum {pc:.6g}, EC(PC) {ec:.6g}, IICnum {iic:.6g}, {c} komponent(er); viktigaste noden enligt dPC: {best}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/connectivitytables.py" line="142"/>
        <source>Every node of &apos;{file}&apos; has the attribute 0, so every connectivity index would be 0: the second column must hold the nodes&apos; habitat amount (e.g. area in ha).</source>
        <translation>Alla noder i &apos;{file}&apos; har attributet 0, så alla konnektivitetsindex skulle bli 0: den andra kolumnen måste innehålla nodernas mängd livsmiljö (t.ex. area i ha).</translation>
    </message>
</context>
<context>
    <name>Corridors</name>
    <message>
        <location filename="../processing_algorithms/green/corridors.py" line="63"/>
        <source>Least-cost corridors between core areas</source>
        <translation>Minsta kostnadskorridorer mellan kärnområden</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/corridors.py" line="66"/>
        <source>Least-cost links between core areas (e.g. värdetrakter or protected areas) over a resistance raster, and the normalised least-cost corridor of Linkage Mapper: for every linked pair of cores a and b, CWD_a + CWD_b − LCD_ab (0 on the least-cost path), mosaicked by the minimum.

Cost step as GRASS r.cost: (c_a + c_b)/2 × (1 for a rook move, √2 diagonal, √5 for the optional knight's move) × cell size. Cells with nodata or a cost of 0 or less are impassable. The raster must be in a projected CRS in metres; the cores are reprojected to it.
MAX_COST: pairs whose least-cost distance is larger are not linked (0: no limit). CUTOFF: corridor polygons where the corridor value is at most this cost.
Outputs: the links as lines along the least-cost paths (from_core, to_core, cost, length_m), the corridor raster (GeoTIFF) and the corridor polygons.</source>
        <translation>Förbindelser med minsta kostnad mellan kärnområden (t.ex. värdetrakter eller skyddade områden) över ett motståndsraster, samt den normaliserade minsta kostnadskorridoren enligt Linkage Mapper: för varje förbundet par av kärnområden a och b, CWD_a + CWD_b − LCD_ab (0 på minsta kostnadsvägen), sammanfogad (mosaik) med minimum.

Kostnadssteg som i GRASS r.cost: (c_a + c_b)/2 × (1 för ett rakt steg, √2 diagonalt, √5 för det valfria springarsteget) × cellstorlek. Celler som är ogiltiga (nodata) eller har en kostnad på 0 eller mindre är ofarbara. Rastret måste ha ett projicerat koordinatsystem i meter; kärnområdena projiceras om till det.
MAX_COST: par vars minsta kostnadsavstånd är större förbinds inte (0: ingen gräns). CUTOFF: korridorpolygoner där korridorvärdet är högst denna kostnad.
Utdata: förbindelserna som linjer längs minsta kostnadsvägarna (from_core, to_core, cost, length_m), korridorrastret (GeoTIFF) och korridorpolygonerna.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/corridors.py" line="79"/>
        <source>Core areas (polygons)</source>
        <translation>Kärnområden (polygoner)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/corridors.py" line="81"/>
        <source>Core id field (empty: feature id)</source>
        <translation>Id-fält för kärnområden (tomt: objekt-id)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/corridors.py" line="84"/>
        <source>Resistance (cost) raster</source>
        <translation>Motståndsraster (kostnadsraster)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/corridors.py" line="85"/>
        <source>Link pairs up to this least-cost distance (0: no limit)</source>
        <translation>Förbind par upp till detta minsta kostnadsavstånd (0: ingen gräns)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/corridors.py" line="88"/>
        <source>Corridor polygons up to this corridor cost</source>
        <translation>Korridorpolygoner upp till denna korridorkostnad</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/corridors.py" line="91"/>
        <source>Neighbours</source>
        <translation>Grannar</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/corridors.py" line="93"/>
        <source>Least-cost links</source>
        <translation>Förbindelser med minsta kostnad</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/corridors.py" line="95"/>
        <source>Corridor raster (CWD_a + CWD_b − LCD)</source>
        <translation>Korridorraster (CWD_a + CWD_b − LCD)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/corridors.py" line="97"/>
        <source>Corridor polygons</source>
        <translation>Korridorpolygoner</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/corridors.py" line="100"/>
        <source>Core areas</source>
        <translation>Kärnområden</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/corridors.py" line="100"/>
        <source>Linked pairs</source>
        <translation>Förbundna par</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/corridors.py" line="112"/>
        <source>The core areas or the resistance raster could not be read.</source>
        <translation>Kärnområdena eller motståndsrastret gick inte att läsa.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/corridors.py" line="115"/>
        <source>The resistance raster &apos;{name}&apos;</source>
        <translation>Motståndsrastret '{name}'</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/corridors.py" line="119"/>
        <source>Resistance raster {rows} × {cols} cells of {cell:g} m.</source>
        <translation>Motståndsraster med {rows} × {cols} celler på {cell:g} m.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/corridors.py" line="137"/>
        <source>At least two core areas are needed; the layer has {n}.</source>
        <translation>Minst två kärnområden behövs; lagret har {n}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/corridors.py" line="142"/>
        <source>{n} core(s) lie outside the raster or cover no cell: {ids}.</source>
        <translation>{n} kärnområde(n) ligger utanför rastret eller täcker ingen cell: {ids}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/corridors.py" line="222"/>
        <source>{n} linked pair(s) among {k} cores; corridor raster {path}.</source>
        <translation>{n} förbundna par bland {k} kärnområden; korridorraster {path}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/corridors.py" line="132"/>
        <source>core areas</source>
        <translation>kärnområdena</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/corridors.py" line="146"/>
        <source>{n} of the {total} core areas of &apos;{layer}&apos; cover a passable cell of the resistance raster &apos;{raster}&apos; (the others lie outside it or on cells with no data or a cost of 0 or less): at least two are needed for a link.</source>
        <translation>{n} av de {total} kärnområdena i &apos;{layer}&apos; täcker en framkomlig cell i motståndsrastret &apos;{raster}&apos; (de övriga ligger utanför det eller på celler utan data eller med en kostnad på 0 eller mindre): minst två behövs för en förbindelse.</translation>
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
        <location filename="../processing_algorithms/maps/createstrukturbild.py" line="31"/>
        <source>Creates an empty strukturbild GeoPackage with one layer per element type of the strukturbild data model (an extension of Boverket's ÖP-modell): nodes, interchanges, development corridors, transport infrastructure, functional and cross-border connections, green structure and green links, blue structure, development areas, rural typology, border bands, functional regions, GI value areas and administrative units.

Every layer has the common fields id, plan_id, struktur, objekttyp, niva, vagledning, status, horisont_ar, kalla, beskrivning and its own fields. The style from the style library is stored in the GeoPackage as each layer's default style, and coded fields get drop-down lists, so the layers can be drawn in directly.

CRS: a projected CRS in metres (default SWEREF 99 TM, EPSG:3006).
Style library: a folder with the region's shared styles (empty: the library set in the Strukturbild settings, else the bundled one).</source>
        <translation>Skapar en tom strukturbilds-GeoPackage med ett lager per elementtyp i strukturbildens datamodell (en utvidgning av Boverkets ÖP-modell): noder, bytespunkter, utvecklingsstråk, transportinfrastruktur, funktionella och gränsöverskridande samband, grönstruktur och gröna samband, blåstruktur, utvecklingsområden, landsbygdstypologi, gränszoner, funktionella regioner, värdeområden för grön infrastruktur och administrativa indelningar.

Varje lager har de gemensamma fälten id, plan_id, struktur, objekttyp, niva, vagledning, status, horisont_ar, kalla, beskrivning samt egna fält. Stilen från stilbiblioteket sparas i GeoPackage-filen som respektive lagers standardstil, och kodade fält får rullgardinslistor, så att man kan digitalisera direkt i lagren.

Koordinatsystem: ett projicerat koordinatsystem i meter (standard SWEREF 99 TM, EPSG:3006).
Stilbibliotek: en mapp med regionens gemensamma stilar (tomt: biblioteket som angetts i Strukturbild-inställningarna, annars det medföljande).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/createstrukturbild.py" line="46"/>
        <source>Coordinate reference system (projected, metres)</source>
        <translation>Koordinatsystem (projicerat, meter)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/createstrukturbild.py" line="49"/>
        <source>Style library folder (empty: configured or bundled)</source>
        <translation>Mapp för stilbibliotek (tomt: det inställda eller det medföljande)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/createstrukturbild.py" line="52"/>
        <source>Strukturbild GeoPackage</source>
        <translation>Strukturbilds-GeoPackage</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/createstrukturbild.py" line="52"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/createstrukturbild.py" line="54"/>
        <source>Number of element layers</source>
        <translation>Antal elementlager</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/createstrukturbild.py" line="60"/>
        <source>The chosen CRS</source>
        <translation>Valt koordinatsystem</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/createstrukturbild.py" line="63"/>
        <source>OUTPUT must be a GeoPackage file ending in .gpkg: {path}</source>
        <translation>OUTPUT måste vara en GeoPackage-fil som slutar på .gpkg: {path}</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/maps/createstrukturbild.py" line="74"/>
        <source>Created {path} with {n} element layers in {crs}: {layers}.</source>
        <translation>Skapade {path} med {n} elementlager i {crs}: {layers}.</translation>
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
        <location filename="../processing_algorithms/accessibility/degurba.py" line="55"/>
        <source>Classifies a population grid by Eurostat's and GHSL's degree of urbanisation (2021 manual).

Input: grid cells as polygons with a population field, or a population raster (any cell size; 1 km is the standard), in a projected CRS. Level 1 in field 'degurba': 3 urban centre (cells ≥ 1,500 inh/km², contiguous without diagonals, ≥ 50,000 inhabitants, gaps filled where ≥ 5 of 8 neighbours belong, holes &lt; 15 km² filled), 2 urban cluster (≥ 300 inh/km², with diagonals, ≥ 5,000), 1 rural. Level 2 in 'degurba_l2': 30 urban centre, 23 dense urban cluster, 22 semi-dense urban cluster, 21 suburban or peri-urban, 13 rural cluster, 12 low density rural, 11 very low density rural.
LAU (optional, e.g. kommuner): 1 city (≥ 50 % of the population in urban centres), 2 towns and suburbs, 3 rural area (&gt; 50 % in rural cells).
A raster gives one output polygon per populated cell.</source>
        <translation>Klassificerar ett befolkningsrutnät enligt Eurostats och GHSL:s urbaniseringsgrad (DEGURBA, manualen från 2021).

Indata: rutor som polygoner med ett befolkningsfält, eller ett befolkningsraster (valfri rutstorlek; 1 km är standard), i ett projicerat koordinatsystem. Nivå 1 i fältet 'degurba': 3 stadskärna (rutor med ≥ 1 500 inv/km², sammanhängande utan diagonaler, ≥ 50 000 invånare, luckor fyllda där ≥ 5 av 8 grannar ingår, hål &lt; 15 km² fyllda), 2 stadskluster (≥ 300 inv/km², med diagonaler, ≥ 5 000), 1 landsbygd. Nivå 2 i 'degurba_l2': 30 stadskärna, 23 tätt stadskluster, 22 halvtätt stadskluster, 21 förortsområde eller stadsnära område, 13 landsbygdskluster, 12 glesbefolkad landsbygd, 11 mycket glesbefolkad landsbygd.
LAU-enheter (valfritt, t.ex. kommuner): 1 stad (≥ 50 % av befolkningen i stadskärnor), 2 mindre städer och förorter, 3 landsbygdsområde (&gt; 50 % i landsbygdsrutor).
Ett raster ger en utdatapolygon per befolkad ruta.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="68"/>
        <source>Population grid (polygon cells or raster)</source>
        <translation>Befolkningsrutnät (polygonrutor eller raster)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="70"/>
        <source>Population field (polygon grid)</source>
        <translation>Befolkningsfält (polygonrutnät)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="73"/>
        <source>Population band (raster)</source>
        <translation>Befolkningsband (raster)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="75"/>
        <source>LAU units to classify, e.g. kommuner (optional)</source>
        <translation>LAU-enheter att klassificera, t.ex. kommuner (valfritt)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="78"/>
        <source>Grid cells with their degree of urbanisation</source>
        <translation>Rutor med urbaniseringsgrad</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="81"/>
        <source>LAU units with their class</source>
        <translation>LAU-enheter (kommuner) med klass</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="84"/>
        <source>Urban centres</source>
        <translation>Stadskärnor</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="84"/>
        <source>Urban clusters</source>
        <translation>Stadskluster</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="84"/>
        <source>Share of the population in urban centres</source>
        <translation>Andel av befolkningen i stadskärnor</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="84"/>
        <source>Share of the population in urban clusters</source>
        <translation>Andel av befolkningen i stadskluster</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="84"/>
        <source>Share of the population in rural cells</source>
        <translation>Andel av befolkningen i landsbygdsrutor</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="96"/>
        <source>The population grid could not be read.</source>
        <translation>Befolkningsrutnätet kunde inte läsas.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="97"/>
        <source>The population grid &apos;{name}&apos;</source>
        <translation>Befolkningsrutnätet '{name}'</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="106"/>
        <source>Choose the population field of the grid layer &apos;{name}&apos;.</source>
        <translation>Välj befolkningsfältet i rutnätslagret '{name}'.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="114"/>
        <source>The population grid must be a polygon layer or a raster.</source>
        <translation>Befolkningsrutnätet måste vara ett polygonlager eller ett raster.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="115"/>
        <source>Grid of {rows} × {cols} cells of {size:g} m, {pop:,.0f} inhabitants.</source>
        <translation>Rutnät med {rows} × {cols} rutor på {size:g} m, {pop:,.0f} invånare.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="126"/>
        <source>The grid already has a field &apos;{field}&apos;; rename it first.</source>
        <translation>Rutnätet har redan ett fält '{field}'; byt namn på det först.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="155"/>
        <source>{centres} urban centre(s), {clusters} urban cluster(s); population shares: centres {c:.1%}, clusters {u:.1%}, rural {r:.1%}.</source>
        <translation>{centres} stadskärna/-or, {clusters} stadskluster; befolkningsandelar: stadskärnor {c:.1%}, stadskluster {u:.1%}, landsbygd {r:.1%}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="213"/>
        <source>The grid layer &apos;{name}&apos; has no cells.</source>
        <translation>Rutnätslagret '{name}' saknar rutor.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="218"/>
        <source>The cells of '{name}' are not squares of one size (widths {a:g}–{b:g} m): DEGURBA needs a regular grid, e.g. SCB's 1 km population grid.</source>
        <translation>Rutorna i '{name}' är inte kvadrater av samma storlek (bredder {a:g}–{b:g} m): DEGURBA kräver ett regelbundet rutnät, t.ex. SCB:s befolkningsrutnät med 1 km-rutor.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="229"/>
        <source>Two cells of &apos;{name}&apos; occupy the same grid position; remove the duplicates.</source>
        <translation>Två rutor i '{name}' har samma position i rutnätet; ta bort dubbletterna.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="138"/>
        <source>Urban centre</source>
        <translation>Urbant centrum</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="138"/>
        <source>Urban cluster</source>
        <translation>Urbant kluster</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="139"/>
        <source>Rural grid cell</source>
        <translation>Landsbygdsruta</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="151"/>
        <source>Cities</source>
        <translation>Städer</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="151"/>
        <source>Towns and suburbs</source>
        <translation>Mindre städer och förorter</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="152"/>
        <source>Rural areas</source>
        <translation>Landsbygd</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="103"/>
        <source>grid cells</source>
        <translation>rutorna</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="110"/>
        <source>No cell of the grid layer &apos;{name}&apos; has a value in &apos;{field}&apos;: choose the field that holds the population.</source>
        <translation>Ingen ruta i rutnätslagret &apos;{name}&apos; har ett värde i &apos;{field}&apos;: välj det fält som innehåller befolkningen.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="171"/>
        <source>The raster &apos;{name}&apos; has no band {band}: choose a band from 1 to {count}.</source>
        <translation>Rastret &apos;{name}&apos; har inget band {band}: välj ett band från 1 till {count}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="180"/>
        <source>Every cell of band {band} of the population raster &apos;{name}&apos; is no data: choose the band that holds the population, or check the band&apos;s no-data value.</source>
        <translation>Alla rutor i band {band} i befolkningsrastret &apos;{name}&apos; saknar data (no data): välj det band som innehåller befolkningen, eller kontrollera bandets no-data-värde.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="187"/>
        <source>The population raster &apos;{name}&apos; has a negative population ({value:g}) in the cell at row {row}, column {col} (centre x {x:.0f}, y {y:.0f}){more}. If it marks missing data, make it the band&apos;s no-data value (e.g. gdal_translate -a_nodata {value:g}); otherwise correct the cell.</source>
        <translation>Befolkningsrastret &apos;{name}&apos; har en negativ befolkning ({value:g}) i rutan på rad {row}, kolumn {col} (mittpunkt x {x:.0f}, y {y:.0f}){more}. Om värdet markerar saknade data, gör det till bandets no-data-värde (t.ex. gdal_translate -a_nodata {value:g}); rätta annars rutan.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="187"/>
        <source>, and {n} other cell(s) are negative too</source>
        <translation>, och ytterligare {n} ruta/-or är negativa</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/degurba.py" line="207"/>
        <source>Cell {fid} of the grid layer &apos;{name}&apos; has a negative population ({value:g}) in &apos;{field}&apos; (centre x {x:.0f}, y {y:.0f}): correct it, or make it NULL if the population is unknown.</source>
        <translation>Ruta {fid} i rutnätslagret &apos;{name}&apos; har en negativ befolkning ({value:g}) i &apos;{field}&apos; (mittpunkt x {x:.0f}, y {y:.0f}): rätta den, eller sätt den till NULL om befolkningen är okänd.</translation>
    </message>
</context>
<context>
    <name>DispersalParameters</name>
    <message>
        <location filename="../processing_algorithms/green/connectivitytables.py" line="67"/>
        <source>Dispersal distance (m) at which the probability is PROBABILITY</source>
        <translation>Spridningsavstånd (m) där sannolikheten är PROBABILITY</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/connectivitytables.py" line="70"/>
        <source>Probability at that distance</source>
        <translation>Sannolikhet vid det avståndet</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/connectivitytables.py" line="73"/>
        <source>IIC: link pairs within this distance (m; empty: the dispersal distance)</source>
        <translation>IIC: länka par inom detta avstånd (m; tomt: spridningsavståndet)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/connectivitytables.py" line="82"/>
        <source>DISTANCE must be greater than 0 m.</source>
        <translation>DISTANCE måste vara större än 0 m.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/connectivitytables.py" line="84"/>
        <source>PROBABILITY must be between 0 and 1 (exclusive).</source>
        <translation>PROBABILITY måste ligga mellan 0 och 1 (gränserna ej inräknade).</translation>
    </message>
</context>
<context>
    <name>FlowLines</name>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="58"/>
        <source>The flow lines could not be styled: {error}</source>
        <translation>Flödeslinjerna kunde inte få någon stil: {error}</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="68"/>
        <source>The style could not be stored in {path}: {error}</source>
        <translation>Stilen kunde inte sparas i {path}: {error}</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="125"/>
        <source>Flow lines (functional connections)</source>
        <translation>Flödeslinjer (funktionella samband)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="128"/>
        <source>commuting,pendling,flow,flöde,OD,origin,destination,funktionellt samband,flowmap</source>
        <translation>pendling,commuting,pendlingsflöden,flöde,flow,OD,OD-tabell,ursprung,origin,destination,funktionellt samband,flödeskarta,flowmap</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="131"/>
        <source>Draws commuting (or any origin–destination) flows as lines between zones, styled as the strukturbild element 'Funktionellt samband' (line width grows with the flow).

Zones: a polygon or point layer in any CRS (kommuner, DeSO, grid cells). Zone id field: the zone codes; each must occur once. Zone name field (optional): names for from_namn/to_namn (else the ids). Group field (optional): e.g. the county code; a line between zones of different groups gets crosses = 'A-B' (origin's group, then destination's; '?' for a zone without a value) and strukturbild_typ = 'gransoverskridande_samband'.

Flow table: any table layer, a CSV file or a GeoPackage table with one row per origin (residence), destination (workplace) and value (count). Ids are matched as text, ignoring leading zeros ('114' = '0114') and accepting 'code name' labels; counts may be text with space thousands separators ('1 234') or a decimal comma. Total rows ('Totalt', 'Riket', …) are dropped, duplicated rows are summed (with a warning), ids not among the zones are reported and left out; negative or non-numeric counts stop the run naming the row. The diagonal (people working in their home zone) counts in the totals but is never drawn.

Mode: 0 Gross — every one-way flow A→B as its own line (opposite directions are separate lines, which curve apart). 1 Net — one line per pair from the larger to the smaller direction with the difference |A→B − B→A|; equal flows give no line. 2 Two-way total — one line per pair with A→B + B→A (origin is the zone that comes first in the zones layer).

Shares: residents of a zone = its row total, jobs = its column total, both including the diagonal (flows to zones outside the table are not known). Gross and net: share_of_origin = value / origin's employed residents, share_of_destination = value / destination's jobs. Two-way: share_of_origin = value / (origin's residents + origin's jobs) and likewise for the destination — the pair's exchange relative to all the zone's commuting relations (at most 1).

Minimum value: lines with a smaller value are left out. Top N per origin: keep only the N largest lines of each origin (0 = all; ties go to the zone first in the layer). Curved: draw quadratic curves bending to the right of the direction of travel (bend 0.15 of the line's length), else straight lines. Anchor: the zone's centroid, or a point on its surface (always inside an odd-shaped zone); point zones are used as they are.

Output fields: origin, destination, value, share_of_origin, share_of_destination, crosses, and for strukturbild maps from_id, to_id, from_namn, to_namn, flode (= value), andel (= share_of_origin), strukturbild_typ. Results: N_LINES, TOTAL_VALUE (sum of the drawn values), N_UNMATCHED_IDS, SHARE_CROSSING (share of the drawn value on lines that cross groups; 0 without a group field).</source>
        <translation>Ritar pendlingsflöden (eller andra flöden mellan ursprung och destination) som linjer mellan zoner, med stil som strukturbildselementet 'Funktionellt samband' (linjebredden ökar med flödet).

Zoner: ett polygon- eller punktlager i valfritt koordinatsystem (kommuner, DeSO, rutor). Fält för zon-id: zonkoderna; varje kod får bara förekomma en gång. Fält för zonnamn (valfritt): namn till from_namn/to_namn (annars används id:na). Gruppfält (valfritt): t.ex. länskoden; en linje mellan zoner i olika grupper får crosses = 'A-B' (ursprungets grupp, sedan destinationens; '?' för en zon utan värde) och strukturbild_typ = 'gransoverskridande_samband'.

Flödestabell: valfritt tabellager, en CSV-fil eller en GeoPackage-tabell med en rad per ursprung (bostadskommun), destination (arbetsställekommun) och värde (antal). Id:n matchas som text, inledande nollor ignoreras ('114' = '0114') och etiketter av typen 'kod namn' accepteras; antal får vara text med mellanslag som tusentalsavgränsare ('1 234') eller decimalkomma. Summarader ('Totalt', 'Riket', …) tas bort, dubblerade rader summeras (med en varning), id:n som inte finns bland zonerna rapporteras och utelämnas; negativa eller icke-numeriska antal avbryter körningen med angivande av raden. Diagonalen (personer som arbetar i sin hemzon) räknas med i summorna men ritas aldrig ut.

Läge: 0 Brutto — varje enkelriktat flöde A→B blir en egen linje (motsatta riktningar är separata linjer, som böjer av åt var sitt håll). 1 Netto — en linje per par, från den större till den mindre riktningen, med differensen |A→B − B→A|; lika stora flöden ger ingen linje. 2 Summa i båda riktningarna — en linje per par med A→B + B→A (ursprung är den zon som kommer först i zonlagret).

Andelar: en zons boende = dess radsumma, arbetstillfällen = dess kolumnsumma, båda inklusive diagonalen (flöden till zoner utanför tabellen är okända). Brutto och netto: share_of_origin = värde / ursprungets sysselsatta boende, share_of_destination = värde / destinationens arbetstillfällen. Båda riktningarna: share_of_origin = värde / (ursprungets boende + ursprungets arbetstillfällen) och motsvarande för destinationen — parets utbyte i förhållande till alla zonens pendlingsrelationer (högst 1).

Minsta värde: linjer med ett mindre värde utelämnas. N största per ursprung: behåll bara de N största linjerna från varje ursprung (0 = alla; vid lika värden går företräde till den zon som kommer först i lagret). Böjda: rita kvadratiska kurvor som böjer av åt höger i färdriktningen (böjning 0,15 av linjens längd), annars raka linjer. Ankare: zonens centroid eller en punkt på dess yta (alltid inuti även en oregelbundet formad zon); punktzoner används som de är.

Utdatafält: origin, destination, value, share_of_origin, share_of_destination, crosses samt för strukturbildskartor from_id, to_id, from_namn, to_namn, flode (= value), andel (= share_of_origin), strukturbild_typ. Resultat: N_LINES, TOTAL_VALUE (summan av de utritade värdena), N_UNMATCHED_IDS, SHARE_CROSSING (andelen av det utritade värdet på linjer som korsar grupper; 0 utan gruppfält).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="166"/>
        <source>Zones (polygons or points)</source>
        <translation>Zoner (polygoner eller punkter)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="169"/>
        <source>Zone id field</source>
        <translation>Fält för zon-id</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="171"/>
        <source>Zone name field (optional)</source>
        <translation>Fält för zonnamn (valfritt)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="174"/>
        <source>Group field, e.g. county code (optional; marks crossing lines)</source>
        <translation>Gruppfält, t.ex. länskod (valfritt; markerar linjer som korsar grupper)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="177"/>
        <source>Flow table (OD: origin, destination, value)</source>
        <translation>Flödestabell (OD-tabell: ursprung, destination, värde)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="180"/>
        <source>Origin (residence) field</source>
        <translation>Fält för ursprung (bostadskommun)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="182"/>
        <source>Destination (workplace) field</source>
        <translation>Fält för destination (arbetsställekommun)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="184"/>
        <source>Value (count) field</source>
        <translation>Fält för värde (antal)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="186"/>
        <source>Mode</source>
        <translation>Läge</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="186"/>
        <source>Gross (one-way flows)</source>
        <translation>Brutto (enkelriktade flöden)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="186"/>
        <source>Net (difference between directions)</source>
        <translation>Netto (skillnad mellan riktningarna)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="186"/>
        <source>Two-way total (both directions summed)</source>
        <translation>Summa i båda riktningarna (riktningarna summerade)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="190"/>
        <source>Minimum value</source>
        <translation>Minsta värde</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="193"/>
        <source>Largest N lines per origin (0 = all)</source>
        <translation>De N största linjerna per ursprung (0 = alla)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="196"/>
        <source>Curved lines</source>
        <translation>Böjda linjer</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="197"/>
        <source>Line ends at the zone&apos;s</source>
        <translation>Linjen slutar i zonens</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="197"/>
        <source>Centroid</source>
        <translation>Centroid</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="197"/>
        <source>Point on surface</source>
        <translation>Punkt på ytan</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="202"/>
        <source>Flow lines</source>
        <translation>Flödeslinjer</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="204"/>
        <source>Number of lines</source>
        <translation>Antal linjer</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="205"/>
        <source>Sum of the drawn values</source>
        <translation>Summan av de utritade värdena</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="206"/>
        <source>Flow-table ids not among the zones</source>
        <translation>Id:n i flödestabellen som inte finns bland zonerna</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="208"/>
        <source>Share of the drawn value crossing groups</source>
        <translation>Andel av det utritade värdet som korsar grupper</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="253"/>
        <source>The zones layer &apos;{layer}&apos; has no field &apos;{field}&apos;. Available fields: {fields}.</source>
        <translation>Zonlagret '{layer}' saknar fältet '{field}'. Tillgängliga fält: {fields}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="257"/>
        <source>MODE must be 0 (gross), 1 (net) or 2 (two-way), not {mode}.</source>
        <translation>MODE måste vara 0 (brutto), 1 (netto) eller 2 (båda riktningarna), inte {mode}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="280"/>
        <source>{n} line(s) were left out because zone(s) {examples} of &apos;{layer}&apos; have no geometry.</source>
        <translation>{n} linje(r) utelämnades eftersom zon(erna) {examples} i '{layer}' saknar geometri.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="322"/>
        <source>No flow line was drawn: every flow was on the diagonal, zero, below the minimum value {minimum:g} or between zones without geometry.</source>
        <translation>Ingen flödeslinje ritades: alla flöden låg på diagonalen, var noll, låg under minsta värdet {minimum:g} eller gick mellan zoner utan geometri.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="325"/>
        <source>gross</source>
        <translation>brutto</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="325"/>
        <source>net</source>
        <translation>netto</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="325"/>
        <source>two-way</source>
        <translation>båda riktningarna</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/flowlines.py" line="326"/>
        <source>Flow lines ({mode}): {n} line(s) with {total:,.0f} in total between {zones} zone(s); {unmatched} flow-table id(s) not among the zones; {crossing:.1%} of the drawn value crosses groups.</source>
        <translation>Flödeslinjer ({mode}): {n} linje(r) med totalt {total:,.0f} mellan {zones} zon(er); {unmatched} id:n i flödestabellen finns inte bland zonerna; {crossing:.1%} av det utritade värdet korsar grupper.</translation>
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
        <location filename="../processing_algorithms/functional/functionalregions.py" line="102"/>
        <source>Delineates functional (labour-market) regions from a commuting matrix.

Zones: kommuner, DeSO or grid cells (polygons or points, any CRS) with an id field. Flows: an OD table (residence, workplace, count) such as SCB&apos;s or SSB&apos;s CSV; ids are matched robustly (text or integer, leading zeros), a total row is dropped, duplicated rows are summed, unmatched ids are reported. The diagonal (people working in their home zone) belongs in the table.

SCB LA: a zone is a centre if its out-commuting share is below LA_OUT_SHARE (0.20) and its largest single out-flow below LA_SINGLE_SHARE (0.075) of its employed residents; two non-centres whose largest flows go to each other form a joint centre (&apos;A-B&apos;); every other zone follows its largest out-flow until it reaches a centre. LA_PAIR_TEST also tests a joint pair against the thresholds.
TTWA (CURDS, Coombes &amp; Bond 2008, as Istat&apos;s LabourMarketAreas 3.4): clusters are dissolved until every region is valid for MIN_SIZE, MIN_SC, TARGET_SIZE, TARGET_SC (ONS 2011: 3500, 0.6667, 25000, 0.75); size counts employed residents.
Intramax (Masser &amp; Brown 1975): merges the pair of maximum interaction until N_REGIONS remain; CONTIGUOUS merges only neighbouring zones.

Outputs: every zone with region_id, region_name (its centre(s)), role (centre, member, reserve) and links (LA chain length); the dissolved regions with n_zones, residents, jobs, internal, sc_supply, sc_demand and validity (TTWA); an HTML report with a chart of self-containment against size. Region ids are named after their centre zones, so they stay stable between runs.</source>
        <translation>Avgränsar funktionella regioner (arbetsmarknadsregioner) utifrån en pendlingsmatris.

Zoner: kommuner, DeSO eller rutor (polygoner eller punkter, valfritt koordinatsystem) med ett id-fält. Flöden: en OD-tabell (bostadskommun, arbetsställekommun, antal), t.ex. en CSV-fil från SCB eller SSB; id:n matchas robust (text eller heltal, inledande nollor), en summarad tas bort, dubblerade rader summeras och id:n utan motsvarighet rapporteras. Diagonalen (personer som arbetar i sin hemzon) ska ingå i tabellen.

SCB LA: en zon är ett centrum om dess utpendlingsandel är lägre än LA_OUT_SHARE (0,20) och dess största enskilda utpendlingsflöde är lägre än LA_SINGLE_SHARE (0,075) av dess sysselsatta boende; två zoner som inte är centrum och vars största flöden går till varandra bildar ett gemensamt centrum ('A-B'); varje övrig zon följer sitt största utpendlingsflöde tills den når ett centrum. LA_PAIR_TEST prövar dessutom ett gemensamt par mot tröskelvärdena.
TTWA (CURDS, Coombes &amp; Bond 2008, som i Istats LabourMarketAreas 3.4): kluster löses upp tills varje region är giltig enligt MIN_SIZE, MIN_SC, TARGET_SIZE, TARGET_SC (ONS 2011: 3500, 0,6667, 25000, 0,75); storleken räknas i sysselsatta boende.
Intramax (Masser &amp; Brown 1975): slår samman paret med störst interaktion tills N_REGIONS regioner återstår; CONTIGUOUS slår bara samman angränsande zoner.

Utdata: varje zon med region_id, region_name (dess centrum), role (centre = centrum, member = medlem, reserve = från reservlistan) och links (kedjelängd i LA); de sammanslagna regionerna med n_zones, residents (boende), jobs (arbetstillfällen), internal (interna flöden), sc_supply, sc_demand och validity (giltighet, TTWA); en HTML-rapport med ett diagram över självförsörjningsgrad mot storlek. Region-id:n namnges efter sina centrumzoner och förblir därför stabila mellan körningar.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="123"/>
        <source>Zones (kommuner, DeSO, grid cells)</source>
        <translation>Zoner (kommuner, DeSO, rutor)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="126"/>
        <source>Zone id field</source>
        <translation>Fält för zon-id</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="128"/>
        <source>Zone name field (for region names)</source>
        <translation>Fält för zonnamn (till regionnamnen)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="131"/>
        <source>Commuting flows (OD table: residence, workplace, count)</source>
        <translation>Pendlingsflöden (OD-tabell: bostadskommun, arbetsställekommun, antal)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="134"/>
        <source>Residence (origin) id field</source>
        <translation>Id-fält för bostadskommun (ursprung)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="136"/>
        <source>Workplace (destination) id field</source>
        <translation>Id-fält för arbetsställekommun (destination)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="138"/>
        <source>Count field (employed persons)</source>
        <translation>Antalsfält (sysselsatta personer)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="140"/>
        <source>Method</source>
        <translation>Metod</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="140"/>
        <source>SCB lokala arbetsmarknader (LA)</source>
        <translation>SCB lokala arbetsmarknader (LA)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="140"/>
        <source>CURDS / Coombes–Bond TTWA</source>
        <translation>CURDS / Coombes–Bond TTWA</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="140"/>
        <source>Intramax</source>
        <translation>Intramax</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="151"/>
        <source>LA: centre if out-commuting share below</source>
        <translation>LA: centrum om utpendlingsandelen är lägre än</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="152"/>
        <source>LA: centre if largest single out-flow share below</source>
        <translation>LA: centrum om andelen i det största enskilda utpendlingsflödet är lägre än</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="153"/>
        <source>LA: test a joint centre pair against the thresholds</source>
        <translation>LA: pröva ett gemensamt centrumpar mot tröskelvärdena</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="155"/>
        <source>TTWA: minimum size (employed residents)</source>
        <translation>TTWA: minsta storlek (sysselsatta boende)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="156"/>
        <source>TTWA: minimum self-containment</source>
        <translation>TTWA: lägsta självförsörjningsgrad</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="157"/>
        <source>TTWA: target size (employed residents)</source>
        <translation>TTWA: målstorlek (sysselsatta boende)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="159"/>
        <source>TTWA: target self-containment</source>
        <translation>TTWA: mål för självförsörjningsgrad</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="160"/>
        <source>Intramax: number of regions</source>
        <translation>Intramax: antal regioner</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="162"/>
        <source>Intramax: merge only neighbouring zones</source>
        <translation>Intramax: slå bara samman angränsande zoner</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="164"/>
        <source>Zones with their region</source>
        <translation>Zoner med sin region</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="166"/>
        <source>Functional regions</source>
        <translation>Funktionella regioner</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="169"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="169"/>
        <source>HTML files (*.html)</source>
        <translation>HTML-filer (*.html)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="172"/>
        <source>Number of regions</source>
        <translation>Antal regioner</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="172"/>
        <source>Median self-containment (min of supply and demand)</source>
        <translation>Median för självförsörjningsgrad (minimum av utbuds- och efterfrågesidan)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="172"/>
        <source>Zones that came from the TTWA reserve list</source>
        <translation>Zoner som kom från TTWA-reservlistan</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="172"/>
        <source>OD ids not among the zones</source>
        <translation>Id:n i OD-tabellen som inte finns bland zonerna</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="172"/>
        <source>Zones</source>
        <translation>Zoner</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="206"/>
        <source>No zone of &apos;{zones}&apos; has any flow in &apos;{flows}&apos;.</source>
        <translation>Ingen zon i '{zones}' har något flöde i '{flows}'.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="257"/>
        <source>Functional regions: {method}</source>
        <translation>Funktionella regioner: {method}</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="264"/>
        <source>{method}: {n} regions from {zones} zones; median self-containment {sc:.3f}; {reserve} zones from the reserve list.</source>
        <translation>{method}: {n} regioner av {zones} zoner; median för självförsörjningsgrad {sc:.3f}; {reserve} zoner från reservlistan.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="309"/>
        <source>TTWA needs 0 &lt; MIN_SIZE &lt; TARGET_SIZE (got {a} and {b}).</source>
        <translation>TTWA kräver 0 &lt; MIN_SIZE &lt; TARGET_SIZE (angivet var {a} och {b}).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="312"/>
        <source>TTWA needs 0 &lt; MIN_SC ≤ TARGET_SC ≤ 1 (got {a} and {b}).</source>
        <translation>TTWA kräver 0 &lt; MIN_SC ≤ TARGET_SC ≤ 1 (angivet var {a} och {b}).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="348"/>
        <source>{n} zone(s) have no residents, no jobs or only internal flows and belong to no region (TTWA zero list).</source>
        <translation>{n} zon(er) saknar boende, saknar arbetstillfällen eller har bara interna flöden och tillhör ingen region (TTWA:s nollista).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="403"/>
        <source>The zones layer already has a field &apos;{field}&apos;; rename it first.</source>
        <translation>Zonlagret har redan fältet '{field}'; byt först namn på det.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="210"/>
        <source>The flow table &apos;{flows}&apos; has no commuting between different zones of &apos;{zones}&apos;: every count is for people who live and work in the same zone. Functional regions need flows between zones: check that the residence field ({origin}) and the workplace field ({destination}) are two different columns.</source>
        <translation>Flödestabellen &apos;{flows}&apos; har ingen pendling mellan olika zoner i &apos;{zones}&apos;: alla antal gäller personer som bor och arbetar i samma zon. Funktionella regioner kräver flöden mellan zoner: kontrollera att bostadsfältet ({origin}) och arbetsställefältet ({destination}) är två olika kolumner.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/functional/functionalregions.py" line="224"/>
        <source>{method} on the flow table &apos;{flows}&apos;: {error}</source>
        <translation>{method} på flödestabellen &apos;{flows}&apos;: {error}</translation>
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
        <location filename="../processing_algorithms/green/greenconflicts.py" line="42"/>
        <source>Where the strukturbild&apos;s development areas meet its green structure. For every planned development polygon: the habitat area it takes, the links of the habitat network it cuts (a link whose nearest-point line crosses the polygon) and dEC_pct, the loss of equivalent connectivity EC(PC) if that polygon alone is built; also the loss if all are built, and per patch the habitat it loses.

The network is the one of &apos;Habitat network&apos; with the same parameters. A developed part of a patch reduces the patch&apos;s attribute in proportion to the area taken (a patch taken whole disappears); the distances between the remaining patches are kept.</source>
        <translation>Där strukturbildens utvecklingsområden möter dess grönstruktur. För varje planerad exploateringsyta: den areal livsmiljö den tar i anspråk, de länkar i habitatnätverket den skär av (en länk vars linje mellan de närmaste punkterna korsar ytan) och dEC_pct, förlusten av ekvivalent konnektivitet EC(PC) om enbart den ytan bebyggs; dessutom förlusten om alla bebyggs, och för varje habitatfläck den livsmiljö den förlorar.

Nätverket är detsamma som i 'Habitatnätverk' med samma parametrar. En exploaterad del av en habitatfläck minskar fläckens attribut i proportion till den areal som tas i anspråk (en fläck som tas helt försvinner); avstånden mellan de kvarvarande fläckarna behålls.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/greenconflicts.py" line="53"/>
        <source>Planned development (polygons, e.g. the strukturbild&apos;s utvecklingsomraden)</source>
        <translation>Planerad exploatering (polygoner, t.ex. strukturbildens utvecklingsomraden)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/greenconflicts.py" line="56"/>
        <source>Development polygons with their conflicts</source>
        <translation>Exploateringsytor med sina konflikter</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/greenconflicts.py" line="59"/>
        <source>Patches with the habitat they lose</source>
        <translation>Habitatfläckar med den livsmiljö de förlorar</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/greenconflicts.py" line="62"/>
        <source>EC(PC) of the network as it is</source>
        <translation>EC(PC) för nätverket som det är i dag</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/greenconflicts.py" line="62"/>
        <source>EC(PC) if every development is built</source>
        <translation>EC(PC) om all exploatering genomförs</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/greenconflicts.py" line="62"/>
        <source>Loss of EC(PC) if every development is built (%)</source>
        <translation>Förlust av EC(PC) om all exploatering genomförs (%)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/greenconflicts.py" line="62"/>
        <source>Habitat taken by all developments (ha)</source>
        <translation>Livsmiljö som tas i anspråk av all exploatering (ha)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/greenconflicts.py" line="62"/>
        <source>Links cut by all developments</source>
        <translation>Länkar som skärs av av all exploatering</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/greenconflicts.py" line="91"/>
        <source>The development layer has no polygons.</source>
        <translation>Exploateringslagret har inga polygoner.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/greenconflicts.py" line="133"/>
        <source>The development layer already has a field &apos;{field}&apos;; rename it first.</source>
        <translation>Exploateringslagret har redan ett fält '{field}'; byt först namn på det.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/greenconflicts.py" line="183"/>
        <source>EC(PC) {before:.6g} now, {after:.6g} if all {n} developments are built ({loss:.2f} % less); {ha:.1f} ha of habitat taken, {links} link(s) cut; patches losing most: {worst}.</source>
        <translation>EC(PC) {before:.6g} i dag, {after:.6g} om alla {n} exploateringar genomförs ({loss:.2f} % mindre); {ha:.1f} ha livsmiljö tas i anspråk, {links} länk(ar) skärs av; fläckar som förlorar mest: {worst}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/greenconflicts.py" line="83"/>
        <source>planned developments</source>
        <translation>de planerade exploateringarna</translation>
    </message>
</context>
<context>
    <name>HabitatNetwork</name>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="109"/>
        <source>Habitat network (PC, IIC, EC, patch importance)</source>
        <translation>Habitatnätverk (PC, IIC, EC, habitatfläckarnas betydelse)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="112"/>
        <source>Builds a habitat network from patch polygons (e.g. protected areas or habitat patches) and computes the connectivity indices of Conefor: PC and IIC (with a landscape area), their numerators and the equivalent connectivity EC, and every patch&apos;s importance dPC and dIIC split into intra, flux and connector, plus Graphab&apos;s flux F.

Distances are edge to edge (0 for touching or overlapping patches) in metres; a geographic CRS is reprojected to its UTM zone. The attribute is the patch area in hectares unless a field is chosen. The link probability is PROBABILITY at DISTANCE and decays exponentially; links below MIN_PROBABILITY are dropped (0 keeps every pair) and the share of PC this drops is reported. IIC links pairs within IIC_DISTANCE (default DISTANCE). There is no agreed table of dispersal distances for Swedish species groups: choose DISTANCE for the species group studied and say so.

Outputs: the patches with component, degree and the importance fields; the links as lines between the patches&apos; nearest points with distance, probability and on_best_path (the link lies on a best path between some pair of patches).</source>
        <translation>Bygger ett habitatnätverk av habitatfläckar som polygoner (t.ex. skyddade områden eller habitatfläckar) och beräknar Conefors konnektivitetsindex: PC och IIC (med landskapets area), deras täljare och den ekvivalenta konnektiviteten (EC), samt varje habitatfläcks betydelse dPC och dIIC uppdelad i intra, flux och connector, plus Graphabs flux F.

Avstånden mäts kant till kant (0 för habitatfläckar som gränsar till eller överlappar varandra) i meter; ett geografiskt koordinatsystem projiceras om till sin UTM-zon. Attributet är habitatfläckens area i hektar om inget fält väljs. Länkens sannolikhet är PROBABILITY vid DISTANCE och avtar exponentiellt; länkar under MIN_PROBABILITY tas bort (0 behåller alla par) och den andel av PC som därmed försvinner redovisas. IIC länkar par inom IIC_DISTANCE (standard DISTANCE). Det finns ingen vedertagen tabell över spridningsavstånd för svenska artgrupper: välj DISTANCE för den studerade artgruppen och redovisa valet.

Utdata: habitatfläckarna med component, degree och betydelsefälten; länkarna som linjer mellan habitatfläckarnas närmaste punkter med avstånd, sannolikhet och on_best_path (länken ligger på en bästa väg mellan något par av habitatfläckar).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="140"/>
        <source>Habitat patches (polygons)</source>
        <translation>Habitatfläckar (polygoner)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="142"/>
        <source>Attribute field (empty: patch area in ha)</source>
        <translation>Attributfält (tomt: habitatfläckens area i ha)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="145"/>
        <source>Patch id field (empty: feature id)</source>
        <translation>Id-fält för habitatfläckar (tomt: objekt-id)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="149"/>
        <source>Drop links with a probability below (0 keeps every pair)</source>
        <translation>Ta bort länkar med en sannolikhet under (0 behåller alla par)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="152"/>
        <source>Landscape area (ha; empty: numerators and EC only)</source>
        <translation>Landskapets area (ha; tomt: endast täljare och EC)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="129"/>
        <source>Patches with importance</source>
        <translation>Habitatfläckar med betydelse</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="131"/>
        <source>Links</source>
        <translation>Länkar</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="136"/>
        <source>Share of PC dropped by MIN_PROBABILITY</source>
        <translation>Andel av PC som tas bort av MIN_PROBABILITY</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="201"/>
        <source>{n} patches, {m} pairs within {r} m.</source>
        <translation>{n} habitatfläckar, {m} par inom {r} m.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="222"/>
        <source>The patch layer already has a field &apos;{field}&apos;; rename it first.</source>
        <translation>Lagret med habitatfläckar har redan fältet '{field}'; byt först namn på det.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="274"/>
        <source>PCnum {pc:.6g}, EC(PC) {ec:.6g} ha, {c} component(s), {links} links; the most important patch by dPC is {best}.</source>
        <translation>PCnum {pc:.6g}, EC(PC) {ec:.6g} ha, {c} komponent(er), {links} länkar; viktigaste habitatfläcken enligt dPC är {best}.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="282"/>
        <source>The patch layer has no field &apos;{field}&apos;.</source>
        <translation>Lagret med habitatfläckar saknar fältet '{field}'.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="306"/>
        <source>Patch {fid} has a negative value {value} in &apos;{field}&apos;.</source>
        <translation>Habitatfläck {fid} har ett negativt värde {value} i '{field}'.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="321"/>
        <source>{n} patch(es) without geometry were left out (feature ids {ids}).</source>
        <translation>{n} habitatfläck(ar) utan geometri utelämnades (objekt-id {ids}).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="321"/>
        <source>{n} invalid geometrie(s) were repaired with makeValid (feature ids {ids}).</source>
        <translation>{n} ogiltig(a) geometri(er) reparerades med makeValid (objekt-id {ids}).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="321"/>
        <source>{n} patch(es) with no value in the attribute field were left out (feature ids {ids}).</source>
        <translation>{n} habitatfläck(ar) utan värde i attributfältet utelämnades (objekt-id {ids}).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="330"/>
        <source>The patch layer has no usable patches.</source>
        <translation>Lagret med habitatfläckar har inga användbara habitatfläckar.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="155"/>
        <source>Resistance raster (optional: least-cost distances in cost units instead of metres)</source>
        <translation>Motståndsraster (valfritt: minsta kostnadsavstånd i kostnadsenheter i stället för meter)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="175"/>
        <source>The resistance raster &apos;{name}&apos;</source>
        <translation>Motståndsrastret '{name}'</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="195"/>
        <source>{n} patches, {m} pairs within the cost distance {r} (least-cost distances over &apos;{raster}&apos;; DISTANCE and IIC_DISTANCE are in cost units).</source>
        <translation>{n} habitatfläckar, {m} par inom kostnadsavståndet {r} (minsta kostnadsavstånd över '{raster}'; DISTANCE och IIC_DISTANCE anges i kostnadsenheter).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="358"/>
        <source>{n} patch(es) lie outside the resistance raster and get no links.</source>
        <translation>{n} habitatfläck(ar) ligger utanför motståndsrastret och får inga länkar.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="291"/>
        <source>habitat patches</source>
        <translation>habitatfläckarna</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="181"/>
        <source>The patches are in {crs}, whose unit is {unit}, not metres; distances and areas are computed in {target}, and the outputs are in that CRS.</source>
        <translation>Habitatfläckarna har koordinatsystemet {crs}, vars enhet är {unit}, inte meter; avstånd och areor beräknas i {target}, och utdata får det koordinatsystemet.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="309"/>
        <source>Patch {fid} of &apos;{layer}&apos; has the value {value} in &apos;{field}&apos;: the attribute must be a finite number, 0 or more.</source>
        <translation>Habitatfläck {fid} i &apos;{layer}&apos; har värdet {value} i &apos;{field}&apos;: attributet måste vara ett ändligt tal, 0 eller större.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="333"/>
        <source>Every patch of &apos;{layer}&apos; has 0 in &apos;{field}&apos;, so every connectivity index would be 0. Choose the field that holds the patches&apos; habitat amount (e.g. area in ha), or leave it empty to use the patch area.</source>
        <translation>Alla habitatfläckar i &apos;{layer}&apos; har 0 i &apos;{field}&apos;, så alla konnektivitetsindex skulle bli 0. Välj det fält som innehåller habitatfläckarnas mängd livsmiljö (t.ex. area i ha), eller lämna det tomt för att använda habitatfläckarnas area.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/green/habitatnetwork.py" line="337"/>
        <source>The patches of &apos;{layer}&apos; have no area (every polygon is degenerate), so every connectivity index would be 0. Check the layer&apos;s geometries.</source>
        <translation>Habitatfläckarna i &apos;{layer}&apos; har ingen area (alla polygoner är degenererade), så alla konnektivitetsindex skulle bli 0. Kontrollera lagrets geometrier.</translation>
    </message>
</context>
<context>
    <name>RuralTypology</name>
    <message>
        <location filename="../processing_algorithms/accessibility/ruraltypology.py" line="48"/>
        <source>Rural typology (tätort, tätortsnära landsbygd, glesbygd)</source>
        <translation>Landsbygdstypologi (tätort, tätortsnära landsbygd, glesbygd)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/ruraltypology.py" line="51"/>
        <source>Classes grid cells or areas as Glesbygdsverket and Tillväxtverket do: 'tatort' inside a tätort with more than TOWN_SIZE inhabitants (3,000), 'tatortsnara_landsbygd' within MINUTES (45) by car of such a tätort, 'glesbygd' farther away. Thresholds are parameters.

Tätorter as polygons: a cell is inside when its point on surface is. Tätorter as points (SCB's tätort points): the cell or area that contains the point counts as tätort. Travel time over NETWORK as in 'Travel time and accessibility', or the straight-line estimate without one (marked in access_method).
AREAS (optional: kommuner, border zones): the share of the population in each class per area.</source>
        <translation>Klassar rutor eller områden som Glesbygdsverket och Tillväxtverket gör: 'tatort' inne i en tätort med fler än TOWN_SIZE invånare (3 000), 'tatortsnara_landsbygd' inom MINUTES (45) minuter med bil från en sådan tätort, 'glesbygd' längre bort. Gränserna är parametrar.

Tätorter som polygoner: en ruta ligger inne i tätorten när dess punkt på ytan gör det. Tätorter som punkter (SCB:s tätortspunkter): den ruta eller det område som innehåller punkten räknas som tätort. Restid över NETWORK som i 'Restid och tillgänglighet', eller uppskattningen fågelvägen utan vägnät (anges i access_method).
AREAS (valfritt: kommuner, gränszoner): andelen av befolkningen i varje klass per område.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/ruraltypology.py" line="62"/>
        <source>Grid cells or areas to classify (polygons or points)</source>
        <translation>Rutor eller områden att klassa (polygoner eller punkter)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/ruraltypology.py" line="65"/>
        <source>Population field (for the shares; optional)</source>
        <translation>Befolkningsfält (för andelarna; valfritt)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/ruraltypology.py" line="68"/>
        <source>Tätorter (polygons or points)</source>
        <translation>Tätorter (polygoner eller punkter)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/ruraltypology.py" line="71"/>
        <source>Tätort population field</source>
        <translation>Fält med tätortens befolkning</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/ruraltypology.py" line="74"/>
        <source>Tätorter larger than (inhabitants)</source>
        <translation>Tätorter större än (invånare)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/ruraltypology.py" line="77"/>
        <source>Tätortsnära within (minutes by car)</source>
        <translation>Tätortsnära inom (minuter med bil)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/ruraltypology.py" line="80"/>
        <source>Road network (lines; empty: straight-line estimate)</source>
        <translation>Vägnät (linjer; tomt: uppskattning fågelvägen)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/ruraltypology.py" line="84"/>
        <source>Areas for population shares (optional: kommuner, border zones)</source>
        <translation>Områden för befolkningsandelar (valfritt: kommuner, gränszoner)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/ruraltypology.py" line="87"/>
        <source>Classified cells or areas</source>
        <translation>Klassade rutor eller områden</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/ruraltypology.py" line="88"/>
        <source>Areas with population shares per class</source>
        <translation>Områden med befolkningsandelar per klass</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/ruraltypology.py" line="105"/>
        <source>The working CRS</source>
        <translation>Arbetskoordinatsystemet</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/ruraltypology.py" line="110"/>
        <source>No tätort in '{layer}' has more than {n} inhabitants in '{field}'.</source>
        <translation>Ingen tätort i '{layer}' har fler än {n} invånare i '{field}'.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/ruraltypology.py" line="129"/>
        <source>estimate: straight line × {f:g} at {v:g} km/h</source>
        <translation>uppskattning: fågelvägen × {f:g} i {v:g} km/h</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/ruraltypology.py" line="130"/>
        <source>No road network: travel times are an estimate ({text}).</source>
        <translation>Inget vägnät: restiderna är en uppskattning ({text}).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/ruraltypology.py" line="138"/>
        <source>No tätort lies near enough to the road network.</source>
        <translation>Ingen tätort ligger tillräckligt nära vägnätet.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/ruraltypology.py" line="142"/>
        <source>{n} cell(s) are farther than {m:g} m from the road network: they have no travel time and are classed as glesbygd unless inside a tätort.</source>
        <translation>{n} ruta/rutor ligger längre än {m:g} m från vägnätet: de har ingen restid och klassas som glesbygd om de inte ligger i en tätort.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/ruraltypology.py" line="146"/>
        <source>road network</source>
        <translation>vägnät</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/ruraltypology.py" line="154"/>
        <source>The input already has a field &apos;{field}&apos;; rename it first.</source>
        <translation>Indata har redan ett fält '{field}'; byt namn på det först.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/ruraltypology.py" line="172"/>
        <source>{cells} cells or areas: tätort {t}, tätortsnära landsbygd {n}, glesbygd {g} ({method}).</source>
        <translation>{cells} rutor eller områden: tätort {t}, tätortsnära landsbygd {n}, glesbygd {g} ({method}).</translation>
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
        <location filename="../processing_algorithms/accessibility/servicearea.py" line="48"/>
        <source>The parts of the road network that can be reached within each time break (minutes, e.g. 15,30,45,60,90; no upper cap) from the destinations, and isochrone polygons around them (the reached roads buffered by BUFFER metres and dissolved per break).

Roads, speeds, one-way and the attachment of the destinations work as in &apos;Travel time and accessibility&apos;. All destinations together give one service area per break; SEPARATE gives one per destination and break (one Dijkstra each).
Output fields: break_min, and destination (SEPARATE). Edges are cut exactly where the time runs out.</source>
        <translation>De delar av vägnätet som kan nås inom varje tidsgräns (minuter, t.ex. 15,30,45,60,90; ingen övre gräns) från målpunkterna, och isokronpolygoner runt dem (de nådda vägarna buffrade med BUFFER meter och sammanslagna per tidsgräns).

Vägar, hastigheter, enkelriktning och anslutningen av målpunkterna fungerar som i 'Restid och tillgänglighet'. Alla målpunkter tillsammans ger ett serviceområde per tidsgräns; SEPARATE ger ett per målpunkt och tidsgräns (en Dijkstra-körning var).
Utdatafält: break_min och destination (SEPARATE). Länkarna kapas exakt där tiden tar slut.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/servicearea.py" line="58"/>
        <source>Road network (lines)</source>
        <translation>Vägnät (linjer)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/servicearea.py" line="59"/>
        <source>Destinations (points or polygons)</source>
        <translation>Målpunkter (punkter eller polygoner)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/servicearea.py" line="62"/>
        <source>Destination id field (empty: feature id)</source>
        <translation>Id-fält för målpunkter (tomt: objekt-id)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/servicearea.py" line="65"/>
        <source>Time breaks (minutes, comma-separated)</source>
        <translation>Tidsgränser (minuter, kommaseparerade)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/servicearea.py" line="67"/>
        <source>One service area per destination</source>
        <translation>Ett serviceområde per målpunkt</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/servicearea.py" line="69"/>
        <source>Polygon buffer around the reached roads (m)</source>
        <translation>Buffert runt de nådda vägarna (m)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/servicearea.py" line="73"/>
        <source>Service areas (polygons)</source>
        <translation>Serviceområden (polygoner)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/servicearea.py" line="75"/>
        <source>Reached roads</source>
        <translation>Nådda vägar</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/servicearea.py" line="78"/>
        <source>Service areas</source>
        <translation>Serviceområden</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/servicearea.py" line="85"/>
        <source>BREAKS must be numbers of minutes separated by commas, e.g. 15,30,45,60,90 (got &apos;{text}&apos;).</source>
        <translation>BREAKS ska vara antal minuter åtskilda av kommatecken, t.ex. 15,30,45,60,90 (fick '{text}').</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/servicearea.py" line="88"/>
        <source>BREAKS must hold at least one time greater than 0 minutes.</source>
        <translation>BREAKS måste innehålla minst en tid större än 0 minuter.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/servicearea.py" line="106"/>
        <source>No destination lies near enough to the road network.</source>
        <translation>Ingen målpunkt ligger tillräckligt nära vägnätet.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/servicearea.py" line="108"/>
        <source>{n} destination(s) are too far from the network and were left out.</source>
        <translation>{n} målpunkt(er) ligger för långt från vägnätet och utelämnades.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/servicearea.py" line="166"/>
        <source>{n} service area(s) for the breaks {breaks} minutes.</source>
        <translation>{n} serviceområde(n) för tidsgränserna {breaks} minuter.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/servicearea.py" line="90"/>
        <source>BREAKS must be times of at most {most:g} minutes (a day), not &apos;{text}&apos;.</source>
        <translation>BREAKS måste vara tider på högst {most:g} minuter (ett dygn), inte &apos;{text}&apos;.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/servicearea.py" line="112"/>
        <source>{n} destination(s) lie nearest to a part of the road network cut off from its largest part: their service areas cover only that part ({km:.1f} km of road). Check the network&apos;s connectivity (TOLERANCE joins line ends that nearly meet).</source>
        <translation>{n} målpunkt(er) ligger närmast en del av vägnätet som är avskuren från dess största del: deras serviceområden täcker bara den delen ({km:.1f} km väg). Kontrollera att vägnätet hänger ihop (TOLERANCE förbinder linjeändar som nästan möts).</translation>
    </message>
</context>
<context>
    <name>StrukturbildAlgorithm</name>
    <message>
        <location filename="../processing_algorithms/base.py" line="40"/>
        <source>Strukturbild maps</source>
        <translation>Strukturbildskartor</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/base.py" line="41"/>
        <source>Functional connections</source>
        <translation>Funktionella samband</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/base.py" line="42"/>
        <source>Accessibility</source>
        <translation>Tillgänglighet</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/base.py" line="43"/>
        <source>Border areas</source>
        <translation>Gränsområden</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/base.py" line="44"/>
        <source>Green infrastructure</source>
        <translation>Grön infrastruktur</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/base.py" line="438"/>
        <source>{what} has no coordinate reference system. Set its CRS (Layer Properties › Source) and run again.</source>
        <translation>{what} saknar koordinatsystem. Ange koordinatsystemet (Lageregenskaper › Källa) och kör igen.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/base.py" line="442"/>
        <source>{what} is in a geographic CRS ({crs}, degrees). Strukturbild measures in metres: reproject it to a projected CRS such as SWEREF 99 TM (EPSG:3006) with &apos;Reproject layer&apos; and run again.</source>
        <translation>{what} har ett geografiskt koordinatsystem ({crs}, grader). Strukturbild mäter i meter: projicera om till ett projicerat koordinatsystem, till exempel SWEREF 99 TM (EPSG:3006), med 'Projicera om lager' och kör igen.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/base.py" line="172"/>
        <source>Cancelled: no output was written.</source>
        <translation>Avbrutet: inga utdata skrevs.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/base.py" line="470"/>
        <source>The layer '{name}' has no coordinate reference system. Set its CRS (Layer Properties › Source) and run again.</source>
        <translation>Lagret '{name}' saknar koordinatsystem. Ange det (Lageregenskaper › Källa) och kör igen.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/base.py" line="480"/>
        <source>The working CRS (TARGET_CRS)</source>
        <translation>Arbetskoordinatsystemet (TARGET_CRS)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/base.py" line="482"/>
        <source>Layers in {crss} are reprojected to {target} ({name}) for every distance and area.</source>
        <translation>Lager i {crss} projiceras om till {target} ({name}) för alla avstånd och ytor.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/base.py" line="487"/>
        <source>Working CRS: {target} ({name}).</source>
        <translation>Arbetskoordinatsystem: {target} ({name}).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/base.py" line="183"/>
        <source>A file could not be read or written: {path} ({reason}). Check that the file exists and that you may write to its folder, then run again; no output was written.</source>
        <translation>En fil kunde inte läsas eller skrivas: {path} ({reason}). Kontrollera att filen finns och att du får skriva i dess mapp, och kör sedan igen; inga utdata skrevs.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/base.py" line="190"/>
        <source>{algorithm} stopped on an unexpected problem; no output was written. Please report it to the plugin&apos;s authors with the log of this run.</source>
        <translation>{algorithm} avbröts av ett oväntat problem; inga utdata skrevs. Rapportera det till insticksprogrammets utvecklare och bifoga loggen från den här körningen.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/base.py" line="239"/>
        <source>Feature {fid} of the layer '{layer}' ({name}) has an invalid geometry: {reason}. Fix it (Vector › Geometry Tools › Fix Geometries) or set Processing's 'Invalid features filtering' to skip invalid features, and run again.</source>
        <translation>Objekt {fid} i lagret &apos;{layer}&apos; ({name}) har en ogiltig geometri: {reason}. Laga den (Vektor › Geometriverktyg › Laga geometrier) eller ställ in Processing-inställningen &apos;Invalid features filtering&apos; så att ogiltiga objekt hoppas över, och kör igen.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/base.py" line="239"/>
        <source>not valid</source>
        <translation>ogiltig</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/base.py" line="427"/>
        <source>{what} is in {crs} ({unit}), not in metres: it is reprojected to {target} ({name}) for every distance and area.</source>
        <translation>{what} har koordinatsystemet {crs} ({unit}), inte meter: det projiceras om till {target} ({name}) för alla avstånd och ytor.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/base.py" line="448"/>
        <source>{what} is in {crs}, whose unit is {unit}. Strukturbild measures in metres: reproject it to a CRS in metres such as SWEREF 99 TM (EPSG:3006) and run again.</source>
        <translation>{what} har koordinatsystemet {crs}, vars enhet är {unit}. Strukturbild mäter i meter: projicera om till ett koordinatsystem i meter, till exempel SWEREF 99 TM (EPSG:3006), och kör igen.</translation>
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
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="61"/>
        <source>Travel time and accessibility</source>
        <translation>Restid och tillgänglighet</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="85"/>
        <source>Road network (lines; empty: straight-line estimate)</source>
        <translation>Vägnät (linjer; tomt: uppskattning fågelvägen)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="120"/>
        <source>Speed field (km/h; empty: NVDB/OSM fields or the default speed)</source>
        <translation>Hastighetsfält (km/h; tomt: NVDB/OSM-fält eller standardhastigheten)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="123"/>
        <source>Default speed (km/h)</source>
        <translation>Standardhastighet (km/h)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="126"/>
        <source>One-way field (optional)</source>
        <translation>Fält för enkelriktad väg (valfritt)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="129"/>
        <source>Snapping tolerance between line ends (m)</source>
        <translation>Fästtolerans mellan linjeändar (m)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="87"/>
        <source>Origins (points or polygons)</source>
        <translation>Startpunkter (punkter eller polygoner)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="135"/>
        <source>Destinations (points or polygons)</source>
        <translation>Målpunkter (punkter eller polygoner)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="138"/>
        <source>Destination weight field (jobs, places; empty: 1 each)</source>
        <translation>Viktfält för målpunkter (arbetstillfällen, platser; tomt: 1 vardera)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="142"/>
        <source>Destination id field (empty: feature id)</source>
        <translation>Id-fält för målpunkter (tomt: objekt-id)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="91"/>
        <source>Demand field on the origins (2SFCA)</source>
        <translation>Efterfrågefält för startpunkterna (2SFCA)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="94"/>
        <source>Measure</source>
        <translation>Mått</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="94"/>
        <source>Time to the nearest destination</source>
        <translation>Restid till närmaste målpunkt</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="94"/>
        <source>Opportunities within the threshold</source>
        <translation>Möjligheter inom tröskelvärdet</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="94"/>
        <source>Gravity</source>
        <translation>Gravitationsmått</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="94"/>
        <source>2SFCA</source>
        <translation>2SFCA</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="98"/>
        <source>Threshold (minutes)</source>
        <translation>Tröskelvärde (minuter)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="101"/>
        <source>Gravity decay BETA (per minute)</source>
        <translation>Avståndsavtagande BETA för gravitationsmåttet (per minut)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="148"/>
        <source>Access speed off the network (km/h)</source>
        <translation>Anslutningshastighet utanför vägnätet (km/h)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="151"/>
        <source>Largest distance to the network (m)</source>
        <translation>Största avstånd till vägnätet (m)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="156"/>
        <source>Detour factor for the straight-line estimate</source>
        <translation>Omvägsfaktor för uppskattningen fågelvägen</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="106"/>
        <source>Origins with accessibility</source>
        <translation>Startpunkter med tillgänglighet</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="107"/>
        <source>Origins</source>
        <translation>Startpunkter</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="107"/>
        <source>Origins off the network</source>
        <translation>Startpunkter utanför vägnätet</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="107"/>
        <source>Origins that can reach no destination</source>
        <translation>Startpunkter som inte når någon målpunkt</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="107"/>
        <source>Median time to the nearest destination (minutes)</source>
        <translation>Medianrestid till närmaste målpunkt (minuter)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="193"/>
        <source>Road layer recognised as {schema}: speeds and directions from its fields.</source>
        <translation>Väglagret identifierades som {schema}: hastigheter och färdriktningar hämtas från dess fält.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="221"/>
        <source>{n} road(s) have no usable speed in &apos;{field}&apos; (zero, empty or text); they use the default speed {speed:g} km/h.</source>
        <translation>{n} väg(ar) saknar användbar hastighet i '{field}' (noll, tomt eller text); de får standardhastigheten {speed:g} km/h.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="240"/>
        <source>{n} zero-length segment(s) of the road network were left out.</source>
        <translation>{n} segment med längden noll i vägnätet utelämnades.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="246"/>
        <source>Road network: {nodes} nodes, {edges} edges.</source>
        <translation>Vägnät: {nodes} noder, {edges} länkar.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="312"/>
        <source>The destinations layer has no features with a geometry.</source>
        <translation>Målpunktslagret har inga objekt med geometri.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="324"/>
        <source>Gravity and 2SFCA need a road network (NETWORK).</source>
        <translation>Gravitationsmått och 2SFCA kräver ett vägnät (NETWORK).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="327"/>
        <source>estimate: straight line × {f:g} at {v:g} km/h</source>
        <translation>uppskattning: fågelvägen × {f:g} i {v:g} km/h</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="328"/>
        <source>No road network: travel times are an estimate ({text}).</source>
        <translation>Inget vägnät: restiderna är en uppskattning ({text}).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="340"/>
        <source>The working CRS</source>
        <translation>Arbetskoordinatsystemet</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="347"/>
        <source>{n} destination(s) are farther than {m:g} m from the network and were left out.</source>
        <translation>{n} målpunkt(er) ligger längre än {m:g} m från vägnätet och utelämnades.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="377"/>
        <source>2SFCA needs DEMAND_FIELD on the origins (e.g. population).</source>
        <translation>2SFCA kräver DEMAND_FIELD på startpunkterna (t.ex. befolkning).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="380"/>
        <source>road network</source>
        <translation>vägnät</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="382"/>
        <source>{n} origin(s) are farther than the largest snap distance from the network: their values are NULL.</source>
        <translation>{n} startpunkt(er) ligger längre från vägnätet än det största anslutningsavståndet: deras värden är NULL.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="393"/>
        <source>The origins already have a field &apos;{field}&apos;; rename it first.</source>
        <translation>Startpunkterna har redan ett fält '{field}'; byt namn på det först.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="417"/>
        <source>{n} origins; median time to the nearest destination {t} min ({method}).</source>
        <translation>{n} startpunkter; medianrestid till närmaste målpunkt {t} min ({method}).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="64"/>
        <source>Accessibility of origins (points, or polygons through a point on their surface) to destinations over a road network, offline.

Network: any line layer. Lines that share a vertex connect (TOLERANCE snaps near misses). Cost = length / speed. Speeds from SPEED_FIELD (km/h), else recognised NVDB fields (Klass_181, F_/B_Hogst_225, F_/B_ForbjudenFardriktning) or OSM/osmnx fields (highway, maxspeed, oneway), else DEFAULT_SPEED; a missing limit falls back to a default per road class. One-way: ONEWAY_FIELD, else NVDB's F_/B_ForbjudenFardriktning or a field named oneway; the codes yes/no/-1/reverse, FT/TF/B/N (N: closed), 1/-1/0, F/T and true/false are read in any case, as text or numbers; other values are counted in a warning and taken as two-way. A geographic CRS is reprojected to its UTM zone.
Destinations join the network at the nearest point on the nearest road; origins at the nearest road of a part of the network that reaches a destination, never a piece of road cut off from them. The access leg is costed at ACCESS_SPEED, up to MAX_SNAP metres; farther origins get NULL and are counted in a warning, as are origins attached past a nearer cut-off road (N_ATTACHED_FARTHER).
Measures: 0 time to the nearest destination (time_min, nearest_id); 1 the sum of destination weights within THRESHOLD minutes (opportunities); 2 gravity Σ w·exp(−BETA·t); 3 2SFCA (fca) with DEMAND_FIELD on the origins and the destination weights as supply.
Without a network the time is estimated from the straight-line distance × DETOUR_FACTOR at DEFAULT_SPEED (measures 0 and 1), and the output says it is an estimate.</source>
        <translation>Tillgänglighet från startpunkter (punkter, eller polygoner via en punkt på deras yta) till målpunkter över ett vägnät, offline.

Vägnät: valfritt linjelager. Linjer som delar en brytpunkt förbinds (TOLERANCE fångar upp nästan sammanfallande ändar). Kostnad = längd / hastighet. Hastigheter från SPEED_FIELD (km/h), annars från igenkända NVDB-fält (Klass_181, F_/B_Hogst_225, F_/B_ForbjudenFardriktning) eller OSM/osmnx-fält (highway, maxspeed, oneway), annars DEFAULT_SPEED; saknas hastighetsgräns används ett standardvärde per vägklass. Enkelriktning: ONEWAY_FIELD, annars NVDB:s F_/B_ForbjudenFardriktning eller ett fält som heter oneway; koderna yes/no/-1/reverse, FT/TF/B/N (N: avstängd), 1/-1/0, F/T och true/false läses oavsett om de skrivs med stora eller små bokstäver, som text eller som tal; andra värden räknas i en varning och behandlas som dubbelriktade. Ett geografiskt koordinatsystem projiceras om till sin UTM-zon.
Målpunkter ansluts till vägnätet i närmaste punkt på närmaste väg; startpunkter till närmaste väg i en del av vägnätet som når en målpunkt, aldrig till en vägbit som är avskuren från dem. Anslutningssträckan beräknas med hastigheten ACCESS_SPEED, upp till MAX_SNAP meter; startpunkter som ligger längre bort får NULL och räknas i en varning, liksom startpunkter som har anslutits förbi en närmare, avskuren väg (N_ATTACHED_FARTHER).
Mått: 0 restid till närmaste målpunkt (time_min, nearest_id); 1 summan av målpunkternas vikter inom THRESHOLD minuter (opportunities); 2 gravitationsmått Σ w·exp(−BETA·t); 3 2SFCA (fca) med DEMAND_FIELD på startpunkterna och målpunkternas vikter som utbud.
Utan vägnät uppskattas restiden från avståndet fågelvägen × DETOUR_FACTOR i hastigheten DEFAULT_SPEED (mått 0 och 1), och resultatet anger att det är en uppskattning.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="107"/>
        <source>Origins attached farther than their nearest road (it was cut off from every destination)</source>
        <translation>Startpunkter som anslutits längre bort än sin närmaste väg (den var avskuren från alla målpunkter)</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="225"/>
        <source>{n} road(s) have a value in &apos;{field}&apos; that is not a recognised one-way code ({examples}): they are taken as two-way. Recognised: yes/no/-1/reverse, FT/TF/B/N, 1/-1/0, F/T, true/false.</source>
        <translation>{n} väg(ar) har ett värde i &apos;{field}&apos; som inte är en igenkänd kod för enkelriktning ({examples}): de behandlas som dubbelriktade. Igenkända koder: yes/no/-1/reverse, FT/TF/B/N, 1/-1/0, F/T, true/false.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="230"/>
        <source>{n} road(s) are closed in both directions (one-way code N, or both directions forbidden) and were left out.</source>
        <translation>{n} väg(ar) är avstängda i båda riktningarna (enkelriktningskod N, eller förbud i båda färdriktningarna) och utelämnades.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="234"/>
        <source>The road network &apos;{name}&apos; has no usable lines: every feature is without geometry or closed in both directions. Check the layer and its one-way field.</source>
        <translation>Vägnätet &apos;{name}&apos; har inga användbara linjer: alla objekt saknar geometri eller är avstängda i båda riktningarna. Kontrollera lagret och dess fält för enkelriktning.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="243"/>
        <source>The road network &apos;{name}&apos; has no usable road after reading: every line has fewer than two distinct vertices (zero length). Check the layer&apos;s geometries.</source>
        <translation>Vägnätet &apos;{name}&apos; har ingen användbar väg efter inläsningen: alla linjer har färre än två olika brytpunkter (längden noll). Kontrollera lagrets geometrier.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="253"/>
        <source>One-way directions from the field &apos;{field}&apos;: yes/1/true/T forwards, -1/reverse backwards, no/0/false/F/N/empty both ways.</source>
        <translation>Enkelriktning från fältet &apos;{field}&apos;: yes/1/true/T framåt, -1/reverse bakåt, no/0/false/F/N/tomt åt båda hållen.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="257"/>
        <source>One-way directions from the field &apos;{field}&apos;: yes/1/FT/F forwards, -1/reverse/TF/T backwards, no/0/B/empty both ways, N closed.</source>
        <translation>Enkelriktning från fältet &apos;{field}&apos;: yes/1/FT/F framåt, -1/reverse/TF/T bakåt, no/0/B/tomt åt båda hållen, N avstängd.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="261"/>
        <source>One-way directions from NVDB&apos;s {fields} (true closes that direction).</source>
        <translation>Enkelriktning från NVDB:s {fields} (true stänger den riktningen).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="264"/>
        <source>Each line is one directed osmnx edge (u → v), driven in its digitising direction only.</source>
        <translation>Varje linje är en riktad osmnx-länk (u → v) som bara kan köras i sin digitaliseringsriktning.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="267"/>
        <source>No one-way field: every road is two-way (set ONEWAY_FIELD if the layer has one).</source>
        <translation>Inget fält för enkelriktning: alla vägar är dubbelriktade (ange ONEWAY_FIELD om lagret har ett sådant fält).</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="282"/>
        <source>{n} origin(s) lie nearest to a road cut off from every destination (a fragment of the network): they were attached to the nearest road that reaches one, up to {m:.0f} m farther away.</source>
        <translation>{n} startpunkt(er) ligger närmast en väg som är avskuren från alla målpunkter (ett fragment av vägnätet): de anslöts till närmaste väg som når en målpunkt, upp till {m:.0f} m längre bort.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="287"/>
        <source>{n} origin(s) have roads within {m:g} m only in parts of the network cut off from every destination: their values are NULL.</source>
        <translation>{n} startpunkt(er) har vägar inom {m:g} m bara i delar av vägnätet som är avskurna från alla målpunkter: deras värden är NULL.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="350"/>
        <source>No destination of &apos;{name}&apos; lies within {m:g} m of the road network: check that the layers cover the same area, or raise MAX_SNAP.</source>
        <translation>Ingen målpunkt i &apos;{name}&apos; ligger inom {m:g} m från vägnätet: kontrollera att lagren täcker samma geografiska område, eller höj MAX_SNAP.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="355"/>
        <source>None of the {n} origins of &apos;{name}&apos; lies within {m:g} m of a road that leads to a destination ({cut} of them are near roads cut off from every destination): check that the layers cover the same area and that the network is connected, or raise MAX_SNAP.</source>
        <translation>Ingen av de {n} startpunkterna i &apos;{name}&apos; ligger inom {m:g} m från en väg som leder till en målpunkt ({cut} av dem ligger nära vägar som är avskurna från alla målpunkter): kontrollera att lagren täcker samma geografiska område och att vägnätet hänger ihop, eller höj MAX_SNAP.</translation>
    </message>
    <message>
        <location filename="../processing_algorithms/accessibility/traveltime.py" line="385"/>
        <source>{n} origin(s) can reach no destination over the network (roads cut off from the rest, or one-way streets): their time is NULL.</source>
        <translation>{n} startpunkt(er) når ingen målpunkt via vägnätet (vägar som är avskurna från resten, eller enkelriktade gator): deras restid är NULL.</translation>
    </message>
</context>
</TS>
