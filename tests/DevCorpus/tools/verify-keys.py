#!/usr/bin/env python3
"""Check the development corpus's answer keys before any program sees the documents.

usage: verify-keys.py [CORPUS_DIR] [--doc NAME_OR_PREFIX] [--summary]

CORPUS_DIR holds documents/ (the documents, with NAME.meta.json sidecars) and keys/ (NAME.json per document:
a JSON array of facts in the shape of ../shared/gold/seeds-gold.json, with an optional "series").
Per fact: fields and enums, as_of format, quote a verbatim substring of the document's text (for .html the
text with tags removed and entities decoded), 10-80 characters, no line break, occurrences equal to the count,
the value's digits present in the quote (English scale words and number words accepted), no duplicates.
Per document: a key exists for every document and a document for every key. Exit 1 on any error.
"""
import html, json, os, re, sys
from decimal import Decimal

METRICS = {'trade_volume', 'investment', 'loan_or_financing', 'contract_value', 'train_count', 'teu',
           'cargo_tonnes', 'passengers', 'count_countries', 'count_agreements', 'count_projects',
           'count_other', 'percentage', 'growth_rate', 'length_km', 'speed_kmh', 'other_amount'}
UNITS = {'USD', 'CNY', 'EUR', 'other_currency', 'trains', 'TEU', 'tonnes', 'person_times', 'persons', 'countries', 'organizations',
         'documents', 'projects', 'items', 'km', 'km_per_hour', 'percent', 'percentage_points', 'other'}
QUALS = {'exact', 'approx', 'more_than', 'nearly', 'at_least', 'up_to', 'range'}
NATURES = {'actual', 'target', 'pledge', 'forecast', 'estimate'}
AGGS = {'level', 'period_total', 'per_day', 'per_week', 'per_month', 'per_year', 'change', 'share', 'attribute'}
DATE = r'\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?'
ASOF = re.compile(r'^(%s)(?:/(%s))?$' % (DATE, DATE))
REQUIRED = ('doc', 'metric', 'subject', 'value', 'unit', 'qualifier', 'entity', 'indicator', 'nature',
            'aggregation', 'quote', 'occurrences')
OPTIONAL = ('value_high', 'as_of', 'series', 'note')
DOC_EXT = ('.txt', '.md', '.html', '.htm')

WORDS = {'one': 1, 'two': 2, 'three': 3, 'four': 4, 'five': 5, 'six': 6, 'seven': 7, 'eight': 8, 'nine': 9,
         'ten': 10, 'eleven': 11, 'twelve': 12, 'fifteen': 15, 'twenty': 20, 'thirty': 30, 'forty': 40,
         'fifty': 50, 'hundred': 100, 'thousand': 1000, 'dozen': 12, 'half': 50, 'double': 100, 'doubled': 100,
         'triple': 200, 'tripled': 200}
CN_DIGITS = '零〇一二两兩三四五六七八九十百千'


def text_of(path):
    raw = open(path, encoding='utf-8-sig').read()
    if path.endswith(('.html', '.htm')):
        raw = re.sub(r'(?is)<(script|style)\b.*?</\1>', ' ', raw)
        raw = re.sub(r'(?s)<[^>]+>', '\n', raw)
        raw = html.unescape(raw)
    return raw


def fmt(d):
    s = format(d.normalize(), 'f')
    return s.rstrip('0').rstrip('.') if '.' in s else s


def numeral_ok(value, quote):
    q = quote.replace(' ', '').replace('\u00a0', '').replace(',', '').replace('，', '')
    lower = quote.lower()
    v = abs(Decimal(str(value)))
    scales = [(1, None), (10 ** 4, ('万', '萬')), (10 ** 8, ('亿', '億')), (10 ** 12, ('万亿', '萬億')),
              (10 ** 3, ('thousand', 'k')), (10 ** 6, ('million', 'mln', 'm')), (10 ** 9, ('billion', 'bln', 'bn', 'b')),
              (10 ** 12, ('trillion', 'tn')), (10 ** 2, ('百',)), (10 ** 3, ('千',)), (10, ('成',))]
    for scale, words in scales:
        s = fmt(v / Decimal(scale))
        if re.search(r'(?<![0-9.])' + re.escape(s) + r'(?![0-9])', q):
            if words is None or any(w in lower for w in words):
                return True
    if any(w in lower for w in WORDS) or any(c in quote for c in CN_DIGITS):
        return True  # a number word: checked by the author's eye
    return False


def check_doc(corpus, name, errors, warnings):
    path = os.path.join(corpus, 'documents', name)
    key_path = os.path.join(corpus, 'keys', name + '.json')
    text = text_of(path)
    try:
        facts = json.load(open(key_path, encoding='utf-8'))
    except (OSError, ValueError) as e:
        errors.append(f'{name}: key {key_path}: {e}')
        return []
    if not isinstance(facts, list):
        errors.append(f'{name}: key is not a JSON array')
        return []
    seen = set()
    for i, f in enumerate(facts):
        where = f'{name} #{i} «{f.get("quote", "")}»'
        for k in REQUIRED:
            if k not in f:
                errors.append(f'{where}: missing {k}')
        for k in f:
            if k not in REQUIRED and k not in OPTIONAL:
                errors.append(f'{where}: unknown field {k}')
        if f.get('doc') != name:
            errors.append(f'{where}: doc is {f.get("doc")!r}, not {name!r}')
        if f.get('metric') not in METRICS:
            errors.append(f'{where}: metric {f.get("metric")!r}')
        if f.get('unit') not in UNITS:
            errors.append(f'{where}: unit {f.get("unit")!r}')
        if f.get('qualifier') not in QUALS:
            errors.append(f'{where}: qualifier {f.get("qualifier")!r}')
        if f.get('nature') not in NATURES:
            errors.append(f'{where}: nature {f.get("nature")!r}')
        if f.get('aggregation') not in AGGS:
            errors.append(f'{where}: aggregation {f.get("aggregation")!r}')
        if not isinstance(f.get('value'), (int, float)):
            errors.append(f'{where}: value must be a number')
            continue
        if (f.get('qualifier') == 'range') != ('value_high' in f and f['value_high'] is not None):
            errors.append(f'{where}: value_high goes with qualifier range and only with it')
        a = f.get('as_of')
        if a is not None:
            m = ASOF.match(str(a))
            if not m:
                errors.append(f'{where}: as_of {a!r}')
            elif m.group(2) and m.group(2) < m.group(1)[:len(m.group(2))]:
                errors.append(f'{where}: as_of span runs backwards')
        for k in ('entity', 'indicator', 'subject'):
            if not isinstance(f.get(k), str) or not f.get(k).strip():
                errors.append(f'{where}: {k} empty')
        q = f.get('quote', '')
        if not (10 <= len(q) <= 80):
            (warnings if 6 <= len(q) else errors).append(f'{where}: quote length {len(q)}')
        if '\n' in q or '\r' in q:
            errors.append(f'{where}: quote has a line break')
        n = text.count(q)
        if n == 0:
            errors.append(f'{where}: quote not in the document text')
        elif f.get('occurrences') != n:
            errors.append(f'{where}: occurrences {f.get("occurrences")} but the quote occurs {n} times')
        if not numeral_ok(f['value'], q):
            errors.append(f'{where}: the value {f["value"]} is not visible in the quote')
        if 'value_high' in f and f['value_high'] is not None and not numeral_ok(f['value_high'], q):
            errors.append(f'{where}: value_high {f["value_high"]} is not visible in the quote')
        dup = (f.get('metric'), f.get('value'), f.get('value_high'), f.get('unit'), f.get('quote'), f.get('as_of'), f.get('indicator'))
        if dup in seen:
            errors.append(f'{where}: duplicate fact')
        seen.add(dup)
    return facts


def main(argv):
    corpus = next((a for a in argv if not a.startswith('--')), os.path.join(os.path.dirname(__file__), '..'))
    only = argv[argv.index('--doc') + 1] if '--doc' in argv else None
    docs = sorted(n for n in os.listdir(os.path.join(corpus, 'documents')) if n.lower().endswith(DOC_EXT))
    keys = sorted(n[:-5] for n in os.listdir(os.path.join(corpus, 'keys')) if n.endswith('.json'))
    errors, warnings, facts = [], [], []
    for k in keys:
        if k not in docs:
            errors.append(f'keys/{k}.json has no document')
    # --doc takes a document's file name or the start of it (en-news-93); naming none is an error, not a pass.
    if only and not any(n == only or n.startswith(only) for n in docs):
        errors.append(f'--doc {only}: no document of that name or prefix')
    for name in docs:
        if only and not (name == only or name.startswith(only)):
            continue
        if name not in keys:
            errors.append(f'{name}: no key (keys/{name}.json)')
            continue
        facts += check_doc(corpus, name, errors, warnings)
    for w in warnings:
        print('warning', w)
    for e in errors:
        print('ERROR', e)
    print(f'{len(docs)} documents, {len(facts)} facts, {len(errors)} errors, {len(warnings)} warnings')
    if '--summary' in argv:
        from collections import Counter
        for field in ('metric', 'unit', 'nature', 'aggregation', 'entity', 'indicator'):
            print(field, dict(Counter(f.get(field) for f in facts).most_common(40)))
        print('series', dict(Counter(f.get('series') for f in facts if f.get('series'))))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
