"""When each beta or alpha API of Kubernetes was deprecated and removed, and what replaces it.

The data comes from the Kubernetes API module itself: every pre-release API type in k8s.io/api carries
generated lifecycle methods (zz_generated.prerelease-lifecycle.go) that the API server uses to stop
serving it. Types deleted from the module once they were no longer served (PodSecurityPolicy, the
autoscaling/v2beta* HorizontalPodAutoscalers ...) are taken from the first release of each older minor
version that still carries them, since v0.19 (the first with lifecycle methods). A type whose methods name no
replacement gets the same kind in a stable version of its group, where there is one. `python -m handbook lifecycle`
regenerates handbook/api-lifecycle.json from the module cache (downloading the older modules from the Go
module proxy); a test proves the committed file matches it.
"""

from __future__ import annotations

import json
import re
import subprocess
from functools import cache
from pathlib import Path

from .tools import KUBERNETES_VERSION

DATA = Path(__file__).with_name("api-lifecycle.json")
PINNED_MINOR = int(KUBERNETES_VERSION.split(".")[1])
API_MODULE = f"k8s.io/api@v0.{KUBERNETES_VERSION.split('.', 1)[1]}"
OLDER_MODULES = tuple(f"k8s.io/api@v0.{minor}.0" for minor in range(19, PINNED_MINOR))
METHOD = re.compile(r"func \(in \*(\w+)\) APILifecycle(Introduced|Deprecated|Removed)\(\) \(major, minor int\) \{\s*return (\d+), (\d+)")
REPLACEMENT = re.compile(r'func \(in \*(\w+)\) APILifecycleReplacement\(\) schema\.GroupVersionKind \{\s*return schema\.GroupVersionKind'
                         r'\{Group: "([^"]*)", Version: "([^"]*)", Kind: "([^"]*)"\}')
GROUP = re.compile(r'const GroupName = "([^"]*)"')
# Removed APIs whose successor is not another kind, so the module names no replacement: said by hand.
SUCCESSORS = {"policy/v1beta1 PodSecurityPolicy": "Pod Security Admission (pod-security.kubernetes.io labels on namespaces)"}


def module_dir(module: str = API_MODULE) -> Path:
    """The module's folder in the Go module cache; an older module is downloaded first if it is missing."""
    if module == API_MODULE:  # the pinned one comes with `make cluster-build`
        root = subprocess.run(["go", "env", "GOMODCACHE"], capture_output=True, text=True, check=True).stdout.strip()
        return Path(root) / module
    found = subprocess.run(["go", "mod", "download", "-json", module], capture_output=True, text=True, check=True,
                           cwd="/")  # outside any go.mod: the module proxy's copy, as pinned
    return Path(json.loads(found.stdout)["Dir"])


def _types(api_dir: Path) -> dict[str, dict]:
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
                new_kind = kind if new_kind == f"{kind}List" else new_kind  # IngressClass v1beta1's tag names the List
                found.setdefault(f"{api_version} {kind}", {})["replacement"] = f"{new_api} {new_kind}"
    return found


def _stable(api_dir: Path) -> dict[tuple[str, str], str]:
    """{(group, Kind): "group/vN"} for every type of a stable version (v1, v2) of the pinned module."""
    found = {}
    for path in sorted(api_dir.glob("*/v*/types*.go")):
        if re.fullmatch(r"v\d+", path.parent.name):
            group_match = GROUP.search((path.parent / "register.go").read_text())
            group = group_match.group(1) if group_match else ""
            for kind in re.findall(r"^type (\w+) struct", path.read_text(), re.M):
                found[(group, kind)] = f"{group}/{path.parent.name}" if group else path.parent.name
    return found


def generate(api_dir: Path, older_dirs: list[Path]) -> dict:
    """The pinned module's types, plus the removed types only older modules still have (the newest of them wins).
    A type with no replacement tag is replaced by the same kind in a stable version of its group, if there is one."""
    apis = _types(api_dir)
    gone: dict[str, dict] = {}
    for older in older_dirs:
        for name, entry in _types(older).items():
            # Only what was removed by the pinned release: a type deleted early is not served either, but its
            # tagged removal release would then be wrong.
            if name not in apis and "removed" in entry and _minor(entry["removed"]) <= PINNED_MINOR:
                gone[name] = entry
    apis.update(gone)
    stable = _stable(api_dir)
    for name, entry in apis.items():
        api_version, kind = name.split(" ")
        same_kind = stable.get((api_version.rpartition("/")[0], kind))
        if "replacement" not in entry and same_kind and same_kind != api_version:
            entry["replacement"] = f"{same_kind} {kind}"
    return {"source": API_MODULE, "older": list(OLDER_MODULES), "apis": dict(sorted(apis.items()))}


@cache
def _apis() -> dict:
    return json.loads(DATA.read_text())["apis"]


def _minor(version: str) -> int:
    return int(version.split(".")[1])


def _gone(entry: dict | None, at: str) -> bool:
    return bool(entry) and "removed" in entry and _minor(at) >= _minor(entry["removed"])


def _served(name: str, at: str) -> bool:
    entry = _apis().get(name) or {}  # a stable type without lifecycle methods is always served
    return not _gone(entry, at) and ("introduced" not in entry or _minor(at) >= _minor(entry["introduced"]))


def _instead(name: str, at: str) -> str:
    """What to use instead at version `at`: the last replacement along the chain of replacements that is served
    then (v1beta2 -> v1beta3 -> v1 gives v1), else the hand-written successor of the chain's end."""
    chain = [name]
    while (following := _apis().get(chain[-1], {}).get("replacement")) and following not in chain:
        chain.append(following)
    served = [other for other in chain[1:] if _served(other, at)]
    if served:
        return f"; use {served[-1]} instead"
    return f"; use {SUCCESSORS[chain[-1]]} instead" if chain[-1] in SUCCESSORS else ""


def removed_in(api_version: str, kind: str, at: str) -> str | None:
    """A sentence saying when api_version/kind was removed and what replaces it, if it is gone at version `at`."""
    name = f"{api_version} {kind}"
    entry = _apis().get(name)
    if not _gone(entry, at):
        return None
    since = f" (deprecated since v{entry['deprecated']})" if "deprecated" in entry else ""
    return f"{kind} {api_version} was removed in Kubernetes v{entry['removed']}{since}{_instead(name, at)}"


def deprecated_in(api_version: str, kind: str, at: str) -> str | None:
    """A sentence when api_version/kind is deprecated but still served at version `at`."""
    name = f"{api_version} {kind}"
    entry = _apis().get(name)
    if not entry or "deprecated" not in entry or _minor(at) < _minor(entry["deprecated"]) or _gone(entry, at):
        return None
    until = f", removed in v{entry['removed']}" if "removed" in entry else ""
    return f"{kind} {api_version} is deprecated since Kubernetes v{entry['deprecated']}{until}{_instead(name, at)}"


def introduced_after(api_version: str, kind: str, at: str) -> str | None:
    """A sentence when api_version/kind is not served yet at version `at`."""
    entry = _apis().get(f"{api_version} {kind}")
    if not entry or "introduced" not in entry or _minor(at) >= _minor(entry["introduced"]):
        return None
    return f"{kind} {api_version} is not served before Kubernetes v{entry['introduced']}"


def write() -> Path:
    data = generate(module_dir(), [module_dir(module) for module in OLDER_MODULES])
    DATA.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n")
    return DATA
