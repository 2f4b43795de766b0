"""Stand-ins for the container images the pages use, built here from Debian packages with umoci (no registry
is reachable). Each has the shape of the real image where the pages rely on it: busybox has no entrypoint and
CMD sh; nginx serves its welcome page on port 80 from /usr/share/nginx/html; the unprivileged nginx runs as
UID 101 on 8080; redis answers PING on 6379; the pause image is Kubernetes' own pause.c, compiled static.

An image is an OCI archive cached under .cache/images by the hash of what goes into it."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from . import tools

IMAGES_DIR = tools.CACHE / "images"
BUILDER_VERSION = "11"  # bump when the recipes below change in a way the hash does not see
PASSWD = ("root:x:0:0:root:/root:/bin/sh\nnginx:x:101:101:nginx:/nonexistent:/bin/false\n"
          "redis:x:999:1000:redis:/data:/bin/false\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n")
GROUP = "root:x:0:\nnginx:x:101:\nredis:x:1000:\nnogroup:x:65534:\n"
BUSYBOX_GROUP = "root:x:0:\nwheel:x:10:root\nnogroup:x:65534:\n"  # as in the busybox image: `id` lists wheel
# Debian's busybox has no printenv applet; the busybox image's has, and pages use it.
PRINTENV = """#!/bin/sh
[ "$#" -eq 0 ] && exec env
status=0
for name do
  if eval "[ -n \\"\\${$name+set}\\" ]"; then eval "printf '%s\\n' \\"\\$$name\\""; else status=1; fi
done
exit "$status"
"""
# Static busybox resolves `http` in a URL through /etc/services (without it, wget crashes) and names through NSS.
SERVICES = "http 80/tcp www\nhttps 443/tcp\nredis 6379/tcp\ndomain 53/tcp\ndomain 53/udp\n"
NSSWITCH = "hosts: files dns\nservices: files\n"
# Debian's busybox 1.35 crashes on `wget -T SECONDS` (1.36 does not): the stand-in applies the timeout itself and
# says what busybox 1.36 says when it expires.
WGET = """#!/bin/sh
seconds= expect=
for arg do
  shift
  if [ -n "$expect" ]; then seconds=$arg expect=; continue; fi
  case $arg in
    -T) expect=1; continue ;;
    -T*) seconds=${arg#-T}; continue ;;
  esac
  set -- "$@" "$arg"
done
[ -z "$seconds" ] && exec busybox wget "$@"
err=$(mktemp 2>/dev/null) || err=/dev/null   # a read-only root file system has no room for it
busybox timeout "$seconds" busybox wget "$@" 2>"$err"
status=$?
[ "$err" = /dev/null ] || { grep -v '^Terminated$' "$err" >&2; rm -f "$err"; }   # timeout's own notice
if [ "$status" -eq 143 ]; then echo "wget: download timed out" >&2; exit 1; fi
exit "$status"
"""
NGINX_CONF = """{user}worker_processes 1;
error_log /dev/stderr notice;
pid {pid};
events {{ worker_connections 64; }}
http {{
    include /etc/nginx/mime.types;
    access_log /dev/stdout;
    client_body_temp_path {tmp}/client_temp;
    proxy_temp_path {tmp}/proxy_temp;
    fastcgi_temp_path {tmp}/fastcgi_temp;
    uwsgi_temp_path {tmp}/uwsgi_temp;
    scgi_temp_path {tmp}/scgi_temp;
    server {{
        listen {port};
        root /usr/share/nginx/html;
        index index.html;
    }}
}}
"""
PATH_ENV = "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"


@dataclasses.dataclass
class Image:
    name: str  # as the pages write it
    packages: tuple[str, ...]  # Debian packages whose files the image takes
    binaries: tuple[str, ...]  # paths inside the packages, copied with the libraries they load
    cmd: tuple[str, ...]
    entrypoint: tuple[str, ...] = ()
    user: str = ""
    workdir: str = "/"
    files: dict[str, str] = dataclasses.field(default_factory=dict)  # path -> content
    trees: tuple[str, ...] = ()  # folders copied whole from the packages
    dirs: dict[str, int] = dataclasses.field(default_factory=dict)  # path -> owner uid (created empty)
    ports: tuple[str, ...] = ()

    @property
    def reference(self) -> str:
        """The full name containerd stores (docker.io/library/... for short names)."""
        repository, tag = self.name.rsplit(":", 1)
        if "." not in repository.split("/")[0]:
            repository = f"docker.io/{repository if '/' in repository else 'library/' + repository}"
        return f"{repository}:{tag}"


NGINX_PACKAGES = ("nginx", "nginx-common", "busybox-static")
IMAGES = [
    Image("registry.k8s.io/pause:3.10.2", (), (), cmd=(), entrypoint=("/pause",)),
    Image("busybox:1.36", ("busybox-static",), (), cmd=("sh",), files={"/etc/group": BUSYBOX_GROUP}),
    Image("nginx:1.27", NGINX_PACKAGES, ("/usr/sbin/nginx",), cmd=("nginx", "-g", "daemon off;"),
          files={"/etc/nginx/nginx.conf": NGINX_CONF.format(user="user nginx;\n", pid="/run/nginx.pid",
                                                            tmp="/var/cache/nginx", port=80)},
          trees=("/usr/share/nginx/html", "/etc/nginx/mime.types"), dirs={"/var/cache/nginx": 101, "/run": 0},
          ports=("80/tcp",)),
    Image("nginxinc/nginx-unprivileged:1.27", NGINX_PACKAGES, ("/usr/sbin/nginx",), cmd=("nginx", "-g", "daemon off;"),
          user="101", files={"/etc/nginx/nginx.conf": NGINX_CONF.format(user="", pid="/tmp/nginx.pid", tmp="/tmp",
                                                                         port=8080)},
          trees=("/usr/share/nginx/html", "/etc/nginx/mime.types"), ports=("8080/tcp",)),
    Image("redis:7.4-alpine", ("redis-tools", "liblzf1", "libjemalloc2", "busybox-static"),
          ("/usr/bin/redis-check-rdb", "/usr/bin/redis-cli"), cmd=("redis-server", "--protected-mode", "no"),
          workdir="/data",
          dirs={"/data": 999}, ports=("6379/tcp",)),
]


def _run(*command: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(command, check=True, capture_output=True, text=True, **kwargs)


def _ensure_host_tools() -> None:
    missing = [tool for tool in ("umoci", "gcc", "dpkg-deb", "apt-get") if not shutil.which(tool)]
    if "umoci" in missing:
        _run("apt-get", "install", "-y", "-qq", "umoci", env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})
        missing.remove("umoci")
    if missing:
        raise tools.ToolMissing(f"building the stand-in images needs {', '.join(missing)} (Debian packages)")


def _packages(names: tuple[str, ...], into: Path) -> list[str]:
    """Download and unpack Debian packages; their exact versions (part of the image's hash)."""
    versions = []
    debs = IMAGES_DIR / "debs"
    debs.mkdir(parents=True, exist_ok=True)
    for name in names:
        found = sorted(debs.glob(f"{name}_*.deb"))
        if not found:
            _run("apt-get", "download", name, cwd=debs)
            found = sorted(debs.glob(f"{name}_*.deb"))
        _run("dpkg-deb", "-x", str(found[-1]), str(into))
        versions.append(found[-1].name)
    return versions


def _copy_with_libraries(binary: Path, staging: Path, rootfs: Path) -> None:
    """The binary and every shared library it loads (from the unpacked packages first, then the host's)."""
    library_path = ":".join(str(staging / d) for d in ("usr/lib/x86_64-linux-gnu", "lib/x86_64-linux-gnu"))
    linked = subprocess.run(["ldd", str(binary)], capture_output=True, text=True,
                            env={**os.environ, "LD_LIBRARY_PATH": library_path})
    paths = [binary]
    for line in linked.stdout.splitlines():
        if "not found" in line:
            raise tools.ToolMissing(f"{binary.name} needs {line.split()[0]}: add its Debian package to the recipe")
        words = line.split("=>")[-1].split()
        if words and words[0].startswith("/"):
            paths.append(Path(words[0]))
    for path in paths:
        inside = path.relative_to(staging) if path.is_relative_to(staging) else path.relative_to("/")
        target = rootfs / inside
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path.resolve(), target)


def _busybox(staging: Path, rootfs: Path) -> None:
    (rootfs / "bin").mkdir(parents=True, exist_ok=True)
    shutil.copy2(staging / "bin/busybox", rootfs / "bin/busybox")
    applets = _run(str(staging / "bin/busybox"), "--list").stdout.split()
    for applet in applets:
        link = rootfs / "bin" / applet
        if not link.exists():
            link.symlink_to("busybox")
    (rootfs / "bin/wget").unlink()
    (rootfs / "bin/wget").write_text(WGET)
    (rootfs / "bin/wget").chmod(0o755)
    if "printenv" not in applets:
        (rootfs / "bin/printenv").write_text(PRINTENV)
        (rootfs / "bin/printenv").chmod(0o755)


def _rootfs(image: Image, staging: Path, rootfs: Path, pause: Path) -> None:
    if image.entrypoint == ("/pause",):
        shutil.copy2(pause, rootfs / "pause")
        return
    if "busybox-static" in image.packages:
        _busybox(staging, rootfs)
    for binary in image.binaries:
        _copy_with_libraries(staging / binary.lstrip("/"), staging, rootfs)
    if image.name.startswith("redis"):
        (rootfs / "usr/bin/redis-server").symlink_to("redis-check-rdb")
    for tree in image.trees:
        source, target = staging / tree.lstrip("/"), rootfs / tree.lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        (shutil.copytree if source.is_dir() else shutil.copy2)(source, target)
    etc = {"/etc/passwd": PASSWD, "/etc/group": GROUP, "/etc/services": SERVICES, "/etc/nsswitch.conf": NSSWITCH}
    for path, content in {**etc, **image.files}.items():
        target = rootfs / path.lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content)
    for path, owner in {"/tmp": 0, **image.dirs}.items():
        target = rootfs / path.lstrip("/")
        target.mkdir(parents=True, exist_ok=True)
        os.chown(target, owner, owner)
    (rootfs / "tmp").chmod(0o1777)


def _pause_binary(folder: Path) -> Path:
    source = tools.go_module(f"k8s.io/kubernetes@v{tools.KUBERNETES_VERSION}") / "build/pause/linux/pause.c"
    target = folder / "pause"
    _run("gcc", "-Os", "-static", "-DVERSION=3.10.2", "-o", str(target), str(source))
    return target


def archive(image: Image) -> Path:
    """The image as an OCI archive, built once per recipe and package versions."""
    IMAGES_DIR.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="handbook-image-") as tmp:
        work = Path(tmp)
        staging = work / "staging"
        staging.mkdir()
        versions = _packages(image.packages, staging)
        recipe = json.dumps([BUILDER_VERSION, dataclasses.asdict(image), versions], sort_keys=True)
        digest = hashlib.sha256(recipe.encode()).hexdigest()[:16]
        target = IMAGES_DIR / f"{image.reference.replace('/', '_').replace(':', '_')}-{digest}.tar"
        if target.exists():
            return target
        _ensure_host_tools()
        layout, tag = work / "layout", image.reference.rsplit(":", 1)[1]
        _run("umoci", "init", "--layout", str(layout))
        _run("umoci", "new", "--image", f"{layout}:{tag}")
        bundle = work / "bundle"
        _run("umoci", "unpack", "--image", f"{layout}:{tag}", str(bundle))
        _rootfs(image, staging, bundle / "rootfs", _pause_binary(work) if image.entrypoint == ("/pause",) else Path())
        _run("umoci", "repack", "--image", f"{layout}:{tag}", str(bundle))
        config = ["--config.env", PATH_ENV, "--config.workingdir", image.workdir]
        config += [f"--config.cmd={part}" for part in image.cmd] or ["--clear=config.cmd"]
        config += [f"--config.entrypoint={part}" for part in image.entrypoint] or ["--clear=config.entrypoint"]
        config += [f"--config.user={image.user}"] if image.user else []
        config += [f"--config.exposedports={port}" for port in image.ports]
        _run("umoci", "config", "--image", f"{layout}:{tag}", "--os=linux", "--architecture=amd64", *config)
        _run("umoci", "gc", "--layout", str(layout))
        partial = target.with_suffix(".partial")
        _run("tar", "-C", str(layout), "-cf", str(partial), ".")
        partial.rename(target)
        for old in IMAGES_DIR.glob(f"{target.name.rsplit('-', 1)[0]}-*.tar"):
            if old != target:
                old.unlink()
    return target


def build_all() -> dict[str, Path]:
    return {image.reference: archive(image) for image in IMAGES}
