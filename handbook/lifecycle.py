"""When each beta or alpha API of Kubernetes was deprecated and removed, and what replaces it.

The data comes from the Kubernetes API module itself: every pre-release API type in k8s.io/api carries
generated lifecycle methods (zz_generated.prerelease-lifecycle.go) that the API server uses to stop
serving it. `python -m handbook lifecycle` regenerates handbook/api-lifecycle.json from the module cache
at the pinned version; a test proves the committed file matches it.
"""

from __future__ import annotations

import json
import re
import subprocess
from functools import cache
from pathlib import Path

from .tools import KUBERNETES_VERSION

DATA = Path(__file__).with_name("api-lifecycle.json")
API_MODULE = f"k8s.io/api@v0.{KUBERNETES_VERSION.split('.', 1)[1]}"
METHOD = re.compile(r"func \(in \*(\w+)\) APILifecycle(Introduced|Deprecated|Removed)\(\) \(major, minor int\) \{\s*return (\d+), (\d+)")
REPLACEMENT = re.compile(r'func \(in \*(\w+)\) APILifecycleReplacement\(\) schema\.GroupVersionKind \{\s*return schema\.GroupVersionKind'
                         r'\{Group: "([^"]*)", Version: "([^"]*)", Kind: "([^"]*)"\}')
GROUP = re.compile(r'const GroupName = "([^"]*)"')


def module_dir() -> Path:
    root = subprocess.run(["go", "env", "GOMODCACHE"], capture_output=True, text=True, check=True).stdout.strip()
    return Path(root) / API_MODULE


def generate(api_dir: Path) -> dict:
    """{"group/version Kind": {"introduced", "deprecated", "removed", "replacement"}} for every pre-release type."""
    found: dict[str, dict] = {}
    for path in sorted(api_dir.glob("*/*/zz_generated.prerelease-lifecycle.go")):
        group_match = GROUP.search((path.parent / "register.go").read_text())
        group = group_match.group(1) if group_match else ""
        api_version = f"{group}/{path.parent.name}" if group else path.parent.name
        text = path.read_text()
        for kind, stage, major, minor in METHOD.findall(text):
            if not kind.endswith("List"):
                found.setdefault(f"{api_version} {kind}", {})[stage.lower()] = f"{major}.{minor}"
        for kind, new_group, new_version, new_kind in REPLACEMENT.findall(text):
            if not kind.endswith("List"):
                new_api = f"{new_group}/{new_version}" if new_group else new_version
                found.setdefault(f"{api_version} {kind}", {})["replacement"] = f"{new_api} {new_kind}"
    return {"source": API_MODULE, "apis": dict(sorted(found.items()))}


@cache
def _apis() -> dict:
    return json.loads(DATA.read_text())["apis"]


def _minor(version: str) -> int:
    return int(version.split(".")[1])


def removed_in(api_version: str, kind: str, at: str) -> str | None:
    """A sentence saying when api_version/kind was removed and what replaces it, if it is gone at version `at`."""
    entry = _apis().get(f"{api_version} {kind}")
    if not entry or "removed" not in entry or _minor(at) < _minor(entry["removed"]):
        return None
    since = f" (deprecated since v{entry['deprecated']})" if "deprecated" in entry else ""
    instead = f"; use {entry['replacement']} instead" if "replacement" in entry else ""
    return f"{kind} {api_version} was removed in Kubernetes v{entry['removed']}{since}{instead}"


def deprecated_in(api_version: str, kind: str, at: str) -> str | None:
    """A sentence when api_version/kind is deprecated but still served at version `at`."""
    entry = _apis().get(f"{api_version} {kind}")
    if not entry or "deprecated" not in entry or _minor(at) < _minor(entry["deprecated"]):
        return None
    if "removed" in entry and _minor(at) >= _minor(entry["removed"]):
        return None
    instead = f"; use {entry['replacement']} instead" if "replacement" in entry else ""
    until = f", removal planned for v{entry['removed']}" if "removed" in entry else ""
    return f"{kind} {api_version} is deprecated since Kubernetes v{entry['deprecated']}{until}{instead}"


def fingerprint() -> str:
    return DATA.read_text()


def write() -> Path:
    DATA.write_text(json.dumps(generate(module_dir()), indent=1, sort_keys=True) + "\n")
    return DATA
