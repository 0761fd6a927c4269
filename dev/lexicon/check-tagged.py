#!/usr/bin/env python3
"""Check ingest/doc/testdata/tagged.txt: one sentence a line, tokens word/TAG separated by
single spaces, every tag a Penn Treebank tag. Prints sentence and token counts."""
import collections
import os
import sys

PTB = set("CC CD DT EX FW IN JJ JJR JJS LS MD NN NNS NNP NNPS PDT POS PRP PRP$ RB RBR RBS RP SYM "
          "TO UH VB VBD VBG VBN VBP VBZ WDT WP WP$ WRB $ # `` '' -LRB- -RRB- , . :".split())
path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "..", "ingest", "doc", "testdata", "tagged.txt")
bad, n, tags = 0, 0, collections.Counter()
with open(path, encoding="utf-8") as f:
    lines = f.read().split("\n")
if lines and lines[-1] == "":
    lines.pop()
for i, line in enumerate(lines, 1):
    if line != line.strip() or "  " in line or not line:
        print(f"{path}:{i}: stray spaces or empty line")
        bad += 1
        continue
    for tok in line.split(" "):
        word, _, tag = tok.rpartition("/")
        if not word or tag not in PTB:
            print(f"{path}:{i}: bad token {tok!r}")
            bad += 1
        n += 1
        tags[tag] += 1
print(f"{len(lines)} sentences, {n} tokens, {len(tags)} tags")
sys.exit(1 if bad else 0)
