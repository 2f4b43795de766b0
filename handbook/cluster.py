"""A real control plane on 127.0.0.1: etcd, kube-apiserver, kube-controller-manager, kube-scheduler and kwok.

Certificates are generated locally; every component speaks TLS; anonymous access is off. State, logs and
the admin kubeconfig live under .cache/cluster/run (git-ignored).
"""

from __future__ import annotations

import functools
import json
import os
import re
import secrets
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

import yaml

from . import node, tools
from .tools import CACHE, KUBERNETES_VERSION, cluster_binary, go_tool

RUN = CACHE / "cluster" / "run"
PKI = RUN / "pki"
LOGS = RUN / "logs"
# HANDBOOK_KUBECONFIG points the cluster tests at another cluster (kind on GitHub Actions) instead.
EXTERNAL = os.environ.get("HANDBOOK_KUBECONFIG")
KUBECONFIG = Path(EXTERNAL) if EXTERNAL else RUN / "admin.kubeconfig"
HOST = "127.0.0.1"
PORTS = {"etcd": 17379, "etcd-peer": 17380, "apiserver": 17443, "controller-manager": 17257, "scheduler": 17259, "kwok": 17247}
CONTROL_PLANE = ("etcd", "kube-apiserver", "kube-controller-manager", "kube-scheduler", "kwok")
ORDER = CONTROL_PLANE + node.ORDER
# Simulated nodes, named as the worker nodes of a kubeadm practice cluster: the scheduling chapter relies on these
# labels and shows these names.
NODES = {
    "node01": {"disktype": "ssd", "topology.kubernetes.io/zone": "zone-a"},
    "node02": {"topology.kubernetes.io/zone": "zone-b"},
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
    # kubeadm's lifetimes: a ten-year CA, one-year certificates it signs
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
             "-CAcreateserial", "-days", "365", "-extfile", str(ext), "-out", str(crt))


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
    previous = os.umask(0o077)  # keys and kubeconfigs are credentials: owner-only
    try:
        _write_credentials()
    finally:
        os.umask(previous)
    for path in [*PKI.glob("*.key"), *RUN.glob("*.kubeconfig")]:
        path.chmod(0o600)


def _write_credentials() -> None:
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
    _certificate("apiserver-kubelet-client", "/CN=kube-apiserver-kubelet-client", "ca")
    _certificate("kubelet", f"/O=system:nodes/CN=system:node:{node.NAME}", "ca")
    _certificate("kubelet-serving", f"/CN={node.NAME}", "ca", f"IP:{node.NODE_IP},DNS:{node.NAME}")
    _certificate("kube-proxy", "/CN=system:kube-proxy", "ca")
    _certificate("coredns", "/CN=handbook-coredns", "ca")
    if not (PKI / "sa.key").exists():
        _openssl("genrsa", "-out", str(PKI / "sa.key"), "2048")
        _openssl("rsa", "-in", str(PKI / "sa.key"), "-pubout", "-out", str(PKI / "sa.pub"))
    _kubeconfig(KUBECONFIG, "admin")
    for user in ("controller-manager", "scheduler", "kwok", "kubelet", "kube-proxy", "coredns"):
        _kubeconfig(RUN / f"{user}.kubeconfig", user)


def _kwok_command() -> list[str]:
    return [str(go_tool("kwok")), f"--kubeconfig={KUBECONFIG if EXTERNAL else RUN / 'kwok.kubeconfig'}",
            "--manage-all-nodes=false", "--manage-nodes-with-annotation-selector=kwok.x-k8s.io/node=fake",
            f"--server-address={HOST}:{PORTS['kwok']}", "--cidr=10.244.0.0/16", f"--node-ip={HOST}",
            # Leases keep the simulated nodes Ready: status updates alone come every ~55 s, later than the
            # node controller's 50 s grace period, which flipped every node to NotReady once a minute.
            "--node-lease-duration-seconds=40"]


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
                           # As kubeadm configures it: privileged pods allowed, NodeRestriction on top of the defaults.
                           # PodNodeSelector and PodTolerationRestriction act only on namespaces annotated for the
                           # real node (node.ON_THIS_NODE), which the runner creates.
                           "--anonymous-auth=false", "--authorization-mode=Node,RBAC", "--allow-privileged=true",
                           "--enable-admission-plugins=NodeRestriction,PodNodeSelector,PodTolerationRestriction",
                           f"--service-account-key-file={pki('sa.pub')}", f"--service-account-signing-key-file={pki('sa.key')}",
                           "--service-account-issuer=https://kubernetes.default.svc", "--service-cluster-ip-range=10.96.0.0/12",
                           "--service-node-port-range=30000-32767", "--enable-priority-and-fairness=false",
                           # The kubelet is reached on its node's bridge address, with a client certificate, and
                           # its serving certificate is verified.
                           f"--kubelet-client-certificate={pki('apiserver-kubelet-client.crt')}",
                           f"--kubelet-client-key={pki('apiserver-kubelet-client.key')}",
                           f"--kubelet-certificate-authority={pki('ca.crt')}", "--kubelet-preferred-address-types=InternalIP",
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
        **node.commands(RUN, PKI),
    }


def _pid(name: str) -> int | None:
    """The component's live process; a pid file whose process is gone, or is now another program, is stale."""
    path = RUN / f"{name}.pid"
    try:
        number, binary = path.read_text().split("\n", 1)
        pid = int(number)
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        running = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0", 1)[0].decode()
    except (OSError, ValueError, IndexError):
        return None
    if running and running != binary.strip():
        return None  # the number was reused by a stranger: never signal it (empty: the process is mid-exec)
    return None if state in {"Z", "X"} else pid  # an unreaped child stays a zombie: that is a crash too


def _write_pid(name: str, process: subprocess.Popen, command: list[str]) -> None:
    (RUN / f"{name}.pid").write_text(f"{process.pid}\n{command[0]}\n")


def _port_taken(port: int) -> bool:
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((HOST, port))
        except OSError:
            return True
    return False


COMPONENT_PORTS = {"etcd": ("etcd", "etcd-peer"), "kube-apiserver": ("apiserver",), "kube-controller-manager": ("controller-manager",),
                   "kube-scheduler": ("scheduler",), "kwok": ("kwok",), **{name: () for name in node.ORDER}}


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


def kubectl(*args: str, check: bool = True, input: str | None = None, kubeconfig: Path | None = None,
            timeout: int = 60) -> subprocess.CompletedProcess:
    return subprocess.run([str(kubectl_binary()), f"--kubeconfig={kubeconfig or KUBECONFIG}", *args],
                          capture_output=True, text=True, check=check, input=input, timeout=timeout)


def _items(output: str) -> list[dict]:
    """The objects `kubectl create -o json` printed: one JSON object per created object (or a List)."""
    decoder, found, at = json.JSONDecoder(), [], 0
    while at < len(output):
        while at < len(output) and output[at].isspace():
            at += 1
        if at >= len(output):
            break
        try:
            item, at = decoder.raw_decode(output, at)
        except ValueError:
            break
        found.extend(item.get("items", []) if item.get("kind") == "List" else [item])
    return found


@functools.cache
def server_version() -> str:
    found = json.loads(kubectl("version", "-o", "json", check=False).stdout or "{}")
    return found.get("serverVersion", {}).get("gitVersion", "unknown").lstrip("v")


def kubeconfig_for(namespace: str, folder: Path) -> Path:
    """A copy of the admin kubeconfig whose context points at one namespace, so that manifests without a
    namespace land there while manifests that name their own keep it (no `-n`, which would clash)."""
    config = yaml.safe_load(KUBECONFIG.read_text())
    current = next(c for c in config["contexts"] if c["name"] == config["current-context"])
    current["context"]["namespace"] = namespace
    path = folder / "kubeconfig"
    with open(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w") as handle:
        json.dump(config, handle)
    return path


class Scope:
    """A throwaway namespace where one file's or page's objects are created for real, in order, and which is
    cleaned afterwards with every object it created elsewhere (namespaces named by manifests, cluster-scoped
    objects). Objects that existed before are never changed: those are judged by a server-side dry run."""

    def __init__(self, source: str):
        self.folder = Path(tempfile.mkdtemp(prefix="handbook-scope-"))
        self.namespace = f"check-{re.sub(r'[^a-z0-9]+', '-', source.lower()).strip('-')[-30:].strip('-')}-{secrets.token_hex(3)}"
        self.config = kubeconfig_for(self.namespace, self.folder)
        self.owned: list[tuple[str, str | None]] = []  # (TYPE/NAME as kubectl prints it, explicit namespace)
        self.namespaces: list[str] = [self.namespace]
        self.results: dict[int, str | None] = {}
        self.count = 0
        self._kubectl("create", "namespace", self.namespace)

    def _kubectl(self, *args: str, timeout: int = 60) -> subprocess.CompletedProcess:
        try:
            return kubectl(*args, f"--cache-dir={self.folder / 'cache'}", check=False, kubeconfig=self.config, timeout=timeout)
        except subprocess.TimeoutExpired:
            return subprocess.CompletedProcess(args, 1, "", f"kubectl {' '.join(args[:3])} ... gave no answer within {timeout}s")

    def create(self, snippet) -> str | None:
        """Create a snippet's objects; None when the API server accepted them, else its message."""
        if id(snippet) in self.results:
            return self.results[id(snippet)]
        self.count += 1
        path = self.folder / f"{self.count}-{snippet.id}.{snippet.ext}"
        path.write_text(snippet.code)
        docs = [d for d in yaml.safe_load_all(snippet.code) if isinstance(d, dict)] if snippet.lang != "json" \
            else [json.loads(snippet.code)]
        defined = {(d.get("metadata") or {}).get("name") for d in docs if d.get("kind") == "Namespace"}
        named = {(d.get("metadata") or {}).get("namespace") for d in docs}
        for namespace in sorted(named - defined - {None, *self.namespaces}):
            if kubectl("get", "namespace", namespace, check=False).returncode:
                self._kubectl("create", "namespace", namespace)
                self.namespaces.append(namespace)
        mine = {name for name, _ in self.owned}
        existing = set(self._kubectl("get", "-f", str(path), "--ignore-not-found", "-o", "name").stdout.split())
        if existing - mine or any(d.get("kind") in DRY_RUN_ONLY for d in docs):
            result = self._kubectl("apply", "--dry-run=server", "-f", str(path))
        else:
            if existing:
                self._kubectl("delete", "-f", str(path), "--ignore-not-found", "--wait=true", "--grace-period=0", "--force")
            result = self._kubectl("create", "-f", str(path), "-o", "json")
            for item in _items(result.stdout):
                meta = item.get("metadata") or {}
                group = item.get("apiVersion", "").rpartition("/")[0]
                name = f"{item.get('kind', '').lower()}{'.' + group if group else ''}/{meta.get('name')}"
                self.owned.append((name, meta.get("namespace") or None))
                if item.get("kind") == "CustomResourceDefinition":
                    self._kubectl("wait", "--for=condition=Established", name, "--timeout=30s")
        error = None
        if result.returncode:  # one line, naming the user's file rather than the scope's copy
            shown = snippet.source if snippet.whole_file else snippet.location
            error = "; ".join(line.strip() for line in result.stderr.replace(str(path), shown).splitlines() if line.strip())
        self.results[id(snippet)] = error
        return error

    def close(self) -> None:
        """Namespaced objects go at once (pods without a grace period); cluster-scoped ones and the namespaces the
        manifests named are waited for, because the next page may create the same names."""
        by_namespace: dict[str | None, list[str]] = {}
        for name, namespace in self.owned:
            by_namespace.setdefault(namespace, []).append(name)
        for namespace, names in sorted(by_namespace.items(), key=lambda item: item[0] is None):
            self._kubectl("delete", *names, *(["-n", namespace] if namespace else []), "--ignore-not-found",
                          "--wait=false", "--grace-period=0", "--force")
        self._kubectl("delete", "namespace", *self.namespaces, "--ignore-not-found", "--wait=false")
        cluster_scoped = by_namespace.get(None, [])
        # Namespaced objects the controllers made (a StatefulSet's claims) go with the namespace; a volume stays
        # bound to such a claim until then, so the namespaces are waited for before cluster-scoped objects.
        namespaces = [f"namespace/{n}" for n in (self.namespaces if cluster_scoped else self.namespaces[1:])]
        if namespaces:
            self._kubectl("wait", "--for=delete", *namespaces, "--timeout=120s", timeout=150)
        if cluster_scoped:
            self._kubectl("wait", "--for=delete", *cluster_scoped, "--timeout=90s", timeout=120)
        shutil.rmtree(self.folder, ignore_errors=True)


# Kinds that would change how the whole API server answers (webhooks pointing nowhere, aggregated APIs):
# judged by a server-side dry run, never created.
DRY_RUN_ONLY = {"MutatingWebhookConfiguration", "ValidatingWebhookConfiguration", "APIService"}


def _register_nodes() -> None:
    stale = [name for name in kubectl("get", "nodes", "-l", "type=kwok", "-o", "name").stdout.split()
             if name.removeprefix("node/") not in NODES]  # simulated nodes of an older release
    if stale:
        kubectl("delete", *stale, "--wait=false")
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


def etcd_client_env() -> dict[str, str]:
    """etcdctl's settings for the local etcd, so pages can show `etcdctl snapshot save FILE` as a reader types it
    after exporting the same variables with their kubeadm paths (empty for another cluster: its etcd is not ours)."""
    if EXTERNAL:
        return {}
    return {"ETCDCTL_ENDPOINTS": f"https://{HOST}:{PORTS['etcd']}", "ETCDCTL_CACERT": str(PKI / "ca.crt"),
            "ETCDCTL_CERT": str(PKI / "apiserver-etcd-client.crt"), "ETCDCTL_KEY": str(PKI / "apiserver-etcd-client.key")}


def install_crds() -> None:
    """The CRDs of tools.installed_crd_files(), so that manifests of those kinds reach the server rung."""
    files = [arg for path in tools.installed_crd_files() for arg in ("-f", str(path))]
    kubectl("apply", "--server-side", "--force-conflicts", *files)
    from .checks import installed_crds

    names = [f"crd/{crd['metadata']['name']}" for crd in installed_crds()]
    kubectl("wait", "--for=condition=Established", *names, "--timeout=60s")


def up(timeout: float = 120) -> None:
    """Start what is not running, then wait for /readyz, the default service account and Ready nodes."""
    started_at = time.monotonic()
    _prepare()
    commands = _commands()
    started = []
    for name in ORDER:
        if _pid(name) is None:
            taken = [f"{HOST}:{PORTS[p]}" for p in COMPONENT_PORTS[name] if _port_taken(PORTS[p])]
            if taken:
                raise ClusterError(f"cannot start {name}: {', '.join(taken)} already in use by another process "
                                   f"(see `ss -ltnp`); stop it, or stop an older handbook cluster with `make cluster-down`")
            if name == "containerd":
                node.network()  # the bridge and the firewall exist before the first sandbox
            with open(LOGS / f"{name}.log", "ab") as log:  # the child keeps its own descriptor
                process = subprocess.Popen(commands[name], stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
            _write_pid(name, process, commands[name])
            started.append(name)
        if name == "etcd":
            time.sleep(0.5)
        if name == "kube-apiserver":
            _wait("kube-apiserver /readyz", lambda: _https_ok("/readyz"), timeout, ("etcd", "kube-apiserver"))
        if name == "containerd":
            _wait("containerd's answer", node.containerd_answers, timeout, ("containerd",))
            node.import_images()
    _register_nodes()
    install_crds()
    kubectl("apply", "-f", "-", input=json.dumps({"apiVersion": "v1", "kind": "List", "items": node.DNS_OBJECTS}))
    _wait("the real node Ready", lambda: kubectl("wait", "--for=condition=Ready", f"node/{node.NAME}", "--timeout=2s",
                                                 check=False).returncode == 0, timeout, ORDER)
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
        command = _kwok_command()
        with open(LOGS / "kwok.log", "ab") as log:
            process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        _write_pid("kwok", process, command)
    # Pages expect pods on the simulated nodes, as on the local control plane: keep them off real nodes.
    for node in kubectl("get", "nodes", "-o", "name").stdout.split():
        if node.removeprefix("node/") not in NODES:
            kubectl("taint", "nodes", node.removeprefix("node/"), "handbook/real-node=true:NoSchedule", "--overwrite")
    _register_nodes()
    install_crds()
    _wait("Ready simulated nodes", lambda: kubectl("wait", "--for=condition=Ready", "node", *NODES, "--timeout=2s",
                                                   check=False).returncode == 0, timeout, ())
    print(f"simulated nodes ready: {', '.join(NODES)}; Gateway API CRDs installed")


def down() -> None:
    if _pid("containerd"):
        node.remove_pods()  # containers outlive the kubelet and containerd: their shims are stopped first
    for name in reversed(ORDER):
        pid = _pid(name)
        try:
            if pid:
                os.killpg(pid, signal.SIGTERM)
                for _ in range(50):
                    if _pid(name) is None:
                        break
                    time.sleep(0.1)
                else:
                    os.killpg(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass  # it ended by itself meanwhile
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
