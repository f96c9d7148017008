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
