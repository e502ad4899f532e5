/* Strukturbild web map: the page's own code (map, legend, layer toggles, popups, search, permalink, print).
 *
 * data/config.js calls strukturbild.config({...}); each data/<layer>.js calls strukturbild.layerData(id, {...});
 * the finer levels of detail, data/<layer>.<n>.js, are added as <script> elements when the user zooms in (plain
 * scripts, no fetch(): the page works from file:// and from any static web server, with nothing from outside
 * its folder unless the map was made with a tile background).
 */
(function () {
  'use strict';

  var SB = window.strukturbild = window.strukturbild || {};
  var Sym = window.StrukturbildSymbols;
  var config = null;
  var data = {}; // layer id -> {features: [...]}
  var lodGeometries = {}; // layer id -> {lod: [encoded geometries]}
  var loadingLods = {};
  var layers = {}; // layer id -> {cfg, olLayer, source, features}
  var map = null;
  var popup = null;
  var lang = 'sv';
  var currentLod = 0;
  var groundRes = 1; // ground metres per CSS pixel at the view centre
  var scaleDenominator = 1;
  var started = false;
  var readyResolve = null;

  var TEXT = {
    sv: {
      legend: 'Teckenförklaring', search: 'Sök nod eller plats', noHits: 'Inga träffar', close: 'Stäng',
      produced: 'Kartan framställd', source: 'Källa', pdf: 'Kartan som PDF', print: 'Skriv ut',
      otherLang: 'English', link: 'Länk till denna vy', layers: 'Lager', show: 'Visa', hide: 'Dölj',
      legendToggle: 'Teckenförklaring och lager', linkCopied: 'Länken finns nu i adressfältet'
    },
    en: {
      legend: 'Legend', search: 'Search a node or place', noHits: 'No matches', close: 'Close',
      produced: 'Map produced', source: 'Source', pdf: 'Map as PDF', print: 'Print',
      otherLang: 'Svenska', link: 'Link to this view', layers: 'Layers', show: 'Show', hide: 'Hide',
      legendToggle: 'Legend and layers', linkCopied: 'The link is now in the address bar'
    }
  };

  function t(key) { return (TEXT[lang] || TEXT.sv)[key]; }
  function pick(pair) { return pair ? (pair[lang] || pair.sv || '') : ''; }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  // -- data arriving --------------------------------------------------------------------------------------

  SB.config = function (c) { config = c; lang = c.language || 'sv'; };
  SB.layerData = function (id, d) { data[id] = d; };
  SB.lodData = function (id, lod, geometries) {
    (lodGeometries[id] = lodGeometries[id] || {})[lod] = geometries;
    delete loadingLods[id + ':' + lod];
    if (started) { applyLod(id); }
  };
  SB.ready = new Promise(function (resolve) { readyResolve = resolve; });

  // -- geometries -----------------------------------------------------------------------------------------

  function decodeFlat(flat, grid) {
    var out = [], x = 0, y = 0;
    for (var i = 0; i + 1 < flat.length; i += 2) {
      x += flat[i]; y += flat[i + 1];
      out.push([x * grid, y * grid]);
    }
    return out;
  }

  function makeGeometry(kind, encoded, grid) {
    if (encoded === null || encoded === undefined) { return null; }
    if (kind === 'point') {
      var pts = decodeFlat(encoded, grid);
      return pts.length === 1 ? new ol.geom.Point(pts[0]) : new ol.geom.MultiPoint(pts);
    }
    if (kind === 'line') {
      return new ol.geom.MultiLineString(encoded.map(function (p) { return decodeFlat(p, grid); }));
    }
    return new ol.geom.MultiPolygon(encoded.map(function (polygon) {
      return polygon.map(function (r) { var ring = decodeFlat(r, grid); ring.push(ring[0]); return ring; });
    }));
  }

  function lodForZoom(zoom) {
    var index = 0;
    config.lods.forEach(function (lod, k) { if (zoom >= lod[0]) { index = k; } });
    return index;
  }

  function gridFor(cfg, lod) { return cfg.kind === 'point' ? config.pointGrid : config.lods[lod][2]; }

  function applyLod(id) {
    var L = layers[id];
    if (!L || L.cfg.lodCount <= 1) { return; }
    var wanted = Math.min(currentLod, L.cfg.lodCount - 1);
    if (L.lod === wanted) { return; }
    var geometries = wanted === 0 ? null : (lodGeometries[id] || {})[wanted];
    if (wanted !== 0 && !geometries) {
      var key = id + ':' + wanted;
      if (!loadingLods[key]) {
        loadingLods[key] = true;
        var script = document.createElement('script');
        script.src = 'data/' + L.cfg.file + '.' + wanted + '.js';
        document.head.appendChild(script);
      }
      return;
    }
    var grid = gridFor(L.cfg, wanted);
    L.features.forEach(function (f, i) {
      var encoded = wanted === 0 ? data[id].features[i].g : geometries[i];
      f.setGeometry(makeGeometry(L.cfg.kind, encoded, grid) || undefined);
    });
    L.lod = wanted;
  }

  // -- styles -------------------------------------------------------------------------------------------

  function scaleOk(cls) {
    if (cls.minScale && scaleDenominator < cls.minScale) { return false; }
    if (cls.maxScale && scaleDenominator > cls.maxScale) { return false; }
    return true;
  }

  function env(state, feature) {
    return { ratio: state.pixelRatio, groundRes: groundRes, dd: feature.get('d') || null };
  }

  function classStyles(L, c) {
    var cache = L.styleCache[c];
    if (cache) { return cache; }
    var cls = L.cfg.style.classes[c];
    var passes = [undefined];
    if (L.cfg.style.symbolLevels) {
      passes = [];
      cls.symbol.layers.forEach(function (layer) {
        if (passes.indexOf(layer.pass || 0) < 0) { passes.push(layer.pass || 0); }
      });
    }
    cache = passes.map(function (pass) {
      return new ol.style.Style({
        zIndex: pass === undefined ? 0 : pass,
        renderer: function (coords, state) {
          var e = env(state, state.feature);
          e.pass = pass;
          Sym.draw(state.context, cls.symbol, Sym.normalise(state.geometry.getType(), coords), e);
        },
        hitDetectionRenderer: function (coords, state) {
          Sym.hit(state.context, cls.symbol, Sym.normalise(state.geometry.getType(), coords),
            env(state, state.feature));
        }
      });
    });
    L.styleCache[c] = cache;
    return cache;
  }

  function labelStyle(L, feature) {
    var index = feature.get('l');
    if (index === undefined || index === null) { return null; }
    var spec = L.cfg.style.labels[index];
    var text = feature.get('t');
    if (text === undefined) { text = (feature.get('a') || {})[spec.field]; }
    if (text === undefined || text === null || text === '') { return null; }
    var key = index + '\u0000' + text;
    if (L.labelCache[key]) { return L.labelCache[key]; }
    var px = spec.size * Sym.MM;
    var font = (spec.italic ? 'italic ' : '') + (spec.bold ? 'bold ' : '') + px.toFixed(1) + 'px ' +
      spec.family.map(function (f) { return /\s/.test(f) ? '"' + f + '"' : f; }).join(', ') + ', sans-serif';
    var options = {
      text: String(text), font: font, fill: new ol.style.Fill({ color: spec.color }),
      declutterMode: 'declutter', overflow: false
    };
    if (spec.buffer) {
      options.stroke = new ol.style.Stroke({ color: spec.buffer.color, width: 2 * spec.buffer.size * Sym.MM });
    }
    if (L.cfg.kind === 'point') {
      var d = (spec.dist || 0) * Sym.MM + L.markerRadius;
      options.textAlign = 'left';
      options.textBaseline = 'bottom';
      options.offsetX = d * 0.75;
      options.offsetY = -d * 0.6;
    } else if (L.cfg.kind === 'line') {
      options.placement = 'line';
    }
    // Decluttering places higher z-indexes first: QGIS's label priority (0-10) decides who keeps its label.
    var priority = spec.priority === undefined ? 5 : spec.priority;
    var style = new ol.style.Style({ text: new ol.style.Text(options), zIndex: 1000 + priority });
    L.labelCache[key] = style;
    return style;
  }

  function styleFunction(L) {
    return function (feature) {
      var classes = feature.get('r');
      var out = [];
      if (classes) {
        for (var i = 0; i < classes.length; i++) {
          var cls = L.cfg.style.classes[classes[i]];
          if (cls && scaleOk(cls)) { out.push.apply(out, classStyles(L, classes[i])); }
        }
      }
      var label = labelStyle(L, feature);
      if (label) { out.push(label); }
      return out;
    };
  }

  // -- layers -------------------------------------------------------------------------------------------

  function buildLayers() {
    var order = 0;
    config.layers.forEach(function (cfg) {
      var d = data[cfg.id];
      if (!d) { throw new Error('data for layer ' + cfg.id + ' is missing (data/' + cfg.file + '.js)'); }
      var grid = gridFor(cfg, 0);
      var features = d.features.map(function (item, i) {
        var f = new ol.Feature({ a: item.a || {}, r: item.r || [], d: item.d || null, l: item.l, t: item.t });
        var geometry = makeGeometry(cfg.kind, item.g, grid);
        if (geometry) { f.setGeometry(geometry); }
        f.setId(cfg.id + '/' + i);
        f.set('sbLayer', cfg.id);
        return f;
      });
      var source = new ol.source.Vector({ features: features, wrapX: false });
      var L = { cfg: cfg, source: source, features: features, styleCache: {}, labelCache: {}, lod: 0 };
      L.markerRadius = 0;
      cfg.style.classes.forEach(function (cls) {
        L.markerRadius = Math.max(L.markerRadius, Sym.markerSize(cls.symbol, { ratio: 1, groundRes: 100 }) / 2);
      });
      L.olLayer = new ol.layer.Vector({
        source: source, style: styleFunction(L), declutter: cfg.style.labels.length > 0,
        zIndex: 10 + order++, opacity: cfg.style.opacity === undefined ? 1 : cfg.style.opacity,
        updateWhileInteracting: false, updateWhileAnimating: false, renderBuffer: 250
      });
      L.olLayer.set('sbId', cfg.id);
      layers[cfg.id] = L;
    });
  }

  function updateScale() {
    var view = map.getView();
    var res = view.getResolution();
    if (!res) { return; }
    groundRes = ol.proj.getPointResolution(view.getProjection(), res, view.getCenter(), 'm');
    scaleDenominator = groundRes * 96 / 0.0254;
  }

  // -- legend and layer toggles ---------------------------------------------------------------------------

  function renderLegend() {
    var box = document.getElementById('sb-legend-body');
    box.textContent = '';
    config.groups.forEach(function (group) {
      var members = config.layers.filter(function (cfg) { return cfg.group === group.id; }).reverse();
      if (!members.length) { return; }
      var section = el('section', 'sb-group');
      section.appendChild(el('h3', 'sb-group-title', pick(group.title)));
      members.forEach(function (cfg) {
        var L = layers[cfg.id];
        var block = el('div', 'sb-layer');
        block.setAttribute('data-layer', cfg.id);
        var head = el('label', 'sb-layer-head');
        var box2 = el('input');
        box2.type = 'checkbox';
        box2.checked = L.olLayer.getVisible();
        box2.setAttribute('data-layer', cfg.id);
        box2.addEventListener('change', function () {
          L.olLayer.setVisible(box2.checked);
          block.classList.toggle('sb-off', !box2.checked);
          writePermalink();
        });
        head.appendChild(box2);
        var present = cfg.style.classes.map(function (cls, i) { return { cls: cls, i: i }; })
          .filter(function (item) { return (cfg.counts[item.i] || 0) > 0; });
        var single = present.length === 1 && !pick(present[0].cls.label);
        if (single) { head.appendChild(swatchFor(cfg, present[0].cls)); }
        head.appendChild(el('span', 'sb-layer-title', pick(cfg.title)));
        block.appendChild(head);
        block.classList.toggle('sb-off', !box2.checked);
        if (!single) {
          var list = el('ul', 'sb-classes');
          present.forEach(function (item) {
            var li = el('li', 'sb-class');
            li.setAttribute('data-class', item.cls.key);
            li.appendChild(swatchFor(cfg, item.cls));
            li.appendChild(el('span', 'sb-class-label', pick(item.cls.label) || pick(cfg.title)));
            list.appendChild(li);
          });
          block.appendChild(list);
        }
        section.appendChild(block);
      });
      box.appendChild(section);
    });
  }

  function swatchFor(cfg, cls) {
    var canvas = el('canvas', 'sb-swatch');
    var w = 40, h = 20;
    if (cfg.kind === 'point') {
      var size = Sym.markerSize(cls.symbol, { ratio: 1, groundRes: 100, dd: null }) + 4;
      w = Math.max(24, Math.ceil(size)); h = Math.max(16, Math.ceil(size));
    }
    Sym.swatch(canvas, cls.symbol, cfg.kind, w, h);
    return canvas;
  }

  // -- popups -------------------------------------------------------------------------------------------

  function fieldValue(field, value) {
    if (field.codes) {
      for (var i = 0; i < field.codes.length; i++) {
        if (String(field.codes[i][0]) === String(value)) { return lang === 'en' ? field.codes[i][2] : field.codes[i][1]; }
      }
    }
    if (typeof value === 'number' && !field.plain) {
      return value.toLocaleString(lang === 'en' ? 'en-GB' : 'sv-SE', { maximumFractionDigits: 3 });
    }
    return value;
  }

  function featureName(cfg, attrs) {
    for (var i = 0; i < cfg.nameFields.length; i++) {
      var v = attrs[cfg.nameFields[i]];
      if (v !== undefined && v !== null && v !== '') { return String(v); }
    }
    if (attrs.from_namn && attrs.to_namn) { return attrs.from_namn + ' → ' + attrs.to_namn; }
    return '';
  }

  function showPopup(feature, coordinate) {
    var L = layers[feature.get('sbLayer')];
    if (!L) { return; }
    var cfg = L.cfg, attrs = feature.get('a') || {};
    var box = document.getElementById('sb-popup-content');
    box.textContent = '';
    var name = featureName(cfg, attrs);
    box.appendChild(el('h2', 'sb-popup-title', name || pick(cfg.title)));
    var classes = (feature.get('r') || []).map(function (c) { return pick(cfg.style.classes[c].label); })
      .filter(Boolean);
    box.appendChild(el('p', 'sb-popup-layer', pick(cfg.title) + (classes.length ? ': ' + classes.join(', ') : '')));
    var table = el('table', 'sb-popup-table');
    cfg.fields.forEach(function (field) {
      var value = attrs[field.name];
      if (value === undefined || value === null || value === '') { return; }
      var row = el('tr');
      row.appendChild(el('th', null, pick(field.title)));
      row.appendChild(el('td', null, fieldValue(field, value)));
      table.appendChild(row);
    });
    if (table.childNodes.length) { box.appendChild(table); }
    document.getElementById('sb-popup').hidden = false; // shown first, so that its size is known when placed
    popup.setPosition(coordinate);
  }

  function closePopup() {
    popup.setPosition(undefined);
    document.getElementById('sb-popup').hidden = true;
  }

  /* The feature a click means: a point whose marker is under the pointer (nearest first), else the topmost
   * feature drawn there. Labels are hit too, and a neighbour's label must not hide the marker clicked on. */
  function pickFeature(pixel) {
    var hits = [];
    map.forEachFeatureAtPixel(pixel, function (feature) { hits.push(feature); },
      { hitTolerance: 3, layerFilter: function (l) { return !!l.get('sbId'); } });
    var best = null, bestDistance = Infinity;
    hits.forEach(function (feature) {
      var L = layers[feature.get('sbLayer')];
      var g = feature.getGeometry();
      if (!L || L.cfg.kind !== 'point' || !g) { return; }
      var points = g.getType() === 'Point' ? [g.getCoordinates()] : g.getCoordinates();
      points.forEach(function (c) {
        var p = map.getPixelFromCoordinate(c);
        var d = Math.hypot(p[0] - pixel[0], p[1] - pixel[1]);
        if (d <= Math.max(L.markerRadius, 5) + 3 && d < bestDistance) { best = feature; bestDistance = d; }
      });
    });
    return best || hits[0] || null;
  }

  function featureAnchor(feature) {
    var g = feature.getGeometry();
    if (!g) { return null; }
    var type = g.getType();
    if (type === 'Point') { return g.getCoordinates(); }
    if (type === 'MultiPoint') { return g.getPoint(0).getCoordinates(); }
    if (type === 'MultiPolygon') {
      var best = null, area = -1;
      g.getPolygons().forEach(function (p) { var a = p.getArea(); if (a > area) { area = a; best = p; } });
      return best ? best.getInteriorPoint().getCoordinates().slice(0, 2) : ol.extent.getCenter(g.getExtent());
    }
    if (type === 'MultiLineString') {
      var line = g.getLineString(0);
      return line.getCoordinateAt(0.5);
    }
    return ol.extent.getCenter(g.getExtent());
  }

  // -- search -------------------------------------------------------------------------------------------

  var searchIndex = [];

  function fold(text) {
    return String(text).toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  }

  function buildSearch() {
    config.layers.slice().sort(function (a, b) { return a.searchRank - b.searchRank; }).forEach(function (cfg) {
      if (!cfg.search) { return; }
      layers[cfg.id].features.forEach(function (f) {
        var name = featureName(cfg, f.get('a') || {});
        if (name) { searchIndex.push({ name: name, key: fold(name), feature: f, cfg: cfg }); }
      });
    });
  }

  function runSearch(text) {
    var list = document.getElementById('sb-search-results');
    list.textContent = '';
    var q = fold(text.trim());
    if (!q) { list.hidden = true; return []; }
    var starts = [], contains = [];
    searchIndex.forEach(function (item) {
      var at = item.key.indexOf(q);
      if (at === 0) { starts.push(item); } else if (at > 0) { contains.push(item); }
    });
    var hits = starts.concat(contains).slice(0, 10);
    if (!hits.length) {
      list.appendChild(el('li', 'sb-no-hits', t('noHits')));
    }
    hits.forEach(function (item) {
      var li = el('li', 'sb-hit');
      li.tabIndex = 0;
      li.appendChild(el('span', 'sb-hit-name', item.name));
      li.appendChild(el('span', 'sb-hit-layer', pick(item.cfg.title)));
      li.addEventListener('click', function () { goTo(item); });
      li.addEventListener('keydown', function (e) { if (e.key === 'Enter') { goTo(item); } });
      list.appendChild(li);
    });
    list.hidden = false;
    return hits;
  }

  function goTo(item) {
    var L = layers[item.cfg.id];
    if (!L.olLayer.getVisible()) {
      L.olLayer.setVisible(true);
      renderLegend();
    }
    var g = item.feature.getGeometry();
    var anchor = featureAnchor(item.feature);
    if (g) {
      map.getView().fit(g.getExtent(), { maxZoom: 11, padding: [60, 60, 60, 60], duration: 0 });
    }
    document.getElementById('sb-search-results').hidden = true;
    if (anchor) {
      var size = map.getSize();
      // the place low in the view, its popup above it
      map.getView().centerOn(anchor, size, [size[0] / 2, size[1] * 0.7]);
      map.renderSync();
      showPopup(item.feature, anchor);
    }
  }

  // -- permalink ----------------------------------------------------------------------------------------

  function readPermalink() {
    var hash = window.location.hash.replace(/^#/, '');
    var out = {};
    hash.split('&').forEach(function (part) {
      var kv = part.split('=');
      if (kv.length === 2) { out[kv[0]] = decodeURIComponent(kv[1]); }
    });
    return out;
  }

  var permalinkTimer = null;
  function writePermalink() {
    if (!map) { return; }
    clearTimeout(permalinkTimer);
    permalinkTimer = setTimeout(function () {
      var view = map.getView();
      var center = ol.proj.toLonLat(view.getCenter());
      var hidden = Object.keys(layers).filter(function (id) { return !layers[id].olLayer.getVisible(); });
      var hash = '#map=' + view.getZoom().toFixed(2) + '/' + center[1].toFixed(5) + '/' + center[0].toFixed(5);
      if (hidden.length) { hash += '&hide=' + hidden.map(encodeURIComponent).join(','); }
      hash += '&lang=' + lang;
      try {
        window.history.replaceState(null, '', hash);
      } catch (e) {
        window.location.replace(hash);
      }
    }, 150);
  }

  // -- texts --------------------------------------------------------------------------------------------

  function renderTexts() {
    document.documentElement.lang = lang;
    document.getElementById('sb-legend-title').textContent = t('legend');
    var search = document.getElementById('sb-search');
    search.placeholder = t('search');
    search.setAttribute('aria-label', t('search'));
    document.getElementById('sb-lang').textContent = t('otherLang');
    document.getElementById('sb-print').textContent = t('print');
    document.getElementById('sb-popup-close').setAttribute('aria-label', t('close'));
    document.getElementById('sb-popup-close').title = t('close');
    document.getElementById('sb-panel-toggle').title = t('legendToggle');
    document.getElementById('sb-panel-toggle').setAttribute('aria-label', t('legendToggle'));
    var pdf = document.getElementById('sb-pdf');
    if (config.pdf) {
      pdf.hidden = false;
      pdf.href = config.pdf;
      pdf.textContent = t('pdf');
    } else {
      pdf.hidden = true;
    }
    var sources = document.getElementById('sb-sources');
    sources.textContent = config.sources ? t('source') + ': ' + config.sources : '';
    document.getElementById('sb-date').textContent = t('produced') + ' ' + config.date;
  }

  function setLanguage(value) {
    lang = value === 'en' ? 'en' : 'sv';
    renderTexts();
    renderLegend();
    if (popup && popup.getPosition()) { closePopup(); }
    writePermalink();
  }

  // -- start --------------------------------------------------------------------------------------------

  function start() {
    if (started) { return; }
    if (!config) { throw new Error('data/config.js did not load'); }
    var link = readPermalink();
    if (link.lang === 'en' || link.lang === 'sv') { lang = link.lang; }
    document.title = config.title;
    buildLayers();
    if (link.hide) {
      link.hide.split(',').forEach(function (id) { if (layers[id]) { layers[id].olLayer.setVisible(false); } });
    }
    var olLayers = [];
    if (config.background && config.background.type === 'xyz') {
      olLayers.push(new ol.layer.Tile({
        zIndex: 0,
        source: new ol.source.XYZ({ url: config.background.url, attributions: config.background.attribution || undefined,
          maxZoom: 19 })
      }));
    }
    Object.keys(layers).forEach(function (id) { olLayers.push(layers[id].olLayer); });
    document.getElementById('sb-map').style.background = config.mapBackground;
    popup = new ol.Overlay({ element: document.getElementById('sb-popup'),
      autoPan: { animation: { duration: 0 }, margin: 20 },
      positioning: 'bottom-center', offset: [0, -12], stopEvent: true });
    map = new ol.Map({
      target: 'sb-map', layers: olLayers, overlays: [popup],
      controls: ol.control.defaults.defaults({ attributionOptions: { collapsible: true } }).extend([
        new ol.control.ScaleLine({ units: 'metric', bar: true, steps: 2, text: true, minWidth: 100 })
      ]),
      view: new ol.View({ projection: 'EPSG:3857', maxZoom: 18, minZoom: 3, constrainResolution: false })
    });
    var view = map.getView();
    if (link.map) {
      var parts = link.map.split('/').map(Number);
      if (parts.length === 3 && parts.every(isFinite)) {
        view.setCenter(ol.proj.fromLonLat([parts[2], parts[1]]));
        view.setZoom(parts[0]);
      }
    }
    if (!view.getCenter()) {
      view.fit(config.extent, { size: map.getSize(), padding: [10, 10, 10, 10] });
    }
    updateScale();
    currentLod = lodForZoom(view.getZoom());
    Object.keys(layers).forEach(applyLod);
    view.on('change:resolution', function () {
      updateScale();
      var lod = lodForZoom(view.getZoom());
      if (lod !== currentLod) { currentLod = lod; Object.keys(layers).forEach(applyLod); }
    });
    view.on('change:center', updateScale);
    map.on('moveend', writePermalink);
    map.on('singleclick', function (evt) {
      var found = pickFeature(evt.pixel);
      if (found) { showPopup(found, evt.coordinate); } else { closePopup(); }
    });
    map.on('pointermove', function (evt) {
      if (evt.dragging) { return; }
      var hit = map.hasFeatureAtPixel(evt.pixel, { hitTolerance: 3, layerFilter: function (l) { return !!l.get('sbId'); } });
      map.getTargetElement().style.cursor = hit ? 'pointer' : '';
    });
    Sym.onImage(function () { Object.keys(layers).forEach(function (id) { layers[id].olLayer.changed(); }); });

    document.getElementById('sb-title').textContent = config.title;
    document.getElementById('sb-subtitle').textContent = config.subtitle || '';
    document.getElementById('sb-popup-close').addEventListener('click', closePopup);
    document.getElementById('sb-lang').addEventListener('click', function () { setLanguage(lang === 'sv' ? 'en' : 'sv'); });
    document.getElementById('sb-print').addEventListener('click', function () { window.print(); });
    document.getElementById('sb-panel-toggle').addEventListener('click', function () {
      document.body.classList.toggle('sb-panel-hidden');
      map.updateSize();
    });
    var search = document.getElementById('sb-search');
    search.addEventListener('input', function () { runSearch(search.value); });
    search.addEventListener('keydown', function (e) {
      if (e.key === 'Enter') { var hits = runSearch(search.value); if (hits.length) { goTo(hits[0]); } }
      if (e.key === 'Escape') { document.getElementById('sb-search-results').hidden = true; }
    });
    window.addEventListener('beforeprint', function () { map.updateSize(); map.renderSync(); });
    window.addEventListener('afterprint', function () { map.updateSize(); });
    renderTexts();
    renderLegend();
    buildSearch();
    started = true;
    map.once('rendercomplete', function () {
      SB.firstRenderMs = performance.now();
      document.body.setAttribute('data-rendered', 'true');
      readyResolve(map);
    });
  }

  // For tests and the curious: the map, the layers, and a few helpers.
  SB.api = {
    map: function () { return map; },
    layer: function (id) { return layers[id] ? layers[id].olLayer : null; },
    layerIds: function () { return Object.keys(layers); },
    features: function (id) { return layers[id] ? layers[id].features : []; },
    pixelOf: function (feature) {
      var anchor = featureAnchor(feature);
      return anchor ? map.getPixelFromCoordinate(anchor) : null;
    },
    search: function (text) { return runSearch(text).map(function (h) { return h.name; }); },
    setLanguage: setLanguage,
    scale: function () { return scaleDenominator; },
    lod: function () { return currentLod; }
  };

  document.addEventListener('DOMContentLoaded', start);
})();
