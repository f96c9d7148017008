"""Writing files so that nobody ever meets a half-written one under its real name."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class WriteError(Exception):
    """A file could not be written; its message is one line."""


@contextmanager
def atomic_path(path: str | os.PathLike) -> Iterator[Path]:
    """A fresh path next to ``path`` that replaces it only once the caller's block has
    finished, so readers never meet a half-written file under the real name."""
    target = Path(path)
    if target.is_dir():
        raise WriteError(f"{target} is a folder, not a file")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        # Created like any new file (umask applies), unlike mkstemp's owner-only files.
        temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
        os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
    except OSError as exc:
        raise WriteError(f"cannot write {target}: {exc.strerror or exc}") from None
    try:
        yield temporary
        os.replace(temporary, target)
    except OSError as exc:
        raise WriteError(f"cannot write {target}: {exc.strerror or exc}") from None
    finally:
        if temporary.exists():
            temporary.unlink()
