#!/usr/bin/env bash
# Qyzmet beside its peers, in one go (docs/BENCHMARKS.md, "Performance that users feel", part 2): for each store
# (H2 file, PostgreSQL) and each thread count (1, 4), Qyzmet's submitAndAccept and Flowable's startAndComplete in
# one JMH run, back to back; then the floor (the bare statements at sixteen requests per commit, four threads)
# and Qyzmet's registers at four threads (handed in together, then accepted one by one and taken in together).
# Writes one JSON file a run into the results directory and prints the ratios at the end.
#
# Usage, from the repository root after `./mvnw -B -q -pl benchmarks -am package -DskipTests`:
#   benchmarks/peers.sh [results-directory]
# Environment: QYZMET_BENCH_PG (default jdbc:postgresql://127.0.0.1:5432), QYZMET_BENCH_PG_USER (postgres),
# QYZMET_BENCH_WARMUP / QYZMET_BENCH_MEASURE (JMH options; defaults below: 3 x 10 s warm-up, 5 x 10 s measured; one
# 5 s warm-up iteration left the iterations rising on the idle 2-core machine, so check the Iteration lines of
# peers.log), QYZMET_BENCH_JAVA_OPTS (for the JMH runner, e.g. -Djmh.ignoreLock=true). About 14 minutes.
# It creates a PostgreSQL database of its own and an H2 temporary directory of its own, and deletes both at the
# end, whatever happens; the benchmarks themselves drop their schemas and directories after each trial.
set -euo pipefail
OUT=$(realpath -m "${1:-peers-$(date -u +%Y%m%dT%H%MZ)}")
PG=${QYZMET_BENCH_PG:-jdbc:postgresql://127.0.0.1:5432}
PG_USER=${QYZMET_BENCH_PG_USER:-postgres}
WARMUP=${QYZMET_BENCH_WARMUP:--wi 3 -w 10}
MEASURE=${QYZMET_BENCH_MEASURE:--i 5 -r 10}
JAR=benchmarks/target/qyzmet-benchmarks.jar
[ -f "$JAR" ] || { echo "no $JAR: build it first (see the usage above)" >&2; exit 1; }
HOST_PORT=${PG#jdbc:postgresql://}
DB=qyzmet_peers_$(date -u +%Y%m%d%H%M%S)
TMP=$(mktemp -d /tmp/qyzmet-peers.XXXXXX)
mkdir -p "$OUT"
psql() { command psql -h "${HOST_PORT%%:*}" -p "${HOST_PORT##*:}" -U "$PG_USER" -d postgres -qAt -c "$1"; }
trap 'psql "DROP DATABASE IF EXISTS $DB" || true; rm -rf "$TMP"' EXIT
psql "CREATE DATABASE $DB"
VM="-Djava.io.tmpdir=$TMP -Dqyzmet.bench.pg.url=$PG/$DB -Dqyzmet.bench.pg.user=$PG_USER"

run() { # name, JMH arguments...
  local name=$1; shift
  echo "== $name ($(date -u +%H:%M:%S) UTC, load$(uptime | sed 's/.*load average//'))" | tee -a "$OUT/peers.log"
  java ${QYZMET_BENCH_JAVA_OPTS:-} -Djava.io.tmpdir="$TMP" -jar "$JAR" "$@" $WARMUP $MEASURE -jvmArgsAppend "$VM" -rf json -rff "$OUT/$name.json" \
    | { grep -E '^(Benchmark|Flowable|SubmitAccept|BareStatements)|# group commit|Iteration|ERROR|Exception' || true; } | tee -a "$OUT/peers.log" \
    || echo "== $name failed: see the lines above" | tee -a "$OUT/peers.log"
}

for t in 1 4; do
  for store in h2 postgres; do
    run "peers-$store-t$t" 'storage.(SubmitAcceptBenchmark.submitAndAccept|FlowableBenchmark.startAndComplete)$' -p store=$store -t $t
  done
done
run floor-t4 'storage.BareStatementsBenchmark' -p store=h2,postgres -p perCommit=16 -t 4
run batch-t4 'storage.SubmitAcceptBenchmark.submitBatchAndAccept(Each)?$' -p store=h2,postgres -t 4
echo "== done $(date -u +%H:%M:%S) UTC, load$(uptime | sed 's/.*load average//')" | tee -a "$OUT/peers.log"

python3 - "$OUT" <<'EOF' | tee -a "$OUT/peers.log"
import json, pathlib, sys
scores = {}
for f in sorted(pathlib.Path(sys.argv[1]).glob('*.json')):
    for r in json.loads(f.read_text() or '[]'):
        name = '.'.join(r['benchmark'].split('.')[-2:])
        scores[(name, r['params'].get('store'), r['threads'])] = r['primaryMetric']['score']
print('Qyzmet / Flowable, same JMH run:')
for t in (1, 4):
    for store in ('h2', 'postgres'):
        q = scores.get(('SubmitAcceptBenchmark.submitAndAccept', store, t))
        f = scores.get(('FlowableBenchmark.startAndComplete', store, t))
        if q and f:
            print(f'  {store:8s} {t} thread(s): {q:9.1f} / {f:7.1f} = {q / f:5.1f}x')
print('share of the floor (bare statements, 16 requests per commit, 4 threads):')
for store in ('h2', 'postgres'):
    floor = scores.get(('BareStatementsBenchmark.submitAndAccept', store, 4))
    for name in ('submitAndAccept', 'submitBatchAndAcceptEach', 'submitBatchAndAccept'):
        q = scores.get(('SubmitAcceptBenchmark.' + name, store, 4))
        if q and floor:
            print(f'  {store:8s} {name:24s} {q:9.1f} / {floor:9.1f} = {100 * q / floor:4.0f}%')
EOF
echo "results: $OUT"
