-- Run by test/unit/lsp/neovim.test.ts: Neovim (Debian's 0.7, headless) attaches the built language server to a
-- manifest and a Dockerfile, records the diagnostics it receives and applies the preferred quick fix on line 2 of the
-- Dockerfile, as `:lua vim.lsp.buf.code_action()` would; it fetches the manifest's code lenses and runs the first, as
-- `:lua vim.lsp.codelens.run()` would. The result goes to $CONTAINMENT_OUT as JSON.
vim.cmd('filetype on')
local server, out = os.getenv('CONTAINMENT_SERVER'), os.getenv('CONTAINMENT_OUT')
local result = {}
local function attach(file)
  vim.cmd('edit ' .. file)
  local buf = vim.api.nvim_get_current_buf()
  local id = vim.lsp.start_client({ name = 'containment', cmd = { 'node', server, '--stdio' }, root_dir = vim.fn.getcwd() })
  vim.lsp.buf_attach_client(buf, id)
  vim.wait(15000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
  local codes = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do table.insert(codes, { code = d.code, line = d.lnum }) end
  result[file] = { filetype = vim.bo[buf].filetype, diagnostics = codes }
  return buf, id
end
local pod = attach('pod.yaml')
-- the lens's command asks the client to open the report in a browser: recorded here instead of launched
vim.lsp.handlers['window/showDocument'] = function(_, shown)
  result.shown = shown
  return { success = true }
end
vim.lsp.codelens.refresh()
vim.wait(10000, function() return #vim.lsp.codelens.get(pod) > 0 end, 50)
result.lenses = {}
for _, lens in ipairs(vim.lsp.codelens.get(pod)) do
  table.insert(result.lenses, { line = lens.range.start.line, title = lens.command and lens.command.title })
end
if #result.lenses > 0 then
  vim.api.nvim_win_set_cursor(0, { result.lenses[1].line + 1, 0 })
  vim.lsp.codelens.run()
  vim.wait(15000, function() return result.shown ~= nil end, 50)
end
local buf = attach('Dockerfile')
-- the quick fix for MAINTAINER (line 2), applied as a user's :lua vim.lsp.buf.code_action() would
local params = { textDocument = { uri = vim.uri_from_bufnr(buf) }, range = { start = { line = 1, character = 0 }, ['end'] = { line = 1, character = 10 } }, context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buf, 1) } }
local responses = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, 10000) or {}
local titles = {}
for _, resp in pairs(responses) do
  for _, action in ipairs(resp.result or {}) do
    table.insert(titles, action.title)
    if action.edit and action.isPreferred and not result.applied then
      vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
      result.applied = action.title
    end
  end
end
result.titles = titles
vim.cmd('write')
local f = io.open(out, 'w'); f:write(vim.fn.json_encode(result)); f:close()
vim.cmd('qa!')
