"""What the hooks that rely on Material's own output share (not a hook itself; see _languages.py).

Several hooks change the theme's script, styles or page markup by finding a known piece of it. A new
Material release can change that piece; then the hook must stop the build with a message that says
which hook, what it no longer finds and what to do, never build a site that silently lost a fix.
What to do in general is on the maintainers' page, under "When the theme changes".
"""

from pathlib import Path

from mkdocs.exceptions import PluginError

MAINTAINERS_PAGE = "docs/en/contributing/dependencies.md (\"When the theme changes\")"
THEME_SCRIPT = "assets/javascripts/bundle.*.min.js"
SEARCH_WORKER = "assets/javascripts/workers/search.*.min.js"


def theme_changed(hook: str, found: str, what_to_check: str) -> PluginError:
    """The error a hook raises when Material's output no longer has what it relies on."""
    return PluginError(
        f"hooks/{hook}: {found}. Material's output changed (a new mkdocs-material version?), so this "
        f"hook can no longer do its job.\n    How to fix: {what_to_check}; adapt the pattern in "
        f"hooks/{hook} and its test, or pin the previous mkdocs-material in requirements.in and run "
        f"`make lock`. See {MAINTAINERS_PAGE}."
    )


def inner_language_build(config) -> bool:
    """True while the i18n plugin builds a further language (inside the first build's on_post_build).
    Each language build writes the theme's assets to the site root again, so a hook that patches them
    patches them in every build; a hook that works on the whole site waits for the end."""
    i18n = config.plugins.get("i18n")
    return bool(i18n is not None and getattr(i18n, "building", False))


def one_asset(config, pattern: str, hook: str, what_to_check: str) -> Path:
    """The one file of the theme matching `pattern` in the built site."""
    matches = sorted(Path(config.site_dir).glob(pattern))
    if len(matches) != 1:
        raise theme_changed(hook, f"{len(matches)} files match {pattern} in the built site, expected 1", what_to_check)
    return matches[0]


def theme_script(config, hook: str) -> Path:
    """Material's script (assets/javascripts/bundle.<hash>.min.js) in this build."""
    return one_asset(config, THEME_SCRIPT, hook, "look in Material's templates/assets/javascripts/ for its script's new name")
