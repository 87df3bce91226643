#!/usr/bin/env bash
# Before and after in one run: each measure is taken of an earlier checkout of Devolve and of this
# one in alternation, so that the load of a shared machine falls on both alike, and the ratio
# after ÷ before holds where the times themselves do not. It also checks that both write the same
# bytes for the same batch.
#
#   benchmarks/compare.sh BEFORE_CHECKOUT [PAIRS]
#
# BEFORE_CHECKOUT is a checkout of the earlier commit (e.g. `git worktree add /tmp/before main`);
# PAIRS (default 5) is how many times each measure is taken on each side. Nothing is installed into
# the local Maven repository: each side is packaged in place.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
before="$(cd "${1:?usage: benchmarks/compare.sh BEFORE_CHECKOUT [PAIRS]}" && pwd)"
pairs="${2:-5}"
out="$root/benchmarks/target/compare"
mkdir -p "$out"
rm -f "$out"/*.times

for side in "$before" "$root"; do
    (cd "$side" && mvn -q -B -o -Pbench -DskipTests -pl benchmarks,rules-cli -am package)
    (cd "$side" && bin/devolve validate >/dev/null)
done

# Every 20th township of the national list: 2,068 townships, 165,440 decisions.
awk -F, 'NR > 1 && (NR - 2) % 20 == 0 {print $1}' "$root/rule-packs/src/main/resources/devolve/data/townships/streets.csv" \
    > "$out/townships.txt"

# time NAME SIDE COMMAND…: appends the wall time of one run to NAME.SIDE.times.
time_one() {
    local name="$1" side="$2"
    shift 2
    /usr/bin/time -o "$out/last.time" -f "%e" "$@" >/dev/null 2>&1
    cat "$out/last.time" >> "$out/$name.$side.times"
}

# jmh DIR SIDE BENCHMARK: appends the JMH median (of the samples, or of the single shots) to BENCHMARK.SIDE.times.
jmh() {
    local dir="$1" side="$2" benchmark="$3"
    java -jar "$dir/benchmarks/target/benchmarks.jar" -f 1 -wi 3 -i 5 -w 1s -r 1s -rf json -rff "$out/last.json" \
        "EngineBenchmarks.$benchmark\$" >/dev/null 2>&1
    python3 -c 'import json,sys,statistics
m = json.load(open(sys.argv[1]))[0]["primaryMetric"]
p = m.get("scorePercentiles", {})
print(p["50.0"] if "50.0" in p else statistics.median(v for it in m["rawData"] for v in it))' "$out/last.json" \
        >> "$out/$benchmark.$side.times"
}

for i in $(seq "$pairs"); do
    for side in before after; do
        dir="$before"
        [[ "$side" == after ]] && dir="$root"
        cd "$dir"
        time_one cold-decide "$side" bin/devolve decide --township 330122101 --matter UM-001 --as-of 2024-03-01
        time_one batch "$side" bin/devolve batch --townships "$out/townships.txt" --out "$out/batch.$side.csv" \
            --as-of 2024-03-01 --threads 2 --no-progress
        for b in buildEngine decide assess; do
            jmh "$dir" "$side" "$b"
        done
    done
    cmp -s "$out/batch.before.csv" "$out/batch.after.csv" || { echo "the batch output differs between before and after" >&2; exit 1; }
done
cd "$root"

median() { sort -g "$1" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "| measure | before (median of $pairs) | after (median of $pairs) | after ÷ before |"
echo "|---|---|---|---|"
for m in "buildEngine:build an engine of the bundled packs, warm JVM (ms)" "decide:\`decide\` one (township, matter) with explanation (µs)" \
         "assess:\`assess\` one township, warm (µs)" "batch:\`bin/devolve batch\` of 2,068 townships, 2 threads, CSV, JVM start included (s)" \
         "cold-decide:\`bin/devolve decide\`, cold JVM (s)"; do
    name="${m%%:*}"
    b="$(median "$out/$name.before.times")"
    a="$(median "$out/$name.after.times")"
    awk -v label="${m#*:}" -v a="$a" -v b="$b" 'BEGIN {printf "| %s | %.2f | %.2f | %.2f |\n", label, b, a, a / b}'
done
echo
echo "batch output identical before and after: $(sha256sum "$out/batch.after.csv" | cut -d' ' -f1)"
