"""axe-core (pinned in package.json) finds no WCAG 2.1 A/AA violation and no best-practice finding in
the kit's HTML handouts and decks, with one exception for decks: Marp's script moves its on-screen
controls into the slide area when the deck opens, so their page counter sits outside a landmark
(axe's best-practice rule 'region'); the slides themselves, their text and colours, are checked."""

import pytest

from helpers import LANGUAGES, ROOT
from kit_sources import outputs

pytestmark = pytest.mark.browser

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
RUN = (
    "([tags, skip]) => axe.run(document, {runOnly: {type: 'tag', values: tags}, rules: Object.fromEntries(skip.map(r => [r, {enabled: false}]))})"
    ".then(r => r.violations.map(v => `${v.id}: ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`))"
)
SKIPPED = {"slides": ["region"], "handouts": []}


@pytest.mark.parametrize("language", LANGUAGES)
def test_axe_finds_nothing_in_the_kit(trainer_kit, browser, language):
    if not AXE.is_file():
        pytest.fail("node_modules/axe-core is missing: run `npm ci` (make test does)", pytrace=False)
    context = browser.new_context(bypass_csp=True)
    page = context.new_page()
    found = {}
    for output in outputs(language=language):
        if output.format != "html":
            continue
        page.goto(output.built.as_uri())
        page.wait_for_load_state("load")
        page.evaluate(AXE.read_text(encoding="utf-8"))
        result = page.evaluate(RUN, [TAGS, SKIPPED[output.kind]])
        if result:
            found[output.name] = result
    context.close()
    assert found == {}
