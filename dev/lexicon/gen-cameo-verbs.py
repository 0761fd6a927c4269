#!/usr/bin/env python3
"""Write ingest/frames/data/cameo-verbs.tsv from PETRARCH2's CAMEO verb dictionary.

Each line is  lemma<TAB>kind<TAB>cameo<TAB>particle  (particle empty for a verb alone).
Sources, all read from ../shared/lexicon/petrarch2/CAMEO.2.0.txt (MIT, notice in
ingest/frames/data/LICENSE-petrarch2):
  - synonym lines of the verb blocks: a verb's code is its own [code], else its
    block's; multi-word verbs (+MEET_WITH) give lemma + particle;
  - patterns that are the verb and one particle only, "- * (ON) [020] # CALL":
    the particle belongs to the verb named in the comment (to the block's head
    verb when there is none).
A code becomes a kind through dev/lexicon/cameo-kinds.tsv (longest prefix wins);
dev/lexicon/exclude.txt drops verbs too general or wrong for their kind;
dev/lexicon/overrides.tsv adds or re-kinds a few verbs, each with its reason.
Inflected synonyms (FORGAVE) are lemmatized with ingest/doc/data/lemmas.tsv.
Plain python3, no packages; the output depends only on the files named here.
"""
import collections
import os
import re
import sys

from tsvfiles import PARTICLES, rows as read_tsv

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
CAMEO = os.path.join(ROOT, "..", "shared", "lexicon", "petrarch2", "CAMEO.2.0.txt")
OUT = os.path.join(ROOT, "ingest", "frames", "data", "cameo-verbs.tsv")
LEMMAS = os.path.join(ROOT, "ingest", "doc", "data", "lemmas.tsv")

# Closed class: prepositions and adverb particles that make a phrasal verb.
HEADER_RE = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")
PATTERN_RE = re.compile(r"^-\s+\*\s+\(?([A-Z]+)\)?\s+\[([^\]]*)\]\s*(?:#\s*(.*))?$")




def primary(code):
    """The code an active-voice subject gets: 042 of 042:043; '' for [---] or [:110]."""
    c = code.strip().split(":")[0].strip()
    return c if re.fullmatch(r"\d{3,4}", c) else ""


def verb_lemma(word, table):
    w = word.lower()
    return table.get(w, w)


def entries(table):
    """Yield (lemma, particle, code, source) for every verb and verb+particle."""
    text = open(CAMEO, encoding="latin-1").read().split("\n")
    start = next(i for i, l in enumerate(text) if l.startswith("####### VERB PATTERNS"))
    block_code, head = "", ""
    pending = []  # patterns of the current block without a comment verb

    def flush():
        for particle, code in pending:
            if head:
                yield head, particle, code, "pattern"
    for line in text[start + 1:]:
        m = HEADER_RE.match(line)
        if m:
            yield from flush()
            block_code, pending = primary(m.group(2)), []
            head = m.group(1).lower() if re.fullmatch(r"[A-Z]+", m.group(1)) else ""
            continue
        if line.startswith("-"):
            p = PATTERN_RE.match(line.strip())
            if p and p.group(1).lower() in PARTICLES and primary(p.group(2)):
                particle, code = p.group(1).lower(), primary(p.group(2))
                verbs = [v.strip() for v in (p.group(3) or "").split(",") if v.strip()]
                if verbs:
                    for v in verbs:
                        yield verb_lemma(v.split()[0], table), particle, code, "pattern"
                else:
                    pending.append((particle, code))
            continue
        s = re.sub(r"\{[^}]*\}", "", line.split("#")[0]).strip()
        if not s:
            continue
        cm = re.search(r"\[([^\]]*)\]", s)
        code = primary(cm.group(1)) if cm else block_code
        word = s.split("[")[0].strip().lstrip("+").rstrip("_")
        if not re.fullmatch(r"[A-Z][A-Z_'-]*", word):
            continue
        words = word.lower().split("_")
        lemma = verb_lemma(words[0], table)
        particle = " ".join(words[1:])
        if lemma in ("is", "be"):
            continue
        if code:
            yield lemma, particle, code, "synonym"
    yield from flush()


def main():
    table = {f: l for f, c, l in read_tsv(LEMMAS, 3) if c == "V"}
    kinds = {p: (k, meaning) for p, k, meaning in read_tsv(os.path.join(HERE, "cameo-kinds.tsv"), 3)}
    exclude = {}
    for key, reason in read_tsv(os.path.join(HERE, "exclude.txt"), 2):
        exclude[tuple((key.split(" ", 1) + [""])[:2])] = reason
    overrides = {(l, p): (k, c) for l, p, k, c, _ in read_tsv(os.path.join(HERE, "overrides.tsv"), 5)}

    def kind_of(code):
        for n in (4, 3, 2):
            if code[:n] in kinds:
                return kinds[code[:n]][0]
        return ""

    found = collections.defaultdict(set)  # (lemma, particle) -> {(kind, code)}
    for lemma, particle, code, _ in entries(table):
        kind = kind_of(code)
        if kind:
            found[(lemma, particle)].add((kind, code))
    used_excl = set()
    rows = {}
    for key, cands in found.items():
        if key in exclude:
            used_excl.add(key)
            continue
        if key in overrides:
            continue
        # one kind per entry: the one with the lowest code (e.g. 051 over 110)
        kind, code = min(cands, key=lambda kc: (kc[1], kc[0]))
        rows[key] = (kind, code)
    for key, (kind, code) in overrides.items():
        rows[key] = (kind, code)
    unused = sorted(set(exclude) - used_excl)
    if unused:
        print("exclude.txt entries that match nothing: " + ", ".join(" ".join(k).strip() for k in unused),
              file=sys.stderr)
    order = sorted(rows.items(), key=lambda kv: (kv[1][0], kv[0][0], kv[0][1]))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# lemma<TAB>kind<TAB>cameo<TAB>particle: verbs (and verb + particle) that say an event of\n"
                "# bilat's kind on their own. Generated by dev/lexicon/gen-cameo-verbs.py from PETRARCH2's\n"
                "# CAMEO.2.0.txt (MIT, see LICENSE-petrarch2); do not edit by hand.\n")
        for (lemma, particle), (kind, code) in order:
            f.write(f"{lemma}\t{kind}\t{code}\t{particle}\n")
    count = collections.Counter(k for k, _ in rows.values())
    print(f"{OUT}: {len(rows)} entries; " + ", ".join(f"{k} {n}" for k, n in sorted(count.items())),
          file=sys.stderr)


if __name__ == "__main__":
    main()
