#!/usr/bin/env bash
# Arrears at 100,000 units and 2,000,000 charges: generates the ledger on the embedded PostgreSQL, times the
# reminder rules' evaluation and the arrears view, and writes target/bench/arrears.md.
# Options: -Dbench.units=N -Dbench.months=N -Dbench.rounds=N
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -Pbench test -Dtest=ArrearsBenchmark -Dsurefire.failIfNoSpecifiedTests=false "$@"
cat target/bench/arrears.md
