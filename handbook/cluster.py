"""A real control plane on 127.0.0.1: etcd, kube-apiserver, kube-controller-manager, kube-scheduler and kwok.

Certificates are generated locally; every component speaks TLS; anonymous access is off. State, logs and
the admin kubeconfig live under .cache/cluster/run (git-ignored).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import ssl
import subprocess
import time
import urllib.request
from pathlib import Path

from . import tools
from .tools import CACHE, KUBERNETES_VERSION, cluster_binary, go_tool

RUN = CACHE / "cluster" / "run"
PKI = RUN / "pki"
LOGS = RUN / "logs"
# HANDBOOK_KUBECONFIG points the cluster tests at another cluster (kind on GitHub Actions) instead.
EXTERNAL = os.environ.get("HANDBOOK_KUBECONFIG")
KUBECONFIG = Path(EXTERNAL) if EXTERNAL else RUN / "admin.kubeconfig"
HOST = "127.0.0.1"
PORTS = {"etcd": 17379, "etcd-peer": 17380, "apiserver": 17443, "controller-manager": 17257, "scheduler": 17259, "kwok": 17247}
ORDER = ("etcd", "kube-apiserver", "kube-controller-manager", "kube-scheduler", "kwok")
# Simulated nodes: the scheduling chapter relies on these labels.
NODES = {
    "kwok-node-1": {"disktype": "ssd", "topology.kubernetes.io/zone": "zone-a"},
    "kwok-node-2": {"topology.kubernetes.io/zone": "zone-b"},
}


class ClusterError(RuntimeError):
    pass


def _openssl(*args: str) -> None:
    subprocess.run(["openssl", *args], check=True, capture_output=True)


def _certificate(name: str, subject: str, ca: str | None = None, sans: str | None = None) -> None:
    key, crt = PKI / f"{name}.key", PKI / f"{name}.crt"
    if crt.exists():
        return
    _openssl("genrsa", "-out", str(key), "2048")
    if ca is None:
        _openssl("req", "-x509", "-new", "-key", str(key), "-days", "3650", "-subj", subject, "-out", str(crt),
                 "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign")
        return
    csr, ext = PKI / f"{name}.csr", PKI / f"{name}.ext"
    _openssl("req", "-new", "-key", str(key), "-subj", subject, "-out", str(csr))
    lines = ["basicConstraints=CA:FALSE", "keyUsage=critical,digitalSignature,keyEncipherment",
             "extendedKeyUsage=serverAuth,clientAuth"]
    if sans:
        lines.append(f"subjectAltName={sans}")
    ext.write_text("\n".join(lines) + "\n")
    _openssl("x509", "-req", "-in", str(csr), "-CA", str(PKI / f"{ca}.crt"), "-CAkey", str(PKI / f"{ca}.key"),
             "-CAcreateserial", "-days", "3650", "-extfile", str(ext), "-out", str(crt))


def _kubeconfig(path: Path, user: str) -> None:
    config = {
        "apiVersion": "v1", "kind": "Config",
        "clusters": [{"name": "handbook", "cluster": {"server": f"https://{HOST}:{PORTS['apiserver']}",
                                                       "certificate-authority": str(PKI / "ca.crt")}}],
        "users": [{"name": user, "user": {"client-certificate": str(PKI / f"{user}.crt"),
                                           "client-key": str(PKI / f"{user}.key")}}],
        "contexts": [{"name": "handbook", "context": {"cluster": "handbook", "user": user, "namespace": "default"}}],
        "current-context": "handbook",
    }
    path.write_text(json.dumps(config, indent=2))


def _prepare() -> None:
    PKI.mkdir(parents=True, exist_ok=True)
    LOGS.mkdir(parents=True, exist_ok=True)
    _certificate("ca", "/CN=handbook-ca")
    _certificate("etcd", "/CN=etcd", "ca", f"IP:{HOST},DNS:localhost")
    _certificate("apiserver", "/CN=kube-apiserver", "ca",
                 f"IP:{HOST},IP:10.96.0.1,DNS:localhost,DNS:kubernetes,DNS:kubernetes.default,DNS:kubernetes.default.svc")
    _certificate("apiserver-etcd-client", "/CN=kube-apiserver-etcd-client", "ca")
    _certificate("admin", "/O=system:masters/CN=kubernetes-admin", "ca")
    _certificate("controller-manager", "/CN=system:kube-controller-manager", "ca")
    _certificate("scheduler", "/CN=system:kube-scheduler", "ca")
    _certificate("kwok", "/O=system:masters/CN=kwok-controller", "ca")
    if not (PKI / "sa.key").exists():
        _openssl("genrsa", "-out", str(PKI / "sa.key"), "2048")
        _openssl("rsa", "-in", str(PKI / "sa.key"), "-pubout", "-out", str(PKI / "sa.pub"))
    _kubeconfig(KUBECONFIG, "admin")
    for user in ("controller-manager", "scheduler", "kwok"):
        _kubeconfig(RUN / f"{user}.kubeconfig", user)


def _kwok_command() -> list[str]:
    return [str(go_tool("kwok")), f"--kubeconfig={KUBECONFIG if EXTERNAL else RUN / 'kwok.kubeconfig'}",
            "--manage-all-nodes=false", "--manage-nodes-with-annotation-selector=kwok.x-k8s.io/node=fake",
            f"--server-address={HOST}:{PORTS['kwok']}", "--cidr=10.244.0.0/16", f"--node-ip={HOST}"]


def _commands() -> dict[str, list[str]]:
    pki = lambda name: str(PKI / name)  # noqa: E731
    return {
        "etcd": [str(cluster_binary("etcd")), "--name=handbook", f"--data-dir={RUN / 'etcd-data'}",
                 f"--listen-client-urls=https://{HOST}:{PORTS['etcd']}", f"--advertise-client-urls=https://{HOST}:{PORTS['etcd']}",
                 f"--listen-peer-urls=https://{HOST}:{PORTS['etcd-peer']}", f"--initial-advertise-peer-urls=https://{HOST}:{PORTS['etcd-peer']}",
                 f"--initial-cluster=handbook=https://{HOST}:{PORTS['etcd-peer']}", "--listen-metrics-urls=",
                 f"--cert-file={pki('etcd.crt')}", f"--key-file={pki('etcd.key')}", f"--trusted-ca-file={pki('ca.crt')}",
                 "--client-cert-auth", f"--peer-cert-file={pki('etcd.crt')}", f"--peer-key-file={pki('etcd.key')}",
                 f"--peer-trusted-ca-file={pki('ca.crt')}", "--peer-client-cert-auth", "--log-level=warn"],
        "kube-apiserver": [str(cluster_binary("kube-apiserver")), f"--bind-address={HOST}",
                           # Loopback may not be advertised; nothing dials this TEST-NET address, as no endpoints are published.
                           "--advertise-address=192.0.2.1", "--endpoint-reconciler-type=none",
                           f"--secure-port={PORTS['apiserver']}", f"--etcd-servers=https://{HOST}:{PORTS['etcd']}",
                           f"--etcd-cafile={pki('ca.crt')}", f"--etcd-certfile={pki('apiserver-etcd-client.crt')}",
                           f"--etcd-keyfile={pki('apiserver-etcd-client.key')}", f"--tls-cert-file={pki('apiserver.crt')}",
                           f"--tls-private-key-file={pki('apiserver.key')}", f"--client-ca-file={pki('ca.crt')}",
                           "--anonymous-auth=false", "--authorization-mode=Node,RBAC",
                           f"--service-account-key-file={pki('sa.pub')}", f"--service-account-signing-key-file={pki('sa.key')}",
                           "--service-account-issuer=https://kubernetes.default.svc", "--service-cluster-ip-range=10.96.0.0/16",
                           "--service-node-port-range=30000-32767", "--enable-priority-and-fairness=false",
                           "--profiling=false", "--v=1"],
        "kube-controller-manager": [str(cluster_binary("kube-controller-manager")), f"--kubeconfig={RUN / 'controller-manager.kubeconfig'}",
                                    f"--authentication-kubeconfig={RUN / 'controller-manager.kubeconfig'}",
                                    f"--authorization-kubeconfig={RUN / 'controller-manager.kubeconfig'}",
                                    f"--bind-address={HOST}", f"--secure-port={PORTS['controller-manager']}", "--leader-elect=false",
                                    f"--service-account-private-key-file={pki('sa.key')}", f"--root-ca-file={pki('ca.crt')}",
                                    f"--cluster-signing-cert-file={pki('ca.crt')}", f"--cluster-signing-key-file={pki('ca.key')}",
                                    "--use-service-account-credentials", "--controllers=*,-nodeipam", "--profiling=false", "--v=1"],
        "kube-scheduler": [str(cluster_binary("kube-scheduler")), f"--kubeconfig={RUN / 'scheduler.kubeconfig'}",
                           f"--authentication-kubeconfig={RUN / 'scheduler.kubeconfig'}",
                           f"--authorization-kubeconfig={RUN / 'scheduler.kubeconfig'}",
                           f"--bind-address={HOST}", f"--secure-port={PORTS['scheduler']}", "--leader-elect=false",
                           "--profiling=false", "--v=1"],
        "kwok": _kwok_command(),
    }


def _pid(name: str) -> int | None:
    path = RUN / f"{name}.pid"
    try:
        pid = int(path.read_text())
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, ValueError, IndexError):
        return None
    return None if state in {"Z", "X"} else pid  # an unreaped child stays a zombie: that is a crash too


def _https_ok(path: str) -> bool:
    context = ssl.create_default_context(cafile=str(PKI / "ca.crt"))
    context.load_cert_chain(str(PKI / "admin.crt"), str(PKI / "admin.key"))
    try:
        with urllib.request.urlopen(f"https://{HOST}:{PORTS['apiserver']}{path}", context=context, timeout=3) as resp:
            return resp.status == 200
    except OSError:
        return False


def dead_components() -> list[str]:
    """Components whose process is gone: a crash is reported, never waited on."""
    return [] if EXTERNAL else [name for name in ORDER if _pid(name) is None]


def log_tail(name: str, lines: int = 15) -> str:
    path = LOGS / f"{name}.log"
    return "\n".join(path.read_text(errors="replace").splitlines()[-lines:]) if path.exists() else "(no log)"


def _wait(what: str, ready, timeout: float, watched: tuple[str, ...]) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if ready():
            return
        for name in watched:
            if _pid(name) is None:
                raise ClusterError(f"{name} exited while waiting for {what}; last log lines:\n{log_tail(name)}")
        time.sleep(0.5)
    raise ClusterError(f"timed out after {timeout:.0f}s waiting for {what}")


def kubectl(*args: str, check: bool = True, input: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([str(kubectl_binary()), f"--kubeconfig={KUBECONFIG}", *args],
                          capture_output=True, text=True, check=check, input=input, timeout=60)


def _register_nodes() -> None:
    for name, labels in NODES.items():
        node = {
            "apiVersion": "v1", "kind": "Node",
            "metadata": {"name": name, "annotations": {"kwok.x-k8s.io/node": "fake"},
                         "labels": {"kubernetes.io/hostname": name, "kubernetes.io/os": "linux", "kubernetes.io/arch": "amd64",
                                    "type": "kwok", **labels}},
            "status": {"allocatable": {"cpu": "8", "memory": "32Gi", "pods": "110"},
                       "capacity": {"cpu": "8", "memory": "32Gi", "pods": "110"}},
        }
        kubectl("apply", "-f", "-", input=json.dumps(node))


def up(timeout: float = 120) -> None:
    """Start what is not running, then wait for /readyz, the default service account and Ready nodes."""
    started_at = time.monotonic()
    _prepare()
    commands = _commands()
    started = []
    for name in ORDER:
        if _pid(name) is None:
            with open(LOGS / f"{name}.log", "ab") as log:  # the child keeps its own descriptor
                process = subprocess.Popen(commands[name], stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
            (RUN / f"{name}.pid").write_text(str(process.pid))
            started.append(name)
        if name == "etcd":
            time.sleep(0.5)
        if name == "kube-apiserver":
            _wait("kube-apiserver /readyz", lambda: _https_ok("/readyz"), timeout, ("etcd", "kube-apiserver"))
    _register_nodes()
    _wait("the default service account", lambda: kubectl("get", "serviceaccount", "default", check=False).returncode == 0,
          timeout, ORDER)
    _wait("Ready simulated nodes", lambda: kubectl("wait", "--for=condition=Ready", "node", *NODES, "--timeout=2s",
                                                   check=False).returncode == 0, timeout, ORDER)
    time.sleep(1)  # a component that cannot start (bad flag, port taken) exits within a second
    dead = dead_components()
    if dead:
        raise ClusterError(f"{', '.join(dead)} exited during start-up; last log lines:\n" + "\n".join(log_tail(d) for d in dead))
    print(f"control plane v{KUBERNETES_VERSION} ready on https://{HOST}:{PORTS['apiserver']} in "
          f"{time.monotonic() - started_at:.1f} s (started: {', '.join(started) or 'nothing, all were running'})")
    print(f"export KUBECONFIG={KUBECONFIG}")


def simulate_nodes(timeout: float = 120) -> None:
    """kwok and its simulated nodes on another cluster (kind on GitHub Actions), so pages behave as they do here."""
    if not EXTERNAL:
        raise ClusterError("simulate-nodes is for HANDBOOK_KUBECONFIG clusters; `up` already does this locally")
    LOGS.mkdir(parents=True, exist_ok=True)
    if _pid("kwok") is None:
        with open(LOGS / "kwok.log", "ab") as log:
            process = subprocess.Popen(_kwok_command(), stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        (RUN / "kwok.pid").write_text(str(process.pid))
    # Pages expect pods on the simulated nodes, as on the local control plane: keep them off real nodes.
    for node in kubectl("get", "nodes", "-o", "name").stdout.split():
        if node.removeprefix("node/") not in NODES:
            kubectl("taint", "nodes", node.removeprefix("node/"), "handbook/real-node=true:NoSchedule", "--overwrite")
    _register_nodes()
    _wait("Ready simulated nodes", lambda: kubectl("wait", "--for=condition=Ready", "node", *NODES, "--timeout=2s",
                                                   check=False).returncode == 0, timeout, ())
    print(f"simulated nodes ready: {', '.join(NODES)}")


def down() -> None:
    for name in reversed(ORDER):
        pid = _pid(name)
        if pid:
            os.killpg(pid, signal.SIGTERM)
            for _ in range(50):
                if _pid(name) is None:
                    break
                time.sleep(0.1)
            else:
                os.killpg(pid, signal.SIGKILL)
        (RUN / f"{name}.pid").unlink(missing_ok=True)
    print("control plane stopped")


def kubectl_binary() -> Path:
    """The pinned kubectl; against an external cluster, the kubectl that comes with it is accepted."""
    if EXTERNAL and not (tools.CLUSTER_BIN / "kubectl").exists():
        return Path(shutil.which("kubectl") or "kubectl")
    return cluster_binary("kubectl")


def is_up() -> bool:
    if EXTERNAL:
        return kubectl("get", "--raw", "/readyz", check=False).returncode == 0
    return KUBECONFIG.exists() and not dead_components() and _https_ok("/readyz")
