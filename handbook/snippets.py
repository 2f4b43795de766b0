"""Snippet extraction: the one parser of fenced blocks, used by the MkDocs hook, the tests and the CLI."""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import pickle
import re
import shlex
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
DOCS = REPO / "docs"
SNIPPETS = REPO / "snippets"

RUNGS = ("parse", "lint", "schema", "kubectl", "server", "run")
SHELL_LANGS = {"bash", "sh", "shell", "console"}
MANIFEST_LANGS = {"yaml", "yml", "json"}
EXTENSIONS = {"yaml": "yaml", "yml": "yaml", "json": "json", "bash": "sh", "sh": "sh", "shell": "sh", "console": "sh"}

FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})(?P<info>.*)$")
ANNOTATION = re.compile(r"^\s*<!--\s*snippet:(?P<body>.*?)-->\s*$")
ANNOTATION_START = re.compile(r"^\s*<!--\s*snippet:")
# Material code annotations ("# (1)!") are reader markup, not part of the downloadable file.
CODE_ANNOTATION = re.compile(r"[ \t]*# \(\d+\)!?[ \t]*$", re.M)
HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*\s*$")
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]*$")
ANNOTATION_KEYS = {"id", "title", "skip", "expect-fail", "run"}


class SnippetError(Exception):
    """Bad input in a page: always names the file and line."""


@dataclasses.dataclass
class Snippet:
    page: str  # path under docs/, e.g. "workloads/pods.md"
    line: int  # 1-based line of the opening fence
    lang: str
    id: str
    code: str  # as published: dedented, code-annotation markers removed
    title: str | None = None
    skipped: dict[str, str] = dataclasses.field(default_factory=dict)
    expect_fail: tuple[str, str] | None = None
    run: bool = False
    documents: list[dict] = dataclasses.field(default_factory=list)
    annotation_line: int | None = None
    origin: str | None = None  # the file as the user named it, for files outside docs/
    end_line: int = 0  # 1-based line of the closing fence
    error: str | None = None  # bad input (annotation, unreadable file): reported, never checked
    unchecked: str | None = None  # why no check applies (unlabeled fence, text without a skip reason)
    whole_file: bool = False  # a YAML or JSON file rather than a fenced block: its code starts on line 1

    def line_of(self, offset: int | None) -> int:
        """The file's line for a 1-based line inside the code (a block's code starts after its fence)."""
        if not offset:
            return self.line
        return offset if self.whole_file else self.line + offset

    @property
    def source(self) -> str:
        return self.origin or f"docs/{self.page}"

    @property
    def location(self) -> str:
        return f"{self.source}:{self.line}"

    @property
    def ext(self) -> str:
        return EXTENSIONS.get(self.lang, "txt")

    @property
    def file(self) -> str:
        """Path under snippets/ (and under the site's /snippets/)."""
        return f"{self.page.removesuffix('.md')}/{self.id}.{self.ext}"

    @property
    def is_manifest(self) -> bool:
        return bool(self.documents) and all(d.get("apiVersion") and d.get("kind") for d in self.documents)

    @functools.cached_property
    def applicable(self) -> list[str]:
        """Rungs that can see this kind of block, before skips (the ladder in checks.py decides)."""
        from .checks import LADDER

        if self.error or self.unchecked:
            return []
        return [rung.name for rung in LADDER if rung.applies(self)]

    @property
    def checks(self) -> list[str]:
        return [r for r in self.applicable if r not in self.skipped]

    @property
    def script(self) -> str:
        """The shell text to check: console transcripts keep only their `$ ` command lines."""
        if self.lang == "console":
            return "".join(cmd + "\n" for cmd, _ in console_steps(self.code))
        return self.code

    def script_line(self, line: int) -> int:
        """Map a line of the checked script back to the snippet (console blocks keep only `$ ` lines)."""
        if self.lang != "console":
            return line
        commands = [i for i, text in enumerate(self.code.splitlines(), 1) if text.startswith("$ ")]
        return commands[line - 1] if 0 < line <= len(commands) else 1

    def index_entry(self) -> dict:
        entry = {
            "page": self.page,
            "line": self.line,
            "lang": self.lang,
            "id": self.id,
            "file": self.file,
            "title": self.title,
            "checks": self.checks,
            "skipped": self.skipped,
            "expect_fail": list(self.expect_fail) if self.expect_fail else None,
            "run": self.run,
        }
        if self.documents:
            entry["documents"] = self.documents
        return entry


def console_steps(code: str) -> list[tuple[str, str]]:
    """Split a console transcript into (command, expected output) pairs."""
    steps: list[tuple[str, list[str]]] = []
    for line in code.splitlines():
        if line.startswith("$ "):
            steps.append((line[2:], []))
        elif steps:
            steps[-1][1].append(line)
    return [(cmd, "\n".join(out).rstrip("\n")) for cmd, out in steps]


SHELL_SEPARATORS = {"|", "||", "&&", ";", "&", "(", ")", "|&"}


def kubectl_command_lines(script: str) -> list[tuple[int, list[str]]]:
    """(line offset, argv after 'kubectl') for every kubectl invocation, pipelines and && chains included."""
    return command_lines(script, "kubectl")


def command_lines(script: str, program: str) -> list[tuple[int, list[str]]]:
    """(line offset, argv after PROGRAM) for every invocation of one program, pipelines and && chains included."""
    if program not in script:
        return []
    return [(offset, list(argv)) for offset, argv in _command_lines(script, program)]


@functools.lru_cache(maxsize=4096)
def _command_lines(script: str, program: str) -> tuple[tuple[int, tuple[str, ...]], ...]:
    found = []
    logical, start = "", 0
    for offset, raw in enumerate(script.splitlines()):
        if not logical:
            start = offset
        if raw.rstrip().endswith("\\"):
            logical += raw.rstrip()[:-1] + " "
            continue
        logical += raw
        found.extend((start, tuple(argv)) for argv in _argvs(logical, program))
        logical = ""
    return tuple(found)


def _argvs(line: str, program: str) -> list[list[str]]:
    lexer = shlex.shlex(line, posix=True, punctuation_chars=";&|()<>")
    lexer.whitespace_split = True
    lexer.commenters = "#"
    try:
        tokens = list(lexer)
    except ValueError:
        return []  # unbalanced quotes: the parse rung reports it
    commands, current = [], []
    for token in tokens:
        if token in SHELL_SEPARATORS or set(token) <= set(";&|()"):
            commands.append(current)
            current = []
        else:
            current.append(token)
    commands.append(current)
    argvs = []
    for words in commands:
        words = _drop_redirections(words)
        while words and (words[0] in {"sudo", "time", "watch", "then", "do", "!"} or "=" in words[0] and not words[0].startswith("-")):
            words = words[1:]
        if words and words[0] == program:
            argvs.append(words[1:])
    return argvs


REDIRECTIONS = {">", ">>", "<", "<<", "<<<", ">&", "<&", "&>", "&>>", ">|"}


def _drop_redirections(words: list[str]) -> list[str]:
    """Words without redirections: `> file`, `2>&1`, `2> /dev/null` (the lexer splits `2>&1` into 2, >&, 1)."""
    kept, skip_next = [], False
    for at, word in enumerate(words):
        following = words[at + 1] if at + 1 < len(words) else ""
        if skip_next:
            skip_next = False
        elif word in REDIRECTIONS or re.fullmatch(r"\d?[<>]{1,2}&?", word):
            skip_next = True
        elif word.isdigit() and (following in REDIRECTIONS or re.fullmatch(r"[<>]{1,2}&?", following)):
            continue  # the file descriptor of the redirection that follows
        else:
            kept.append(word)
    return kept


class _UniqueKeyLoader(yaml.SafeLoader):
    """PyYAML accepts duplicate keys silently; Kubernetes tooling does not, so neither do we."""


def _construct_mapping(loader, node, deep=False):
    seen = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        if isinstance(key, (dict, list)):
            raise yaml.constructor.ConstructorError(
                "while constructing a mapping", node.start_mark,
                "found a mapping or list used as a key: template syntax such as {{ name }}? render the template first",
                key_node.start_mark)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                "while constructing a mapping", node.start_mark, f"found duplicate key {key!r}", key_node.start_mark
            )
        seen[key] = True
    return loader.construct_mapping(node, deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


class _FastUniqueKeyLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """The same rules on LibYAML's parser: for describing documents, where the parse rung's messages are not needed."""


_FastUniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def load_documents(code: str, lang: str) -> list:
    """Parse YAML (duplicate keys and tab indentation rejected) or JSON; raises ValueError with a line number."""
    if lang == "json":
        try:
            return [json.loads(code)]
        except json.JSONDecodeError as err:
            raise ValueError(f"line {err.lineno}: {err.msg}") from err
    for number, text in enumerate(code.splitlines(), 1):
        if text[: len(text) - len(text.lstrip(" \t"))].count("\t"):
            raise ValueError(f"line {number}: tab character in indentation (YAML indents with spaces only)")
    try:
        return [d for d in yaml.load_all(code, Loader=_UniqueKeyLoader) if d is not None]
    except (TypeError, RecursionError) as err:  # whatever slips past the loader's checks is still a parse error
        raise ValueError(f"cannot read this YAML: {err}") from err
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark else ""
        raise ValueError(f"{where}{getattr(err, 'problem', None) or err}") from err


def describe_documents(docs: list) -> list[dict]:
    described = []
    for doc in docs:
        if isinstance(doc, dict):
            meta = doc.get("metadata") if isinstance(doc.get("metadata"), dict) else {}
            described.append({"apiVersion": doc.get("apiVersion"), "kind": doc.get("kind"), "name": meta.get("name")})
        else:
            described.append({"apiVersion": None, "kind": None, "name": None})
    return described


def describe_code(code: str, lang: str) -> list[dict]:
    """apiVersion, kind and name of each document; empty when the code does not parse (the parse rung says why)."""
    try:
        if lang == "json":
            return describe_documents(load_documents(code, lang))
        if any(line[: len(line) - len(line.lstrip(" \t"))].count("\t") for line in code.splitlines()):
            return []
        return describe_documents([d for d in yaml.load_all(code, Loader=_FastUniqueKeyLoader) if d is not None])
    except (ValueError, TypeError, RecursionError, yaml.YAMLError):
        return []


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "snippet"


def parse_annotation(body: str) -> dict:
    try:
        words = shlex.split(body)
    except ValueError as err:
        raise SnippetError(f"cannot read snippet annotation: {err}") from err
    values: dict = {}
    for word in words:
        key, has_value, value = word.partition("=")
        if key not in ANNOTATION_KEYS:
            raise SnippetError(f"unknown snippet annotation key {key!r} (known: {', '.join(sorted(ANNOTATION_KEYS))})")
        if key == "run":
            if has_value:
                raise SnippetError("'run' takes no value")
            values["run"] = True
        elif not value:
            raise SnippetError(f"annotation {key!r} needs a value")
        else:
            values[key] = value
    return values


def _rung_and_text(value: str, key: str) -> tuple[list[str], str]:
    rungs, colon, text = value.partition(":")
    names = [r.strip() for r in rungs.split(",") if r.strip()]
    if not colon or not text.strip():
        raise SnippetError(f'{key} needs "RUNGS: text", got {value!r}')
    if names == ["all"]:
        names = list(RUNGS)
    unknown = [n for n in names if n not in RUNGS]
    if unknown or not names:
        raise SnippetError(f"{key} names unknown rung(s) {unknown} (rungs: {', '.join(RUNGS)}, or all)")
    return names, text.strip()


def extract_page(text: str, page: str, source: str | None = None) -> list[Snippet]:
    """Every fenced block of one Markdown page, in order. A block with bad input becomes a Snippet with an
    error, and a block no check applies to one with an unchecked reason: nothing is dropped, nothing stops."""
    source = source or f"docs/{page}"
    lines = text.splitlines()
    snippets: list[Snippet] = []
    heading = slugify(Path(page).stem)
    used_ids: dict[str, int] = {}
    stray: list[Snippet] = []  # annotation problems outside any block
    i = 0
    while i < len(lines):
        line = lines[i]
        if HEADING.match(line):
            heading = slugify(HEADING.match(line).group(1))
        if ANNOTATION_START.match(line) and not ANNOTATION.match(line):
            stray.append(_problem(page, source, i + 1, "snippet annotation must be one line ending with -->"))
        if ANNOTATION.match(line):
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if not FENCE.match(nxt):
                stray.append(_problem(page, source, i + 1, "snippet annotation is not directly followed by a fenced block"))
        match = FENCE.match(line)
        if not match:
            i += 1
            continue
        indent, fence, info = match.group("indent"), match.group("fence"), match.group("info").strip()
        start = i
        closing = re.compile(rf"^[ \t]*{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$")
        i += 1
        body = []
        while i < len(lines) and not closing.match(lines[i]):
            body.append(lines[i][len(indent):] if lines[i].startswith(indent) else lines[i].lstrip())
            i += 1
        if i >= len(lines):
            snippets.append(_problem(page, source, start + 1, f"fenced block is never closed (expected {fence})"))
            break
        end_line = i + 1
        i += 1
        lang = info.split()[0].lstrip(".").lower() if info else ""
        if lang.startswith("{"):
            lang = lang.strip("{}").lstrip(".")
        code = CODE_ANNOTATION.sub("", "\n".join(body)) + "\n"
        snippet = Snippet(page=page, line=start + 1, lang=lang, id="", code=code, end_line=end_line,
                          origin=None if source == f"docs/{page}" else source)
        try:
            _configure(snippet, lines, start, heading, used_ids)
        except SnippetError as err:
            snippet.error = str(err)
            snippet.id = snippet.id or f"{heading}-line-{start + 1}"
        snippets.append(snippet)
    return sorted(snippets + stray, key=lambda s: s.line)


def _problem(page: str, source: str, line: int, message: str) -> Snippet:
    return Snippet(page=page, line=line, lang="", id=f"line-{line}", code="", error=message,
                   origin=None if source == f"docs/{page}" else source)


def _configure(snippet: Snippet, lines: list[str], start: int, heading: str, used_ids: dict[str, int]) -> None:
    """Apply the block's annotation; raises SnippetError (without location: the Result carries it)."""
    lang = snippet.lang
    annotation_line = start if start > 0 and ANNOTATION.match(lines[start - 1]) else None
    options = parse_annotation(ANNOTATION.match(lines[start - 1]).group("body")) if annotation_line is not None else {}
    snippet.title, snippet.run, snippet.annotation_line = options.get("title"), options.get("run", False), annotation_line
    if "skip" in options:
        rungs, reason = _rung_and_text(options["skip"], "skip")
        snippet.skipped = {r: reason for r in rungs}
    if "expect-fail" in options:
        rungs, message = _rung_and_text(options["expect-fail"], "expect-fail")
        if len(rungs) != 1:
            raise SnippetError("expect-fail names exactly one rung")
        snippet.expect_fail = (rungs[0], message)
    if lang in MANIFEST_LANGS:
        snippet.documents = describe_code(snippet.code, lang)
    if "id" in options:
        snippet.id = options["id"]
    elif snippet.title:
        snippet.id = slugify(snippet.title.rsplit(".", 1)[0])
    else:
        snippet.id = heading  # the nearest heading keeps ids stable when blocks are added elsewhere
    if not ID_PATTERN.match(snippet.id):
        bad, snippet.id = snippet.id, ""
        raise SnippetError(f"snippet id {bad!r} must be lower-case letters, digits and dashes")
    count = used_ids.get(snippet.id, 0)
    used_ids[snippet.id] = count + 1
    if count:
        if "id" in options:
            raise SnippetError(f"duplicate snippet id {snippet.id!r} on this page")
        snippet.id = f"{snippet.id}-{count + 1}"
    if not lang:
        if not snippet.skipped:
            snippet.unchecked = "fenced block has no language (write ```yaml, ```bash, ```text ...): not checked"
        return
    if snippet.expect_fail and snippet.expect_fail[0] not in snippet.applicable:
        raise SnippetError(f"expect-fail names rung {snippet.expect_fail[0]!r}, which does not apply to a {lang} block")
    if not snippet.checks and not snippet.skipped:
        snippet.unchecked = f"no check applies to a {lang!r} block: add skip=\"all: REASON\" saying why it is unchecked"


def strip_annotations(text: str) -> str:
    """The page as readers get it: annotation comments removed."""
    return "\n".join(line for line in text.split("\n") if not ANNOTATION.match(line))


def pages(docs: Path = DOCS) -> list[Path]:
    return sorted(p for p in docs.rglob("*.md") if not any(part.startswith(".") for part in p.relative_to(docs).parts))


def extract_all(docs: Path = DOCS) -> list[Snippet]:
    """Every block of every page (each site build and check starts here)."""
    return from_docs("extracted", docs, lambda texts: [snippet for page, text in texts for snippet in extract_page(text, page)],
                     lambda stored: isinstance(stored, list) and all(isinstance(s, Snippet) for s in stored))


def from_docs(kind: str, docs: Path, compute, valid):
    """What compute makes of the pages' texts [(page, text)], kept on disk under those texts and this engine's
    source: an unchanged handbook is read back in a tenth of the time. A stored value that valid() refuses (a stray
    file of another shape) is a miss; an error raised by compute is not stored."""
    from .checks import cache_root, engine_fingerprint, store_bytes

    texts = [(path.relative_to(docs).as_posix(), path.read_text(encoding="utf-8")) for path in pages(docs)]
    key = hashlib.sha256((kind + engine_fingerprint() + json.dumps(texts)).encode()).hexdigest()
    memo = cache_root() / kind / f"{key}.pickle"
    try:
        marker, stored_key, stored = pickle.loads(memo.read_bytes())
        if marker == MEMO_FORMAT and stored_key == key and valid(stored):
            return stored
    except Exception:  # noqa: BLE001 - missing, unreadable, of another shape or from older code: compute again
        pass
    result = compute(texts)
    # A few recent states: checkouts and test folders side by side.
    store_bytes(memo, pickle.dumps((MEMO_FORMAT, key, result)), keep=8)
    return result


MEMO_FORMAT = "handbook-from-docs-1"


def render_tree(snippets: list[Snippet]) -> dict[str, str]:
    """snippets/ as {relative path: content}, index.json included."""
    tree = {s.file: s.code for s in snippets}
    index = {"snippets": [s.index_entry() for s in snippets]}
    tree["index.json"] = json.dumps(index, indent=2, sort_keys=True) + "\n"
    return tree


def read_tree(root: Path = SNIPPETS) -> dict[str, str]:
    if not root.exists():
        return {}
    return {p.relative_to(root).as_posix(): p.read_text(encoding="utf-8") for p in root.rglob("*") if p.is_file()}


def write_tree(tree: dict[str, str], root: Path = SNIPPETS) -> bool:
    """Make root hold exactly tree; returns whether anything changed."""
    current = read_tree(root)
    if current == tree:
        return False
    for stale in set(current) - set(tree):
        (root / stale).unlink()
    for rel, content in tree.items():
        if current.get(rel) != content:
            target = root / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(content, encoding="utf-8")
    for folder in sorted((p for p in root.rglob("*") if p.is_dir()), reverse=True):
        if not any(folder.iterdir()):
            folder.rmdir()
    return True
