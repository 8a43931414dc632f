// The charts, drawn as inline SVG at the width their figure has (12 px text at any width), from the marks of the page
// data: each mark is [series, category, value, label, fact positions, colour]. Marks whose facts the filters hide are left
// out; a chart left with none is hidden. Hover or focus shows a mark's facts, a click shows them in the table.
var SVG = 'http://www.w3.org/2000/svg';
var FONT = 12;
var measurer = document.createElement('canvas').getContext('2d');

// Set once per drawing (reading the computed style on every call would restyle the page each time).
function setMeasureFont() { measurer.font = FONT + 'px ' + getComputedStyle(document.body).fontFamily; }

function textWidth(s) { return measurer.measureText(s).width; }

function fit(s, width) {
  if (textWidth(s) <= width) { return s; }
  while (s.length > 1 && textWidth(s + '…') > width) { s = s.slice(0, -1); }
  return s + '…';
}

function el(name, attrs, parent) {
  var e = document.createElementNS(SVG, name);
  Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
  if (parent) { parent.appendChild(e); }
  return e;
}

function text(parent, x, y, s, attrs) {
  var t = el('text', Object.assign({ x: x, y: y }, attrs || {}), parent);
  t.textContent = s;
  return t;
}

function markGroup(svg, chart, mark, k) {
  var g = el('g', { 'class': 'mark', tabindex: '0', role: 'button', 'data-chart': chart.id, 'data-mark': String(k) }, svg);
  g.setAttribute('aria-label', chart.categories[mark[1]] + (chart.series.length > 1 ? ' · ' + chart.series[mark[0]] : '') + '：' + mark[3]);
  if (state.selection && state.selection.mark === chart.id + '/' + k) { g.classList.add('selected'); }
  return g;
}

function visibleMarks(chart, pass) {
  var out = [];
  chart.marks.forEach(function (m, k) {
    if (m[4].length === 0 || m[4].some(function (i) { return pass[i]; })) { out.push([m, k]); }
  });
  return out;
}

// Bars across the width: each category's label on its own line, bars below it, the value at the bar's end.
function drawBars(plot, chart, marks, width) {
  var cats = [], byCat = {};
  marks.forEach(function (mk) {
    var c = mk[0][1];
    if (!(c in byCat)) { byCat[c] = []; cats.push(c); }
    byCat[c].push(mk);
  });
  var bar = 16, gap = 3, legend = chart.series.length > 1 ? 22 : 0;
  var labelRoom = Math.max.apply(null, marks.map(function (mk) { return textWidth(mk[0][3]); })) + 8;
  var max = Math.max.apply(null, marks.map(function (mk) { return Math.max(0, mk[0][2]); })) || 1;
  var span = Math.max(40, width - labelRoom);
  var y = legend, rows = [];
  cats.forEach(function (c) { rows.push([c, y]); y += FONT + 6 + byCat[c].length * (bar + gap) + 8; });
  var svg = el('svg', { viewBox: '0 0 ' + width + ' ' + y, width: width, height: y });
  drawLegend(svg, chart, width);
  rows.forEach(function (r) {
    var c = r[0], top = r[1];
    var label = text(svg, 0, top + FONT, fit(chart.categories[c], width));
    el('title', {}, label).textContent = chart.categories[c];
    byCat[c].forEach(function (mk, j) {
      var m = mk[0], by = top + FONT + 6 + j * (bar + gap);
      var w = Math.max(1, span * Math.max(0, m[2]) / max);
      var g = markGroup(svg, chart, m, mk[1]);
      el('rect', { 'class': 'bar', x: 0, y: by, width: w, height: bar, fill: m[5] }, g);
      text(g, w + 4, by + bar - 4, m[3], { 'class': 'value' });
    });
  });
  plot.appendChild(svg);
}

// Points over time, spaced by date, with a y-axis (the ticks the SVG and PDF use, labelled in one scale). Exact and
// approximate points of one run are joined by one line (one point per date; year-to-date totals only with as many months); a bound is a triangle pointing the way the value may
// lie, off the line; a range is a bar; a point documents disagree about has an orange ring.
function drawLine(plot, chart, marks, width) {
  var height = Math.round(Math.min(320, Math.max(220, width * 0.5)));
  var legend = chart.series.length > 1 ? 22 : 0;
  var top = legend + FONT + 10, bottom = height - FONT - 14;
  var ticks = chart.yTicks || [[0, '0']];
  var axis = Math.max.apply(null, ticks.map(function (t) { return textWidth(t[1]); })) + 8;
  var left = axis + 12, right = width - 12;
  var xs = chart.dates ? chart.dates.map(function (d) { return Date.parse(d); }) : chart.categories.map(function (_, i) { return i; });
  var used = marks.map(function (mk) { return xs[mk[0][1]]; });
  var x0 = Math.min.apply(null, used), x1 = Math.max.apply(null, used);
  var pad = Math.max((x1 - x0) * 0.06, 20 * 86400000);
  var min = ticks[0][0], max = ticks[ticks.length - 1][0] * 1.1;
  function X(c) { return x1 === x0 ? (left + right) / 2 : left + (xs[c] - x0 + pad) / (x1 - x0 + 2 * pad) * (right - left); }
  function Y(v) { return max === min ? (top + bottom) / 2 : bottom - (v - min) / (max - min) * (bottom - top); }
  var svg = el('svg', { viewBox: '0 0 ' + width + ' ' + height, width: width, height: height });
  drawLegend(svg, chart, width);
  ticks.forEach(function (t) {
    var y = Y(t[0]);
    el('line', { x1: left, x2: right, y1: y, y2: y, stroke: t[0] === 0 ? '#8C8C8C' : '#E6E6E6' }, svg);
    text(svg, axis, y + 4, t[1], { 'class': 'axis', 'text-anchor': 'end' });
  });
  el('line', { x1: left, x2: left, y1: top, y2: bottom, stroke: '#8C8C8C' }, svg);
  chart.series.forEach(function (_, s) {
    // As the static chart (SeriesPainter): one run carries the line, the one with the most dates (of equal ones, the one
    // with the latest point); year-to-date totals of different lengths (1—3月, 1—9月) are different runs.
    var runs = {};
    marks.forEach(function (mk) {
      var m = mk[0], onLine = m[6] === 'exact' || m[6] === 'approx' || m[6] === undefined;
      if (m[0] !== s || !onLine) { return; }
      var run = runs[m[8] || ''] || (runs[m[8] || ''] = { seen: {}, pts: [] });
      if (run.seen[xs[m[1]]]) { return; }
      run.seen[xs[m[1]]] = true;
      run.pts.push(mk);
    });
    var pts = [];
    Object.keys(runs).forEach(function (k) {
      var r = runs[k].pts.sort(function (a, b) { return xs[a[0][1]] - xs[b[0][1]]; });
      if (!pts.length || r.length > pts.length || (r.length === pts.length && xs[r[r.length - 1][0][1]] > xs[pts[pts.length - 1][0][1]])) { pts = r; }
    });
    if (pts.length < 2) { return; }
    el('polyline', { points: pts.map(function (mk) { return X(mk[0][1]) + ',' + Y(mk[0][2]); }).join(' '),
      fill: 'none', stroke: chart.colors[s], 'stroke-width': 2, 'stroke-linejoin': 'round' }, svg);
  });
  var lastRight = -Infinity;
  marks.slice().sort(function (a, b) { return xs[a[0][1]] - xs[b[0][1]]; }).forEach(function (mk) {
    var m = mk[0], x = X(m[1]), label = chart.categories[m[1]], w = textWidth(label);
    var l = Math.min(Math.max(left, x - w / 2), width - w);
    if (l > lastRight + 6) { text(svg, l, height - 4, label); lastRight = l + w; }
  });
  // Value labels as the static chart keeps them (SeriesPainter.Labelled): from the newest back, a label that would
  // overlap a kept one is left to the mark's tooltip and its table row.
  var kept = [], labelled = {};
  marks.slice().sort(function (a, b) { return xs[b[0][1]] - xs[a[0][1]]; }).forEach(function (mk) {
    var m = mk[0], w = textWidth(m[3]), l = Math.min(Math.max(left, X(m[1]) - w / 2), width - w);
    var y = m[6] === 'upper' ? Y(m[2]) + 20 : Y(m[2]) - 10;
    if (kept.every(function (b) { return l + w + 4 <= b.l || b.r + 4 <= l || Math.abs(b.y - y) >= FONT + 2; })) {
      kept.push({ l: l, r: l + w, y: y });
      labelled[mk[1]] = { l: l, y: y };
    }
  });
  marks.forEach(function (mk) {
    var m = mk[0], x = X(m[1]), y = Y(m[2]), g = markGroup(svg, chart, m, mk[1]);
    var colour = m[7] ? '#D55E00' : m[5];
    el('circle', { 'class': 'hit', cx: x, cy: y, r: 11, fill: 'transparent' }, g);
    if (m[6] === 'lower') {
      el('path', { 'class': 'dot bound', d: 'M' + x + ',' + (y - 7) + 'L' + (x + 6) + ',' + (y + 4) + 'L' + (x - 6) + ',' + (y + 4) + 'Z', fill: colour }, g);
    } else if (m[6] === 'upper') {
      el('path', { 'class': 'dot bound', d: 'M' + x + ',' + (y + 7) + 'L' + (x + 6) + ',' + (y - 4) + 'L' + (x - 6) + ',' + (y - 4) + 'Z', fill: colour }, g);
    } else {
      el('circle', { 'class': 'dot', cx: x, cy: y, r: 5, fill: colour }, g);
    }
    if (m[7]) { el('circle', { cx: x, cy: y, r: 10, fill: 'none', stroke: '#D55E00', 'stroke-width': 1.5 }, g); }
    var at = labelled[mk[1]];
    if (at) { text(g, at.l, at.y, m[3], { 'class': 'value', fill: colour }); }
  });
  plot.appendChild(svg);
}

function drawLegend(svg, chart, width) {
  if (chart.series.length < 2) { return; }
  var x = 0;
  chart.series.forEach(function (name, s) {
    var label = fit(name, Math.max(40, width / chart.series.length - 20));
    el('rect', { x: x, y: 4, width: 10, height: 10, fill: chart.colors[s] }, svg);
    text(svg, x + 14, 13, label);
    x += 24 + textWidth(label);
  });
}

var chartsById = {};
D.charts.forEach(function (c) { chartsById[c.id] = c; });

function renderCharts(pass) {
  setMeasureFont();
  // Hide and empty first, then read every width, then draw: one layout, not one per chart.
  var jobs = [];
  D.charts.forEach(function (chart) {
    var figure = document.getElementById(chart.id);
    if (!figure) { return; }
    var plot = figure.querySelector('.plot'), marks = visibleMarks(chart, pass);
    plot.textContent = '';
    figure.hidden = marks.length === 0 || !pickedShows(chart);
    if (!figure.hidden) { jobs.push({ chart: chart, plot: plot, marks: marks }); }
  });
  Array.prototype.forEach.call(document.querySelectorAll('.chart-group'), function (g) {
    g.hidden = !g.querySelector('figure.chart:not([hidden])');
  });
  jobs.forEach(function (j) { j.width = Math.floor(j.plot.clientWidth) || 300; });
  jobs.forEach(function (j) { (j.chart.kind === 'line' ? drawLine : drawBars)(j.plot, j.chart, j.marks, j.width); });
  document.getElementById('charts-empty').hidden = jobs.length > 0;
  // The width the charts were last drawn for: a resize redraws after a pause, and a reader (or test) can tell when.
  document.documentElement.dataset.chartsWidth = String(document.documentElement.clientWidth);
}

var BOUNDS = { lower: '下限：实际值不低于此', upper: '上限：实际值不高于此', range: '区间' };

// The tooltip: the mark's facts with value, qualifier and bound, as_of with the rule that dated it, and source.
var tip = document.getElementById('tip');

function showTip(g) {
  var chart = chartsById[g.dataset.chart], m = chart.marks[+g.dataset.mark];
  // Before every fact is decoded a mark may point past the facts at hand: it shows its label alone.
  var facts = m[4].filter(function (i) { return i < F.length; }).slice(0, 4);
  tip.innerHTML = facts.length === 0
    ? '<div class="fact"><strong>' + esc(m[3]) + '</strong><br>' + esc(chart.categories[m[1]]) + '</div>'
    : facts.map(function (i) {
      var f = F[i], d = DOCS[f[C.doc]];
      return '<div class="fact"><strong>' + esc(txt(f, C.qualified)) + '</strong><br>' + esc(txt(f, C.label)) +
        '<br>限定：' + esc(txt(f, C.qualifier) || '无（确数）') + (BOUNDS[m[6]] ? '（' + BOUNDS[m[6]] + '）' : '') + (m[7] ? ' · 文件间有出入' : '') +
        '<br>截至：' + esc(txt(f, C.as_of_text)) +
        '<br>来源：' + esc(txt(f, C.citation)) + (d ? ' ' + esc(d[1]) : '') + '</div>';
    }).join('') + (m[4].length > 4 ? '<div class="fact">另有 ' + (m[4].length - 4) + ' 条</div>' : '');
  tip.hidden = false;
  var r = g.getBoundingClientRect(), t = tip.getBoundingClientRect();
  var left = Math.min(Math.max(8, r.left + r.width / 2 - t.width / 2), document.documentElement.clientWidth - t.width - 8);
  var topPos = r.top - t.height - 8 < 8 ? r.bottom + 8 : r.top - t.height - 8;
  tip.style.left = left + 'px';
  tip.style.top = topPos + 'px';
}

function hideTip() { tip.hidden = true; }
