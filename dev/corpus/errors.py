#!/usr/bin/env python3
"""Show the extractor's errors on one half of the development corpus, at country level.

usage: dev/corpus/errors.py GOLD.jsonl PRED.jsonl [KIND]

For each article: the gold relations bilat missed (with their evidence) and the relations bilat drew
that the gold does not have (with the rule that drew them). Read only half-a's errors this way.
"""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "corpus"))
import score  # noqa: E402

gold = score.load(sys.argv[1])
pred = {a["id"]: a for a in score.load(sys.argv[2])}
only = sys.argv[3] if len(sys.argv) > 3 else None
for g in gold:
    p = pred.get(g["id"], {"entities": [], "relations": []})
    gi, pi = score.entity_index(g), score.entity_index(p)
    def key(idx, r):
        return (score.roll_up(idx, r["subject"]), r["relation"], score.roll_up(idx, r["object"]))
    gk = {key(gi, r): r for r in g.get("relations") or []}
    pk = {key(pi, r): r for r in p.get("relations") or []}
    miss = [r for k, r in gk.items() if k not in pk and k[0] != k[2] and (not only or r["relation"] == only)]
    extra = [r for k, r in pk.items() if k not in gk and k[0] != k[2] and (not only or r["relation"] == only)]
    if not miss and not extra:
        continue
    print(f"=== {g['id']} ({g.get('published')})")
    for r in miss:
        print(f"  MISS  {r['subject']} {r['relation']} {r['object']}  | {r.get('evidence','')[:220]}")
    for r in extra:
        print(f"  EXTRA {r['subject']} {r['relation']} {r['object']}  | {r.get('rule','')} | {r.get('evidence','')[:160]}")
