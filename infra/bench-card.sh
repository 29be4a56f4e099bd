#!/usr/bin/env bash
# Runs the card read benchmark (docs/performance.md, "Reading a practice card"): builds the registry's
# jar, starts it on port 26181 against an embedded PostgreSQL, publishes full practice cards and
# prints the figures of GET /api/v1/practices/{id} at 32 clients beside a constant JSON endpoint of
# the same JVM; the report also goes to registry-service/target/bench-card/report.md. About 6 minutes.
#   bash infra/bench-card.sh
#   bash infra/bench-card.sh -Dbench.seconds=20 -Dbench.rounds=5   # longer measured rounds
# Arguments are JVM system properties of the benchmark (see CardReadBenchmark's comment).
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

source infra/select-jdk.sh
echo "Using JDK $JAVA_HOME"

# Always the jar of the sources as they are: a stale one would measure old code.
./mvnw -q -B -pl registry-service package -DskipTests
classpath_file=registry-service/target/bench-card-classpath.txt
./mvnw -q -B -pl registry-service dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$repo_root/$classpath_file"

exec "$JAVA_HOME/bin/java" -cp "registry-service/target/test-classes:registry-service/target/classes:$(cat "$classpath_file")" \
  -Dpraxis.repo-root="$repo_root" "$@" dev.praxis.registry.bench.CardReadBenchmark
