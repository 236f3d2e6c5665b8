#!/usr/bin/env bash
# Escalation benchmark: 1000 incidents whose 24-hour reminders fall due in the same minute, one packaged
# instance, real SMTP (GreenMail). Prints the lag from due_at to SMTP acceptance (p50, p99, max),
# Lekwacht's mails per second and a raw-SMTP baseline from the same run.
# Targets: p99 lag <= sweep interval (15 s) + 5 s; >= 50 mails/s.
# Usage: bench/escalation/run.sh [incidents]   (builds target/quarkus-app if missing)
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
./mvnw -B -q test-compile
./mvnw -B failsafe:integration-test -Dit.test=EscalationBench -Dbench.incidents="${1:-1000}" -DtrimStackTrace=false \
  | sed -n '/=== Lekwacht escalation benchmark ===/,/failed steps/p;/created [0-9]* incidents/p;/ERROR/p'
