// The page data (facts as rows of named columns, quotes, documents, entities with their aliases, charts) and the
// filter state that the table and the charts both read. Runs locally; the page loads nothing from the network.
performance.mark('view-start');
var D = JSON.parse(document.getElementById('page-data').textContent);
performance.mark('view-data-parsed');
var C = {};
D.columns.forEach(function (name, i) { C[name] = i; });
var F = D.facts;
var S = D.strings;

// A text cell holds the position of its text in D.strings.
function txt(f, column) { return S[f[column]]; }

// Anchors as FactView names them: row #f12 and sentence #q12 of the 12th fact.
function rowAnchor(i) { return 'f' + (i + 1); }

// The figure's place in the published text (RFC 5147), as FactView.TextLink writes it.
function textLink(f) { var d = D.docs[f[C.doc]]; return (d ? d[3] : '') + '#char=' + f[C.start] + ',' + f[C.end]; }
var state = {
  filters: { entity: '', indicator: '', nature: '', doc: '', metric: '', unit: '' },
  query: '',
  selection: null, // { label, facts: Set of fact positions } after a click on a chart mark
  sort: { key: 'n', dir: 1 },
  page: 0,
  rows: [],
};
var haystack = null;

function esc(s) {
  return String(s).replace(/[&<>"']/g, function (c) {
    return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
  });
}

// What a search looks in: every text of the fact and every name of its entity (simplified, traditional, English),
// built on the first search only.
function searchText(f) {
  var parts = [txt(f, C.label), txt(f, C.subject), txt(f, C.metric_label), txt(f, C.indicator), txt(f, C.value_text),
    txt(f, C.qualified), txt(f, C.as_of_text), txt(f, C.citation), D.quotes[f[C.quote]]];
  var e = f[C.entity];
  if (e >= 0) { parts.push(D.entities[e][0]); parts = parts.concat(D.entities[e][1]); }
  return parts.join('\n').toLowerCase();
}

function entityName(f) { return f[C.entity] >= 0 ? D.entities[f[C.entity]][0] : ''; }

// Whether fact i passes the filters and the search; the chart selection narrows the table only.
function passes(i) {
  var f = F[i], s = state.filters;
  if ((s.entity && entityName(f) !== s.entity) || (s.indicator && txt(f, C.indicator) !== s.indicator) ||
      (s.nature && txt(f, C.nature) !== s.nature) || (s.doc && String(f[C.doc]) !== s.doc) ||
      (s.metric && txt(f, C.metric) !== s.metric) || (s.unit && txt(f, C.unit) !== s.unit)) {
    return false;
  }
  if (state.query) {
    if (!haystack) { haystack = F.map(searchText); }
    var terms = state.query.split(/\s+/);
    for (var t = 0; t < terms.length; t++) {
      if (terms[t] && haystack[i].indexOf(terms[t]) < 0) { return false; }
    }
  }
  return true;
}

function filtered() {
  var pass = new Uint8Array(F.length);
  var s = state.filters;
  if (!state.query && !s.entity && !s.indicator && !s.nature && !s.doc && !s.metric && !s.unit) { return pass.fill(1); }
  for (var i = 0; i < F.length; i++) { pass[i] = passes(i) ? 1 : 0; }
  return pass;
}
