#!/usr/bin/env bash
# Starts the whole Praxis platform on this machine: embedded PostgreSQL, OpenSearch, Keycloak and
# the three services, with demo data. Ctrl-C stops everything.
#   infra/start.sh [--rebuild] [launcher stack options, e.g. --web-port 8090 --no-demo-data]
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

java_major() { # prints the feature version of the java binary $1, or 0
  "$1" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}' | cut -d. -f1 | grep -E '^[0-9]+$' || echo 0
}

find_jdk() {
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" && $(java_major "$JAVA_HOME/bin/java") -ge 21 ]]; then
    echo "$JAVA_HOME"; return
  fi
  if command -v java >/dev/null 2>&1; then
    local java_bin; java_bin="$(readlink -f "$(command -v java)")"
    if [[ $(java_major "$java_bin") -ge 21 ]]; then
      dirname "$(dirname "$java_bin")"; return
    fi
  fi
  local best="" best_version=0 candidate version
  for candidate in /usr/lib/jvm/*/; do
    candidate="${candidate%/}"
    [[ -x "$candidate/bin/java" && -x "$candidate/bin/javac" ]] || continue
    version=$(java_major "$candidate/bin/java")
    if [[ $version -ge 21 && $version -gt $best_version ]]; then best="$candidate"; best_version=$version; fi
  done
  [[ -n "$best" ]] && echo "$best"
}

JAVA_HOME="$(find_jdk || true)"
if [[ -z "$JAVA_HOME" ]]; then
  echo "Praxis needs a JDK 21 or newer: set JAVA_HOME to one, put its java on the PATH, or install one under /usr/lib/jvm." >&2
  exit 1
fi
export JAVA_HOME
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
