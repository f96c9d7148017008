"""Pictures of the entity network: a PNG (matplotlib) and a standalone interactive HTML page."""

from __future__ import annotations

import html
import json
import math
import os
from pathlib import Path

import networkx as nx

from .files import atomic_path
from .network import NetworkError, collapse, find, neighbourhood

KIND_COLOURS = {"Organization": "#1f77b4", "Person": "#2ca02c", "Place": "#ff7f0e"}
OTHER_COLOUR = "#8c8c8c"
RELATION_COLOURS = {
    "invests": "#d62728",
    "partner": "#9467bd",
    "role": "#2ca02c",
    "subsidiaryOf": "#17becf",
    "locatedIn": "#bcbd22",
}
FOCUS_RADIUS = 2
MAX_NODES = 1000


def subject(graph: nx.MultiDiGraph, focus: str | None = None, max_nodes: int = MAX_NODES) -> nx.MultiDiGraph:
    """What a picture shows: the neighbourhood (radius 2) of the entities labelled ``focus``,
    else every linked entity. Entities without links are left out (they would only scatter
    dots around the picture), and past ``max_nodes`` only the best-connected are kept."""
    if focus:
        return neighbourhood(graph, focus, FOCUS_RADIUS)
    linked = [n for n, d in graph.degree() if d]
    if len(linked) > max_nodes:
        linked = sorted(linked, key=lambda n: (-graph.degree(n), n))[:max_nodes]
    shown = graph.subgraph(linked).copy()
    shown.remove_nodes_from([n for n, d in shown.degree() if not d])
    if not shown.number_of_nodes():
        raise NetworkError("nothing to draw: the graph has no links between entities")
    return shown


def layout(graph: nx.MultiDiGraph, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Force-directed positions in [-1, 1]², the same for the same graph."""
    if len(graph) <= 1:
        return {node: (0.0, 0.0) for node in graph}
    positions = nx.spring_layout(collapse(graph), seed=seed, weight="weight")
    return {node: (float(x), float(y)) for node, (x, y) in positions.items()}


def _label(graph: nx.MultiDiGraph, node: str) -> str:
    return graph.nodes[node].get("label", node)


def _title(graph: nx.MultiDiGraph, focus: str | None) -> str:
    if not focus:
        return "newskg entity network"
    # The entity's own spelling, not whatever case the user typed.
    return "neighbourhood of " + ", ".join(sorted({_label(graph, n) for n in find(graph, focus)}))


def draw_png(graph: nx.MultiDiGraph, path: str | os.PathLike, focus: str | None = None, *, labels: int = 30) -> Path:
    """Draw the network (or ``focus``'s neighbourhood) to a PNG: nodes coloured by kind and
    sized by degree, links coloured by relation, the ``labels`` best-connected named."""
    from matplotlib import patheffects
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.collections import LineCollection
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    shown = subject(graph, focus)
    position = layout(shown)
    nodes = list(shown)
    degree = {n: shown.nodes[n].get("degree", shown.degree(n)) for n in nodes}

    # A Figure of its own on the Agg canvas: no pyplot, so no GUI backend and no global state.
    figure = Figure(figsize=(14, 10), dpi=150)
    FigureCanvasAgg(figure)
    axes = figure.add_axes((0.01, 0.01, 0.98, 0.94))
    axes.set_axis_off()

    segments, colours = [], []
    for source, target, relation in shown.edges(data="relation"):
        segments.append((position[source], position[target]))
        colours.append(RELATION_COLOURS.get(relation, OTHER_COLOUR))
    axes.add_collection(LineCollection(segments, colors=colours, linewidths=0.7, alpha=0.45, zorder=1))
    axes.scatter(
        [position[n][0] for n in nodes], [position[n][1] for n in nodes],
        s=[12 + 10 * math.sqrt(degree[n]) for n in nodes],
        c=[KIND_COLOURS.get(shown.nodes[n].get("kind"), OTHER_COLOUR) for n in nodes],
        edgecolors="white", linewidths=0.4, zorder=2,
    )

    focused = set()
    if focus:
        focused = set(find(graph, focus))
    named = sorted(nodes, key=lambda n: (-degree[n], n))[:labels]
    for node in set(named) | focused:
        x, y = position[node]
        text = axes.text(x, y, " " + _label(shown, node), fontsize=9 if node in focused else 6.5,
                         fontweight="bold" if node in focused else "normal", zorder=3, va="center")
        text.set_path_effects([patheffects.withStroke(linewidth=2.5, foreground="white")])

    handles = [Line2D([], [], marker="o", linestyle="", color=colour, label=kind) for kind, colour in KIND_COLOURS.items()]
    handles += [Line2D([], [], color=colour, label=relation) for relation, colour in RELATION_COLOURS.items()]
    axes.legend(handles=handles, loc="lower left", fontsize=8, frameon=False)
    axes.set_title(f"{_title(graph, focus)}: {shown.number_of_nodes()} entities, {shown.number_of_edges()} links", fontsize=11)
    axes.margins(x=0.08, y=0.03)

    with atomic_path(path) as temporary:
        figure.savefig(temporary, format="png", facecolor="white")
    return Path(path)


def draw_html(graph: nx.MultiDiGraph, path: str | os.PathLike, focus: str | None = None) -> Path:
    """Write one self-contained HTML page (no external assets, works offline) with the
    network on a canvas: drag nodes, pan, zoom with the wheel, hover or click for details,
    search by name."""
    shown = subject(graph, focus)
    position = layout(shown)
    nodes = sorted(shown)
    index = {node: i for i, node in enumerate(nodes)}
    focused = []
    if focus:
        focused = [index[n] for n in find(graph, focus) if n in index]
    # The page's own force simulation starts from these positions, spread to its scale.
    scale = 20 * math.sqrt(len(nodes)) + 100
    data = {
        "title": _title(graph, focus),
        "focus": focused,
        "kinds": KIND_COLOURS,
        "relations": RELATION_COLOURS,
        "nodes": [
            {
                "id": node,
                **{k: v for k, v in shown.nodes[node].items() if k in ("label", "kind", "class", "country", "degree")},
                "x": round(position[node][0] * scale, 1),
                "y": round(position[node][1] * scale, 1),
            }
            for node in nodes
        ],
        "edges": [
            {"s": index[source], "t": index[target], **{k: v for k, v in attributes.items() if k != "articles"},
             "articles": len(attributes.get("articles", "").split())}
            for source, target, attributes in shown.edges(data=True)
        ],
    }
    # "<" escaped so no label can close the script element it travels in.
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
    page = _PAGE.replace("%TITLE%", html.escape(data["title"])).replace("%DATA%", payload)
    with atomic_path(path) as temporary:
        temporary.write_text(page, encoding="utf-8")
    return Path(path)


_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%TITLE%</title>
<style>
  html, body { margin: 0; height: 100%; overflow: hidden; font: 13px system-ui, sans-serif; background: #fafafa; }
  canvas { display: block; width: 100vw; height: 100vh; cursor: grab; }
  canvas.dragging { cursor: grabbing; }
  .panel { position: absolute; background: rgba(255,255,255,0.93); border: 1px solid #ddd; border-radius: 6px;
           padding: 8px 10px; box-shadow: 0 1px 4px rgba(0,0,0,0.08); }
  #top { top: 10px; left: 10px; }
  #top h1 { font-size: 14px; margin: 0 0 6px; }
  #top input { width: 220px; padding: 3px 5px; }
  #legend { bottom: 10px; left: 10px; line-height: 1.6; }
  .swatch { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-right: 5px; }
  .line { display: inline-block; width: 14px; height: 3px; margin: 0 5px 2px 0; vertical-align: middle; }
  #info { top: 10px; right: 10px; width: 330px; max-height: calc(100vh - 40px); overflow: auto; display: none; }
  #info h2 { font-size: 14px; margin: 0 0 4px; }
  #info .meta { color: #555; margin-bottom: 6px; word-break: break-all; }
  #info li { margin: 2px 0; cursor: pointer; }
  #info ul { padding-left: 16px; margin: 4px 0; }
  #tip { position: absolute; pointer-events: none; display: none; padding: 4px 7px; background: #222; color: #fff;
         border-radius: 4px; font-size: 12px; white-space: nowrap; }
</style>
</head>
<body>
<canvas id="view"></canvas>
<div class="panel" id="top"><h1 id="heading"></h1>
  <input id="search" type="search" placeholder="find an entity…" autocomplete="off">
  <div id="counts" style="color:#666;margin-top:4px"></div></div>
<div class="panel" id="legend"></div>
<div class="panel" id="info"></div>
<div id="tip"></div>
<script id="graph-data" type="application/json">%DATA%</script>
<script>
"use strict";
const data = JSON.parse(document.getElementById("graph-data").textContent);
const canvas = document.getElementById("view");
const ctx = canvas.getContext("2d");
const tip = document.getElementById("tip");
const info = document.getElementById("info");
const OTHER = "#8c8c8c";
const nodes = data.nodes, edges = data.edges;

nodes.forEach(n => { n.vx = 0; n.vy = 0; n.r = 3 + 2 * Math.sqrt(n.degree || 0); n.links = []; });
edges.forEach(e => { e.source = nodes[e.s]; e.target = nodes[e.t]; e.source.links.push(e); e.target.links.push(e); });
const labelled = new Set(nodes.slice().sort((a, b) => (b.degree || 0) - (a.degree || 0)).slice(0, 25));
data.focus.forEach(i => labelled.add(nodes[i]));

function el(tag, text, attrs) {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  Object.assign(e, attrs || {});
  return e;
}
document.getElementById("heading").textContent = data.title;
document.getElementById("counts").textContent = nodes.length + " entities, " + edges.length + " links";
const legend = document.getElementById("legend");
for (const [kind, colour] of Object.entries(data.kinds)) {
  const row = el("div"); row.append(el("span", "", {className: "swatch"}), kind);
  row.firstChild.style.background = colour; legend.append(row);
}
for (const [relation, colour] of Object.entries(data.relations)) {
  const row = el("div"); row.append(el("span", "", {className: "line"}), relation);
  row.firstChild.style.background = colour; legend.append(row);
}

// --- force simulation (repulsion between all pairs, springs on links, a pull to the centre)
let alpha = 0.3, heat = 0;
const LINK = 40, REPEL = 60, SPRING = 0.25, CENTRE = 0.015, FRICTION = 0.6;
function tick() {
  for (let i = 0; i < nodes.length; i++) {
    const a = nodes[i];
    for (let j = i + 1; j < nodes.length; j++) {
      const b = nodes[j];
      let dx = b.x - a.x, dy = b.y - a.y, d2 = dx * dx + dy * dy;
      if (d2 > 250000) continue;
      if (d2 < 1) { dx = Math.random() - 0.5; dy = Math.random() - 0.5; d2 = 1; }
      const f = REPEL * alpha / d2;
      a.vx -= dx * f; a.vy -= dy * f; b.vx += dx * f; b.vy += dy * f;
    }
  }
  for (const e of edges) {
    const a = e.source, b = e.target;
    if (a === b) continue;
    const dx = b.x - a.x, dy = b.y - a.y, d = Math.sqrt(dx * dx + dy * dy) || 1;
    const f = (d - LINK) / d * SPRING * alpha / Math.max(1, Math.min(a.links.length, b.links.length));
    a.vx += dx * f; a.vy += dy * f; b.vx -= dx * f; b.vy -= dy * f;
  }
  for (const n of nodes) {
    n.vx -= n.x * CENTRE * alpha; n.vy -= n.y * CENTRE * alpha;
    if (n === dragged) { n.vx = n.vy = 0; continue; }
    n.vx *= FRICTION; n.vy *= FRICTION; n.x += n.vx; n.y += n.vy;
  }
  alpha += (heat - alpha) * 0.02;
}

// --- view: translate + zoom, screen <-> world
const view = {x: 0, y: 0, k: 1};
let width = 0, height = 0, dirty = true;
function resize() {
  const ratio = window.devicePixelRatio || 1;
  width = canvas.clientWidth; height = canvas.clientHeight;
  canvas.width = width * ratio; canvas.height = height * ratio;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  dirty = true;
}
function fit() {
  let extent = 1;
  for (const n of nodes) extent = Math.max(extent, Math.abs(n.x), Math.abs(n.y));
  view.k = Math.min(width, height) / (2.2 * extent); view.x = 0; view.y = 0;
}
function toWorld(px, py) { return [(px - width / 2 - view.x) / view.k, (py - height / 2 - view.y) / view.k]; }
function nodeAt(px, py) {
  const [x, y] = toWorld(px, py);
  let best = null, bestD = Infinity;
  for (const n of nodes) {
    const d = Math.hypot(n.x - x, n.y - y);
    if (d < n.r + 4 / view.k && d < bestD) { best = n; bestD = d; }
  }
  return best;
}

let hovered = null, selected = null, dragged = null, panning = null, moved = false;
function near(n) {
  const focus = hovered || selected;
  if (!focus) return true;
  return n === focus || focus.links.some(e => e.source === n || e.target === n);
}
function draw() {
  ctx.save();
  ctx.clearRect(0, 0, width, height);
  ctx.translate(width / 2 + view.x, height / 2 + view.y);
  ctx.scale(view.k, view.k);
  const focus = hovered || selected;
  ctx.lineWidth = 1 / view.k;
  for (const e of edges) {
    const lit = focus && (e.source === focus || e.target === focus);
    ctx.globalAlpha = focus ? (lit ? 0.9 : 0.08) : 0.4;
    ctx.strokeStyle = data.relations[e.relation] || OTHER;
    ctx.lineWidth = (lit ? 2 : 1) / view.k;
    ctx.beginPath(); ctx.moveTo(e.source.x, e.source.y); ctx.lineTo(e.target.x, e.target.y); ctx.stroke();
  }
  for (const n of nodes) {
    ctx.globalAlpha = near(n) ? 1 : 0.2;
    ctx.fillStyle = data.kinds[n.kind] || OTHER;
    ctx.beginPath(); ctx.arc(n.x, n.y, n.r, 0, 2 * Math.PI); ctx.fill();
    ctx.lineWidth = (n === selected ? 2.5 : 0.8) / view.k; ctx.strokeStyle = n === selected ? "#000" : "#fff"; ctx.stroke();
  }
  ctx.globalAlpha = 1;
  ctx.font = (11 / view.k) + "px system-ui, sans-serif";
  ctx.textBaseline = "middle";
  ctx.lineWidth = 3 / view.k; ctx.strokeStyle = "rgba(255,255,255,0.9)"; ctx.fillStyle = "#222";
  for (const n of nodes) {
    const show = focus ? near(n) : (labelled.has(n) || view.k > 2.5);
    if (!show) continue;
    const x = n.x + n.r + 2 / view.k;
    ctx.strokeText(n.label, x, n.y); ctx.fillText(n.label, x, n.y);
  }
  ctx.restore();
}

function describe(e, from) {
  const out = e.source === from;
  const other = out ? e.target : e.source;
  const parts = [];
  if (e.amount !== undefined) parts.push(Math.round(e.amount).toLocaleString("en") + " " + (e.currency || ""));
  if (e.facility) parts.push(e.facility);
  if (e.year) parts.push("from " + e.year);
  if (e.title) parts.push(e.title);
  const arrow = out ? e.relation + " \\u2192 " : "\\u2190 " + e.relation + " ";
  return [arrow + other.label + (parts.length ? " (" + parts.join(", ") + ")" : ""), other];
}
function showInfo(n) {
  info.replaceChildren();
  if (!n) { info.style.display = "none"; return; }
  info.style.display = "block";
  info.append(el("h2", n.label));
  const kind = n.class && n.class !== n.kind ? n.kind + " \\u00b7 " + n.class : n.kind;
  info.append(el("div", kind + (n.country ? " \\u00b7 " + n.country : "") + " \\u00b7 degree " + n.degree, {className: "meta"}));
  info.append(el("div", n.id, {className: "meta"}));
  const list = el("ul");
  for (const e of n.links) {
    const [text, other] = describe(e, n);
    const item = el("li", text);
    item.style.color = data.relations[e.relation] || OTHER;
    item.addEventListener("click", () => select(other, true));
    list.append(item);
  }
  info.append(list);
}
function select(n, centre) {
  selected = n; showInfo(n);
  if (n && centre) { view.x = -n.x * view.k; view.y = -n.y * view.k; }
  dirty = true;
}

canvas.addEventListener("mousedown", ev => {
  moved = false;
  const n = nodeAt(ev.offsetX, ev.offsetY);
  if (n) { dragged = n; heat = 0.3; alpha = Math.max(alpha, 0.1); }
  else panning = {x: ev.offsetX - view.x, y: ev.offsetY - view.y};
  canvas.classList.add("dragging");
});
window.addEventListener("mousemove", ev => {
  const r = canvas.getBoundingClientRect();
  const px = ev.clientX - r.left, py = ev.clientY - r.top;
  if (dragged) { moved = true; [dragged.x, dragged.y] = toWorld(px, py); dirty = true; return; }
  if (panning) { moved = true; view.x = px - panning.x; view.y = py - panning.y; dirty = true; return; }
  const n = nodeAt(px, py);
  if (n !== hovered) { hovered = n; dirty = true; }
  if (n) {
    tip.style.display = "block";
    tip.style.left = (px + 12) + "px"; tip.style.top = (py + 12) + "px";
    tip.textContent = n.label + " \\u2014 " + (n.class || n.kind) + (n.country ? ", " + n.country : "");
  } else tip.style.display = "none";
});
window.addEventListener("mouseup", ev => {
  if (!moved && (dragged || panning)) select(dragged, false);
  dragged = null; panning = null; heat = 0;
  canvas.classList.remove("dragging");
});
canvas.addEventListener("wheel", ev => {
  ev.preventDefault();
  const factor = Math.exp(-ev.deltaY * 0.0015);
  const k = Math.min(40, Math.max(0.02, view.k * factor));
  const [wx, wy] = toWorld(ev.offsetX, ev.offsetY);
  view.k = k;
  view.x = ev.offsetX - width / 2 - wx * k; view.y = ev.offsetY - height / 2 - wy * k;
  dirty = true;
}, {passive: false});
canvas.addEventListener("mouseleave", () => { hovered = null; tip.style.display = "none"; dirty = true; });
document.getElementById("search").addEventListener("keydown", ev => {
  if (ev.key !== "Enter") return;
  const wanted = ev.target.value.trim().toLowerCase();
  if (!wanted) { select(null); return; }
  const hit = nodes.find(n => n.label.toLowerCase() === wanted) || nodes.find(n => n.label.toLowerCase().includes(wanted));
  if (hit) select(hit, true);
});
window.addEventListener("resize", resize);

resize(); fit();
if (data.focus.length) select(nodes[data.focus[0]], false);
function frame() {
  if (alpha > 0.002 || dragged) { tick(); dirty = true; }
  if (dirty) { draw(); dirty = false; }
  requestAnimationFrame(frame);
}
requestAnimationFrame(frame);
</script>
</body>
</html>
"""
