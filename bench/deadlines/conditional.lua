-- Polls like a dashboard: sends the last ETag it saw in If-None-Match and keeps the new one from
-- every 200 (the ETag moves with the 10-second bucket). Counts 304s and 200s per thread.
local threads = {}

function setup(thread)
    table.insert(threads, thread)
end

function init(args)
    etag = nil
    full = 0
    not_modified = 0
end

function request()
    local headers = {}
    for name, value in pairs(wrk.headers) do
        headers[name] = value
    end
    if etag then
        headers["If-None-Match"] = etag
    end
    return wrk.format("GET", wrk.path, headers)
end

function response(status, headers, body)
    if status == 304 then
        not_modified = not_modified + 1
    else
        full = full + 1
    end
    if headers["ETag"] then
        etag = headers["ETag"]
    end
end

function done(summary, latency, requests)
    local f, n = 0, 0
    for _, thread in ipairs(threads) do
        f = f + thread:get("full")
        n = n + thread:get("not_modified")
    end
    io.write(string.format("conditional responses: %d x 304, %d x 200\n", n, f))
end
