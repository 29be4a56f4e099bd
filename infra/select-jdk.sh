# Sourced by infra/start.sh and .ci/run: exports JAVA_HOME pointing at a JDK 21 or newer.
# Order: JAVA_HOME if recent enough, then `java` on the PATH, then the newest JDK under /usr/lib/jvm.

praxis_java_major() { # prints the major version of the given java binary, or 0
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n 1 | cut -d. -f1 || echo 0
}

praxis_select_jdk() {
  local candidate major
  for candidate in ${JAVA_HOME:+"$JAVA_HOME"} "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")" $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    candidate=${candidate%/}
    [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(praxis_java_major "$candidate/bin/java")
    if [ "${major:-0}" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$candidate"
      export PATH="$JAVA_HOME/bin:$PATH"
      return 0
    fi
  done
  echo "Praxis needs a JDK 21 or newer; none found in JAVA_HOME, on the PATH or under /usr/lib/jvm." >&2
  return 1
}

praxis_select_jdk
