"""The real node: pods run in containers made from the stand-in images, Services forward, cluster DNS answers,
and nothing forwarded can leave the machine. Needs `make cluster-up` (the local cluster; not kind)."""

from __future__ import annotations

import json
import os
import re
import signal
import time

import pytest

from handbook import cluster, node, runner

pytestmark = [pytest.mark.cluster, pytest.mark.node]
ON_REAL_NODE = {"nodeSelector": {"kubernetes.io/hostname": node.NAME},
                "tolerations": [{"key": node.TAINT.split("=")[0], "operator": "Exists", "effect": "NoSchedule"}]}


@pytest.fixture(scope="module")
def namespace():
    if cluster.EXTERNAL or not cluster.is_up():
        pytest.fail("the real node is part of the local cluster: run `make cluster-up`", pytrace=False)
    name = f"node-test-{os.getpid()}"
    cluster.kubectl("create", "namespace", name)
    yield name
    cluster.kubectl("delete", "namespace", name, "--wait=false", check=False)


def _pod(namespace: str, name: str, image: str, command: list[str] | None = None, **spec) -> None:
    container = {"name": name, "image": image, **({"command": command} if command else {})}
    manifest = {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": name, "namespace": namespace, "labels": {"app": name}},
                "spec": {"containers": [container], **ON_REAL_NODE, **spec}}
    cluster.kubectl("apply", "-f", "-", input=json.dumps(manifest))


def _ready(namespace: str, *pods: str) -> None:
    waited = cluster.kubectl("wait", "-n", namespace, "--for=condition=Ready", *[f"pod/{p}" for p in pods],
                             "--timeout=90s", check=False, timeout=120)
    assert waited.returncode == 0, waited.stderr + cluster.kubectl("describe", "pod", "-n", namespace, *pods).stdout[-3000:]


def test_forwarded_traffic_cannot_leave_the_machine():
    assert node.open_paths() == []


def test_a_pod_runs_in_a_real_container_with_logs_and_exec(namespace):
    _pod(namespace, "hello", "busybox:1.36", ["sh", "-c", "echo started as $(id -u); sleep 3600"])
    _ready(namespace, "hello")
    logs = cluster.kubectl("logs", "-n", namespace, "hello").stdout
    assert logs.strip() == "started as 0"
    hostname = cluster.kubectl("exec", "-n", namespace, "hello", "--", "cat", "/etc/hostname").stdout.strip()
    assert hostname == "hello"
    assert cluster.kubectl("get", "pod", "-n", namespace, "hello", "-o", "jsonpath={.spec.nodeName}").stdout == node.NAME


def test_services_forward_and_cluster_dns_answers(namespace):
    _pod(namespace, "web", "nginx:1.27")
    _pod(namespace, "client", "busybox:1.36", ["sleep", "3600"])
    cluster.kubectl("expose", "pod", "web", "-n", namespace, "--port=80")
    _ready(namespace, "web", "client")
    cluster_ip = cluster.kubectl("get", "service", "web", "-n", namespace, "-o", "jsonpath={.spec.clusterIP}").stdout
    for target in (f"http://{cluster_ip}", "http://web", f"http://web.{namespace}.svc.cluster.local"):
        deadline = time.monotonic() + 20  # kube-proxy programs a new Service within a few seconds
        while True:
            fetched = cluster.kubectl("exec", "-n", namespace, "client", "--", "wget", "-qO-", "-T", "3", target, check=False)
            if "Welcome to nginx!" in fetched.stdout or time.monotonic() > deadline:
                break
            time.sleep(1)
        assert "Welcome to nginx!" in fetched.stdout, f"{target}: {fetched.stderr}"
    lookup = cluster.kubectl("exec", "-n", namespace, "client", "--", "nslookup", f"web.{namespace}.svc.cluster.local")
    assert cluster_ip in lookup.stdout
    outside = cluster.kubectl("exec", "-n", namespace, "client", "--", "nslookup", "example.com", check=False)
    assert outside.returncode != 0 and "NXDOMAIN" in outside.stdout + outside.stderr  # no upstream: nothing leaves


def test_an_image_that_was_not_built_fails_at_once(namespace):
    _pod(namespace, "missing", "nginx:0.0.1-not-built")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        state = cluster.kubectl("get", "pod", "missing", "-n", namespace, "-o",
                                "jsonpath={.status.containerStatuses[0].state.waiting.reason}").stdout
        if state in ("ErrImagePull", "ImagePullBackOff"):
            break
        time.sleep(1)
    assert state in ("ErrImagePull", "ImagePullBackOff"), state
    message = cluster.kubectl("get", "pod", "missing", "-n", namespace, "-o",
                              "jsonpath={.status.containerStatuses[0].state.waiting.message}").stdout
    if state == "ImagePullBackOff":  # the back-off message is short; the pull's own error is in the events
        message = cluster.kubectl("get", "events", "-n", namespace, "--field-selector=involvedObject.name=missing",
                                  "-o", "jsonpath={.items[*].message}").stdout
    assert "nginx:0.0.1-not-built" in message and node.NO_REGISTRY in message, message
    assert "images built here: busybox:1.36, nginx:1.27, nginxinc/nginx-unprivileged:1.27, redis:7.4-alpine" in message


def test_a_killed_kubelet_is_named_with_its_log(namespace):
    pid = cluster._pid("kubelet")
    assert pid, "the kubelet is not running"
    os.killpg(pid, signal.SIGKILL)
    try:
        deadline = time.monotonic() + 10
        while "kubelet" not in cluster.dead_components() and time.monotonic() < deadline:
            time.sleep(0.2)
        with pytest.raises(cluster.ClusterError, match=r"(?s)cluster component\(s\) down in the test: kubelet\n.+"):
            runner._raise_if_dead("in the test")
    finally:
        cluster.up()  # starts what is not running: the kubelet comes back
    assert re.search(r"\bkubelet\b", " ".join(cluster.ORDER)) and not cluster.dead_components()


def test_every_stand_in_image_is_unpacked_in_the_snapshotter_containerd_runs_with():
    filesystems = json.loads(node.crictl("imagefsinfo").stdout)["status"]["imageFilesystems"]
    assert [fs["fsId"]["mountpoint"].rsplit(".", 1)[-1] for fs in filesystems] == [node.snapshotter()]
    images = node.crictl("images", "-o", "json").stdout
    tags = {tag for image in json.loads(images)["images"] for tag in image.get("repoTags", [])}
    from handbook import images as stand_ins
    missing = [image.reference for image in stand_ins.IMAGES
               if not any(tag.endswith(image.reference) for tag in tags)]
    assert missing == []


def test_a_second_cluster_up_leaves_every_running_component_alone(capsys):
    before = {name: cluster._pid(name) for name in cluster.ORDER}
    cluster.up()
    assert "started: nothing, all were running" in capsys.readouterr().out
    time.sleep(3)  # kube-proxy exits a moment after its configuration file changes under it
    assert {name: cluster._pid(name) for name in cluster.ORDER} == before


def test_redis_answers_ping_from_its_own_cli(namespace):
    _pod(namespace, "cache", "redis:7.4-alpine")
    _ready(namespace, "cache")
    assert cluster.kubectl("exec", "-n", namespace, "cache", "--", "redis-cli", "ping").stdout.strip() == "PONG"
