#!/usr/bin/env python3
"""Split the development corpus into two halves by article, once and for all.

usage: dev/corpus/split.py OUTDIR   (reads ../shared/corpus/dev.jsonl and dev2.jsonl)

The articles of dev.jsonl and then dev2.jsonl are numbered from 0; even numbers
go to half-a.jsonl (rules may be written looking at its errors), odd numbers to
half-b.jsonl (held out: only its scores are read). ingest's QualityBar test makes
the same split.
"""
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
corpus = os.path.join(here, "..", "..", "..", "shared", "corpus")
out = sys.argv[1] if len(sys.argv) > 1 else "."
os.makedirs(out, exist_ok=True)
lines = []
for name in ("dev.jsonl", "dev2.jsonl"):
    with open(os.path.join(corpus, name), encoding="utf-8") as f:
        lines += [l for l in f if l.strip()]
with open(os.path.join(out, "half-a.jsonl"), "w", encoding="utf-8") as a, \
        open(os.path.join(out, "half-b.jsonl"), "w", encoding="utf-8") as b:
    for i, l in enumerate(lines):
        (a if i % 2 == 0 else b).write(l)
with open(os.path.join(out, "all.jsonl"), "w", encoding="utf-8") as f:
    f.writelines(lines)
print(f"{len(lines)} articles: half-a {len(lines[0::2])}, half-b {len(lines[1::2])}, all in {out}")
