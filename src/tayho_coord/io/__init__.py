"""Reading and writing data files: JSON through the project's one cattrs converter.

Examples:
    >>> from tayho_coord.model import PartialDate, Source
    >>> text = dumps(Source("s1", "Báo cáo", published=PartialDate(2020, 2)))
    >>> loads(text)
    Source(id='s1', title='Báo cáo', publisher=None, url=None, published=PartialDate(year=2020, month=2, day=None), author=None)
"""  # noqa: E501

from __future__ import annotations

import json
import os
import warnings
from pathlib import Path
from typing import IO, Any

from tayho_coord.errors import DataError, Problem, TayHoWarning
from tayho_coord.io._calendar import schedule_from_ics, schedule_to_ics

__all__ = ["dump", "dumps", "load", "loads", "schedule_from_ics", "schedule_to_ics"]


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


def load(file: str | os.PathLike[str] | IO[str] | IO[bytes]) -> Any:
    """Read a model object from a data file (a path or an open file).

    Raises:
        DataError: the file's problems, all of them, with their JSON paths.
        OSError: the file cannot be read.
    """
    if isinstance(file, (str, os.PathLike)):
        path = Path(file)
        return _read(path.read_bytes(), str(path), 3)
    name = getattr(file, "name", None)
    return _read(file.read(), name if isinstance(name, str) else None, 3)


def dumps(obj: Any, *, indent: int | None = 2) -> str:
    """The data-file text of a model object.

    Args:
        obj: Any record of :mod:`tayho_coord.model`.
        indent: JSON indentation; None for one line.

    Raises:
        ValidationError: ``obj`` is not a record of :mod:`tayho_coord.model`, or two
            different records share an id.
    """
    from tayho_coord.io._converter import object_to_document

    return json.dumps(object_to_document(obj), ensure_ascii=False, indent=indent) + "\n"


def dump(obj: Any, file: str | os.PathLike[str] | IO[str], *, indent: int | None = 2) -> None:
    """Write a model object to a data file.

    Writing to a path is atomic: the text goes to a temporary file in the same folder,
    which then replaces the target, so a failure leaves any previous file intact.
    """
    text = dumps(obj, indent=indent)
    if not isinstance(file, (str, os.PathLike)):
        file.write(text)
        return
    from tayho_coord.io._atomic import write_text_atomic

    write_text_atomic(file, text)
