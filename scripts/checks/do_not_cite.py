"""No page cites a domain on the project's list of sources not to cite (sources/do-not-cite.yml):
copies of law texts on document-sharing sites, forums, content farms, resellers and the like.

Each entry of the list names a domain, why it is not cited and what to cite instead; a link to the
domain or to any of its subdomains (www.scribd.com, de.scribd.com) is reported with both. A domain
written in a page as plain text ("never cite scribd.com") is not a citation and is left alone."""

import re
from pathlib import Path

import yaml

from .pages import Problem

LIST_FILE = Path(__file__).resolve().parents[2] / "sources" / "do-not-cite.yml"
FIELDS = ("domain", "reason", "instead")
# A web address in a page: a Markdown link, an <autolink>, a reference definition or a bare URL.
# The host ends at the first character that cannot be part of it.
ADDRESS = re.compile(r"(?:https?:)?//(?P<host>[^/\s?#)\]>\"'|]+)", re.I)
DOMAIN = re.compile(r"^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{1,62}$")
FORMAT_HELP = (
    "each entry is three indented lines under a dash: '- domain: example.com', '  reason: ...', "
    "'  instead: ...' (see the comment at the top of the file)"
)


def check(pages, docs):
    entries, problems = read_list(LIST_FILE)
    if not entries:
        return problems
    for page in pages:
        if page.decode_error:
            continue
        for number, line in page.body_lines():
            for match in ADDRESS.finditer(line):
                entry = entry_for(host_of(match["host"]), entries)
                if entry:
                    problems.append(Problem(
                        page.path, number,
                        f"a link to {entry['domain']}, which the handbook does not cite: {entry['reason']}",
                        f"{entry['instead']} (the list of domains not to cite is {display(LIST_FILE, docs)})",
                    ))
    return problems


def host_of(netloc: str) -> str:
    """'user@WWW.Example.com:443' -> 'www.example.com'."""
    host = netloc.rsplit("@", 1)[-1]
    if not host.startswith("["):
        host = host.split(":", 1)[0]
    return host.rstrip(".").lower()


def entry_for(host: str, entries: list[dict]) -> dict | None:
    for entry in entries:
        domain = entry["domain"]
        if host == domain or host.endswith("." + domain):
            return entry
    return None


def read_list(path: Path) -> tuple[list[dict], list[Problem]]:
    """The valid entries of the list, and a problem for every part of it a trainer has to fix.
    A broken entry is reported and skipped; the others are still checked."""
    fix_file = f"restore it from the repository's history (git checkout -- {path.name}) or ask a maintainer"
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return [], [Problem(path, None, "the list of domains not to cite is missing", fix_file)]
    except UnicodeDecodeError:
        return [], [Problem(path, None, "the list of domains not to cite is not UTF-8 text", "save it as UTF-8")]
    try:
        root = yaml.compose(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        return [], [Problem(path, mark.line + 1 if mark else None,
                            f"the list of domains not to cite is not valid YAML ({getattr(error, 'problem', None) or error})",
                            FORMAT_HELP)]
    if root is None:
        return [], [Problem(path, None, "the list of domains not to cite is empty", FORMAT_HELP)]
    if not isinstance(root, yaml.SequenceNode):
        return [], [Problem(path, root.start_mark.line + 1, "the list of domains not to cite must be a list of entries", FORMAT_HELP)]

    entries, problems, seen = [], [], {}
    for node in root.value:
        line = node.start_mark.line + 1
        if not isinstance(node, yaml.MappingNode):
            problems.append(Problem(path, line, "this entry is not a 'domain / reason / instead' group", FORMAT_HELP))
            continue
        fields, broken = {}, False
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if key not in FIELDS:
                problems.append(Problem(path, key_node.start_mark.line + 1, f"unknown field '{key}' in this entry",
                                        "use only the fields domain, reason and instead (check the spelling)"))
                broken = True
                continue
            if not isinstance(value_node, yaml.ScalarNode) or not str(value_node.value).strip():
                problems.append(Problem(path, value_node.start_mark.line + 1, f"the field '{key}' must be a line of text",
                                        f"write the {key} after '{key}: ' on the same line"))
                broken = True
                continue
            fields[key] = " ".join(str(value_node.value).split())
        missing = [name for name in FIELDS if name not in fields]
        if missing:
            if not broken:  # a misspelt or empty field was reported above; one message is enough
                problems.append(Problem(path, line, f"this entry has no {' and no '.join(missing)}",
                                        "give every entry a domain, the reason it is not cited, and what to cite instead"))
            continue
        domain = fields["domain"].lower()
        if not DOMAIN.match(domain):
            problems.append(Problem(path, line, f"'{fields['domain']}' is not a domain name",
                                    "write only the domain, without https://, www. or a path: e.g. 'scribd.com'"))
            continue
        if domain.startswith("www."):
            problems.append(Problem(path, line, f"'{fields['domain']}' starts with www.",
                                    f"write '{domain[4:]}': subdomains such as www. are covered by their domain"))
            continue
        if domain in seen:
            problems.append(Problem(path, line, f"'{domain}' is already listed on line {seen[domain]}",
                                    "keep one entry per domain and delete this one"))
            continue
        seen[domain] = line
        entries.append({**fields, "domain": domain})
    return entries, problems


def display(path: Path, docs: Path) -> str:
    try:
        return path.resolve().relative_to(docs.resolve().parent).as_posix()
    except ValueError:
        return path.name
