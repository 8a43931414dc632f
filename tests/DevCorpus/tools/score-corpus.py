#!/usr/bin/env python3
"""Score a run over the development corpus: the whole corpus, each group and script, and the series.

usage: score-corpus.py REPORTS_DIR [CORPUS_DIR] [--misses N] [--group PREFIX] [--fields] [--series-misses]

REPORTS_DIR is a published set of `beltroad-stats run --input CORPUS_DIR/documents`: its facts.json and texts/
(spans index the extracted text, so an .html document is scored against texts/NAME.txt). Uses
../shared/tools/score-facts for the fact scores (the same matching as the held-out sets).
Series: for every `series` id of the keys, the matched facts are grouped by the program's series (entity,
indicator, unit, aggregation, nature and the period's shape); a point lands when it is in the series' largest
program group with the key's as_of. Prints landed / points; --series-misses prints, for each point that did not land,
why: no matching fact, another as_of, or the fields in which its program series differs from the largest group.
"""
import json, os, re, subprocess, sys, tempfile
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SCORER = os.path.normpath(os.path.join(HERE, '..', '..', '..', '..', 'shared', 'tools', 'score-facts'))


def shape(as_of, aggregation):
    if aggregation in ('level', 'attribute', 'share', 'change') or not as_of:
        return 'point' if aggregation == 'level' else aggregation
    if '/' in as_of:
        a, b = as_of.split('/')
        if len(a) == 4 and len(b) == 4:
            return 'years' if a != b else 'year'
        if a[:4] == b[:4] and a[5:7] == '01' and len(a) == 7 and len(b) == 7:
            return 'months-1-N'
        return 'span'
    if len(as_of) == 4:
        return 'year'
    if len(as_of) == 7:
        return 'month'
    return 'day'


def main(argv):
    args, skip = [], False
    for a in argv:
        if skip:
            skip = False
        elif a.startswith('--'):
            skip = a in ('--misses', '--group')
        else:
            args.append(a)
    reports = args[0]
    corpus = args[1] if len(args) > 1 else os.path.join(HERE, '..')
    misses = argv[argv.index('--misses') + 1] if '--misses' in argv else '0'
    only = argv[argv.index('--group') + 1] if '--group' in argv else None
    facts = json.load(open(os.path.join(reports, 'facts.json'), encoding='utf-8'))
    facts = facts['facts'] if isinstance(facts, dict) else facts
    keys = {}
    for name in sorted(os.listdir(os.path.join(corpus, 'keys'))):
        keys[name[:-5]] = json.load(open(os.path.join(corpus, 'keys', name), encoding='utf-8'))
    scripts = {}
    mdir = os.path.join(corpus, 'manifest')
    for m in os.listdir(mdir) if os.path.isdir(mdir) else []:
        for e in json.load(open(os.path.join(mdir, m), encoding='utf-8')):
            scripts[e['doc']] = e.get('script', '?')
    tmp = tempfile.mkdtemp(prefix='corpus-score-')
    docs = os.path.join(tmp, 'docs')
    os.mkdir(docs)
    for doc in keys:
        src = os.path.join(reports, 'texts', doc + '.txt')
        if os.path.exists(src):
            os.symlink(os.path.abspath(src), os.path.join(docs, doc))
        else:  # a document the run failed: every fact of its key is a miss
            open(os.path.join(docs, doc), 'w').close()
    groups = defaultdict(list)
    for doc, gold in keys.items():
        if only and not doc.startswith(only):
            continue
        groups['all'].append(doc)
        groups['group ' + re.sub(r'-\d+-.*$', '', doc)].append(doc)
        groups['script ' + scripts.get(doc, '?')].append(doc)
    for name, members in sorted(groups.items(), key=lambda g: (g[0] != 'all', g[0])):
        gold_path = os.path.join(tmp, 'gold.json')
        json.dump([f for d in members for f in keys[d]], open(gold_path, 'w', encoding='utf-8'), ensure_ascii=False)
        out = subprocess.run(['python3', SCORER, os.path.join(reports, 'facts.json'), gold_path, docs,
                              '--misses', misses if name == 'all' else '0'], capture_output=True, text=True).stdout
        if name == 'all':
            print(out)
        else:
            fields = {m.group(1): m.group(2) for m in re.finditer(r'^(\w[\w_]*)\s+acc[a-z.]*\s+([0-9.]+)', out, re.M)}
            last = out.strip().splitlines()[-1] if out.strip() else ''
            print(f'{name:28} docs {len(members):3} facts {sum(len(keys[d]) for d in members):4}  {last}  ' +
                  ' '.join(f'{k} {v}' for k, v in fields.items() if k in ('as_of', 'entity', 'indicator', 'nature', 'aggregation')))
    series_score(facts, keys, only, reports, '--series-misses' in argv)


def utf16(text):
    out, pos = [], 0
    for ch in text:
        out.append(pos)
        pos += 2 if ord(ch) > 0xFFFF else 1
    out.append(pos)
    return out


def series_score(facts, keys, only, reports, explain=False):
    by_doc = defaultdict(list)
    for f in facts:
        if 'value' in f and 'doc' in f:
            by_doc[f['doc']].append(f)
    series = defaultdict(list)
    for doc, gold in keys.items():
        if only and not doc.startswith(only):
            continue
        for g in gold:
            if g.get('series'):
                series[g['series'] + ' ' + g['unit']].append((doc, g))
    if not series:
        return
    texts = {}
    landed = total = 0
    lines, placed = [], []
    for sid, points in sorted(series.items()):
        groups = Counter()
        for doc, g in points:
            if doc not in texts:
                path = os.path.join(reports, 'texts', doc + '.txt')
                texts[doc] = open(path, encoding='utf-8').read() if os.path.exists(path) else ''
            text = texts[doc]
            offsets = utf16(text)
            spans = []
            i = text.find(g['quote'])
            while i >= 0:
                spans.append((offsets[i], offsets[i + len(g['quote'])]))
                i = text.find(g['quote'], i + 1)
            same = lambda f: f.get('unit') == g['unit'] and abs(float(f['value']) - float(g['value'])) <= 1e-6 * max(1.0, abs(float(g['value'])))
            cand = [f for f in by_doc.get(doc, []) if same(f) and any(f['start'] < b and a < f['end'] for a, b in spans)]
            f = cand[0] if cand else None
            if f is not None and f.get('as_of') == g.get('as_of'):
                key = (f.get('entity'), f.get('indicator'), f.get('unit'), f.get('aggregation'), f.get('nature'),
                       shape(f.get('as_of'), f.get('aggregation')))
                groups[key] += 1
                placed.append((doc, g, key, None))
            else:
                placed.append((doc, g, None, 'no matching fact' if f is None else f"as_of {f.get('as_of')} for {g.get('as_of')}"))
        best = groups.most_common(1)[0] if groups else (None, 0)
        landed += best[1]
        total += len(points)
        lines.append(f'  {sid:48} {best[1]:2}/{len(points):2}  {best[0]}')
        if explain:
            names = ('entity', 'indicator', 'unit', 'aggregation', 'nature', 'shape')
            for doc, g, key, why in placed:
                if key == best[0]:
                    continue
                if why is None:
                    why = ', '.join(f'{n} {k!r} not {b!r}' for n, k, b in zip(names, key, best[0]) if k != b)
                lines.append(f'      miss {doc[:28]:28} {g["quote"][:30]!r:34} {why}')
        placed.clear()
    print(f'series points in one program series: {landed}/{total} ({landed / total:.2f})')
    print('\n'.join(lines))


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
