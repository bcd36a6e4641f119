#!/usr/bin/env bash
# The supervisor's dashboard of a 2,000-unit site with a year of history: generates the data on the embedded
# PostgreSQL, times the API, the page and the longest list, and writes target/bench/dashboard.md.
# Options: -Dbench.units=N -Dbench.days=N -Dbench.rounds=N
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -Pbench test -Dtest=DashboardBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dquarkus.hibernate-orm.statistics=true "$@"
cat target/bench/dashboard.md
