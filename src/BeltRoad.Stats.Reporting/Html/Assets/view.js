// Wiring: filters, search, chart clicks, sorting, paging and links all end in update(), which redraws the charts
// and the table from the same filter state.
var count = document.getElementById('filter-count');
var selectionBox = document.getElementById('filter-selection');
var selects = { entity: 'filter-entity', indicator: 'filter-indicator', nature: 'filter-nature', doc: 'filter-doc', metric: 'filter-metric', unit: 'filter-unit' };

function update(keepPage) {
  var pass = filtered();
  state.rows = order(pass);
  if (!keepPage) { state.page = 0; }
  renderCharts(pass);
  renderTable();
  count.textContent = state.rows.length + ' / ' + TOTAL + ' 条' + (F.length < TOTAL ? '（其余载入中）' : '');
  selectionBox.hidden = !state.selection;
  if (state.selection) { selectionBox.firstChild.textContent = '图表选择：' + state.selection.label + '（' + state.selection.facts.size + ' 条）'; }
}

function resetFilters() {
  Object.keys(selects).forEach(function (k) { state.filters[k] = ''; document.getElementById(selects[k]).value = ''; });
  state.query = '';
  document.getElementById('filter-text').value = '';
  state.selection = null;
  update();
}

Object.keys(selects).forEach(function (k) {
  document.getElementById(selects[k]).addEventListener('change', function (e) { state.filters[k] = e.target.value; update(); });
});

var searchTimer = 0;
document.getElementById('filter-text').addEventListener('input', function (e) {
  clearTimeout(searchTimer);
  searchTimer = setTimeout(function () { state.query = e.target.value.trim().toLowerCase(); update(); }, TOTAL > 5000 ? 200 : 0);
});

document.getElementById('clear-selection').addEventListener('click', function () { state.selection = null; update(); });

function selectMark(g) {
  var chart = chartsById[g.dataset.chart], m = chart.marks[+g.dataset.mark];
  if (m[4].length === 0) { return; }
  state.selection = { label: chart.categories[m[1]] + ' ' + m[3], facts: new Set(m[4]), mark: chart.id + '/' + g.dataset.mark };
  hideTip();
  update();
  document.getElementById('facts').scrollIntoView();
}

var page = document.querySelector('main');
page.addEventListener('mouseover', function (e) { var g = e.target.closest && e.target.closest('.mark'); if (g) { showTip(g); } });
page.addEventListener('mouseout', function (e) { if (e.target.closest && e.target.closest('.mark')) { hideTip(); } });
page.addEventListener('focusin', function (e) { if (e.target.classList && e.target.classList.contains('mark')) { showTip(e.target); } });
page.addEventListener('focusout', hideTip);
page.addEventListener('click', function (e) { var g = e.target.closest && e.target.closest('.mark'); if (g) { selectMark(g); } });
page.addEventListener('keydown', function (e) {
  if (e.key === 'Escape') { hideTip(); }
  if ((e.key === 'Enter' || e.key === ' ') && e.target.classList && e.target.classList.contains('mark')) { e.preventDefault(); selectMark(e.target); }
});

Array.prototype.forEach.call(table.tHead.querySelectorAll('th.sortable button'), function (button) {
  button.addEventListener('click', function () {
    var key = button.parentNode.dataset.sort;
    state.sort = { key: key, dir: state.sort.key === key ? -state.sort.dir : (key === 'value' ? -1 : 1) };
    update();
  });
});

document.getElementById('page-prev').addEventListener('click', function () { state.page--; renderTable(); });
document.getElementById('page-next').addEventListener('click', function () { state.page++; renderTable(); });

// A document's sentences are drawn when its list is opened (toggle does not bubble: it is caught on the way down).
document.getElementById('source-list').addEventListener('toggle', function (e) {
  var d = e.target;
  if (d.matches('details.quotes') && d.open) { whenLoaded(function () { renderQuotes(d); }); }
}, true);

// #f12, #q12 and #doc-3 name facts, sentences and documents that may not be in the document yet: draw them, then go there.
function follow() {
  var m = /^#([fq])(\d+)$/.exec(location.hash);
  var i = m ? +m[2] - 1 : -1;
  if (/^#doc-\d+$/.test(location.hash)) {
    var id = location.hash.slice(1);
    whenLoaded(function () { var entry = document.getElementById(id); if (entry) { entry.scrollIntoView(); } });
  }
  if (i < 0 || i >= TOTAL) { return; }
  whenLoaded(function () { if (m[1] === 'f') { revealRow(i); } else { revealQuote(i); } });
}

window.addEventListener('hashchange', follow);

var lastWidth = document.documentElement.clientWidth, resizeTimer = 0;
window.addEventListener('resize', function () {
  clearTimeout(resizeTimer);
  resizeTimer = setTimeout(function () {
    if (document.documentElement.clientWidth !== lastWidth) { lastWidth = document.documentElement.clientWidth; renderCharts(filtered()); }
  }, 100);
});

update();
follow();
performance.mark('view-first');
// Text is measured to place labels: measure again once the embedded font is in use.
if (document.fonts) { document.fonts.ready.then(function () { renderCharts(filtered()); }); }

// Every fact and list decoded, the sources in: filters, search and counts cover every fact, and what waited runs.
function allLoaded() {
  loaded = true;
  update(true);
  waiting.splice(0).forEach(function (fn) { fn(); });
  performance.mark('view-ready');
  document.documentElement.dataset.ready = '1';
}

// The load event waits for none of it: the lists and the other facts are decoded after it, the sources added in idle
// slices. The documents arriving give the table's citations their links.
function afterLoad() {
  var lists = loadLists(function () { performance.mark('view-lists'); renderTable(); }).then(function () { performance.mark('view-sources'); });
  Promise.all([lists, loadBlocks().then(function () { performance.mark('view-facts'); })]).then(allLoaded);
}

if (document.readyState === 'complete') { setTimeout(afterLoad, 0); } else { window.addEventListener('load', function () { setTimeout(afterLoad, 0); }); }
