#!/usr/bin/env python3
"""Times the language server's answers on the whole rule library (run by hand, not by CI).

Starts `igfrules lsp` (the release build if there is one), opens every rule file under rules/,
and for each file times: a change followed by a request (the re-check of the whole library),
hover, completion, definition, references, document symbols, formatting, folding ranges, code
lenses (which run the library's tests) and code actions. Prints the median and the worst answer
of each kind, in milliseconds.

    swift build -c release && scripts/lsp-latency.py
"""
import os, sys, time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lsp_client  # noqa: E402

server = lsp_client.start(root)
next_id = 0


def send(message):
    lsp_client.send(server, message)


def receive():
    return lsp_client.receive(server)


def request(method, params):
    global next_id
    next_id += 1
    send({"jsonrpc": "2.0", "id": next_id, "method": method, "params": params})
    while True:
        message = receive()
        if message.get("id") == next_id:
            return message


def uri(path):
    return "file://" + path


request("initialize", {"rootUri": uri(root), "capabilities": {}})
send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
files = sorted(os.path.join(d, f) for d, _, fs in os.walk(root + "/rules") for f in fs if f.endswith(".rules"))
texts = {}
for path in files:
    texts[path] = open(path, encoding="utf-8").read()
    send({"jsonrpc": "2.0", "method": "textDocument/didOpen",
          "params": {"textDocument": {"uri": uri(path), "languageId": "igfrules", "version": 1, "text": texts[path]}}})

# Opening is not timed: wait until the server has checked every opened file.
request("workspace/symbol", {"query": ""})
times = {}


def timed(kind, method, params, before=None):
    start = time.perf_counter()
    if before:
        send(before)
    answer = request(method, params)
    if "error" in answer:
        sys.exit(f"{kind}: {answer['error']}")
    times.setdefault(kind, []).append(((time.perf_counter() - start) * 1000, os.path.relpath(params.get("textDocument", {}).get("uri", "file://-")[7:], root)))


for version, path in enumerate(files, start=2):
    text = texts[path]
    doc = {"textDocument": {"uri": uri(path)}}
    # A position on a dotted name in the middle of the file.
    offset = max(text.find("proposal."), text.find("cite "), 0)
    line = text[:offset].count("\n")
    character = offset - (text.rfind("\n", 0, offset) + 1) + 5
    at = dict(doc, position={"line": line, "character": character})
    change = {"jsonrpc": "2.0", "method": "textDocument/didChange",
              "params": {"textDocument": {"uri": uri(path), "version": version}, "contentChanges": [{"text": text}]}}
    timed("change + re-check", "textDocument/documentSymbol", doc, before=change)
    timed("hover", "textDocument/hover", at)
    timed("completion", "textDocument/completion", at)
    timed("definition", "textDocument/definition", at)
    timed("references", "textDocument/references", dict(at, context={"includeDeclaration": True}))
    timed("document symbols", "textDocument/documentSymbol", doc)
    timed("workspace symbols", "workspace/symbol", {"query": "proposal"})
    timed("formatting", "textDocument/formatting", dict(doc, options={"tabSize": 2, "insertSpaces": True}))
    timed("folding ranges", "textDocument/foldingRange", doc)
    timed("code lenses", "textDocument/codeLens", doc)
    timed("code actions", "textDocument/codeAction",
          dict(doc, range={"start": at["position"], "end": at["position"]}, context={"diagnostics": []}))

request("shutdown", None)
send({"jsonrpc": "2.0", "method": "exit"})
status = server.wait(timeout=10)
print(f"{server.args[0]}: {len(files)} files, exit status {status}")
for kind, values in times.items():
    values.sort()
    median, (worst, where) = values[len(values) // 2][0], values[-1]
    print(f"  {kind:20} median {median:7.1f} ms   worst {worst:7.1f} ms ({where})")
