#!/usr/bin/env bash
# Renders bpmn/*.bpmn to docs/diagrams/<Process>.svg (bpmn-js NavigatedViewer in Debian's headless Chromium).
# Usage: .ci/diagrams/render.sh [Process ...]   (no argument: every model)
# Needs Node.js >= 20, npm and /usr/bin/chromium (or CHROMIUM=/path); installs bpmn-js into node_modules here.
set -euo pipefail
cd "$(dirname "$0")"
[ -d node_modules/bpmn-js ] || npm ci --no-audit --no-fund --loglevel=error >/dev/null
exec node render.mjs "$@"
