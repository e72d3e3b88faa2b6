"""The session plan's day adds up (`make check`, rule session-plan): the real plan passes in both
languages, and each way of breaking it is reported with the file, the line, the block and the minutes."""

import shutil
from pathlib import Path

import pytest

from check_tree import messages, replace  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]
PLAN = "workshop/session-plan.md"


@pytest.fixture
def plan(tmp_path):
    """The real session plan in both languages, alone in a docs folder."""
    docs = tmp_path / "docs"
    for language in ("bs", "en"):
        target = docs / language / PLAN
        target.parent.mkdir(parents=True)
        shutil.copyfile(ROOT / "docs" / language / PLAN, target)
    return docs


def test_the_real_plan_adds_up_in_both_languages(plan):
    assert messages(plan, "session-plan") == []


def test_more_institutions_than_the_blocks_can_take(plan):
    replace(plan, f"en/{PLAN}", "| Institutions | 4 | 8 |", "| Institutions | 4 | 9 |")
    found = messages(plan, "session-plan")
    assert len(found) == 3, found  # the introductions, the self-assessment, the presentations
    assert any("'Presenting the proposals' needs 0 + 9 × (3 + 2) = 45 minutes for 9 institutions, but the timetable gives it 40" in m
               for m in found)
    assert all(m.startswith(f"docs/en/{PLAN}:") and "How to fix:" in m for m in found)


def test_longer_turns_do_not_fit(plan):
    replace(plan, f"bs/{PLAN}", "| Predstavljanje prijedloga | 0 | 3 + 2 |", "| Predstavljanje prijedloga | 0 | 4 + 2 |")
    found = messages(plan, "session-plan")
    assert len(found) == 1 and "'Predstavljanje prijedloga' needs 0 + 8 × (4 + 2) = 48 minutes" in found[0]


def test_a_block_that_does_not_start_when_the_one_before_ends(plan):
    replace(plan, f"bs/{PLAN}", "| 15:30 | 40 | Predstavljanje prijedloga |", "| 15:30 | 35 | Predstavljanje prijedloga |")
    found = messages(plan, "session-plan")
    assert any("'Sljedeći koraci i evaluacija dana' starts at 16:10, but the block before ends at 16:05" in m for m in found), found


def test_a_turn_block_missing_from_the_timetable(plan):
    replace(plan, f"en/{PLAN}", "| Where do we stand? | 35 | 3 |", "| Where we stand | 35 | 3 |")
    found = messages(plan, "session-plan")
    assert len(found) == 1 and "'Where we stand' is not a block of the timetable" in found[0]


def test_a_block_without_its_slides(plan):
    replace(plan, f"en/{PLAN}", "[slides](kit/slides/06-tools.html), ", "")
    found = messages(plan, "session-plan")
    assert len(found) == 1 and "'Tools that make the work easier' does not link its slides and its handout" in found[0]


def test_group_sizes_must_be_a_range(plan):
    replace(plan, f"bs/{PLAN}", "| Osobe po instituciji | 2 | 3 |", "| Osobe po instituciji | 3 | 2 |")
    found = messages(plan, "session-plan")
    assert len(found) == 1 and "is not a range of sizes" in found[0]


def test_a_plan_without_its_tables_says_which_heading_is_missing(plan):
    replace(plan, f"bs/{PLAN}", "{ #per-institution }", "{ #turns }")
    found = messages(plan, "session-plan")
    assert found == [f"docs/bs/{PLAN}: the session plan has no table under a heading with the id '#per-institution'\n"
                     "    How to fix: keep the heading's id ({ #per-institution }) and the table right under it: the day is checked from it"]
