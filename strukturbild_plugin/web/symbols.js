/* Strukturbild web map: draws QGIS symbols on a canvas, in the map and in the legend alike.
 *
 * The symbols come from the style spec that processing_algorithms/methods/webstyle.py makes of the same QML
 * files the PDF map uses: fills, lines (custom dashes, trims, offsets), hatches, point patterns, markers,
 * SVG markers, marker lines (arrowheads, ticks) and hash lines. Lengths are millimetres (1 mm = 96/25.4 CSS
 * pixels, as QGIS draws on a screen) or {m: metres} on the ground; data-defined values come per feature.
 * Plain ES5-style code with no modules, so that the page works from file:// too.
 */
(function (global) {
  'use strict';

  var MM = 96 / 25.4; // CSS pixels per millimetre
  var images = {}; // data URI -> Image
  var imageListeners = [];

  function onImage(listener) { imageListeners.push(listener); }

  function image(src) {
    var img = images[src];
    if (!img) {
      img = new Image();
      img.onload = function () { imageListeners.forEach(function (f) { f(); }); };
      img.src = src;
      images[src] = img;
    }
    return img;
  }

  // -- values ------------------------------------------------------------------------------------------

  function raw(layer, key, env) {
    if (layer.dd && layer.dd[key] !== undefined && env.dd) {
      var v = env.dd[layer.dd[key]];
      if (v !== null && v !== undefined) { return v; }
    }
    return layer[key];
  }

  function toPx(value, env, staticValue) {
    if (typeof value === 'number') {
      if (staticValue && typeof staticValue === 'object' && staticValue.m !== undefined) {
        return value / env.groundRes * env.ratio;
      }
      return value * MM * env.ratio;
    }
    if (value && typeof value === 'object' && typeof value.m === 'number') {
      return value.m / env.groundRes * env.ratio;
    }
    return 0;
  }

  function len(layer, key, env) { return toPx(raw(layer, key, env), env, layer[key]); }

  function colour(layer, key, env) { return raw(layer, key, env); }

  function dashArray(dash, width, env) {
    if (!dash) { return []; }
    if (dash.rel) {
      var w = Math.max(width, env.ratio);
      return dash.rel.map(function (d) { return d * w; });
    }
    if (Array.isArray(dash)) {
      return dash.map(function (d) { return Math.max(toPx(d, env), 0.5); });
    }
    return [];
  }

  var CAPS = { flat: 'butt', square: 'square', round: 'round' };
  var JOINS = { bevel: 'bevel', miter: 'miter', round: 'round' };

  // -- geometry in pixels -------------------------------------------------------------------------------

  /* OL custom renderer coordinates -> {points: [[x,y]], lines: [[[x,y]]], polygons: [[ring]]}. */
  function normalise(type, coords) {
    switch (type) {
      case 'Point': return { kind: 'point', points: [coords] };
      case 'MultiPoint': return { kind: 'point', points: coords };
      case 'LineString': return { kind: 'line', lines: [coords] };
      case 'MultiLineString': return { kind: 'line', lines: coords };
      case 'Polygon': return { kind: 'polygon', polygons: [coords] };
      case 'MultiPolygon': return { kind: 'polygon', polygons: coords };
      default: return { kind: 'none' };
    }
  }

  function lineLength(pts) {
    var total = 0;
    for (var i = 1; i < pts.length; i++) {
      total += Math.hypot(pts[i][0] - pts[i - 1][0], pts[i][1] - pts[i - 1][1]);
    }
    return total;
  }

  /* The part of a line from distance a to distance b along it. */
  function subLine(pts, a, b) {
    var out = [], run = 0;
    for (var i = 1; i < pts.length; i++) {
      var p = pts[i - 1], q = pts[i];
      var seg = Math.hypot(q[0] - p[0], q[1] - p[1]);
      var s0 = run, s1 = run + seg;
      if (s1 >= a && s0 <= b && seg > 0) {
        var t0 = Math.max(0, (a - s0) / seg), t1 = Math.min(1, (b - s0) / seg);
        var start = [p[0] + (q[0] - p[0]) * t0, p[1] + (q[1] - p[1]) * t0];
        if (!out.length) { out.push(start); }
        out.push([p[0] + (q[0] - p[0]) * t1, p[1] + (q[1] - p[1]) * t1]);
      }
      run = s1;
    }
    return out;
  }

  function trimLine(pts, start, end) {
    if (!start && !end) { return pts; }
    var total = lineLength(pts);
    if (start + end >= total) { return []; }
    return subLine(pts, start, total - end);
  }

  /* A line moved sideways by d pixels (positive: to the left of its direction, as QGIS draws on screen). */
  function offsetLine(pts, d) {
    if (!d) { return pts; }
    var out = [];
    for (var i = 0; i < pts.length; i++) {
      var a = pts[Math.max(0, i - 1)], b = pts[Math.min(pts.length - 1, i + 1)];
      var dx = b[0] - a[0], dy = b[1] - a[1], n = Math.hypot(dx, dy) || 1;
      out.push([pts[i][0] + dy / n * d, pts[i][1] - dx / n * d]);
    }
    return out;
  }

  function ringCentroid(ring) {
    var a = 0, cx = 0, cy = 0;
    for (var i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      var f = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
      a += f; cx += (ring[j][0] + ring[i][0]) * f; cy += (ring[j][1] + ring[i][1]) * f;
    }
    if (Math.abs(a) < 1e-9) { return ring[0]; }
    return [cx / (3 * a), cy / (3 * a)];
  }

  function bbox(polygons) {
    var b = [Infinity, Infinity, -Infinity, -Infinity];
    polygons.forEach(function (rings) {
      rings.forEach(function (ring) {
        ring.forEach(function (p) {
          if (p[0] < b[0]) { b[0] = p[0]; }
          if (p[1] < b[1]) { b[1] = p[1]; }
          if (p[0] > b[2]) { b[2] = p[0]; }
          if (p[1] > b[3]) { b[3] = p[1]; }
        });
      });
    });
    return b;
  }

  function pathPolygons(ctx, polygons) {
    ctx.beginPath();
    polygons.forEach(function (rings) {
      rings.forEach(function (ring) {
        ring.forEach(function (p, i) { if (i) { ctx.lineTo(p[0], p[1]); } else { ctx.moveTo(p[0], p[1]); } });
        ctx.closePath();
      });
    });
  }

  function pathLine(ctx, pts) {
    ctx.beginPath();
    pts.forEach(function (p, i) { if (i) { ctx.lineTo(p[0], p[1]); } else { ctx.moveTo(p[0], p[1]); } });
  }

  /* Where markers or hashes go along a line: [{x, y, angle}] with angle the line's direction (radians). */
  function placements(pts, placement, interval, offsetAlong) {
    var out = [];
    if (pts.length < 2) { return out; }
    function angleAt(i) {
      var a = pts[Math.max(0, i - 1)], b = pts[Math.min(pts.length - 1, i + (i === 0 ? 1 : 0))];
      if (i === 0) { a = pts[0]; b = pts[1]; }
      return Math.atan2(b[1] - a[1], b[0] - a[0]);
    }
    function along(distance) {
      var run = 0;
      for (var i = 1; i < pts.length; i++) {
        var p = pts[i - 1], q = pts[i], seg = Math.hypot(q[0] - p[0], q[1] - p[1]);
        if (run + seg >= distance && seg > 0) {
          var t = (distance - run) / seg;
          return { x: p[0] + (q[0] - p[0]) * t, y: p[1] + (q[1] - p[1]) * t,
            angle: Math.atan2(q[1] - p[1], q[0] - p[0]) };
        }
        run += seg;
      }
      return null;
    }
    var total = lineLength(pts), n = pts.length;
    switch (placement) {
      case 'firstvertex':
        out.push({ x: pts[0][0], y: pts[0][1], angle: angleAt(0) });
        break;
      case 'lastvertex': {
        var a = pts[n - 2], b = pts[n - 1];
        out.push({ x: b[0], y: b[1], angle: Math.atan2(b[1] - a[1], b[0] - a[0]) });
        break;
      }
      case 'vertex': case 'curvepoint': case 'innervertices':
        for (var i = 0; i < n; i++) {
          if (placement === 'innervertices' && (i === 0 || i === n - 1)) { continue; }
          var p0 = pts[Math.max(0, i - 1)], p1 = pts[Math.min(n - 1, i + 1)];
          out.push({ x: pts[i][0], y: pts[i][1], angle: Math.atan2(p1[1] - p0[1], p1[0] - p0[0]) });
        }
        break;
      case 'centralpoint': {
        var c = along(total / 2);
        if (c) { out.push(c); }
        break;
      }
      case 'segmentcenter':
        for (var k = 1; k < n; k++) {
          out.push({ x: (pts[k - 1][0] + pts[k][0]) / 2, y: (pts[k - 1][1] + pts[k][1]) / 2,
            angle: Math.atan2(pts[k][1] - pts[k - 1][1], pts[k][0] - pts[k - 1][0]) });
        }
        break;
      default: { // interval
        var step = Math.max(interval, 1);
        var count = 0;
        for (var d = offsetAlong || 0; d <= total && count < 5000; d += step, count++) {
          var at = along(Math.min(d, total - 1e-6));
          if (at) { out.push(at); }
        }
      }
    }
    return out;
  }

  // -- markers -------------------------------------------------------------------------------------------

  var SQRT = Math.sqrt;
  function regular(n, r) {
    var pts = [];
    for (var i = 0; i < n; i++) {
      var a = -Math.PI / 2 + i * 2 * Math.PI / n;
      pts.push([Math.cos(a) * r, Math.sin(a) * r]);
    }
    return pts;
  }
  function star(r) {
    var pts = [], inner = r * 0.3819660113;
    for (var i = 0; i < 10; i++) {
      var a = -Math.PI / 2 + i * Math.PI / 5, rr = i % 2 ? inner : r;
      pts.push([Math.cos(a) * rr, Math.sin(a) * rr]);
    }
    return pts;
  }

  /* [filled polygon points] or null, and [stroke-only segments] for a shape of radius r. */
  function shapeGeometry(shape, r) {
    switch (shape) {
      case 'square': return { poly: [[-r, -r], [r, -r], [r, r], [-r, r]] };
      case 'diamond': return { poly: [[-r, 0], [0, r], [r, 0], [0, -r]] };
      case 'pentagon': return { poly: regular(5, r) };
      case 'hexagon': return { poly: regular(6, r) };
      case 'triangle': return { poly: [[-r, r], [r, r], [0, -r]] };
      case 'star': return { poly: star(r) };
      case 'arrow': return { poly: [[0, -r], [0.5 * r, -0.5 * r], [0.25 * r, -0.5 * r], [0.25 * r, r],
        [-0.25 * r, r], [-0.25 * r, -0.5 * r], [-0.5 * r, -0.5 * r]] };
      case 'filled_arrowhead': return { poly: [[0, 0], [-r, r], [-r, -r]] };
      case 'arrowhead': return { lines: [[[-r, -r], [0, 0], [-r, r]]] };
      case 'cross': return { lines: [[[-r, 0], [r, 0]], [[0, -r], [0, r]]] };
      case 'cross2': case 'x': return { lines: [[[-r, -r], [r, r]], [[r, -r], [-r, r]]] };
      case 'line': return { lines: [[[0, -r], [0, r]]] };
      default: return { circle: r };
    }
  }

  function strokeSetup(ctx, layer, env, widthKey, colourKey, dashKey) {
    var strokeColour = colour(layer, colourKey, env);
    if (!strokeColour) { return false; }
    var w = len(layer, widthKey, env);
    ctx.lineWidth = w > 0 ? w : env.ratio; // 0 = hairline, as in QGIS
    ctx.strokeStyle = strokeColour;
    ctx.setLineDash(dashArray(raw(layer, dashKey, env), ctx.lineWidth, env));
    return true;
  }

  function drawMarkerLayer(ctx, layer, x, y, rotation, env) {
    var size = len(layer, 'size', env);
    var angle = ((raw(layer, 'angle', env) || 0) * Math.PI / 180) + (rotation || 0);
    var off = layer.offset || [0, 0];
    var ox = toPx(off[0], env), oy = toPx(off[1], env);
    var c = Math.cos(angle), s = Math.sin(angle);
    ctx.save();
    ctx.translate(x + ox * c - oy * s, y + ox * s + oy * c);
    ctx.rotate(angle);
    var r = size / 2;
    if (layer.type === 'svg') {
      if (layer.data) {
        var img = image(layer.data);
        if (img.complete && img.naturalWidth) {
          var h = size * img.naturalHeight / img.naturalWidth;
          ctx.drawImage(img, -r, -h / 2, size, h);
        }
      }
      ctx.restore();
      return;
    }
    if (layer.shape === 'font') {
      ctx.font = Math.max(size, 1) + 'px ' + (layer.font || 'sans-serif');
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillStyle = colour(layer, 'color', env);
      ctx.fillText(layer.chr || '', 0, 0);
      ctx.restore();
      return;
    }
    if (layer.aspect) { ctx.scale(1, layer.aspect); }
    var geom = shapeGeometry(layer.shape, r);
    var fill = colour(layer, 'color', env);
    if (geom.circle !== undefined || geom.poly) {
      ctx.beginPath();
      if (geom.poly) {
        geom.poly.forEach(function (p, i) { if (i) { ctx.lineTo(p[0], p[1]); } else { ctx.moveTo(p[0], p[1]); } });
        ctx.closePath();
      } else {
        ctx.arc(0, 0, Math.max(geom.circle, 0.1), 0, 2 * Math.PI);
      }
      if (fill) { ctx.fillStyle = fill; ctx.fill(); }
      if (strokeSetup(ctx, layer, env, 'strokeWidth', 'strokeColor', 'strokeDash')) {
        ctx.lineJoin = JOINS[layer.join] || 'miter';
        ctx.stroke();
      }
    } else if (geom.lines) {
      if (strokeSetup(ctx, layer, env, 'strokeWidth', 'strokeColor', 'strokeDash')) {
        ctx.lineCap = 'butt';
        geom.lines.forEach(function (pts) { pathLine(ctx, pts); ctx.stroke(); });
      }
    }
    ctx.restore();
  }

  function drawMarkerSymbol(ctx, symbol, x, y, rotation, env) {
    ctx.save();
    ctx.globalAlpha *= symbol.opacity === undefined ? 1 : symbol.opacity;
    symbol.layers.forEach(function (layer) {
      if (layer.type === 'marker' || layer.type === 'svg') { drawMarkerLayer(ctx, layer, x, y, rotation, env); }
    });
    ctx.restore();
  }

  // -- lines -------------------------------------------------------------------------------------------

  function drawLineLayer(ctx, layer, pts, env) {
    var w = len(layer, 'width', env);
    var off = len(layer, 'offset', env);
    var line = offsetLine(pts, off);
    if (!env.legend) {
      line = trimLine(line, len(layer, 'trimStart', env), len(layer, 'trimEnd', env));
    }
    if (line.length < 2) { return; }
    ctx.lineWidth = w > 0 ? w : env.ratio;
    ctx.strokeStyle = colour(layer, 'color', env);
    ctx.lineCap = CAPS[layer.cap] || 'square';
    ctx.lineJoin = JOINS[layer.join] || 'bevel';
    ctx.setLineDash(dashArray(raw(layer, 'dash', env), ctx.lineWidth, env));
    pathLine(ctx, line);
    ctx.stroke();
  }

  function drawAlong(ctx, layer, pts, env, draw) {
    var interval = len(layer, 'interval', env);
    var along = len(layer, 'offsetAlong', env);
    var off = len(layer, 'offset', env);
    var places = placements(offsetLine(pts, off), layer.placement, interval, along);
    places.forEach(function (p) { draw(p.x, p.y, layer.rotate === false ? 0 : p.angle); });
  }

  function drawLineSymbol(ctx, symbol, lines, env, only) {
    ctx.save();
    ctx.globalAlpha *= symbol.opacity === undefined ? 1 : symbol.opacity;
    symbol.layers.forEach(function (layer) {
      if (only && !only(layer)) { return; }
      drawLineLikeLayer(ctx, layer, lines, env);
    });
    ctx.restore();
  }

  function drawLineLikeLayer(ctx, layer, lines, env) {
    if (layer.type === 'line') {
      lines.forEach(function (pts) { drawLineLayer(ctx, layer, pts, env); });
    } else if (layer.type === 'markerline') {
      lines.forEach(function (pts) {
        drawAlong(ctx, layer, pts, env, function (x, y, angle) {
          drawMarkerSymbol(ctx, layer.marker, x, y, angle, env);
        });
      });
    } else if (layer.type === 'hashline') {
      lines.forEach(function (pts) {
        var half = len(layer, 'length', env) / 2;
        var hashAngle = (raw(layer, 'angle', env) || 0) * Math.PI / 180;
        drawAlong(ctx, layer, pts, env, function (x, y, angle) {
          var a = angle + Math.PI / 2 + hashAngle;
          var dx = Math.cos(a) * half, dy = Math.sin(a) * half;
          drawLineSymbol(ctx, layer.line, [[[x - dx, y - dy], [x + dx, y + dy]]], env);
        });
      });
    }
  }

  // -- fills -------------------------------------------------------------------------------------------

  function clipBox(ctx, b) {
    var w = ctx.canvas.width, h = ctx.canvas.height;
    return [Math.max(b[0], -10), Math.max(b[1], -10), Math.min(b[2], w + 10), Math.min(b[3], h + 10)];
  }

  function drawHatch(ctx, layer, polygons, env) {
    var d = len(layer, 'distance', env);
    if (!(d > 0.5)) { d = 0.5 * env.ratio + 0.5; }
    var angle = -(raw(layer, 'angle', env) || 0) * Math.PI / 180;
    var full = bbox(polygons), b = env.legend ? full : clipBox(ctx, full);
    if (b[0] >= b[2] || b[1] >= b[3]) { return; }
    var ux = Math.cos(angle), uy = Math.sin(angle), nx = -uy, ny = ux;
    var ax = full[0], ay = full[1];
    var offset = len(layer, 'offset', env);
    var corners = [[b[0], b[1]], [b[2], b[1]], [b[0], b[3]], [b[2], b[3]]];
    var lo = Infinity, hi = -Infinity;
    corners.forEach(function (c) {
      var t = (c[0] - ax) * nx + (c[1] - ay) * ny;
      lo = Math.min(lo, t); hi = Math.max(hi, t);
    });
    var reach = Math.hypot(b[2] - b[0], b[3] - b[1]) + 2;
    var cx = (b[0] + b[2]) / 2, cy = (b[1] + b[3]) / 2;
    var lines = [];
    for (var k = Math.ceil((lo - offset) / d); k * d + offset <= hi && lines.length < 4000; k++) {
      var t = k * d + offset;
      // the hatch line's point nearest to the box centre
      var along = (cx - ax) * ux + (cy - ay) * uy;
      var px = ax + nx * t + ux * along, py = ay + ny * t + uy * along;
      lines.push([[px - ux * reach, py - uy * reach], [px + ux * reach, py + uy * reach]]);
    }
    ctx.save();
    pathPolygons(ctx, polygons);
    ctx.clip('evenodd');
    drawLineSymbol(ctx, layer.line, lines, env);
    ctx.restore();
  }

  function drawPointPattern(ctx, layer, polygons, env) {
    var dx = Math.max(len(layer, 'dx', env), 2), dy = Math.max(len(layer, 'dy', env), 2);
    var full = bbox(polygons), b = env.legend ? full : clipBox(ctx, full);
    if (b[0] >= b[2] || b[1] >= b[3]) { return; }
    var shiftX = toPx(layer.displaceX || 0, env), shiftY = toPx(layer.displaceY || 0, env);
    ctx.save();
    pathPolygons(ctx, polygons);
    ctx.clip('evenodd');
    var count = 0;
    for (var j = Math.floor((b[1] - full[1]) / dy) - 1; full[1] + j * dy <= b[3] + dy && count < 20000; j++) {
      for (var i = Math.floor((b[0] - full[0]) / dx) - 1; full[0] + i * dx <= b[2] + dx; i++, count++) {
        var x = full[0] + i * dx + dx / 2 + (j % 2 ? shiftX : 0);
        var y = full[1] + j * dy + dy / 2 + (i % 2 ? shiftY : 0);
        drawMarkerSymbol(ctx, layer.marker, x, y, 0, env);
      }
    }
    ctx.restore();
  }

  function drawFillLayer(ctx, layer, polygons, env) {
    switch (layer.type) {
      case 'fill': {
        var fill = colour(layer, 'color', env);
        pathPolygons(ctx, polygons);
        if (fill) { ctx.fillStyle = fill; ctx.fill('evenodd'); }
        if (strokeSetup(ctx, layer, env, 'strokeWidth', 'strokeColor', 'strokeDash')) {
          ctx.lineJoin = JOINS[layer.join] || 'bevel';
          ctx.stroke();
        }
        break;
      }
      case 'hatch': drawHatch(ctx, layer, polygons, env); break;
      case 'points': drawPointPattern(ctx, layer, polygons, env); break;
      case 'centroid':
        polygons.forEach(function (rings) {
          var c = ringCentroid(rings[0]);
          drawMarkerSymbol(ctx, layer.marker, c[0], c[1], 0, env);
        });
        break;
      case 'line': case 'markerline': case 'hashline': {
        var rings = [];
        polygons.forEach(function (r) {
          r.forEach(function (ring) { rings.push(ring.concat([ring[0]])); });
        });
        drawLineLikeLayer(ctx, layer, rings, env);
        break;
      }
      default: break;
    }
  }

  // -- whole symbols -------------------------------------------------------------------------------------

  /* Draw a symbol on geometry g = normalise(...): the layers of one rendering pass if env.pass is a number. */
  function draw(ctx, symbol, g, env) {
    ctx.save();
    ctx.globalAlpha *= symbol.opacity === undefined ? 1 : symbol.opacity;
    symbol.layers.forEach(function (layer) {
      if (typeof env.pass === 'number' && (layer.pass || 0) !== env.pass) { return; }
      if (g.kind === 'polygon') {
        drawFillLayer(ctx, layer, g.polygons, env);
      } else if (g.kind === 'line') {
        drawLineLikeLayer(ctx, layer, g.lines, env);
      } else if (g.kind === 'point') {
        if (layer.type === 'marker' || layer.type === 'svg') {
          g.points.forEach(function (p) { drawMarkerLayer(ctx, layer, p[0], p[1], 0, env); });
        }
      }
    });
    ctx.restore();
  }

  /* The largest marker of a symbol in CSS pixels (for hit areas and legend swatches). */
  function markerSize(symbol, env) {
    var size = 0;
    symbol.layers.forEach(function (layer) {
      if (layer.type === 'marker' || layer.type === 'svg') {
        size = Math.max(size, len(layer, 'size', env) / env.ratio + 2 * Math.max(
          Math.abs(toPx((layer.offset || [0, 0])[0], env)), Math.abs(toPx((layer.offset || [0, 0])[1], env))) / env.ratio);
      }
    });
    return size;
  }

  /* Hit detection: the whole area, a wide line, a disc at least as large as the marker. */
  function hit(ctx, symbol, g, env) {
    ctx.save();
    ctx.fillStyle = ctx.strokeStyle = '#000';
    if (g.kind === 'polygon') {
      pathPolygons(ctx, g.polygons);
      ctx.fill('evenodd');
      ctx.lineWidth = 4 * env.ratio;
      ctx.stroke();
    } else if (g.kind === 'line') {
      ctx.lineWidth = 8 * env.ratio;
      g.lines.forEach(function (pts) { pathLine(ctx, pts); ctx.stroke(); });
    } else if (g.kind === 'point') {
      var r = Math.max(markerSize(symbol, env) / 2, 5) * env.ratio;
      g.points.forEach(function (p) { ctx.beginPath(); ctx.arc(p[0], p[1], r, 0, 2 * Math.PI); ctx.fill(); });
    }
    ctx.restore();
  }

  /* A legend swatch: the symbol on a sample geometry of the layer's kind, on a canvas of w x h CSS pixels. */
  function swatch(canvas, symbol, kind, w, h) {
    var ratio = global.devicePixelRatio || 1;
    canvas.width = Math.round(w * ratio);
    canvas.height = Math.round(h * ratio);
    canvas.style.width = w + 'px';
    canvas.style.height = h + 'px';
    var ctx = canvas.getContext('2d');
    var env = { ratio: ratio, groundRes: 100, dd: null, legend: true };
    var W = canvas.width, H = canvas.height, m = 3 * ratio;
    var g;
    if (kind === 'point') {
      g = { kind: 'point', points: [[W / 2, H / 2]] };
    } else if (kind === 'line') {
      g = { kind: 'line', lines: [[[m, H * 0.62], [W * 0.5, H * 0.38], [W - m - 4 * ratio, H * 0.5]]] };
    } else {
      g = { kind: 'polygon', polygons: [[[[m, m], [W - m, m], [W - m, H - m], [m, H - m]]]] };
    }
    draw(ctx, symbol, g, env);
  }

  global.StrukturbildSymbols = {
    MM: MM,
    normalise: normalise,
    draw: draw,
    hit: hit,
    swatch: swatch,
    markerSize: markerSize,
    onImage: onImage,
    trimLine: trimLine,
    placements: placements
  };
})(window);
