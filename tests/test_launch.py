"""`timeline app` as a process: stopping it stops the dashboard's server with it (it becomes
Streamlit's process, so no server is left running on its port after a supervisor, a test or a
terminal sends it SIGTERM)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from .conftest import free_port, streamlit_options


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return bool(response.status == 200)
    except OSError:
        return False


def test_a_terminated_timeline_app_leaves_no_server_running(tmp_path: Path) -> None:
    port = free_port()
    health = f"http://127.0.0.1:{port}/_stcore/health"
    process = subprocess.Popen(
        [sys.executable, "-m", "timeline", "app", *streamlit_options(port)],
        cwd=tmp_path,
        env={**os.environ, "TIMELINE_CHOICES": str(tmp_path / "choices.json")},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 90
        while not _answers(health):
            assert process.poll() is None, "timeline app stopped before its server answered"
            assert time.monotonic() < deadline, "the server did not answer in 90 s"
            time.sleep(0.5)
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)
        deadline = time.monotonic() + 10
        while _answers(health) and time.monotonic() < deadline:
            time.sleep(0.5)
        assert not _answers(health), "a server still answers after timeline app was stopped"
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=30)
