#!/usr/bin/env bash
# Intake benchmark: POST /api/incidents through Lekwacht versus the same inserts done by pgbench,
# both for 20 s at 16 connections against the same embedded PostgreSQL, in one run.
# Prints both rates and their ratio (target >= 40%), start-up time to ready excluding the embedded
# database's own start (target <= 3 s, JVM mode) and RSS after the run (target <= 300 MB).
# Usage: bench/intake/run.sh   (builds target/quarkus-app if missing; installs wrk if missing)
# The JVM gets a 256 MB heap and the serial collector, as suits a small service on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-16}

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
command -v pgbench >/dev/null || { apt-get update -qq && apt-get install -y -qq postgresql-client; }
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests

work=$(mktemp -d /tmp/lekwacht-bench-intake.XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
log="$work/app.log"
cleanup() { [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

# Escalation sweeps are off: this measures intake alone (no SMTP server runs here).
start_ns=$(date +%s%N)
java -Xmx256m -XX:+UseSerialGC -Dquarkus.http.port="$port" -Dlekwacht.embedded-db.data-dir="$work/data" \
     -Dquarkus.scheduler.enabled=false -Dquarkus.log.level=WARN \
     -Dquarkus.log.category.\"nl.vocampus\".level=INFO -Dquarkus.log.category.\"io.quarkus\".level=INFO \
     -jar target/quarkus-app/quarkus-run.jar >"$log" 2>&1 &
pid=$!
until curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { cat "$log"; exit 1; }
    sleep 0.05
done
ready_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))
db_ms=$(grep -oP 'Embedded PostgreSQL started on port \d+ in \K\d+' "$log")
pg_port=$(grep -oP 'Embedded PostgreSQL started on port \K\d+' "$log")

cat >"$work/post.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Basic bWVkZXdlcmtlcjpkZW1v"
wrk.body = [[{"kind": "LOST_DEVICE", "school": "SSGN", "summary": "Laptop kwijt in de trein",
 "description": "Schoollaptop met cijferlijsten laten liggen", "discoveredAt": "2026-11-20T08:15:00+01:00",
 "device": {"type": "LAPTOP", "schoolIssued": true, "encrypted": "UNKNOWN"},
 "dataInvolved": {"groups": ["PUPILS"], "approximatePeople": 120}}]]
local created, other = 0, 0
response = function(status) if status == 201 then created = created + 1 else other = other + 1 end end
done = function(summary) io.write(string.format("non-201 responses: %d\n", summary.errors.status)) end
LUA

# Warm up the JIT, then measure.
wrk -t2 -c"$CONNECTIONS" -d5s -s "$work/post.lua" "http://127.0.0.1:$port/api/incidents" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$work/post.lua" "http://127.0.0.1:$port/api/incidents" | tee "$work/wrk.txt"
app_rate=$(grep -oP 'Requests/sec:\s+\K[0-9.]+' "$work/wrk.txt")
rss_kb=$(ps -o rss= -p "$pid" | tr -d ' ')

# The same writes one report makes (counter, incident, history line, 7 escalation steps), in one transaction.
cat >"$work/intake.sql" <<'SQL'
with ref as (
    insert into reference_counter (year, last_value) values (2099, 1)
    on conflict (year) do update set last_value = reference_counter.last_value + 1 returning last_value),
inc as (
    insert into incident (id, reference, kind, status, school_id, summary, description, what_happened,
                          discovered_at, reported_at, aware_at, deadline, device_type, device_school_issued,
                          device_encrypted, device_screen_lock, device_remote_wipe, affected_groups,
                          approximate_people, reporter, reporter_subject, reporter_email)
    select gen_random_uuid(), 'PB-' || last_value, 'LOST_DEVICE', 'REPORTED', 1, 'Laptop kwijt in de trein',
           'Schoollaptop met cijferlijsten laten liggen', 'DEVICE_OR_PAPER_LOST_OR_STOLEN',
           now(), now(), now(), now() + interval '72 hours', 'LAPTOP', true, 'UNKNOWN', 'UNKNOWN', 'UNKNOWN',
           '{PUPILS}', 120, 'medewerker', 'medewerker', 'medewerker@ssgn.example' from ref
    returning id, aware_at),
ev as (insert into incident_event (incident_id, at, actor, type) select id, now(), 'medewerker', 'REPORTED' from inc),
mgr as (insert into incident_manager (incident_id, person_id)
        select inc.id, p.id from inc, person p where p.school_id = 1 and p.default_manager and p.active)
insert into escalation_step (incident_id, step, kind, after_minutes, recipients, due_at)
select inc.id, s.step, s.kind, s.after_minutes, s.recipients, inc.aware_at + make_interval(mins => coalesce(s.after_minutes, 0))
from inc, (values ('REPORT', 'NEW_REPORT', null::int, '{MANAGER,PRIVACY_OFFICER}'::text[]),
                  ('RECEIPT', 'RECEIPT', null, '{REPORTER}'),
                  ('H24', 'REMINDER', 1440, '{PRIVACY_OFFICER}'),
                  ('H48', 'ADVISE_NOTIFY_NOW', 2880, '{PRIVACY_OFFICER,MANAGER}'),
                  ('H60', 'ESCALATION', 3600, '{PRIVACY_OFFICER,MANAGER,DPO,MANAGEMENT}'),
                  ('H70', 'FINAL_WARNING', 4200, '{PRIVACY_OFFICER,MANAGER,DPO,MANAGEMENT}'),
                  ('H72', 'OVERDUE', 4320, '{PRIVACY_OFFICER,MANAGER,DPO,MANAGEMENT}')) as s(step, kind, after_minutes, recipients);
SQL
secs=${DURATION%s}
PGPASSWORD=postgres pgbench -n -h 127.0.0.1 -p "$pg_port" -U postgres -c "$CONNECTIONS" -j 2 -T "$secs" -f "$work/intake.sql" postgres | tee "$work/pgbench.txt"
pg_rate=$(grep -oP 'tps = \K[0-9.]+' "$work/pgbench.txt" | head -1)

echo
echo "=== Lekwacht intake benchmark ($DURATION, $CONNECTIONS connections) ==="
printf 'Lekwacht POST /api/incidents : %10.1f reports/s\n' "$app_rate"
printf 'pgbench, same inserts          : %10.1f transactions/s\n' "$pg_rate"
python3 -c "print(f'ratio Lekwacht / pgbench       : {100*$app_rate/$pg_rate:10.1f} %   (target >= 40 %)')"
printf 'start to ready, whole process  : %10d ms\n' "$ready_ms"
printf '  embedded PostgreSQL start     : %10d ms\n' "$db_ms"
printf '  Lekwacht without the database : %10d ms   (target <= 3000 ms)\n' "$((ready_ms - db_ms))"
printf 'RSS after the run              : %10d MB   (target <= 300 MB)\n' "$((rss_kb / 1024))"
