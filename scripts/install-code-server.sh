#!/bin/sh
# Installs code-server 4.100.3 (VS Code 1.100.3, the newest code-server whose engines.node is 20) into
# .vscode-test/code-server for the integration/UI tests and `npm start`. Offline except for the npm registry and
# Debian packages. Skipped when already installed. About 90 s and 300 MB on a fresh machine.
#   usage: scripts/install-code-server.sh [TARGET_DIR]   (default: <project>/.vscode-test/code-server)
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DIR=${1:-"$ROOT/.vscode-test/code-server"}
VERSION=4.100.3
ENTRY="$DIR/node_modules/code-server/out/node/entry.js"

if [ -f "$ENTRY" ] && [ -x "$DIR/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg" ]; then
  echo "code-server $VERSION already installed in $DIR"
  exit 0
fi

export CI=true DEBIAN_FRONTEND=noninteractive
# 1) Debian packages: chromium (the test client), libkrb5-dev (code-server's native 'kerberos' module),
#    ripgrep (replaces @vscode/ripgrep's GitHub download). Only what is missing; waits for a held dpkg lock.
missing=""
for pkg in chromium libkrb5-dev ripgrep; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing="$missing $pkg"
done
if [ -n "$missing" ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "install-code-server: missing Debian packages:$missing (run as root or apt-get install them)" >&2
    exit 1
  fi
  echo "install-code-server: apt-get install$missing"
  apt-get -o DPkg::Lock::Timeout=600 update -q >/dev/null
  # shellcheck disable=SC2086
  apt-get -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends $missing >/dev/null
fi

mkdir -p "$DIR"
cd "$DIR"
# 2) @vscode/ripgrep's postinstall first looks in $TMPDIR/vscode-ripgrep-cache-<pkgver>/ for the release tarball:
#    give it Debian's rg under the exact expected name, so it prints "Using cached download" and fetches nothing.
export TMPDIR="$DIR/tmp"
mkdir -p "$TMPDIR/vscode-ripgrep-cache-1.15.11"
tar -czf "$TMPDIR/vscode-ripgrep-cache-1.15.11/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C /usr/bin rg
# 3) npm: own cache (nothing under $HOME); npm_config_yes lets node-pty's postinstall run `npx node-gyp` without a
#    prompt. The native modules' install scripts print alarming but harmless lines (node-pre-gyp looking for prebuilt
#    binaries before compiling), so their output goes to install.log and only a failure shows it.
# code-server's own postinstall refuses to run as root unless npm_config_unsafe_perm is set (npm 7+ no longer knows the
# setting and warns about it; that warning goes to install.log with the rest).
export npm_config_cache="$DIR/npm-cache" npm_config_yes=true npm_config_unsafe_perm=true
[ -f package.json ] || echo '{"name":"containment-code-server-host","private":true}' > package.json
echo "install-code-server: installing code-server $VERSION into $DIR (about 90 s; log: $DIR/install.log)"
if ! npm install "code-server@$VERSION" --foreground-scripts --no-audit --no-fund --loglevel=error </dev/null >"$DIR/install.log" 2>&1; then
  tail -n 40 "$DIR/install.log" >&2
  echo "install-code-server: npm install failed; full log: $DIR/install.log" >&2
  exit 1
fi
# 4) smoke check
node "$ENTRY" --version >/dev/null
test -x node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg
rm -rf "$TMPDIR" "$DIR/npm-cache"
echo "code-server $VERSION installed in $DIR"
