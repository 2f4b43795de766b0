"""Writers of check results: text (`FILE:LINE: [rung] message`), JSON, and GitHub workflow annotations."""

from __future__ import annotations

import dataclasses
import html
import json
from collections import Counter

from .checks import PROBLEMS, Result, text_line


def problems(results: list[Result], strict: bool = False) -> list[Result]:
    """Results that make a check fail: failures, bad input, and under strict also unchecked blocks."""
    return [r for r in results if r.status in PROBLEMS or (strict and r.status == "unchecked")]


def summary(results: list[Result], strict: bool = False) -> dict:
    return {"results": len(results), "problems": len(problems(results, strict)),
            "by_status": dict(sorted(Counter(r.status for r in results).items()))}


def text(results: list[Result], strict: bool = False) -> str:
    """Problems first, then what could not run because of them, what was not checked, and warnings: one line each."""
    shown = problems(results, strict) + [r for r in results if r.status == "blocked"]
    shown += [r for r in results if r.status == "unchecked" and not strict]
    shown += [r for r in results if r.status == "warning"]
    lines = []
    for result in shown:
        line = text_line(result)
        if result.status == "unchecked" and not strict:
            line = line.replace("[unchecked]", "[unchecked] (note)", 1)
        lines.append(line)
    return "\n".join(lines)


def as_json(results: list[Result], strict: bool = False) -> str:
    return json.dumps({"summary": summary(results, strict), "results": [dataclasses.asdict(r) for r in results]}, indent=1)


def _escape(value: str, property_value: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return value.replace(":", "%3A").replace(",", "%2C") if property_value else value


def github(results: list[Result], strict: bool = False) -> str:
    """Workflow commands: GitHub shows each as an annotation on the file and line."""
    lines, failing = [], problems(results, strict)
    for result in failing + [r for r in results if r.status in {"blocked", "unchecked", "warning"} and r not in failing]:
        level = "error" if result in failing else "warning"
        title = f"[{result.rung}] {result.status}"
        lines.append(f"::{level} file={_escape(result.file, True)},line={result.line or 1},title={_escape(title, True)}::"
                     f"{_escape(result.message)}")
    return "\n".join(lines)


def markdown(results: list[Result], strict: bool = False) -> str:
    """A job summary: the totals, then one table row per problem, blocked block or warning."""
    counts = summary(results, strict)
    lines = ["## Snippet checks", "", ", ".join(f"{n} {status}" for status, n in counts["by_status"].items()), ""]
    shown = problems(results, strict) + [r for r in results if r.status in {"blocked", "warning"}]
    if not shown:
        return "\n".join(lines + ["Every snippet behaves as its page says."]) + "\n"
    lines += ["| Where | Rung | Status | Message |", "| --- | --- | --- | --- |"]
    for result in shown:
        cell = html.escape(result.message, quote=False).replace("|", "\\|").replace("\n", "<br>")
        lines.append(f"| `{result.file}:{result.line}` | {result.rung} | {result.status} | {cell} |")
    return "\n".join(lines) + "\n"


WRITERS = {"text": text, "json": as_json, "github": github}
