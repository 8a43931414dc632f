// The fact table: the filtered facts in the chosen order, one page of rows in the document at a time, and the
// quoted sentences of a document drawn when they are first needed.
var PAGE_SIZE = 50;
var table = document.getElementById('fact-table');
var labels = Array.prototype.map.call(table.tHead.rows[0].cells, function (th) { return th.textContent; });

// Sorting by value groups by unit first: 800亿元 and 220亿美元 are never ranked on one scale.
var sorters = {
  n: function (a, b) { return a - b; },
  label: function (a, b) { return cmp(txt(F[a], C.label), txt(F[b], C.label)); },
  value: function (a, b) { return cmp(txt(F[a], C.unit), txt(F[b], C.unit)) * state.sort.dir || F[a][C.value] - F[b][C.value]; },
  as_of: function (a, b) { return cmp(txt(F[a], C.as_of), txt(F[b], C.as_of)); },
  doc: function (a, b) { return F[a][C.doc] - F[b][C.doc]; },
};

function cmp(x, y) { return x < y ? -1 : x > y ? 1 : 0; }

function order(pass) {
  var rows = [];
  for (var i = 0; i < F.length; i++) {
    if (pass[i] && (!state.selection || state.selection.facts.has(i))) { rows.push(i); }
  }
  var by = sorters[state.sort.key], dir = state.sort.dir;
  if (state.sort.key !== 'n' || dir !== 1) {
    rows.sort(function (a, b) { return by(a, b) * dir || a - b; });
  }
  return rows;
}

function cell(label, html, cls) {
  return '<td data-label="' + esc(label) + '"' + (cls ? ' class="' + cls + '"' : '') + '>' + html + '</td>';
}

function row(i) {
  var f = F[i], d = DOCS[f[C.doc]], quote = Q[f[C.quote]].replace(/\s+/g, ' ').trim();
  var shortQuote = quote.length > 60 ? quote.slice(0, 59) + '…' : quote;
  return '<tr id="' + rowAnchor(i) + '">' +
    cell(labels[0], String(i + 1)) +
    cell(labels[1], '<span title="' + esc(txt(f, C.subject)) + '">' + esc(txt(f, C.label)) + '</span>') +
    cell(labels[2], esc(txt(f, C.metric_label))) +
    cell(labels[3], esc(txt(f, C.value_text)), 'num') +
    cell(labels[4], esc(txt(f, C.qualifier))) +
    cell(labels[5], esc(txt(f, C.nature_text))) +
    cell(labels[6], esc(txt(f, C.as_of_text))) +
    cell(labels[7], d ? '<a href="#' + d[2] + '" title="' + esc(d[1]) + '">' + esc(txt(f, C.citation)) + '</a>' : esc(txt(f, C.citation))) +
    cell(labels[8], esc(txt(f, C.reliability)), txt(f, C.reliability_class)) +
    cell(labels[9], '<a href="#q' + (i + 1) + '">' + esc(shortQuote) + '</a>', 'quote') +
    '</tr>';
}

function renderTable() {
  var pages = Math.max(1, Math.ceil(state.rows.length / PAGE_SIZE));
  state.page = Math.min(state.page, pages - 1);
  var start = state.page * PAGE_SIZE;
  table.tBodies[0].innerHTML = state.rows.slice(start, start + PAGE_SIZE).map(row).join('');
  document.getElementById('page-info').textContent = '第 ' + (state.page + 1) + ' / ' + pages + ' 页';
  document.getElementById('page-prev').disabled = state.page === 0;
  document.getElementById('page-next').disabled = state.page >= pages - 1;
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
    if (th.dataset.sort === state.sort.key && !(th.dataset.sort === 'n' && state.sort.dir === 1)) {
      th.setAttribute('aria-sort', state.sort.dir > 0 ? 'ascending' : 'descending');
    } else {
      th.removeAttribute('aria-sort');
    }
  });
  document.getElementById('sort-note').hidden = state.sort.key !== 'value';
}

// Shows fact i's row: the page holding it, clearing filters that hide it.
function revealRow(i) {
  var at = state.rows.indexOf(i);
  if (at < 0) { resetFilters(); at = state.rows.indexOf(i); }
  state.page = Math.floor(at / PAGE_SIZE);
  renderTable();
  var tr = document.getElementById(rowAnchor(i));
  Array.prototype.forEach.call(table.querySelectorAll('tr.target'), function (r) { r.classList.remove('target'); });
  tr.classList.add('target');
  tr.scrollIntoView({ block: 'center' });
}

var byDoc = null;

// The sentences of one document, each with the anchors of the facts stated in it and links back to them.
function renderQuotes(details) {
  var list = details.querySelector('ol');
  if (list.dataset.done) { return; }
  if (!byDoc) {
    byDoc = {};
    F.forEach(function (f, i) { (byDoc[f[C.doc]] = byDoc[f[C.doc]] || []).push(i); });
  }
  var groups = [], seen = {};
  (byDoc[details.dataset.doc] || []).forEach(function (i) {
    var q = F[i][C.quote];
    if (!(q in seen)) { seen[q] = groups.length; groups.push([]); }
    groups[seen[q]].push(i);
  });
  list.innerHTML = groups.map(function (g) {
    return '<li>' + g.map(function (i) { return '<span class="anchor" id="q' + (i + 1) + '"></span>'; }).join('') +
      '<blockquote>' + esc(Q[F[g[0]][C.quote]]) + '</blockquote><p class="back">' +
      g.map(function (i) {
        var f = F[i];
        return '<a href="#' + rowAnchor(i) + '">#' + (i + 1) + ' ' + esc(txt(f, C.metric_label)) + ' ' + esc(txt(f, C.qualified)) + '</a> ' +
          '<a class="text-link" href="' + esc(textLink(f)) + '">原文' + (f[C.page] ? ' 第' + f[C.page] + '页' : '') + '</a>';
      }).join(' ') + '</p></li>';
  }).join('');
  list.dataset.done = '1';
}

// Opens the document holding fact i's sentence and scrolls to it.
function revealQuote(i) {
  var details = document.querySelector('details.quotes[data-doc="' + F[i][C.doc] + '"]');
  if (!details) { return; }
  details.open = true;
  renderQuotes(details);
  var anchor = document.getElementById('q' + (i + 1));
  Array.prototype.forEach.call(document.querySelectorAll('li.target'), function (li) { li.classList.remove('target'); });
  anchor.parentNode.classList.add('target');
  anchor.parentNode.scrollIntoView({ block: 'center' });
}
