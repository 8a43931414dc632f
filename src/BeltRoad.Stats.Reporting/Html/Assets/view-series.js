// The series picker (entity → indicator → period shape) and each series' CSV. A chosen series shows its chart alone;
// 「显示全部」 shows every chart again. The CSV holds the series' points as its chart draws them, one row per fact.
var seriesCharts = D.charts.filter(function (c) { return c.key; });
var picked = null;

function options(select, values, all) {
  select.textContent = '';
  [all].concat(values).forEach(function (v, i) {
    var o = document.createElement('option');
    o.value = i === 0 ? '' : v;
    o.textContent = v;
    select.appendChild(o);
  });
}

function distinct(list) { return list.filter(function (v, i) { return list.indexOf(v) === i; }); }

function pickerStep() {
  var e = pickEntity.value, i = pickIndicator.value;
  var ofEntity = seriesCharts.filter(function (c) { return c.key.entity === e; });
  if (this === pickEntity) {
    options(pickIndicator, distinct(ofEntity.map(function (c) { return c.key.indicator; })), '（指标）');
    options(pickShape, [], '（时期形态）');
  } else if (this === pickIndicator) {
    options(pickShape, distinct(ofEntity.filter(function (c) { return c.key.indicator === i; }).map(function (c) { return c.key.shape; })), '（时期形态）');
  }

  var match = seriesCharts.filter(function (c) {
    return c.key.entity === e && (!i || c.key.indicator === i) && (!pickShape.value || c.key.shape === pickShape.value);
  });
  picked = e && match.length > 0 ? match.map(function (c) { return c.id; }) : null;
  renderCharts(filtered());
  if (picked && match.length === 1) { document.getElementById(match[0].id).scrollIntoView({ block: 'nearest' }); }
}

var pickEntity = document.getElementById('pick-entity');
var pickIndicator = document.getElementById('pick-indicator');
var pickShape = document.getElementById('pick-shape');
if (pickEntity) {
  options(pickEntity, distinct(seriesCharts.map(function (c) { return c.key.entity; })).sort(), '（主体）');
  options(pickIndicator, [], '（指标）');
  options(pickShape, [], '（时期形态）');
  [pickEntity, pickIndicator, pickShape].forEach(function (s) { s.addEventListener('change', pickerStep); });
  document.getElementById('pick-all').addEventListener('click', function () {
    pickEntity.value = '';
    options(pickIndicator, [], '（指标）');
    options(pickShape, [], '（时期形态）');
    picked = null;
    renderCharts(filtered());
  });
}

// Whether the picker leaves a chart shown.
function pickedShows(chart) { return !picked || picked.indexOf(chart.id) >= 0; }

function csvCell(v) { v = String(v); return /[",\n]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v; }

function downloadSeries(id) {
  if (!loaded) { whenLoaded(function () { downloadSeries(id); }); return; }
  var chart = chartsById[id];
  var rows = [['series', 'date', 'value', 'qualified_value', 'bound', 'conflict', 'as_of', 'basis_and_as_of', 'source', 'document']];
  chart.marks.forEach(function (m) {
    m[4].forEach(function (i) {
      var f = F[i], d = DOCS[f[C.doc]];
      rows.push([chart.key.entity + ' · ' + chart.key.indicator + '（' + chart.key.unit + '，' + chart.key.shape + '）', chart.dates ? chart.dates[m[1]] : chart.categories[m[1]],
        f[C.value], txt(f, C.qualified), m[6] || 'exact', m[7] ? 'yes' : 'no', txt(f, C.as_of), txt(f, C.as_of_text), txt(f, C.citation), d ? d[1] : '']);
    });
  });
  var blob = new Blob(['\ufeff' + rows.map(function (r) { return r.map(csvCell).join(','); }).join('\r\n') + '\r\n'], { type: 'text/csv;charset=utf-8' });
  var a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = chart.key.stem + '.csv';
  document.body.appendChild(a);
  a.click();
  setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 0);
}

document.addEventListener('click', function (e) {
  var b = e.target.closest && e.target.closest('button.csv');
  if (b) { downloadSeries(b.dataset.chart); }
});
