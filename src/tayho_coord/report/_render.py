"""``render``: the report as an office files it, in Markdown, HTML, text, Word or PDF."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING, Literal, overload

from tayho_coord.errors import ValidationError

if TYPE_CHECKING:
    from collections.abc import Sequence

    from typing_extensions import TypedDict, Unpack

    from tayho_coord.model import (
        CoordinationProgram,
        Hearing,
        Meeting,
        OversightActivity,
        PetitionReport,
        ProgramReview,
        Record,
        RecordSet,
        Roster,
        VoterContact,
    )
    from tayho_coord.report._document import Document
    from tayho_coord.report._options import DocumentOptions
    from tayho_coord.report._parts import Signer

    class _Options(TypedDict, total=False):
        """The keyword arguments of :func:`render`, one list for its two overloads."""

        place: str | None
        charts: bool | None
        issued: dt.date | None
        number: int | None
        signers: Sequence[Signer | str | None] | None
        recipients: Sequence[str] | None
        appendix: bool
        font_size: int
        document: DocumentKind | None
        at: dt.time | None
        venue: str | None
        records: Iterable[Record] | None


__all__ = ["BINARY_FORMATS", "DOCUMENTS", "FORMATS", "DocumentKind", "Format", "render"]

Format = Literal["md", "html", "text", "docx", "pdf"]
TextFormat = Literal["md", "html", "text"]
BinaryFormat = Literal["docx", "pdf"]
FORMATS: tuple[Format, ...] = ("md", "html", "text", "docx", "pdf")
BINARY_FORMATS: tuple[Format, ...] = ("docx", "pdf")
DocumentKind = Literal["report", "invitation", "program", "conclusion", "plan"]
DOCUMENTS: tuple[DocumentKind, ...] = ("report", "invitation", "program", "conclusion", "plan")


@overload
def render(review: Record, format: TextFormat = "md", **options: Unpack[_Options]) -> str: ...


@overload
def render(review: Record, format: BinaryFormat, **options: Unpack[_Options]) -> bytes: ...


def render(
    review: Record,
    format: Format = "md",
    *,
    place: str | None = None,
    charts: bool | None = None,
    issued: dt.date | None = None,
    number: int | None = None,
    signers: Sequence[Signer | str | None] | None = None,
    recipients: Sequence[str] | None = None,
    appendix: bool = True,
    font_size: int = 14,
    document: DocumentKind | None = None,
    at: dt.time | None = None,
    venue: str | None = None,
    records: Iterable[Record] | None = None,
) -> str | bytes:
    """The report of a program review: a BÁO CÁO as an office files it.

    The document has the parts Nghị định 30/2020/NĐ-CP (ND30), Phụ lục I lists — the
    issuers in full and the national name and motto, ``Số: …/BC-HĐND-UBND-MTTQ``, the place
    and date line, the title and subject, the body, a signature block per issuer (``TM.``,
    ``KT.``, ``Q.``), ``Nơi nhận:`` ending ``- Lưu: VT.`` — and an appendix (``PHỤ LỤC``)
    with the sources, whether each figure is printed or computed, and the audit's findings,
    so that the body reads as an office writes it. The body follows the usual sections of a
    BÁO CÁO (kết quả đạt được; tồn tại, hạn chế; phương hướng, nhiệm vụ), each only where the
    data has something for it. Nothing the data does not hold is filled in: without an issue
    date the date line reads ``Tây Hồ, ngày … tháng … năm 2020`` (the year of the
    conference), without a number ``Số: …``, without a known signer the name line ``…``.
    When the figures rest on the illustrative data (:mod:`tayho_coord.datasets`), a notice
    under the title says so in every format.

    Args:
        review: Any record of the cycle (:data:`tayho_coord.model.Record`): the review
            conference (:func:`tayho_coord.datasets.tay_ho_2019`, or one loaded with
            :func:`tayho_coord.load`); a :class:`~tayho_coord.model.Meeting` (its BÁO CÁO,
            worded as its kind: ``hội nghị sơ kết 6 tháng đầu năm 2020 thực hiện …``; its
            THÔNG BÁO kết luận; the program signed at it); a
            :class:`~tayho_coord.model.Hearing` (the Báo cáo kết quả phiên giải trình,
            issued by its organiser), an :class:`~tayho_coord.model.OversightActivity`
            (issued by its lead body), or the KẾ HOẠCH of either where the record knows it
            only from its plan; a :class:`~tayho_coord.model.PetitionReport` (in the
            source's own noun, each level of its own scale under its label); a
            :class:`~tayho_coord.model.CoordinationProgram` (the program itself); a
            :class:`~tayho_coord.model.VoterContact` (the Báo cáo kết quả tiếp xúc cử tri,
            issued by its organiser). An issuer
            the record does not name is left to fill by hand.
        format: ``"md"`` (CommonMark), ``"html"`` (one self-contained page: inline CSS, no
            script, readable on a phone, printable to A4), ``"text"``, ``"docx"`` (Word, with
            the ``docx`` extra: python-docx) or ``"pdf"`` (the .docx laid out by LibreOffice,
            ``soffice`` on the PATH). The last two return bytes.
        place: The place of the date line; by default the unit where the bodies have their
            seat, named as ND30, Phụ lục I asks
            (:attr:`~tayho_coord.model.AdminUnit.place_name`: ``Tây Hồ``, ``Quận 1``).
        charts: HTML only: whether to add the metrics charts as inline SVG. None (the
            default) adds them when the ``plot`` extra (matplotlib) is installed; True
            requires it.
        issued: The issue date (a :class:`datetime.date`); None leaves the day and the month
            of the date line to fill by hand.
        number: The document's number (``5`` prints ``Số: 05/BC-…``); None leaves it blank.
        signers: One per issuer, in the order of the program's parties: a
            :class:`~tayho_coord.report.Signer`, a name (the head signs), ``"KT:NAME"`` (a
            deputy for the head) or ``"Q:NAME"`` (acting), or None for the roster's head on
            the issue date. By default each body's head on the issue date, where the roster
            names one.
        recipients: The entries of "Nơi nhận" before ``Lưu: VT.``; None leaves one line.
        appendix: Whether to add the appendix (on by default).
        font_size: The body's size in points, 13 or 14 (ND30, Phụ lục I, mục II, khoản 6).
        document: Which document of the cycle: ``"report"`` (the BÁO CÁO of a review, the
            default for a review), ``"invitation"`` (the GIẤY MỜI to the review conference),
            ``"program"`` (the CHƯƠNG TRÌNH phối hợp: of a program given, or the one signed
            at the review's conference; the default for a program), ``"conclusion"`` (the
            THÔNG BÁO kết luận of a reviewing :class:`~tayho_coord.model.Meeting`, type code
            ``TB``, ND30, Phụ lục III), ``"plan"`` (the KẾ HOẠCH of a hearing or an
            oversight, type code ``KH``; the default for one known only from its plan, whose
            report is refused: it has no results).
        at: The invitation's hour (``time(14, 0)``: ``Vào lúc 14 giờ 00``); None leaves it
            to fill by hand.
        venue: The invitation's venue; None leaves it to fill by hand.
        records: The records reported together with a :class:`~tayho_coord.model.Meeting`
            (a :class:`~tayho_coord.model.RecordSet`, or any records): the meeting's report
            states the hearings, oversight and petition reports it refers to
            (:attr:`~tayho_coord.model.Meeting.activities`) in its body, as their sources
            word them ("Thường trực HĐND quận tổ chức 02 phiên giải trình: …"). None lists
            the ids referred to in the appendix instead. Other records ignore it.

    Returns:
        The report: text for ``md``, ``html`` and ``text`` (every text from the data escaped
        for the format), the file's bytes for ``docx`` and ``pdf``.

    Raises:
        ValidationError: ``review`` is neither a ProgramReview nor a CoordinationProgram,
            an unknown ``format``, an empty ``place``, ``issued`` not a date,
            ``number`` not a positive int, a signer count other than the issuers', an empty
            recipient, ``font_size`` not 13 or 14, ``charts=True`` without the ``plot``
            extra, ``docx``/``pdf`` without python-docx, ``pdf`` without LibreOffice or when
            it fails; ``records`` holding two records of one id, or not holding a record a
            meeting refers to (the error names the id and the meeting), or holding it as
            something else than an activity of the meeting's unit.

    Examples:
        >>> from tayho_coord.datasets import tay_ho_2019
        >>> md = render(tay_ho_2019())
        >>> "Phối hợp tổ chức 03 phiên giải trình:" in md
        True
        >>> "*Tây Hồ, ngày … tháng … năm 2020*" in md
        True
        >>> import datetime as dt
        >>> text = render(tay_ho_2019(), "text", issued=dt.date(2020, 2, 14), number=12)
        >>> text.splitlines()[11:13]
        ['Số: 12/BC-HĐND-UBND-MTTQ', 'Tây Hồ, ngày 14 tháng 02 năm 2020']
        >>> render(tay_ho_2019(), "odt")
        Traceback (most recent call last):
        ...
        tayho_coord.errors.ValidationError: format='odt': must be one of md, html, text, docx, pdf
    """
    from tayho_coord.model import CoordinationProgram, ProgramReview
    from tayho_coord.report._document import render_html, render_markdown, render_text
    from tayho_coord.report._options import DocumentOptions
    from tayho_coord.report._parts import check_issued, check_number

    _check_review(review)
    if format not in FORMATS:
        raise ValidationError("format", format, f"must be one of {', '.join(FORMATS)}")
    if charts not in (None, True, False):
        raise ValidationError("charts", charts, "must be True, False or None")
    if font_size not in (13, 14) or isinstance(font_size, bool):
        raise ValidationError("font_size", font_size, "must be 13 or 14 (Nghị định 30, Phụ lục I)")
    if appendix not in (True, False):
        raise ValidationError("appendix", appendix, "must be True or False")
    if place is not None and (not isinstance(place, str) or not place.strip()):
        raise ValidationError("place", place, "must be a non-empty string")
    if isinstance(recipients, str):
        raise ValidationError("recipients", recipients, "must be a sequence of strings")
    if document is not None and document not in DOCUMENTS:
        raise ValidationError("document", document, f"must be one of {', '.join(DOCUMENTS)}")
    if at is not None and not isinstance(at, dt.time):
        raise ValidationError("at", at, "must be a datetime.time or None")
    if venue is not None and (not isinstance(venue, str) or not venue.strip()):
        raise ValidationError("venue", venue, "must be a non-empty string or None")
    given = _record_set(records)
    options = DocumentOptions(
        place=place,
        issued=check_issued(issued),
        number=check_number(number),
        signers=signers,
        recipients=recipients,
        appendix=appendix,
    )
    kind = document or ("program" if isinstance(review, CoordinationProgram) else "report")
    if isinstance(review, CoordinationProgram) and kind != "program":
        raise ValidationError("document", kind, "a CoordinationProgram renders as its program")
    if not isinstance(review, (CoordinationProgram, ProgramReview)):
        if document is None:
            kind = _default_kind(review)
        doc = _record_document(review, kind, options, given)
    elif kind == "conclusion":
        raise ValidationError(
            "document", kind, "a conclusion (Thông báo kết luận) is of a Meeting record"
        )
    elif kind == "plan":
        raise ValidationError(
            "document", kind, "a plan (Kế hoạch) is of a Hearing or an OversightActivity record"
        )
    elif kind == "program":
        from tayho_coord.report._documents import build_program

        program: CoordinationProgram | None = None
        roster = None
        if isinstance(review, CoordinationProgram):
            program = review
        else:
            program, roster = review.signed, review.roster
        if program is None:
            raise ValidationError("document", kind, "no program was signed at this review")
        doc = build_program(program, options, roster=roster)
    elif kind == "invitation":
        from tayho_coord.report._documents import build_invitation

        assert not isinstance(review, CoordinationProgram)
        doc = build_invitation(review, options, at=at, venue=venue)
    else:
        from tayho_coord.report._build import build

        assert not isinstance(review, CoordinationProgram)
        figures = _figures(review, charts) if format == "html" else ()
        doc = build(review, options, figures=figures)
    if format == "html":
        return render_html(doc)
    if format == "text":
        return render_text(doc)
    if format == "docx":
        return _docx(doc, font_size)
    if format == "pdf":
        from tayho_coord.report._pdf import docx_to_pdf

        return docx_to_pdf(_docx(doc, font_size))
    return render_markdown(doc)


def _default_kind(
    record: Meeting | Hearing | OversightActivity | PetitionReport | VoterContact,
) -> DocumentKind:
    """A record's own document: its plan for an activity known only from its plan."""
    from tayho_coord.model import Hearing, OversightActivity

    if isinstance(record, (Hearing, OversightActivity)) and record.planned_only:
        return "plan"
    return "report"


def _record_document(
    record: Meeting | Hearing | OversightActivity | PetitionReport | VoterContact,
    kind: DocumentKind,
    options: DocumentOptions,
    records: RecordSet | None = None,
) -> Document:
    """The document of a record of its own (issue 11): a meeting, a hearing, petitions."""
    from tayho_coord.model import Meeting, PetitionReport, VoterContact
    from tayho_coord.model._records import kind_noun
    from tayho_coord.report import _records

    if isinstance(record, Meeting):
        if kind == "conclusion":
            if not record.kind.reviews:
                raise ValidationError(
                    "document", kind, "a signing concludes nothing: its report is the document"
                )
            return _records.build_conclusion(record, options)
        if kind == "program":
            return _program_document(record.signed, record.roster, kind, options)
        if kind == "report":
            activities = None if records is None else records.activities_of(record)
            return _records.build_meeting(record, options, activities=activities)
        raise ValidationError(
            "document", kind, "a Meeting renders as its report, conclusion or program"
        )
    if isinstance(record, PetitionReport):
        if kind != "report":
            raise ValidationError("document", kind, "a petition report renders as its report only")
        return _records.build_petitions(record, options)
    if isinstance(record, VoterContact):
        if kind != "report":
            raise ValidationError("document", kind, "a voter contact renders as its report only")
        from tayho_coord.report._contacts import build_voter_contact

        return build_voter_contact(record, options)
    if kind == "plan":
        return _records.build_activity_plan(record, options)
    if kind != "report":
        raise ValidationError(
            "document", kind, f"{kind_noun(record)} renders as its report or its plan"
        )
    return _records.build_hearing(record, options)


def _program_document(
    program: CoordinationProgram | None,
    roster: Roster | None,
    kind: DocumentKind,
    options: DocumentOptions,
) -> Document:
    from tayho_coord.report._documents import build_program

    if program is None:
        raise ValidationError("document", kind, "no program was signed at this meeting")
    return build_program(program, options, roster=roster)


def _record_set(records: object) -> RecordSet | None:
    """``records`` as a set: None, a RecordSet, or records in any iterable (not a string).

    Raises:
        ValidationError: anything else, an item that is no record, two records of one id.
    """
    from tayho_coord.model import RecordSet

    if records is None or isinstance(records, RecordSet):
        return records
    if isinstance(records, (str, bytes)) or not isinstance(records, Iterable):
        raise ValidationError(
            "records", records, "must be a RecordSet or an iterable of records, or None"
        )
    return RecordSet(tuple(records))


def _docx(doc: Document, font_size: int) -> bytes:
    from tayho_coord.report._docx import render_docx

    return render_docx(doc, font_size=font_size)


def _check_review(review: object) -> None:
    """Refuse anything but a record of the cycle (``Record``), with the library's error."""
    from tayho_coord.model import RECORD_TYPES

    if isinstance(review, RECORD_TYPES):
        return
    kinds = ", ".join(t.__name__ for t in RECORD_TYPES)
    raise ValidationError("review", review, f"must be a record of the cycle: one of {kinds}")


def _figures(review: ProgramReview, charts: bool | None) -> tuple[tuple[str, str], ...]:
    """The charts asked for: None draws them when it can, True insists, False omits them."""
    from tayho_coord.report._charts import chart_svgs, charts_available

    if charts is False:
        return ()
    if not charts_available():
        if charts:
            raise ValidationError(
                "charts",
                charts,
                'needs the plot extra (matplotlib): pip install ".[plot]" from a checkout',
            )
        return ()
    try:
        return chart_svgs(review)
    except ValidationError:
        # The metrics refuse the review (two sets of petition figures for one scope, say):
        # the report stands without its charts unless they were asked for.
        if charts:
            raise
        return ()
