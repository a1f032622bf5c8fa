"""Build the "China cooperation" spreadsheet dashboard (JSON for spreadsheet_dashboard).

    python scripts/build_dashboard.py           writes wfk_isa_membership/data/files/china_cooperation_dashboard.json
    python scripts/build_dashboard.py --check   exits 1 if the committed JSON differs from what this builds

Odoo Community ships no spreadsheet editor (that is Enterprise's spreadsheet_edition), so the dashboard is
written here in the format Odoo's own dashboards are exported in (compare spreadsheet_dashboard_sale's
sales_dashboard.json, version 18.5): key figures as scorecards over a "Data" sheet of PIVOT.VALUE formulas,
a stacked bar chart, titled pivots and a list, and three global filters (period, office, request type).

Every text a user reads is translated: cell titles through ``_t("...")``, chart and scorecard titles and
filter labels by Odoo's spreadsheet term extraction (they are in the module's .pot); column headers are
office names, field labels and selection values, which Odoo translates itself. Pivots carry no name (a
pivot's name is shown untranslated in its corner) and show their measure row only where it names fields.

Only China Cooperation data: every block on requests is limited to agency teams
(``team_id.wfk_agency_requests``), so Odoo's own sales deals never count. It lives in wfk_isa_membership
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

# --- global filters ---------------------------------------------------------------------------------
PERIOD, OFFICE, REQUEST_TYPE = "wfk-period", "wfk-office", "wfk-request-type"
GLOBAL_FILTERS = [
    {"id": PERIOD, "type": "date", "label": "Period", "defaultValue": "this_year"},
    {
        "id": OFFICE,
        "type": "relation",
        "label": "Office",
        "modelName": "wfk.representation.office",
        "defaultValueDisplayNames": [],
    },
    {
        "id": REQUEST_TYPE,
        "type": "selection",
        "label": "Request type",
        "resModel": "wfk.cooperation.report",
        "selectionField": "wfk_request_type",
    },
]
# per model: the field each filter applies to (None: the filter does not apply to the model)
OFFICE_FIELDS = {
    "wfk.cooperation.report": "representation_office_id",
    "wfk.funnel.report": "representation_office_id",
    "wfk.contact.log": "office_id",
    "crm.lead": "representation_office_id",
}
REQUEST_TYPE_FIELDS = {"wfk.cooperation.report", "wfk.funnel.report", "crm.lead"}
DATETIME = "datetime"

AGENCY = [["team_id.wfk_agency_requests", "=", True]]
WON, OPEN = [["won_status", "=", "won"]], [["won_status", "=", "pending"]]


def field_matching(model, period_field=None, period_offset=0):
    """How the global filters apply to a pivot, chart or list of ``model``."""
    matching = {}
    if period_field:
        matching[PERIOD] = {"chain": period_field, "type": DATETIME, "offset": period_offset}
    if model in OFFICE_FIELDS:
        matching[OFFICE] = {"chain": OFFICE_FIELDS[model], "type": "many2one"}
    if model in REQUEST_TYPE_FIELDS:
        matching[REQUEST_TYPE] = {"chain": "wfk_request_type", "type": "selection"}
    return matching


def measure(name):
    """A pivot measure; ``name`` is "__count" or "field:aggregator"."""
    field, _, aggregator = name.partition(":")
    return {"id": name, "fieldName": field, **({"aggregator": aggregator} if aggregator else {})}


def dimension(name):
    field, _, granularity = name.partition(":")
    return {"fieldName": field, **({"granularity": granularity} if granularity else {})}


class Pivot:
    """One pivot of the dashboard: its data source, and how the filters apply to it."""

    def __init__(self, model, domain, measures, rows=(), columns=(), period=None, period_offset=0, top=False):
        self.model, self.domain, self.measures = model, domain, list(measures)
        self.rows, self.columns = list(rows), list(columns)
        self.period, self.period_offset = period, period_offset
        self.top = top  # rows sorted by the first measure, largest first (else in the rows' own order)

    def definition(self, pivot_id):
        return {
            "type": "ODOO",
            "fieldMatching": field_matching(self.model, self.period, self.period_offset),
            "context": {},
            "domain": self.domain,
            "id": pivot_id,
            "measures": [measure(m) for m in self.measures],
            "model": self.model,
            "name": "",  # shown untranslated in the table's corner: the title cell above names the table
            "sortedColumn": {"measure": self.measures[0], "order": "desc", "domain": []} if self.top else None,
            "formulaId": pivot_id,
            "columns": [dimension(c) for c in self.columns],
            "rows": [dimension(r) for r in self.rows],
        }


# --- the tables on the dashboard: (title, pivot, rows shown) -------------------------------------------
TABLES = [
    (
        "Requests of the period by type and office",
        Pivot(
            "wfk.cooperation.report",
            AGENCY,
            ["request_count:sum"],
            rows=["wfk_request_type"],
            columns=["representation_office_id"],
            period="create_date",
        ),
        10,
    ),
    (
        "Open requests by stage and office",
        Pivot(
            "wfk.cooperation.report",
            [*AGENCY, *OPEN],
            ["request_count:sum"],
            rows=["stage_id"],
            columns=["representation_office_id"],
        ),
        8,
    ),
    (
        "Funnel: time in each stage, conversion and losses",
        Pivot(
            "wfk.funnel.report",
            AGENCY,
            ["stay_count:sum", "days_in_stage:avg", "conversion_rate:avg", "lost_count:sum"],
            rows=["stage_id"],
            period="date_from",
        ),
        8,
    ),
    (
        "Won requests: planned and realised",
        Pivot(
            "wfk.cooperation.report",
            [*AGENCY, *WON],
            [
                "request_count:sum",
                "wfk_jobs_planned:sum",
                "wfk_jobs_realised:sum",
                "wfk_investment_amount:sum",
                "wfk_investment_realised:sum",
                "wfk_area_m2:sum",
                "wfk_area_realised_m2:sum",
            ],
            rows=["representation_office_id"],
            period="date_closed",
        ),
        6,
    ),
    (
        "Most active organisations (contacts logged)",
        Pivot(
            "wfk.contact.log", [["partner_id", "!=", False]], ["__count"], rows=["partner_id"], period="date", top=True
        ),
        10,
    ),
    ("ISA memberships by status", Pivot("wfk.isa.membership", [], ["__count"], rows=["status"]), 5),
]

# --- key figures: (title, Data-sheet formula, baseline formula or None, baseline text, colour, menu) ----
WON_IN_PERIOD = Pivot(
    "wfk.cooperation.report",
    [*AGENCY, *WON],
    ["request_count:sum", "wfk_jobs_planned:sum", "wfk_investment_amount:sum"],
    period="date_closed",
)
WON_IN_PREVIOUS_PERIOD = Pivot(
    "wfk.cooperation.report",
    [*AGENCY, *WON],
    ["request_count:sum", "wfk_jobs_planned:sum", "wfk_investment_amount:sum"],
    period="date_closed",
    period_offset=-1,
)
KPI_PIVOTS = {
    "open": Pivot("wfk.cooperation.report", [*AGENCY, *OPEN], ["request_count:sum"]),
    "won": WON_IN_PERIOD,
    "won_before": WON_IN_PREVIOUS_PERIOD,
    "contacts": Pivot("wfk.contact.log", [], ["__count"], rows=["date:month"]),
    "members": Pivot("wfk.isa.membership", [["status", "=", "member"]], ["__count"]),
}
THIS_MONTH = "DATE(YEAR(TODAY()),MONTH(TODAY()),1)"
LAST_MONTH = "DATE(YEAR(TODAY()),MONTH(TODAY())-1,1)"
KEY_FIGURES = [
    ("Open requests", ("open", "request_count:sum"), None, "", "#EFF6FF", "wfk_china_crm.menu_wfk_pipeline"),
    (
        "Won in the period",
        ("won", "request_count:sum"),
        ("won_before", "request_count:sum"),
        "since the previous period",
        "#EFF6FF",
        "wfk_china_crm.menu_wfk_cooperation_report",
    ),
    (
        "Jobs planned (won)",
        ("won", "wfk_jobs_planned:sum"),
        ("won_before", "wfk_jobs_planned:sum"),
        "since the previous period",
        "#FFF7ED",
        "wfk_china_crm.menu_wfk_cooperation_report",
    ),
    (
        "Investment planned (won, EUR)",
        ("won", "wfk_investment_amount:sum"),
        ("won_before", "wfk_investment_amount:sum"),
        "since the previous period",
        "#FFF7ED",
        "wfk_china_crm.menu_wfk_cooperation_report",
    ),
    (
        "Contacts logged this month",
        ("contacts", "__count", "date:month", THIS_MONTH),
        ("contacts", "__count", "date:month", LAST_MONTH),
        "since last month",
        "#F0FDF4",
        "wfk_china_crm.menu_wfk_contact_log",
    ),
    (
        "Active ISA memberships",
        ("members", "__count"),
        None,
        "",
        "#F0FDF4",
        "wfk_isa_membership.menu_wfk_isa_membership",
    ),
]

STALE_LIST = {
    "title": "Stale requests (no contact, no activity)",
    "model": "crm.lead",
    "domain": [*AGENCY, ["wfk_is_stale", "=", True]],
    "columns": ["name", "representation_office_id", "user_id", "stage_id", "create_date"],
    # crm.lead's own labels speak of sales ("Opportunity", "Salesperson")
    "labels": {"name": "Request", "user_id": "Responsible"},
    "rows": 10,
}
CHART = {
    "title": "Requests per month by office",
    "model": "wfk.cooperation.report",
    "domain": AGENCY,
    "group_by": ["create_date:month", "representation_office_id"],
    "period": "create_date",
}

COLUMN_LETTERS = "ABCDEFGH"
FIRST_COLUMN, OTHER_COLUMNS = 280, 120
SHEET_WIDTH = FIRST_COLUMN + (len(COLUMN_LETTERS) - 1) * OTHER_COLUMNS
STYLE_TITLE, STYLE_BLOCK, STYLE_HEADER = 1, 2, 3
FORMAT_AMOUNT = 1
CARDS_PER_ROW, CARD_HEIGHT, GAP = 3, 104, 8


class Dashboard:
    """Lays the blocks out from top to bottom and collects cells, pivots and figures."""

    def __init__(self):
        self.cells, self.styles, self.figures, self.pivots = {}, {}, [], {}
        self.row_sizes = {}
        self.data_cells, self.data_formats = {}, {}
        self.row = 1  # the next free row (1-based, as in A1)
        self.menus = {}

    def add_pivot(self, pivot):
        pivot_id = str(len(self.pivots) + 1)
        self.pivots[pivot_id] = pivot.definition(pivot_id)
        return pivot_id

    def title(self, text):
        self.cells[f"A{self.row}"] = f'=_t("{text}")'
        self.styles[f"A{self.row}"] = STYLE_BLOCK
        self.row += 1

    def table(self, title, pivot, shown_rows):
        pivot_id = self.add_pivot(pivot)
        self.title(title)
        # several measures get their header row (field labels); a lone measure needs none (a count would read
        # "Count"): the title says what is counted; grouped columns are headed by their values (office names)
        measure_titles = "TRUE" if len(pivot.measures) > 1 else "FALSE"
        headers = "TRUE" if pivot.columns else "FALSE"
        totals = "TRUE" if pivot.columns else "FALSE"
        columns = len(COLUMN_LETTERS) - 1
        self.cells[f"A{self.row}"] = (
            f"=PIVOT({pivot_id}, {shown_rows}, {totals}, {headers}, {columns}, {measure_titles})"
        )
        header_rows = (headers == "TRUE") + (measure_titles == "TRUE")
        if header_rows:  # long office names and field labels wrap instead of being cut
            self.styles[f"B{self.row}:{COLUMN_LETTERS[-1]}{self.row}"] = STYLE_HEADER
            self.row_sizes[str(self.row - 1)] = {"size": 40}
        self.row += header_rows + shown_rows + (totals == "TRUE") + 2

    def stale_list(self, spec):
        self.title(spec["title"])
        self.lists = {
            "1": {
                "columns": spec["columns"],
                "domain": spec["domain"],
                "model": spec["model"],
                "context": {},
                "orderBy": [{"name": "create_date", "asc": True}],
                "id": "1",
                "name": "",
                "fieldMatching": field_matching(spec["model"]),
            }
        }
        for col, field in zip(COLUMN_LETTERS, spec["columns"], strict=False):
            label = spec["labels"].get(field)
            label = f', _t("{label}")' if label else ""
            self.cells[f"{col}{self.row}"] = f'=ODOO.LIST.HEADER(1, "{field}"{label})'
            for index in range(1, spec["rows"] + 1):
                self.cells[f"{col}{self.row + index}"] = f'=ODOO.LIST(1,{index},"{field}")'
        self.row += spec["rows"] + 3

    def key_figures(self):
        """Scorecards across the top, each reading a cell of the Data sheet."""
        ids = {key: self.add_pivot(pivot) for key, pivot in KPI_PIVOTS.items()}

        def formula(spec):
            key, measure_name, *domain = spec
            args = ",".join([ids[key], f'"{measure_name}"', *(f'"{d}"' if ":" in d else d for d in domain)])
            return f"IFERROR(PIVOT.VALUE({args})+0,0)"

        self.data_cells.update({"A1": '=_t("Key figure")', "B1": '=_t("Value")', "C1": '=_t("Before")'})
        self.data_cells.update({"D1": '=_t("Shown")', "E1": '=_t("Shown before")'})
        width = (SHEET_WIDTH - (CARDS_PER_ROW - 1) * GAP) // CARDS_PER_ROW
        for index, (title, value, baseline, baseline_text, colour, menu) in enumerate(KEY_FIGURES):
            line = index + 2
            self.data_cells[f"A{line}"] = f'=_t("{title}")'
            self.data_cells[f"B{line}"] = f"={formula(value)}"
            # amounts in full with thousands separators ("4.620.000"): "5m" would hide what a board asks about
            exact = value[1] == "wfk_investment_amount:sum"
            self.data_cells[f"D{line}"] = f"=B{line}" if exact else f"=FORMAT.LARGE.NUMBER(B{line})"
            if exact:
                self.data_formats.update({f"D{line}": FORMAT_AMOUNT, f"E{line}": FORMAT_AMOUNT})
            if baseline:
                self.data_cells[f"C{line}"] = f"={formula(baseline)}"
                self.data_cells[f"E{line}"] = f"=C{line}" if exact else f"=FORMAT.LARGE.NUMBER(C{line})"
            figure_id = f"wfk-kpi-{index + 1}"
            data = {
                "baselineColorDown": "#DC6965",
                "baselineColorUp": "#00A04A",
                "baselineMode": "difference",
                "title": {"text": title, "bold": True, "color": "#434343"},
                "type": "scorecard",
                "background": colour,
                "keyValue": f"Data!D{line}",
                "humanize": False,
                "chartId": figure_id,
            }
            if baseline:
                data["baseline"] = f"Data!E{line}"  # the previous period's figure: the card shows the difference
                data["baselineDescr"] = {"text": baseline_text}
            self.figures.append(
                {
                    "id": figure_id,
                    "width": width,
                    "height": CARD_HEIGHT,
                    "tag": "chart",
                    "data": data,
                    "offset": {
                        "x": index % CARDS_PER_ROW * (width + GAP),
                        "y": index // CARDS_PER_ROW * (CARD_HEIGHT + GAP),
                    },
                    "col": 0,
                    "row": self.row - 1,
                }
            )
            self.menus[figure_id] = menu
        self.row += 11

    def chart(self, spec):
        self.title(spec["title"])
        figure_id = "wfk-chart-requests-per-month"
        self.figures.append(
            {
                "id": figure_id,
                "width": SHEET_WIDTH,
                "height": 320,
                "tag": "chart",
                "data": {
                    "title": {"text": ""},
                    "background": "#FFFFFF",
                    "legendPosition": "top",
                    "metaData": {
                        "groupBy": spec["group_by"],
                        "measure": "__count",
                        "order": None,
                        "resModel": spec["model"],
                        "mode": "bar",
                    },
                    "searchParams": {
                        "comparison": None,
                        "context": {},
                        "domain": spec["domain"],
                        "groupBy": spec["group_by"],
                        "orderBy": [],
                    },
                    "type": "odoo_bar",
                    "dataSets": [{}, {}],
                    "verticalAxisPosition": "left",
                    "stacked": True,
                    "chartId": figure_id,
                    "fieldMatching": field_matching(spec["model"], spec["period"]),
                },
                "offset": {"x": 0, "y": 0},
                "col": 0,
                "row": self.row - 1,
            }
        )
        self.menus[figure_id] = "wfk_china_crm.menu_wfk_cooperation_report"
        self.row += 15

    def build(self):
        self.cells["A1"] = '=_t("China cooperation")'
        self.styles["A1"] = STYLE_TITLE
        self.row = 3
        self.key_figures()
        self.chart(CHART)
        for title, pivot, shown_rows in TABLES[:4]:
            self.table(title, pivot, shown_rows)
        self.stale_list(STALE_LIST)
        for title, pivot, shown_rows in TABLES[4:]:
            self.table(title, pivot, shown_rows)
        return {
            "version": "18.5.10",
            "sheets": [
                sheet("dashboard", "Dashboard", self.cells, self.styles, self.figures, self.row + 2, self.row_sizes),
                sheet("data", "Data", self.data_cells, {}, [], len(KEY_FIGURES) + 3, {}, self.data_formats),
            ],
            "styles": {
                str(STYLE_TITLE): {"bold": True, "fontSize": 16, "textColor": "#01666b"},
                str(STYLE_BLOCK): {"bold": True, "fontSize": 11, "textColor": "#434343"},
                str(STYLE_HEADER): {
                    "bold": True,
                    "textColor": "#434343",
                    "wrapping": "wrap",
                    "verticalAlign": "bottom",
                    "align": "right",
                },
            },
            "formats": {str(FORMAT_AMOUNT): "#,##0"},
            "borders": {},
            "revisionId": "START_REVISION",
            "uniqueFigureIds": True,
            "settings": {},
            "pivots": self.pivots,
            "pivotNextId": len(self.pivots) + 1,
            "customTableStyles": {},
            "globalFilters": GLOBAL_FILTERS,
            "lists": self.lists,
            "listNextId": 2,
            "chartOdooMenusReferences": self.menus,
        }


def sheet(sheet_id, name, cells, styles, figures, rows, row_sizes, formats=None):
    return {
        "id": sheet_id,
        "name": name,
        "colNumber": len(COLUMN_LETTERS),
        "rowNumber": rows,
        "rows": row_sizes,
        "cols": {
            str(index): {"size": FIRST_COLUMN if index == 0 else OTHER_COLUMNS} for index in range(len(COLUMN_LETTERS))
        },
        "merges": [],
        "cells": cells,
        "styles": styles,
        "formats": formats or {},
        "borders": {},
        "conditionalFormats": [],
        "dataValidationRules": [],
        "figures": figures,
        "tables": [],
        "areGridLinesVisible": False,
        "isVisible": True,
        "headerGroups": {"ROW": [], "COL": []},
        "comments": {},
    }


def build():
    return Dashboard().build()


def main():
    text = json.dumps(build(), indent=2, ensure_ascii=False) + "\n"
    if "--check" in sys.argv:
        sys.exit(0 if TARGET.is_file() and TARGET.read_text() == text else 1)
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text(text)


if __name__ == "__main__":
    main()
