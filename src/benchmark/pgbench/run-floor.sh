#!/bin/sh
# The raw-SQL floor of issue 7: PostgreSQL's own time for the statements behind the worklist and the dossier page,
# one client, no application in between (docs/performance.md, "The floor"). Needs PostgreSQL's pgbench
# (apt-get install postgresql-client) and the national dataset in a running embedded database.
# usage: src/benchmark/pgbench/run-floor.sh [port, default 15432] [seconds per script, default 60] [scripts, default
#        "werkvoorraad dossier"; issue 15's are deelnemers and uren, issue 17's budgetcoach and begeleider]
set -e
port=${1:-15432}
seconds=${2:-60}
dir=$(dirname "$0")
for script in ${3:-werkvoorraad dossier}; do
    echo "== $script.sql: $seconds s, 1 client, prepared statements"
    pgbench -h localhost -p "$port" -U inburgeringsregie -n -M prepared -c 1 -j 1 -T "$seconds" -r \
        -f "$dir/$script.sql" inburgeringsregie
done
