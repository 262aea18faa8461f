#!/usr/bin/env python3
"""Checks igfrules' calendar and JUnit outputs with parsers nobody here wrote.

    check_formats.py ics FILE [EXPECTED]     # RFC 5545, read by the `icalendar` package
    check_formats.py junit FILE [EXPECTED]   # JUnit XML, read by the `junitparser` package

EXPECTED is the number of events or test cases, or the same command's `--format json` output: one
event per obligation of a timeline, one test case per result of a check. Counting from the JSON
keeps CI independent of the rule library's current contents, which the MAG may change.

Exits 1, saying why, when a file does not parse or breaks a rule it must keep.
"""
import sys


def fail(message):
    print(f"check_formats: {message}", file=sys.stderr)
    sys.exit(1)


def check_ics(path, expected):
    import icalendar

    raw = open(path, "rb").read()
    if b"\n" in raw.replace(b"\r\n", b""):
        fail(f"{path}: a line ends with LF alone; RFC 5545 needs CRLF")
    for number, line in enumerate(raw.split(b"\r\n"), 1):
        if len(line) > 75:
            fail(f"{path}:{number}: {len(line)} octets; RFC 5545 folds lines at 75")
    calendar = icalendar.Calendar.from_ical(raw)
    events = list(calendar.walk("VEVENT"))
    uids = [str(event.get("UID")) for event in events]
    for event in events:
        for field in ("UID", "DTSTAMP", "DTSTART", "SUMMARY"):
            if event.get(field) is None:
                fail(f"{path}: an event has no {field}")
    if len(set(uids)) != len(uids):
        fail(f"{path}: {len(uids) - len(set(uids))} UIDs are repeated")
    if expected is not None and len(events) != expected:
        fail(f"{path}: {len(events)} events, expected {expected}")
    print(f"{path}: {len(events)} events, read by icalendar {icalendar.__version__}")


def check_junit(path, expected):
    from junitparser import JUnitXml

    xml = JUnitXml.fromfile(path)
    suites = list(xml) if hasattr(xml, "__iter__") else [xml]
    tests = sum(1 for suite in suites for _ in suite)
    if expected is not None and tests != expected:
        fail(f"{path}: {tests} test cases, expected {expected}")
    if tests == 0:
        fail(f"{path}: no test case")
    print(f"{path}: {len(suites)} suites, {tests} test cases, read by junitparser")


def expected_count(argument):
    """A number, or the count of obligations or results in a JSON report."""
    if argument.isdigit():
        return int(argument)
    import json

    report = json.load(open(argument, encoding="utf-8"))
    if "obligations" in report:
        return len(report["obligations"])
    return sum(len(subject["results"]) for subject in report["subjects"])


def main(argv):
    if len(argv) < 3 or argv[1] not in ("ics", "junit"):
        fail(__doc__.strip())
    expected = expected_count(argv[3]) if len(argv) > 3 else None
    (check_ics if argv[1] == "ics" else check_junit)(argv[2], expected)


if __name__ == "__main__":
    main(sys.argv)
