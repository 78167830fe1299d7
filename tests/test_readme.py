"""The README's Python examples run as written, in order, in one interpreter (a fresh process,
so the rule they register does not leak into other tests). A block that starts with
"# not run by the tests" is skipped (it needs a cluster)."""
import os
import re
import subprocess
import sys

import pytest

from conftest import ROOT

pytestmark = pytest.mark.model

SKIP = "# not run by the tests"


def readme_blocks() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return [b for b in re.findall(r"```python\n(.*?)```", text, flags=re.S) if not b.startswith(SKIP)]


def test_readme_has_examples():
    assert len(readme_blocks()) >= 4


def test_readme_examples_run_as_written(tmp_path):
    (tmp_path / "fixtures").symlink_to(ROOT / "fixtures")
    script = "\n\n".join(readme_blocks())
    # the test functions a block defines are called, as pytest would
    script += "\n\nfor _name, _f in list(globals().items()):\n    if _name.startswith('test_') and callable(_f):\n        _f()\n"
    (tmp_path / "readme_examples.py").write_text(script, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "readme_examples.py"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    assert (tmp_path / "out" / "report.html").is_file() and (tmp_path / "claims.graphml").is_file()
