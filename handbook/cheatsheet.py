"""The kubectl cheat sheet: every kubectl command line the handbook proves, one line per distinct form, grouped by
task, each linking to the section that explains it. Generated with the site from the same extraction."""

from __future__ import annotations

import dataclasses
import re

from .snippets import DOCS, HEADING, Snippet, extract_all, from_docs, kubectl_command_lines

GROUPS = {  # task -> the kubectl verbs it gathers, in the order shown
    "Create objects and generate YAML": ["create", "run", "expose", "apply", "replace", "kustomize"],
    "Inspect": ["get", "describe", "explain", "api-resources", "api-versions", "events", "top", "version", "cluster-info"],
    "Change": ["edit", "patch", "set", "label", "annotate", "scale", "autoscale", "delete", "diff"],
    "Debug": ["logs", "exec", "debug", "port-forward", "proxy", "cp", "attach", "wait"],
    "Rollouts": ["rollout"],
    "Contexts and kubeconfig": ["config"],
    "Security": ["auth", "certificate"],
    "Nodes": ["drain", "cordon", "uncordon", "taint"],
}
VERB_GROUP = {verb: group for group, verbs in GROUPS.items() for verb in verbs}
OTHER = "Other commands"


@dataclasses.dataclass
class Entry:
    group: str
    form: str  # subcommands and flag names: what makes two lines the same form
    command: str  # the first line of that form, as a page shows it
    page: str
    line: int
    heading: str
    anchor: str


def _words(argv: list[str]) -> tuple[list[str], list[str]]:
    """Subcommands (leading words before the first flag or object name that follows them) and flag names."""
    flags = sorted({a.split("=", 1)[0] for a in argv if a.startswith("-") and a != "--"})
    verbs = []
    for word in argv:
        if word.startswith("-") or word == "--":
            break
        verbs.append(word)
        if word not in {"rollout", "config", "auth", "set", "create", "certificate", "top", "apply"} or len(verbs) > 1:
            break
    return verbs, flags


def slugify(text: str, used: dict[str, int]) -> str:
    """The id Python-Markdown's toc extension gives a heading (same rules, same _1 suffixes for repeats)."""
    from markdown.extensions.toc import slugify as toc_slugify

    plain = re.sub(r"`([^`]*)`", r"\1", text)
    plain = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", plain)
    base = toc_slugify(plain, "-")
    count = used.get(base, 0)
    used[base] = count + 1
    return base if not count else f"{base}_{count}"


def headings(text: str) -> list[tuple[int, str, str]]:
    """(line, heading text, anchor) of every heading outside fenced blocks."""
    found, used, fence = [], {}, None
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if fence:
            if stripped.startswith(fence):
                fence = None
            continue
        if stripped.startswith(("```", "~~~")):
            fence = stripped[:3]
            continue
        match = HEADING.match(line)
        if match and line.startswith("#"):
            title = re.sub(r"\s*\{[^}]*\}\s*$", "", match.group(1))
            found.append((number, title, slugify(title, used)))
    return found


def _logical_line(lines: list[str], start: int) -> str:
    """The command as the page writes it, continuation lines joined."""
    parts = []
    for line in lines[start:]:
        parts.append(line.rstrip().removesuffix("\\").strip())
        if not line.rstrip().endswith("\\"):
            break
    return " ".join(parts)


def entries(snippets: list[Snippet], page_texts: dict[str, str]) -> list[Entry]:
    seen: dict[str, Entry] = {}
    heading_cache: dict[str, list] = {}
    for snippet in snippets:
        if "kubectl" not in snippet.checks or snippet.expect_fail or snippet.origin:
            continue
        if snippet.page not in heading_cache:
            heading_cache[snippet.page] = headings(page_texts[snippet.page])
        marks = heading_cache[snippet.page]
        above = [h for h in marks if h[0] < snippet.line]
        if not above or any(h[1] == "Practice" for h in above):
            continue  # practice solutions are answers, not reference lines
        _, title, anchor = above[-1]
        lines = snippet.script.splitlines()
        for offset, argv in kubectl_command_lines(snippet.script):
            verbs, flags = _words(argv)
            if not verbs:
                continue
            form = " ".join(verbs + flags)
            if form not in seen:
                seen[form] = Entry(VERB_GROUP.get(verbs[0], OTHER), form, _logical_line(lines, offset), snippet.page,
                                   snippet.line, title, anchor)
    return sorted(seen.values(), key=lambda e: (list(GROUPS).index(e.group) if e.group in GROUPS else len(GROUPS), e.form))


def page(docs=DOCS) -> str:
    """The cheat sheet's Markdown, kept on disk like the extraction: parsing every kubectl line of the handbook
    took each site build a fifth of a second."""
    return from_docs("cheatsheet", docs, lambda texts: render(entries(extract_all(docs), dict(texts))),
                     lambda stored: isinstance(stored, str))


def render(found: list[Entry], here: str = "reference/kubectl-cheat-sheet.md") -> str:
    import posixpath

    lines = ["# kubectl cheat sheet", "",
             "Every kubectl command line this handbook proves, one line per form (the same subcommand with the same flags",
             "counts once), grouped by task. Each line was parsed by the real kubectl v1.37 on the page it links to,",
             "where the section explains it. Words in capitals are placeholders.", ""]
    for group in [*GROUPS, OTHER]:
        rows = [e for e in found if e.group == group]
        if not rows:
            continue
        lines += [f"## {group}", "", "| Command | Explained in |", "| --- | --- |"]
        for entry in rows:
            link = posixpath.relpath(entry.page, posixpath.dirname(here))
            command = entry.command
            title = entry.heading.replace("`", "").replace("|", "\\|")  # plain link text: code in links is hard to read
            lines.append(f"| `{command}` | [{title}]({link}#{entry.anchor}) |")
        lines.append("")
    return "\n".join(lines)
