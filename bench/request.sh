# The benchmark's one slash command, signed as Slack signs it: v0=HMAC-SHA256("v0:{ts}:{body}") with
# $SECRET. Sourced by run.sh and ab.sh; write_lua puts wrk's script in $WORK/request.lua.
BODY='token=bench&team_id=T0BENCH&team_domain=bench&channel_id=C0BENCH&channel_name=bench&user_id=U0BENCH&user_name=bench&command=%2Fjourney&text=next-offer+ci+inquiry+manager&response_url=http%3A%2F%2F127.0.0.1%3A9%2Fresponse-url&trigger_id=1.1.bench&api_app_id=A0BENCH'
TS=""
SIG=""
sign() {
  TS=$(date +%s)
  SIG="v0=$(printf 'v0:%s:%s' "$TS" "$BODY" | openssl dgst -sha256 -hmac "$SECRET" -r | cut -d' ' -f1)"
}
# post <port> <outfile> [signature]: prints the HTTP status
post() {
  curl -s -o "$2" -w '%{http_code}' --max-time 5 \
    -H "Content-Type: application/x-www-form-urlencoded" \
    -H "X-Slack-Request-Timestamp: $TS" -H "X-Slack-Signature: ${3:-$SIG}" \
    --data-binary "$BODY" "http://127.0.0.1:$1/slack/commands" 2>/dev/null || true
}
write_lua() {
  cat >"$WORK/request.lua" <<EOF
wrk.method = "POST"
wrk.body = "$BODY"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["X-Slack-Request-Timestamp"] = "$TS"
wrk.headers["X-Slack-Signature"] = "$SIG"
EOF
}
