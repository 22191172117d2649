# The two commands the README promises: `make run` and `make test`.
.PHONY: run test test-a11y lint bench bench-idle bench-instructions setup screenshots clean bundle deb

setup:
	bash scripts/setup.sh

run: setup
	.venv/bin/il2desk

test: setup
	QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -q
	.venv/bin/ruff check il2desk tests

# The program read and driven through AT-SPI, as the Orca screen reader does (Xvfb, a
# session bus, at-spi2-core, Debian's python3-pyatspi). Also part of `make test`.
test-a11y: setup
	QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -q -rs tests/a11y

lint: setup
	.venv/bin/ruff check il2desk tests

bench: setup
	QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/run_bench.py

# Does il2desk sleep when nothing is due? (issue 18: 120 s idle after 35 s, beside a bare window)
bench-idle: setup
	xvfb-run -a -s "-screen 0 1280x900x24" .venv/bin/python tests/bench/idle_bench.py

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
