"""Offline JSON schemas for kubeconform, made from the ones shipped in the pinned kubernetes-validate wheel.

The wheel's schemas point at a shared "/api/_definitions.json", which kubeconform cannot resolve. Each
schema is rewritten as a standalone file holding only the definitions it reaches, once per wheel version.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from .tools import CACHE, schema_root

REF = re.compile(r'"/api/_definitions\.json#/\$defs/([^"]+)"')
INNER_REF = re.compile(r'"#/\$defs/([^"]+)"')  # how definitions refer to each other


def _closure(text: str, definitions: dict) -> dict:
    wanted, seen = list(REF.findall(text)), {}
    while wanted:
        name = wanted.pop()
        if name in seen:
            continue
        seen[name] = definitions[name]
        wanted.extend(INNER_REF.findall(json.dumps(definitions[name])))
    return seen


def schema_dir(version: str) -> Path:
    """A folder of standalone strict schemas for one Kubernetes version (made on first use)."""
    import kubernetes_validate.version as wheel

    target = CACHE / "schemas" / f"kubernetes-validate-{wheel.__version__}" / f"v{version}-standalone-strict"
    if (target / ".complete").exists():
        return target
    source = schema_root() / f"v{version}-local-strict"
    definitions = json.loads((source / "_definitions.json").read_text())["$defs"]
    target.mkdir(parents=True, exist_ok=True)
    for path in source.glob("*.json"):
        if path.name in {"_definitions.json", "all.json"}:
            continue
        text = path.read_text()
        schema = json.loads(REF.sub(r'"#/$defs/\1"', text))
        schema["$defs"] = _closure(text, definitions)
        schema.pop("$id", None)  # an https $id would make kubeconform resolve "#/$defs" against the web
        (target / path.name).write_text(json.dumps(schema))
    (target / ".complete").write_text("")
    return target


def location_template(version: str) -> str:
    return str(schema_dir(version)) + "/{{ .ResourceKind }}{{ .KindSuffix }}.json"
