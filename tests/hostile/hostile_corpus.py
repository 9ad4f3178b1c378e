#!/usr/bin/env python3
# tests/hostile/hostile_corpus.py — the hostile corpus: generates several hundred hostile calendar
# files and databases and runs each against `kiosk-office import` and `kiosk --db`, checking: a clean
# exit within a bound (no sanitizer report, no signal), printable error lines, the master's dump and
# bytes unchanged on refusal, integrity ok, and the kiosk's every screen drawn headlessly over what
# was accepted (ui_tests HostileCorpus.* over each accepted master). Prints kind -> count -> outcome.
#
#   hostile_corpus.py KIOSK_OFFICE KIOSK UI_TESTS DEMO_DIR
import collections
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile

OFFICE, KIOSK, UI_TESTS, DEMO = sys.argv[1:5]
# As the asan test preset: leaks of system libraries (fontconfig, libgooglepinyin) are not ours.
os.environ.setdefault("ASAN_OPTIONS", "detect_leaks=0")
TODAY = "2026-11-27"
BOUND_SECONDS = 120  # generous: the asan build is several times slower than release
work = tempfile.mkdtemp(prefix="hostile_corpus_")
failures = []
table = collections.OrderedDict()  # kind -> Counter(outcome)
accepted_masters = []

HEADER = "编号,标题,类别,社区,主办方,房间,地点,日期,开始,结束,结束日期,重复,除外日期,名额,招募志愿者,状态,海报,简介"
GOOD_ROW = ["h-1", "手工课", "教育", "福圣社区", "", "", "活动室", "2026-11-28", "09:30", "11:00", "", "", "", "20", "否",
            "", "", "简介"]


def csv_text(rows):
    def cell(c):
        return '"' + c.replace('"', '""') + '"' if any(x in c for x in ',"\n\r') else c
    return "\r\n".join([HEADER] + [",".join(cell(c) for c in row) for row in rows]) + "\r\n"


def row(**changes):
    r = list(GOOD_ROW)
    names = HEADER.split(",")
    for key, value in changes.items():
        r[int(key[1:])] = value
    return r


def ics_text(events, extra_head=""):
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//hostile//corpus//ZH\r\n" + extra_head +
            "".join(events) + "END:VCALENDAR\r\n")


def vevent(uid="h-ics", summary="讲座", start="20261128T093000", end="20261128T110000", extra=""):
    return ("BEGIN:VEVENT\r\nUID:" + uid + "\r\nSUMMARY:" + summary + "\r\nDTSTART;TZID=Asia/Shanghai:" + start +
            "\r\nDTEND;TZID=Asia/Shanghai:" + end + "\r\nCATEGORIES:education\r\nX-KIOSK-SITE:fusheng\r\n" + extra +
            "END:VEVENT\r\n")


corpus = []  # (kind, name, bytes or None, db_maker or None)


def add(kind, name, data):
    corpus.append((kind, name, data if isinstance(data, bytes) else data.encode("utf-8"), None))


def add_db(kind, name, maker):
    corpus.append((kind, name, None, maker))


# --- CSV -------------------------------------------------------------------------------------------
good_csv = csv_text([row(), row(c0="h-2", c1="书法班", c11="FREQ=WEEKLY;BYDAY=SA")]).encode("utf-8")
for cut in range(0, len(good_csv), max(1, len(good_csv) // 40)):
    add("csv truncated", f"trunc{cut}.csv", good_csv[:cut])
for col in range(18):
    for byte in ("\x00", "\x01", "\x1b", "\x7f"):
        add("csv NUL/control bytes", f"ctl{col}_{ord(byte)}.csv", csv_text([row(**{f"c{col}": "坏" + byte + "值"})]))
for name, raw in [("gb18030_4byte", "𠀀讲座".encode("gb18030")), ("gbk", "讲座".encode("gbk")),
                  ("overlong_slash", b"\xc0\xaf"), ("overlong_3", b"\xe0\x80\xaf"), ("surrogate", b"\xed\xa0\x80"),
                  ("five_byte", b"\xf8\x88\x80\x80\x80"), ("stray_cont", b"\x80\x80"), ("above_10ffff", b"\xf4\x90\x80\x80"),
                  ("truncated_seq", b"\xe4\xb8"), ("ff", b"\xff\xfe")]:
    data = csv_text([row(c1="TITLE")]).encode("utf-8").replace(b"TITLE", raw)
    add("csv encodings", f"enc_{name}.csv", data)
for name, codec in [("utf16le_bom", "utf-16"), ("utf16be", "utf-16-be"), ("utf16le", "utf-16-le"), ("gb18030_all", "gb18030"),
                    ("utf32", "utf-32"), ("utf8_bom", "utf-8-sig")]:
    add("csv encodings", f"file_{name}.csv", csv_text([row()]).encode(codec))
add("csv huge lines and fields", "huge_field.csv", csv_text([row(c17="长" * 3_000_000)]))
add("csv huge lines and fields", "huge_title.csv", csv_text([row(c1="题" * 500_000)]))
add("csv huge lines and fields", "many_columns.csv", csv_text([row() + ["x"] * 200_000]))
add("csv huge lines and fields", "unclosed_quote.csv", csv_text([row()]) + '"' + "未闭合" * 200_000)
add("csv huge lines and fields", "many_rows_bad.csv", csv_text([row(c0=f"r{i}", c7="2026-13-45") for i in range(20000)]))
add("csv huge lines and fields", "only_newlines.csv", "\n" * 1_000_000)
for i, lead in enumerate(["=", "+", "-", "@", "\t=", "\r=", "=HYPERLINK(\"http://x\")", "=1+1", "-2+3", "@SUM(A1)"]):
    add("csv formula cells", f"formula{i}.csv", csv_text([row(c0=f"f{i}", c1=lead + "cmd|' /C calc'!A0")]))
for i, (d, s, e, ed) in enumerate([("0000-01-01", "09:00", "10:00", ""), ("9999-12-31", "23:59", "23:59", ""),
                                   ("1899-12-31", "09:00", "10:00", ""), ("2201-01-01", "09:00", "10:00", ""),
                                   ("2026-02-30", "09:00", "10:00", ""), ("2026-11-28", "24:00", "25:00", ""),
                                   ("2026-11-28", "99:99", "99:99", ""), ("2026-11-28", "-1:00", "10:00", ""),
                                   ("2026-11-28", "09:60", "10:00", ""), ("2026-11-28", "23:59:60", "23:59", ""),
                                   ("2026-11-28", "09:00", "10:00", "9999-12-31"), ("2026-11-28", "09:00", "08:00", ""),
                                   ("20261128", "09:00", "10:00", ""), ("2026-11-28T09:00", "", "", ""),
                                   ("99999-1-1", "09:00", "10:00", ""), ("2026-0-0", "09:00", "10:00", ""),
                                   ("2026/11/28", "9:30", "10:00", "2026/11/27"), ("１２３４-11-28", "09:00", "10:00", ""),
                                   ("2026-11-28", "09:00", "10:00", "0001-01-01"), ("2026-11-28", "", "", "2200-12-31")]):
    add("extreme dates", f"date{i}.csv", csv_text([row(c7=d, c8=s, c9=e, c10=ed)]))
for i, rule in enumerate(["FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=30", "FREQ=MINUTELY;BYMONTH=2;BYMONTHDAY=30",
                          "FREQ=SECONDLY", "FREQ=MINUTELY", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=31",
                          "FREQ=DAILY;COUNT=999999999", "FREQ=DAILY;INTERVAL=0", "FREQ=DAILY;INTERVAL=-1",
                          "FREQ=WEEKLY;BYDAY=XX", "FREQ=NEVER", "FREQ=DAILY;UNTIL=99991231T235959Z",
                          "FREQ=HOURLY;BYHOUR=25", "FREQ=MONTHLY;BYMONTHDAY=-40", "FREQ=YEARLY;BYWEEKNO=60",
                          "FREQ=DAILY;BYSETPOS=1000", "FREQ=SECONDLY;INTERVAL=1;BYSECOND=61", "RRULE:RRULE:FREQ=DAILY",
                          "FREQ=DAILY;" * 500, "FREQ=YEARLY;BYYEARDAY=367", "FREQ=MINUTELY;BYSETPOS=-1"]):
    add("rules that never or always match", f"rule{i}.csv", csv_text([row(c11=rule)]))

# --- iCalendar -------------------------------------------------------------------------------------
good_ics = ics_text([vevent(), vevent(uid="h-ics2", extra="RRULE:FREQ=WEEKLY;BYDAY=SA\r\n")]).encode("utf-8")
for cut in range(0, len(good_ics), max(1, len(good_ics) // 40)):
    add("ics truncated", f"trunc{cut}.ics", good_ics[:cut])
for prop in ("SUMMARY", "DESCRIPTION", "LOCATION", "UID"):
    for byte in ("\x00", "\x01", "\x1b", "\x7f", "\u2028", "\u202e"):
        extra = f"{prop}:坏{byte}值\r\n" if prop != "SUMMARY" and prop != "UID" else ""
        ev = vevent(summary=("坏" + byte + "值") if prop == "SUMMARY" else "讲座",
                    uid=("u" + byte) if prop == "UID" else "h-ics", extra=extra)
        add("ics NUL/control bytes", f"ctl_{prop}_{ord(byte)}.ics", ics_text([ev]))
for name, raw in [("gb18030", "讲座".encode("gb18030")), ("overlong", b"\xc0\xaf"), ("surrogate", b"\xed\xa0\x80"),
                  ("latin1", b"caf\xe9"), ("truncated", b"\xe4\xb8")]:
    add("ics encodings", f"enc_{name}.ics", ics_text([vevent(summary="SUMMARYX")]).encode("utf-8").replace(b"SUMMARYX", raw))
for name, codec in [("utf16", "utf-16"), ("utf16be", "utf-16-be"), ("gb18030_all", "gb18030")]:
    add("ics encodings", f"file_{name}.ics", ics_text([vevent()]).encode(codec))
vtz = ("BEGIN:VTIMEZONE\r\nTZID:Evil\r\nBEGIN:STANDARD\r\nDTSTART:00010101T000000\r\nTZOFFSETFROM:{f}\r\n"
       "TZOFFSETTO:{t}\r\n{rule}END:STANDARD\r\nEND:VTIMEZONE\r\n")
for i, (f, t, rule) in enumerate([("+0800", "+0800", "RRULE:FREQ=SECONDLY\r\n"), ("+0800", "+0800", "RRULE:FREQ=MINUTELY\r\n"),
                                  ("+9999", "+9999", ""), ("-9999", "+0000", ""), ("+1500", "+1500", ""),
                                  ("+0800", "+0800", "RRULE:FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=30\r\n"),
                                  ("+0800", "+0800", "RRULE:FREQ=YEARLY;COUNT=999999999\r\n"), ("abc", "xyz", ""),
                                  ("+0800", "+0800", "RDATE:" + ",".join(f"{y:04d}0101T000000" for y in range(1, 3000)) + "\r\n"),
                                  ("+0800", "+0800", "RRULE:FREQ=HOURLY;INTERVAL=1\r\n"),
                                  ("+235959", "-235959", ""), ("+0800", "+0800", "RRULE:FREQ=DAILY;UNTIL=99991231T000000Z\r\n")]):
    ev = vevent().replace("TZID=Asia/Shanghai", "TZID=Evil")
    add("VTIMEZONE abuse", f"vtz{i}.ics", ics_text([ev], vtz.format(f=f, t=t, rule=rule)))
add("VTIMEZONE abuse", "vtz_many.ics", ics_text([vevent()], "".join(vtz.format(f="+0800", t="+0800", rule="").replace(
    "TZID:Evil", f"TZID:Z{i}") for i in range(5000))))
for i, (s, e) in enumerate([("99991231T235959", "99991231T235959"), ("00000101T000000", "00000101T010000"),
                            ("20261128T235960", "20261129T000000"), ("20261128T093000Z", "20261128T110000Z"),
                            ("20260230T090000", "20260230T100000"), ("20261128", "20261129"), ("X", "Y"),
                            ("18991231T090000", "18991231T100000"), ("22010101T090000", "22010101T100000"),
                            ("20261128T093000", "20261128T083000"), ("20261128T250000", "20261128T260000")]):
    add("extreme dates", f"date{i}.ics", ics_text([vevent(start=s, end=e)]))
add("nesting", "nested_vcalendar.ics", ics_text([ics_text([vevent()])]))
add("nesting", "vevent_in_vevent.ics", ics_text([vevent(extra=vevent(uid="inner"))]))
add("nesting", "deep.ics", ics_text(["BEGIN:X\r\n" * 100000 + "END:X\r\n" * 100000]))
add("nesting", "unclosed.ics", "BEGIN:VCALENDAR\r\n" + "BEGIN:VEVENT\r\n" * 1000)
add("nesting", "end_without_begin.ics", "END:VEVENT\r\nEND:VCALENDAR\r\n")
add("nesting", "valarm_flood.ics", ics_text([vevent(extra="BEGIN:VALARM\r\nEND:VALARM\r\n" * 20000)]))
add("nesting", "two_calendars.ics", ics_text([vevent()]) + ics_text([vevent(uid="second")]))
add("huge lines", "huge_summary.ics", ics_text([vevent(summary="长" * 2_000_000)]))
add("huge lines", "folded_forever.ics", ics_text([vevent(extra="DESCRIPTION:" + "\r\n x" * 500_000 + "\r\n")]))
add("huge lines", "many_events.ics", ics_text([vevent(uid=f"m{i}", start="20261128T093000") for i in range(20000)]))
add("formula cells", "formula.ics", ics_text([vevent(summary="=cmd|' /C calc'!A0")]))


# --- Databases (as the master of `import` and as `kiosk --db`) ------------------------------------
def foreign(sql):
    def make(path):
        con = sqlite3.connect(path)
        con.executescript(sql)
        con.commit()
        con.close()
    return make


for i, sql in enumerate(["CREATE TABLE contacts(name, phone); INSERT INTO contacts VALUES('王','138');",
                         "PRAGMA user_version=3; CREATE TABLE meta(k,v); CREATE TABLE events(id); CREATE TABLE occurrences(id);",
                         "PRAGMA application_id=42; CREATE TABLE t(x);", "PRAGMA journal_mode=WAL; CREATE TABLE t(x);",
                         "PRAGMA user_version=999; CREATE TABLE t(x);", "PRAGMA application_id=-1; PRAGMA user_version=6;",
                         "CREATE VIEW v AS SELECT 1;", "CREATE TABLE sites(x); PRAGMA user_version=1;",
                         "PRAGMA page_size=65536; CREATE TABLE big(x); INSERT INTO big VALUES(randomblob(100000));",
                         "CREATE TABLE t(x); CREATE TRIGGER tr AFTER INSERT ON t BEGIN SELECT 1; END;",
                         "PRAGMA auto_vacuum=FULL; CREATE TABLE t(x);", "PRAGMA encoding='UTF-16le'; CREATE TABLE t(x);",
                         "PRAGMA application_id=1263095634; CREATE TABLE t(x);",
                         "CREATE TABLE meta(key TEXT, value TEXT); PRAGMA user_version=6;",
                         "CREATE VIRTUAL TABLE f USING fts5(x);"]):
    add_db("foreign databases", f"foreign{i}.db", foreign(sql))


KEY = os.path.join(work, "district.key")
subprocess.run([OFFICE, "keygen", KEY], check=True, capture_output=True)


def kiosk_master(path):
    subprocess.run([OFFICE, "init", path, "--key", KEY], check=True, capture_output=True)
    subprocess.run([OFFICE, "import", path, os.path.join(DEMO, "example-calendar.csv"), "--today", TODAY],
                   check=True, capture_output=True)


def damaged(offset, length, seed):
    def make(path):
        kiosk_master(path)
        con = sqlite3.connect(path)
        con.execute("PRAGMA journal_mode=DELETE")
        con.close()
        rnd = random.Random(seed)
        with open(path, "r+b") as f:
            size = f.seek(0, 2)
            f.seek(min(offset, max(0, size - length)))
            f.write(bytes(rnd.randrange(256) for _ in range(length)))
    return make


for i, (offset, length) in enumerate([(0, 16), (16, 4), (28, 4), (56, 4), (100, 50), (4096, 200), (8192, 4096),
                                      (12288, 100), (20000, 3000), (40000, 1000), (60000, 5000), (4096 * 20, 4096)]):
    add_db("damaged databases", f"damaged{i}.db", damaged(offset, length, i))


def truncated(fraction):
    def make(path):
        kiosk_master(path)
        con = sqlite3.connect(path)
        con.execute("PRAGMA journal_mode=DELETE")
        con.close()
        size = os.path.getsize(path)
        with open(path, "r+b") as f:
            f.truncate(int(size * fraction))
    return make


for i, fraction in enumerate([0.0001, 0.1, 0.3, 0.5, 0.7, 0.9, 0.99]):
    add_db("damaged databases", f"truncated{i}.db", truncated(fraction))
add_db("damaged databases", "text_file.db", lambda p: open(p, "w").write("这不是数据库\n" * 100))


def planted(sql):
    def make(path):
        kiosk_master(path)
        con = sqlite3.connect(path)
        con.executescript("PRAGMA ignore_check_constraints=ON;" + sql)
        con.commit()
        con.close()
    return make


for i, sql in enumerate([
        "CREATE TRIGGER loop AFTER INSERT ON events BEGIN INSERT INTO meta(key,value) SELECT 'x'||value, value FROM "
        "(WITH RECURSIVE c(value) AS (SELECT 1 UNION ALL SELECT value+1 FROM c) SELECT value FROM c); END;",
        "CREATE VIEW forever AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c) SELECT x FROM c;",
        "CREATE TRIGGER wipe AFTER UPDATE ON occurrences BEGIN DELETE FROM sites; END;",
        "CREATE TRIGGER stop BEFORE INSERT ON occurrences BEGIN SELECT RAISE(ABORT, 'planted'); END;",
        "CREATE TRIGGER stop_events BEFORE UPDATE ON events BEGIN SELECT RAISE(FAIL, 'planted'); END;",
        "UPDATE occurrences SET start_at = substr(start_at,1,10)||'T99:99' WHERE id IN (SELECT id FROM occurrences LIMIT 5);",
        "UPDATE occurrences SET end_at = '2026-02-30T10:00' WHERE id IN (SELECT id FROM occurrences LIMIT 5);",
        "UPDATE events SET title = '坏' || char(0) || '标题' WHERE id = (SELECT min(id) FROM events);",
        "UPDATE events SET title = CAST(x'ffc0af' AS TEXT) WHERE id = (SELECT max(id) FROM events);",
        "UPDATE events SET body = hex(randomblob(500000)) WHERE id = (SELECT min(id) FROM events);",
        "UPDATE occurrences SET start_at = '0000-00-00T00:00', end_at = '9999-99-99T99:99' WHERE id IN (SELECT id FROM occurrences LIMIT 3);",
        "UPDATE events SET title = '𠀀𪚥😀' WHERE id = (SELECT min(id) FROM events);",
        "UPDATE events SET capacity = -5 WHERE id = (SELECT min(id) FROM events);",
        "UPDATE occurrences SET start_at = 12345, end_at = x'00' WHERE id IN (SELECT id FROM occurrences LIMIT 2);",
        "CREATE INDEX odd ON occurrences(start_at COLLATE NOCASE);"]):
    add_db("planted triggers, views and values", f"planted{i}.db", planted(sql))


# --- Running ----------------------------------------------------------------------------------------
def run(args, env=None):
    try:
        p = subprocess.run(args, capture_output=True, timeout=BOUND_SECONDS, env=env)
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired:
        return "timeout", b"", b""


def dump(path):
    con = sqlite3.connect(f"file:{path}?immutable=1", uri=True)
    try:
        return "\n".join(con.iterdump())
    except sqlite3.DatabaseError as error:
        return "undumpable: " + str(error)
    finally:
        con.close()


def integrity(path):
    con = sqlite3.connect(path)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


def file_bytes(path):
    with open(path, "rb") as f:
        return f.read()


def check_clean(kind, name, rc, err):
    if rc == "timeout":
        failures.append(f"{kind}/{name}: no exit within {BOUND_SECONDS} s")
        return False
    text = err.decode("utf-8", "replace")
    if "Sanitizer" in text or "runtime error" in text:
        failures.append(f"{kind}/{name}: sanitizer report: {text[:2000]}")
        return False
    if rc not in (0, 1, 2, 3):  # 3: the kiosk opened the database and then found no display
        failures.append(f"{kind}/{name}: exit {rc}: {text[:500]}")
        return False
    if b"\x00" in err:
        failures.append(f"{kind}/{name}: NUL byte in the error output")
        return False
    try:
        err.decode("utf-8")
    except UnicodeDecodeError:
        failures.append(f"{kind}/{name}: error output is not valid UTF-8")
        return False
    return True


base_master = os.path.join(work, "base.db")
kiosk_master(base_master)
base_dump = dump(base_master)
env_no_display = dict(os.environ)
env_no_display.pop("DISPLAY", None)
env_no_display.pop("WAYLAND_DISPLAY", None)

for index, (kind, name, data, maker) in enumerate(corpus):
    counter = table.setdefault(kind, collections.Counter())
    case = os.path.join(work, f"case{index}")
    os.mkdir(case)
    if data is not None:  # a calendar file imported into a copy of a good master
        master = os.path.join(case, "master.db")
        shutil.copy(base_master, master)
        source = os.path.join(case, name)
        with open(source, "wb") as f:
            f.write(data)
        outcomes = []
        for skip_bad in (False, True):
            before_bytes = file_bytes(master)
            before = dump(master)
            rc, out, err = run([OFFICE, "import", master, source, "--today", TODAY] + (["--skip-bad"] if skip_bad else []))
            if not check_clean(kind, name, rc, err):
                outcomes.append("FAILED")
                break
            if rc != 0:
                if not err.strip():
                    failures.append(f"{kind}/{name}: refused without saying why")
                if dump(master) != before or file_bytes(master) != before_bytes:
                    failures.append(f"{kind}/{name}: refused (exit {rc}) but the master changed")
            if integrity(master) != "ok":
                failures.append(f"{kind}/{name}: integrity_check not ok after import")
            outcomes.append("imported" if rc == 0 else "refused")
        if kind.endswith("formula cells") and outcomes and outcomes[-1] == "imported":
            rc, out, err = run([OFFICE, "list", master, "--from", "2026-11-01", "--to", "2026-12-31", "--format", "csv"])
            for line in out.decode("utf-8", "replace").splitlines()[0:]:
                cells = line.lstrip("\ufeff").split(",")
                if any(c[:1] in ("=", "+", "-", "@", "\t", "\r") for c in cells[2:]):
                    failures.append(f"{kind}/{name}: a formula reached the CSV export: {line}")
        outcome = " / ".join(outcomes)
        if "FAILED" not in outcomes and outcomes[-1] == "imported":
            accepted_masters.append(master)
    else:  # a database given as the master of an import and as the kiosk's --db
        path = os.path.join(case, name)
        maker(path)
        before_bytes = file_bytes(path)
        before = dump(path)
        rc, out, err = run([OFFICE, "import", path, os.path.join(DEMO, "example-calendar.csv"), "--today", TODAY])
        ok = check_clean(kind, name, rc, err)
        office = "imported" if rc == 0 else "refused"
        if ok and rc != 0 and dump(path) != before:
            failures.append(f"{kind}/{name}: import refused but the database's dump changed")
        if ok and rc != 0 and kind == "foreign databases" and file_bytes(path) != before_bytes:
            failures.append(f"{kind}/{name}: another program's database was changed")
        if ok and rc != 0 and any(os.path.exists(path + s) for s in ("-wal", "-shm", "-journal")):
            failures.append(f"{kind}/{name}: import refused but left a -wal/-shm/-journal file")
        # The kiosk: a database it refuses gives one line and exit 2 before any window; one it opens
        # is drawn headlessly below (no display here, so the real binary stops at "no display").
        krc, kout, kerr = run([KIOSK, "--db", path, "--key-file", KEY, "--today", TODAY + "T09:30"],
                              env=env_no_display)
        ok = check_clean(kind, name, krc, kerr) and ok
        kiosk = {2: "refused", 3: "opened"}.get(krc, f"exit {krc}")
        if krc not in (2, 3):
            failures.append(f"{kind}/{name}: kiosk exit {krc}: {kerr.decode('utf-8', 'replace')[:300]}")
        if krc == 2 and rc != 0 and (dump(path) != before or
                                     (kind == "foreign databases" and file_bytes(path) != before_bytes)):
            failures.append(f"{kind}/{name}: the kiosk refused the database but changed it")
        if kiosk == "opened":
            accepted_masters.append(path)
        outcome = f"office {office}, kiosk {kiosk}" if ok else "FAILED"
    counter[outcome] += 1

# Every screen over every accepted master, headless, in one run of the UI tests (each distinct
# content once: most refused files leave the same master behind).
distinct = {}
for path in accepted_masters:
    distinct.setdefault(dump(path), path)
list_file = os.path.join(work, "accepted.txt")
with open(list_file, "w") as f:
    f.write("\n".join(distinct.values()) + "\n")
env = dict(os.environ, KIOSK_HOSTILE_DATABASES=list_file)
BOUND_SECONDS = 3000
rc, out, err = run([UI_TESTS, "--gtest_filter=HostileCorpus.*"], env=env)
if rc != 0:
    failures.append(f"headless screens over accepted databases: exit {rc}: {out.decode('utf-8', 'replace')[-3000:]}"
                    f"{err.decode('utf-8', 'replace')[-2000:]}")

print(f"{'kind':40} {'count':>5}  outcome (without / with --skip-bad for files)")
total = 0
for kind, counter in table.items():
    count = sum(counter.values())
    total += count
    print(f"{kind:40} {count:5}  " + "; ".join(f"{n}× {o}" for o, n in counter.most_common()))
print(f"{'total':40} {total:5}  ({len(accepted_masters)} accepted databases, {len(distinct)} distinct, each drawn "
      "headlessly on every screen)")
for failure in failures:
    print("FAIL:", failure)
shutil.rmtree(work, ignore_errors=True)
if total < 300:
    print(f"FAIL: the corpus holds {total} files, fewer than 300")
    sys.exit(1)
sys.exit(1 if failures else 0)
