"""Scoring the graph against gold annotations (corpus/gold/*.json).

Predictions are read back from each article's graph, so what is scored is what analysts
query. Matching rules:
- entity: same type, and any rdfs:label/skos:altLabel equals any gold name or alias, ignoring
  case, punctuation and company suffixes; one-to-one;
- investment: same investor (rumoured and denied ones are left out on both sides); the
  slots of matched pairs then count one by one;
- role: person and organisation match, and at least half the gold title's words appear in
  the predicted title (abbreviations written out on both sides).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import ORG, RDF, RDFS, SKOS

from .lexicon import load, name_words
from .records import Article, Extraction
from .vocab import NKG, SCHEMA

TYPES = ("Organization", "Person", "Place")
SLOTS = ("amount", "currency", "place", "country", "facility", "operational", "jobs", "capacity_mw")
NOT_COUNTED = {"Rumoured", "Denied"}


class EvalError(Exception):
    """Bad gold or article folders; one line."""


# -- reading gold and predictions --------------------------------------------------------------

@dataclass
class Doc:
    """One article's entities, investments and roles, gold or predicted, in gold's shape."""

    entities: list[dict] = field(default_factory=list)     # {"type", "names": set of normalised}
    investments: list[dict] = field(default_factory=list)  # gold keys, names as normalised sets
    roles: list[dict] = field(default_factory=list)        # {"person": set, "org": set, "title": str}


def normalise(name: str) -> str:
    return " ".join(name_words(name))


def gold_doc(data: dict) -> Doc:
    names = {}
    doc = Doc()
    for e in data.get("entities", []):
        forms = {normalise(n) for n in [e["name"], *e.get("aliases", [])]}
        names[e["name"]] = forms
        doc.entities.append({"type": e["type"], "names": forms})

    def forms_of(name: str | None) -> set[str]:
        return names.get(name, {normalise(name)}) if name else set()

    for inv in data.get("investments", []):
        if inv.get("status") in NOT_COUNTED:
            continue
        doc.investments.append({
            "investor": forms_of(inv["investor"]),
            "amount": inv.get("amount"),
            "currency": inv.get("currency"),
            "place": forms_of(inv.get("place")) or None,
            "country": forms_of(inv.get("country")) or None,
            "facility": inv.get("facility"),
            "operational": (inv.get("operational") or "")[:4] or None,
            "jobs": inv.get("jobs"),
            "capacity_mw": inv.get("capacity_mw"),
        })
    for role in data.get("roles", []):
        doc.roles.append({"person": forms_of(role["person"]), "org": forms_of(role["org"]), "title": role["title"]})
    return doc


def predicted_doc(graph: Graph) -> Doc:
    article = graph.identifier

    def labels(node) -> set[str]:
        return {normalise(str(x)) for p in (RDFS.label, SKOS.altLabel) for x in graph.objects(node, p)}

    doc = Doc()
    for node in graph.objects(article, SCHEMA.mentions):
        etype = next((t for t in TYPES if (node, RDF.type, NKG[t]) in graph), None)
        if etype:
            doc.entities.append({"type": etype, "names": labels(node)})
    for inv in graph.subjects(RDF.type, NKG.Investment):
        status = graph.value(inv, NKG.status)
        if status is not None and status.split("#")[-1] in NOT_COUNTED:
            continue
        amount = graph.value(inv, NKG.amount)
        value = graph.value(amount, SCHEMA.value) if amount is not None else None
        operational = graph.value(inv, NKG.operationalFrom)
        facility = graph.value(inv, NKG.facilityType)
        jobs = graph.value(inv, NKG.jobs)
        capacity = graph.value(inv, NKG.capacityMW)
        place, country = graph.value(inv, NKG.location), graph.value(inv, NKG.country)
        doc.investments.append({
            "investor": labels(graph.value(inv, NKG.investor)),
            "amount": float(value) if value is not None else None,
            "currency": str(graph.value(amount, SCHEMA.currency)) if amount is not None else None,
            "place": labels(place) if place is not None else None,
            "country": labels(country) if country is not None else None,
            "facility": str(graph.value(facility, SKOS.prefLabel)) if facility is not None else None,
            "operational": str(operational)[:4] if operational is not None else None,
            "jobs": int(jobs) if jobs is not None else None,
            "capacity_mw": float(capacity) if capacity is not None else None,
        })
    for m in graph.subjects(RDF.type, ORG.Membership):
        doc.roles.append({
            "person": labels(graph.value(m, ORG.member)),
            "org": labels(graph.value(m, ORG.organization)),
            "title": str(graph.value(graph.value(m, ORG.role), RDFS.label) or ""),
        })
    return doc


# -- matching ---------------------------------------------------------------------------------

@dataclass
class Count:
    tp: int = 0
    pred: int = 0
    gold: int = 0

    def add(self, other: "Count") -> None:
        self.tp += other.tp
        self.pred += other.pred
        self.gold += other.gold

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else (1.0 if not self.pred else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "predicted": self.pred, "gold": self.gold}


def _match(preds: list, golds: list, same: Callable[[dict, dict], bool], score: Callable[[dict, dict], int] = lambda p, g: 0) -> list[tuple[dict, dict]]:
    """One-to-one pairs, best-scoring first."""
    candidates = sorted(
        ((score(p, g), i, j) for i, p in enumerate(preds) for j, g in enumerate(golds) if same(p, g)),
        key=lambda c: -c[0],
    )
    used_p, used_g, pairs = set(), set(), []
    for _, i, j in candidates:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((preds[i], golds[j]))
    return pairs


def _title_words(title: str) -> set[str]:
    abbreviations = load("titles.json")["abbreviations"]
    words = []
    for w in re.findall(r"[\w-]+", title.lower()):
        words.extend(abbreviations.get(w, w).split())
    return {w for w in words if w not in ("of", "the", "and", "for", "at", "a", "an")}


def _slot_equal(slot: str, p, g) -> bool:
    if slot == "amount":
        return abs(float(p) - float(g)) <= 0.01 * abs(float(g))
    if slot in ("place", "country"):
        return bool(p & g)
    if slot == "capacity_mw":
        return abs(float(p) - float(g)) <= 0.01 * abs(float(g)) + 1e-9
    return p == g


@dataclass
class Scores:
    entities: Count = field(default_factory=Count)
    entity_types: dict = field(default_factory=lambda: {t: Count() for t in TYPES})
    investments: Count = field(default_factory=Count)
    slots: Count = field(default_factory=Count)
    slot_each: dict = field(default_factory=lambda: {s: Count() for s in SLOTS})
    roles: Count = field(default_factory=Count)
    articles: int = 0

    def merge(self, other: "Scores") -> None:
        self.articles += other.articles
        for mine, theirs in ((self.entities, other.entities), (self.investments, other.investments),
                             (self.slots, other.slots), (self.roles, other.roles)):
            mine.add(theirs)
        for t in TYPES:
            self.entity_types[t].add(other.entity_types[t])
        for s in SLOTS:
            self.slot_each[s].add(other.slot_each[s])

    def as_dict(self) -> dict:
        return {
            "articles": self.articles,
            "entities": self.entities.as_dict(),
            "entities_by_type": {t: c.as_dict() for t, c in self.entity_types.items()},
            "investments": self.investments.as_dict(),
            "slots": self.slots.as_dict(),
            "slots_by_slot": {s: c.as_dict() for s, c in self.slot_each.items()},
            "roles": self.roles.as_dict(),
        }


def score_doc(pred: Doc, gold: Doc, scores: Scores) -> None:
    scores.articles += 1
    for etype in TYPES:
        p = [e for e in pred.entities if e["type"] == etype]
        g = [e for e in gold.entities if e["type"] == etype]
        pairs = _match(p, g, lambda a, b: bool(a["names"] & b["names"]))
        c = Count(len(pairs), len(p), len(g))
        scores.entity_types[etype].add(c)
        scores.entities.add(c)

    def agreement(p, g) -> int:
        return sum(1 for s in SLOTS if p.get(s) is not None and g.get(s) is not None and _slot_equal(s, p[s], g[s]))

    pairs = _match(pred.investments, gold.investments, lambda p, g: bool(p["investor"] & g["investor"]), agreement)
    scores.investments.add(Count(len(pairs), len(pred.investments), len(gold.investments)))
    for p, g in pairs:
        for slot in SLOTS:
            c = Count(
                tp=int(p.get(slot) is not None and g.get(slot) is not None and _slot_equal(slot, p[slot], g[slot])),
                pred=int(p.get(slot) is not None),
                gold=int(g.get(slot) is not None),
            )
            scores.slot_each[slot].add(c)
            scores.slots.add(c)

    def same_role(p, g) -> bool:
        if not (p["person"] & g["person"] and p["org"] & g["org"]):
            return False
        want = _title_words(g["title"])
        return len(want & _title_words(p["title"])) * 2 >= len(want)

    role_pairs = _match(pred.roles, gold.roles, same_role)
    scores.roles.add(Count(len(role_pairs), len(pred.roles), len(gold.roles)))


# -- running ----------------------------------------------------------------------------------

def load_split(corpus: Path, split: str) -> list[str] | None:
    path = corpus / "split.json"
    if split == "all" or not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    if split not in data:
        raise EvalError(f"{path}: no '{split}' split")
    return data[split]


def gold_items(gold_dir: Path, articles_dir: Path, split: str) -> list[tuple[str, dict, Article]]:
    from .sources import Found, SourceError, read

    if not gold_dir.is_dir():
        raise EvalError(f"{gold_dir}: no such gold folder")
    if not articles_dir.is_dir():
        raise EvalError(f"{articles_dir}: no such articles folder")
    wanted = load_split(gold_dir.parent, split)
    items = []
    for path in sorted(gold_dir.glob("*.json")):
        stem = path.stem
        if wanted is not None and stem not in wanted:
            continue
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise EvalError(f"{path}: not valid JSON ({exc})") from None
        article_path = articles_dir / f"{stem}.txt"
        if not article_path.exists():
            raise EvalError(f"{path}: no article {article_path}")
        try:
            article = read(Found(article_path, str(article_path)))
        except SourceError as exc:
            raise EvalError(str(exc)) from None
        items.append((stem, gold, article))
    if not items:
        raise EvalError(f"no gold annotations for split '{split}' in {gold_dir}")
    return items


def evaluate(items: list[tuple[str, dict, Article]], extract_all: Callable[[list[Article]], Iterable[Extraction]],
             per_article: dict | None = None) -> Scores:
    from .rdf import to_graph

    scores = Scores()
    for (stem, gold, _), extraction in zip(items, extract_all([a for _, _, a in items])):
        doc_scores = Scores()
        score_doc(predicted_doc(to_graph(extraction)), gold_doc(gold), doc_scores)
        scores.merge(doc_scores)
        if per_article is not None:
            per_article[stem] = doc_scores.as_dict()
    return scores
