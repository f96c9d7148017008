"""Reading articles from paths: what a path holds becomes an Article, or a SourceError."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .records import Article

SUFFIXES = (".txt",)


class SourceError(Exception):
    """A problem with one input the user gave; its message is one line."""


@dataclass(frozen=True)
class Found:
    """One input file to read, with the path exactly as the user should see it."""

    path: Path
    shown: str


def discover(paths: list[str]) -> Iterator[Found | SourceError]:
    """Files named, and the article files inside folders named (recursively, sorted)."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
            if not files:
                yield SourceError(f"{given}: no {'/'.join(SUFFIXES)} files in this folder")
            for file in files:
                yield Found(file, str(file))
        elif path.is_file():
            yield Found(path, given)
        else:
            yield SourceError(f"{given}: no such file or folder")


def read(found: Found) -> Article:
    try:
        raw = found.path.read_bytes()
    except OSError as exc:
        raise SourceError(f"{found.shown}: cannot read ({exc.strerror})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SourceError(f"{found.shown}: not UTF-8 text (bad byte at offset {exc.start})") from None
    return article_from_text(text, found.shown)


def article_from_text(text: str, source: str) -> Article:
    if not text.strip():
        raise SourceError(f"{source}: empty article")
    headline = next(line.strip() for line in text.splitlines() if line.strip())
    return Article(text=text, source=source, headline=headline[:300])
