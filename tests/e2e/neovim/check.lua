-- `mhhs lsp` through Neovim's own LSP client (Debian's neovim, 0.7 or later), headless:
-- open an interface with a misspelt field, wait for its diagnostic, hover on a role id in `from`,
-- jump to that role's definition, apply the linter's quick fix and see the diagnostic clear.
-- Run by scripts/check-lsp-neovim.sh as `nvim --headless -u NONE -c 'luafile check.lua'` with
-- MHHS (the binary), CATALOGUE (a scratch copy) and FILE (the planted interface) in the
-- environment. Exits 0 when every step holds, 1 with a message at the first that does not.

local mhhs, catalogue, file = os.getenv("MHHS"), os.getenv("CATALOGUE"), os.getenv("FILE")
local misspelt, field = os.getenv("MISSPELT"), os.getenv("FIELD")
local role, role_name = os.getenv("ROLE"), os.getenv("ROLE_NAME")
local timeout = 30000

local function say(line)
  io.stdout:write("check-lsp-neovim: " .. line .. "\n")
end

local function fail(message)
  error({ check = message })
end

--- The first line (0-based) of the buffer holding `needle`, and the byte column just inside it.
local function find(bufnr, needle)
  for n, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    local column = line:find(needle, 1, true)
    if column then
      return n - 1, column
    end
  end
  fail("no " .. needle .. " in " .. vim.api.nvim_buf_get_name(bufnr))
end

--- The diagnostics Neovim holds for the buffer that mention `word`.
local function mentioning(bufnr, word)
  return vim.tbl_filter(function(d)
    return d.message:find(word, 1, true) ~= nil
  end, vim.diagnostic.get(bufnr))
end

--- One request through the client, its result or a failure naming the method.
local function request(client, bufnr, method, params)
  local response, err = client.request_sync(method, params, timeout, bufnr)
  if not response then
    fail(method .. ": no answer (" .. tostring(err) .. ")")
  end
  if response.err then
    fail(method .. ": " .. vim.inspect(response.err))
  end
  return response.result
end

local function run()
  vim.cmd("edit " .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = "json"
  local client_id = vim.lsp.start_client({
    name = "mhhs",
    cmd = { mhhs, "lsp" },
    root_dir = catalogue,
  })
  if not client_id then
    fail("the client did not start " .. mhhs .. " lsp")
  end
  vim.lsp.buf_attach_client(bufnr, client_id)
  local client = vim.lsp.get_client_by_id(client_id)
  if not vim.wait(timeout, function()
    return client.initialized
  end, 50) then
    fail("the server did not initialize")
  end
  say("initialized, position encoding " .. client.offset_encoding)

  -- The planted field's diagnostic, at the line that holds it.
  if not vim.wait(timeout, function()
    return #mentioning(bufnr, misspelt) > 0
  end, 50) then
    fail("no diagnostic mentioning " .. misspelt .. "; got " .. vim.inspect(vim.diagnostic.get(bufnr)))
  end
  local planted = mentioning(bufnr, misspelt)[1]
  local planted_line = find(bufnr, '"' .. misspelt .. '"')
  if planted.lnum ~= planted_line then
    fail(("the diagnostic is on line %d, the field on line %d"):format(planted.lnum + 1, planted_line + 1))
  end
  say(("diagnostic on line %d: [%s] %s"):format(planted.lnum + 1, tostring(planted.code), planted.message))

  -- Hover on the role id in `from`: the card names the role.
  local line, column = find(bufnr, '"' .. role .. '"')
  vim.api.nvim_win_set_cursor(0, { line + 1, column })
  local position = vim.lsp.util.make_position_params(0, client.offset_encoding)
  local hover = request(client, bufnr, "textDocument/hover", position)
  local text = hover and hover.contents and (hover.contents.value or vim.inspect(hover.contents)) or ""
  if not text:find(role_name, 1, true) then
    fail("hover on " .. role .. " does not name " .. role_name .. ": " .. text)
  end
  say("hover on " .. role .. " names " .. role_name)

  -- Definition of the role id: roles.json.
  local definition = request(client, bufnr, "textDocument/definition", position)
  local location = definition and (definition.uri and definition or definition[1])
  local target = location and vim.uri_to_fname(location.uri or location.targetUri) or ""
  if vim.fn.fnamemodify(target, ":t") ~= "roles.json" then
    fail("definition of " .. role .. " is " .. vim.inspect(definition))
  end
  vim.lsp.util.jump_to_location(location, client.offset_encoding)
  local landed = vim.api.nvim_get_current_line()
  if not landed:find('"' .. role .. '"', 1, true) then
    fail("the jump to " .. role .. " landed on: " .. landed)
  end
  say(("definition of %s: roles.json line %d"):format(role, vim.api.nvim_win_get_cursor(0)[1]))
  vim.api.nvim_set_current_buf(bufnr)

  -- The quick fix, asked for the way :lua vim.lsp.buf.code_action() asks: the diagnostics of
  -- the line as Neovim holds them, turned back into LSP.
  local lsp_diagnostics = vim.tbl_filter(function(d)
    return d.message:find(misspelt, 1, true) ~= nil
  end, vim.lsp.diagnostic.get_line_diagnostics(bufnr, planted.lnum, {}, client_id))
  local actions = request(client, bufnr, "textDocument/codeAction", {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = lsp_diagnostics[1].range,
    context = { diagnostics = lsp_diagnostics },
  }) or {}
  local fix
  for _, action in ipairs(actions) do
    if action.edit and action.title:find(field, 1, true) then
      fix = action
      break
    end
  end
  if not fix then
    fail("no quick fix naming " .. field .. " among " .. vim.inspect(vim.tbl_map(function(a)
      return a.title
    end, actions)))
  end
  vim.lsp.util.apply_workspace_edit(fix.edit, client.offset_encoding)
  local fixed_line = vim.api.nvim_buf_get_lines(bufnr, planted.lnum, planted.lnum + 1, false)[1]
  if not fixed_line:find('"' .. field .. '"', 1, true) then
    fail("after '" .. fix.title .. "' the line reads: " .. fixed_line)
  end
  say("applied '" .. fix.title .. "'")

  -- Neovim sends the edit as didChange; the server re-checks and the diagnostic goes.
  if not vim.wait(timeout, function()
    return #mentioning(bufnr, misspelt) == 0
  end, 50) then
    fail("the diagnostic did not clear after the fix: " .. vim.inspect(mentioning(bufnr, misspelt)))
  end
  say("the diagnostic cleared after didChange")
  vim.lsp.stop_client(client_id)
end

local ok, problem = pcall(run)
if ok then
  say("ok")
  vim.cmd("qall!")
else
  local message = type(problem) == "table" and problem.check or tostring(problem)
  io.stderr:write("check-lsp-neovim: FAILED: " .. message .. "\n")
  vim.cmd("cquit")
end
