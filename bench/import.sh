#!/usr/bin/env bash
# A company's first import at scale: 100,000 units and 200,000 residents as the template's CSV files, each checked
# (dryRun=true) then written (dryRun=false) through the API into a fresh site, timed with the heap of the JVM the
# application runs in; writes target/bench/import.md.
# The JVM (application and benchmark in one) gets a 512 MB heap, so that a run shows the import's memory is bounded.
# Options: -Dbench.units=N -Dbench.residents=N -Dbench.rounds=N (default 1) -Dbench.jvm="-Xmx1g" (the JVM's options)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -Pbench test -Dtest=ImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbench.jvm=-Xmx512m "$@"
cat target/bench/import.md
