#!/usr/bin/env python3
"""Latency of `mhhs lsp` on a catalogue: didChange -> publishDiagnostics, hover, definition and
completion, as p50/p95 in milliseconds; the time to the first full diagnostics and the server's
peak memory, each beside `mhhs lint`'s on the same catalogue. Not a test: the figures depend on
the machine.

    scripts/benchmark-lsp.py [--binary .build/release/mhhs] [--catalogue catalogue] [--runs 40]
"""
import argparse
import json
import os
import resource
import subprocess
import sys
import time


class Server:
    def __init__(self, binary, root):
        self.process = subprocess.Popen([binary, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.next_id = 0
        self.request("initialize", {"rootUri": "file://" + root, "capabilities": {}})
        self.notify("initialized", {})

    def send(self, message):
        message["jsonrpc"] = "2.0"
        body = json.dumps(message).encode()
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def read(self):
        header = b""
        while not header.endswith(b"\r\n\r\n"):
            byte = self.process.stdout.read(1)
            if not byte:
                sys.exit("the server stopped")
            header += byte
        length = int(header.split(b":")[1].split(b"\r")[0])
        return json.loads(self.process.stdout.read(length))

    def notify(self, method, params):
        self.send({"method": method, "params": params})

    def request(self, method, params):
        self.next_id += 1
        ident = self.next_id
        self.send({"id": ident, "method": method, "params": params})
        while True:
            message = self.read()
            if message.get("id") == ident and "method" not in message:
                return message

    def wait_for_diagnostics(self, uri, version):
        while True:
            message = self.read()
            params = message.get("params", {})
            if message.get("method") == "textDocument/publishDiagnostics" and params.get("uri") == uri \
                    and params.get("version") == version:
                return

    def peak_memory_mib(self):
        with open(f"/proc/{self.process.pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
        return float("nan")

    def stop(self):
        self.request("shutdown", {})
        self.notify("exit", {})
        self.process.wait(timeout=30)


def percentiles(samples):
    ordered = sorted(samples)
    def at(p):
        return ordered[min(len(ordered) - 1, int(round(p * (len(ordered) - 1))))]
    return at(0.5), at(0.95)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build/release/mhhs")
    parser.add_argument("--catalogue", default="catalogue")
    parser.add_argument("--interface", default="IF-021")
    parser.add_argument("--runs", type=int, default=40)
    args = parser.parse_args()
    root = os.path.abspath(args.catalogue)
    path = os.path.join(root, "interfaces", args.interface + ".json")
    uri = "file://" + path
    text = open(path, encoding="utf-8").read()
    lines = text.split("\n")

    # `mhhs lint` on the same catalogue: its wall time (median of three) and peak memory.
    lint_times = []
    for _ in range(3):
        t = time.perf_counter()
        subprocess.run([os.path.abspath(args.binary), "lint", root, "--format", "json", "--fail-on", "never"],
                       stdout=subprocess.DEVNULL, check=True)
        lint_times.append((time.perf_counter() - t) * 1000)
    lint_ms = sorted(lint_times)[1]
    lint_mib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024

    started = time.perf_counter()
    server = Server(os.path.abspath(args.binary), root)
    # A request no server knows is answered at once, after the whole check and its diagnostics.
    server.request("mhhs/barrier", {})
    first = (time.perf_counter() - started) * 1000
    server.notify("textDocument/didOpen",
                  {"textDocument": {"uri": uri, "languageId": "json", "version": 1, "text": text}})

    # Each edit toggles a misspelt field, so the file's diagnostics change and are published.
    status = next(i for i, line in enumerate(lines) if '"status"' in line)
    column = lines[status].index('"status"') + 7
    change = []
    for run in range(args.runs):
        inserting = run % 2 == 0
        edit = {"range": {"start": {"line": status, "character": column},
                          "end": {"line": status, "character": column + (0 if inserting else 1)}},
                "text": "x" if inserting else ""}
        version = run + 2
        t = time.perf_counter()
        server.notify("textDocument/didChange",
                      {"textDocument": {"uri": uri, "version": version}, "contentChanges": [edit]})
        server.wait_for_diagnostics(uri, version)
        change.append((time.perf_counter() - t) * 1000)

    role = next(i for i, line in enumerate(lines) if line.strip().startswith('"') and i > 0
                and lines[i - 1].strip() == '"from": [')
    at = {"textDocument": {"uri": uri}, "position": {"line": role, "character": lines[role].index('"') + 2}}
    timings = {"didChange -> publishDiagnostics": change}
    for name, method in [("hover", "textDocument/hover"), ("definition", "textDocument/definition"),
                         ("completion", "textDocument/completion")]:
        samples = []
        for _ in range(args.runs):
            t = time.perf_counter()
            response = server.request(method, at)
            samples.append((time.perf_counter() - t) * 1000)
            if response.get("result") is None:
                sys.exit(f"{method} answered null at {at}")
        timings[name] = samples
    server_mib = server.peak_memory_mib()
    server.stop()

    print(f"catalogue {root}, {args.runs} runs each")
    print(f"first full diagnostics {first:.0f} ms (mhhs lint {lint_ms:.0f} ms); "
          f"peak memory {server_mib:.0f} MiB (mhhs lint {lint_mib:.0f} MiB, ratio {server_mib / lint_mib:.2f})")
    for name, samples in timings.items():
        p50, p95 = percentiles(samples)
        print(f"{name:34} p50 {p50:7.1f} ms   p95 {p95:7.1f} ms")


if __name__ == "__main__":
    main()
