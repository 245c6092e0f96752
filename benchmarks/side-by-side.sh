#!/usr/bin/env bash
# Issue 22: SideBySide in this release's benchmarks jar and in the previous release's (ddf5acd),
# run one after the other with the same JMH options, so the ratio is honest on a busy machine.
#   benchmarks/side-by-side.sh [JMH options]      default: -f 1 -wi 2 -w 2s -i 3 -r 2s
# Env: PREV_WORKTREE (default ../prev-ddf5acd next to this checkout, created with `git worktree add`),
#      PREV_REF (default ddf5acd) the commit that worktree is made from; PREV_OWN_API=1 keeps that commit's own Api
#      adapter (a commit with today's API, such as the start of a change) instead of benchmarks/prev's,
#      MAVEN_OPTS as for any build here (-Dmaven.repo.local=...), PREV_MAVEN_OPTS for the previous release's build
#      (default MAVEN_OPTS); builds run offline (-o); SKIP_BUILD=1 runs the jars already built.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
prev="${PREV_WORKTREE:-$here/../prev-ddf5acd}"
if [ ! -d "$prev" ]; then git -C "$here" worktree add "$prev" "${PREV_REF:-ddf5acd}" >&2; fi
# the same benchmark class and input in both; the previous release's Api adapter
cp "$here/benchmarks/src/main/java/io/aftercert/bench/SideBySide.java" "$here/benchmarks/src/main/java/io/aftercert/bench/SideBySideCpu.java" \
   "$here/benchmarks/src/main/java/io/aftercert/bench/BenchInput.java" \
   "$prev/benchmarks/src/main/java/io/aftercert/bench/"
[ -n "${PREV_OWN_API:-}" ] || cp "$here/benchmarks/prev/io/aftercert/bench/Api.java" "$prev/benchmarks/src/main/java/io/aftercert/bench/"
cp "$here/benchmarks/src/main/resources/side-by-side.json" "$prev/benchmarks/src/main/resources/"
if [ -z "${SKIP_BUILD:-}" ]; then
  (cd "$prev" && MAVEN_OPTS="${PREV_MAVEN_OPTS:-${MAVEN_OPTS:-}}" ./mvnw -B -q -o -Pbenchmarks package -DskipTests -Dmaven.javadoc.skip=true -pl benchmarks -am) >&2
  (cd "$here" && ./mvnw -B -q -o -Pbenchmarks package -DskipTests -Dmaven.javadoc.skip=true -pl benchmarks -am) >&2
fi
opts=("$@")
[ ${#opts[@]} -eq 0 ] && opts=(-f 1 -wi 2 -w 2s -i 3 -r 2s)
out="$here/benchmarks/target/side-by-side"
mkdir -p "$out"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -jar "$prev/benchmarks/target/benchmarks.jar" 'SideBySide' "${opts[@]}" -rf csv -rff "$out/prev.csv" | grep -E '^\[|^SideBySide|^Benchmark'
echo "load between: $(cut -d' ' -f1-3 /proc/loadavg)"
java -jar "$here/benchmarks/target/benchmarks.jar" 'SideBySide' "${opts[@]}" -rf csv -rff "$out/this.csv" | grep -E '^\[|^SideBySide|^Benchmark'
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
# the same, timed by the measuring thread's CPU time (robust to a queue for the cores)
java -cp "$prev/benchmarks/target/benchmarks.jar" io.aftercert.bench.SideBySideCpu 2 3 | grep '^CPU' > "$out/prev-cpu.txt"
java -cp "$here/benchmarks/target/benchmarks.jar" io.aftercert.bench.SideBySideCpu 2 3 | grep '^CPU' > "$out/this-cpu.txt"
echo "load after CPU runs: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$out/prev.csv" "$out/this.csv" "$out/prev-cpu.txt" "$out/this-cpu.txt" <<'PY'
import csv, sys
def load(p):
    return {r["Benchmark"].split(".")[-1]: (float(r["Score"]), r["Score Error (99.9%)"], r["Unit"]) for r in csv.DictReader(open(p))}
a, b = load(sys.argv[1]), load(sys.argv[2])
print(f"{'benchmark':28} {'previous':>14} {'this release':>14} {'unit':>8}  ratio")
for k in b:
    pa, pb = a[k][0], b[k][0]
    ratio = pb / pa if b[k][2].endswith("/s") else pa / pb
    print(f"{k:28} {pa:14,.1f} {pb:14,.1f} {b[k][2]:>8}  {ratio:6.1f}x faster")
def cpu(p):
    return {l.split()[1]: float(l.split()[2]) for l in open(p)}
ca, cb = cpu(sys.argv[3]), cpu(sys.argv[4])
print(f"{'per CPU-second':28} {'previous':>14} {'this release':>14}")
for k in cb:
    print(f"{k:28} {ca[k]:14,.1f} {cb[k]:14,.1f}  {cb[k] / ca[k]:6.1f}x")
PY
