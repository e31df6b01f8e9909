-- wrk script: GET case pages in turn, as one logged-in user (session cookie from the environment).
-- The case numbers come from cases.txt (one per line), written by load-check.sh.
local cases = {}
for line in io.lines(os.getenv("SIPROC_CASES") or "cases.txt") do
  cases[#cases + 1] = line
end
local cookie = os.getenv("SIPROC_COOKIE")
local i = 0
request = function()
  i = i + 1
  local path = "/cases/" .. cases[(i % #cases) + 1]
  return wrk.format("GET", path, { ["Cookie"] = cookie })
end
response = function(status, headers, body)
  if status ~= 200 then
    io.stderr:write("unexpected status " .. status .. "\n")
  end
end
