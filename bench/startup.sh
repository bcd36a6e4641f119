#!/usr/bin/env bash
# Startup of the packaged application: time to the first /q/health/ready UP of the plain jar and of the jar with
# the JDK's AOT cache (JDK 25 or newer: the cache the build makes, profile aot-cache of pom.xml),
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
JAVA_HOME="$jdk" ./mvnw -B -q package -DskipTests -P '!aot-cache'
cp -a target/quarkus-app target/bench/startup/plain
# The build on JDK 25 (profile aot-cache, active there): the aot-jar packaging, and its AOT cache recorded while
# AotTrainingIT signs in and goes through the desk's pages; only that test of the build is needed for the cache.
JAVA_HOME="$jdk" ./mvnw -B -q verify -Dtest=NoSuch -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=AotTrainingIT
cp -a target/quarkus-app target/bench/startup/aot
./mvnw -B -Pbench test -Dtest=StartupBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbench.java="$jdk/bin/java" "$@"
cat target/bench/startup.md
