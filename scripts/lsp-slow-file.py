#!/usr/bin/env python3
"""Times the language server beside a very slow file (run by hand, not by CI).

Writes a small library to a temporary folder: schema.rules, a.rules (one rule) and big.rules
(one `require` of 200,000 terms, about 3 MB). Opens a.rules (the whole library is checked once),
then three times changes it and asks for its symbols and a hover. A change re-checks only a.rules
and what it includes, so these answers should not wait for big.rules.

    swift build && scripts/lsp-slow-file.py
"""
import os, sys, tempfile, time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
library = tempfile.mkdtemp()
files = {
    "schema.rules": "data proposal {\n  size: number\n}\n",
    "a.rules": 'include "schema.rules"\n\nruleset a for proposal\n\nrule sized "big enough"\n  require proposal.size >= 2\n',
    "big.rules": 'include "schema.rules"\n\nruleset big for proposal\n\nrule huge "huge"\n  require '
                 + " + ".join(["proposal.size"] * 200000) + " >= 0\n",
}
for name, text in files.items():
    with open(os.path.join(library, name), "w") as f:
        f.write(text)
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lsp_client  # noqa: E402

server = lsp_client.start(root)


def send(message):
    lsp_client.send(server, message)


def receive():
    return lsp_client.receive(server)


def request(number, method, params):
    send({"jsonrpc": "2.0", "id": number, "method": method, "params": params})
    while receive().get("id") != number:
        pass


uri = "file://" + library + "/a.rules"
start = time.time()
request(1, "initialize", {"rootUri": "file://" + library, "capabilities": {}})
send({"jsonrpc": "2.0", "method": "textDocument/didOpen",
      "params": {"textDocument": {"uri": uri, "languageId": "igfrules", "version": 1, "text": files["a.rules"]}}})
request(2, "textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": 0, "character": 0}})
print("open (the whole check): %.0f ms" % ((time.time() - start) * 1000))
for n in range(3):
    start = time.time()
    send({"jsonrpc": "2.0", "method": "textDocument/didChange",
          "params": {"textDocument": {"uri": uri, "version": 2 + n}, "contentChanges": [{"text": files["a.rules"] + "\n# %d\n" % n}]}})
    request(10 + n, "textDocument/documentSymbol", {"textDocument": {"uri": uri}})
    print("change and an answer: %.0f ms" % ((time.time() - start) * 1000))
    start = time.time()
    request(20 + n, "textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": 5, "character": 14}})
    print("hover after it: %.0f ms" % ((time.time() - start) * 1000))
send({"jsonrpc": "2.0", "id": 99, "method": "shutdown"})
send({"jsonrpc": "2.0", "method": "exit"})
sys.exit(server.wait())
