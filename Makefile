# `make report` and `make test` bootstrap .venv on first use.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: venv report test parse models benchmark clean

venv: $(STAMP)

# torch first, pinned: the CPU build; an unpinned torch would pull gigabytes of CUDA wheels.
$(STAMP): setup.cfg pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q torch==2.13.0
	$(PY) -m pip install -q -e '.[dev,dask]'
	touch $(STAMP)

report: $(STAMP)
	$(VENV)/bin/iraqclaims report fixtures -o out
	@echo "open out/report.html (also in out/: report.json, claims.csv, conflicts.csv, graph.graphml)"

# the notebook runs as a test too (nbmake), so it never rots
test: $(STAMP)
	$(PY) -m pytest -q --nbmake tests notebooks

models: $(STAMP)
	$(PY) scripts/train_models.py

benchmark: $(STAMP)
	$(PY) benchmarks/parse_speed.py

clean:
	rm -rf out build .pytest_cache
