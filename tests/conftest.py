"""Shared fixtures: one loaded pipeline per test run, the corpus, a fresh store per test."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SEED = CORPUS / "articles" / "tiktok-ireland-2020.txt"


@pytest.fixture(scope="session")
def extractor():
    from extract.pipeline import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def nlp(extractor):
    return extractor.nlp


@pytest.fixture(scope="session")
def extract_text(extractor):
    """Text in, Extraction out, through the whole pipeline."""
    from extract.sources import article_from_text

    def run(text: str, source: str = "test.txt"):
        return extractor.extract(article_from_text(text, source))

    return run


@pytest.fixture(scope="session")
def seed_extraction(extractor):
    from extract.sources import article_from_text

    return extractor.extract(article_from_text(SEED.read_text(encoding="utf-8"), "corpus/articles/tiktok-ireland-2020.txt"))


@pytest.fixture()
def store_dir(tmp_path) -> str:
    return str(tmp_path / "store")


SAMPLE = ("tiktok-ireland-2020", "fab-intel-new-albany-pause-2025", "asia-samsung-pyeongtaek-p5-pause-2024",
          "fab-dresden-esmc-infineon-wolfspeed-2024", "asia-sk-hynix-executive-reshuffle-2024",
          "asia-hmn-converge-philippines-subsea-cable-2024", "fab-tata-dholera-jagiroad-sanand-2024")


@pytest.fixture(scope="session")
def corpus_store(tmp_path_factory, extractor) -> str:
    """A store holding a few corpus articles (the seed among them); tests only read it."""
    from extract.ingest import ingest
    from extract.store import open_store

    location = str(tmp_path_factory.mktemp("corpus") / "store")
    articles = CORPUS / "articles"
    paths = [str(articles / f"{stem}.txt") for stem in SAMPLE if (articles / f"{stem}.txt").exists()]
    with open_store(location, create=True) as db:
        report = ingest(paths, db, lambda: extractor)
    assert not report.failed, report.failed
    return location
