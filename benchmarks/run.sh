#!/usr/bin/env bash
# Runs every benchmark and prints the README's performance table: JMH (engine build, decide,
# assess, batch throughput; Devolve against the hand-written baseline), the cold start of
# bin/devolve, and the national batch. About 15 minutes on 2 cores.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
out="${1:-$root/benchmarks/target/results}"
mkdir -p "$out"

mvn -q -B -Pbench -DskipTests install
jar="$root/benchmarks/target/benchmarks.jar"

java -jar "$jar" -rf json -rff "$out/jmh.json" EngineBenchmarks BaselineBenchmarks BatchBenchmarks | tee "$out/jmh.txt"
echo
java -cp "$jar" dev.devolve.bench.Report "$out/jmh.json"

echo
echo "Engine build in a cold process: bin/devolve validate, 7 runs (seconds):"
bin/devolve validate >/dev/null
for i in 1 2 3 4 5 6 7; do
    /usr/bin/time -f "%e" bin/devolve validate 2>&1 >/dev/null | tail -1
done | sort -n | tee "$out/cold-build.txt" | awk '{a[NR]=$1} END {print "median " a[int((NR+1)/2)] " s"}'

echo
echo "Cold start: bin/devolve decide, 7 runs (seconds):"
for i in 1 2 3 4 5 6 7; do
    /usr/bin/time -f "%e" bin/devolve decide --township 330122101 --matter UM-001 --as-of 2024-03-01 2>&1 >/dev/null | tail -1
done | sort -n | tee "$out/cold.txt" | awk '{a[NR]=$1} END {print "median " a[int((NR+1)/2)] " s"}'

echo
echo "National batch, 2 threads, CSV, -Xmx512m:"
DEVOLVE_JAVA_OPTS=-Xmx512m /usr/bin/time -f "wall %e s, max RSS %M KB" \
    bin/devolve batch --townships all --out "$out/all.csv" --as-of 2024-03-01 --threads 2 --no-progress

echo
echo "Cross-check of the national run against the baseline:"
java -cp "$jar" dev.devolve.bench.CrossCheck --as-of 2024-03-01
