# The two commands the README promises: `make run` and `make test`.
.PHONY: run test lint bench bench-instructions setup screenshots clean bundle deb

setup:
	bash scripts/setup.sh

run: setup
	.venv/bin/il2desk

test: setup
	QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -q
	.venv/bin/ruff check il2desk tests

lint: setup
	.venv/bin/ruff check il2desk tests

bench: setup
	QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/run_bench.py

# Instructions to the first paint (valgrind): steady where timings are noisy.
bench-instructions: setup
	.venv/bin/python tests/bench/count_instructions.py

# The one-folder bundle for people who do not use pip (see packaging/README.md).
bundle:
	bash packaging/build.sh

# A Debian package of the bundle (dist/il2desk_VERSION-1_ARCH.deb); builds the bundle first.
deb: bundle
	bash packaging/build-deb.sh

clean:
	rm -rf .venv build dist *.egg-info packaging/.venv-build
