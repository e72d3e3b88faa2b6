"""The session plan's day adds up (docs/<language>/workshop/session-plan.md).

Three tables on that page, found by the ids of the headings above them, are read as data:
- `{ #timing }`: the timetable; each block starts when the one before ends (time plus minutes), the
  last row is the end of the day, and each block with a method links its slides and its handout;
- `{ #group-size }`: the least and the most institutions, and people per institution;
- `{ #per-institution }`: blocks in which every institution takes a turn, with the minutes all share
  and the minutes per institution ("3 + 2"); each must fit its block for the largest group."""

import re

from .pages import Problem

PAGE = "workshop/session-plan.md"
TIME = re.compile(r"^(\d{1,2}):(\d{2})$")
HEADING = re.compile(r"^#{1,6}\s")
FIX_TIMES = "make each block start when the one before ends: correct its start time, or the minutes of the block before"


def check(pages, docs):
    problems = []
    for page in pages:
        if page.relative == PAGE and page.root in (None, docs) and page.meta is not None and not page.decode_error:
            problems += check_plan(page)
    return problems


def table_after(page, anchor: str):
    """(line number, cells) of the rows of the first table under the heading `{ #anchor }`, without its
    header and separator rows; None if there is no such heading or no table before the next heading."""
    lines = list(page.body_lines())
    start = next((i for i, (_, text) in enumerate(lines) if HEADING.match(text) and re.search(r"\{[^}]*#" + re.escape(anchor) + r"\b", text)), None)
    if start is None:
        return None
    rows = []
    for number, text in lines[start + 1:]:
        if HEADING.match(text):
            break
        if text.lstrip().startswith("|"):
            rows.append((number, [cell.strip() for cell in text.strip().strip("|").split("|")]))
        elif rows:
            break
    return rows[2:] if len(rows) > 2 else None


def minutes_of(text: str) -> int | None:
    """'45' -> 45, '3 + 2' -> 5; None if it is not numbers joined by '+'."""
    parts = [part.strip() for part in text.split("+")]
    return sum(int(part) for part in parts) if all(part.isdigit() for part in parts) else None


def check_plan(page) -> list[Problem]:
    problems = []
    timing = table_after(page, "timing")
    sizes = table_after(page, "group-size")
    turns = table_after(page, "per-institution")
    for anchor, table in (("timing", timing), ("group-size", sizes), ("per-institution", turns)):
        if table is None:
            problems.append(Problem(page.path, None, f"the session plan has no table under a heading with the id '#{anchor}'",
                                    "keep the heading's id ({ #" + anchor + " }) and the table right under it: the day is checked from it"))
    if problems:
        return problems

    blocks, previous_end = {}, None
    for index, (number, cells) in enumerate(timing):
        if len(cells) < 4:
            problems.append(Problem(page.path, number, "a row of the timetable has fewer than four columns", "fill in time, minutes, block and method"))
            continue
        time, minutes, block, method = cells[0], cells[1], cells[2], cells[3]
        match = TIME.match(time)
        if not match:
            problems.append(Problem(page.path, number, f"'{time}' is not a time of day", "write the start time as HH:MM, e.g. 09:15"))
            break
        start = int(match[1]) * 60 + int(match[2])
        if previous_end is not None and start != previous_end:
            problems.append(Problem(page.path, number, f"'{block}' starts at {time}, but the block before ends at {clock(previous_end)}", FIX_TIMES))
        last = index == len(timing) - 1
        if last:
            if minutes:
                problems.append(Problem(page.path, number, f"the timetable's last row ('{block}') has minutes; it must be the end of the day",
                                        "add a last row with the time the day ends and no minutes"))
            break
        length = minutes_of(minutes)
        if length is None:
            problems.append(Problem(page.path, number, f"'{minutes}' minutes for '{block}' is not a number", "write the block's length in minutes, e.g. 45"))
            break
        previous_end = start + length
        blocks[block] = (number, length)
        materials = " ".join(cells[4:])
        if method and not ("kit/slides/" in materials and "kit/handouts/" in materials):
            problems.append(Problem(page.path, number, f"'{block}' does not link its slides and its handout",
                                    "link both in the last column, e.g. [slajdovi](kit/slides/02-potential-challenges.html), "
                                    "[podsjetnik](kit/handouts/02-potential-challenges.html); the kit's files are named after slides/ and handouts/"))

    ranges = []
    for number, cells in sizes[:2]:
        low, high = (minutes_of(cell) for cell in (cells + ["", "", ""])[1:3])
        if low is None or high is None or not 1 <= low <= high:
            problems.append(Problem(page.path, number, f"'{' | '.join(cells)}' is not a range of sizes",
                                    "give the least and the most as whole numbers, the least at least 1 and not more than the most"))
            return problems
        ranges.append((low, high))
    if len(ranges) < 2:
        problems.append(Problem(page.path, sizes[0][0] if sizes else None, "the group size table needs two rows: institutions, then people per institution",
                                "keep both rows"))
        return problems
    largest = ranges[0][1]  # the most institutions

    for number, cells in turns:
        block = cells[0]
        shared, each = (minutes_of(cell) for cell in (cells + ["", ""])[1:3])
        if block not in blocks:
            problems.append(Problem(page.path, number, f"'{block}' is not a block of the timetable",
                                    "write the block's name exactly as in the timetable"))
            continue
        if shared is None or each is None:
            problems.append(Problem(page.path, number, f"the minutes of '{block}' are not numbers", "write minutes as whole numbers, e.g. 35 and 3 + 2"))
            continue
        needed = shared + largest * each
        given = blocks[block][1]
        if needed > given:
            per = f"({cells[2]})" if "+" in cells[2] else cells[2]
            problems.append(Problem(page.path, number,
                                    f"'{block}' needs {shared} + {largest} × {per} = {needed} minutes for {largest} institutions, "
                                    f"but the timetable gives it {given}",
                                    "give the block more minutes in the timetable (and move the blocks after it), take fewer minutes "
                                    "per institution, or allow fewer institutions in the group size table"))
    return problems


def clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"
