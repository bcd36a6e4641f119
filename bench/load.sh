#!/usr/bin/env bash
# 100 simulated tablets against the packaged application on a full-scale company (50 sites of 2,000 units,
# 200,000 residents, 2,000,000 charges, a year of visits, calls and complaints): packages the application,
# starts PostgreSQL and the jar, generates the data once (kept in target/bench/load-pg-*), counts the SQL of each
# main page, runs the workload and writes target/bench/load.md.
# Options: -Dbench.duration=PT5M -Dbench.tablets=100 -Dbench.think-min-ms=1000 -Dbench.think-max-ms=5000
#          -Dbench.units=100000 -Dbench.months=20 -Dbench.fresh=true (generate again)
# A short try: bench/load.sh -Dbench.duration=PT30S -Dbench.units=4000
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q package -DskipTests
./mvnw -B -Pbench test -Dtest=LoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false "$@"
cat target/bench/load.md
