#!/usr/bin/env bash
# Resident search at 200,000 residents: generates the data on the embedded PostgreSQL, measures the API and
# the SQL, and writes target/bench/resident-search.md. Options: -Dbench.residents=N -Dbench.rounds=N
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -Pbench test -Dtest=ResidentSearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false "$@"
cat target/bench/resident-search.md
