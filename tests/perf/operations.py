"""The operations the benchmark measures, each next to the vanilla Odoo operation it is compared with.

Not a test module (pytest does not collect it). Every operation is what the web client asks the server
for, called as the user who does the work (never the superuser, so access rights and record rules are
paid for), with the ORM cache emptied before each run. Writes are flushed, and their pre-commit hooks
(mail tracking) run, inside the measured time; everything is rolled back at the end of the benchmark.

Most operations compare a WFK operation with a vanilla Odoo operation in the same database. A
``cross_db`` operation runs the same plain Odoo operation twice instead: in the database with the WFK
modules and in a database without them (only ``crm`` and ``contacts``), to show what our modules add
to Odoo's own records.
"""

from dataclasses import dataclass
from datetime import date
from typing import Any

from lxml import etree

CHINA_TEAM = "wfk_china_crm.crm_team_china_cooperation"
SALES_TEAM = "sales_team.team_sales_department"
KANBAN_LIMIT = 40  # cards per column, as the kanban view loads them
# fields the web client adds for some widgets (their `fieldDependencies` / `relatedFields`)
WIDGET_DEPENDENCIES = {
    "kanban_activity": [
        "activity_exception_decoration",
        "activity_exception_icon",
        "activity_state",
        "activity_summary",
        "activity_type_icon",
        "activity_type_id",
    ],
}


@dataclass
class Operation:
    key: str
    title: str
    setup: Any  # setup(env) -> (ours, vanilla or None, vanilla title or None); cross_db: setup(env) -> function
    ratio_target: float | None = None
    ms_target: float | None = None
    extra_queries_target: int | None = None  # at most this many queries more than the vanilla side
    cross_db: bool = False


# ------------------------------------------------------------------ helpers


def bench_user(env, login):
    user = env["res.users"].with_context(active_test=False).search([("login", "=", login)], limit=1)
    if not user:
        raise RuntimeError(f"user {login} missing: generate the data first")
    return user


def user_env(env, login):
    """The environment of a web request of the user ``login``: their language, time zone and company."""
    user = bench_user(env, login)
    context = {"lang": "en_US", "tz": user.tz or "Europe/Berlin", "allowed_company_ids": user.company_id.ids}
    return env(user=user, context=context)


def spec_from_arch(model, arch, user):
    """The web_read specification the web client builds for a view: its fields (not those of sub-views),
    many2one as display names, tag widgets with their colour, activity widgets with their dependencies."""
    root = etree.fromstring(arch) if isinstance(arch, str) else arch
    spec = {}
    for node in root.iter("field"):
        ancestor = node.getparent()
        nested = False
        while ancestor is not None and ancestor is not root:
            if ancestor.tag in ("list", "form", "kanban") or ancestor.tag == "field":
                nested = True
                break
            ancestor = ancestor.getparent()
        if nested:
            continue
        groups = node.get("groups")
        if groups and not user.has_groups(groups):
            continue
        name = node.get("name")
        fld = model._fields.get(name)
        if fld is None:
            continue
        widget = node.get("widget")
        if fld.type == "many2one":
            spec.setdefault(name, {"fields": {"display_name": {}}})
        elif fld.type in ("one2many", "many2many"):
            sub = {}
            if widget == "many2many_tags":
                sub = {"display_name": {}}
                color = (node.get("options") or "").find("color")
                if color >= 0 and "color" in model.env[fld.comodel_name]._fields:
                    sub["color"] = {}
            spec.setdefault(name, {"fields": sub})
        else:
            spec.setdefault(name, {})
        for dependency in WIDGET_DEPENDENCIES.get(widget, ()):
            dep_field = model._fields[dependency]
            spec.setdefault(dependency, {"fields": {"display_name": {}}} if dep_field.type == "many2one" else {})
    spec.setdefault("display_name", {})
    return spec


def view_spec(env, model_name, view_xmlid=None, view_type="kanban", base_only=False):
    """Specification of a view as ``env.user`` sees it (with inherited views), or of the view's own arch
    only (``base_only``: what the vanilla module alone would read)."""
    model = env[model_name]
    view = env.ref(view_xmlid) if view_xmlid else None
    if base_only:
        arch = view.sudo().arch_db
    else:
        arch = model.get_views([(view.id if view else False, view_type)])["views"][view_type]["arch"]
    return spec_from_arch(model, arch, env.user)


# --------------------------------------------------------- 1. pipeline kanban


def _pipeline_domain(env, team_xmlid):
    return [("type", "=", "opportunity"), ("team_id", "=", env.ref(team_xmlid).id)]


def setup_pipeline_search(env):
    env_o = user_env(env, "bench_officer_0")
    ours_spec = view_spec(env_o, "crm.lead", "crm.crm_case_kanban_view_leads")
    vanilla_spec = view_spec(env_o, "crm.lead", "crm.crm_case_kanban_view_leads", base_only=True)
    Lead = env_o["crm.lead"]

    def ours():
        Lead.web_search_read(_pipeline_domain(env, CHINA_TEAM), ours_spec, limit=80)

    def vanilla():
        Lead.web_search_read(_pipeline_domain(env, SALES_TEAM), vanilla_spec, limit=80)

    return ours, vanilla, "Sales team pipeline, crm's own kanban fields"


def setup_pipeline_grouped(env):
    env_o = user_env(env, "bench_officer_0")
    ours_spec = view_spec(env_o, "crm.lead", "crm.crm_case_kanban_view_leads")
    vanilla_spec = view_spec(env_o, "crm.lead", "crm.crm_case_kanban_view_leads", base_only=True)
    Lead = env_o["crm.lead"]
    progress_bar = {
        "field": "activity_state",
        "colors": {"planned": "success", "today": "warning", "overdue": "danger"},
        "sum_field": "expected_revenue",
    }

    def load(team, spec):
        domain = _pipeline_domain(env, team)
        Lead.web_read_group(
            domain,
            ["stage_id"],
            ["expected_revenue:sum", "recurring_revenue_monthly:sum"],
            auto_unfold=True,
            unfold_read_specification=spec,
            unfold_read_default_limit=KANBAN_LIMIT,
        )
        Lead.read_progress_bar(domain, "stage_id", progress_bar)

    return (
        (lambda: load(CHINA_TEAM, ours_spec)),
        (lambda: load(SALES_TEAM, vanilla_spec)),
        ("Sales team pipeline grouped by stage, crm's own kanban fields"),
    )


# ---------------------------------------------------- 2. create + write request


def setup_request_write(env):
    env_o = user_env(env, "bench_officer_0")
    china, sales = env.ref(CHINA_TEAM), env.ref(SALES_TEAM)
    partner = env["res.partner"].search([("is_company", "=", True), ("country_id.code", "=", "CN")], limit=1)
    office = env["wfk.representation.office"].search([], limit=1)
    origin = env["res.partner"].search([("name", "like", "City of %")], limit=1)
    next_china = env.ref("wfk_china_crm.stage_wfk_qualified")
    next_sales = env.ref("crm.stage_lead2")
    counter = {"n": 0}

    def ours():
        counter["n"] += 1
        values = {
            "name": f"Benchmark request {counter['n']}: office space in Kaiserslautern",
            "partner_id": partner.id,
            "expected_revenue": 50000,
            "priority": "1",
            "wfk_request_type": "office_space",
            "wfk_direction": "cn_to_de",
            "representation_office_id": office.id,
        }
        if origin and "wfk_origin_city_id" in env["crm.lead"]._fields:
            values["wfk_origin_city_id"] = origin.id
        lead = env_o["crm.lead"].with_context(default_team_id=china.id, default_type="opportunity").create(values)
        lead.write({"stage_id": next_china.id, "wfk_jobs_planned": 12})

    def vanilla():
        counter["n"] += 1
        lead = (
            env_o["crm.lead"]
            .with_context(default_team_id=sales.id, default_type="opportunity")
            .create(
                {
                    "name": f"Benchmark opportunity {counter['n']}: machines",
                    "partner_id": partner.id,
                    "expected_revenue": 50000,
                    "priority": "1",
                }
            )
        )
        lead.write({"stage_id": next_sales.id, "expected_revenue": 60000})

    return ours, vanilla, "create + write a plain crm.lead in the Sales team"


# ------------------------------------------------------------- 3. log a contact


def setup_contact_log(env):
    env_s = user_env(env, "bench_staff_0")
    staff = env_s.user
    office = staff.wfk_office_ids[:1]
    lead = env["crm.lead"].search([("representation_office_id", "=", office.id), ("partner_id", "!=", False)], limit=1)
    partner = lead.partner_id.commercial_partner_id
    person = env["res.partner"].search([("parent_id", "=", partner.id)], limit=1)
    quick_spec = view_spec(env_s, "wfk.contact.log", "wfk_china_crm.wfk_contact_log_view_form_quick", "form")
    Log = env_s["wfk.contact.log"].with_context(**lead.with_user(staff)._wfk_log_defaults())
    from odoo.addons.mail.tools.discuss import Store

    def ours():
        Log.web_save(
            {
                "subject": "Call about office space",
                "partner_id": partner.id,
                "contact_person_id": person.id or False,
                "channel": "phone",
                "date": "2026-01-15 09:30:00",
                "office_id": office.id,
                "lead_id": lead.id,
                "follow_up_date": False,
                "user_id": staff.id,
                "summary": "<p>They need 120 m² from March; sending the offer.</p>",
            },
            quick_spec,
        )

    def vanilla():
        thread = env_s["crm.lead"].browse(lead.id)
        message = thread.sudo().message_post(
            body="<p>They need 120 m² from March; sending the offer.</p>",
            message_type="comment",
            subtype_xmlid="mail.mt_note",
        )
        Store().add(message).get_result()

    return ours, vanilla, "post a note in the request's chatter (as /mail/message/post)"


# --------------------------------------------------------------- 4. office KPIs


def setup_office_kpis(env):
    # the office list's key figures, as the module's own performance tests read them (imported here: the
    # addons path is only known once the benchmark has read Odoo's configuration)
    from odoo.addons.wfk_china_crm.tests.common import KPI_FIELDS

    Office = user_env(env, "bench_manager")["wfk.representation.office"]
    spec = {name: {} for name in ["name", "code", *KPI_FIELDS]}

    def ours():
        Office.web_search_read([], spec)

    return ours, None, None


# ---------------------------------------------------------------- 5. matchmaking


def _matchmaking(env, meaning):
    """An officer finds partners for an open research request, with or without matching by meaning.

    With meaning, the first run of the process loads the model and the worker's vector index (all the
    profiles' vectors); the median is the warm cost a user meets.
    """
    env["ir.config_parameter"].sudo().set_param("wfk_china_crm.match_by_meaning", str(meaning))
    Lead = user_env(env, "bench_officer_0")["crm.lead"]
    domain = [("team_id", "=", env.ref(CHINA_TEAM).id), ("won_status", "=", "pending")]
    if "industry_id" in Lead._fields:
        domain.append(("industry_id", "!=", False))
    lead = Lead.search([*domain, ("wfk_request_type", "=", "research_partner")], limit=1) or Lead.search(
        domain, limit=1
    )

    def ours():
        lead.action_wfk_find_matches()

    return ours, None, None


def setup_matchmaking(env):
    return _matchmaking(env, meaning=False)


def setup_matchmaking_meaning(env):
    return _matchmaking(env, meaning=True)


# ----------------------------------------------------------- 6. report groupings


def _report_models(env):
    """The report as a manager reads it, and crm.lead over the same rows (the report has one row per request,
    lost ones included: crm.lead without the active filter)."""
    env_m = user_env(env, "bench_manager")
    Report = env_m["wfk.cooperation.report"]
    Lead = env_m["crm.lead"].with_context(active_test=False)
    return Report, Lead


def setup_report_office_stage(env):
    Report, Lead = _report_models(env)

    def ours():
        Report.formatted_read_group([], ["representation_office_id", "stage_id"], ["__count"])

    def vanilla():
        Lead.formatted_read_group([], ["stage_id"], ["__count"])

    return ours, vanilla, "crm.lead grouped by stage (all requests)"


def setup_report_month(env):
    Report, Lead = _report_models(env)

    def ours():
        Report.formatted_read_group([], ["create_date:month"], ["__count"])

    def vanilla():
        Lead.formatted_read_group([], ["stage_id"], ["__count"])

    return ours, vanilla, "crm.lead grouped by stage (all requests)"


def setup_report_month_like_for_like(env):
    Report, Lead = _report_models(env)

    def ours():
        Report.formatted_read_group([], ["create_date:month"], ["__count"])

    def vanilla():
        Lead.formatted_read_group([], ["create_date:month"], ["__count"])

    return ours, vanilla, "crm.lead grouped by creation month (all requests)"


def setup_report_pivot(env):
    Report, Lead = _report_models(env)
    office_stage = [[], ["representation_office_id"], ["stage_id"], ["representation_office_id", "stage_id"]]

    def ours():
        Report.formatted_read_grouping_sets([], office_stage, ["__count"])

    def vanilla():
        Lead.formatted_read_grouping_sets([], [[], ["stage_id"]], ["__count"])

    return ours, vanilla, "crm.lead pivot by stage with total (all requests)"


def setup_funnel_by_stage(env):
    """The funnel pivot's first view: per stage, stays, days in the stage, conversion and losses."""
    env_m = user_env(env, "bench_manager")
    Funnel = env_m["wfk.funnel.report"]
    Lead = env_m["crm.lead"].with_context(active_test=False)
    aggregates = ["stay_count:sum", "days_in_stage:avg", "conversion_rate:avg", "lost_count:sum"]

    def ours():
        Funnel.formatted_read_group([], ["stage_id"], aggregates)

    def vanilla():
        Lead.formatted_read_group([], ["stage_id"], ["__count"])

    return ours, vanilla, "crm.lead grouped by stage (all requests)"


def setup_funnel_like_for_like(env):
    """The funnel's first view against Odoo's own pipeline analysis of the same kind: crm.lead grouped by stage
    with a count, two averages and a sum (probability, days to assign, expected revenue)."""
    ours, _vanilla, _name = setup_funnel_by_stage(env)
    Lead = user_env(env, "bench_manager")["crm.lead"].with_context(active_test=False)
    measures = ["__count", "probability:avg", "day_open:avg", "expected_revenue:sum"]

    def vanilla():
        Lead.formatted_read_group([], ["stage_id"], measures)

    return ours, vanilla, "crm.lead grouped by stage with count, 2 averages and a sum (all requests)"


# ------------------------------------------------------------- 7. member on date


def setup_member_on(env):
    Membership = user_env(env, "bench_manager")["wfk.isa.membership"]
    day = date(2019, 11, 1)

    def ours():
        Membership.member_on(day)

    return ours, None, None


# --------------------------------------- 8. plain Odoo records, with and without WFK


def plain_sales_env(env):
    """A plain salesman of the Sales team (no WFK group), created in the benchmark's transaction."""
    user = env["res.users"].search([("login", "=", "bench_plain_salesman")]) or (
        env["res.users"]
        .with_context(no_reset_password=True, mail_create_nolog=True)
        .create(
            {
                "name": "Benchmark salesman",
                "login": "bench_plain_salesman",
                "group_ids": [
                    (6, 0, [env.ref("sales_team.group_sale_salesman").id, env.ref("base.group_partner_manager").id])
                ],
            }
        )
    )
    context = {"lang": "en_US", "tz": "Europe/Berlin", "allowed_company_ids": user.company_id.ids}
    env.ref(SALES_TEAM).sudo().member_ids = [(4, user.id)]
    return env(user=user, context=context)


def setup_plain_lead(env):
    env_u = plain_sales_env(env)
    team = env.ref(SALES_TEAM)
    next_stage = env.ref("crm.stage_lead2")
    customer = env["res.partner"].create({"name": "Benchmark customer GmbH", "is_company": True})
    counter = {"n": 0}

    def run():
        counter["n"] += 1
        lead = (
            env_u["crm.lead"]
            .with_context(default_team_id=team.id, default_type="opportunity")
            .create(
                {
                    "name": f"Benchmark opportunity {counter['n']}: machines",
                    "partner_id": customer.id,
                    "expected_revenue": 50000,
                    "priority": "1",
                }
            )
        )
        lead.write({"stage_id": next_stage.id, "expected_revenue": 60000})

    return run


def setup_plain_partner(env):
    env_u = plain_sales_env(env)
    germany = env.ref("base.de")
    counter = {"n": 0}

    def run():
        counter["n"] += 1
        partner = env_u["res.partner"].create(
            {
                "name": f"Benchmark Maschinenbau {counter['n']} GmbH",
                "is_company": True,
                "email": f"info{counter['n']}@maschinenbau.example",
                "phone": "+49 631 000000",
                "city": "Kaiserslautern",
                "country_id": germany.id,
            }
        )
        partner.write({"street": "Fruchthallstraße 1", "zip": "67655", "phone": "+49 631 111111"})

    return run


# ------------------------------------------------- 9. partner dropdown in any script

DROPDOWN_LIMIT = 8  # suggestions a many2one dropdown asks name_search for
# The same companies (trade name 华鑫 Huaxin, sector 精密机械 Precision Machinery, in every city: about 14 at
# scale L), found by the pinyin of their registered Chinese name (WFK's search key) or by their Latin name
# (Odoo's own fields).
PINYIN_QUERY, LATIN_QUERY = "huaxin jingmi", "Huaxin Precision"
NO_MATCH_QUERY = "qiezi wuxiao"  # matches no name, e-mail, reference or key: every row is looked at


def odoo_name_search(Partner, name, limit):
    """``res.partner.name_search`` as Odoo itself runs it: the display-name domain of Odoo's own fields
    (complete name, e-mail, reference, tax ID, company ID) without WFK's search key, then ``search_fetch``
    of the display names, as ``BaseModel.name_search`` does."""
    from odoo.addons.wfk_china_crm.models.res_partner import ResPartner

    domain = super(ResPartner, Partner)._search_display_name("ilike", name)
    records = Partner.search_fetch(domain, ["display_name"], limit=limit)
    return [(record.id, record.display_name) for record in records.sudo()]


def _dropdown_partners(env):
    """``res.partner`` as office staff pick a company in a dropdown (a contact log's organisation)."""
    return user_env(env, "bench_staff_0")["res.partner"]


def setup_name_search_pinyin(env):
    Partner = _dropdown_partners(env)
    found = Partner.name_search(PINYIN_QUERY, limit=DROPDOWN_LIMIT)
    if not found or odoo_name_search(Partner, PINYIN_QUERY, DROPDOWN_LIMIT):
        raise RuntimeError(f"{PINYIN_QUERY!r} must find companies by their search key only: regenerate the data")
    if not odoo_name_search(Partner, LATIN_QUERY, DROPDOWN_LIMIT):
        raise RuntimeError(f"no company called {LATIN_QUERY!r}: regenerate the data")

    def ours():
        Partner.name_search(PINYIN_QUERY, limit=DROPDOWN_LIMIT)

    def vanilla():
        odoo_name_search(Partner, LATIN_QUERY, DROPDOWN_LIMIT)

    return ours, vanilla, f"Odoo's own name_search of the same companies' Latin name ('{LATIN_QUERY}')"


def setup_name_search_no_match(env):
    Partner = _dropdown_partners(env)
    if Partner.name_search(NO_MATCH_QUERY, limit=DROPDOWN_LIMIT):
        raise RuntimeError(f"{NO_MATCH_QUERY!r} must match nothing")

    def ours():
        Partner.name_search(NO_MATCH_QUERY, limit=DROPDOWN_LIMIT)

    def vanilla():
        odoo_name_search(Partner, NO_MATCH_QUERY, DROPDOWN_LIMIT)

    return ours, vanilla, f"Odoo's own name_search of the same text ('{NO_MATCH_QUERY}', no match)"


OPERATIONS = [
    Operation(
        "1a", "Pipeline kanban: web_search_read of the China Cooperation team (80 cards)", setup_pipeline_search, 1.3
    ),
    Operation("1b", "Pipeline kanban grouped by stage: web_read_group + progress bars", setup_pipeline_grouped, 1.3),
    Operation("2", "Create + write a cooperation request", setup_request_write, 1.3),
    Operation("3", "Log a contact (quick form save)", setup_contact_log, 1.3),
    Operation("4", "Office KPIs of all offices", setup_office_kpis),
    Operation("5", "Matchmaking: action_wfk_find_matches for one request (rules only)", setup_matchmaking, None, 300),
    Operation(
        "5b",
        "Matchmaking by meaning: action_wfk_find_matches for one request, every profile with a sentence vector",
        setup_matchmaking_meaning,
        None,
        150,
    ),
    Operation("6a", "wfk.cooperation.report grouped by office × stage", setup_report_office_stage, 1.3, 300),
    Operation("6b", "wfk.cooperation.report grouped by creation month", setup_report_month, 1.3, 300),
    Operation(
        "6b′",
        "wfk.cooperation.report grouped by creation month, against the same grouping of crm.lead",
        setup_report_month_like_for_like,
        1.3,
        300,
    ),
    Operation(
        "6c", "wfk.cooperation.report pivot office × stage with totals (grouping sets)", setup_report_pivot, 1.3, 300
    ),
    Operation(
        "6d", "wfk.funnel.report by stage: stays, days in stage, conversion, lost", setup_funnel_by_stage, 1.3, 300
    ),
    Operation(
        "6d′",
        "wfk.funnel.report by stage, against crm.lead grouped by stage with averages",
        setup_funnel_like_for_like,
        1.3,
        300,
    ),
    Operation("7", "wfk.isa.membership.member_on(date)", setup_member_on),
    Operation(
        "8a",
        "Plain Sales-team lead create + write (plain salesman), database with WFK vs without",
        setup_plain_lead,
        1.05,
        extra_queries_target=1,
        cross_db=True,
    ),
    Operation(
        "8b",
        "Plain partner create + write (plain salesman), database with WFK vs without",
        setup_plain_partner,
        1.05,
        extra_queries_target=1,
        cross_db=True,
    ),
    Operation(
        "9a",
        f"Partner dropdown (name_search, {DROPDOWN_LIMIT} suggestions) by pinyin '{PINYIN_QUERY}', as office staff",
        setup_name_search_pinyin,
        1.3,
    ),
    Operation(
        "9b",
        f"Partner dropdown (name_search, {DROPDOWN_LIMIT} suggestions) of a text no partner matches, as office staff",
        setup_name_search_no_match,
        1.3,
    ),
]
