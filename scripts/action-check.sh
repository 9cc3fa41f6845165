#!/usr/bin/env bash
# The GitHub Action's check step: the log format to stdout, SARIF to a file, the exit code as an output. The SARIF file
# is written before the step fails, so an upload step with `if: always()` still finds it.
set -uo pipefail
args=(check --failure-threshold "${INPUT_FAILURE_THRESHOLD:-warning}" --format "${INPUT_FORMAT:-github}" --format "sarif=${INPUT_SARIF_FILE:-containment.sarif}")
if [ -n "${INPUT_CONFIG:-}" ]; then args+=(--config "$INPUT_CONFIG"); fi
read -r -a paths <<< "${INPUT_PATH:-.}"
node "${GITHUB_ACTION_PATH:?}/dist/cli.js" "${args[@]}" "${paths[@]}"
code=$?
{
  echo "sarif-file=${INPUT_SARIF_FILE:-containment.sarif}"
  echo "exit-code=$code"
} >> "${GITHUB_OUTPUT:-/dev/null}"
exit "$code"
