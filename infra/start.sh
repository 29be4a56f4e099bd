#!/usr/bin/env bash
# Starts the whole Praxis platform on this machine: embedded PostgreSQL, OpenSearch, Keycloak and
# the three services, with demo data. Ctrl-C stops everything.
#   infra/start.sh [--rebuild] [launcher stack options, e.g. --web-port 8090 --no-demo-data]
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

source infra/select-jdk.sh
echo "Using JDK $JAVA_HOME"

rebuild=false
args=()
for arg in "$@"; do
  if [[ "$arg" == "--rebuild" ]]; then rebuild=true; else args+=("$arg"); fi
done

jars=(registry-service/target/registry-service.jar search-service/target/search-service.jar
      web/target/web.jar infra/launcher/target/praxis-launcher.jar)
for jar in "${jars[@]}"; do
  [[ -f "$jar" ]] || rebuild=true
done
if $rebuild; then
  echo "Building Praxis (./mvnw -q -B -DskipTests package)..."
  ./mvnw -q -B -DskipTests package
fi

# exec: the launcher receives Ctrl-C / SIGTERM itself and stops everything it started.
exec "$JAVA_HOME/bin/java" -jar infra/launcher/target/praxis-launcher.jar stack \
  --work-dir .praxis-local --repo-root "$repo_root" ${args[@]+"${args[@]}"}
