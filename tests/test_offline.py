"""replycheck never touches the network: customer email holds personal data
and a pre-send hook must not hang. Sockets are blocked before replycheck is
imported, then every rule runs on every example and the CLI runs end to end."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BLOCK_AND_RUN = r"""
import socket, sys

class NetworkBlocked(RuntimeError):
    pass

def refuse(*args, **kwargs):
    raise NetworkBlocked("network access attempted")

socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.socket.sendto = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
socket.gethostbyname = refuse

import replycheck
from replycheck.rules import Registry

checker = replycheck.Checker()
checked = 0
for rule in Registry.load():
    for example in rule.bad + rule.good:
        checker.check(example.text, example.original)
        checked += 1
for path in sorted((ROOT / "examples").glob("*.txt")):
    report = checker.check(path.read_bytes(), source=str(path))
    assert report.clarity.score > 0, path
    checked += 1
print("checked", checked)
assert "nltk" not in sys.modules, "nltk was imported (textstat's downloader path)"

from replycheck.cli import main
sys.argv = ["replycheck", str(ROOT / "examples" / "refund-draft.txt")]
main()
"""


def test_every_check_runs_with_sockets_blocked():
    script = f"from pathlib import Path\nROOT = Path({str(ROOT)!r})\n" + BLOCK_AND_RUN
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, timeout=300, cwd=ROOT
    )
    err = result.stderr.decode()
    assert "NetworkBlocked" not in err
    assert result.returncode == 1, err  # the bundled example has findings
    assert "checked" in result.stdout.decode()


def test_package_source_has_no_download_or_network_calls():
    forbidden = ("urlopen(", "requests.", "nltk.download", "spacy.cli.download", "httpx.")
    for path in (ROOT / "replycheck").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for needle in forbidden:
            assert needle not in text, f"{path} contains {needle}"
