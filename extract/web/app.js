// The newskg web page: a query editor, entity pages and article pages, all built in the
// browser from SPARQL answers of this server's /sparql endpoint. Nothing is loaded from
// elsewhere, and data is only ever put in the page as text (never as HTML).
"use strict";

let PREFIXES = {};
const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const NKG = "https://w3id.org/newskg/ontology#";
const KINDS = [  // core class → CSS kind, heading
  [NKG + "Organization", "org", "Organisations"],
  [NKG + "Person", "person", "People"],
  [NKG + "Place", "place", "Places"],
  [NKG + "Investment", "investment", "Investments"],
  ["http://www.w3.org/ns/org#Membership", "membership", "Roles"],
  [NKG + "Article", "article", "Articles"],
];

// ---------------------------------------------------------------------------------------
// Small helpers

function $(selector) { return document.querySelector(selector); }

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") node.className = value;
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child !== undefined && child !== null) node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

function params() { return new URLSearchParams(location.search); }
function entityHref(iri) { return "/entity?iri=" + encodeURIComponent(iri); }
function articleHref(iri) { return "/article?iri=" + encodeURIComponent(iri); }
function isIri(text) { return typeof text === "string" && /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|^`\\]*$/.test(text); }
function iriRef(iri) {
  if (!isIri(iri)) throw new Error(`not an IRI: ${iri}`);
  return `<${iri}>`;
}
function sparqlString(text) {
  return '"' + text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n").replace(/\r/g, "\\r") + '"';
}
function escapeRegExp(text) { return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }

function shortIri(iri) {
  let best = null;
  for (const [prefix, ns] of Object.entries(PREFIXES)) {
    if (iri.startsWith(ns) && iri.length > ns.length && (!best || ns.length > best[1].length)) best = [prefix, ns];
  }
  return best ? `${best[0]}:${iri.slice(best[1].length)}` : iri;
}
function localName(iri) {
  const match = iri.match(/[^/#:]+$/);
  return match ? match[0] : iri;
}
function formatAmount(value, currency) {
  const number = Number(value);
  const shown = Number.isFinite(number) ? number.toLocaleString("en") : value;
  return currency ? `${shown} ${currency}` : shown;
}

// replaceChildren, leaving out the parts a page decided not to show (null).
function fill(container, ...children) {
  container.replaceChildren(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
}

function showError(container, error) {
  container.replaceChildren(el("p", { class: "error" }, error && error.message ? error.message : String(error)));
}

function markReady() { document.body.dataset.ready = "1"; }

// ---------------------------------------------------------------------------------------
// Talking to the server

async function loadConfig() {
  const response = await fetch("/api/config");
  if (!response.ok) throw new Error(`cannot load the page's settings (${response.status})`);
  const config = await response.json();
  PREFIXES = config.prefixes;
  return config;
}

function prologue() {
  return Object.entries(PREFIXES).map(([prefix, ns]) => `PREFIX ${prefix}: <${ns}>`).join("\n") + "\n";
}

// POST a query; the answer's text, media type and the row cap it hit (if any).
async function sparql(query, accept = "application/sparql-results+json") {
  const response = await fetch("/sparql", {
    method: "POST",
    headers: { "Content-Type": "application/sparql-query", Accept: accept },
    body: query,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(text.trim() || `${response.status} ${response.statusText}`);
  return {
    type: (response.headers.get("Content-Type") || "").split(";")[0].trim(),
    text,
    truncated: response.headers.get("X-Newskg-Truncated"),
  };
}

// A SELECT with our prefixes; its bindings.
async function select(query) {
  const answer = await sparql(prologue() + query);
  return JSON.parse(answer.text).results.bindings;
}

function value(row, name) { return row[name] ? row[name].value : undefined; }

// Display names for nodes: labels, and readable summaries for investments and memberships.
async function describeNodes(iris) {
  const wanted = [...new Set(iris)].filter(isIri);
  const out = new Map();
  for (let i = 0; i < wanted.length; i += 200) {
    for (const [iri, info] of await describeSome(wanted.slice(i, i + 200))) out.set(iri, info);
  }
  return out;
}

async function describeSome(wanted) {
  const out = new Map();
  const rows = await select(`SELECT ?x ?label ?type ?value ?currency ?facility ?place ?member ?role ?org WHERE {
    VALUES ?x { ${wanted.map(iriRef).join(" ")} }
    OPTIONAL { ?x rdfs:label|skos:prefLabel|schema:headline ?label }
    OPTIONAL { ?x a ?type }
    OPTIONAL { ?x nkg:amount ?m . ?m schema:value ?value . OPTIONAL { ?m schema:currency ?currency } }
    OPTIONAL { ?x nkg:facilityType/skos:prefLabel ?facility }
    OPTIONAL { ?x nkg:location/rdfs:label ?place }
    OPTIONAL { ?x org:member/rdfs:label ?member }
    OPTIONAL { ?x org:role/rdfs:label ?role }
    OPTIONAL { ?x org:organization/rdfs:label ?org }
  }`);
  const facts = new Map();
  for (const row of rows) {
    const iri = value(row, "x");
    if (!facts.has(iri)) facts.set(iri, { types: new Set() });
    const fact = facts.get(iri);
    if (row.type) fact.types.add(row.type.value);
    for (const name of ["label", "value", "currency", "facility", "place", "member", "role", "org"]) {
      if (row[name] && fact[name] === undefined) fact[name] = row[name].value;
    }
  }
  for (const iri of wanted) {
    const fact = facts.get(iri) || { types: new Set() };
    const kindEntry = KINDS.find(([type]) => fact.types.has(type));
    const kind = kindEntry ? kindEntry[1] : "other";
    let label = fact.label;
    if (!label && kind === "investment") {
      const parts = [fact.value !== undefined ? formatAmount(fact.value, fact.currency) : null, fact.facility, fact.place && `in ${fact.place}`];
      label = "investment: " + (parts.filter(Boolean).join(" · ") || localName(iri));
    } else if (!label && kind === "membership") {
      label = `${fact.member || "?"}, ${fact.role || "member"}${fact.org ? " of " + fact.org : ""}`;
    }
    out.set(iri, { label: label || shortIri(iri), kind, types: [...fact.types] });
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Showing RDF terms

function termNode(term, names) {
  if (term.type === "uri") {
    const known = names && names.get(term.value);
    return el("a", { href: entityHref(term.value), title: term.value, class: "iri" }, known ? known.label : shortIri(term.value));
  }
  if (term.type === "bnode") return el("span", { class: "bnode" }, "_:" + term.value);
  const title = term["xml:lang"] ? "@" + term["xml:lang"] : term.datatype ? shortIri(term.datatype) : "string";
  return el("span", { class: "literal", title }, term.value);
}

function isPlainString(term) {
  return term && term.type === "literal" && !term["xml:lang"] &&
    (!term.datatype || term.datatype === "http://www.w3.org/2001/XMLSchema#string");
}

// N-Triples (what CONSTRUCT answers come as) to SPARQL-JSON-like terms.
function unescapeNT(text) {
  return text.replace(/\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))/g, (_, u4, u8, c) => {
    if (u4 || u8) return String.fromCodePoint(parseInt(u4 || u8, 16));
    return { t: "\t", b: "\b", n: "\n", r: "\r", f: "\f" }[c] ?? c;
  });
}
function parseNTriples(text) {
  const token = /\s*(<[^>]*>|_:[^\s]+|"(?:[^"\\]|\\.)*"(?:@[A-Za-z0-9-]+|\^\^<[^>]*>)?)/y;
  const triples = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    token.lastIndex = 0;
    const terms = [];
    for (let i = 0; i < 3; i++) {
      const match = token.exec(line);
      if (!match) break;
      const raw = match[1];
      if (raw.startsWith("<")) terms.push({ type: "uri", value: unescapeNT(raw.slice(1, -1)) });
      else if (raw.startsWith("_:")) terms.push({ type: "bnode", value: raw.slice(2) });
      else {
        const end = raw.lastIndexOf('"');
        const term = { type: "literal", value: unescapeNT(raw.slice(1, end)) };
        const rest = raw.slice(end + 1);
        if (rest.startsWith("@")) term["xml:lang"] = rest.slice(1);
        else if (rest.startsWith("^^")) term.datatype = rest.slice(3, -1);
        terms.push(term);
      }
    }
    if (terms.length === 3) triples.push({ subject: terms[0], predicate: terms[1], object: terms[2] });
  }
  return triples;
}

function resultsTable(variables, rows) {
  const table = el("table", { class: "results" },
    el("thead", {}, el("tr", {}, variables.map((v) => el("th", { scope: "col" }, v)))));
  const body = el("tbody");
  for (const row of rows) {
    body.append(el("tr", {}, variables.map((v) => {
      const cell = el("td");
      if (row[v]) {
        cell.append(termNode(row[v]));
        if (isPlainString(row[v])) cell.dataset.text = row[v].value;
      }
      return cell;
    })));
  }
  table.append(body);
  return table;
}

// Plain-string cells that are some entity's name become links to that entity.
async function linkNames(table) {
  const cells = [...table.querySelectorAll("td[data-text]")];
  const texts = [...new Set(cells.map((c) => c.dataset.text))].filter((t) => t.length && t.length <= 200).slice(0, 200);
  if (!texts.length) return;
  const rows = await select(`SELECT DISTINCT ?text ?e WHERE {
    VALUES ?text { ${texts.map(sparqlString).join(" ")} }
    ?e rdfs:label|skos:altLabel ?text .
  }`);
  const named = new Map();
  for (const row of rows) {
    if (!named.has(row.text.value)) named.set(row.text.value, new Set());
    named.get(row.text.value).add(row.e.value);
  }
  for (const cell of cells) {
    const found = named.get(cell.dataset.text);
    if (!found) continue;
    const href = found.size === 1 ? entityHref([...found][0]) : "/entity?label=" + encodeURIComponent(cell.dataset.text);
    cell.replaceChildren(el("a", { href, class: "label-link", title: [...found].join("\n") }, cell.dataset.text));
  }
}

// ---------------------------------------------------------------------------------------
// The query page

async function queryPage() {
  const config = await loadConfig();
  const named = $("#named"), editor = $("#query"), run = $("#run"), status = $("#status"), results = $("#results");
  const description = $("#description");
  let queries = [];
  try {
    queries = await (await fetch("/api/queries")).json();
  } catch (error) {
    description.textContent = "named queries unavailable";
  }
  for (const q of queries) named.append(el("option", { value: q.name, title: q.description }, `${q.name}: ${q.description}`));
  named.addEventListener("change", () => {
    const chosen = queries.find((q) => q.name === named.value);
    if (!chosen) return;
    editor.value = chosen.query;
    description.textContent = chosen.description;
  });

  async function runQuery() {
    const started = performance.now();
    run.disabled = true;
    status.textContent = "running…";
    delete document.body.dataset.ready;
    try {
      const answer = await sparql(editor.value, "application/sparql-results+json, application/n-triples;q=0.9");
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      let count, table = null;
      if (answer.type === "application/n-triples") {
        const triples = parseNTriples(answer.text);
        count = triples.length;
        table = resultsTable(["subject", "predicate", "object"], triples);
        results.replaceChildren(el("div", { class: "results-wrap" }, table));
      } else {
        const data = JSON.parse(answer.text);
        if (typeof data.boolean === "boolean") {
          count = 1;
          results.replaceChildren(el("p", { class: "answer" }, data.boolean ? "yes" : "no"));
        } else {
          count = data.results.bindings.length;
          table = resultsTable(data.head.vars, data.results.bindings);
          results.replaceChildren(el("div", { class: "results-wrap" }, table));
        }
      }
      status.replaceChildren(`${count} ${answer.type === "application/n-triples" ? "triple" : "row"}${count === 1 ? "" : "s"} in ${seconds} s`);
      if (answer.truncated) {
        status.append(" · ", el("span", { class: "warn" }, `cut at ${answer.truncated} (the server's limit; add LIMIT/OFFSET to page)`));
      }
      if (table) await linkNames(table).catch(() => {});
    } catch (error) {
      status.textContent = "the query failed";
      showError(results, error);
    } finally {
      run.disabled = false;
      markReady();
    }
  }

  run.addEventListener("click", runQuery);
  editor.addEventListener("keydown", (event) => {
    if ((event.ctrlKey || event.metaKey) && event.key === "Enter") {
      event.preventDefault();
      runQuery();
    }
  });

  const start = params();
  if (start.get("query")) {
    editor.value = start.get("query");
    runQuery();
    return;
  }
  const first = queries.find((q) => q.name === start.get("name")) || queries.find((q) => q.name === "investments") || queries[0];
  if (first) {
    named.value = first.name;
    named.dispatchEvent(new Event("change"));
  } else {
    editor.value = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 20";
  }
  if (start.get("name") && first) runQuery();
  else markReady();
  status.textContent = `Queries run over the merged view of all articles; limits: ${config.timeout} s, ${config.max_rows} rows.`;
}

// ---------------------------------------------------------------------------------------
// The entity page

async function resolveLabel(label, head) {
  const rows = await select(`SELECT DISTINCT ?e ?name WHERE {
    ?e rdfs:label|skos:altLabel ?text .
    FILTER(LCASE(STR(?text)) = LCASE(${sparqlString(label)}))
    OPTIONAL { ?e rdfs:label ?name }
  } LIMIT 50`);
  let found = rows;
  let heading = `Entities called “${label}”`;
  if (!found.length) {
    found = await select(`SELECT DISTINCT ?e ?name WHERE {
      ?e rdfs:label ?name . FILTER(CONTAINS(LCASE(STR(?name)), LCASE(${sparqlString(label)})))
    } ORDER BY ?name LIMIT 50`);
    heading = found.length ? `Nothing is called “${label}”; names containing it:` : `Nothing is called “${label}”.`;
  }
  const iris = [...new Set(found.map((row) => row.e.value))];
  if (iris.length === 1) return iris[0];
  const names = await describeNodes(iris);
  fill(head, el("h1", {}, heading), el("ul", { class: "articles" }, iris.map((iri) => {
    const info = names.get(iri);
    return el("li", {}, el("a", { href: entityHref(iri) }, info.label), " ", el("span", { class: "muted" }, info.kind));
  })));
  return null;
}

function highlightLabels(text, forms) {
  const usable = [...forms].filter((f) => f && f.length > 1).sort((a, b) => b.length - a.length);
  if (!usable.length) return [text];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${usable.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}])`, "gu");
  const parts = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    parts.push(text.slice(last, match.index), el("mark", {}, match[0]));
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return parts;
}

async function entityPage() {
  await loadConfig();
  const head = $("#head");
  const start = params();
  let iri = start.get("iri");
  if (!iri && start.get("label")) {
    iri = await resolveLabel(start.get("label").trim(), head);
    if (!iri) return markReady();
    history.replaceState(null, "", entityHref(iri));
  }
  if (!isIri(iri)) {
    fill(head, el("p", { class: "error" }, "Give an entity as /entity?iri=… or /entity?label=…"));
    return markReady();
  }
  const me = iriRef(iri);
  const [outgoing, incoming, evidence, articles] = await Promise.all([
    select(`SELECT ?p ?o WHERE { ${me} ?p ?o } ORDER BY ?p ?o LIMIT 1000`),
    select(`SELECT ?s ?p WHERE { ?s ?p ${me} } ORDER BY ?p ?s LIMIT 500`),
    select(`SELECT DISTINCT ?node ?evidence ?article ?headline ?source WHERE {
      { ?node ?p ${me} } UNION { BIND(${me} AS ?node) }
      ?node nkg:evidence ?evidence .
      OPTIONAL { ?node prov:wasDerivedFrom ?article .
                 OPTIONAL { ?article schema:headline ?headline } OPTIONAL { ?article dcterms:source ?source } }
    } LIMIT 200`),
    select(`SELECT DISTINCT ?article ?headline ?source ?date WHERE {
      { ?article schema:mentions ${me} } UNION { ${me} prov:wasDerivedFrom ?article }
      UNION { ?n ?p ${me} . ?n prov:wasDerivedFrom ?article }
      ?article a nkg:Article .
      OPTIONAL { ?article schema:headline ?headline } OPTIONAL { ?article dcterms:source ?source }
      OPTIONAL { ?article schema:datePublished ?date }
    } ORDER BY DESC(?date) LIMIT 200`),
  ]);
  const mentioned = [iri, ...outgoing.filter((r) => r.o.type === "uri").map((r) => r.o.value),
    ...incoming.map((r) => r.s.value), ...evidence.map((r) => value(r, "node"))];
  const names = await describeNodes(mentioned);
  const subject = names.get(iri);

  // Head: name, types, IRI, other names.
  const types = outgoing.filter((r) => r.p.value === RDF_TYPE).map((r) => r.o.value);
  const alt = outgoing.filter((r) => r.p.value.endsWith("core#altLabel")).map((r) => r.o.value);
  document.title = `newskg · ${subject.label}`;
  fill(head,
    el("h1", { class: `kind-${subject.kind}` }, subject.label),
    el("div", { class: "chips" }, types.map((t) => el("span", { class: "chip", title: t }, shortIri(t)))),
    alt.length ? el("p", { class: "muted" }, "also written: ", alt.join(" · ")) : null,
    el("p", { class: "iri-text" }, iri),
    types.includes(NKG + "Article") ? el("p", {}, el("a", { href: articleHref(iri) }, "Read the article with its entities marked →")) : null,
    outgoing.length || incoming.length ? null : el("p", { class: "error" }, "The store says nothing about this IRI."),
  );

  // Facts, both directions.
  if (outgoing.length) {
    $("#facts").replaceChildren(el("tbody", {}, outgoing.map((r) =>
      el("tr", {}, el("th", { scope: "row", title: r.p.value }, shortIri(r.p.value)), el("td", {}, termNode(r.o, names))))));
    $("#facts-section").hidden = false;
  }
  if (incoming.length) {
    $("#incoming").replaceChildren(el("tbody", {}, incoming.map((r) =>
      el("tr", {}, el("td", {}, termNode(r.s, names)), el("th", { scope: "row", title: r.p.value }, shortIri(r.p.value))))));
    $("#incoming-section").hidden = false;
  }

  // Evidence sentences, with this entity's names marked.
  if (evidence.length) {
    const forms = new Set([subject.label, ...alt]);
    $("#evidence").replaceChildren(...evidence.map((r) => {
      const node = value(r, "node"), article = value(r, "article");
      const sentences = value(r, "evidence").split(" … ");
      return el("li", { class: "evidence-item" },
        el("blockquote", {}, sentences.map((s) => el("p", {}, highlightLabels(s, forms)))),
        el("div", { class: "muted" },
          node !== iri ? ["about ", el("a", { href: entityHref(node) }, names.get(node).label)] : null,
          article ? [node !== iri ? " · from " : "from ", el("a", { href: articleHref(article) }, value(r, "headline") || shortIri(article))] : null,
          value(r, "source") ? [" (", el("code", {}, value(r, "source")), ")"] : null));
    }));
    $("#evidence-section").hidden = false;
  }

  if (articles.length) {
    $("#articles").replaceChildren(...articles.map((r) => el("li", {},
      el("a", { href: articleHref(r.article.value) }, value(r, "headline") || shortIri(r.article.value)),
      value(r, "date") ? el("span", { class: "muted" }, " · " + value(r, "date")) : null,
      value(r, "source") ? el("div", { class: "muted" }, el("code", {}, value(r, "source"))) : null)));
    $("#articles-section").hidden = false;
  }

  if (window.NeighbourhoodGraph && (outgoing.length || incoming.length)) {
    $("#graph-section").hidden = false;
    const graph = new window.NeighbourhoodGraph($("#graph"), {
      neighbours: neighbourEdges,
      describe: describeNodes,
      open: (node) => { location.href = entityHref(node); },
    });
    await graph.start(iri);
  }
  markReady();
}

// Edges between a node and its IRI neighbours (types left out: every node has them).
async function neighbourEdges(iri) {
  const me = iriRef(iri);
  const rows = await select(`SELECT ?s ?p ?o WHERE {
    { ${me} ?p ?o . FILTER(isIRI(?o)) BIND(${me} AS ?s) } UNION { ?s ?p ${me} . BIND(${me} AS ?o) }
    FILTER(?p != rdf:type)
  } LIMIT 80`);
  return rows.map((r) => ({ source: r.s.value, predicate: r.p.value, target: r.o.value, label: localName(r.p.value) }));
}

// ---------------------------------------------------------------------------------------
// The article page

async function articlePage() {
  await loadConfig();
  const head = $("#head");
  const iri = params().get("iri");
  if (!isIri(iri)) {
    fill(head, el("p", { class: "error" }, "Give an article as /article?iri=…"));
    return markReady();
  }
  const me = iriRef(iri);
  const textAnswer = fetch("/api/article-text?iri=" + encodeURIComponent(iri))
    .then(async (r) => (r.ok ? r.json() : { available: false, reason: (await r.text()).trim() }))
    .catch((error) => ({ available: false, reason: String(error) }));
  const [about, mentions, extracted, text] = await Promise.all([
    select(`SELECT ?headline ?source ?date WHERE { ${me} a nkg:Article .
      OPTIONAL { ${me} schema:headline ?headline } OPTIONAL { ${me} dcterms:source ?source }
      OPTIONAL { ${me} schema:datePublished ?date } } LIMIT 1`),
    select(`SELECT ?e ?label ?alt ?type WHERE { ${me} schema:mentions ?e .
      OPTIONAL { ?e rdfs:label ?label } OPTIONAL { ?e skos:altLabel ?alt }
      OPTIONAL { ?e a ?type FILTER(?type IN (nkg:Organization, nkg:Person, nkg:Place)) } }`),
    select(`SELECT DISTINCT ?node WHERE { ?node prov:wasDerivedFrom ${me} }`),
    textAnswer,
  ]);
  if (!about.length) {
    fill(head, el("p", { class: "error" }, `No article ${iri} in the store.`));
    return markReady();
  }
  const info = about[0];
  document.title = `newskg · ${value(info, "headline") || "article"}`;
  fill(head,
    el("h1", {}, value(info, "headline") || shortIri(iri)),
    el("p", { class: "muted" },
      value(info, "date") ? `published ${value(info, "date")} · ` : "",
      value(info, "source") ? ["read from ", el("code", {}, value(info, "source")), " · "] : "",
      el("a", { href: entityHref(iri) }, "all its statements")),
    el("p", { class: "iri-text" }, iri));

  // Entities with every name they go by; a surface form names the first entity that has it.
  const entities = new Map();
  for (const row of mentions) {
    const e = row.e.value;
    if (!entities.has(e)) entities.set(e, { iri: e, label: value(row, "label") || localName(e), forms: new Set(), kind: "other", count: 0 });
    const entity = entities.get(e);
    if (row.label) entity.forms.add(row.label.value);
    if (row.alt) entity.forms.add(row.alt.value);
    const kind = row.type && KINDS.find(([t]) => t === row.type.value);
    if (kind) entity.kind = kind[1];
  }
  const byForm = new Map();
  for (const entity of entities.values()) {
    for (const form of entity.forms) if (form.length > 1 && !byForm.has(form)) byForm.set(form, entity);
  }

  const textBox = $("#text");
  if (text.available) {
    const forms = [...byForm.keys()].sort((a, b) => b.length - a.length);
    const parts = [];
    let last = 0;
    if (forms.length) {
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}])`, "gu");
      for (const match of text.text.matchAll(pattern)) {
        const entity = byForm.get(match[0]);
        entity.count += 1;
        parts.push(text.text.slice(last, match.index),
          el("a", { class: `mention kind-${entity.kind}`, href: entityHref(entity.iri), title: entity.label }, match[0]));
        last = match.index + match[0].length;
      }
    }
    parts.push(text.text.slice(last));
    textBox.replaceChildren(...parts);
  } else {
    textBox.replaceChildren(el("p", { class: "muted" }, `The text is not available: ${text.reason}. The entities the article mentions are listed here.`));
  }

  const groups = KINDS.slice(0, 3).map(([, kind, heading]) => [kind, heading]).concat([["other", "Other"]]);
  $("#entities").replaceChildren(...groups.map(([kind, heading]) => {
    const members = [...entities.values()].filter((e) => e.kind === kind).sort((a, b) => a.label.localeCompare(b.label));
    if (!members.length) return null;
    return el("div", { class: "entity-group" }, el("h3", {}, heading), el("ul", {}, members.map((e) =>
      el("li", {}, el("a", { class: `mention kind-${kind}`, href: entityHref(e.iri) }, e.label),
        text.available ? el("span", { class: "muted" }, ` ×${e.count}`) : null))));
  }).filter(Boolean));
  if (!entities.size) $("#entities").replaceChildren(el("p", { class: "muted" }, "No entities recorded."));

  if (extracted.length) {
    const names = await describeNodes(extracted.map((r) => r.node.value));
    $("#extracted").replaceChildren(...extracted.map((r) => {
      const node = names.get(r.node.value);
      return el("li", {}, el("a", { href: entityHref(r.node.value) }, node.label), el("span", { class: "muted" }, ` · ${node.kind}`));
    }));
    $("#extracted-section").hidden = false;
  }
  markReady();
}

// ---------------------------------------------------------------------------------------

const PAGES = { query: queryPage, entity: entityPage, article: articlePage };
const page = PAGES[document.body.dataset.page];
if (page) {
  page().catch((error) => {
    showError($("#results") || $("#head"), error);
    markReady();
  });
}
