#!/usr/bin/env bash
# The GitHub Action's build step: installs and bundles the CLI inside the action's own folder once (a runner that
# already holds dist/cli.js, such as a cached action folder, skips it). Needs Node.js 20+, as GitHub-hosted runners have.
set -euo pipefail
cd "${GITHUB_ACTION_PATH:?}"
if [ -f dist/cli.js ] && [ -f dist/cli-main.js ]; then
  echo "containment: using the CLI already built in $GITHUB_ACTION_PATH/dist"
  exit 0
fi
# npm ci runs the package's postinstall (scripts/build-if-missing.js), which generates the rule index and bundles dist/
npm ci --no-audit --no-fund --loglevel=error
test -f dist/cli.js
