#!/usr/bin/env python3
"""Score what scripts/measure-forms.ts wrote, per form, with ../shared/tools' own scoring functions.
usage: scripts/measure/score.py RESULTS_DIR TRUTH_DIR [--verbose]
Per form: cells right, non-zero cells right, silent wrong cells (silent.py's rule), and error
findings on 表三/表四 that the same report's 'published' form does not also have (the reader's own
misreadings taken for the report's errors)."""
import json, os, sys, glob
sys.path.insert(0, os.environ.get('SHARED_TOOLS', os.path.join(os.path.dirname(__file__), '../../../shared/tools')))
from score import expected_cells, get, same
from silent import flagged_paths, covered
res, tru = sys.argv[1], sys.argv[2]; verbose = '--verbose' in sys.argv
def errs(doc):
    return {(f.get('ruleId'), json.dumps(f.get('path'))) for f in doc.get('findings', [])
            if f.get('severity') == 'error' and str(f.get('path', '')).split('.')[0] in ('table3', 'table4')}
pub = {}
for f in glob.glob(os.path.join(res, 'published', '*.json')):
    pub[os.path.splitext(os.path.basename(f))[0]] = errs(json.load(open(f)))
tot = [0] * 6
print(f"{'form':10} {'cells':>16} {'nonzero':>14} {'silent':>6} {'misread':>7}")
for form in sorted(os.listdir(res)):
    c = [0] * 6  # right, total, nzright, nztotal, silent, misread errors
    for f in sorted(glob.glob(os.path.join(res, form, '*.json'))):
        name = os.path.splitext(os.path.basename(f))[0]
        tf = os.path.join(tru, name + '.json')
        if not os.path.exists(tf): continue
        doc = json.load(open(f)); model = doc.get('report') or {}
        flags = flagged_paths(model); bad = []; sil = []
        for path, v in expected_cells(json.load(open(tf))):
            g = get(model, path); nz = v not in (None, 0)
            c[1] += 1; c[3] += nz
            if same(v, g): c[0] += 1; c[2] += nz
            else:
                bad.append(f'{path}={v!r} got {g!r}')
                if not covered(path, flags, g) and model: c[4] += 1; sil.append(bad[-1])
        mis = errs(doc) - pub.get(name, set()) if form != 'published' else set()
        c[5] += len(mis)
        if verbose and (bad or mis):
            print(f'  {form}/{name}: {len(bad)} wrong, {len(sil)} silent' + (f'; silent e.g. {sil[:3]}' if sil else f'; e.g. {bad[:3]}') + (f'; misread errors {sorted(mis)[:3]}' if mis else ''))
    p = lambda a, b: f'{a}/{b} ({100*a/b:.1f}%)' if b else '-'
    print(f'{form:10} {p(c[0], c[1]):>16} {p(c[2], c[3]):>14} {c[4]:>6} {c[5]:>7}')
    tot = [a + b for a, b in zip(tot, c)]
