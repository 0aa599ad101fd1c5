#!/usr/bin/python3
"""Coalition Map - NetworkX reference values for two-mode (affiliation) data.

Davis, Gardner & Gardner's Southern Women (18 women x 14 social events, 89 attendances), as
NetworkX ships it (`davis_southern_women_graph`, from UCINET's DAVIS dataset). Writes
  test/fixtures/datasets/davis_southern_women_edges.csv   woman,event (one row per attendance)
  test/fixtures/two-mode/davis-women-projection.json      per woman, the standing measures on the
      women's projection with Newman's collaboration weights (collaboration_weighted_projected_graph):
      path measures on distance = 1/weight, the others on weight.

Run once (the tests do not need Python):  /usr/bin/python3 scripts/networkx_two_mode.py
"""
import csv
import json
import os

import networkx as nx
from networkx.algorithms import bipartite

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
SETTINGS = {"eigenvector": {"max_iter": 100000, "tol": 1e-13}, "pagerank": {"alpha": 0.85, "max_iter": 100000, "tol": 1e-13}}

B = nx.davis_southern_women_graph()
women = sorted(B.graph["top"])
with open(os.path.join(ROOT, "test", "fixtures", "datasets", "davis_southern_women_edges.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["source", "target"])
    for woman in women:
        for event in sorted(B[woman]):
            w.writerow([woman, event])

P = bipartite.collaboration_weighted_projected_graph(B, women)
for u, v, d in P.edges(data=True):
    d["dist"] = 1.0 / d["weight"]
bet = nx.betweenness_centrality(P, normalized=True, weight="dist")
clo = nx.closeness_centrality(P, distance="dist")
eig = nx.eigenvector_centrality(P, weight="weight", **SETTINGS["eigenvector"])
pr = nx.pagerank(P, weight="weight", **SETTINGS["pagerank"])
con = nx.constraint(P, weight="weight")
eff = nx.effective_size(P, weight="weight")
out = {
    "name": "davis-women-projection",
    "title": "Davis Southern Women: the women's projection, Newman collaboration weights",
    "generatedBy": "scripts/networkx_two_mode.py",
    "networkx": nx.__version__,
    "weights": {f"{u}|{v}": d["weight"] for u, v, d in sorted((min(a, b), max(a, b), d) for a, b, d in P.edges(data=True))},
    "weighted": {
        n: {
            "degree": P.degree(n),
            "strength": float(P.degree(n, weight="weight")),
            "betweenness": bet[n],
            "closeness": clo[n],
            "eigenvector": eig[n],
            "pagerank": pr[n],
            "constraint": con[n],
            "effective_size": eff[n],
        }
        for n in women
    },
}
with open(os.path.join(ROOT, "test", "fixtures", "two-mode", "davis-women-projection.json"), "w", encoding="utf-8") as f:
    json.dump(out, f, indent=1)
    f.write("\n")
print(len(women), "women,", P.number_of_edges(), "projected ties")
