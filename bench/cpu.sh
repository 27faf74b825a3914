# CPU time from /proc for the benchmarks (sourced by bench/side-by-side.sh and registry-service/bench/nominations.sh):
# user + system, in ms, of a process, of the PostgreSQL backends serving a database, and of the backends that ended.

# cpu_ms PID: CPU time (ms) of the process so far.
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.0f", ($14 + $15) * 1000 / hz }' "/proc/$1/stat"; }

# database_cpu DB: CPU time (ms) so far of the PostgreSQL backends serving DB, one "PID MS" a line (the process title
# names the database; a backend that starts meanwhile counts from zero, one that ends is lost: see ended_backends_ms).
database_cpu() {
  local p title
  for p in /proc/[0-9]*; do
    { title=$(tr '\0' ' ' < "$p/cmdline"); } 2>/dev/null || continue
    case "$title" in "postgres: "*" $1 "*) echo "${p#/proc/} $(cpu_ms "${p#/proc/}" 2>/dev/null || echo 0)" ;; esac
  done
}

# database_cpu_since DB FILE: ms the backends of DB used since FILE (database_cpu's output then).
database_cpu_since() {
  database_cpu "$1" | awk 'NR == FNR { before[$1] = $2; next } { sum += $2 - before[$1] } END { printf "%.0f", sum }' "$2" -
}

# ended_backends_ms PID: CPU time (ms) of the ended children of the PostgreSQL server PID (the parent of any backend):
# what backends that came and went used, such as pgbench's, which end with their run.
ended_backends_ms() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.0f", ($16 + $17) * 1000 / hz }' "/proc/$1/stat"; }
