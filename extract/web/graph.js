// A small interactive view of an entity's neighbourhood: nodes and edges on SVG, laid out by
// a simple force simulation (repulsion between nodes, springs along edges, a pull to the
// centre). Drag a node to move it, click to unfold its neighbours, double-click to open it.
"use strict";

(function () {
  const SVG = "http://www.w3.org/2000/svg";
  const MAX_NODES = 120;

  function svg(tag, attrs = {}) {
    const node = document.createElementNS(SVG, tag);
    for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
    return node;
  }

  function clip(text, length) { return text.length > length ? text.slice(0, length - 1) + "…" : text; }

  class NeighbourhoodGraph {
    // neighbours(iri) → [{source, predicate, target, label}]; describe(iris) → Map iri → {label, kind};
    // open(iri) shows a node's own page.
    constructor(container, { neighbours, describe, open }) {
      this.neighbours = neighbours;
      this.describe = describe;
      this.open = open;
      this.nodes = new Map();
      this.edges = new Map();
      // Drawn at the container's own size, so text keeps its size in CSS pixels.
      this.width = container.clientWidth || 800;
      this.height = container.clientHeight || 420;
      this.root = svg("svg", { viewBox: `0 0 ${this.width} ${this.height}`, role: "img", "aria-label": "neighbourhood graph" });
      this.edgeLayer = svg("g", { class: "edges" });
      this.nodeLayer = svg("g", { class: "nodes" });
      this.root.append(this.edgeLayer, this.nodeLayer);
      container.replaceChildren(this.root);
      this.alpha = 0;
      this.frame = null;
    }

    async start(iri) {
      this.addNode(iri, this.width / 2, this.height / 2).centre = true;
      await this.unfold(iri);
    }

    addNode(iri, x, y) {
      if (this.nodes.has(iri)) return this.nodes.get(iri);
      const node = { iri, x, y, vx: 0, vy: 0, pinned: false, unfolded: false, centre: false, label: iri, kind: "other" };
      node.group = svg("g", { class: "node" });
      node.circle = svg("circle", { r: 9 });
      node.text = svg("text", { x: 12, y: 4 });
      node.title = svg("title");
      node.group.append(node.title, node.circle, node.text);
      this.nodeLayer.append(node.group);
      this.listen(node);
      this.nodes.set(iri, node);
      return node;
    }

    async unfold(iri) {
      const from = this.nodes.get(iri);
      if (!from || from.unfolded) return;
      from.unfolded = true;
      const edges = await this.neighbours(iri);
      const fresh = [];
      const newcomers = new Set(edges.map((e) => (e.source === iri ? e.target : e.source)).filter((n) => !this.nodes.has(n)));
      const step = (Math.PI * 2) / Math.max(1, newcomers.size);
      for (const edge of edges) {
        const other = edge.source === iri ? edge.target : edge.source;
        if (!this.nodes.has(other)) {
          if (this.nodes.size >= MAX_NODES) continue;
          // Spread newcomers round their parent so the layout starts untangled.
          const angle = fresh.length * step + Math.random() * 0.2;
          this.addNode(other, from.x + Math.cos(angle) * 120, from.y + Math.sin(angle) * 100);
          fresh.push(other);
        }
        const key = `${edge.source} ${edge.predicate} ${edge.target}`;
        if (!this.edges.has(key)) {
          const line = svg("line");
          const label = svg("text", { class: "edge-label", "text-anchor": "middle" });
          label.textContent = edge.label;
          this.edgeLayer.append(line, label);
          this.edges.set(key, { source: this.nodes.get(edge.source), target: this.nodes.get(edge.target), line, label });
        }
      }
      const names = await this.describe([iri, ...fresh]);
      for (const [nodeIri, info] of names) {
        const node = this.nodes.get(nodeIri);
        if (!node) continue;
        node.label = info.label;
        node.kind = info.kind;
      }
      this.paintLabels();
      this.kick();
    }

    paintLabels() {
      for (const node of this.nodes.values()) {
        node.group.setAttribute("class", `node kind-${node.kind}${node.centre ? " centre" : ""}${node.unfolded ? " unfolded" : ""}`);
        node.group.dataset.iri = node.iri;
        node.text.textContent = clip(node.label, 30);
        node.title.textContent = `${node.label}\n${node.iri}`;
      }
    }

    listen(node) {
      let drag = null;
      node.group.addEventListener("pointerdown", (event) => {
        event.preventDefault();
        node.group.setPointerCapture(event.pointerId);
        drag = { x: event.clientX, y: event.clientY, moved: false };
        node.pinned = true;
      });
      node.group.addEventListener("pointermove", (event) => {
        if (!drag) return;
        if (Math.hypot(event.clientX - drag.x, event.clientY - drag.y) > 4) drag.moved = true;
        const point = this.toGraph(event);
        node.x = point.x;
        node.y = point.y;
        this.kick(0.3);
      });
      node.group.addEventListener("pointerup", () => {
        const clicked = drag && !drag.moved;
        drag = null;
        if (!node.centre) node.pinned = false;
        if (clicked) this.unfold(node.iri);
      });
      node.group.addEventListener("dblclick", () => this.open(node.iri));
    }

    toGraph(event) {
      const point = this.root.createSVGPoint();
      point.x = event.clientX;
      point.y = event.clientY;
      return point.matrixTransform(this.root.getScreenCTM().inverse());
    }

    kick(alpha = 1) {
      this.alpha = Math.max(this.alpha, alpha);
      if (!this.frame) this.frame = requestAnimationFrame(() => this.step());
    }

    step() {
      this.frame = null;
      const nodes = [...this.nodes.values()];
      const cx = this.width / 2, cy = this.height / 2;
      for (const a of nodes) {
        if (a.centre) a.pinned = true;
        for (const b of nodes) {
          if (a === b) continue;
          let dx = a.x - b.x, dy = a.y - b.y;
          let d2 = dx * dx + dy * dy;
          if (d2 < 1) { dx = Math.random() - 0.5; dy = Math.random() - 0.5; d2 = 1; }
          const push = 5000 / d2;
          a.vx += dx * push / Math.sqrt(d2) * this.alpha;
          a.vy += dy * push / Math.sqrt(d2) * this.alpha;
        }
        a.vx += (cx - a.x) * 0.004 * this.alpha;
        a.vy += (cy - a.y) * 0.004 * this.alpha;
      }
      for (const edge of this.edges.values()) {
        const dx = edge.target.x - edge.source.x, dy = edge.target.y - edge.source.y;
        const d = Math.max(1, Math.hypot(dx, dy));
        const pull = (d - 130) * 0.04 * this.alpha;
        edge.source.vx += dx / d * pull; edge.source.vy += dy / d * pull;
        edge.target.vx -= dx / d * pull; edge.target.vy -= dy / d * pull;
      }
      for (const node of nodes) {
        if (node.pinned) { node.vx = node.vy = 0; continue; }
        node.vx *= 0.6; node.vy *= 0.6;
        node.x = Math.min(this.width - 20, Math.max(20, node.x + node.vx));
        node.y = Math.min(this.height - 15, Math.max(15, node.y + node.vy));
      }
      this.draw();
      this.alpha *= 0.97;
      if (this.alpha > 0.02) this.kick(0);
    }

    draw() {
      for (const node of this.nodes.values()) node.group.setAttribute("transform", `translate(${node.x.toFixed(1)},${node.y.toFixed(1)})`);
      for (const edge of this.edges.values()) {
        edge.line.setAttribute("x1", edge.source.x.toFixed(1));
        edge.line.setAttribute("y1", edge.source.y.toFixed(1));
        edge.line.setAttribute("x2", edge.target.x.toFixed(1));
        edge.line.setAttribute("y2", edge.target.y.toFixed(1));
        edge.label.setAttribute("x", ((edge.source.x + edge.target.x) / 2).toFixed(1));
        edge.label.setAttribute("y", ((edge.source.y + edge.target.y) / 2 - 3).toFixed(1));
      }
    }
  }

  window.NeighbourhoodGraph = NeighbourhoodGraph;
})();
