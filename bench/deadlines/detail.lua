-- Reads incident details like a privacy officer opening cases: GET /api/incidents/{id} for ids taken in
-- turn from ids.txt (one per line, written by run.sh), so every request is a recorded read of a real incident.
local ids = {}
for line in io.lines(os.getenv("IDS_FILE")) do
    table.insert(ids, line)
end
local i = 0

function request()
    i = i % #ids + 1
    return wrk.format("GET", "/api/incidents/" .. ids[i])
end

function response(status, headers, body)
    if status ~= 200 then
        error("GET /api/incidents/{id} answered " .. status)
    end
end
