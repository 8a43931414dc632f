// The page data (facts as rows of named columns, quotes, entities with their aliases, charts) and the filter state
// that the table and the charts both read. Runs locally; the page loads nothing from the network.
performance.mark('view-start');
var D = JSON.parse(document.getElementById('page-data').textContent);
var C = {};
D.columns.forEach(function (name, i) { C[name] = i; });
// Facts arrive in blocks (FactBlocks): the first, the table's first page, is in the page data; the rest are decoded
// from the packed element after the first page is drawn. TOTAL is every fact; F, S and Q grow block by block.
var TOTAL = D.total;
var F = [];
var S = [];
var Q = [];
// The documents as the rows cite them ([reference, title, anchor, published text's path]): from the packed lists
// after the load event (view-lists.js); until then a row's citation is text without a link.
var DOCS = [];

// A block's columns into rows, its new texts after the ones sent before.
function addBlock(block) {
  var cells = block.cells, n = cells.length ? cells[0].length : 0;
  for (var r = 0; r < n; r++) {
    var row = new Array(cells.length);
    for (var c = 0; c < cells.length; c++) { row[c] = cells[c][r]; }
    F.push(row);
  }
  for (var s = 0; s < block.strings.length; s++) { S.push(block.strings[s]); }
  for (var q = 0; q < block.quotes.length; q++) { Q.push(block.quotes[q]); }
}
addBlock(D.first);
performance.mark('view-data-parsed');

// A packed element's text (base64 → zlib → UTF-8) read line by line, each line given to onLine as it ends (a line is
// most of a megabyte: its pieces are kept until its end arrives, and only the new piece is searched). Resolves at the end;
// an empty element (every fact in the first block: zlib wrote nothing) has no line.
function inflateLines(id, onLine) {
  var packed = document.getElementById(id).textContent;
  if (!packed) { return Promise.resolve(); }
  var bytes;
  if (Uint8Array.fromBase64) {
    bytes = Uint8Array.fromBase64(packed);
  } else {
    var binary = atob(packed);
    bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) { bytes[i] = binary.charCodeAt(i); }
  }
  var reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate')).pipeThrough(new TextDecoderStream()).getReader();
  var pieces = [];
  function read(step) {
    if (step.done) {
      if (pieces.length) { onLine(pieces.join('')); }
      return undefined;
    }
    var text = step.value, from = 0, end;
    while ((end = text.indexOf('\n', from)) >= 0) {
      pieces.push(text.slice(from, end));
      var line = pieces.join('');
      pieces = [];
      if (line) { onLine(line); }
      from = end + 1;
    }
    if (from < text.length) { pieces.push(text.slice(from)); }
    return reader.read().then(read);
  }
  return reader.read().then(read);
}

// The other fact blocks, one JSON block a line, each added as it arrives.
function loadBlocks() { return inflateLines('page-facts', function (line) { addBlock(JSON.parse(line)); }); }

// A text cell holds the position of its text in S.
function txt(f, column) { return S[f[column]]; }

// Anchors as FactView names them: row #f12 and sentence #q12 of the 12th fact.
function rowAnchor(i) { return 'f' + (i + 1); }

// The figure's place in the published text (RFC 5147), as FactView.TextLink writes it.
function textLink(f) { var d = DOCS[f[C.doc]]; return (d ? d[3] : '') + '#char=' + f[C.start] + ',' + f[C.end]; }
var state = {
  filters: { entity: '', indicator: '', nature: '', doc: '', metric: '', unit: '' },
  query: '',
  selection: null, // { label, facts: Set of fact positions } after a click on a chart mark
  sort: { key: 'n', dir: 1 },
  page: 0,
  rows: [],
};
var loaded = false, waiting = [];

// Runs fn once every fact and list is decoded and the sources are in (at once if they are): what reads facts by
// position beyond the first page, or a document's entry, waits.
function whenLoaded(fn) { if (loaded) { fn(); } else { waiting.push(fn); } }

function esc(s) {
  return String(s).replace(/[&<>"']/g, function (c) {
    return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
  });
}

// What a search looks in: every text of the fact and every name of its entity (simplified, traditional, English).
// A term is looked for once in each distinct text, string list, quote list and entity names; a fact then matches it
// when one of its texts did, so a search costs a few lookups a fact, whatever the number of facts.
var SEARCHED = ['label', 'subject', 'metric_label', 'indicator', 'value_text', 'qualified', 'as_of_text', 'citation'].map(function (name) { return C[name]; });
var lower = { S: [], Q: [] };

function lowered(list, key) {
  var out = lower[key];
  for (var i = out.length; i < list.length; i++) { out.push(list[i].toLowerCase()); }
  return out;
}

function containing(list, term) {
  var hit = new Uint8Array(list.length);
  for (var i = 0; i < list.length; i++) { if (list[i].indexOf(term) >= 0) { hit[i] = 1; } }
  return hit;
}

// Per search term, which strings, quotes and entities hold it.
function matchers(query) {
  var s = lowered(S, 'S'), q = lowered(Q, 'Q');
  var names = D.entities.map(function (e) { return [e[0]].concat(e[1]).join('\n').toLowerCase(); });
  return query.split(/\s+/).filter(Boolean).map(function (term) {
    return { s: containing(s, term), q: containing(q, term), e: containing(names, term) };
  });
}

function holds(f, m) {
  if (m.q[f[C.quote]] || (f[C.entity] >= 0 && m.e[f[C.entity]])) { return true; }
  for (var c = 0; c < SEARCHED.length; c++) { if (m.s[f[SEARCHED[c]]]) { return true; } }
  return false;
}

function entityName(f) { return f[C.entity] >= 0 ? D.entities[f[C.entity]][0] : ''; }

// Whether fact i passes the filters and the search terms' matchers; the chart selection narrows the table only.
function passes(i, terms) {
  var f = F[i], s = state.filters;
  if ((s.entity && entityName(f) !== s.entity) || (s.indicator && txt(f, C.indicator) !== s.indicator) ||
      (s.nature && txt(f, C.nature) !== s.nature) || (s.doc && String(f[C.doc]) !== s.doc) ||
      (s.metric && txt(f, C.metric) !== s.metric) || (s.unit && txt(f, C.unit) !== s.unit)) {
    return false;
  }
  for (var t = 0; t < terms.length; t++) {
    if (!holds(f, terms[t])) { return false; }
  }
  return true;
}

// One flag per fact, TOTAL long (charts point at facts not yet decoded: with no filter they all pass).
function filtered() {
  var pass = new Uint8Array(TOTAL);
  var s = state.filters;
  if (!state.query && !s.entity && !s.indicator && !s.nature && !s.doc && !s.metric && !s.unit) { return pass.fill(1); }
  var terms = state.query ? matchers(state.query) : [];
  for (var i = 0; i < F.length; i++) { pass[i] = passes(i, terms) ? 1 : 0; }
  return pass;
}
