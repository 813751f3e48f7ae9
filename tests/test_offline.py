"""replycheck never touches the network: customer email holds personal data
and a pre-send hook must not hang. Sockets are blocked before replycheck is
imported, then every rule runs on every example and the CLI runs end to end."""

from __future__ import annotations

import ast
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
checker.check("Hi,\n\nTHIS IS UNACCEPTABLE!!! Your CANCELLATION was REFUSED.\n\nThanks")
print("checked", checked)
assert "textstat" not in sys.modules, "textstat was imported (it imports nltk)"
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


NETWORK_MODULES = {"requests", "httpx", "aiohttp", "urllib3", "socket"}


def _network_uses(source: str) -> list[str]:
    """Imports of networking modules and calls of anything named ``download``
    or ``urlopen`` in ``source`` (parsed, so prose in docstrings is ignored)."""
    uses = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module or ""] + [f"{node.module}.{a.name}" for a in node.names]
        elif isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in {"download", "urlopen", "download_url"}:
                uses.append(f"call of {name}() on line {node.lineno}")
            continue
        else:
            continue
        for name in names:
            network = name.split(".")[0] in NETWORK_MODULES
            if network or name.startswith(("http.client", "urllib.request")):
                uses.append(f"import of {name} on line {node.lineno}")
    return uses


def test_network_use_detector_sees_real_calls_and_not_prose():
    assert _network_uses("import requests\nrequests.get('x')")
    assert _network_uses("from urllib.request import urlopen")
    assert _network_uses("import nltk\nnltk.download('cmudict')")
    assert _network_uses("from spacy.cli import download\ndownload('en_core_web_sm')")
    assert not _network_uses('"""Questions and requests. Use requests.get elsewhere."""')
    assert not _network_uses("from http import HTTPStatus")


def test_package_source_has_no_download_or_network_calls():
    for path in (ROOT / "replycheck").rglob("*.py"):
        uses = _network_uses(path.read_text(encoding="utf-8"))
        assert not uses, f"{path}: {uses}"
