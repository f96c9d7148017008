"""Reading articles from what a journalist brings (text, Markdown, HTML, JSON/JSONL, RSS/Atom) as Articles."""

from __future__ import annotations

import datetime as dt
import email.utils
import html
import io
import json
import os
import re
import sys
import time
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote

from . import dates
from .records import Article

# What a suffix promises; the content has the last word (see `kind_of`).
SUFFIXES = {
    ".txt": "text", ".text": "text",
    ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".json": "json",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
}
STDIN = "<stdin>"
SNIFF_BYTES = 4096
HEADLINE_MAX = 300

# Field names accepted in JSON records and Markdown front matter, first match wins.
TEXT_KEYS = ("text", "body", "content", "articlebody")
TITLE_KEYS = ("title", "headline")
DATE_KEYS = ("published", "date", "datepublished", "published_at", "pubdate")
URL_KEYS = ("url", "link", "canonical_url")
PUBLISHER_KEYS = ("publisher", "source", "site_name", "sitename")
# Containers that news APIs and exports wrap their list of articles in.
LIST_KEYS = ("articles", "items", "entries", "records", "data", "results")


class SourceError(Exception):
    """A problem with one input the user gave; its message is one line."""

    def __init__(self, message: str, source: str | None = None):
        super().__init__(message)
        self.source = source if source is not None else message.split(":")[0]


class SourceWarning(UserWarning):
    """Something in an input was left out (a malformed record, a date not understood); the rest was read."""

    def __init__(self, message: str, source: str):
        super().__init__(message)
        self.source = source


Warn = Callable[[SourceWarning], None]


@dataclass(frozen=True)
class Found:
    """One input to read, with its name exactly as the user should see it; path None is standard input."""

    path: Path | None
    shown: str


# -- finding inputs ------------------------------------------------------------------------------

def discover(paths: Iterable[str]) -> Iterator[Found | SourceError]:
    """Files named, "-" for standard input, and the article files inside folders named.

    Folders are searched recursively in sorted order, skipping hidden files and folders; in a
    folder, a file counts when its suffix is one we read, or when it has no suffix and its
    content looks like HTML, a feed, JSON or Markdown with front matter.
    """
    for given in paths:
        if given == "-":
            yield Found(None, STDIN)
            continue
        path = Path(given)
        if path.is_dir():
            files = _article_files(path)
            if not files:
                yield SourceError(f"{given}: no article files ({', '.join(sorted(SUFFIXES))}) in this folder", given)
            for file in files:
                yield Found(file, str(file))
        elif path.is_file():
            yield Found(path, given)
        else:
            yield SourceError(f"{given}: no such file or folder", given)


def _article_files(folder: Path) -> list[Path]:
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            path = Path(root, name)
            if name.startswith("."):
                continue
            if path.suffix.lower() in SUFFIXES or (not path.suffix and _looks_structured(path)):
                found.append(path)
    return sorted(found)


def _looks_structured(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            head = f.read(SNIFF_BYTES).decode("utf-8", errors="replace")
    except OSError:
        return True  # let reading report why it cannot be read
    return kind_of(head, "", complete=False) != "text"


# -- reading -------------------------------------------------------------------------------------

def read_all(paths: Iterable[str]) -> Iterator[Article | SourceError | SourceWarning]:
    """Every article in the inputs named, in order, with a SourceError for each input that
    could not be read and a SourceWarning for each part of an input that was left out."""
    for item in discover(paths):
        if isinstance(item, SourceError):
            yield item
            continue
        notes: list[SourceWarning] = []
        try:
            articles = read_articles(item, notes.append)
        except SourceError as exc:
            yield from notes
            yield exc
            continue
        yield from notes
        yield from articles


def read_articles(found: Found, warn: Warn | None = None) -> list[Article]:
    """The articles one input holds, chosen by its content as well as its suffix.

    Raises SourceError when nothing can be read from it. Parts left out are passed to
    ``warn`` (by default issued with ``warnings.warn``, so they are never silently lost).

    ``Article.source`` is the path as given (``<stdin>`` for standard input) for a file that
    holds one article; for a file of records it is ``path#N``: N is the line number in a
    JSONL file, and the 1-based position of the record in a JSON list or of the entry in a feed.
    """
    warn = warn or _issue_warning
    raw = _read_bytes(found)
    text = _decode(raw, found.shown)
    if not text.strip():
        raise SourceError(f"{found.shown}: empty article", found.shown)
    suffix = found.path.suffix.lower() if found.path is not None else ""
    reader = READERS[kind_of(text, suffix)]
    return reader(raw, text, found.shown, warn)


def read(found: Found) -> Article:
    """The one article of an input that holds exactly one (a plain text, Markdown or HTML file)."""
    articles = read_articles(found)
    if len(articles) != 1:
        raise SourceError(f"{found.shown}: holds {len(articles)} articles, expected one", found.shown)
    return articles[0]


def _issue_warning(warning: SourceWarning) -> None:
    warnings.warn(warning, stacklevel=3)


def _read_bytes(found: Found) -> bytes:
    if found.path is None:
        return sys.stdin.buffer.read()
    try:
        return found.path.read_bytes()
    except OSError as exc:
        raise SourceError(f"{found.shown}: cannot read ({exc.strerror})", found.shown) from None


_DECLARED_CHARSET = re.compile(rb"""<\?xml[^>]*encoding=["']([\w.:-]+)|<meta[^>]*charset=["']?([\w.:-]+)""", re.IGNORECASE)


def _decode(raw: bytes, shown: str) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise SourceError(f"{shown}: not UTF-16 text as its byte order mark says (bad byte at offset {exc.start})", shown) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad = exc.start + (3 if raw.startswith(b"\xef\xbb\xbf") else 0)
        # Saved web pages and feeds may say which legacy charset they are in; honour that.
        declared = _DECLARED_CHARSET.search(raw[:SNIFF_BYTES])
        charset = declared and (declared.group(1) or declared.group(2)).decode("ascii").lower()
        if charset and charset.replace("-", "").replace("_", "") not in ("utf8", "utf8sig"):
            try:
                return raw.decode(charset)
            except (LookupError, UnicodeDecodeError):
                pass
        raise SourceError(f"{shown}: not UTF-8 text (bad byte at offset {bad})", shown) from None


# -- what a file holds ---------------------------------------------------------------------------

_FIRST_TAG = re.compile(r"<(?![?!])/?([A-Za-z][\w:.-]*)")
_HTML_TAGS = {"html", "head", "body", "article", "main", "div", "p", "h1", "h2", "section", "title", "meta", "header", "span"}
_FEED_TAGS = {"rss", "feed", "rdf:rdf", "channel"}
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)(?:\r?\n)?^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL | re.MULTILINE)


def kind_of(text: str, suffix: str = "", complete: bool = True) -> str:
    """text | markdown | html | json | jsonl | feed: what ``text`` holds, given its file suffix.

    A suffix we read is trusted unless the content says otherwise: a .txt (or .xml) that is
    really HTML or a feed is read as such, and a .txt or suffixless file holding JSON or
    Markdown front matter too. ``complete`` is False when ``text`` is only the file's start.
    """
    declared = SUFFIXES.get(suffix.lower())
    if declared in ("markdown", "json", "jsonl"):
        return declared
    start = text.lstrip()
    markup = _markup_kind(start) if start.startswith("<") else None
    if markup:
        return markup
    if declared in ("html", "feed"):
        return declared
    if start[:1] in "{[" and start:
        structured = _json_kind(start, complete)
        if structured:
            return structured
    if _FRONT_MATTER.match(start) and _front_matter_mapping(start):
        return "markdown"
    return "text"


def _markup_kind(start: str) -> str | None:
    head = start[:SNIFF_BYTES]
    if re.match(r"<!doctype\s+html", re.sub(r"\A(?:<\?xml[^>]*>\s*|<!--.*?-->\s*)*", "", head, flags=re.DOTALL), re.IGNORECASE):
        return "html"
    body = re.sub(r"<!--.*?-->|<!DOCTYPE[^>]*>|<\?[^>]*\?>", "", head, flags=re.DOTALL | re.IGNORECASE)
    tag = _FIRST_TAG.search(body)
    if not tag:
        return None
    name = tag.group(1).lower()
    if name in _FEED_TAGS:
        return "feed"
    if name in _HTML_TAGS:
        return "html"
    return None


def _json_kind(start: str, complete: bool) -> str | None:
    if complete:
        try:
            json.loads(start)
            return "json"
        except json.JSONDecodeError:
            pass
    first = start.split("\n", 1)[0].strip()
    try:
        if isinstance(json.loads(first), dict):
            return "jsonl"
    except json.JSONDecodeError:
        pass
    # Prose rarely opens with a bracket followed by a quote or another bracket; a broken JSON
    # document does, and is better reported as such than stored as an article.
    return "json" if re.match(r"[\[{]\s*(?:[\[{\"]|\Z)", start) else None


def _front_matter_mapping(text: str) -> bool:
    import yaml

    match = _FRONT_MATTER.match(text)
    try:
        return isinstance(yaml.safe_load(match.group(1)), dict)
    except yaml.YAMLError:
        return False


# -- one article from its parts ------------------------------------------------------------------

def article_from_text(text: str, source: str, *, headline: str | None = None, published=None,
                      url: str | None = None, publisher: str | None = None) -> Article:
    """An Article from its text and whatever is known about it; the headline defaults to the
    first non-empty line, ``published`` may be a date or any string `parse_date` reads."""
    if not text.strip():
        raise SourceError(f"{source}: empty article", source)
    headline = _one_line(headline) or _one_line(next(line for line in text.splitlines() if line.strip()))
    return Article(text=text, source=source, headline=headline[:HEADLINE_MAX], published=parse_date(published),
                   url=clean_url(url), publisher=_one_line(publisher) or None)


def _one_line(value) -> str:
    return " ".join(str(value).split()) if value else ""


def _with_headline(body: str, headline: str | None) -> str:
    """The body with the headline as its first paragraph, the shape of a plain-text article,
    so the pipeline reads the headline (often the clearest statement of the deal) as in .txt files."""
    body = body.strip()
    headline = _one_line(headline)
    if not headline:
        return body
    first = _one_line(body.split("\n", 1)[0])
    if first.lower() == headline.lower():
        return body
    return f"{headline}\n\n{body}" if body else headline


def parse_date(value) -> dt.date | None:
    """A date from metadata: a date/datetime, a struct_time, an ISO string ("2024-05-03",
    "2024-05-03T10:00Z"), an RFC 822 date ("Fri, 03 May 2024 10:00:00 -0500") or a written
    date ("3 May 2024"); the day is the one written, not converted to UTC. None if not a date."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, time.struct_time):
        return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
    if not isinstance(value, str):
        return None
    text = value.strip()
    if m := re.match(r"(\d{4})-(\d{2})-(\d{2})(?![\d])", text):
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    for found in dates.find(text):
        if len(found.when.value) == 10:
            return dt.date.fromisoformat(found.when.value)
    return None


_IRI_SAFE = ":/?#[]@!$&'()*+,;=%~-._"


def clean_url(value) -> str | None:
    """An absolute http(s) URL fit to be an IRI (characters IRIs forbid are percent-encoded), else None."""
    if not isinstance(value, str):
        return None
    url = value.strip()
    if not re.match(r"https?://[^/\s]", url, re.IGNORECASE) or any(c.isspace() for c in url):
        return None
    return quote(url, safe=_IRI_SAFE)


# -- plain text and Markdown ---------------------------------------------------------------------

def _read_text(raw: bytes, text: str, shown: str, warn: Warn) -> list[Article]:
    return [article_from_text(text, shown)]


def _read_markdown(raw: bytes, text: str, shown: str, warn: Warn) -> list[Article]:
    meta, body = _split_front_matter(text, shown)
    prose, heading = markdown_to_text(body)
    if not prose.strip():
        raise SourceError(f"{shown}: empty article (no text after the front matter)", shown)
    headline = _field(meta, TITLE_KEYS) or heading
    return [_article(_with_headline(prose, headline), shown, meta, headline, warn)]


def _split_front_matter(text: str, shown: str) -> tuple[dict, str]:
    import yaml

    text = text.lstrip()
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    try:
        meta = yaml.safe_load(match.group(1))
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        line = f" (line {where.line + 2})" if where else ""
        raise SourceError(f"{shown}: front matter is not valid YAML{line}", shown) from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise SourceError(f"{shown}: front matter is not a YAML mapping of fields", shown)
    return meta, text[match.end():]


_FENCE = re.compile(r"^\s*(```|~~~)")
_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_RULE = re.compile(r"^\s{0,3}([-*_])(?:\s*\1){2,}\s*$")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+")
_LINK_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+")
_INLINE = [
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),                      # images carry no prose
    (re.compile(r"\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)"), r"\1"),   # [text](url "title")
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),                 # [text][ref]
    (re.compile(r"<(https?://[^>\s]+)>"), r"\1"),                   # <https://…> autolinks
    (re.compile(r"</?[A-Za-z][^>]*>"), ""),                         # inline HTML tags
    (re.compile(r"(`+)(.+?)\1"), r"\2"),
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])"), r"\1"),
    (re.compile(r"~~(.+?)~~"), r"\1"),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|])"), r"\1"),
]


def markdown_to_text(markdown: str) -> tuple[str, str | None]:
    """Markdown reduced to plain text (one paragraph, heading or list item per block, blocks
    separated by a blank line; wrapped lines of a paragraph joined), and its first heading."""
    blocks: list[str] = []
    paragraph: list[str] = []
    heading: str | None = None
    in_code = False

    def close() -> None:
        if paragraph:
            blocks.append(" ".join(paragraph))
            paragraph.clear()

    for line in markdown.splitlines():
        if _FENCE.match(line):
            close()
            in_code = not in_code
            continue
        if in_code:
            if line.strip():
                blocks.append(line.strip())
            continue
        if not line.strip() or _LINK_DEF.match(line):
            close()
            continue
        if (m := _SETEXT.match(line)) and paragraph and (m.group(1)[0] == "=" or len(paragraph) == 1):
            title = _inline(paragraph.pop())
            close()
            blocks.append(title)
            heading = heading or title
            continue
        if _RULE.match(line):
            close()
            continue
        if m := _HEADING.match(line):
            close()
            title = _inline(m.group(2))
            if title:
                blocks.append(title)
                heading = heading or title
            continue
        line = re.sub(r"^\s{0,3}(?:>\s?)+", "", line)
        if _LIST_ITEM.match(line):
            close()
            line = _LIST_ITEM.sub("", line, count=1)
        paragraph.append(_inline(line.strip()))
    close()
    return "\n\n".join(b for b in blocks if b), heading


def _inline(text: str) -> str:
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    return html.unescape(text).strip()


# -- HTML ----------------------------------------------------------------------------------------

def _read_html(raw: bytes, text: str, shown: str, warn: Warn) -> list[Article]:
    import trafilatura

    # lxml refuses a str that still carries its own encoding declaration.
    page = re.sub(r"\A\s*<\?xml[^>]*\?>", "", text)
    doc = trafilatura.bare_extraction(
        page, with_metadata=True, include_comments=False, include_images=False, include_links=False,
        # Precision drops "Read more" lines and link lists inside the story, and returns nothing,
        # rather than the menu, for a page without an article.
        favor_precision=True,
        # Only dates the page's markup states; dates in the prose are the pipeline's to read.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    body = "\n\n".join(line.strip() for line in (doc.text or "").splitlines() if line.strip()) if doc else ""
    if not body:
        raise SourceError(f"{shown}: no article text found in this HTML page", shown)
    headline = _one_line(doc.title) or None
    # trafilatura falls back to any part of <title> holding a dot, which can be the headline itself.
    sitename = doc.sitename if doc.sitename and _one_line(doc.sitename) != headline else None
    sitename = sitename or _site_from_title(page, headline)
    meta = {"published": doc.date, "url": doc.url, "publisher": sitename}
    return [_article(_with_headline(body, headline), shown, meta, headline, warn)]


_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)


def _site_from_title(page: str, headline: str | None) -> str | None:
    """The site's name from a "Headline | Site" page title, when the other part is the headline."""
    title = _TITLE.search(page)
    if not title or not headline:
        return None
    parts = [_one_line(p) for p in re.split(r"\s+[|\-–—:·]{1,2}\s+", html.unescape(title.group(1)))]
    if len(parts) == 2 and parts[0].lower() == headline.lower() and parts[1]:
        return parts[1]
    return None


class _TextOfHTML(HTMLParser):
    BLOCKS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "table",
              "section", "article", "header", "footer", "pre", "hr", "figure", "figcaption", "dd", "dt", "dl", "main"}
    HIDDEN = {"script", "style", "noscript", "template", "head", "iframe", "svg", "object"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN:
            self.hidden += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


_HTML_HINT = re.compile(r"</?(?:p|br|div|a|b|i|em|strong|span|li|ul|ol|h[1-6]|blockquote|img|table)\b[^>]*>", re.IGNORECASE)


def html_to_text(fragment: str) -> str:
    """An HTML fragment (a feed summary, a JSON body) as plain text: block elements become
    paragraphs separated by a blank line, scripts and styles are dropped, entities decoded."""
    parser = _TextOfHTML()
    parser.feed(fragment)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n\n".join(line for line in lines if line)


def _maybe_html(text: str) -> str:
    return html_to_text(text) if _HTML_HINT.search(text) else text.strip()


# -- JSON and JSONL ------------------------------------------------------------------------------

def _read_json(raw: bytes, text: str, shown: str, warn: Warn) -> list[Article]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SourceError(f"{shown}: not valid JSON ({exc.msg}: line {exc.lineno}, column {exc.colno})", shown) from None
    if isinstance(data, dict) and not _field(data, TEXT_KEYS):
        wrapped = next((v for k, v in data.items() if k.lower() in LIST_KEYS and isinstance(v, list)), None)
        data = wrapped if wrapped is not None else data
    if isinstance(data, dict):
        records = [(shown, data, "the record")]
    elif isinstance(data, list):
        records = [(f"{shown}#{n}", item, f"record {n}") for n, item in enumerate(data, start=1)]
    else:
        raise SourceError(f"{shown}: JSON holds a {type(data).__name__}, not an article object or a list of them", shown)
    return _articles_from_records(records, shown, warn)


def _read_jsonl(raw: bytes, text: str, shown: str, warn: Warn) -> list[Article]:
    records = []
    # Only "\n" ends a JSONL line: str.splitlines() would also split at U+2028 inside strings.
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            records.append((f"{shown}#{number}", json.loads(line), f"line {number}"))
        except json.JSONDecodeError as exc:
            warn(SourceWarning(f"{shown} line {number}: not valid JSON ({exc.msg}: column {exc.colno}), line skipped",
                               f"{shown}#{number}"))
    return _articles_from_records(records, shown, warn)


def _articles_from_records(records: list[tuple[str, object, str]], shown: str, warn: Warn) -> list[Article]:
    articles = []
    for source, record, where in records:
        if not isinstance(record, dict):
            warn(SourceWarning(f"{shown} {where}: not a JSON object, skipped", source))
            continue
        body = _field(record, TEXT_KEYS)
        if isinstance(body, list) and all(isinstance(p, str) for p in body):
            body = "\n\n".join(body)
        if not isinstance(body, str) or not body.strip():
            warn(SourceWarning(f"{shown} {where}: no text ({', '.join(TEXT_KEYS[:3])} field), skipped", source))
            continue
        headline = _field(record, TITLE_KEYS)
        headline = _maybe_html(headline) if isinstance(headline, str) else None
        articles.append(_article(_with_headline(_maybe_html(body), headline), source, record, headline, warn))
    if not articles:
        raise SourceError(f"{shown}: no articles (each record needs a text, body or content field)", shown)
    return articles


# -- RSS and Atom feeds --------------------------------------------------------------------------

def _read_feed(raw: bytes, text: str, shown: str, warn: Warn) -> list[Article]:
    import feedparser

    # A stream, never a string: feedparser fetches strings that look like URLs.
    feed = feedparser.parse(io.BytesIO(raw), resolve_relative_uris=False)
    if not feed.entries:
        if feed.bozo:
            exc = feed.get("bozo_exception")
            reason = _one_line(exc.getMessage() if hasattr(exc, "getMessage") else exc)
            raise SourceError(f"{shown}: not a readable feed ({reason})", shown)
        raise SourceError(f"{shown}: feed has no entries", shown)
    channel = _one_line(feed.feed.get("title")) or None
    articles = []
    for number, entry in enumerate(feed.entries, start=1):
        source = f"{shown}#{number}"
        headline = _entry_text(entry.get("title_detail")) or _one_line(entry.get("title")) or None
        headline = _one_line(headline) or None
        body = _entry_body(entry)
        if not body and not headline:
            warn(SourceWarning(f"{shown} entry {number}: no title, content or summary, skipped", source))
            continue
        meta = {
            "published": _entry_date(entry),
            "url": entry.get("link"),
            "publisher": _one_line((entry.get("source") or {}).get("title")) or channel,
        }
        articles.append(_article(_with_headline(body, headline), source, meta, headline, warn))
    if not articles:
        raise SourceError(f"{shown}: no entry of the feed has any text", shown)
    return articles


def _entry_body(entry) -> str:
    # Full content (Atom <content>, RSS content:encoded) beats the summary when both exist.
    for detail in sorted(entry.get("content") or [], key=lambda d: len(d.get("value") or ""), reverse=True):
        if text := _entry_text(detail):
            return text
    return _entry_text(entry.get("summary_detail")) or _maybe_html(entry.get("summary") or "")


def _entry_text(detail) -> str:
    if not detail or not detail.get("value"):
        return ""
    if detail.get("type") == "text/plain":
        return detail["value"].strip()
    return html_to_text(detail["value"])


def _entry_date(entry):
    # The raw string first: the *_parsed fields are in UTC and may move the day the editor wrote.
    for key in ("published", "updated", "created"):
        if when := parse_date(entry.get(key)):
            return when
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        if entry.get(key):
            return parse_date(entry[key])
    return entry.get("published") or entry.get("updated")


# -- shared --------------------------------------------------------------------------------------

def _field(record: dict, keys: tuple[str, ...]):
    lowered = {str(k).lower(): v for k, v in record.items()}
    for key in keys:
        value = lowered.get(key)
        if value not in (None, "", [], {}):
            return value
    return None


def _name(value) -> str | None:
    """A publisher given as a string, or as an object with a name (NewsAPI, schema.org)."""
    if isinstance(value, dict):
        value = value.get("name") or value.get("title")
    return (_one_line(value) or None) if isinstance(value, str) else None


def _article(text: str, source: str, meta: dict, headline: str | None, warn: Warn) -> Article:
    published = _field(meta, DATE_KEYS)
    when = parse_date(published)
    if published and when is None:
        warn(SourceWarning(f"{source}: date {str(published)[:40]!r} not understood, left out", source))
    url = _field(meta, URL_KEYS)
    if url and clean_url(url) is None:
        warn(SourceWarning(f"{source}: URL {str(url)[:80]!r} is not an absolute http(s) URL, left out", source))
    return article_from_text(text, source, headline=headline, published=when, url=url,
                             publisher=_name(_field(meta, PUBLISHER_KEYS)))


READERS: dict[str, Callable[[bytes, str, str, Warn], list[Article]]] = {
    "text": _read_text, "markdown": _read_markdown, "html": _read_html,
    "json": _read_json, "jsonl": _read_jsonl, "feed": _read_feed,
}
