"""Fill two gaps that Markdown leaves in the page content for screen-reader and keyboard users.

- Checklists (`- [ ] step`): pymdownx.tasklist draws each box as an <input type="checkbox"> with no
  name, so a screen reader says only "checkbox, not checked". Each item gets an id and its box is
  labelled by the item's text (aria-labelledby).
- Wide tables: Material puts each table in a box that scrolls sideways on a narrow screen, but a
  keyboard cannot scroll a box that holds nothing focusable. Each table is made focusable
  (tabindex="0"), so Tab reaches it and the arrow keys scroll it.
- Code blocks and the row of a content tab's titles scroll sideways too. Material's script makes a
  code block focusable when it overflows, but that script only comes with the reader's first use of
  the page (hooks/theme_script_on_first_use.py): until then, each code block and each row of tab
  titles is focusable, for the same reason as tables. (Material then drops it from code blocks that
  do not overflow.)
"""

import re

TASK_ITEM = re.compile(r'<li class="task-list-item">(<label class="task-list-control">)?<input type="checkbox"')
TABLE = re.compile(r"<table(?=[\s>])(?![^>]*\btabindex=)")
CODE_BLOCK = re.compile(r"(<pre[^>]*>(?:<span></span>)?)<code>")
TAB_TITLES = '<div class="tabbed-labels">'


def make_accessible(html: str, page_id: str = "task") -> str:
    counter = iter(range(1, 1_000_000))

    def label_task(match):
        item = f"{page_id}-{next(counter)}"
        return (
            f'<li class="task-list-item" id="{item}">{match.group(1) or ""}'
            f'<input aria-labelledby="{item}" type="checkbox"'
        )

    html = TASK_ITEM.sub(label_task, html)
    html = CODE_BLOCK.sub(r'\1<code tabindex="0">', html)
    html = html.replace(TAB_TITLES, '<div class="tabbed-labels" tabindex="0">')
    return TABLE.sub('<table tabindex="0"', html)


def on_page_content(html, page, config, files):
    return make_accessible(html)
