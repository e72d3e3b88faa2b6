"""Fill two gaps that Markdown leaves in the page content for screen-reader and keyboard users.

- Checklists (`- [ ] step`): pymdownx.tasklist draws each box as an <input type="checkbox"> with no
  name, so a screen reader says only "checkbox, not checked". Each item gets an id and its box is
  labelled by the item's text (aria-labelledby).
- Wide tables: Material puts each table in a box that scrolls sideways on a narrow screen, but a
  keyboard cannot scroll a box that holds nothing focusable. Each table is made focusable
  (tabindex="0"), so Tab reaches it and the arrow keys scroll it.
"""

import re

TASK_ITEM = re.compile(r'<li class="task-list-item">(<label class="task-list-control">)?<input type="checkbox"')
TABLE = re.compile(r"<table(?=[\s>])(?![^>]*\btabindex=)")


def make_accessible(html: str, page_id: str = "task") -> str:
    counter = iter(range(1, 1_000_000))

    def label_task(match):
        item = f"{page_id}-{next(counter)}"
        return (
            f'<li class="task-list-item" id="{item}">{match.group(1) or ""}'
            f'<input aria-labelledby="{item}" type="checkbox"'
        )

    html = TASK_ITEM.sub(label_task, html)
    return TABLE.sub('<table tabindex="0"', html)


def on_page_content(html, page, config, files):
    return make_accessible(html)
