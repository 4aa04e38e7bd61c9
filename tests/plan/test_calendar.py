"""A plan's calendar: .ics written for the offices' software, read back by icalendar and us."""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest

from tayho_coord import DataError
from tayho_coord.errors import ValidationError
from tayho_coord.io import schedule_from_ics, schedule_to_ics
from tayho_coord.model import CoordinationProgram, CouncilSession, schedule

D = dt.date
STAMP = dt.datetime(2020, 10, 16, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=7)))


def test_written_for_calendar_software(
    binh_phuoc_2020: CoordinationProgram, session_14: CouncilSession
) -> None:
    plan = schedule(binh_phuoc_2020, sessions=[session_14])
    data = schedule_to_ics(plan, stamp=STAMP)
    assert data.startswith(b"BEGIN:VCALENDAR\r\n")
    cal = icalendar.Calendar.from_ical(data)
    assert str(cal["version"]) == "2.0"
    assert str(cal["x-wr-calname"]) == "Chương trình phối hợp năm 2020, tỉnh Bình Phước"
    events = list(cal.walk("VEVENT"))
    assert [str(e["summary"]) for e in events] == [
        "UBND tỉnh gửi các báo cáo, tờ trình và dự thảo nghị quyết đến các Ban HĐND tỉnh "
        "(chậm nhất ngày 10/11/2020)",
        "Các Ban HĐND tỉnh gửi báo cáo thẩm tra đến Thường trực HĐND tỉnh "
        "(chậm nhất ngày 24/11/2020)",
        "Họp Tổ đại biểu trước kỳ họp (ngày 27/11/2020)",
        "Hội nghị liên tịch chuẩn bị kỳ họp (trước kỳ họp thứ 14)",
    ]
    meeting = events[2]
    # All-day dates; RFC 5545's DTEND is the day after the last day.
    assert meeting["dtstart"].dt == D(2020, 11, 27)
    assert meeting["dtend"].dt == D(2020, 11, 28)
    assert meeting["uid"] == "binh-phuoc/ctph-2020#hop-to-dai-bieu#1@tayho-coord"
    # DTSTAMP is the caller's, in UTC: the library never reads the clock.
    assert meeting["dtstamp"].dt == dt.datetime(2020, 10, 16, 2, 0, tzinfo=dt.timezone.utc)
    organizer = meeting["organizer"]
    assert str(organizer) == "urn:tayho-coord:agency:binh-phuoc/hdnd/tt"
    assert organizer.params["CN"] == "Thường trực Hội đồng nhân dân tỉnh Bình Phước"
    conference = events[3]
    assert [a.params["CN"] for a in conference["attendee"]] == [
        "Ủy ban nhân dân tỉnh Bình Phước",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bình Phước",
    ]
    assert str(conference["x-tayho-session"]) == "binh-phuoc/hdnd/khoa-9/14"
    assert str(conference["description"]) == "Thời gian theo chương trình: Trước mỗi kỳ họp"
    assert "organizer" not in events[1]  # the program names no single lead for it


def test_round_trip(binh_phuoc_2020: CoordinationProgram, session_14: CouncilSession) -> None:
    plan = schedule(binh_phuoc_2020, sessions=[session_14])
    back = schedule_from_ics(
        schedule_to_ics(plan, stamp=STAMP), binh_phuoc_2020, sessions=[session_14]
    )
    assert back == plan


def test_days_moved_in_calendar_software_are_read(
    thai_nguyen_2020: CoordinationProgram,
) -> None:
    plan = schedule(thai_nguyen_2020)
    cal = icalendar.Calendar.from_ical(schedule_to_ics(plan, stamp=STAMP))
    event = next(e for e in cal.walk("VEVENT") if "giai-trinh-nq-83#2" in str(e["uid"]))
    event["dtstart"].dt = D(2020, 8, 10)
    event["dtend"].dt = D(2020, 8, 15)
    back = schedule_from_ics(cal.to_ical(), thai_nguyen_2020)
    moved = next(o for o in back if o.activity.id == "giai-trinh-nq-83" and o.number == 2)
    assert (moved.starts_on, moved.due_on) == (D(2020, 8, 10), D(2020, 8, 14))
    assert moved.label == "tháng 8 năm 2020"


def test_what_is_not_this_programs_is_refused(
    thai_nguyen_2020: CoordinationProgram,
    binh_phuoc_2020: CoordinationProgram,
    session_14: CouncilSession,
) -> None:
    other = schedule_to_ics(schedule(binh_phuoc_2020, sessions=[session_14]), stamp=STAMP)
    with pytest.raises(DataError) as info:
        schedule_from_ics(other, thai_nguyen_2020)
    assert {p.path for p in info.value.problems} == {f"VEVENT[{i}].UID" for i in range(4)}
    cal = icalendar.Calendar.from_ical(schedule_to_ics(schedule(thai_nguyen_2020), stamp=STAMP))
    events = list(cal.walk("VEVENT"))
    events[0]["uid"] = "something-else@example.org"
    events[1]["uid"] = "thai-nguyen/ctph-2020#no-such#1@tayho-coord"
    events[2]["dtstart"].dt = dt.datetime(2020, 8, 1, 8, 0)
    extra = icalendar.Event()
    extra.add("uid", str(events[3]["uid"]))
    extra.add("dtstart", D(2020, 10, 1))
    extra.add("dtend", D(2020, 11, 1))
    extra.add("x-tayho-session", "kh-99")
    cal.add_component(extra)
    with pytest.raises(DataError) as info:
        schedule_from_ics(cal.to_ical(), thai_nguyen_2020)
    assert [p.path for p in info.value.problems] == [
        "VEVENT[0].UID",
        "VEVENT[1].UID",
        "VEVENT[2].DTEND",
        "VEVENT[4].UID",
    ]
    with pytest.raises(DataError):
        schedule_from_ics(b"not a calendar", thai_nguyen_2020)
    with pytest.raises(ValidationError):
        schedule_to_ics(schedule(thai_nguyen_2020), stamp=dt.datetime(2020, 1, 1))


def test_an_unknown_session_is_refused(
    binh_phuoc_2020: CoordinationProgram, session_14: CouncilSession
) -> None:
    cal = icalendar.Calendar.from_ical(
        schedule_to_ics(schedule(binh_phuoc_2020, sessions=[session_14]), stamp=STAMP)
    )
    last = list(cal.walk("VEVENT"))[3]
    last["x-tayho-session"] = "binh-phuoc/hdnd/khoa-9/99"
    with pytest.raises(DataError) as info:
        schedule_from_ics(cal.to_ical(), binh_phuoc_2020, sessions=[session_14])
    assert [p.path for p in info.value.problems] == ["VEVENT[3].X-TAYHO-SESSION"]
