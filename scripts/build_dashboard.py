"""Build the "China cooperation" spreadsheet dashboard (JSON for spreadsheet_dashboard).

    python scripts/build_dashboard.py    writes addons/wfk_isa_membership/data/files/china_cooperation_dashboard.json

The dashboard is generated, not hand-edited: each block is a titled dynamic
pivot (=PIVOT(id, rows)) over a WFK model. It lives in wfk_isa_membership
because it shows memberships too and that module depends on everything else.
"""

import json
import sys
from pathlib import Path

TARGET = (
    Path(__file__).resolve().parent.parent
    / "addons"
    / "wfk_isa_membership"
    / "data"
    / "files"
    / "china_cooperation_dashboard.json"
)
PERIOD_FILTER = "wfk-period-90-days"
OFFICE_FILTER = "wfk-office"
# the field each model's rows are filtered on by the Office filter (memberships have no office)
OFFICE_FIELDS = {
    "wfk.cooperation.report": "representation_office_id",
    "wfk.funnel.report": "representation_office_id",
    "wfk.contact.log": "office_id",
}

# (title, model, domain, rows, columns, measure, filter field or None)
BLOCKS = [
    (
        "Requests by stage and office",
        "wfk.cooperation.report",
        [["wfk_request_type", "!=", False]],
        ["stage_id"],
        ["representation_office_id"],
        "__count",
        None,
    ),
    (
        "Won requests by year",
        "wfk.cooperation.report",
        [["won_status", "=", "won"]],
        ["date_closed:year"],
        [],
        "__count",
        None,
    ),
    ("Contacts logged (last 90 days) by office", "wfk.contact.log", [], ["office_id"], ["channel"], "__count", "date"),
    (
        "Funnel: average days in each stage",
        "wfk.funnel.report",
        [["wfk_request_type", "!=", False]],
        ["stage_id"],
        [],
        "days_in_stage",
        None,
    ),
    ("Top industries", "wfk.cooperation.report", [["industry_id", "!=", False]], ["industry_id"], [], "__count", None),
    ("Memberships by status", "wfk.isa.membership", [], ["status"], ["country_id"], "__count", None),
]


def pivot(pivot_id, title, model, domain, rows, columns, measure, filter_field):
    matching = {PERIOD_FILTER: {"chain": filter_field, "type": "datetime", "offset": 0}} if filter_field else {}
    if model in OFFICE_FIELDS:
        matching[OFFICE_FILTER] = {"chain": OFFICE_FIELDS[model], "type": "many2one"}
    return {
        "type": "ODOO",
        "fieldMatching": matching,
        "context": {},
        "domain": domain,
        "id": str(pivot_id),
        "measures": [{"id": measure, "fieldName": measure}],
        "model": model,
        "name": title,
        "sortedColumn": {"measure": measure, "order": "desc", "domain": []},
        "formulaId": str(pivot_id),
        "columns": [{"fieldName": c} for c in columns],
        "rows": [{"fieldName": r} for r in rows],
    }


def build():
    cells, pivots, row = {}, {}, 0
    cells["A1"] = "China cooperation"
    row = 3
    for pivot_id, (title, *spec) in enumerate(BLOCKS, start=1):
        pivots[str(pivot_id)] = pivot(pivot_id, title, *spec)
        cells[f"A{row}"] = f'=_t("{title}")'
        cells[f"A{row + 1}"] = f"=PIVOT({pivot_id}, 10, FALSE, FALSE)"
        row += 16
    sheet = {
        "id": "sheet1",
        "name": "Dashboard",
        "colNumber": 12,
        "rowNumber": row + 2,
        "rows": {},
        "cols": {"0": {"size": 240}},
        "merges": [],
        "cells": cells,
        "styles": {"A1": 1},
        "formats": {},
        "borders": {},
        "conditionalFormats": [],
        "dataValidationRules": [],
        "figures": [],
        "tables": [],
        "areGridLinesVisible": False,
        "isVisible": True,
        "headerGroups": {"ROW": [], "COL": []},
        "comments": {},
    }
    return {
        "version": "18.4.14",
        "sheets": [sheet],
        "styles": {"1": {"bold": True, "fontSize": 16}},
        "formats": {},
        "borders": {},
        "revisionId": "START_REVISION",
        "uniqueFigureIds": True,
        "settings": {},
        "pivots": pivots,
        "pivotNextId": len(pivots) + 1,
        "customTableStyles": {},
        "globalFilters": [
            {"id": PERIOD_FILTER, "type": "date", "label": "Period", "defaultValue": "last_90_days"},
            {
                "id": OFFICE_FILTER,
                "type": "relation",
                "label": "Office",
                "modelName": "wfk.representation.office",
                "defaultValueDisplayNames": [],
            },
        ],
        "lists": {},
        "listNextId": 1,
        "chartOdooMenusReferences": {},
    }


def main():
    text = json.dumps(build(), indent=2, ensure_ascii=False) + "\n"
    if "--check" in sys.argv:
        sys.exit(0 if TARGET.is_file() and TARGET.read_text() == text else 1)
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text(text)


if __name__ == "__main__":
    main()
