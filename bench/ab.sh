#!/usr/bin/env bash
# Two revisions of JourneyBot compared by server CPU per slash command. On a shared VM, that figure moves far
# less between runs than req/s does.
#
#   bash bench/ab.sh <rev A> <rev B> [rounds]          e.g.  bash bench/ab.sh HEAD~1 HEAD
#
# How it compares them:
# - It builds both revisions from git (git archive: the working tree is not touched).
# - It imports the same generated catalog into a database for each.
# - It runs both servers at once on 127.0.0.1 and loads them in turn with short wrk bursts, so whatever else
#   the machine does hits both alike. Each round swaps which of them goes first.
# It prints each server's CPU time (utime + stime) per request and its req/s over the bursts.
# It needs wrk, as run.sh does; it does not need Bolt.
# Knobs (environment): ITEMS=20000 ROUNDS=10 BURST=3s CONNECTIONS=32 A_PORT=5182 B_PORT=5183
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$BENCH_DIR/.." && pwd)"
ITEMS="${ITEMS:-20000}"
ROUNDS="${3:-${ROUNDS:-10}}"
BURST="${BURST:-3s}"
CONNECTIONS="${CONNECTIONS:-32}"
A_PORT="${A_PORT:-5182}"
B_PORT="${B_PORT:-5183}"
SECRET="${SECRET:-bench-signing-secret-0123456789abcdef}"

die() { echo "ab.sh: $*" >&2; exit 1; }
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

[ $# -ge 2 ] || { echo "usage: bash bench/ab.sh <rev A> <rev B> [rounds]" >&2; exit 2; }
[[ "$ROUNDS" =~ ^[1-9][0-9]*$ ]] || die "rounds must be a positive number, not '$ROUNDS'"
for tool in dotnet wrk curl openssl awk git tar; do
  command -v "$tool" >/dev/null || die "$tool not found (wrk: sudo apt-get install wrk)"
done
for port in "$A_PORT" "$B_PORT"; do
  if curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$port/"; then die "port $port is already in use (set A_PORT / B_PORT)"; fi
done
declare -A SHA
SHA[A]=$(git -C "$REPO" rev-parse --verify --quiet "$1^{commit}") || die "'$1' is not a commit"
SHA[B]=$(git -C "$REPO" rev-parse --verify --quiet "$2^{commit}") || die "'$2' is not a commit"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/journeybot-ab.XXXXXX")"
declare -A PID=()
cleanup() {
  local pid
  for pid in "${PID[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# shellcheck source=bench/request.sh
source "$BENCH_DIR/request.sh"
proc_ticks() { sed 's/.*) //' "/proc/$1/stat" | awk '{ print $12 + $13 }'; } # utime + stime of one process

log "generating a $ITEMS-item catalog ..."
dotnet run -c Release --project "$BENCH_DIR/JourneyBot.Benchmarks" -- generate "$ITEMS" "$WORK/catalog.csv" >"$WORK/generate.log" 2>&1 \
  || { tail -20 "$WORK/generate.log" >&2; die "catalog generation failed"; }

for side in A B; do
  log "$side = $(git -C "$REPO" log -1 --format='%h %s' "${SHA[$side]}" | cut -c1-100)"
  mkdir "$WORK/src-$side"
  git -C "$REPO" archive "${SHA[$side]}" | tar -x -C "$WORK/src-$side"
  dotnet publish "$WORK/src-$side/src/JourneyBot" -c Release -o "$WORK/app-$side" -nologo -v q >"$WORK/build-$side.log" 2>&1 \
    || { tail -20 "$WORK/build-$side.log" >&2; die "building $side failed"; }
  dotnet "$WORK/app-$side/JourneyBot.dll" catalog import "$WORK/catalog.csv" --replace \
    --ConnectionStrings:Catalog="Data Source=$WORK/$side.db" >"$WORK/import-$side.log" 2>&1 \
    || { tail -20 "$WORK/import-$side.log" >&2; die "importing the catalog for $side failed"; }
done

declare -A PORT=([A]=$A_PORT [B]=$B_PORT)
for side in A B; do
  Logging__LogLevel__Default=Warning DOTNET_NOLOGO=1 \
    dotnet "$WORK/app-$side/JourneyBot.dll" serve --urls="http://127.0.0.1:${PORT[$side]}" \
    --Slack:SigningSecret="$SECRET" --Slack:BotToken=xoxb-bench --Slack:ApiBaseUrl=http://127.0.0.1:9/api/ \
    --ConnectionStrings:Catalog="Data Source=$WORK/$side.db" >"$WORK/$side.log" 2>&1 &
  PID[$side]=$!
done
sign
for side in A B; do
  for _ in $(seq 300); do [ "$(post "${PORT[$side]}" /dev/null)" = 200 ] && break; sleep 0.1; done
  [ "$(post "${PORT[$side]}" /dev/null)" = 200 ] || { tail -20 "$WORK/$side.log" >&2; die "$side did not answer a signed next-offer with 200"; }
done
write_lua

log "warming both up, then $ROUNDS rounds of $BURST per server ..."
for side in A B; do wrk -t1 -c"$CONNECTIONS" -d8s -s "$WORK/request.lua" "http://127.0.0.1:${PORT[$side]}/slack/commands" >/dev/null; done
declare -A TICKS=([A]=0 [B]=0) REQUESTS=([A]=0 [B]=0)
for round in $(seq "$ROUNDS"); do
  order="A B"; [ $(( round % 2 )) -eq 0 ] && order="B A" # neither always goes first
  for side in $order; do
    before=$(proc_ticks "${PID[$side]}")
    done_requests=$(wrk -t1 -c"$CONNECTIONS" -d"$BURST" -s "$WORK/request.lua" "http://127.0.0.1:${PORT[$side]}/slack/commands" \
      | awk '/requests in/ { print $1 }')
    TICKS[$side]=$(( TICKS[$side] + $(proc_ticks "${PID[$side]}") - before ))
    REQUESTS[$side]=$(( REQUESTS[$side] + done_requests ))
  done
done

seconds=$(awk -v b="$BURST" -v r="$ROUNDS" 'BEGIN { sub(/s$/, "", b); print b * r }')
awk -v ta="${TICKS[A]}" -v tb="${TICKS[B]}" -v na="${REQUESTS[A]}" -v nb="${REQUESTS[B]}" -v hz="$(getconf CLK_TCK)" -v s="$seconds" \
  -v a="$(git -C "$REPO" log -1 --format=%h "${SHA[A]}")" -v b="$(git -C "$REPO" log -1 --format=%h "${SHA[B]}")" 'BEGIN {
  ua = ta * 1e6 / hz / na; ub = tb * 1e6 / hz / nb
  printf "A %s: %.2f µs of server CPU per request, %.0f req/s\n", a, ua, na / s
  printf "B %s: %.2f µs of server CPU per request, %.0f req/s\n", b, ub, nb / s
  printf "B vs A: %+.1f %% CPU per request\n", (ub / ua - 1) * 100
}'
