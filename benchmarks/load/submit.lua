-- wrk script: POST /requests, each with a fresh Idempotency-Key (thread id + counter), as the clerk of school-1.
-- The token comes from the environment: QYZMET_TOKEN.
local counter = 0

local threads = {}

function setup(thread)
  -- each thread gets its number as a global of its own Lua state
  thread:set("thread_id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  run = os.time()
end

local body = '{"service":"803005","channel":"PROVIDER_OFFICE","provider":"school-1","applicantIin":"061211600012",' ..
  '"documents":[{"code":"application"},{"code":"identity-document"}],"personalDataConsent":true}'

function request()
  counter = counter + 1
  local headers = {}
  headers["Content-Type"] = "application/json"
  headers["Authorization"] = "Bearer " .. os.getenv("QYZMET_TOKEN")
  headers["Idempotency-Key"] = string.format("load-%d-%d-%d", run, thread_id, counter)
  return wrk.format("POST", "/requests", headers, body)
end

function response(status, headers, body)
  if status ~= 201 then
    io.stderr:write("unexpected status " .. status .. ": " .. body .. "\n")
  end
end
