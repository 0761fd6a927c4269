#!/usr/bin/env python3
"""Check that NetworkX reads bilat's GraphML and JSON exports as they are meant.

Usage: check.py NODES EDGES FILE...

Each FILE (.graphml or .json) must load, with NetworkX's defaults, as a
directed multigraph of NODES nodes and EDGES edges whose edge keys are bilat's
edge keys. cmd/bilat's TestExport/NetworkX runs this in the venv that
`make test` creates (.venv, networkx from PyPI); it prints one line per file
and exits 1 on the first failure.
"""
import json
import sys

import networkx as nx


def load(path):
    if path.endswith(".graphml"):
        return nx.read_graphml(path)
    with open(path, encoding="utf-8") as f:
        return nx.node_link_graph(json.load(f))


def check(path, nodes, edges):
    g = load(path)
    problems = []
    if not g.is_directed():
        problems.append("not directed")
    if not g.is_multigraph():
        problems.append("not a multigraph")
    if g.number_of_nodes() != nodes:
        problems.append(f"{g.number_of_nodes()} nodes, want {nodes}")
    if g.number_of_edges() != edges:
        problems.append(f"{g.number_of_edges()} edges, want {edges}")
    if g.is_multigraph():
        for u, v, k, d in g.edges(keys=True, data=True):
            if k != d.get("key", k):
                problems.append(f"edge {u}->{v} has multigraph key {k!r}, bilat key {d.get('key')!r}")
                break
    if problems:
        print(f"networkx {nx.__version__}: {path}: " + "; ".join(problems))
        return False
    print(f"networkx {nx.__version__}: {path}: {type(g).__name__}, {nodes} nodes, {edges} edges")
    return True


def main(argv):
    if len(argv) < 4:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    nodes, edges = int(argv[1]), int(argv[2])
    ok = all([check(p, nodes, edges) for p in argv[3:]])
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
