#!/usr/bin/env bash
# Regenerates the case-crossover reference fixtures: synthetic backups (TypeScript generator) and the
# expected results from an independent R implementation. Needs R with the survival package
# (Debian: apt-get install r-base-core r-cran-survival). The unit tests only read the results.
# Usage: scripts/reference/run.sh [dataset-name ...]
set -euo pipefail
cd "$(dirname "$0")/../.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export TZ=Europe/Berlin
npx tsx scripts/reference/export-fixtures.ts "$work" "$@"
for dir in "$work"/*/; do
  name="$(basename "$dir")"
  Rscript scripts/reference/clogit.R "$dir" "$name" "tests/fixtures/analysis/$name.expected.json"
done
