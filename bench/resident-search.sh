#!/usr/bin/env bash
# Resident search at 200,000 residents: generates the data on the embedded PostgreSQL, measures the API, where its
# time goes and eight clients at once, and writes target/bench/resident-search.md.
# Options: -Dbench.residents=N -Dbench.rounds=N -Dbench.throughput-requests=N (per client);
# -Dquarkus.datasource.jdbc.url=... (with username and password) keeps the generated site in a PostgreSQL of your
# own, so that a second run reuses it instead of generating it again.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -Pbench test -Dtest=ResidentSearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false "$@"
cat target/bench/resident-search.md
