"""A real worker node beside the simulated ones: containerd v2 with Debian's runc, the CNI reference plugins,
kubelet and kube-proxy (nftables mode) built from the same Kubernetes module as the control plane, and CoreDNS
answering cluster names only. Pods really run there, in containers made from the stand-in images (images.py).

The node lives on a bridge of its own (hb0, 10.88.0.1/24): the kubelet serves there with TLS, pods get their
addresses there, and nothing forwarded may leave by any other interface."""

from __future__ import annotations

import functools
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from . import images, tools

NAME = "handbook-node"
BRIDGE = "hb0"
NODE_IP = "10.88.0.1"
POD_CIDR = "10.88.0.0/24"
SERVICE_CIDR = "10.96.0.0/12"
DNS_IP = "10.96.0.10"
SIMULATED_POD_CIDR = "10.244.0.0/16"  # kwok's pod addresses: no packet may leave the machine for them
STATE = Path("/var/lib/handbook-node")  # containerd's root and the kubelet's: on the host's disk, not an overlay
SOCKETS = Path("/run/handbook-node")
CONTAINERD_SOCKET = SOCKETS / "containerd.sock"
TAINT = "handbook/real-node=true:NoSchedule"  # pods opt in with a toleration until the pages move to this node
NODE_BIN = tools.CACHE / "node" / "bin"
VERSIONS = {
    "containerd": "github.com/containerd/containerd/v2@v2.4.2",
    "cni": "github.com/containernetworking/plugins@v1.10.0",
    "crictl": "sigs.k8s.io/cri-tools@v1.37.0",
    "coredns": "github.com/coredns/coredns@v1.15.0",
}
GO_PACKAGES = {  # binary -> package@version, each installed with `go install`
    "containerd": ("github.com/containerd/containerd/v2/cmd/containerd", VERSIONS["containerd"]),
    "containerd-shim-runc-v2": ("github.com/containerd/containerd/v2/cmd/containerd-shim-runc-v2", VERSIONS["containerd"]),
    "ctr": ("github.com/containerd/containerd/v2/cmd/ctr", VERSIONS["containerd"]),
    "bridge": ("github.com/containernetworking/plugins/plugins/main/bridge", VERSIONS["cni"]),
    "loopback": ("github.com/containernetworking/plugins/plugins/main/loopback", VERSIONS["cni"]),
    "host-local": ("github.com/containernetworking/plugins/plugins/ipam/host-local", VERSIONS["cni"]),
    "portmap": ("github.com/containernetworking/plugins/plugins/meta/portmap", VERSIONS["cni"]),
    "crictl": ("sigs.k8s.io/cri-tools/cmd/crictl", VERSIONS["crictl"]),
    "coredns": ("github.com/coredns/coredns", VERSIONS["coredns"]),
}
DEBIAN = {"runc": "runc", "nft": "nftables", "iptables": "iptables", "conntrack": "conntrack", "umoci": "umoci"}
ORDER = ("no-registry", "containerd", "kubelet", "kube-proxy", "coredns")
NO_REGISTRY = "127.0.0.1:17500"  # handbook/no_registry.py: refuses every pull and lists the local images
# A namespace with these annotations puts its pods on the real node (the PodNodeSelector and
# PodTolerationRestriction admission plugins): the runner uses them, so the pages' manifests stay as readers write them.
ON_THIS_NODE = {"scheduler.alpha.kubernetes.io/node-selector": f"kubernetes.io/hostname={NAME}",
                "scheduler.alpha.kubernetes.io/defaultTolerations": json.dumps(
                    [{"key": TAINT.split("=")[0], "operator": "Exists", "effect": "NoSchedule"}])}


def _stamp() -> Path:
    return NODE_BIN / (".built-" + "-".join(v.rsplit("@", 1)[1] for v in VERSIONS.values()))


def build() -> None:
    """The node's binaries (Go module proxy), kubelet and kube-proxy (cluster/gomod), Debian's runc and nft."""
    missing = [package for command, package in DEBIAN.items() if not _which(command)]
    if missing:
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
        subprocess.run(["apt-get", "install", "-y", "-qq", *missing], check=True, env=env, stdout=subprocess.DEVNULL)
    tools.build_control_plane()
    if _stamp().exists():
        print(f"node binaries: already built in {NODE_BIN}")
    else:
        started = time.monotonic()
        NODE_BIN.mkdir(parents=True, exist_ok=True)
        by_module: dict[str, list[str]] = {}
        for package, version in GO_PACKAGES.values():
            by_module.setdefault(version, []).append(f"{package}@{version.rsplit('@', 1)[1]}")
        for version, packages in by_module.items():
            print("building:", " ".join(packages), flush=True)
            subprocess.run(["go", "install", "-tags", "no_btrfs", *packages], check=True,
                           env={**os.environ, "GOBIN": str(NODE_BIN), "GOFLAGS": "-trimpath", "CGO_ENABLED": "0"})
        for old in NODE_BIN.glob(".built-*"):
            old.unlink()
        _stamp().touch()
        print(f"node binaries built in {time.monotonic() - started:.0f} s")
    started = time.monotonic()
    images.build_all()
    print(f"stand-in images ready in {time.monotonic() - started:.0f} s")


def _which(command: str) -> bool:
    return any((Path(d) / command).exists() for d in ("/usr/sbin", "/usr/bin", "/sbin", "/bin"))


def binary(name: str) -> Path:
    if name in ("kubelet", "kube-proxy"):
        return tools.cluster_binary(name)
    path = NODE_BIN / name
    if not path.exists():
        raise tools.ToolMissing(f"{path} is missing: run `make cluster-build`")
    return path


# ---------------------------------------------------------------------------------------------------- network


def _ip(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run(["ip", *args], capture_output=True, text=True, check=check)


FIREWALL = f"""table inet handbook-node {{
    chain forward {{
        type filter hook forward priority -200; policy accept;
        oifname != "{BRIDGE}" counter drop comment "forwarded traffic may only go to the node's bridge"
    }}
}}
"""


def network() -> None:
    """The node's bridge, and the closed doors: forwarded packets leave only by the bridge, and the Service and
    simulated pod ranges are unreachable except through rules kube-proxy programs."""
    if os.geteuid() != 0:
        from .cluster import ClusterError

        raise ClusterError("the real node needs root (a bridge, nftables rules, containers): run as root, "
                           "for example `sudo -E make test`")
    if _ip("link", "show", BRIDGE, check=False).returncode:
        _ip("link", "add", BRIDGE, "type", "bridge")
    if NODE_IP not in _ip("-4", "addr", "show", BRIDGE).stdout:
        _ip("addr", "add", f"{NODE_IP}/24", "dev", BRIDGE)
    _ip("link", "set", BRIDGE, "up")
    existing = subprocess.run(["nft", "list", "table", "inet", "handbook-node"], capture_output=True, text=True)
    if existing.returncode:  # first the wall, then forwarding: there is never a moment without it
        subprocess.run(["nft", "-f", "-"], input=FIREWALL, text=True, check=True)
    for cidr in (SERVICE_CIDR, SIMULATED_POD_CIDR):
        _ip("route", "replace", "unreachable", cidr)
    for key, value in (("net/ipv4/ip_forward", "1"), ("net/bridge/bridge-nf-call-iptables", "1")):
        Path("/proc/sys", key).write_text(value)


def open_paths() -> list[str]:
    """What would let a forwarded packet leave the machine: read from the live rules and routes (for the test)."""
    problems = []
    rules = subprocess.run(["nft", "-j", "list", "table", "inet", "handbook-node"], capture_output=True, text=True)
    if rules.returncode:
        return ["the nftables table inet handbook-node is missing"]
    chains = [item["chain"] for item in json.loads(rules.stdout)["nftables"] if "chain" in item]
    if not any(c.get("hook") == "forward" for c in chains):
        problems.append("no chain on the forward hook")
    dropping = [item["rule"] for item in json.loads(rules.stdout)["nftables"] if "rule" in item
                and any("drop" in expr for expr in item["rule"]["expr"])
                and json.dumps(item["rule"]["expr"]).count(BRIDGE) == 1 and '"op": "!="' in json.dumps(item["rule"]["expr"])]
    if not dropping:
        problems.append(f"no rule drops forwarded packets whose output interface is not {BRIDGE}")
    for cidr in (SERVICE_CIDR, SIMULATED_POD_CIDR):
        route = _ip("route", "show", cidr, check=False).stdout
        if "unreachable" not in route:
            problems.append(f"{cidr} is not an unreachable route ({route.strip() or 'no route'})")
    return problems


# ---------------------------------------------------------------------------------------------------- configuration


@functools.cache
def snapshotter() -> str:
    """overlayfs where the kernel mounts it on STATE's disk (an overlay root, as in some containers, cannot), else
    native: plain copies, slower but anywhere. Probed once, the way containerd's own overlayfs plugin decides."""
    probe = STATE / "overlay-probe"
    dirs = [probe / part for part in ("lower", "upper", "work", "merged")]
    for folder in dirs:
        folder.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(["mount", "-t", "overlay", "overlay", "-o",
                              f"lowerdir={dirs[0]},upperdir={dirs[1]},workdir={dirs[2]}", str(dirs[3])],
                             capture_output=True).returncode == 0
    if mounted:
        subprocess.run(["umount", str(dirs[3])], check=True)
    subprocess.run(["rm", "-rf", str(probe)], check=True)
    return "overlayfs" if mounted else "native"


def _write(path: Path, text: str) -> None:
    """Only when the text changed: kube-proxy exits when its configuration file is rewritten under it."""
    if not path.exists() or path.read_text() != text:
        path.write_text(text)


def _containerd_config(run: Path) -> Path:
    certs = run / "node" / "certs.d" / "_default"
    certs.mkdir(parents=True, exist_ok=True)
    # Every registry is a closed local port: an image that was not built here fails at once, and nothing goes out.
    _write(certs.joinpath("hosts.toml"), f'server = "http://{NO_REGISTRY}"\n[host."http://{NO_REGISTRY}"]\n'
                                            '  capabilities = ["pull", "resolve"]\n')
    cni_conf = run / "node" / "cni"
    cni_conf.mkdir(parents=True, exist_ok=True)
    _write(cni_conf.joinpath("10-handbook.conflist"), json.dumps({
        "cniVersion": "1.0.0", "name": "handbook",
        "plugins": [{"type": "bridge", "bridge": BRIDGE, "isGateway": True, "ipMasq": False, "hairpinMode": True,
                     "ipam": {"type": "host-local", "ranges": [[{"subnet": POD_CIDR, "gateway": NODE_IP,
                                                                 "rangeStart": "10.88.0.10"}]],
                              "routes": [{"dst": "0.0.0.0/0"}], "dataDir": str(STATE / "cni")}},
                    {"type": "portmap", "capabilities": {"portMappings": True}}]}, indent=2))
    config = run / "node" / "containerd.toml"
    _write(config, f"""version = 3
root = "{STATE / 'containerd'}"
state = "{SOCKETS / 'containerd-state'}"
[grpc]
  address = "{CONTAINERD_SOCKET}"
[plugins."io.containerd.cri.v1.runtime"]
  # root here lacks CAP_SYS_RESOURCE: runc may not lower a process's oom_score_adj below containerd's own
  restrict_oom_score_adj = true
  enable_unprivileged_ports = true
  enable_unprivileged_icmp = true
  [plugins."io.containerd.cri.v1.runtime".containerd.runtimes.runc]
    runtime_type = "io.containerd.runc.v2"
    [plugins."io.containerd.cri.v1.runtime".containerd.runtimes.runc.options]
      BinaryName = "/usr/sbin/runc"
      SystemdCgroup = false
  [plugins."io.containerd.cri.v1.runtime".cni]
    bin_dirs = ["{NODE_BIN}"]
    conf_dir = "{cni_conf}"
[plugins."io.containerd.cri.v1.images"]
  snapshotter = "{snapshotter()}"
  [plugins."io.containerd.cri.v1.images".pinned_images]
    sandbox = "registry.k8s.io/pause:3.10.2"
  [plugins."io.containerd.cri.v1.images".registry]
    config_path = "{certs.parent}"
""")
    return config


def _kubelet_config(run: Path, pki: Path) -> Path:
    config = run / "node" / "kubelet.yaml"
    _write(config, json.dumps({
        "apiVersion": "kubelet.config.k8s.io/v1beta1", "kind": "KubeletConfiguration",
        "address": NODE_IP, "port": 10250, "readOnlyPort": 0, "healthzBindAddress": "127.0.0.1", "healthzPort": 10248,
        "tlsCertFile": str(pki / "kubelet-serving.crt"), "tlsPrivateKeyFile": str(pki / "kubelet-serving.key"),
        "authentication": {"anonymous": {"enabled": False}, "webhook": {"enabled": True},
                           "x509": {"clientCAFile": str(pki / "ca.crt")}},
        "authorization": {"mode": "Webhook"},
        "cgroupDriver": "cgroupfs", "failCgroupV1": False, "failSwapOn": False,
        "containerRuntimeEndpoint": f"unix://{CONTAINERD_SOCKET}",
        "clusterDNS": [DNS_IP], "clusterDomain": "cluster.local", "resolvConf": str(run / "node" / "resolv.conf"),
        "registerWithTaints": [{"key": TAINT.split("=")[0], "value": "true", "effect": "NoSchedule"}],
        "staticPodPath": "", "serializeImagePulls": False, "imageGCHighThresholdPercent": 100,
        "evictionHard": {"memory.available": "100Mi", "nodefs.available": "1%", "imagefs.available": "1%"},
        "localStorageCapacityIsolation": True, "cgroupsPerQOS": True, "enforceNodeAllocatable": ["pods"],
        "podPidsLimit": 1024, "maxPods": 50, "protectKernelDefaults": False,
        "nodeStatusReportFrequency": "10s", "syncFrequency": "10s",
    }, indent=2))
    _write((run / "node" / "resolv.conf"), "nameserver 127.0.0.1\n")  # pods get cluster DNS; nothing upstream
    return config


def _proxy_config(run: Path) -> Path:
    config = run / "node" / "kube-proxy.yaml"
    _write(config, json.dumps({
        "apiVersion": "kubeproxy.config.k8s.io/v1alpha1", "kind": "KubeProxyConfiguration",
        "mode": "nftables", "clientConnection": {"kubeconfig": str(run / "kube-proxy.kubeconfig")},
        "hostnameOverride": NAME, "bindAddress": NODE_IP, "clusterCIDR": POD_CIDR,
        "healthzBindAddress": "127.0.0.1:10256", "metricsBindAddress": "127.0.0.1:10249",
        "nodePortAddresses": [f"{NODE_IP}/32"],  # NodePorts open on the node's bridge only
        "conntrack": {"maxPerCore": 0},
    }, indent=2))
    return config


def _corefile(run: Path) -> Path:
    corefile = run / "node" / "Corefile"
    _write(corefile, f"""cluster.local:53 in-addr.arpa:53 ip6.arpa:53 {{
    bind {NODE_IP}
    errors
    kubernetes cluster.local in-addr.arpa ip6.arpa {{
        kubeconfig {run / 'coredns.kubeconfig'}
        pods insecure
        fallthrough in-addr.arpa ip6.arpa
    }}
    cache 5
}}
.:53 {{
    bind {NODE_IP}
    errors
    template ANY ANY {{
        rcode NXDOMAIN
    }}
}}
""")
    return corefile


def commands(run: Path, pki: Path) -> dict[str, list[str]]:
    host, port = NO_REGISTRY.split(":")
    return {
        "no-registry": [sys.executable, "-m", "handbook.no_registry", host, port,
                        *sorted(image.name for image in images.IMAGES if "pause" not in image.name)],
        "containerd": [str(binary("containerd")), f"--config={_containerd_config(run)}", "--log-level=warn"],
        "kubelet": [str(binary("kubelet")), f"--config={_kubelet_config(run, pki)}",
                    f"--kubeconfig={run / 'kubelet.kubeconfig'}", f"--hostname-override={NAME}", f"--node-ip={NODE_IP}",
                    f"--root-dir={STATE / 'kubelet'}", "--v=1"],
        "kube-proxy": [str(binary("kube-proxy")), f"--config={_proxy_config(run)}", "--v=1"],
        "coredns": [str(binary("coredns")), "-conf", str(_corefile(run)), "-dns.port", "53"],
    }


# Cluster objects the node needs: the DNS Service at its usual address, backed by the CoreDNS process on the node's
# bridge, and CoreDNS's read access.
DNS_OBJECTS = [
    {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "kube-dns", "namespace": "kube-system",
                                                           "labels": {"k8s-app": "kube-dns"}},
     "spec": {"clusterIP": DNS_IP, "ports": [{"name": "dns", "port": 53, "protocol": "UDP"},
                                             {"name": "dns-tcp", "port": 53, "protocol": "TCP"}]}},
    {"apiVersion": "discovery.k8s.io/v1", "kind": "EndpointSlice",
     "metadata": {"name": "kube-dns-node", "namespace": "kube-system",
                  "labels": {"kubernetes.io/service-name": "kube-dns", "endpointslice.kubernetes.io/managed-by": "handbook"}},
     "addressType": "IPv4", "endpoints": [{"addresses": [NODE_IP], "conditions": {"ready": True}}],
     "ports": [{"name": "dns", "port": 53, "protocol": "UDP"}, {"name": "dns-tcp", "port": 53, "protocol": "TCP"}]},
    {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRole", "metadata": {"name": "handbook:coredns"},
     "rules": [{"apiGroups": [""], "resources": ["services", "pods", "namespaces"], "verbs": ["list", "watch"]},
               {"apiGroups": ["discovery.k8s.io"], "resources": ["endpointslices"], "verbs": ["list", "watch"]}]},
    {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRoleBinding", "metadata": {"name": "handbook:coredns"},
     "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "handbook:coredns"},
     "subjects": [{"apiGroup": "rbac.authorization.k8s.io", "kind": "User", "name": "handbook-coredns"}]},
    {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRoleBinding",
     "metadata": {"name": "handbook:apiserver-kubelet-client"},
     "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "system:kubelet-api-admin"},
     "subjects": [{"apiGroup": "rbac.authorization.k8s.io", "kind": "User", "name": "kube-apiserver-kubelet-client"}]},
]


def containerd_answers() -> bool:
    """The socket appears before every plugin has loaded: ready means `ctr version` gets the server's answer."""
    return CONTAINERD_SOCKET.exists() and subprocess.run(
        [str(binary("ctr")), f"--address={CONTAINERD_SOCKET}", "version"], capture_output=True, timeout=30).returncode == 0


def import_images(attempts: int = 5) -> None:
    """The stand-ins into containerd's k8s.io namespace, under the names the pages use (an unchanged image is
    imported again in a fraction of a second: its content is already there)."""
    from .cluster import ClusterError, log_tail

    for image in images.IMAGES:
        repository = image.reference.rsplit(":", 1)[0]
        command = [str(binary("ctr")), f"--address={CONTAINERD_SOCKET}", "-n", "k8s.io", "images", "import",
                   f"--base-name={repository}", "--local", f"--snapshotter={snapshotter()}",
                   str(images.archive(image))]
        for attempt in range(attempts):
            result = subprocess.run(command, capture_output=True, text=True, timeout=300)
            if result.returncode == 0:
                break
            time.sleep(1 + attempt)  # a snapshotter or the metadata store may still be settling after a first start
        else:
            plugins = subprocess.run([str(binary("ctr")), f"--address={CONTAINERD_SOCKET}", "plugins", "ls"],
                                     capture_output=True, text=True, timeout=30).stdout
            not_ok = "\n".join(line for line in plugins.splitlines() if line.rstrip().endswith(("error", "skip")))
            raise ClusterError(f"containerd refused the stand-in image {image.reference} {attempts} times: "
                               f"{result.stderr.strip() or result.stdout.strip()}\n"
                               f"plugins not loaded:\n{not_ok or '(none)'}\n"
                               f"containerd's last log lines:\n{log_tail('containerd')}")


def crictl(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run([str(binary("crictl")), f"--runtime-endpoint=unix://{CONTAINERD_SOCKET}",
                           f"--image-endpoint=unix://{CONTAINERD_SOCKET}", *args],
                          capture_output=True, text=True, check=check, timeout=120)


def remove_pods() -> None:
    """Stop and remove every pod sandbox, so no container or shim outlives the node."""
    crictl("rmp", "--all", "--force", check=False)
    subprocess.run(["pkill", "-f", f"containerd-shim-runc-v2 .*-address {CONTAINERD_SOCKET}"], check=False)
