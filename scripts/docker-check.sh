#!/usr/bin/env bash
# make docker-check: build the UNMODIFIED Dockerfile with buildah and run the image's own
# commands in it, on a machine with no Docker engine and no container registry.
#
#   1. a stand-in for the Dockerfile's base image (its first FROM, e.g. python:3.12.8-slim-bookworm):
#      debootstrap bookworm --variant=minbase + the shared libraries CPython needs + this machine's
#      own CPython 3.12 build copied to /usr/local, tagged with the base image's name;
#   2. buildah bud --format docker --isolation chroot --pull=never (the Dockerfile as it is);
#   3. buildah run --isolation chroot, as the image's USER in its WORKDIR:
#      `truce-bot check-config` (the baked config) and `truce-bot demo` (the baked demo), then
#      `truce-bot health`, which must answer 1 (no heartbeat: nothing is running).
#
# What this does NOT prove: that the real python:3.12.x-slim image behaves the same (ours is a
# stand-in with another CPython patch release), nor anything a container runtime adds: no
# cgroups, no network namespace, no HEALTHCHECK scheduling, no SIGTERM from `docker stop`,
# no volume semantics. tests/test_docker.py covers the ENTRYPOINT/CMD/HEALTHCHECK/SIGTERM
# behaviour of the same commands outside a container.
#
# Needs root and the Debian packages buildah and debootstrap. The stand-in's root filesystem
# is cached in $DOCKER_CHECK_DIR (default /var/tmp/truce-bot-docker-check); delete it to rebuild.
set -euo pipefail
cd "$(dirname "$0")/.."

WORK=${DOCKER_CHECK_DIR:-/var/tmp/truce-bot-docker-check}
IMAGE=localhost/truce-bot:docker-check
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
BASE=$(awk 'toupper($1) == "FROM" { print $2; exit }' Dockerfile)
[ -n "$BASE" ] || { echo "docker-check: no FROM line in Dockerfile" >&2; exit 1; }
started=$(date +%s)
say() { printf '\n== docker-check: %s (%ss)\n' "$*" "$(($(date +%s) - started))"; }

for tool in buildah debootstrap; do
  command -v "$tool" >/dev/null || {
    echo "docker-check: $tool is missing (apt-get install -y buildah debootstrap)" >&2; exit 1; }
done
[ "$(id -u)" = 0 ] || { echo "docker-check: needs root (debootstrap, buildah chroot)" >&2; exit 1; }

# This machine's CPython 3.12 (the stand-in's interpreter): $STANDIN_PYTHON, python3.12, pyenv.
find_python() {
  local candidate
  for candidate in "${STANDIN_PYTHON:-}" "$(command -v python3.12 || true)" /root/.pyenv/versions/3.12.*/bin/python3.12; do
    [ -n "$candidate" ] && [ -x "$candidate" ] || continue
    "$candidate" -c 'import sys, ssl, sqlite3, pyexpat; assert sys.version_info[:2] == (3, 12)' 2>/dev/null || continue
    echo "$candidate"; return 0
  done
  return 1
}
PYTHON=$(find_python) || { echo "docker-check: no working CPython 3.12 found (set STANDIN_PYTHON)" >&2; exit 1; }
PREFIX=$("$PYTHON" -c 'import sys; print(sys.base_prefix)')
PYVERSION=$("$PYTHON" -c 'import platform; print(platform.python_version())')

# ---------------------------------------------------------------- 1. the stand-in base image
ROOTFS=$WORK/rootfs-bookworm
if [ ! -f "$ROOTFS/.complete" ]; then
  say "debootstrap bookworm minbase into $ROOTFS"
  rm -rf "$ROOTFS"; mkdir -p "$WORK"
  # what python:*-slim-bookworm carries (ca-certificates, netbase, tzdata) + CPython's shared libs
  debootstrap --variant=minbase \
    --include=ca-certificates,netbase,tzdata,libssl3,libsqlite3-0,libffi8,libbz2-1.0,liblzma5,zlib1g,libexpat1,libreadline8,libncursesw6,libuuid1,libcrypt1,libnsl2,libtirpc3 \
    bookworm "$ROOTFS" "$MIRROR" >"$WORK/debootstrap.log" 2>&1 \
    || { tail -20 "$WORK/debootstrap.log" >&2; exit 1; }
  rm -rf "$ROOTFS"/var/cache/apt/archives/*.deb "$ROOTFS"/var/lib/apt/lists/*
  touch "$ROOTFS/.complete"
fi

if ! buildah inspect --type image "$BASE" >/dev/null 2>&1 || [ "${DOCKER_CHECK_REBASE:-0}" = 1 ]; then
  say "stand-in $BASE: $ROOTFS + CPython $PYVERSION from $PREFIX"
  ctr=$(buildah from scratch)
  mnt=$(buildah mount "$ctr")
  cp -a "$ROOTFS"/. "$mnt"/
  rm -f "$mnt/.complete"
  # CPython as the official image lays it out: /usr/local/{bin,lib,include}; no test suite, no tk
  tar -C "$PREFIX" --exclude='__pycache__' --exclude='lib/python3.12/test' \
    --exclude='lib/python3.12/idlelib' --exclude='lib/python3.12/tkinter' \
    --exclude='lib/python3.12/turtledemo' --exclude='lib/python3.12/site-packages' --exclude='libpython*.a' \
    -cf - bin lib include | tar -C "$mnt/usr/local" -xf -
  mkdir -p "$mnt/usr/local/lib/python3.12/site-packages"
  cp -a "$PREFIX"/lib/python3.12/site-packages/pip "$PREFIX"/lib/python3.12/site-packages/pip-*.dist-info \
    "$mnt/usr/local/lib/python3.12/site-packages/"
  printf '#!/usr/local/bin/python3.12\nimport sys\nfrom pip._internal.cli.main import main\nsys.exit(main())\n' >"$mnt/usr/local/bin/pip"
  chmod 755 "$mnt/usr/local/bin/pip"
  for link in python:python3.12 python3:python3.12 pip3:pip; do ln -sf "${link#*:}" "$mnt/usr/local/bin/${link%%:*}"; done
  echo /usr/local/lib >"$mnt/etc/ld.so.conf.d/usr-local.conf"
  chroot "$mnt" /sbin/ldconfig
  chroot "$mnt" /usr/local/bin/python3 -c 'import ssl, sqlite3, pyexpat, zlib, ctypes, lzma, bz2; print("stand-in python ok")'
  buildah umount "$ctr" >/dev/null
  buildah config --env PATH=/usr/local/bin:/usr/local/sbin:/usr/sbin:/usr/bin:/sbin:/bin \
    --env LANG=C.UTF-8 --env PYTHON_VERSION="$PYVERSION" --cmd python3 \
    --label org.truce-bot.stand-in="debootstrap bookworm minbase + CPython $PYVERSION from $PREFIX" "$ctr"
  buildah rmi -f "$BASE" "docker.io/library/$BASE" >/dev/null 2>&1 || true  # a previous stand-in
  buildah commit --quiet --format docker "$ctr" "$BASE" >/dev/null
  buildah tag "$BASE" "docker.io/library/$BASE"
  buildah rm "$ctr" >/dev/null
fi

# ---------------------------------------------------------------- 2. the Dockerfile, unmodified
say "buildah bud --format docker --isolation chroot --pull=never"
buildah rmi "$IMAGE" >/dev/null 2>&1 || true  # the previous check's image (kept until now for inspection)
buildah bud --format docker --isolation chroot --pull=never --layers=false -t "$IMAGE" -f Dockerfile . 

# ---------------------------------------------------------------- 3. the image's commands
ctr=$(buildah from --pull=never "$IMAGE")
trap 'buildah rm "$ctr" >/dev/null 2>&1 || true' EXIT
user=$(buildah inspect --format '{{.OCIv1.Config.User}}' "$IMAGE")
workdir=$(buildah inspect --format '{{.OCIv1.Config.WorkingDir}}' "$IMAGE")
[ -n "$user" ] && [ "${user%%:*}" != 0 ] && [ "${user%%:*}" != root ] \
  || { echo "docker-check: the image runs as root (USER '$user')" >&2; exit 1; }
inside() { buildah run --isolation chroot --user "$user" --workingdir "$workdir" "$ctr" -- "$@"; }

say "id (as USER $user, in $workdir)"
inside id
say "truce-bot health before anything ran (must answer 1)"
set +e; inside truce-bot health 2>/dev/null; rc=$?; set -e
[ "$rc" = 1 ] || { echo "docker-check: health answered $rc without a running service, expected 1" >&2; exit 1; }
say "truce-bot check-config"
out=$(inside truce-bot check-config)
printf '%s\n' "$out" | head -3
say "truce-bot demo"
out=$(inside truce-bot demo)
printf '%s\n' "$out" | grep -E '^demo done' || { printf '%s\n' "$out" >&2; exit 1; }
say "truce-bot run (console sink, the baked config's feeds), HEALTHCHECK until 0, then SIGTERM"
# the image's own ENTRYPOINT + CMD and HEALTHCHECK command, as its USER, with /app/state writable
config() {  # one field of the built image's Docker config, exec-form lists joined by spaces
  buildah inspect "$IMAGE" | python3 -c 'import json, sys
value = json.load(sys.stdin)["Docker"]["config"]
for key in sys.argv[1].split("."):
    value = (value or {}).get(key)
print(" ".join(value) if isinstance(value, list) else value or "")' "$1"
}
entry="$(config Entrypoint) $(config Cmd)"
probe=$(config Healthcheck.Test)
[ "$entry" = "truce-bot run" ] || { echo "docker-check: unexpected ENTRYPOINT + CMD '$entry'" >&2; exit 1; }
[ "${probe%% *}" = CMD ] || { echo "docker-check: HEALTHCHECK is not exec form: '$probe'" >&2; exit 1; }
[ "$(config StopSignal)" = SIGTERM ] || { echo "docker-check: STOPSIGNAL is not SIGTERM" >&2; exit 1; }
inside sh -c "$entry >/tmp/run.log 2>&1 & pid=\$!
  for i in \$(seq 60); do ${probe#CMD } && break; sleep 1; done
  ok=\$?; kill -TERM \$pid; wait \$pid; rc=\$?
  echo \"run exited \$rc after SIGTERM\"; tail -3 /tmp/run.log
  [ \$ok = 0 ] && [ \$rc = 0 ]"
say "OK: $IMAGE built from the unmodified Dockerfile on the stand-in $BASE"
