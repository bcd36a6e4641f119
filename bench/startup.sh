#!/usr/bin/env bash
# Startup of the packaged application: time to the first /q/health/ready UP of the plain jar and of the jar with
# the JDK's AOT cache (quarkus.package.jar.aot.enabled, JDK 25 or newer, cache recorded by a training run),
# median of several starts each against a migrated PostgreSQL. Builds both into target/bench/startup/{plain,aot}
# and writes target/bench/startup.md.
# Options: -Dbench.starts=N (default 7)
set -euo pipefail
cd "$(dirname "$0")/.."

# The AOT cache needs a JDK 25 or newer: JAVA_HOME where recent enough, else the newest one under /usr/lib/jvm.
major() { sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null || true; }
jdk=""
if [ -n "${JAVA_HOME:-}" ] && [ "$(major "$JAVA_HOME")" -ge 25 ] 2>/dev/null; then
  jdk="$JAVA_HOME"
else
  best=0
  for home in /usr/lib/jvm/*; do
    version="$(major "$home")"
    if [ -x "$home/bin/java" ] && [ -n "$version" ] && [ "$version" -ge 25 ] && [ "$version" -gt "$best" ]; then
      jdk="$home"; best="$version"
    fi
  done
fi
if [ -z "$jdk" ]; then
  echo "No JDK 25 or newer (JAVA_HOME or /usr/lib/jvm): the AOT cache cannot be built here." >&2
  exit 1
fi
echo "JDK for the AOT cache: $jdk"

rm -rf target/bench/startup
mkdir -p target/bench/startup
JAVA_HOME="$jdk" ./mvnw -B -q package -DskipTests
cp -a target/quarkus-app target/bench/startup/plain
# The aot-jar packaging: every class on the JVM's own class path, where the AOT cache can hold it. Quarkus's
# training run during the build would start the application without a database (it cannot get ready) and its
# integration-test phase needs @QuarkusIntegrationTest tests, so the benchmark does the training run itself:
# the application started once with -XX:AOTCacheOutput against the database, until ready, then stopped.
JAVA_HOME="$jdk" ./mvnw -B -q package -DskipTests -Dquarkus.package.jar.aot.enabled=true \
  -Dquarkus.package.jar.aot.type=AOT -Dquarkus.package.jar.aot.phase=INTEGRATION_TESTS
cp -a target/quarkus-app target/bench/startup/aot
rm -f target/bench/startup/aot/app.aot
./mvnw -B -Pbench test -Dtest=StartupBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbench.java="$jdk/bin/java" "$@"
cat target/bench/startup.md
