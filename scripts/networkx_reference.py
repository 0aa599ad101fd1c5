#!/usr/bin/python3
"""Coalition Map - NetworkX reference values for the standing/communities tests.

Reads the classic networks in test/fixtures/datasets/ (see SOURCE.md there), builds the same
undirected simple graph as Coalition Map's positive-tie view (parallel and reciprocal ties merged,
weight = summed strength; no self-loops) and writes test/fixtures/networkx/<case>.json with, per
node, degree, strength, betweenness, closeness, eigenvector, pagerank, constraint and
effective_size - unweighted (every merged tie counts 1) and, where the case has strengths,
weighted (path measures on distance = 1/weight, the others on weight) - plus the modularity of a
fixed partition taken from a vertex attribute.

Run once (the tests do not need Python):
    apt-get install -y python3-networkx      # Debian; networkx 2.8.8 + scipy here
    /usr/bin/python3 scripts/networkx_reference.py

Power iterations run to a much tighter tolerance than the NetworkX defaults (see SETTINGS), so the
fixture holds the converged values and the 1e-6 comparison is meaningful.
"""
import csv
import json
import math
import os
import sys

import networkx as nx

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DATA = os.path.join(ROOT, "test", "fixtures", "datasets")
OUT = os.path.join(ROOT, "test", "fixtures", "networkx")

SETTINGS = {"eigenvector": {"max_iter": 100000, "tol": 1e-13}, "pagerank": {"alpha": 0.85, "max_iter": 100000, "tol": 1e-13}}

# How each case is built. The TypeScript test helper reads this same recipe from the fixture.
#  vertices: file, id column, label column
#  edges: files with source/target columns; strength = a column (optionally transformed) or 1
#  directed: ties are directed in the source data (merged into one undirected tie, strengths summed)
#  partition: vertex attribute giving a fixed partition for the modularity check
CASES = [
    {
        "name": "karate",
        "title": "Zachary's karate club (34 members, 78 ties; weight = number of contexts)",
        "vertices": {"file": "karate_statnet_vertices.csv", "id": "id", "label": "label"},
        "edges": [{"file": "karate_statnet_edges.csv", "strength": "contexts", "transform": "identity", "directed": False}],
        "weighted": True,
        "partition": "club",
    },
    {
        "name": "florentine-marriage",
        "title": "Padgett's Florentine families, marriage ties (16 families, Pucci isolated)",
        "vertices": {"file": "florentine_statnet_vertices.csv", "id": "label", "label": "label"},
        "edges": [{"file": "florentine_statnet_marriage_edges.csv", "strength": None, "transform": "identity", "directed": False}],
        "weighted": False,
        "partition": "priorates_positive",
    },
    {
        "name": "florentine-both",
        "title": "Padgett's Florentine families, marriage + business ties merged (weight = number of tie kinds)",
        "vertices": {"file": "florentine_statnet_vertices.csv", "id": "label", "label": "label"},
        "edges": [
            {"file": "florentine_statnet_marriage_edges.csv", "strength": None, "transform": "identity", "directed": False},
            {"file": "florentine_statnet_business_edges.csv", "strength": None, "transform": "identity", "directed": False},
        ],
        "weighted": True,
        "partition": "priorates_positive",
    },
    {
        "name": "emon-texas",
        "title": "EMON Texas search-and-rescue network (26 organizations; directed, reciprocal ties merged; strength = 5 - frequency)",
        "vertices": {"file": "emon_Texas_vertices.csv", "id": "id", "label": "label"},
        "edges": [{"file": "emon_Texas_edges.csv", "strength": "frequency", "transform": "five_minus", "directed": True}],
        "weighted": True,
        "partition": "Sponsorship",
    },
]

RESOLUTIONS = [1.0, 0.5, 2.0]


def read_csv(name):
    with open(os.path.join(DATA, name), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def transform(kind, value):
    if value is None:
        return 1.0
    x = float(value)
    if kind == "identity":
        return x
    if kind == "five_minus":
        return 5.0 - x
    raise ValueError(kind)


def partition_value(case, row):
    attr = case["partition"]
    if attr == "priorates_positive":
        return "priorates>0" if row["priorates"] not in ("0", "NA", "") else "priorates=0"
    return row[attr]


def build(case):
    vertices = read_csv(case["vertices"]["file"])
    G = nx.Graph()
    for row in vertices:
        G.add_node(row[case["vertices"]["id"]])
    for spec in case["edges"]:
        for row in read_csv(spec["file"]):
            s, t = row["source"], row["target"]
            if s == t:
                continue
            w = transform(spec["transform"], row[spec["strength"]] if spec["strength"] else None)
            if G.has_edge(s, t):
                G[s][t]["weight"] += w
            else:
                G.add_edge(s, t, weight=w)
    for u, v, d in G.edges(data=True):
        d["dist"] = 1.0 / d["weight"]
    partition = {row[case["vertices"]["id"]]: partition_value(case, row) for row in vertices}
    return G, partition


def clean(x):
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return None
    return float(x)


def measures(G, weighted):
    w = "weight" if weighted else None
    d = "dist" if weighted else None
    H = G if weighted else nx.Graph(G.edges())
    if not weighted:
        H.add_nodes_from(G.nodes())
    bet = nx.betweenness_centrality(H, normalized=True, weight=d)
    clo = nx.closeness_centrality(H, distance=d)  # wf_improved=True (default)
    eig = nx.eigenvector_centrality(H, weight=w, **SETTINGS["eigenvector"])
    pr = nx.pagerank(H, weight=w, **SETTINGS["pagerank"])
    con = nx.constraint(H, weight=w)
    eff = nx.effective_size(H, weight=w)
    out = {}
    for n in sorted(G.nodes()):
        out[n] = {
            "degree": H.degree(n),
            "strength": float(H.degree(n, weight=w)) if weighted else float(H.degree(n)),
            "betweenness": bet[n],
            "closeness": clo[n],
            "eigenvector": eig[n],
            "pagerank": pr[n],
            "constraint": clean(con[n]),
            "effective_size": clean(eff[n]),
        }
    return out


def modularities(G, partition, weighted):
    groups = {}
    for n, c in partition.items():
        groups.setdefault(c, set()).add(n)
    comms = [groups[k] for k in sorted(groups)]
    w = "weight" if weighted else None
    return {str(r): nx.community.modularity(G, comms, weight=w, resolution=r) for r in RESOLUTIONS}


def main():
    os.makedirs(OUT, exist_ok=True)
    for case in CASES:
        G, partition = build(case)
        fixture = {
            "name": case["name"],
            "title": case["title"],
            "generatedBy": "scripts/networkx_reference.py",
            "networkx": nx.__version__,
            "settings": SETTINGS,
            "recipe": {k: case[k] for k in ("vertices", "edges", "weighted", "partition")},
            "order": G.number_of_nodes(),
            "size": G.number_of_edges(),
            "unweighted": measures(G, False),
            "partition": {"attribute": case["partition"], "assignment": dict(sorted(partition.items()))},
            "modularity": {"unweighted": modularities(G, partition, False)},
        }
        if case["weighted"]:
            fixture["weighted"] = measures(G, True)
            fixture["modularity"]["weighted"] = modularities(G, partition, True)
        path = os.path.join(OUT, case["name"] + ".json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(fixture, f, indent=1, sort_keys=False)
            f.write("\n")
        print(f"{path}: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges", file=sys.stderr)


if __name__ == "__main__":
    main()
