#!/usr/bin/python3
"""Coalition Map - NetworkX reference values for the directed option (--directed).

EMON Texas (test/fixtures/datasets/emon_Texas_*.csv; strength = 5 - frequency) as a DiGraph: one
arc per row (parallel arcs in the same direction merged, strengths summed), plus Zachary's karate
club with every tie as two arcs (a check that undirected ties count both ways). Writes
test/fixtures/directed/<case>.json with, per node, NetworkX's directed betweenness (normalized,
distance = 1/strength when weighted), closeness (incoming distances, wf_improved) and PageRank
(weight = strength) - weighted and unweighted.

Run once (the tests do not need Python):  /usr/bin/python3 scripts/networkx_directed.py
"""
import csv
import json
import os

import networkx as nx

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DATA = os.path.join(ROOT, "test", "fixtures", "datasets")
OUT = os.path.join(ROOT, "test", "fixtures", "directed")
PR = {"alpha": 0.85, "max_iter": 100000, "tol": 1e-13}


def rows(name):
    with open(os.path.join(DATA, name), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def measures(G, weighted):
    H = G if weighted else nx.DiGraph(G.edges())
    H.add_nodes_from(G.nodes())
    d = "dist" if weighted else None
    w = "weight" if weighted else None
    bet = nx.betweenness_centrality(H, normalized=True, weight=d)
    clo = nx.closeness_centrality(H, distance=d)
    pr = nx.pagerank(H, weight=w, **PR)
    return {n: {"betweenness": bet[n], "closeness": clo[n], "pagerank": pr[n]} for n in sorted(G.nodes())}


def emon():
    G = nx.DiGraph()
    for r in rows("emon_Texas_vertices.csv"):
        G.add_node(r["id"])
    for r in rows("emon_Texas_edges.csv"):
        s, t = r["source"], r["target"]
        if s == t:
            continue
        x = 5.0 - float(r["frequency"])
        if G.has_edge(s, t):
            G[s][t]["weight"] += x
        else:
            G.add_edge(s, t, weight=x)
    return G


def karate():
    G = nx.DiGraph()
    for r in rows("karate_statnet_vertices.csv"):
        G.add_node(r["id"])
    for r in rows("karate_statnet_edges.csv"):
        s, t, x = r["source"], r["target"], float(r["contexts"])
        G.add_edge(s, t, weight=x)
        G.add_edge(t, s, weight=x)
    return G


os.makedirs(OUT, exist_ok=True)
for name, G in [("emon-texas", emon()), ("karate", karate())]:
    for u, v, dd in G.edges(data=True):
        dd["dist"] = 1.0 / dd["weight"]
    out = {"name": name, "generatedBy": "scripts/networkx_directed.py", "networkx": nx.__version__, "weighted": measures(G, True), "unweighted": measures(G, False)}
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1)
        f.write("\n")
    print(name, G.number_of_nodes(), "nodes", G.number_of_edges(), "arcs")
