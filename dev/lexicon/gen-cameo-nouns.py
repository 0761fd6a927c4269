#!/usr/bin/env python3
"""Write ingest/frames/data/cameo-nouns.tsv: nouns that say an event of one of
bilat's kinds when they are the object of a light verb ("hold talks", "impose
sanctions", "pay a visit"), from the phrase patterns of PETRARCH2's CAMEO verb
dictionary (../shared/lexicon/petrarch2/CAMEO.2.0.txt, MIT).

Each line is  noun_lemma<TAB>light_verb_lemmas<TAB>kind<TAB>cameo.
Patterns read: "- * NOUN ... [code] # VERB", "- * {WORD ... NOUN} ... [code] # VERB" and
"- * &TREATY ... [code] # VERB" (the members of &TREATY and &NEGOTIATION), the object right after the
verb; the head is the last word of the object phrase. Patterns with words before
the verb (a subject) or a preposition first are skipped. The light verb is the
comment's verb (the block's head verb when there is none), lemmatized with
ingest/doc/data/lemmas.tsv; nouns with lemmas.tsv and dev/lexicon/lemmarules.py.
A code becomes a kind through cameo-kinds.tsv. Verbs that already say the same
kind on their own (cameo-verbs.tsv: sign, condemn, visit) are not light verbs and
are dropped, and so is any verb not in light-verbs.txt; so are the nouns and verbs in exclude-nouns.txt; noun-overrides.tsv
adds a few frames whose CAMEO code is not the kind's. One line per noun and kind,
with the code most of its patterns carry; a light verb goes with the kind most of
its patterns with that noun give (ties: the first kind met in the file). Run gen-cameo-verbs.py first.
"""
import collections
import importlib.util
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
CAMEO = os.path.join(ROOT, "..", "shared", "lexicon", "petrarch2", "CAMEO.2.0.txt")
OUT = os.path.join(ROOT, "ingest", "frames", "data", "cameo-nouns.tsv")
VERBS = os.path.join(ROOT, "ingest", "frames", "data", "cameo-verbs.tsv")
LEMMAS = os.path.join(ROOT, "ingest", "doc", "data", "lemmas.tsv")

sys.path.insert(0, HERE)
import lemmarules  # noqa: E402

_spec = importlib.util.spec_from_file_location("gcv", os.path.join(HERE, "gen-cameo-verbs.py"))
gcv = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gcv)

PATTERN_RE = re.compile(r"^-\s+\*\s+(.*?)\s*\[([^\]]*)\]\s*(?:#\s*(.*))?$")
HEADER_RE = gcv.HEADER_RE
EXPAND = {"&TREATY", "&NEGOTIATION"}  # synonym classes of event nouns (treaty, pact; dialogue, discussion)


def synonym_classes(lines):
    classes, cur = {}, None
    for line in lines:
        if line.startswith("####### VERB PATTERNS"):
            break
        s = line.split("#")[0].strip()
        if s.startswith("&"):
            cur = s
            classes[cur] = []
        elif s.startswith("+") and cur:
            classes[cur].append(s[1:].rstrip("_").lower())
        elif not s:
            cur = None
    return classes


def object_heads(obj, classes):
    """Head nouns of the object phrase that opens a pattern, or [] to skip it."""
    obj = obj.strip()
    if obj.startswith("("):
        return []  # a prepositional phrase first: not a direct object
    if obj.startswith("{"):
        end = obj.find("}")
        words = obj[1:end].split()
        if not words:
            return []
        last = words[-1]
    else:
        last = obj.split()[0] if obj.split() else ""
    if last.startswith("&"):
        if last not in EXPAND:
            return []  # weapons, aircraft, places: objects, not event nouns
        return [m.split("_")[-1] for m in classes.get(last, [])]
    if not re.fullmatch(r"[A-Z][A-Z'-]*", last):
        return []
    if last.lower() in gcv.PARTICLES:
        return []
    return [last.lower()]


def main():
    text = open(CAMEO, encoding="latin-1").read().split("\n")
    classes = synonym_classes(text)
    vtable = {f: l for f, c, l in gcv.read_tsv(LEMMAS, 3) if c == "V"}
    ntable = {f: l for f, c, l in gcv.read_tsv(LEMMAS, 3) if c == "N"}
    kinds = {p: k for p, k, _ in gcv.read_tsv(os.path.join(HERE, "cameo-kinds.tsv"), 3)}
    own = {(l, k) for l, k, c, p in gcv.read_tsv(VERBS, 3 + 1) if not p}
    light_verbs = {l.strip() for l in open(os.path.join(HERE, "light-verbs.txt"), encoding="utf-8")
                   if l.strip() and not l.startswith("#")}
    excl = {}
    for key, reason in gcv.read_tsv(os.path.join(HERE, "exclude-nouns.txt"), 2):
        excl[key] = reason
    used = set()

    def kind_of(code):
        for n in (4, 3, 2):
            if code[:n] in kinds:
                return kinds[code[:n]]
        return ""

    def noun_lemma(w):
        return ntable.get(w, lemmarules.noun_lemma(w))

    def verb_lemma(v):
        words = v.lower().split("_")
        return " ".join([vtable.get(words[0], words[0])] + words[1:])

    frames = collections.defaultdict(lambda: collections.defaultdict(collections.Counter))
    head = ""
    start = next(i for i, l in enumerate(text) if l.startswith("####### VERB PATTERNS"))
    for line in text[start + 1:]:
        m = HEADER_RE.match(line)
        if m:
            head = m.group(1).lower() if re.fullmatch(r"[A-Z]+", m.group(1)) else ""
            continue
        p = PATTERN_RE.match(line.strip())
        if not p:
            continue
        code = gcv.primary(p.group(2))
        kind = kind_of(code) if code else ""
        if not kind:
            continue
        verbs = [v.strip().split()[0] for v in (p.group(3) or "").split(",") if v.strip()]
        verbs = [verb_lemma(v) for v in verbs if re.fullmatch(r"[A-Z_]+", v)] or ([head] if head else [])
        for noun in object_heads(p.group(1), classes):
            n = noun_lemma(noun)
            for v in verbs:
                frames[(n, kind)][v][code] += 1
    for n, v, k, c, _ in gcv.read_tsv(os.path.join(HERE, "noun-overrides.tsv"), 5):
        frames[(n, k)][v][c] += 100  # an override's code wins
    # A light verb with one noun says one kind: the kind most of its patterns give.
    best = {}
    for (noun, kind), verbs in frames.items():
        for v, cs in verbs.items():
            n = sum(cs.values())
            key = (noun, v)
            if key not in best or (n, kind) > best[key][:2] and n > best[key][0]:
                best[key] = (n, kind)
    rows = []
    for (noun, kind), verbs in frames.items():
        if noun in excl:
            used.add(noun)
            continue
        light, codes = [], collections.Counter()
        for v, cs in verbs.items():
            if v not in light_verbs or (v, kind) in own:
                continue  # not a light verb, or says the kind on its own
            if best[(noun, v)][1] != kind:
                continue
            if f"{noun} {v}" in excl:
                used.add(f"{noun} {v}")
                continue
            light.append(v)
            codes.update(cs)
        if not light:
            continue
        code = min(codes.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        rows.append((noun, ",".join(sorted(light)), kind, code))
    unused = sorted(set(excl) - used)
    if unused:
        print("exclude-nouns.txt entries that match nothing: " + ", ".join(unused), file=sys.stderr)
    rows.sort(key=lambda r: (r[2], r[0]))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# noun_lemma<TAB>light_verb_lemmas<TAB>kind<TAB>cameo: the noun as object of one of\n"
                "# these verbs says an event of the kind. Generated by dev/lexicon/gen-cameo-nouns.py\n"
                "# from PETRARCH2's CAMEO.2.0.txt (MIT, see LICENSE-petrarch2); do not edit by hand.\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    count = collections.Counter(r[2] for r in rows)
    print(f"{OUT}: {len(rows)} nouns; " + ", ".join(f"{k} {n}" for k, n in sorted(count.items())),
          file=sys.stderr)


if __name__ == "__main__":
    main()
