#!/usr/bin/env bash
# Benchmark of the deadline dashboard (not a test): GET /api/deadlines with 5,000 open incidents,
# polled for 20 s at 16 connections, unconditionally and with If-None-Match, against GET /api/ping
# (a fixed small JSON behind the same authentication) in the same run; then GET /api/incidents/{id} for 1,000
# of them in turn (a recorded read of an incident's details).
#
# Build first, this script builds nothing:   ./mvnw package -DskipTests
# Then:                                      bench/deadlines/run.sh
# Needs: java 17, curl, psql (postgresql-client) and wrk; the last two are installed with apt-get when missing.
# Settings (environment): INCIDENTS (5000), DURATION (20s), CONNECTIONS (16), THREADS (2), WARMUP (5s).
set -euo pipefail
cd "$(dirname "$0")/../.."

INCIDENTS=${INCIDENTS:-5000}
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
WARMUP=${WARMUP:-5s}
JAR=target/quarkus-app/quarkus-run.jar
SCRIPT_DIR=bench/deadlines
OUT=bench/out
AUTH="Authorization: Basic $(printf 'privacy:demo' | base64)"
# As a browser dashboard asks; the list is served from a gzip copy made once per (version, asOf).
GZIP="Accept-Encoding: gzip"

[ -f "$JAR" ] || { echo "No $JAR: run ./mvnw package -DskipTests first" >&2; exit 1; }
missing=()
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
command -v psql >/dev/null 2>&1 || missing+=(postgresql-client)
command -v curl >/dev/null 2>&1 || missing+=(curl)
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi

free_port() {
    local port
    for _ in $(seq 1 50); do
        port=$(( (RANDOM % 20000) + 30000 ))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
    echo "no free port found" >&2
    exit 1
}

WORK=$(mktemp -d -t lekwacht-bench-XXXXXX)
PORT=$(free_port)
BASE="http://127.0.0.1:$PORT"
APP_PID=""
cleanup() {
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID"            # SIGTERM: the app stops its embedded PostgreSQL itself
        wait "$APP_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

echo "Starting the packaged app on port $PORT (embedded PostgreSQL in $WORK/data)"
# The escalation sweep is switched off so that only the 10-second bucket moves the ETag during the runs.
java -Xmx1g -Dquarkus.http.port="$PORT" -Dlekwacht.embedded-db.data-dir="$WORK/data" \
    -Dquarkus.scheduler.enabled=false -jar "$JAR" > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 240); do
    curl -fs "$BASE/q/health/ready" >/dev/null 2>&1 && break
    kill -0 "$APP_PID" 2>/dev/null || { echo "The app exited:" >&2; tail -50 "$WORK/app.log" >&2; exit 1; }
    sleep 0.5
done
curl -fs "$BASE/q/health/ready" >/dev/null || { echo "The app was not ready in 120 s" >&2; tail -50 "$WORK/app.log" >&2; exit 1; }
PG_PORT=$(grep -oE 'Embedded PostgreSQL started on port [0-9]+' "$WORK/app.log" | grep -oE '[0-9]+$' | head -1)
[ -n "$PG_PORT" ] || { echo "No 'Embedded PostgreSQL started on port N' in the log" >&2; exit 1; }

echo "Creating $INCIDENTS open incidents with their escalation steps (SQL on port $PG_PORT)"
PGPASSWORD=postgres psql -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -v n="$INCIDENTS" <<'SQL'
-- Awareness spread over the last 80 hours, so a tenth of the list is overdue; half of them assessed.
create temporary table bench as
select gen_random_uuid() as id, g as n, now() - (random() * interval '80 hours') as aware
from generate_series(1, :n) g;

insert into incident (id, reference, kind, status, school_id, summary, description, what_happened, discovered_at,
                      reported_at, aware_at, deadline, device_type, device_encrypted, data_categories, affected_groups,
                      approximate_people, reporter, reporter_subject, reporter_email)
select b.id, 'BENCH-' || lpad(b.n::text, 6, '0'), 'LOST_DEVICE', case when b.n % 2 = 0 then 'ASSESSING' else 'REPORTED' end,
       s.id, 'Laptop kwijt (benchmark ' || b.n || ')', 'Benchmarkmelding', 'DEVICE_OR_PAPER_LOST_OR_STOLEN', b.aware,
       b.aware, b.aware, b.aware + interval '72 hours', 'LAPTOP', 'UNKNOWN', '{NAME}', '{PUPILS}', 30, 'medewerker',
       'medewerker', 'medewerker@ssgn.example'
from bench b cross join school s where s.code = 'SSGN';

insert into incident_manager (incident_id, person_id)
select b.id, p.id from bench b cross join person p join school s on s.id = p.school_id
where s.code = 'SSGN' and p.default_manager and p.active;

-- The steps the planner writes on a report: REPORT and RECEIPT at once, then the school's ladder.
insert into escalation_step (incident_id, step, kind, after_minutes, recipients, due_at, status, sent_at)
select b.id, x.step, x.kind, null, x.recipients, b.aware, 'SENT', b.aware
from bench b,
     (values ('REPORT', 'NEW_REPORT', array ['MANAGER', 'PRIVACY_OFFICER']), ('RECEIPT', 'RECEIPT', array ['REPORTER']))
         as x(step, kind, recipients);
insert into escalation_step (incident_id, step, kind, after_minutes, recipients, due_at, status, sent_at)
select b.id, 'H' || (p.after_minutes / 60), p.kind, p.after_minutes, p.audience,
       b.aware + p.after_minutes * interval '1 minute',
       case when b.aware + p.after_minutes * interval '1 minute' < now() then (case when b.n % 97 = 0 then 'FAILED' else 'SENT' end) else 'PENDING' end,
       case when b.aware + p.after_minutes * interval '1 minute' < now() then b.aware + p.after_minutes * interval '1 minute' end
from bench b join incident i on i.id = b.id join escalation_plan_step p on p.school_id = i.school_id;
analyze incident;
analyze escalation_step;
SQL

count=$(curl -fs -H "$AUTH" "$BASE/api/deadlines" | grep -oE '"count":[0-9]+' | head -1 | cut -d: -f2)
bytes=$(curl -fs -H "$AUTH" "$BASE/api/deadlines" | wc -c)
zipped=$(curl -fs -H "$AUTH" -H "$GZIP" "$BASE/api/deadlines" | wc -c)
echo "GET /api/deadlines lists $count open incidents in $bytes bytes ($zipped gzipped)"

mkdir -p "$OUT"
run() { # name, then wrk arguments
    local name=$1
    shift
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H "$AUTH" -H "$GZIP" "$@" > /dev/null
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "$AUTH" -H "$GZIP" "$@" | tee "$OUT/$name.txt"
}
rate() { grep -E '^Requests/sec:' "$OUT/$1.txt" | awk '{print $2}'; }
p99_ms() { # the 99% line of --latency, in ms
    awk '$1 == "99%" {v = $2; if (v ~ /us$/) {sub(/us$/, "", v); v /= 1000} else if (v ~ /ms$/) {sub(/ms$/, "", v)} else if (v ~ /s$/) {sub(/s$/, "", v); v *= 1000}; print v}' "$OUT/$1.txt"
}

echo; echo "== GET /api/ping =="
run ping "$BASE/api/ping"
echo; echo "== GET /api/deadlines (unconditional) =="
run full "$BASE/api/deadlines"
echo; echo "== GET /api/deadlines with If-None-Match (the last ETag seen) =="
run conditional -s "$SCRIPT_DIR/conditional.lua" "$BASE/api/deadlines"
echo; echo "== GET /api/incidents/{id}: 1,000 incidents' details in turn (each a recorded read) =="
PGPASSWORD=postgres psql -qtA -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres \
    -c "select id from incident where reference like 'BENCH-%' order by random() limit 1000" > "$WORK/ids.txt"
export IDS_FILE="$WORK/ids.txt"
run detail -s "$SCRIPT_DIR/detail.lua" "$BASE/api/incidents"

ping=$(rate ping); full=$(rate full); conditional=$(rate conditional); detail=$(rate detail)
echo
echo "== Results ($count open incidents, $THREADS threads, $CONNECTIONS connections, $DURATION) =="
awk -v p="$ping" -v f="$full" -v c="$conditional" -v d="$detail" -v p99="$(p99_ms full)" -v dp99="$(p99_ms detail)" 'BEGIN {
    printf "ping:                      %10.0f req/s\n", p
    printf "deadlines, unconditional:  %10.0f req/s\n", f
    printf "deadlines, If-None-Match:  %10.0f req/s\n", c
    printf "conditional / ping:        %10.2f   (target >= 0.50) %s\n", c / p, (c / p >= 0.5 ? "OK" : "MISSED")
    printf "full / ping:               %10.2f\n", f / p
    printf "full list p99 latency:     %10.2f ms (target <= 50 ms) %s\n", p99, (p99 <= 50 ? "OK" : "MISSED")
    printf "incident details:          %10.0f req/s\n", d
    printf "details / ping:            %10.2f\n", d / p
    printf "details p99 latency:       %10.2f ms\n", dp99
}' | tee "$OUT/summary.txt"
