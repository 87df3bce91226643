#!/usr/bin/env bash
# Runs every benchmark and prints the README's performance table, each figure with its target and
# the ratio to it: JMH (engine build, decide, assess, batch throughput; Devolve against the
# hand-written baseline), the cold start of bin/devolve, the scenario suite, the national batch
# (time, memory and the sha256 of its CSV), the national duties batch when the command line has one,
# and the cross-check of the national run. About 20 minutes on 2 cores.
#
#   benchmarks/run.sh [RESULTS_DIR]
#
# Nothing is installed into the local Maven repository: the modules are packaged in place.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
out="${1:-$root/benchmarks/target/results}"
mkdir -p "$out"
figures="$out/figures.properties"
: > "$figures"

mvn -q -B -o -Pbench -DskipTests -pl benchmarks,rules-cli -am package
jar="$root/benchmarks/target/benchmarks.jar"

# The median of the numbers on stdin, one a line.
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

java -jar "$jar" -rf json -rff "$out/jmh.json" EngineBenchmarks BaselineBenchmarks BatchBenchmarks | tee "$out/jmh.txt"

echo
echo "Engine build in a cold process: bin/devolve validate, 7 runs (seconds):"
bin/devolve validate >/dev/null
for i in 1 2 3 4 5 6 7; do
    /usr/bin/time -f "%e" bin/devolve validate 2>&1 >/dev/null | tail -1
done | tee "$out/cold-build.txt"
echo "cold.build.s=$(median < "$out/cold-build.txt")" >> "$figures"

echo
echo "Cold start: bin/devolve decide, 7 runs (seconds):"
for i in 1 2 3 4 5 6 7; do
    /usr/bin/time -f "%e" bin/devolve decide --township 330122101 --matter UM-001 --as-of 2024-03-01 2>&1 >/dev/null | tail -1
done | tee "$out/cold.txt"
echo "cold.decide.s=$(median < "$out/cold.txt")" >> "$figures"

echo
echo "Scenario suite of the bundled packs (bin/devolve test):"
/usr/bin/time -o "$out/scenarios.time" -f "%e %M" bin/devolve test rule-packs/src/main/resources/devolve/packs >/dev/null
read -r wall rss < "$out/scenarios.time"
echo "wall $wall s, max RSS $rss KB"
echo "scenarios.s=$wall" >> "$figures"
echo "scenarios.rss.kb=$rss" >> "$figures"

echo
echo "National batch, 2 threads, CSV, -Xmx512m:"
DEVOLVE_JAVA_OPTS=-Xmx512m /usr/bin/time -o "$out/national.time" -f "%e %M" \
    bin/devolve batch --townships all --out "$out/all.csv" --as-of 2024-03-01 --threads 2 --no-progress
read -r wall rss < "$out/national.time"
sha="$(sha256sum "$out/all.csv" | cut -d' ' -f1)"
echo "wall $wall s, max RSS $rss KB, sha256 $sha"
echo "national.s=$wall" >> "$figures"
echo "national.rss.kb=$rss" >> "$figures"
echo "national.sha256=$sha" >> "$figures"

# The national duties batch (target 15 s): measured once the command line has a duties batch, i.e.
# once `bin/devolve duties --help` lists --townships; until then the table says it was not measured.
echo
if bin/devolve duties --help 2>/dev/null | grep -q -- '--townships'; then
    echo "National duties batch, 2 threads, CSV, -Xmx512m:"
    DEVOLVE_JAVA_OPTS=-Xmx512m /usr/bin/time -o "$out/duties.time" -f "%e %M" \
        bin/devolve duties --townships all --format csv --out "$out/duties.csv" --as-of 2025-06-01 --threads 2 --no-progress
    read -r wall rss < "$out/duties.time"
    echo "wall $wall s, max RSS $rss KB"
    echo "duties.s=$wall" >> "$figures"
else
    echo "National duties batch: not measured (this build's command line has no duties batch)"
fi

echo
echo "Cross-check of the national run against the baseline:"
# A disagreement exits 1; the table still gets printed, with the count against its target of 0.
java -cp "$jar" dev.devolve.bench.CrossCheck --as-of 2024-03-01 | tee "$out/crosscheck.txt" || true
echo "crosscheck.disagreements=$(sed -n 's/.*: \([0-9,]*\) disagreements.*/\1/p' "$out/crosscheck.txt" | tr -d ,)" >> "$figures"

echo
java -cp "$jar" dev.devolve.bench.Report "$out/jmh.json" "$figures" | tee "$out/table.md"
