"""Words per second of our whole extraction (text in, triples out) against bare spaCy.

Both run in this one process on the same texts (the corpus, repeated to --words), so the
ratio means something on any machine. Baselines:
  bare   – spacy.load(model) with its default components, nlp.pipe over the texts;
  same   – the same spaCy components ours runs (no lemmatizer), nlp.pipe over the texts.
ratio = our words/s ÷ the baseline's words/s (1.0 = no cost at all for our components).

    python benchmarks/pipeline_speed.py [--words 60000] [--processes 1] [--repeats 2]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import spacy

from extract.pipeline import Extractor, model_name
from extract.rdf import to_graph
from extract.sources import article_from_text

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "articles"


def texts(words: int) -> list[str]:
    base = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    out, total = [], 0
    while total < words:
        for t in base:
            out.append(t)
            total += len(t.split())
            if total >= words:
                break
    return out


def best_times(repeats: int, runs: dict) -> dict:
    """Best wall time of each run; the runs take turns, so a slow spell on the machine
    does not fall on one of them only."""
    best = {name: float("inf") for name in runs}
    for _ in range(repeats):
        for name, fn in runs.items():
            start = time.perf_counter()
            fn()
            best[name] = min(best[name], time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--words", type=int, default=60000)
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()

    docs = texts(args.words)
    n_words = sum(len(t.split()) for t in docs)
    name = model_name()
    bare = spacy.load(name)
    same = spacy.load(name, exclude=["lemmatizer"])
    extractor = Extractor()
    articles = [article_from_text(t, f"bench/{i}.txt") for i, t in enumerate(docs)]

    def run_bare(nlp):
        return lambda: [len(d) for d in nlp.pipe(docs, n_process=args.processes, batch_size=16)]

    def run_ours():
        return [len(to_graph(x)) for x in extractor.extract_many(articles, n_process=args.processes)]

    run_ours()  # warm-up: first use loads the place index and builds patterns
    best = best_times(args.repeats, {"bare": run_bare(bare), "same": run_bare(same), "ours": run_ours})
    t_bare, t_same, t_ours = best["bare"], best["same"], best["ours"]
    print(f"model {name}, {len(docs)} texts, {n_words} words, {args.processes} process(es), best of {args.repeats}")
    for label, t in (("bare spaCy (default components)", t_bare), ("bare spaCy (our components' subset)", t_same), ("newskg text → triples", t_ours)):
        print(f"  {label:38s} {n_words / t:8.0f} words/s  ({t:.2f} s)")
    print(f"ratio vs bare default pipeline: {t_bare / t_ours:.2f}")
    print(f"ratio vs same spaCy components: {t_same / t_ours:.2f}")


if __name__ == "__main__":
    main()
