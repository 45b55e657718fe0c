#!/usr/bin/env bash
# Full-page screenshots of one page of each type at 320 and 1280 px into target/screenshots, for people
# to look at (the tests take none). Needs Chromium and ChromeDriver (scripts/test-prerequisites.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -DskipTests package test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" dk.indsatskatalog.browser.Screenshots
