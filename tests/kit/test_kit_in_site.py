"""The site build puts the kit into each language's workshop/kit/ folder (hooks/trainer_kit.py): the
built files when `make slides` has run, otherwise a short note in their place, so that `make serve`
and `make build` work without Node.js or a browser and every link on the pages still leads somewhere."""

import os

import pytest
from mkdocs.config import load_config
from mkdocs.structure.files import Files

from helpers import ROOT, load_module
from kit_sources import layout, outputs


def in_site(site, output):
    prefix = "" if output.language == "bs" else f"{output.language}/"
    return site / prefix / output.site_path


def test_the_site_has_every_file_of_the_kit_in_each_language(built_site):
    missing = [o.src_uri for o in outputs() if not in_site(built_site, o).is_file()]
    assert missing == []


@pytest.fixture
def config():
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    return load_config(str(ROOT / "mkdocs.yml"))


@pytest.mark.parametrize("language", ["bs", "en"])
def test_files_not_built_yet_are_notes_that_say_how_to_build_them(config, monkeypatch, tmp_path, language):
    monkeypatch.setattr(layout, "BUILD", tmp_path / "nothing-built")
    hook = load_module("hooks/trainer_kit.py")
    config.plugins["i18n"].current_language = language
    config.plugins._current_plugin = "hooks/trainer_kit"  # what MkDocs sets while a hook's event runs
    files = hook.on_files(Files([]), config)
    added = {file.src_uri: file for file in files}
    expected = [o for o in outputs(language=language)]
    assert sorted(added) == sorted(o.src_uri for o in expected)
    prefix = "" if language == "bs" else "en/"
    for output in expected:
        file = added[output.src_uri]
        assert file.dest_uri == prefix + output.site_path
        assert "make slides" in file.content_string
