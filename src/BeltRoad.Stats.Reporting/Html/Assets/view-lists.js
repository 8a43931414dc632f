// The packed lists (PageLists), read after the load event: first the documents the rows cite and each filter's
// options, then the sources section's entries, added in idle slices so that no task holds the page for long.
var idle = window.requestIdleCallback
  ? function (fn) { requestIdleCallback(fn, { timeout: 100 }); }
  : function (fn) { setTimeout(function () { fn({ timeRemaining: function () { return 0; } }); }, 0); };

// Resolves once every entry is in the sources section; onHeads runs when the documents and options are in. The
// entries are parsed in slices into a fragment outside the document and put in at once: a list that grew in the
// document would be laid out again at every slice.
function loadLists(onHeads) {
  var sources = document.getElementById('sources'), list = document.getElementById('source-list');
  var range = document.createRange(), entries = document.createDocumentFragment();
  var queue = [], heads = false, read = false, scheduled = false, finish;
  var done = new Promise(function (resolve) { finish = resolve; });
  range.selectNodeContents(list);

  // One line of entries at least, more while the browser has time to spare.
  function slice(deadline) {
    scheduled = false;
    while (queue.length) {
      entries.appendChild(range.createContextualFragment(JSON.parse(queue.shift()).join('')));
      if (deadline.timeRemaining() < 4) { break; }
    }
    if (queue.length) {
      schedule();
    } else if (read) {
      list.appendChild(entries);
      sources.removeAttribute('aria-busy');
      document.getElementById('sources-loading').hidden = true;
      finish();
    }
  }

  function schedule() { if (!scheduled) { scheduled = true; idle(slice); } }

  inflateLines('page-lists', function (line) {
    if (heads) { queue.push(line); schedule(); return; }
    heads = true;
    var lists = JSON.parse(line);
    DOCS = lists.docs;
    Object.keys(lists.filters).forEach(function (id) { document.getElementById(id).insertAdjacentHTML('beforeend', lists.filters[id]); });
    onHeads();
  }).then(function () { read = true; schedule(); });
  return done;
}
