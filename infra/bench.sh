#!/usr/bin/env bash
# Runs the search performance benchmark (docs/performance.md): starts the whole platform on ports
# 26xxx, loads generated practices and prints the figures; the report also goes to
# search-service/target/bench-report.md. Takes about 30 minutes for 100 000 practices on a 2-core machine.
#   bash infra/bench.sh                      # 100 000 practices
#   PRACTICES=20000 bash infra/bench.sh      # fewer, faster
#   BENCH_SECONDS=10 bash infra/bench.sh     # shorter measured runs (default 20 s each)
#   PRAXIS_SEARCH_REQUEST_CACHE=false bash infra/bench.sh   # every search computed anew (no request cache)
# Extra arguments go to Maven, e.g. -Dbench.ready-file=path/to/ready.properties to use a running stack.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

source infra/select-jdk.sh
echo "Using JDK $JAVA_HOME"

for jar in registry-service/target/registry-service.jar search-service/target/search-service.jar \
           web/target/web.jar infra/launcher/target/praxis-launcher.jar; do
  if [[ ! -f "$jar" ]]; then
    echo "Building Praxis (./mvnw -q -B package -DskipTests)..."
    ./mvnw -q -B package -DskipTests
    break
  fi
done

# search-service's test classpath holds the launcher, and with -pl Maven looks for it in the local
# repository only: install it (a few seconds), or a fresh clone cannot resolve it.
./mvnw -q -B -pl infra/launcher -am install -DskipTests

# test-compile first: the benchmark is a main class in search-service's test sources.
exec ./mvnw -q -B -pl search-service -Pbench test-compile exec:java \
  -Dbench.practices="${PRACTICES:-100000}" -Dbench.seconds="${BENCH_SECONDS:-20}" "$@"
