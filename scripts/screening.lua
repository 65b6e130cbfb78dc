-- wrk script: screens travellers over HTTP as border counters do, cycling through the request bodies that
-- LoadTestData wrote (half listed people written differently, half strangers sharing common name parts).
local auth = os.getenv("NIGEHBAAN_AUTH")
local file = os.getenv("NIGEHBAAN_BODIES")
local bodies = {}
local next_body = 1
local headers = {["Content-Type"] = "application/json", ["Authorization"] = "Basic " .. auth}

init = function(args)
  for line in io.lines(file) do
    bodies[#bodies + 1] = line
  end
  math.randomseed(os.time() + math.random(1000))
  next_body = math.random(#bodies)
end

request = function()
  next_body = next_body % #bodies + 1
  return wrk.format("POST", "/api/v1/screenings", headers, bodies[next_body])
end

done = function(summary, latency, requests)
  io.write(string.format("non-2xx: %d; p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms\n",
    summary.errors.status, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency:percentile(99.9) / 1000, latency.max / 1000))
end
