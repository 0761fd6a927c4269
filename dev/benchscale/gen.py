#!/usr/bin/env python3
"""Generate a realistic corpus of N articles for scale benchmarks and fault replays.

Each output article is a source article with its publication date shifted (up to three years
either way) and the countries it names rotated among the countries bilat's gazetteer knows
leaders of: the country's name and demonyms become another country's, and its officials in office
on the original date become the other country's officials with the same title in office on the
new date. So the graph has a natural shape (many pairs, many dates, leaders tied to their terms)
rather than N copies of one edge.

    dev/benchscale/gen.py -n 10000 -o corpus.jsonl [--seed 1] [SOURCE ...]

SOURCE files are JSON Lines (id, published, text, title, source, url) or plain "date YYYY-MM-DD"
text files; by default ../shared/corpus/dev*.jsonl when present, else examples/*.txt. The
output is written locally and never committed (the real articles stay in ../shared).
"""
import argparse
import csv
import datetime as dt
import glob
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DATA = os.path.join(ROOT, "ingest", "gazetteer", "data")


def load_sources(paths):
    arts = []
    for p in paths:
        if p.endswith((".jsonl", ".ndjson")):
            with open(p, encoding="utf-8") as f:
                for line in f:
                    if line.strip():
                        a = json.loads(line)
                        arts.append({k: a.get(k) for k in ("id", "published", "title", "source", "url", "text")})
        else:
            with open(p, encoding="utf-8") as f:
                first, _, text = f.read().partition("\n")
            m = re.match(r"date (\d{4}-\d{2}-\d{2})", first)
            if m:
                arts.append({"id": os.path.basename(p), "published": m.group(1), "text": text.strip()})
    return [a for a in arts if a.get("text") and a.get("published")]


def load_gazetteer():
    with open(os.path.join(DATA, "countries.json"), encoding="utf-8") as f:
        countries = {c["name"]: c for c in json.load(f)}
    officials = {}
    for p in sorted(glob.glob(os.path.join(DATA, "officials-*.tsv"))):
        with open(p, encoding="utf-8") as f:
            for row in csv.DictReader((l for l in f if not l.startswith("#")), delimiter="\t"):
                if row["country"] in countries:
                    officials.setdefault(row["country"], []).append(row)
    return countries, officials


def in_office(o, day):
    return o["start"] <= day and (not o["end"] or day < o["end"])


def shift(day, days):
    return (dt.date.fromisoformat(day) + dt.timedelta(days=days)).isoformat()


def rotate(art, k, rng, countries, officials, pool):
    days = rng.randint(-3 * 365, 3 * 365)
    old_day, new_day = art["published"], shift(art["published"], days)
    text = art["text"]
    named = [c for c in pool if re.search(r"\b" + re.escape(c) + r"\b", text)]
    targets = rng.sample([c for c in pool if c not in named], min(len(named), max(0, len(pool) - len(named))))
    subst = {}
    for src, dst in zip(named, targets):
        subst[src] = dst
        for field in ("demonyms", "capitals"):
            for a, b in zip(countries[src].get(field, []), countries[dst].get(field, [])):
                subst[a] = b
        for o in officials.get(src, []):
            if not in_office(o, old_day):
                continue
            same = [p for p in officials.get(dst, []) if p["title"] == o["title"] and in_office(p, new_day)]
            if same:
                subst[o["name"]] = same[0]["name"]
                last_src, last_dst = o["name"].split()[-1], same[0]["name"].split()[-1]
                subst.setdefault(last_src, last_dst)
    if subst:
        rx = re.compile(r"\b(" + "|".join(re.escape(s) for s in sorted(subst, key=len, reverse=True)) + r")\b")
        text = rx.sub(lambda m: subst[m.group(1)], text)
        title = rx.sub(lambda m: subst[m.group(1)], art.get("title") or "")
    else:
        title = art.get("title") or ""
    return {"id": f"gen{k:07d}-{art['id']}", "published": new_day, "title": title or None,
            "source": art.get("source"), "url": None, "text": text}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", type=int, default=2000)
    ap.add_argument("-o", default="-")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("sources", nargs="*")
    args = ap.parse_args()
    sources = args.sources or sorted(glob.glob(os.path.join(ROOT, "..", "shared", "corpus", "dev*.jsonl"))) \
        or sorted(glob.glob(os.path.join(ROOT, "examples", "*.txt")))
    arts = load_sources(sources)
    if not arts:
        sys.exit("gen.py: no source articles")
    countries, officials = load_gazetteer()
    pool = sorted(c for c, os_ in officials.items() if len(os_) >= 3)
    rng = random.Random(args.seed)
    out = sys.stdout if args.o == "-" else open(args.o, "w", encoding="utf-8")
    for k in range(args.n):
        out.write(json.dumps(rotate(arts[k % len(arts)], k, rng, countries, officials, pool), ensure_ascii=False) + "\n")
    if out is not sys.stdout:
        out.close()


if __name__ == "__main__":
    main()
