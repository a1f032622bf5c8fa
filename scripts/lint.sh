#!/usr/bin/env bash
# Lint the project with the pre-commit hooks (ruff, pylint-odoo), offline.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
mkdir -p "$RUN_DIR"
ensure_python
ensure_odoo_src
ensure_debian_packages
ensure_venv
cd "$PROJECT_DIR"
export PATH="$VENV/bin:$PATH" PRE_COMMIT_HOME="$RUN_DIR/pre-commit"
pre-commit run --all-files --show-diff-on-failure
