-- Drives brieflint's language server from Neovim's own LSP client (Neovim 0.7 and later), as a writer
-- would: open a wrong brief, take a quick fix, correct a figure by hand, hover a figure, silence a rule
-- for a line, break the config and repair it. Every answer is written to a JSON report that
-- tests/lsp/neovim.test.ts checks. Run: nvim --headless -u NONE -i NONE -n -c "luafile neovim-client.lua"
local report_path = assert(os.getenv('BRIEFLINT_NVIM_REPORT'))
local server = vim.json.decode(assert(os.getenv('BRIEFLINT_NVIM_SERVER')))
local root = assert(os.getenv('BRIEFLINT_NVIM_ROOT'))
-- An upper bound only: each wait ends as soon as the server has answered.
local TIMEOUT = 120000

local report = {}
local published = {}

local function codes(diagnostics)
  local list = {}
  for _, diagnostic in ipairs(diagnostics) do
    table.insert(list, diagnostic.code or vim.NIL)
  end
  table.sort(list, function(a, b) return tostring(a) < tostring(b) end)
  return list
end

local function main()
  local client_id = vim.lsp.start_client({
    name = 'brieflint',
    cmd = server,
    root_dir = root,
    init_options = { debounceMs = 50 },
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
        published[result.uri] = result
        return vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
      end,
    },
  })
  assert(client_id, 'the client did not start')
  vim.cmd('edit ' .. vim.fn.fnameescape(root .. '/brief.md'))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(bufnr, client_id)
  local uri = vim.uri_from_bufnr(bufnr)
  assert(vim.wait(TIMEOUT, function()
    local client = vim.lsp.get_client_by_id(client_id)
    return client ~= nil and client.initialized
  end, 20), 'the server did not initialize')
  local client = vim.lsp.get_client_by_id(client_id)

  -- The diagnostics the server published for the buffer's current text, once `ready` holds for them.
  local function diagnostics_when(label, ready)
    local ok = vim.wait(TIMEOUT, function()
      local last = published[uri]
      return last ~= nil and last.version == vim.lsp.util.buf_versions[bufnr] and ready(last.diagnostics)
    end, 20)
    if not ok then error('timed out waiting for ' .. label .. '; last published: ' .. vim.inspect(published[uri])) end
    return published[uri].diagnostics
  end
  local function with_code(diagnostics, code)
    for _, diagnostic in ipairs(diagnostics) do
      if diagnostic.code == code then return diagnostic end
    end
    return nil
  end
  local function without(code) return function(diagnostics) return with_code(diagnostics, code) == nil end end
  local function with(code) return function(diagnostics) return with_code(diagnostics, code) ~= nil end end
  local function request(method, params)
    local response, err = client.request_sync(method, params, TIMEOUT, bufnr)
    if not response then error(method .. ' failed: ' .. tostring(err)) end
    if response.err then error(method .. ' failed: ' .. vim.inspect(response.err)) end
    return response.result
  end
  local function actions_for(diagnostic)
    return request('textDocument/codeAction', {
      textDocument = { uri = uri },
      range = diagnostic.range,
      context = { diagnostics = { diagnostic } },
    }) or {}
  end
  local function apply(actions, title)
    for _, action in ipairs(actions) do
      if action.title == title then
        vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding)
        return
      end
    end
    error('no code action titled ' .. title)
  end
  local function line_holding(text)
    for index, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
      if line:find(text, 1, true) then return index - 1, line end
    end
    error('no line holds ' .. text)
  end

  -- 1. A wrong brief: diagnostics with rule ids, docs links, related places.
  local opened = diagnostics_when('the first diagnostics', function(d) return #d > 0 end)
  report.opened = opened

  -- 2. number-format's readings are quick fixes; taking one re-lints without the finding.
  local format = assert(with_code(opened, 'number-format'), 'no number-format diagnostic')
  local format_actions = actions_for(format)
  report.format_actions = {}
  for _, action in ipairs(format_actions) do table.insert(report.format_actions, action.title) end
  apply(format_actions, 'Write 100,000 euro')
  report.after_reading = codes(diagnostics_when('number-format to go', without('number-format')))
  report.reading_line = select(2, line_holding('The budget'))

  -- 3. Correcting the total by hand clears the last finding.
  local total_line = line_holding('| Total')
  vim.api.nvim_buf_set_lines(bufnr, total_line, total_line + 1, false, { '| Total | 200 |' })
  report.after_correction = codes(diagnostics_when('no findings', function(d) return #d == 0 end))

  -- 4. Hover on a figure.
  local money_line, money_text = line_holding('2.5 bn')
  local hover = request('textDocument/hover', {
    textDocument = { uri = uri },
    position = { line = money_line, character = money_text:find('2.5 bn', 1, true) },
  })
  report.hover = hover and hover.contents and hover.contents.value or vim.NIL

  -- 5. A wrong total again, silenced for its line.
  vim.api.nvim_buf_set_lines(bufnr, total_line, total_line + 1, false, { '| Total | 250 |' })
  local total = with_code(diagnostics_when('table-total again', with('table-total')), 'table-total')
  apply(actions_for(total), 'Disable table-total for this line')
  report.after_disable = codes(diagnostics_when('table-total silenced', without('table-total')))
  report.disabled_line = select(2, line_holding('| Total'))

  -- 6. A broken config is one diagnostic; repaired, linting is back.
  local config = root .. '/.brieflintrc.json'
  local file = assert(io.open(config, 'w'))
  file:write('{ "rules": { "table-totl": "error" } }\n')
  file:close()
  client.notify('workspace/didChangeWatchedFiles', { changes = { { uri = vim.uri_from_fname(config), type = 1 } } })
  report.broken_config = diagnostics_when('the config diagnostic', with('config'))
  file = assert(io.open(config, 'w'))
  file:write('{ "rules": { "number-style": "off" } }\n')
  file:close()
  client.notify('workspace/didChangeWatchedFiles', { changes = { { uri = vim.uri_from_fname(config), type = 2 } } })
  report.repaired_config = codes(diagnostics_when('the config diagnostic to go', without('config')))

  vim.lsp.stop_client(client_id)
  report.stopped = vim.wait(TIMEOUT, function() return vim.lsp.client_is_stopped(client_id) end, 20)
end

local ok, failure = pcall(main)
if not ok then report.error = tostring(failure) end
local out = assert(io.open(report_path, 'w'))
out:write(vim.json.encode(report))
out:close()
vim.cmd(ok and 'qall!' or 'cquit!')
