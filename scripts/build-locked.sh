#!/usr/bin/env bash
# Serializes production builds in this work tree (they share .docusaurus/):
#   scripts/build-locked.sh [--out-dir DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
exec flock /tmp/docker-k8s-notes-build.lock npx docusaurus build "$@"
