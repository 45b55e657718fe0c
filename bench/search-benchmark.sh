#!/usr/bin/env bash
# Search benchmark: our static Lucene index + JS client vs Pagefind and lunr (Danish) on the
# real catalogue and on generated catalogues of 1,000 and 10,000 entries. Prints one table.
# Installs pagefind, lunr and lunr-languages from npm into bench/.cache (git-ignored) on first run.
# Needs node/npm, Chromium and ChromeDriver (scripts/test-prerequisites.sh installs them). Takes several minutes;
# BENCH_SIZES=real measures the real catalogue only (relevance per kind, first searches) in about a minute.
set -euo pipefail
cd "$(dirname "$0")/.."
cache=bench/.cache
if [ ! -x "$cache/node_modules/.bin/pagefind" ] || [ ! -d "$cache/node_modules/lunr-languages" ]; then
  mkdir -p "$cache"
  [ -f "$cache/package.json" ] || echo '{"private": true}' > "$cache/package.json"
  (cd "$cache" && npm install --no-audit --no-fund --loglevel=error pagefind@1.6.0 lunr@2.3.9 lunr-languages@1.22.0)
fi
mvn -q -B -ntp -DskipTests package test-compile
mvn -q -B -ntp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/search-bench-classpath.txt
cp="target/test-classes:target/classes:$(cat target/search-bench-classpath.txt)"
SE_OFFLINE=true java -Dbench.sizes="${BENCH_SIZES:-real,1000,10000}" -cp "$cp" dk.indsatskatalog.bench.SearchBenchmark . "$cache/node_modules"
