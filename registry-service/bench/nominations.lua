-- wrk's side of nominations.sh: POSTs each self-nomination of a file, one JSON body a line (written by
-- NominationBench with NOMINATION_BODIES), as the one benchmark citizen. The side-by-side intake's script
-- (bench/intake.lua) with two changes: no Idempotency-Key (the Java client sends none: filing is measured without
-- the key's look-up), and the p95 latency printed too (wrk's own --latency lists 50/75/90/99 only). As there, each
-- of wrk's threads takes every n-th line and counts the answers by status ("intake-check: created C other O
-- exhausted E"); a thread that has sent all of its lines sends its first one again (the same person: answered 409,
-- not 201), so a run that ran out of bodies fails the check. With a fifth argument "stop" (the warm-up), a thread
-- that has sent all of its lines stops instead and adds a line to BODIES_FILE.done.
--   wrk -t THREADS -c8 -d10s -s nominations.lua URL/api/v1/nominations -- BODIES_FILE TOKEN - THREADS [stop]
local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(here .. "../../bench/intake.lua")

local intake_init = init
local intake_done = done

function init(args)
  intake_init(args)
  headers["Idempotency-Key"] = nil
  stop_when_done = args[5] == "stop"
  body_file = args[1]
end

function request()
  local n = next_body
  if n > #bodies then
    if stop_when_done then
      -- wrk itself waits for its duration: nominations.sh ends it once every thread has written this line.
      local marker = io.open(body_file .. ".done", "a")
      marker:write(index .. "\n")
      marker:close()
      wrk.thread:stop()
    end
    exhausted = exhausted + 1
    n = 1
  else
    next_body = n + 1
  end
  return wrk.format("POST", nil, headers, bodies[n])
end

function done(summary, latency, requests)
  intake_done(summary, latency, requests)
  io.write(string.format("nominations-latency: p50 %.2f ms p95 %.2f ms p99 %.2f ms\n", latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
