"""The newskg ontology (OWL), its SHACL shapes and the analysts' named SPARQL queries."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def path(name: str) -> Path:
    """A file shipped in this package: "newskg.ttl", "shapes.ttl"."""
    return Path(str(resources.files(__name__).joinpath(name)))


def named_queries() -> dict[str, Path]:
    """Named queries by name (file stem): {"investments": …/queries/investments.rq, …}."""
    folder = resources.files(__name__).joinpath("queries")
    return {Path(str(f)).stem: Path(str(f)) for f in folder.iterdir() if str(f).endswith(".rq")}
