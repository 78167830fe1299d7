from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture(autouse=True)
def isolated_cache(tmp_path, monkeypatch):
    """Every test gets its own parse cache and no inherited model directory."""
    cache = tmp_path / "parse-cache"
    monkeypatch.setenv("IRAQCLAIMS_CACHE_DIR", str(cache))
    monkeypatch.delenv("IRAQCLAIMS_MODEL_DIR", raising=False)
    return cache
