#!/usr/bin/env bash
# Open-data benchmark: time and size of the export stage at 41 / 1,000 / 10,000 generated entries.
# Prints a table. Takes a minute or two; not part of `mvn verify`.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -DskipTests package test-compile
java -cp "target/test-classes:target/indsatskatalog.jar" dk.indsatskatalog.bench.OpenDataBenchmark . "$@"
