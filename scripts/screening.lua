-- wrk script: screens travellers over HTTP as border counters do. Half the travellers carry names drawn from the
-- same pools as the listed people (so many are namesakes and near misses that exercise the matcher), half
-- carry names from elsewhere; a quarter carry a date of birth, a few a CNIC.
local auth = os.getenv("NIGEHBAAN_AUTH")
local given = {"Muhammad", "Ahmed", "Ali", "Imran", "Bilal", "Usman", "Hamza", "Zafar", "Tariq", "Naveed", "Asif",
  "Kamran", "Faisal", "Shahid", "Rizwan", "Ayesha", "Fatima", "Sana", "Nadia", "Hina", "Mohd", "Muhammed", "Usmaan"}
local family = {"Khan", "Butt", "Malik", "Chaudhry", "Qureshi", "Sheikh", "Awan", "Raja", "Mughal", "Abbasi", "Jatt",
  "Bhatti", "Gondal", "Warraich", "Siddiqui", "Hussain", "Shah", "Mirza", "Choudhary", "Kureshi"}
local foreign = {"Oliver", "Emma", "Lukas", "Sofia", "Chen", "Aiko", "Ivan", "Olga", "Jean", "Marie", "Diego",
  "Lucia", "Kwame", "Amara", "Noah", "Mia", "Smith", "Jones", "Garcia", "Muller", "Rossi", "Novak", "Tanaka"}
local purposes = {"EXIT", "EXIT", "EXIT", "ENTRY"}

local function pick(t) return t[math.random(#t)] end

request = function()
  local name
  if math.random() < 0.5 then
    name = pick(given) .. " " .. pick(given) .. " " .. pick(family)
  else
    name = pick(foreign) .. " " .. pick(foreign)
  end
  local extra = ""
  local r = math.random()
  if r < 0.25 then
    extra = string.format(',"dateOfBirth":"%d-%02d-%02d"', 1960 + math.random(45), math.random(12), math.random(28))
  elseif r < 0.30 then
    extra = string.format(',"cnic":"%05d-%07d-%d"', 10000 + math.random(89999), math.random(9999999), math.random(9))
  end
  local body = string.format('{"purpose":"%s","location":"LOAD-TEST","traveller":{"fullName":"%s"%s}}',
    pick(purposes), name, extra)
  return wrk.format("POST", "/api/v1/screenings",
    {["Content-Type"] = "application/json", ["Authorization"] = "Basic " .. auth}, body)
end

-- Count non-200 answers: a load test with errors is a failed load test.
local errors = 0
response = function(status, headers, body)
  if status ~= 200 then errors = errors + 1 end
end
done = function(summary, latency, requests)
  io.write(string.format("non-2xx: %d; p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms\n",
    summary.errors.status, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency:percentile(99.9) / 1000, latency.max / 1000))
end
