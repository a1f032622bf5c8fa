# WFK China CRM — the two commands a newcomer needs, and a few helpers.
#   make run    local demo: Odoo 19 with both WFK modules and demo data on http://localhost:8069 (admin / admin)
#   make test   every test, ending with pytest's summary line
#   make bench  performance benchmark against vanilla Odoo CRM (SCALE=S or SCALE=L), see docs/benchmark.md
.PHONY: run test lint setup i18n bench screenshots clean

run:
	@scripts/run.sh

test:
	@scripts/test.sh $(ARGS)

lint:
	@scripts/lint.sh

setup:
	@scripts/setup.sh

i18n:
	@scripts/i18n.sh

SCALE ?= S
bench:
	@scripts/bench.sh $(SCALE) $(ARGS)

screenshots:
	@scripts/screenshots.sh

clean:
	rm -rf .run
