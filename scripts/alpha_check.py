"""An independent check of `npm run agreement`'s α, in Python and from the formula's other form.

Reads a brat corpus (text/NAME.txt, attributions/NAME_<annotator>.ann) itself, gives every
non-whitespace code point each annotator's role (source, cue, content:quote for the Content, Cue and
Source spans of attribution events, and lone Content spans; none elsewhere; the first of that list
where spans overlap), and computes Krippendorff's nominal alpha as 1 - D_o / D_e over all pairable
value pairs (Krippendorff 2011, section A), pooling every article's units. Prints the pooled alpha and
one line per article; compare with the JSON line of `npm run agreement -- CORPUS_DIR`.

Usage: python3 scripts/alpha_check.py CORPUS_DIR   (standard library only; not part of npm test)
"""

import os
import re
import sys
from collections import Counter, defaultdict

ORDER = ["source", "cue", "content:quote", "none"]


def roles_of(text, ann):
    spans = {}
    used = set()
    events = []
    for line in ann.splitlines():
        if line.startswith("T"):
            ident, middle, _ = line.split("\t", 2)
            kind, places = middle.split(" ", 1)
            fragments = [tuple(int(x) for x in part.split()) for part in places.split(";")]
            spans[ident] = (kind, fragments)
        elif line.startswith("E"):
            args = line.split("\t")[1].split()
            events.append(args)
    marks = []
    for args in events:
        for arg in args[1:]:
            role, ref = arg.split(":")
            used.add(ref)
            base = re.sub(r"\d+$", "", role)
            name = {"Content": "content:quote", "Cue": "cue", "Source": "source"}.get(base)
            if name and ref in spans:
                marks.append((name, spans[ref][1]))
    for ident, (kind, fragments) in spans.items():
        if kind == "Content" and ident not in used:
            marks.append(("content:quote", fragments))
    roles = [len(ORDER) - 1] * len(text)
    for name, fragments in marks:
        value = ORDER.index(name)
        for start, end in fragments:
            for i in range(start, min(end, len(text))):
                roles[i] = min(roles[i], value)
    return roles


def main(corpus):
    texts = sorted(f[:-4] for f in os.listdir(os.path.join(corpus, "text")) if f.endswith(".txt"))
    anns = defaultdict(list)
    for f in sorted(os.listdir(os.path.join(corpus, "attributions"))):
        for name in texts:
            rest = f[len(name) + 1 : -4] if f.startswith(name + "_") and f.endswith(".ann") else None
            if rest and "_" not in rest:
                anns[name].append(f)
    all_units = []
    for name in texts:
        if len(anns[name]) < 2:
            continue
        with open(os.path.join(corpus, "text", name + ".txt"), encoding="utf-8") as handle:
            text = handle.read()
        layers = []
        for f in anns[name]:
            with open(os.path.join(corpus, "attributions", f), encoding="utf-8") as handle:
                layers.append(roles_of(text, handle.read()))
        units = [[ORDER[layer[i]] for layer in layers] for i, c in enumerate(text) if not c.isspace()]
        all_units.extend(units)
        print(f"{name}: alpha {alpha(units):.4f}")
    print(f"overall: alpha {alpha(all_units):.4f}")


def alpha(units):
    # Pairable values: units with two or more; D_o over the pairs within units, weighted 1/(m - 1);
    # D_e over all pairs of the pooled values.
    pairable = [u for u in units if len(u) >= 2]
    totals = Counter(v for u in pairable for v in u)
    n = sum(totals.values())
    observed = 0.0
    for u in pairable:
        m = len(u)
        for i in range(m):
            for j in range(m):
                if i != j and u[i] != u[j]:
                    observed += 1.0 / (m - 1)
    observed /= n
    expected = sum(totals[a] * totals[b] for a in totals for b in totals if a != b) / (n * (n - 1))
    return 1.0 - observed / expected


if __name__ == "__main__":
    main(sys.argv[1])
