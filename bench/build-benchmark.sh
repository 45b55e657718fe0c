#!/usr/bin/env bash
# Build benchmark: our pipeline vs Hugo on the real catalogue and 40 / 1,000 / 10,000 generated entries,
# plus the serve edit-to-visible latency. Prints a table. Takes a few minutes; not part of `mvn verify`.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v hugo >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's hugo for the comparison…" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hugo >/dev/null
fi
./mvnw -q -DskipTests package test-compile
java -cp "target/test-classes:target/indsatskatalog.jar" dk.indsatskatalog.bench.BuildBenchmark .
