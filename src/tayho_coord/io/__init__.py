"""Reading and writing data files: JSON through the project's one cattrs converter.

Examples:
    >>> from tayho_coord.model import PartialDate, Source
    >>> text = dumps(Source("s1", "Báo cáo", published=PartialDate(2020, 2)))
    >>> loads(text)
    Source(id='s1', title='Báo cáo', publisher=None, url=None, published=PartialDate(year=2020, month=2, day=None), author=None)
"""  # noqa: E501

from __future__ import annotations

import errno
import json
import os
import re
import sys
import warnings
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from tayho_coord.errors import DataError, Problem, TayHoWarning, ValidationError
from tayho_coord.io._calendar import schedule_from_ics, schedule_to_ics
from tayho_coord.io._ledger import (
    LEDGER_COLUMNS,
    LedgerMapping,
    ledger_place,
    read_ledger,
    scan_ledger,
    wording_key,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

    from tayho_coord.model import RecordSet

__all__ = [
    "LEDGER_COLUMNS",
    "LedgerMapping",
    "dump",
    "dumps",
    "ledger_place",
    "load",
    "load_records",
    "loads",
    "read_ledger",
    "scan_ledger",
    "schedule_from_ics",
    "schedule_to_ics",
    "wording_key",
]

# The widest JSON indentation dumps writes: wider only makes a file bigger.
_MAX_INDENT = 16


def loads(text: str | bytes, *, source: str | None = None) -> Any:
    """Read a model object from the text of a data file.

    Args:
        text: The JSON document.
        source: A name for the data in error messages (a file name).

    Returns:
        The object the document describes (its ``type``).

    Raises:
        DataError: the text is not JSON, or the document has problems; every problem is
            listed with its JSON path.

    Warns:
        FigureWarning: a printed figure disagrees with its counts; the message starts with
            ``source`` when one is given, and the warning points at the caller.
    """
    return _read(text, source, 3)


def _read(text: str | bytes, source: str | None, stacklevel: int) -> Any:
    from tayho_coord.io._converter import document_to_object

    given: object = text  # callers without type checks pass anything
    if not isinstance(given, (str, bytes, bytearray)):
        problem = Problem("$", f"expected JSON text (str or bytes), got {type(given).__name__}")
        raise DataError([problem], source)
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        raise DataError([Problem("$", f"not valid JSON ({exc.msg} at {where})")], source) from None
    except UnicodeDecodeError as exc:
        raise DataError([Problem("$", f"not UTF-8 text ({exc.reason})")], source) from None
    except RecursionError:
        raise DataError([Problem("$", "JSON nested too deeply to read")], source) from None
    except ValueError:  # an integer beyond sys.get_int_max_str_digits()
        limit = sys.get_int_max_str_digits()
        problem = Problem("$", f"an integer of more than {limit} digits: too long to read")
        raise DataError([problem], source) from None
    if _SURROGATE_ESCAPE.search(text if isinstance(text, str) else text.decode("latin-1")):
        try:
            problems = [
                Problem(path, f"{shown}: a lone surrogate, not Unicode text")
                for path, shown in _lone_surrogates(doc, "$")
            ]
        except RecursionError:
            raise DataError([Problem("$", "JSON nested too deeply to read")], source) from None
        if problems:
            raise DataError(problems, source)
    # The library's own warnings (a printed figure that disagrees with its counts) are
    # raised deep inside the converter; they are told again here, naming the data and
    # pointing at the code that asked to read it.
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            obj = document_to_object(doc, source)
        except RecursionError:
            raise DataError([Problem("$", "data nested too deeply to read")], source) from None
    prefix = f"{source}: " if source else ""
    for found in caught:
        if issubclass(found.category, TayHoWarning):
            warnings.warn(f"{prefix}{found.message}", found.category, stacklevel=stacklevel)
        else:
            warnings.warn_explicit(found.message, found.category, found.filename, found.lineno)
    return obj


# A JSON escape of a UTF-16 surrogate (\\ud800 to \\udfff): a pair is one character, a lone
# one is not Unicode and cannot be written back as UTF-8.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _lone_surrogates(node: object, path: str) -> Iterator[tuple[str, str]]:
    """The JSON path and an escaped view of every text in ``node`` with a lone surrogate."""
    if isinstance(node, str):
        try:
            node.encode("utf-8")
        except UnicodeEncodeError:
            yield path, node.encode("unicode_escape").decode("ascii")[:60]
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _lone_surrogates(key, path)
            yield from _lone_surrogates(value, f"{path}.{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _lone_surrogates(value, f"{path}[{index}]")


def load(file: str | os.PathLike[str] | IO[str] | IO[bytes]) -> Any:
    """Read a model object from a data file (a path or an open file).

    Raises:
        DataError: the file's problems, all of them, with their JSON paths.
        OSError: the file cannot be read (an empty path names no file, or none is there).
        ValidationError: ``file`` is neither a path nor an open file, or is a name the
            system refuses (too long, or holding a NUL).
    """
    if isinstance(file, (str, os.PathLike)):
        if not os.fspath(file):  # Path("") is the current folder
            raise FileNotFoundError(errno.ENOENT, "no file name given", "")
        path = Path(file)
        try:
            data = path.read_bytes()
        except ValueError as exc:  # a NUL in the name: no name the system can open
            raise ValidationError("file", file, f"is no path the system can open ({exc})") from exc
        except OSError as exc:
            if exc.errno not in (errno.ENAMETOOLONG, errno.EINVAL):
                raise  # no such file, no permission…: the system's own word, as open() gives
            raise ValidationError(
                "file", file, f"is no path the system can open ({exc.strerror})"
            ) from exc
        return _read(data, str(path), 3)
    read = getattr(file, "read", None)
    if not callable(read):
        raise ValidationError("file", file, "must be a path or a file open for reading")
    name = getattr(file, "name", None)
    return _read(read(), name if isinstance(name, str) else None, 3)


def _data_files(paths: tuple[str | os.PathLike[str], ...]) -> list[Path]:
    files: list[Path] = []
    for given in paths:
        path = Path(given)
        try:
            is_dir = path.is_dir()
        except (OSError, ValueError):  # a name the system refuses: reading it says so
            is_dir = False
        if is_dir:
            found = sorted(p for p in path.rglob("*.json") if p.is_file())
            if not found:
                raise DataError([Problem("$", "the folder holds no .json file")], str(path))
            files.extend(found)
        else:
            files.append(path)
    return files


def load_records(*paths: str | os.PathLike[str]) -> RecordSet:
    """Read the records of many data files, or of every ``.json`` file of a folder.

    A file may hold one record of the coordination cycle or a
    :class:`~tayho_coord.model.RecordSet`; the result holds them all, file by file (a
    folder's files in sorted order, its subfolders included).

    Raises:
        DataError: a file's problems (the first file that has any); a file that holds no
            record (a unit, a source…); two records of one id, naming both files; a folder
            without a ``.json`` file.
        OSError: a file cannot be read.

    Examples:
        >>> from tayho_coord.datasets import data_file
        >>> import tempfile, pathlib
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (folder / "a.json").write_text(data_file("tay_ho_2019.json"), encoding="utf-8")
        >>> [r.id for r in load_records(folder)]
        ['ha-noi/tay-ho/tong-ket-2019']
    """
    from tayho_coord.model import RECORD_TYPES, RecordSet

    records: list[Any] = []
    where: dict[str, str] = {}
    for path in _data_files(paths):
        obj = _read(path.read_bytes(), str(path), 3)
        items = obj.records if isinstance(obj, RecordSet) else (obj,)
        if not isinstance(obj, (RecordSet, *RECORD_TYPES)):
            kinds = ", ".join(cl.__name__ for cl in RECORD_TYPES)
            problem = Problem("$.type", f"{type(obj).__name__!r}: not a record ({kinds})")
            raise DataError([problem], str(path))
        for i, record in enumerate(items):
            if record.id in where:
                problem = Problem(
                    f"$.data.records[{i}].id" if isinstance(obj, RecordSet) else "$.data.id",
                    f"{record.id!r}: also the id of a record of {where[record.id]}",
                )
                raise DataError([problem], str(path))
            where[record.id] = str(path)
            records.append(record)
    return RecordSet(tuple(records))


def dumps(obj: Any, *, indent: int | None = 2) -> str:
    """The data-file text of a model object.

    Args:
        obj: Any record of :mod:`tayho_coord.model`.
        indent: JSON indentation, 0 to 16 spaces; None for one line.

    Raises:
        ValidationError: ``obj`` is not a record of :mod:`tayho_coord.model`, two
            different records share an id, or ``indent`` is not one of the above.
        DataError: ``obj`` is nested too deeply to write (as :func:`loads` refuses to
            read it), or a text holds a lone surrogate (not Unicode, so not UTF-8).
    """
    from tayho_coord.io._converter import object_to_document

    given: object = indent  # callers without type checks pass anything
    if given is not None and (
        not isinstance(given, int) or isinstance(given, bool) or not 0 <= given <= _MAX_INDENT
    ):
        raise ValidationError(
            "indent", given, f"must be None or an integer from 0 to {_MAX_INDENT}"
        )
    try:
        text = json.dumps(object_to_document(obj), ensure_ascii=False, indent=indent) + "\n"
    except RecursionError:
        raise DataError([Problem("$", "data nested too deeply to write")]) from None
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        bad = text[exc.start : exc.end].encode("unicode_escape").decode("ascii")
        problem = Problem("$", f"a text holds {bad}, a lone surrogate: not Unicode text")
        raise DataError([problem]) from None
    return text


def dump(obj: Any, file: str | os.PathLike[str] | IO[str], *, indent: int | None = 2) -> None:
    """Write a model object to a data file.

    Writing to a path is atomic: the text goes to a temporary file in the same folder,
    which then replaces the target, so a failure leaves any previous file intact. A symbolic
    link is written through (its target is replaced, the link kept); a read-only file is
    refused, not replaced (see :func:`tayho_coord.io._atomic.write_text_atomic`).

    Raises:
        ValidationError: as :func:`dumps`.
        DataError: as :func:`dumps`.
        OSError: the file cannot be written, or is read-only.
    """
    text = dumps(obj, indent=indent)
    if not isinstance(file, (str, os.PathLike)):
        file.write(text)
        return
    from tayho_coord.io._atomic import write_text_atomic

    write_text_atomic(file, text)
