"""Speaking the language server protocol to `igfrules lsp` over its standard streams, for the
latency scripts (lsp-latency.py, lsp-slow-file.py)."""
import json, os, subprocess


def start(root):
    """Starts the release build of `igfrules lsp` (or the debug one) under the repository `root`."""
    binary = next(p for p in [root + "/.build/release/igfrules", root + "/.build/debug/igfrules"] if os.path.exists(p))
    return subprocess.Popen([binary, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)


def send(server, message):
    """Writes one message, framed by its Content-Length header."""
    body = json.dumps(message).encode()
    server.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    server.stdin.flush()


def receive(server):
    """Reads one framed message."""
    length = None
    while True:
        line = server.stdout.readline()
        if line in (b"\r\n", b""):
            break
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":")[1])
    return json.loads(server.stdout.read(length))
