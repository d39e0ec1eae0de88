#!/usr/bin/env bash
# JourneyBot vs. the same /journey next-offer command on Bolt for JavaScript, side by side on loopback.
#
#   sudo apt-get install wrk && (cd bench && npm install) && bash bench/run.sh
#
# Builds JourneyBot (Release), generates a 20,000-item catalog CSV, imports it into a fresh SQLite
# database, starts both servers on 127.0.0.1, loads each with wrk with the same signed slash command,
# alternating runs, and prints req/s, p50, p99 per run, the medians, peak RSS, ready time and the ratio.
# With FLOOR=1 (the default) a third server takes its turn: Kestrel configured as JourneyBot serves, sending
# JourneyBot's reply bytes without doing anything else (bench floor). It is the ceiling of any answer on this
# machine with this load generator, and the summary says how close JourneyBot comes to it.
# Knobs (environment): ITEMS=20000 ROUNDS=2 DURATION=15s WARMUP=5s CONNECTIONS=32 THREADS=1 FLOOR=1
# One wrk thread: it drives either server at well over 100k req/s, and on a 2-core machine a second wrk thread
# only competes with the server under test for the same two cores (THREADS=2 to see that effect).
#                      JB_PORT=5180 BOLT_PORT=3180 FLOOR_PORT=5190 OUT=bench/out/<time>
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$BENCH_DIR/.." && pwd)"
ITEMS="${ITEMS:-20000}"
ROUNDS="${ROUNDS:-2}"
DURATION="${DURATION:-15s}"
WARMUP="${WARMUP:-5s}"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-1}"
JB_PORT="${JB_PORT:-5180}"
BOLT_PORT="${BOLT_PORT:-3180}"
FLOOR="${FLOOR:-1}"
FLOOR_PORT="${FLOOR_PORT:-5190}"
SECRET="${SECRET:-bench-signing-secret-0123456789abcdef}"
START_TIMEOUT_S="${START_TIMEOUT_S:-60}"
OUT="${OUT:-$BENCH_DIR/out/$(date +%Y%m%d-%H%M%S)}"

die() { echo "run.sh: $*" >&2; exit 1; }
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# ---------------------------------------------------------------------------------------------
# Prerequisites
# ---------------------------------------------------------------------------------------------
for tool in dotnet node wrk curl openssl awk; do
  command -v "$tool" >/dev/null || die "$tool not found (wrk: sudo apt-get install wrk; node >= 20; .NET 10 SDK)"
done
[ -d "$BENCH_DIR/node_modules/@slack/bolt" ] || die "Bolt is not installed: run 'npm install' in $BENCH_DIR first"
for port in "$JB_PORT" "$BOLT_PORT" "$FLOOR_PORT"; do
  if curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$port/"; then die "port $port is already in use (set JB_PORT / BOLT_PORT)"; fi
done

mkdir -p "$OUT"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/journeybot-bench.XXXXXX")"
JB_PID=""
BOLT_PID=""
FLOOR_PID=""
cleanup() {
  local pid
  for pid in "$JB_PID" "$BOLT_PID" "$FLOOR_PID"; do
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
      kill -TERM "$pid" 2>/dev/null || true
      for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -KILL "$pid" 2>/dev/null || true
    fi
  done
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

now_ns() { date +%s%N; }
hwm_mb() { awk '/^VmHWM:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo "?"; }
rss_mb() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo "?"; }
CLK_TCK=$(getconf CLK_TCK)
CORES=$(nproc)
cpu_busy() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat; } # user nice system irq softirq steal, in ticks
proc_ticks() { sed 's/.*) //' "/proc/$1/stat" | awk '{ print $12 + $13 }'; }     # utime + stime of one process

# ---------------------------------------------------------------------------------------------
# (a) Build JourneyBot, generate the catalog
# ---------------------------------------------------------------------------------------------
log "building JourneyBot (Release) ..."
dotnet publish "$REPO/src/JourneyBot" -c Release -o "$WORK/journeybot" -nologo -v q >"$OUT/build.log" 2>&1 \
  || { tail -30 "$OUT/build.log" >&2; die "dotnet publish failed (log: $OUT/build.log)"; }
CSV="$WORK/catalog.csv"
log "generating a $ITEMS-item catalog ..."
dotnet run -c Release --project "$REPO/bench/JourneyBot.Benchmarks" -- generate "$ITEMS" "$CSV" >>"$OUT/build.log" 2>&1 \
  || { tail -30 "$OUT/build.log" >&2; die "catalog generation failed (log: $OUT/build.log)"; }

# ---------------------------------------------------------------------------------------------
# (b) Fresh database, import (--replace: the CSV becomes the whole collateral, as in the Bolt app)
# ---------------------------------------------------------------------------------------------
DB="Data Source=$WORK/bench.db"
log "importing into a fresh SQLite database ..."
t0=$(now_ns)
dotnet "$WORK/journeybot/JourneyBot.dll" catalog import "$CSV" --replace --ConnectionStrings:Catalog="$DB" >"$OUT/import.log" 2>&1 \
  || { tail -30 "$OUT/import.log" >&2; die "catalog import failed (log: $OUT/import.log)"; }
IMPORT_S=$(awk -v ns=$(( $(now_ns) - t0 )) 'BEGIN { printf "%.1f", ns / 1e9 }')
log "$(tail -1 "$OUT/import.log") (${IMPORT_S} s, including process start and migrations)"

# ---------------------------------------------------------------------------------------------
# The signed request: one form body, signed v0=HMAC-SHA256("v0:{ts}:{body}") with the secret
# ---------------------------------------------------------------------------------------------
# shellcheck source=bench/request.sh
source "$BENCH_DIR/request.sh"

# wait_ready <name> <pid> <port> <health path or ""> <start ns>: until (health answers and) a signed
# next-offer answers 200; prints the milliseconds from process start.
wait_ready() {
  local name=$1 pid=$2 port=$3 health=$4 start=$5 deadline
  deadline=$(( start + START_TIMEOUT_S * 1000000000 ))
  if [ -n "$health" ]; then
    until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "http://127.0.0.1:$port$health" 2>/dev/null || true)" = 200 ]; do
      kill -0 "$pid" 2>/dev/null || die "$name exited during start (log: $OUT/$name.log)"
      [ "$(now_ns)" -lt "$deadline" ] || die "$name: $health did not answer within ${START_TIMEOUT_S}s (log: $OUT/$name.log)"
      sleep 0.005
    done
  fi
  sign
  until [ "$(post "$port" /dev/null)" = 200 ]; do
    kill -0 "$pid" 2>/dev/null || die "$name exited during start (log: $OUT/$name.log)"
    [ "$(now_ns)" -lt "$deadline" ] || die "$name: signed /journey next-offer did not answer 200 within ${START_TIMEOUT_S}s (log: $OUT/$name.log)"
    sleep 0.005
  done
  awk -v ns=$(( $(now_ns) - start )) 'BEGIN { printf "%d", ns / 1e6 }'
}

# ---------------------------------------------------------------------------------------------
# (c) JourneyBot serve
# ---------------------------------------------------------------------------------------------
log "starting JourneyBot on 127.0.0.1:$JB_PORT ..."
t0=$(now_ns)
Logging__LogLevel__Default=Warning DOTNET_NOLOGO=1 \
  dotnet "$WORK/journeybot/JourneyBot.dll" serve --urls="http://127.0.0.1:$JB_PORT" \
  --Slack:SigningSecret="$SECRET" --Slack:BotToken=xoxb-bench --Slack:ApiBaseUrl=http://127.0.0.1:9/api/ \
  --ConnectionStrings:Catalog="$DB" >"$OUT/journeybot.log" 2>&1 &
JB_PID=$!
JB_READY_MS=$(wait_ready journeybot "$JB_PID" "$JB_PORT" /healthz "$t0")
JB_RSS_IDLE=$(rss_mb "$JB_PID")
log "JourneyBot ready in $JB_READY_MS ms (pid $JB_PID, RSS $JB_RSS_IDLE MB)"

# ---------------------------------------------------------------------------------------------
# (d) Bolt app, same CSV, same secret
# ---------------------------------------------------------------------------------------------
log "starting the Bolt app on 127.0.0.1:$BOLT_PORT ..."
t0=$(now_ns)
SLACK_SIGNING_SECRET="$SECRET" SLACK_BOT_TOKEN=xoxb-bench NODE_ENV=production \
  node "$BENCH_DIR/bolt-app/app.js" --csv "$CSV" --port "$BOLT_PORT" --host 127.0.0.1 >"$OUT/bolt.log" 2>&1 &
BOLT_PID=$!
BOLT_READY_MS=$(wait_ready bolt "$BOLT_PID" "$BOLT_PORT" "" "$t0")
BOLT_RSS_IDLE=$(rss_mb "$BOLT_PID")
log "Bolt app ready in $BOLT_READY_MS ms (pid $BOLT_PID, RSS $BOLT_RSS_IDLE MB)"

# ---------------------------------------------------------------------------------------------
# (i) Each server must answer the signed request with 200 + Block Kit blocks, and refuse a bad signature
# ---------------------------------------------------------------------------------------------
check_answers() {
  local when=$1 name port status bad
  sign
  for name in journeybot bolt; do
    if [ "$name" = journeybot ]; then port=$JB_PORT; else port=$BOLT_PORT; fi
    status=$(post "$port" "$OUT/$name.response.json")
    [ "$status" = 200 ] || die "$name answered HTTP $status $when (body: $(head -c 300 "$OUT/$name.response.json"))"
    node -e '
      const m = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
      const items = (m.blocks || []).filter(b => b.type === "section").length;
      if (!Array.isArray(m.blocks) || m.blocks[0].type !== "header" || items < 1) { console.error("no Block Kit answer:", JSON.stringify(m).slice(0, 300)); process.exit(1); }
    ' "$OUT/$name.response.json" || die "$name: 200 but not a Block Kit next-offer answer $when"
    bad=$(post "$port" /dev/null "v0=0000000000000000000000000000000000000000000000000000000000000000")
    [ "$bad" = 401 ] || die "$name answered HTTP $bad to a wrong signature $when (expected 401)"
  done
  node -e '
    const fs = require("fs");
    const [a, b] = process.argv.slice(1).map(f => JSON.parse(fs.readFileSync(f, "utf8")));
    const size = m => Buffer.byteLength(JSON.stringify(m));
    const same = JSON.stringify(a.blocks) === JSON.stringify(b.blocks);
    console.log(`answers: both 200 with ${a.blocks.length} / ${b.blocks.length} blocks (${size(a)} / ${size(b)} bytes of JSON); ` +
      `blocks ${same ? "identical" : "DIFFERENT"}; both 401 on a wrong signature`);
  ' "$OUT/journeybot.response.json" "$OUT/bolt.response.json"
}
CHECK_BEFORE=$(check_answers "before the load")
log "$CHECK_BEFORE"

# ---------------------------------------------------------------------------------------------
# The floor: JourneyBot's own reply bytes from Kestrel configured as JourneyBot serves, nothing else done
# ---------------------------------------------------------------------------------------------
if [ "$FLOOR" = 1 ]; then
  cp "$OUT/journeybot.response.json" "$WORK/reply.json"
  log "starting the floor server on 127.0.0.1:$FLOOR_PORT ..."
  # The built dll, not 'dotnet run': its pid must be the server's, for the CPU figures.
  # The bot's logging settings: its appsettings.json (read by the floor) and the same Default=Warning.
  Logging__LogLevel__Default=Warning DOTNET_NOLOGO=1 dotnet "$REPO/bench/JourneyBot.Benchmarks/bin/Release/net10.0/JourneyBot.Benchmarks.dll" \
    floor "http://127.0.0.1:$FLOOR_PORT" "$WORK/reply.json" >"$OUT/floor.log" 2>&1 &
  FLOOR_PID=$!
  wait_ready floor "$FLOOR_PID" "$FLOOR_PORT" "" "$(now_ns)" >/dev/null
  cmp -s "$WORK/reply.json" <(curl -s --max-time 5 --data-binary "$BODY" "http://127.0.0.1:$FLOOR_PORT/slack/commands") \
    || die "the floor server does not send JourneyBot's reply (log: $OUT/floor.log)"
fi

# ---------------------------------------------------------------------------------------------
# (e)-(g) Alternating wrk runs, re-signed before each; peak RSS from VmHWM
# ---------------------------------------------------------------------------------------------
to_ms() { # 612.00us | 1.23ms | 1.02s -> milliseconds
  awk -v v="$1" 'BEGIN {
    n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
    if (u == "us") n /= 1000; else if (u == "s") n *= 1000; else if (u == "m") n *= 60000
    printf "%.2f", n }'
}

RESULTS="$WORK/results.tsv" # name round rps p50 p99 errors server-cores others-%
: >"$RESULTS"
run_wrk() {
  local name=$1 port=$2 pid=$3 round=$4 file rps p50 p99 non2xx sock b0 s0 w0 b1 s1 w1 cpu
  sign; write_lua
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$WORK/request.lua" "http://127.0.0.1:$port/slack/commands" >/dev/null
  sign; write_lua
  file="$OUT/wrk-$name-$round.txt"
  b0=$(cpu_busy); s0=$(proc_ticks "$pid"); w0=$(now_ns)
  local TIMEFORMAT='%U %S'
  { time wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$WORK/request.lua" "http://127.0.0.1:$port/slack/commands" >"$file" ; } 2>"$WORK/wrk-cpu"
  b1=$(cpu_busy); s1=$(proc_ticks "$pid"); w1=$(now_ns)
  # Server CPU in cores, and the share of the machine used by anything but the server and wrk (noise).
  cpu=$(awk -v b=$((b1 - b0)) -v s=$((s1 - s0)) -v ns=$((w1 - w0)) -v hz="$CLK_TCK" -v cores="$CORES" -v wrk="$(awk '{ print $1 + $2 }' "$WORK/wrk-cpu")" \
    'BEGIN { t = ns / 1e9; other = (b - s) / hz - wrk; if (other < 0) other = 0; printf "%.2f\t%.0f", s / hz / t, 100 * other / (t * cores) }')
  kill -0 "$pid" 2>/dev/null || die "$name died during the load (log: $OUT/$name.log)"
  rps=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$file")
  p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$file")")
  p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$file")")
  non2xx=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$file"); non2xx=${non2xx:-0}
  sock=$(awk '/Socket errors:/ { gsub(/,/, ""); print $4 + $6 + $8 + $10 }' "$file"); sock=${sock:-0}
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$round" "$rps" "$p50" "$p99" "$((non2xx + sock))" "$cpu" >>"$RESULTS"
  log "$name round $round: $rps req/s, p50 $p50 ms, p99 $p99 ms, errors $((non2xx + sock)), server cores ${cpu%%$'\t'*}, others ${cpu##*$'\t'}%, peak RSS so far $(hwm_mb "$pid") MB"
}
for round in $(seq "$ROUNDS"); do
  run_wrk journeybot "$JB_PORT" "$JB_PID" "$round"
  run_wrk bolt "$BOLT_PORT" "$BOLT_PID" "$round"
  if [ "$FLOOR" = 1 ]; then run_wrk floor "$FLOOR_PORT" "$FLOOR_PID" "$round"; fi
done
JB_RSS=$(hwm_mb "$JB_PID")
BOLT_RSS=$(hwm_mb "$BOLT_PID")
CHECK_AFTER=$(check_answers "after the load")

# ---------------------------------------------------------------------------------------------
# (h) The table
# ---------------------------------------------------------------------------------------------
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print 0; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
col() { awk -F'\t' -v n="$1" -v c="$2" '$1 == n { print $c }' "$RESULTS"; }
JB_RPS=$(col journeybot 3 | median | xargs printf '%.0f');  BOLT_RPS=$(col bolt 3 | median | xargs printf '%.0f')
JB_P50=$(col journeybot 4 | median);  BOLT_P50=$(col bolt 4 | median)
JB_P99=$(col journeybot 5 | median);  BOLT_P99=$(col bolt 5 | median)
ERRORS=$(awk -F'\t' '{ s += $6 } END { print s + 0 }' "$RESULTS")
RATIO=$(awk -v a="$JB_RPS" -v b="$BOLT_RPS" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "n/a" }')
if [ "$FLOOR" = 1 ]; then
  FLOOR_RPS=$(col floor 3 | median | xargs printf '%.0f'); FLOOR_P50=$(col floor 4 | median); FLOOR_P99=$(col floor 5 | median)
  FLOOR_LINE=$(awk -v f="$FLOOR_RPS" -v b="$BOLT_RPS" -v j="$JB_RPS" 'BEGIN {
    printf "floor (Kestrel as JourneyBot serves, the same reply bytes, no work): %d req/s = %.1fx Bolt; JourneyBot reaches %.0f %% of it", f, f / b, 100 * j / f }')
fi
# Log lines worth a look, without the refusals of our own wrong-signature checks (2 per server).
# The console logger writes "warn: Category[id]" and the message indented below: one record per entry.
log_summary() {
  awk '/^(trce|dbug|info|warn|fail|crit): / { if (r != "") print r; r = $0; next } { sub(/^ +/, " "); r = r $0 } END { if (r != "") print r }' "$1" \
    | grep -E '^(warn|fail|crit): ' | grep -v 'signature does not match' | cut -c1-220 \
    | sort | uniq -c | sort -rn | head -6 | sed 's/^ */    /' || true
}
JB_LOG=$(log_summary "$OUT/journeybot.log")
BOLT_LOG=$(grep -vE 'signature mismatch|^bolt-app:' "$OUT/bolt.log" | sort | uniq -c | sort -rn | head -5 | sed 's/^/    /' || true)

{
  echo
  echo "JourneyBot vs Bolt for JavaScript: /journey next-offer ci inquiry manager, $ITEMS-item catalog"
  echo "machine: $(nproc) cores, $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo), $(awk '/^MemTotal/ { printf "%.1f GB RAM", $2 / 1048576 }' /proc/meminfo)"
  echo "versions: .NET $(dotnet --version), node $(node --version), @slack/bolt $(node -p 'require(process.argv[1]).version' "$BENCH_DIR/node_modules/@slack/bolt/package.json"), $(wrk -v 2>&1 | head -1 | awk '{ print $1, $2 }')"
  echo "load: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency (after a $WARMUP warm-up), alternating, $ROUNDS rounds; same signed request"
  echo
  printf '%-12s %-4s %10s %9s %9s %7s %13s %9s\n' server run req/s "p50 ms" "p99 ms" errors "server cores" "others %"
  printf '%-12s %-4s %10s %9s %9s %7s %13s %9s\n' ------ --- ----- ------ ------ ------ ------------ --------
  while IFS=$'\t' read -r name round rps p50 p99 errs cores others; do
    printf '%-12s %-4s %10s %9s %9s %7s %13s %9s\n' "$name" "$round" "$rps" "$p50" "$p99" "$errs" "$cores" "$others"
  done <"$RESULTS"
  echo "(server cores: CPU time of the server process / wall time; others %: share of all $CORES cores used by"
  echo " processes other than the server and wrk during the run, i.e. noise from the rest of the machine)"
  echo
  printf '%-12s %10s %10s %10s %12s %12s %10s\n' server "req/s" "p50 ms" "p99 ms" "peak RSS MB" "idle RSS MB" "ready ms"
  printf '%-12s %10s %10s %10s %12s %12s %10s\n' ------ ----- ------ ------ ----------- ----------- --------
  printf '%-12s %10s %10s %10s %12s %12s %10s\n' "journeybot" "$JB_RPS" "$JB_P50" "$JB_P99" "$JB_RSS" "$JB_RSS_IDLE" "$JB_READY_MS"
  printf '%-12s %10s %10s %10s %12s %12s %10s\n' "bolt" "$BOLT_RPS" "$BOLT_P50" "$BOLT_P99" "$BOLT_RSS" "$BOLT_RSS_IDLE" "$BOLT_READY_MS"
  if [ "$FLOOR" = 1 ]; then printf '%-12s %10s %10s %10s %12s %12s %10s\n' "floor" "$FLOOR_RPS" "$FLOOR_P50" "$FLOOR_P99" - - -; fi
  echo "(req/s, p50, p99: medians over the runs; peak RSS = VmHWM of the server process over its life;"
  echo " idle RSS = VmRSS right after it was ready; ready = process start until /healthz (JourneyBot)"
  echo " and a first signed /journey next-offer answer 200)"
  echo
  echo "req/s ratio JourneyBot/Bolt: ${RATIO}x"
  if [ "$FLOOR" = 1 ]; then echo "$FLOOR_LINE"; fi
  echo "catalog import: ${IMPORT_S} s; $CHECK_AFTER"
  echo "errors (non-2xx + socket errors) over all runs: $ERRORS"
  echo "JourneyBot log (warn/fail/crit, beyond the 2 expected wrong-signature refusals):"
  echo "${JB_LOG:-    none}"
  echo "Bolt log (beyond its start line and the 2 expected wrong-signature refusals):"
  echo "${BOLT_LOG:-    none}"
  echo "raw wrk output and server logs: $OUT"
} | tee "$OUT/summary.txt"

[ "$ERRORS" = 0 ] || { echo "run.sh: some requests failed, see $OUT" >&2; exit 2; }
