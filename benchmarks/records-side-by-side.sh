#!/usr/bin/env bash
# The records engine here and at an earlier commit, side by side in one run: the same generated file
# through KpiRun in each build's benchmarks jar, alternating (A B A B ...) so both halves of a pair meet
# the same load, timed by /usr/bin/time (wall, user + system CPU, peak RSS), with the load average.
#   benchmarks/records-side-by-side.sh [BASE_COMMIT] [PAIRS] [MODE] [ROWS]
#   defaults: main, 5 pairs, plain (or grouped, dashboard), 10000000 rows
# Env: KPI_JVM (JVM options of both runs, default the launcher's for kpi), BASE_WORKTREE (default ../records-base next to this checkout, made with `git worktree add`),
#      SKIP_BUILD=1 to run the jars already built. Builds run offline (-o) with MAVEN_OPTS as for any build.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
base_commit="${1:-main}"
pairs="${2:-5}"
mode="${3:-plain}"
rows="${4:-10000000}"
base="${BASE_WORKTREE:-$here/../records-base}"
if [ ! -d "$base" ]; then git -C "$here" worktree add --detach "$base" "$base_commit" >&2; fi
[ -f "$here/.mvn/maven.config" ] && [ ! -f "$base/.mvn/maven.config" ] && cp "$here/.mvn/maven.config" "$base/.mvn/"
if [ -z "${SKIP_BUILD:-}" ]; then
  (cd "$base" && ./mvnw -B -q -o -Pbenchmarks package -DskipTests -Dmaven.javadoc.skip=true -pl benchmarks -am) >&2
  (cd "$here" && ./mvnw -B -q -o -Pbenchmarks package -DskipTests -Dmaven.javadoc.skip=true -pl benchmarks -am) >&2
fi
file="$here/benchmarks/target/records-$rows.csv"
if [ ! -f "$file" ]; then
  java -cp "$here/benchmarks/target/benchmarks.jar" io.aftercert.bench.RecordsBenchmark "$rows" "$file" --generate-only >&2
fi
# the launcher's JVM options for kpi (RecordsBenchmark.KPI_JVM), for both builds alike; KPI_JVM overrides them
read -r -a jvm <<< "${KPI_JVM:--Xmx1g -XX:+UseSerialGC -Xmn32m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20}"
run() { # jar label
  /usr/bin/time -f "$2 wall %e s, cpu %U+%S s, peak %M KiB" java "${jvm[@]}" -cp "$1" io.aftercert.bench.KpiRun "$file" "$mode" \
    2>&1 >"$here/benchmarks/target/side-by-side-records-$2.out" | tail -1
}
echo "mode $mode, $rows rows, base $base_commit ($(git -C "$base" rev-parse --short HEAD)), here $(git -C "$here" rev-parse --short HEAD)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
run "$base/benchmarks/target/benchmarks.jar" base >/dev/null # warm-up of the page cache, not counted
for i in $(seq "$pairs"); do
  run "$here/benchmarks/target/benchmarks.jar" here
  run "$base/benchmarks/target/benchmarks.jar" base
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
grep -v -e '^elapsed_ms' -e '^peak_rss' -e '^cpu_ms' "$here/benchmarks/target/side-by-side-records-here.out" > "$here/benchmarks/target/side-by-side-records-here.fig"
grep -v -e '^elapsed_ms' -e '^peak_rss' -e '^cpu_ms' "$here/benchmarks/target/side-by-side-records-base.out" > "$here/benchmarks/target/side-by-side-records-base.fig"
if cmp -s "$here/benchmarks/target/side-by-side-records-here.fig" "$here/benchmarks/target/side-by-side-records-base.fig"; then
  echo "every figure equal"
else
  echo "FIGURES DIFFER"; exit 1
fi
