"""Shared fixtures: paths to the bundled data and the reference article."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
REFERENCE_ARTICLE = DATA / "blinken-iraq-2023.txt"


@pytest.fixture(scope="session")
def reference_text() -> str:
    return REFERENCE_ARTICLE.read_text(encoding="utf-8")
