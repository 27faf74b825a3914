-- wrk's side of the side-by-side intake (bench/side-by-side.sh): POSTs each protocol of a file, one a line (written
-- by ResultsBench with INTAKE_BODIES), with an Idempotency-Key of its own, as a tabulator's client would. Each of
-- wrk's threads takes every n-th line; counts the answers by status. A thread that has sent all of its lines sends
-- its first one again with the same key (answered 200, not 201): a run that ran out of protocols fails the check.
--   wrk -t THREADS -c16 -d10s -s bench/intake.lua URL/api/v1/protocols -- BODIES_FILE TOKEN RUN THREADS
-- registry-service/bench/nominations.lua builds on it (its globals and functions), for the nominations benchmark.
local threads = {}
local counter = 0

function setup(thread)
  thread:set("index", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  local file, token, run, threads_total = args[1], args[2], args[3], tonumber(args[4])
  bodies = {}
  local i = 0
  for line in io.lines(file) do
    if i % threads_total == index then
      table.insert(bodies, line)
    end
    i = i + 1
  end
  headers = { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }
  key_prefix = run .. "-" .. index .. "-"
  next_body = 1
  created = 0
  other = 0
  exhausted = 0
end

function request()
  local n = next_body
  if n > #bodies then
    exhausted = exhausted + 1
    n = 1
  else
    next_body = n + 1
  end
  headers["Idempotency-Key"] = key_prefix .. n
  return wrk.format("POST", nil, headers, bodies[n])
end

function response(status, headers, body)
  if status == 201 then
    created = created + 1
  else
    other = other + 1
    if other <= 3 then
      io.stderr:write("answered " .. status .. ": " .. string.sub(body or "", 1, 300) .. "\n")
    end
  end
end

function done(summary, latency, requests)
  local c, o, e = 0, 0, 0
  for _, thread in ipairs(threads) do
    c = c + thread:get("created")
    o = o + thread:get("other")
    e = e + thread:get("exhausted")
  end
  io.write(string.format("intake-check: created %d other %d exhausted %d\n", c, o, e))
end
