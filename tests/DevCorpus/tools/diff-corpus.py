#!/usr/bin/env python3
"""Field by field: where a run's facts disagree with the development corpus's keys (for reading, not scoring).

usage: diff-corpus.py REPORTS_DIR [CORPUS_DIR] [--field as_of|entity|indicator|nature|aggregation|metric|miss|extra] [--doc PREFIX]
Matching as score-facts: same document, unit and value, span overlapping an occurrence of the key's quote.
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def utf16(text):
    out, pos = [], 0
    for ch in text:
        out.append(pos)
        pos += 2 if ord(ch) > 0xFFFF else 1
    out.append(pos)
    return out


def norm(x):
    x = str(x or '').strip()
    for c in ' \u3000“”"\'「」『』《》()（）·・':
        x = x.replace(c, '')
    return x.lower()


def dice(a, b):
    def grams(x):
        x = norm(x)
        g = [x[i:i + 2] for i in range(len(x) - 1)]
        return g or ([x] if x else [])
    ga, gb = grams(a), grams(b)
    if not ga or not gb:
        return 0
    pool = list(gb)
    common = 0
    for g in ga:
        if g in pool:
            pool.remove(g)
            common += 1
    return 2 * common / (len(ga) + len(gb))


CANON = {}
try:
    for e in json.load(open(os.path.join(HERE, '..', '..', '..', '..', 'shared', 'gold', 'entities.json'), encoding='utf-8'))['entities']:
        for a in [e['name']] + e.get('aliases', []):
            CANON[norm(a)] = norm(e['name'])
except OSError:
    pass


def same(k, gv, pv):
    """As score-facts judges a field: indicator by bigram overlap, entity by alias or containment."""
    if k == 'indicator':
        return dice(gv, pv) >= 0.5
    if k == 'entity':
        p, g = CANON.get(norm(pv), norm(pv)), CANON.get(norm(gv), norm(gv))
        return bool(p and g) and (p == g or (min(len(p), len(g)) >= 2 and (p in g or g in p)))
    return (gv or None) == (pv or None)


def main(argv):
    field = argv[argv.index('--field') + 1] if '--field' in argv else None
    prefix = argv[argv.index('--doc') + 1] if '--doc' in argv else ''
    args = [a for i, a in enumerate(argv) if not a.startswith('--') and (i == 0 or not argv[i - 1].startswith('--'))]
    reports = args[0]
    corpus = args[1] if len(args) > 1 else os.path.join(HERE, '..')
    facts = json.load(open(os.path.join(reports, 'facts.json'), encoding='utf-8'))
    facts = [f for f in (facts['facts'] if isinstance(facts, dict) else facts) if 'value' in f]
    by_doc = {}
    for f in facts:
        by_doc.setdefault(f['doc'], []).append(f)
    for name in sorted(os.listdir(os.path.join(corpus, 'keys'))):
        doc = name[:-5]
        if not doc.startswith(prefix):
            continue
        gold = json.load(open(os.path.join(corpus, 'keys', name), encoding='utf-8'))
        path = os.path.join(reports, 'texts', doc + '.txt')
        text = open(path, encoding='utf-8').read() if os.path.exists(path) else ''
        off = utf16(text)
        used = set()
        preds = by_doc.get(doc, [])
        for g in gold:
            spans = []
            i = text.find(g['quote'])
            while i >= 0:
                spans.append((off[i], off[i + len(g['quote'])]))
                i = text.find(g['quote'], i + 1)
            hit = None
            for j, p in enumerate(preds):
                if j in used or p['unit'] != g['unit'] or abs(float(p['value']) - float(g['value'])) > 1e-6 * max(1, abs(float(g['value']))):
                    continue
                if g.get('qualifier') == 'range' and p.get('value_high') != g.get('value_high'):
                    continue
                if any(p['start'] < b and a < p['end'] for a, b in spans):
                    hit = j
                    break
            if hit is None:
                if field in (None, 'miss'):
                    print(f"MISS  {doc[:22]} {g['value']} {g['unit']} «{g['quote']}»")
                continue
            used.add(hit)
            p = preds[hit]
            for k in ('metric', 'as_of', 'entity', 'indicator', 'nature', 'aggregation'):
                if field not in (None, k):
                    continue
                gv, pv = g.get(k), p.get(k)
                if k == 'nature':
                    gv = gv or 'actual'
                if not same(k, gv, pv):
                    print(f"{k:11} {doc[:22]} key {gv} | got {pv} «{g['quote']}»")
        if field in (None, 'extra'):
            for j, p in enumerate(preds):
                if j not in used:
                    print(f"EXTRA {doc[:22]} {p['value']} {p['unit']} {p.get('indicator')} «{p.get('quote', '')[:60]}»")


if __name__ == '__main__':
    main(sys.argv[1:])
