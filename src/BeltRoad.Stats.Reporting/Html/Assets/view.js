// Filtering and sorting of the fact table. Runs locally; the page loads nothing from the network.
(function () {
  'use strict';
  var table = document.getElementById('fact-table');
  if (!table) { return; }
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var metric = document.getElementById('filter-metric');
  var doc = document.getElementById('filter-doc');
  var unit = document.getElementById('filter-unit');
  var text = document.getElementById('filter-text');
  var count = document.getElementById('filter-count');
  var searchText = rows.map(function (r) { return r.textContent.toLowerCase(); });

  function apply() {
    var m = metric.value, d = doc.value, u = unit.value, q = text.value.trim().toLowerCase();
    var shown = 0;
    rows.forEach(function (row, i) {
      var visible = (!m || row.dataset.metric === m) && (!d || row.dataset.doc === d) &&
        (!u || row.dataset.unit === u) && (!q || searchText[i].indexOf(q) >= 0);
      row.hidden = !visible;
      if (visible) { shown++; }
    });
    count.textContent = shown + ' / ' + rows.length + ' 条';
  }

  function key(row, column, numeric) {
    var cell = row.cells[column];
    var raw = cell.hasAttribute('data-key') ? cell.getAttribute('data-key') : cell.textContent;
    return numeric ? parseFloat(raw) : raw;
  }

  function sort(th) {
    var column = th.cellIndex;
    var numeric = th.dataset.sort === 'num';
    var ascending = th.getAttribute('aria-sort') !== 'ascending';
    Array.prototype.forEach.call(th.parentNode.cells, function (c) { c.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    var order = rows.map(function (row, i) { return { row: row, i: i, k: key(row, column, numeric) }; });
    order.sort(function (a, b) {
      var c = numeric ? a.k - b.k : (a.k < b.k ? -1 : a.k > b.k ? 1 : 0);
      return (ascending ? c : -c) || a.i - b.i;
    });
    order.forEach(function (o) { body.appendChild(o.row); });
  }

  [metric, doc, unit].forEach(function (s) { s.addEventListener('change', apply); });
  text.addEventListener('input', apply);
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
    th.addEventListener('click', function () { sort(th); });
    th.addEventListener('keydown', function (e) { if (e.key === 'Enter') { sort(th); } });
  });
  apply();
})();
