#!/usr/bin/env bash
# What a signed-in user feels of sign-in: a session cookie against HTTP Basic, each alone and during a flood of bad
# credentials, in one run; writes target/bench/sign-in.md. Options: -Dbench.rounds=N -Dbench.flood-threads=N
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -Pbench test -Dtest=SignInBenchmark -Dsurefire.failIfNoSpecifiedTests=false "$@"
cat target/bench/sign-in.md
