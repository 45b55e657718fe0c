#!/usr/bin/env bash
# History benchmark: reading every entry's commits with one git log, on this repository and
# on generated repositories of 1,000 and 10,000 entry files. Prints a table; not part of `mvn verify`.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -DskipTests package test-compile
java -cp "target/test-classes:target/indsatskatalog.jar" dk.indsatskatalog.bench.HistoryBenchmark .
