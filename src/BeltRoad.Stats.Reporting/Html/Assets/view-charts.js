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

// Points over time (by date when the chart has dates), each labelled with its value; x labels where they fit.
function drawLine(plot, chart, marks, width) {
  var height = Math.round(Math.min(320, Math.max(220, width * 0.5)));
  var legend = chart.series.length > 1 ? 22 : 0;
  var top = legend + FONT + 10, bottom = height - FONT - 14;
  var pad = Math.min(60, width / 8);
  var xs = chart.dates ? chart.dates.map(function (d) { return Date.parse(d); }) : chart.categories.map(function (_, i) { return i; });
  var used = marks.map(function (mk) { return xs[mk[0][1]]; });
  var x0 = Math.min.apply(null, used), x1 = Math.max.apply(null, used);
  var max = Math.max.apply(null, marks.map(function (mk) { return mk[0][2]; }));
  var min = Math.min(0, Math.min.apply(null, marks.map(function (mk) { return mk[0][2]; })));
  function X(c) { return x1 === x0 ? width / 2 : pad + (xs[c] - x0) / (x1 - x0) * (width - 2 * pad); }
  function Y(v) { return max === min ? (top + bottom) / 2 : bottom - (v - min) / (max - min) * (bottom - top); }
  var svg = el('svg', { viewBox: '0 0 ' + width + ' ' + height, width: width, height: height });
  drawLegend(svg, chart, width);
  el('line', { x1: 0, x2: width, y1: Y(Math.max(min, 0)), y2: Y(Math.max(min, 0)), stroke: '#8C8C8C' }, svg);
  chart.series.forEach(function (_, s) {
    var pts = marks.filter(function (mk) { return mk[0][0] === s; }).sort(function (a, b) { return xs[a[0][1]] - xs[b[0][1]]; });
    el('polyline', { points: pts.map(function (mk) { return X(mk[0][1]) + ',' + Y(mk[0][2]); }).join(' '),
      fill: 'none', stroke: chart.colors[s], 'stroke-width': 2, 'stroke-linejoin': 'round' }, svg);
  });
  var lastRight = -Infinity;
  marks.slice().sort(function (a, b) { return xs[a[0][1]] - xs[b[0][1]]; }).forEach(function (mk) {
    var m = mk[0], x = X(m[1]), label = chart.categories[m[1]], w = textWidth(label);
    var left = Math.min(Math.max(0, x - w / 2), width - w);
    if (left > lastRight + 6) { text(svg, left, height - 4, label); lastRight = left + w; }
  });
  marks.forEach(function (mk) {
    var m = mk[0], x = X(m[1]), y = Y(m[2]), g = markGroup(svg, chart, m, mk[1]);
    el('circle', { 'class': 'hit', cx: x, cy: y, r: 11, fill: 'transparent' }, g);
    el('circle', { 'class': 'dot', cx: x, cy: y, r: 5, fill: m[5] }, g);
    var w = textWidth(m[3]);
    text(g, Math.min(Math.max(0, x - w / 2), width - w), y - 10, m[3], { 'class': 'value' });
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
    figure.hidden = marks.length === 0;
    if (!figure.hidden) { jobs.push({ chart: chart, plot: plot, marks: marks }); }
  });
  Array.prototype.forEach.call(document.querySelectorAll('.chart-group'), function (g) {
    g.hidden = !g.querySelector('figure.chart:not([hidden])');
  });
  jobs.forEach(function (j) { j.width = Math.floor(j.plot.clientWidth) || 300; });
  jobs.forEach(function (j) { (j.chart.kind === 'line' ? drawLine : drawBars)(j.plot, j.chart, j.marks, j.width); });
  document.getElementById('charts-empty').hidden = jobs.length > 0;
}

// The tooltip: the mark's facts with value, qualifier, as_of and source.
var tip = document.getElementById('tip');

function showTip(g) {
  var chart = chartsById[g.dataset.chart], m = chart.marks[+g.dataset.mark];
  var facts = m[4].slice(0, 4);
  tip.innerHTML = facts.length === 0
    ? '<div class="fact"><strong>' + esc(m[3]) + '</strong><br>' + esc(chart.categories[m[1]]) + '</div>'
    : facts.map(function (i) {
      var f = F[i], d = D.docs[f[C.doc]];
      return '<div class="fact"><strong>' + esc(txt(f, C.qualified)) + '</strong><br>' + esc(txt(f, C.label)) +
        '<br>限定：' + esc(txt(f, C.qualifier) || '无（确数）') + ' · 截至：' + esc(txt(f, C.as_of_text)) +
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
