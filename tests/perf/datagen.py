"""Seeded data generator for the performance benchmark (not a test module: pytest does not collect it).

Fills a scratch database where ``wfk_china_crm`` is installed (without demo data) with a realistic China
CRM workload, fast: the big tables (companies, contacts, requests, contact logs, chatter messages,
followers, activities) are written with ``INSERT ... SELECT`` over ``generate_series``, a few hundred
thousand rows per statement; the small ones (users, offices, memberships, delegations) through the ORM so
that their invariants hold. ``setseed()`` and ``random.Random(seed)`` make two runs with the same seed
produce the same data.

Columns and tables added by later issues (company profiles and matchmaking, delegations, ISA
memberships) are filled only when they exist in the database, so the generator keeps working while
those features land. The same holds for a database without WFK at all (``plain``: WFK's dependencies
only): it gets the same standard rows (users, companies and contacts, two pipelines of requests, their
chatter, followers and activities) and none of WFK's, so that rows 8a/8b compare a plain create in two
databases of the same size instead of a full one against an empty one.

Both pipelines get the same shape: half of the opportunities belong to the China Cooperation team
(``wfk_china_crm.crm_team_china_cooperation``), half to Odoo's default sales team
(``sales_team.team_sales_department``), with the same share of won, lost and open requests, of
activities, tags and chatter messages, and the same pipeline shape (five open stages and a folded won
stage), so that every "WFK vs vanilla" pair reads comparable data.
"""

import logging
import random
import time
from datetime import date, timedelta

from odoo import Command
from odoo.tools import SQL

_logger = logging.getLogger("wfk.bench")

SCALES = {
    "S": {
        "companies": 2_000,
        "requests": 5_000,
        "contact_logs": 20_000,
        "offices": 3,
        "memberships": 20,
        "delegations": 10,
        "staff_per_office": 2,
        "officers": 3,
        "salespeople": 6,
        "years": 3,
    },
    "L": {
        "companies": 50_000,
        "requests": 200_000,
        "contact_logs": 500_000,
        "offices": 30,
        "memberships": 40,
        "delegations": 200,
        "staff_per_office": 2,
        "officers": 10,
        "salespeople": 20,
        "years": 6,
    },
}

# (city, province xmlid suffix or None): the first three are WFK's real offices, in that order.
OFFICE_CITIES = [
    "Yangzhou", "Shanghai", "Foshan", "Chuzhou", "Guiyang", "Maoming", "Taicang", "Suzhou", "Nanjing",
    "Hangzhou", "Ningbo", "Qingdao", "Shenzhen", "Guangzhou", "Wuhan", "Chengdu", "Chongqing", "Xi'an",
    "Tianjin", "Beijing", "Shenyang", "Dalian", "Changsha", "Hefei", "Wuxi", "Changzhou", "Xiamen",
    "Fuzhou", "Jinan", "Zhengzhou",
]  # fmt: skip
OTHER_CN_CITIES = ["Kunshan", "Nantong", "Zhuhai", "Dongguan", "Shunyi", "Huanyan", "Yantai", "Weifang"]
# the Chinese cities in characters, for the companies' registered Chinese names
CITY_CHARACTERS = {
    "Yangzhou": "扬州", "Shanghai": "上海", "Foshan": "佛山", "Chuzhou": "滁州", "Guiyang": "贵阳", "Maoming": "茂名",
    "Taicang": "太仓", "Suzhou": "苏州", "Nanjing": "南京", "Hangzhou": "杭州", "Ningbo": "宁波", "Qingdao": "青岛",
    "Shenzhen": "深圳", "Guangzhou": "广州", "Wuhan": "武汉", "Chengdu": "成都", "Chongqing": "重庆", "Xi'an": "西安",
    "Tianjin": "天津", "Beijing": "北京", "Shenyang": "沈阳", "Dalian": "大连", "Changsha": "长沙", "Hefei": "合肥",
    "Wuxi": "无锡", "Changzhou": "常州", "Xiamen": "厦门", "Fuzhou": "福州", "Jinan": "济南", "Zhengzhou": "郑州",
    "Kunshan": "昆山", "Nantong": "南通", "Zhuhai": "珠海", "Dongguan": "东莞", "Shunyi": "顺义", "Huanyan": "黄岩",
    "Yantai": "烟台", "Weifang": "潍坊",
}  # fmt: skip
DE_CITIES = [
    "Kaiserslautern", "Kaiserslautern", "Kaiserslautern", "Landstuhl", "Ramstein-Miesenbach", "Otterberg",
    "Enkenbach-Alsenborn", "Rockenhausen", "Mannheim", "Ludwigshafen", "Mainz", "Saarbrücken",
]  # fmt: skip
CN_SYLLABLES_1 = ["Hua", "Jin", "Xin", "Tian", "Hong", "Sheng", "Long", "Kai", "Da", "Zhong", "Heng", "Rui"]
CN_SYLLABLES_2 = ["xin", "tai", "long", "feng", "da", "yuan", "hua", "sheng", "cheng", "kang", "rui", "tong"]
# the same trade-name syllables in characters (read the same in pinyin): 华鑫 is Huaxin
CN_CHARACTERS_1 = ["华", "金", "新", "天", "宏", "盛", "龙", "凯", "大", "中", "恒", "瑞"]
CN_CHARACTERS_2 = ["鑫", "泰", "隆", "丰", "达", "源", "华", "盛", "诚", "康", "瑞", "通"]
DE_NAMES = [
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
    "Pfalz", "Westpfalz", "Lauter", "Barbarossa", "Kaiser", "Betzenberg",
]  # fmt: skip
SECTORS = [
    "Automation", "Robotics", "Precision Machinery", "Software", "New Energy", "Biotech", "Textiles",
    "Logistics", "Materials", "Electronics", "Medical Devices", "Auto Parts", "Environmental Technology",
    "Sensors", "Plastics",
]  # fmt: skip
SECTORS_CHINESE = [
    "自动化", "机器人", "精密机械", "软件", "新能源", "生物科技", "纺织", "物流", "材料", "电子", "医疗器械",
    "汽车零部件", "环保科技", "传感器", "塑料",
]  # fmt: skip
GIVEN_NAMES = ["Wei", "Li", "Jing", "Lei", "Min", "Yan", "Anna", "Jonas", "Lena", "Felix", "Sarah", "Tobias"]
FAMILY_NAMES = ["Zhao", "Wang", "Chen", "Liu", "Zhang", "Yang", "Huang", "Wu", "Klein", "Wolf", "Koch", "Braun"]
# weights sum to 100
REQUEST_TYPES = [
    ("research_partner", 14), ("startup_exchange", 8), ("office_space", 12), ("production_space", 6),
    ("skilled_workers", 10), ("investment", 8), ("market_access", 16), ("joint_project", 14),
    ("delegation_visit", 7), ("other", 5),
]  # fmt: skip
CHANNELS = [
    ("meeting", 22), ("visit", 14), ("phone", 18), ("email", 20), ("video", 8), ("wechat", 12), ("event", 4),
    ("other", 2),
]  # fmt: skip
LOG_SUBJECTS = [
    "Visit at the technology centre", "Call about office space in Kaiserslautern", "WeChat follow-up",
    "Meeting on a joint automation project", "Introduction of a research partner", "Trade fair talk",
    "Questions on skilled workers", "Video call with the management", "Site visit, production hall",
    "Follow-up on the delegation", "Market access: distribution partners", "Investment plans",
]  # fmt: skip
# what companies offer and seek (profile texts; matchmaking derives request types from them)
OFFERS = [
    "Applied research for the optimisation of production plants", "Industrial robots and automation lines",
    "Office and co-working space for startups", "ERP software and digitalisation projects",
    "Distribution and sales partners in Europe", "Vocational training for skilled workers",
    "Production halls and industrial sites", "Forschung und Entwicklung in der Werkstofftechnik",
    "Vertrieb und Service in China", "研发合作与技术转让",
]  # fmt: skip
NEEDS = [
    "Skilled workers and apprentices", "Research partners for joint projects", "Market access in China",
    "Investors for a new site", "Office space in Kaiserslautern", "Vertriebspartner in Europa", "投资与市场合作",
]  # fmt: skip
# share of opportunities per outcome, the same in both pipelines
WON_SHARE, LOST_SHARE = 0.12, 0.10
LOST_REASONS_WFK = ["no_partner", "withdrawn", "not_eligible", "duplicate"]
# stored computed fields the generator computes itself, in batches (make_search_keys), not through the ORM
COMPUTED_IN_BATCHES = {("res.partner", "wfk_search_key"), ("res.partner", "wfk_name_core")}


def weighted_case(alias, choices):
    """SQL CASE picking a value from (value, weight) pairs with the uniform random column ``alias``."""
    total = sum(weight for _value, weight in choices)
    parts, cumulative = [], 0
    for value, weight in choices[:-1]:
        cumulative += weight
        parts.append(SQL("WHEN %s < %s THEN %s", SQL.identifier(alias), cumulative / total, value))
    return SQL("(CASE %s ELSE %s END)", SQL(" ").join(parts), choices[-1][0])


class Generator:
    def __init__(self, env, scale="S", seed=8):
        self.env = env(
            context=dict(
                env.context, tracking_disable=True, mail_create_nolog=True, mail_notrack=True, no_reset_password=True
            )
        )
        self.cr = env.cr
        self.scale = scale
        self.size = SCALES[scale]
        self.seed = seed
        self.rng = random.Random(seed)
        self.timings = {}
        # a database with WFK's dependencies but without WFK: only Odoo's standard rows are generated
        self.plain = "wfk.representation.office" not in env

    # ---------------------------------------------------------------- helpers

    def has_table(self, table):
        self.cr.execute("SELECT 1 FROM information_schema.tables WHERE table_name = %s", [table])
        return bool(self.cr.rowcount)

    def columns(self, table):
        self.cr.execute("SELECT column_name FROM information_schema.columns WHERE table_name = %s", [table])
        return {row[0] for row in self.cr.fetchall()}

    def has_model(self, model):
        return model in self.env.registry

    def execute(self, query):
        self.cr.execute(query)
        return self.cr.rowcount

    def insert(self, table, values, source):
        """INSERT INTO table (cols) SELECT exprs FROM source, for the columns of ``values`` that exist."""
        existing = self.columns(table)
        present = {column: expr for column, expr in values.items() if column in existing}
        query = SQL(
            "INSERT INTO %s (%s) SELECT %s FROM %s",
            SQL.identifier(table),
            SQL(", ").join(SQL.identifier(column) for column in present),
            SQL(", ").join(present.values()),
            source,
        )
        return self.execute(query)

    def step(self, name, function):
        start = time.perf_counter()
        result = function()
        self.timings[name] = time.perf_counter() - start
        _logger.info("generated %s in %.1f s", name, self.timings[name])
        return result

    # ------------------------------------------------------------------- run

    def run(self):
        self.env.cr.execute("SELECT setseed(%s)", [(self.seed % 1000) / 1000.0])
        self.ref_ids()
        self.step("users and teams", self.make_users)
        self.step("offices", self.make_offices)
        self.step("companies and contacts", self.make_companies)
        self.step("profiles", self.make_profiles)
        self.step("requests", self.make_leads)
        if not self.plain:
            self.step("contact logs", self.make_contact_logs)
        self.step("chatter, followers, activities", self.make_chatter)
        self.step("stage history", self.make_stage_history)
        if not self.plain:
            self.step("memberships", self.make_memberships)
            self.step("delegations", self.make_delegations)
            self.step("hosted companies", self.make_hosted)
        self.step("search keys", self.make_search_keys)
        self.step("sentence vectors", self.make_sentence_vectors)
        self.env.flush_all()
        self.step("ANALYZE", lambda: self.execute(SQL("ANALYZE")))
        self.env["ir.config_parameter"].sudo().set_param("wfk_bench.scale", self.scale)
        self.env["ir.config_parameter"].sudo().set_param("wfk_bench.seed", str(self.seed))
        self.env["ir.config_parameter"].sudo().set_param("wfk_bench.stage_history", "1")
        self.env.invalidate_all()
        return self.counts()

    def counts(self):
        tables = [
            "res_partner", "crm_lead", "wfk_contact_log", "wfk_representation_office", "mail_message",
            "mail_followers", "mail_activity", "res_users", "wfk_isa_membership", "wfk_delegation", "wfk_match",
        ]  # fmt: skip
        result = {}
        for table in tables:
            if self.has_table(table):
                self.cr.execute(SQL("SELECT count(*) FROM %s", SQL.identifier(table)))
                result[table] = self.cr.fetchone()[0]
        self.cr.execute("SELECT count(*) FROM res_partner WHERE is_company AND name LIKE '%%(bench)%%'")
        result["companies"] = self.cr.fetchone()[0]
        return result

    def ref_ids(self):
        ref = self.env.ref
        self.sales_team = ref("sales_team.team_sales_department")
        self.cn, self.de = ref("base.cn"), ref("base.de")
        self.eur = ref("base.EUR")
        self.company = self.env.company
        if self.plain:
            self._plain_china_pipeline()
        else:
            self.china_team = ref("wfk_china_crm.crm_team_china_cooperation")
            self.china_stages = [
                ref(f"wfk_china_crm.stage_wfk_{name}")
                for name in ("new", "qualified", "matching", "introduced", "negotiation", "agreement")
            ]
            self.lost_reasons_wfk = [ref(f"wfk_china_crm.lost_reason_{name}") for name in LOST_REASONS_WFK]
        self.sales_stages = self._sales_stages()
        self.lost_reasons_crm = self.env["crm.lost.reason"].search([]) - self.env["crm.lost.reason"].browse(
            [r.id for r in self.lost_reasons_wfk]
        )
        self.industries = self.env["res.partner.industry"].search([], order="id")

    def _plain_china_pipeline(self):
        """Without WFK: a second sales team with the China pipeline's shape (six stages of its own, the last
        one won and folded) and as many lost reasons, so that both databases hold the same pipelines."""
        Stage = self.env["crm.stage"]
        self.china_team = self.env["crm.team"].create({"name": "China Cooperation (plain)"})
        self.china_stages = [
            Stage.create(
                {
                    "name": name,
                    "sequence": 100 + sequence,
                    "team_ids": [Command.set(self.china_team.ids)],
                    "is_won": sequence == 5,
                    "fold": sequence == 5,
                }
            )
            for sequence, name in enumerate(("New", "Qualified", "Matching", "Introduced", "Negotiation", "Agreement"))
        ]
        self.lost_reasons_wfk = list(self.env["crm.lost.reason"].create([{"name": name} for name in LOST_REASONS_WFK]))

    def _sales_stages(self):
        """The default team's pipeline gets the China pipeline's shape: five open stages, then a folded won
        stage. Odoo ships New, Qualified, Proposition and Won (for every team); two stages of the team's own
        are added and Won is folded, like the China team's Agreement, so both kanbans show as many cards."""
        ref = self.env.ref
        Stage = self.env["crm.stage"]
        extra = [
            Stage.create({"name": name, "sequence": sequence, "team_ids": [Command.set(self.sales_team.ids)]})
            for name, sequence in (("Negotiation", 4), ("Closing", 5))
        ]
        won = ref("crm.stage_lead4")
        won.fold = True
        return [ref("crm.stage_lead1"), ref("crm.stage_lead2"), ref("crm.stage_lead3"), *extra, won]

    # ----------------------------------------------------------- users, teams

    def _user(self, login, name, groups):
        return (
            self.env["res.users"]
            .sudo()
            .create(
                {
                    "login": login,
                    "name": name,
                    "email": f"{login}@wfk-bench.example",
                    "group_ids": [Command.set([self.env.ref(xmlid).id for xmlid in groups])],
                    "tz": "Europe/Berlin",
                }
            )
        )

    def make_users(self):
        size = self.size
        staff_groups = ["wfk_china_crm.group_wfk_office_staff", "sales_team.group_sale_salesman"]
        officer_groups = ["wfk_china_crm.group_wfk_officer"]
        manager_groups = ["wfk_china_crm.group_wfk_manager"]
        if self.plain:
            staff_groups = officer_groups = ["sales_team.group_sale_salesman"]
            manager_groups = ["sales_team.group_sale_manager"]
        self.staff = [
            self._user(f"bench_staff_{i}", f"Office staff {i}", staff_groups)
            for i in range(size["offices"] * size["staff_per_office"])
        ]
        self.officers = [
            self._user(f"bench_officer_{i}", f"Officer {i}", officer_groups) for i in range(size["officers"])
        ]
        self.manager = self._user("bench_manager", "China CRM manager", manager_groups)
        self.salespeople = [
            self._user(f"bench_sales_{i}", f"Salesperson {i}", ["sales_team.group_sale_salesman_all_leads"])
            for i in range(size["salespeople"])
        ]
        Member = self.env["crm.team.member"].sudo()
        Member.create([{"crm_team_id": self.china_team.id, "user_id": u.id} for u in self.officers])
        Member.create([{"crm_team_id": self.sales_team.id, "user_id": u.id} for u in self.salespeople])
        self.execute(
            SQL(
                "CREATE TEMP TABLE bench_user ON COMMIT DROP AS "
                "SELECT u.id, u.partner_id, s.kind, row_number() OVER (PARTITION BY s.kind ORDER BY u.id) AS rn "
                "FROM res_users u JOIN (SELECT unnest(%s::int[]) AS id, unnest(%s::text[]) AS kind) s USING (id)",
                [u.id for u in self.staff + self.officers + self.salespeople],
                ["staff"] * len(self.staff) + ["officer"] * len(self.officers) + ["sales"] * len(self.salespeople),
            )
        )

    def make_offices(self):
        size = self.size
        if self.plain:
            # no offices; the same cities, so that the companies are spread alike
            self.offices = None
            self.office_ids = []
            cities = [(city, None, self.cn.id) for city in OFFICE_CITIES[: size["offices"]] + OTHER_CN_CITIES]
            self._make_cities(cities)
            return
        Office = self.env["wfk.representation.office"]
        offices = Office
        per = size["staff_per_office"]
        for i, city in enumerate(OFFICE_CITIES[: size["offices"]]):
            staff = self.staff[i * per : (i + 1) * per]
            offices |= Office.create(
                {
                    "name": f"WFK office {city}",
                    "code": f"B{i:02d}",
                    "city": city,
                    "country_id": self.cn.id,
                    "state": "active",
                    "direction": "outbound",
                    "date_opened": date(2018, 9, 11) + timedelta(days=60 * i),
                    "floor_area": self.rng.choice([60, 120, 240, 1600]),
                    "desk_count": self.rng.choice([4, 6, 8, 12]),
                    "manager_id": staff[0].id,
                    "user_ids": [Command.set([u.id for u in staff])],
                    "industry_ids": [Command.set(self.rng.sample(self.industries.ids, 3))],
                }
            )
        self.offices = offices
        self.office_ids = offices.ids
        # cities: office cities first (with their office), then other Chinese cities, then German ones
        cities = [(city, office.id, self.cn.id) for city, office in zip(OFFICE_CITIES, offices, strict=False)]
        cities += [(city, None, self.cn.id) for city in OTHER_CN_CITIES]
        self._make_cities(cities)

    def _make_cities(self, cities):
        """The temporary table of Chinese cities (name, office id, country id, name in characters)."""
        self.execute(
            SQL(
                "CREATE TEMP TABLE bench_city ON COMMIT DROP AS "
                "SELECT row_number() OVER () AS rn, * FROM unnest(%s::text[], %s::int[], %s::int[], %s::text[]) "
                "AS c(name, office_id, country_id, name_zh)",
                [c[0] for c in cities],
                [c[1] for c in cities],
                [c[2] for c in cities],
                [CITY_CHARACTERS.get(c[0]) for c in cities],
            )
        )
        self.cn_city_count = len(cities)

    # ----------------------------------------------------- companies, contacts

    def make_companies(self):
        size = self.size
        n_companies = size["companies"]
        office_city_count = self.size["offices"]
        has_office_col = "representation_office_id" in self.columns("res_partner")
        # 60 % Chinese companies (80 % of them in an office city), 40 % German ones
        source = SQL(
            """
            (SELECT n, r_country < 0.6 AS chinese,
                    CASE WHEN r_city < 0.8 THEN 1 + floor(r_city / 0.8 * %(office_cities)s)::int
                         ELSE %(office_cities)s + 1 + floor((r_city - 0.8) / 0.2 * %(other_cities)s)::int
                    END AS city_rn,
                    r_name1, r_name2, r_sector, r_industry, r_date, r_de
               FROM (SELECT n, random() AS r_country, random() AS r_city, random() AS r_name1,
                            random() AS r_name2, random() AS r_sector, random() AS r_industry,
                            random() AS r_date, random() AS r_de
                       FROM generate_series(1, %(count)s) AS n) AS r) AS s
            LEFT JOIN bench_city c ON c.rn = s.city_rn AND s.chinese
            CROSS JOIN LATERAL (
                SELECT CASE WHEN s.chinese
                    THEN (%(syl1)s::text[])[1 + floor(s.r_name1 * %(syl1_n)s)::int]
                         || (%(syl2)s::text[])[1 + floor(s.r_name2 * %(syl2_n)s)::int]
                         || ' ' || (%(sectors)s::text[])[1 + floor(s.r_sector * %(sectors_n)s)::int]
                         || ' (' || c.name || ') Co., Ltd. (bench)'
                    ELSE (%(de_names)s::text[])[1 + floor(s.r_name1 * %(de_names_n)s)::int]
                         || ' ' || (%(sectors)s::text[])[1 + floor(s.r_sector * %(sectors_n)s)::int]
                         || ' GmbH (bench)'
                    END AS name,
                    CASE WHEN s.chinese
                    THEN c.name_zh || (%(chars1)s::text[])[1 + floor(s.r_name1 * %(syl1_n)s)::int]
                         || (%(chars2)s::text[])[1 + floor(s.r_name2 * %(syl2_n)s)::int]
                         || (%(sectors_zh)s::text[])[1 + floor(s.r_sector * %(sectors_n)s)::int] || '有限公司'
                    END AS name_zh,
                    now() - (s.r_date * %(years)s * 365) * interval '1 day' AS created,
                    CASE WHEN s.chinese THEN c.name
                         ELSE (%(de_cities)s::text[])[1 + floor(s.r_de * %(de_cities_n)s)::int] END AS city
            ) AS x
            """,
            office_cities=office_city_count,
            other_cities=len(OTHER_CN_CITIES),
            count=n_companies,
            syl1=CN_SYLLABLES_1,
            syl1_n=len(CN_SYLLABLES_1),
            syl2=CN_SYLLABLES_2,
            syl2_n=len(CN_SYLLABLES_2),
            chars1=CN_CHARACTERS_1,
            chars2=CN_CHARACTERS_2,
            sectors=SECTORS,
            sectors_zh=SECTORS_CHINESE,
            sectors_n=len(SECTORS),
            de_names=DE_NAMES,
            de_names_n=len(DE_NAMES),
            de_cities=DE_CITIES,
            de_cities_n=len(DE_CITIES),
            years=self.size["years"],
        )
        email = SQL("lower(regexp_replace(x.name, '[^A-Za-z]', '', 'g')) || s.n || '@example.com'")
        values = {
            "name": SQL("x.name"),
            "complete_name": SQL("x.name"),
            "commercial_company_name": SQL("x.name"),
            "is_company": SQL("TRUE"),
            "active": SQL("TRUE"),
            "type": SQL("'contact'"),
            "lang": SQL("'en_US'"),
            "tz": SQL("CASE WHEN s.chinese THEN 'Asia/Shanghai' ELSE 'Europe/Berlin' END"),
            "country_id": SQL("CASE WHEN s.chinese THEN %s ELSE %s END", self.cn.id, self.de.id),
            "city": SQL("x.city"),
            "email": email,
            "email_normalized": email,
            "phone": SQL("CASE WHEN s.chinese THEN '+86 514 ' ELSE '+49 631 ' END || (1000000 + s.n)"),
            "website": SQL("'https://www.example.com/' || s.n"),
            "industry_id": SQL(
                "(%s::int[])[1 + floor(s.r_industry * %s)::int]", self.industries.ids, len(self.industries)
            ),
            "partner_share": SQL("TRUE"),
            "employee": SQL("FALSE"),
            "color": SQL("0"),
            "message_bounce": SQL("0"),
            "create_date": SQL("x.created"),
            "write_date": SQL("x.created"),
            "create_uid": SQL("%s", self.env.uid),
            "write_uid": SQL("%s", self.env.uid),
        }
        if has_office_col:
            values["representation_office_id"] = SQL("c.office_id")
        # the registered name in characters, as the Latin name reads: 扬州华鑫精密机械有限公司 is
        # "Huaxin Precision Machinery (Yangzhou) Co., Ltd." (inserted only where the column exists)
        values["wfk_chinese_name"] = SQL("x.name_zh")
        self.insert("res_partner", values, source)
        self.execute(
            SQL(
                "UPDATE res_partner SET commercial_partner_id = id "
                "WHERE is_company AND name LIKE '%%(bench)' AND commercial_partner_id IS NULL"
            )
        )
        # one contact person for every other company
        self.execute(
            SQL(
                """
                CREATE TEMP TABLE bench_company ON COMMIT DROP AS
                SELECT row_number() OVER (ORDER BY id) AS rn, id, name, country_id,
                       %s AS office_id
                  FROM res_partner WHERE is_company AND name LIKE '%%(bench)'
                """,
                SQL("representation_office_id") if has_office_col else SQL("NULL::int"),
            )
        )
        source = SQL(
            """
            (SELECT co.*, random() AS r1, random() AS r2 FROM bench_company co WHERE mod(co.rn, 2) = 0) AS co
            CROSS JOIN LATERAL (SELECT (%s::text[])[1 + floor(co.r1 * %s)::int] || ' '
                                       || (%s::text[])[1 + floor(co.r2 * %s)::int] AS name) AS p
            """,
            GIVEN_NAMES,
            len(GIVEN_NAMES),
            FAMILY_NAMES,
            len(FAMILY_NAMES),
        )
        email = SQL("lower(replace(p.name, ' ', '.')) || co.rn || '@example.com'")
        self.insert(
            "res_partner",
            {
                "name": SQL("p.name"),
                "complete_name": SQL("co.name || ', ' || p.name"),
                "commercial_company_name": SQL("co.name"),
                "parent_id": SQL("co.id"),
                "commercial_partner_id": SQL("co.id"),
                "is_company": SQL("FALSE"),
                "active": SQL("TRUE"),
                "type": SQL("'contact'"),
                "lang": SQL("'en_US'"),
                "country_id": SQL("co.country_id"),
                "function": SQL("'Managing director'"),
                "email": email,
                "email_normalized": email,
                "partner_share": SQL("TRUE"),
                "employee": SQL("FALSE"),
                "color": SQL("0"),
                "message_bounce": SQL("0"),
                "representation_office_id": SQL("co.office_id"),
                "create_date": SQL("now()"),
                "write_date": SQL("now()"),
                "create_uid": SQL("%s", self.env.uid),
                "write_uid": SQL("%s", self.env.uid),
            },
            source,
        )
        self.execute(
            SQL(
                "ALTER TABLE bench_company ADD COLUMN contact_id int; "
                "UPDATE bench_company co SET contact_id = p.id FROM res_partner p "
                "WHERE p.parent_id = co.id AND NOT p.is_company"
            )
        )
        self.execute(
            SQL(
                "CREATE UNIQUE INDEX ON bench_company (rn); CREATE UNIQUE INDEX ON bench_company (id); "
                "ANALYZE bench_company"
            )
        )
        self.company_count = n_companies

    def make_profiles(self):
        """Company profile fields used by matchmaking, filled when they exist."""
        columns = self.columns("res_partner")
        assignments = []
        if "wfk_china_relation" in columns:
            relation = weighted_case(
                "r1",
                [
                    (SQL("'none'"), 30),
                    (SQL("'interested'"), 30),
                    (SQL("'contacts'"), 20),
                    (SQL("'trading'"), 15),
                    (SQL("'subsidiary'"), 5),
                ],
            )
            assignments.append(SQL("wfk_china_relation = %s", relation))
        if "wfk_profile_published" in columns:
            assignments.append(SQL("wfk_profile_published = r2 < 0.4"))
        if "wfk_offer" in columns:
            assignments.append(
                SQL(
                    "wfk_offer = CASE WHEN r3 < 0.7 THEN (%s::text[])[1 + floor(r3 / 0.7 * %s)::int] END",
                    OFFERS,
                    len(OFFERS),
                )
            )
        if "wfk_need" in columns:
            assignments.append(
                SQL(
                    "wfk_need = CASE WHEN r4 < 0.5 THEN (%s::text[])[1 + floor(r4 / 0.5 * %s)::int] END",
                    NEEDS,
                    len(NEEDS),
                )
            )
        if assignments:
            self.execute(
                SQL(
                    "UPDATE res_partner p SET %s FROM (SELECT id AS cid, random() AS r1, random() AS r2, "
                    "random() AS r3, random() AS r4 FROM bench_company) r WHERE p.id = r.cid",
                    SQL(", ").join(assignments),
                )
            )
        Partner = self.env["res.partner"]
        # secondary industries: one or two for 30 % of the companies
        self._fill_many2many(
            Partner,
            "secondary_industry_ids",
            "SELECT id FROM bench_company WHERE random() < 0.3",
            self.industries.ids,
            2,
        )
        # what the companies look for: one or two tags for half of them
        if "wfk.looking.for" in self.env:
            tags = self.env["wfk.looking.for"].search([])
            self._fill_many2many(
                Partner, "wfk_looking_for_ids", "SELECT id FROM bench_company WHERE random() < 0.5", tags.ids, 2
            )
        self.recompute_stored(Partner, "SELECT id FROM bench_company")

    def _fill_many2many(self, Model, field_name, ids_query, values, max_per_record):
        """Link each record of ``ids_query`` to 1..max_per_record random ``values`` through the field's table."""
        field = Model._fields.get(field_name)
        if field is None or field.type != "many2many" or not values:
            return
        self.execute(
            SQL(
                """
                INSERT INTO %(table)s (%(col1)s, %(col2)s)
                SELECT DISTINCT r.id, (%(values)s::int[])[1 + floor(random() * %(n)s)::int]
                  FROM (%(ids)s) AS r CROSS JOIN generate_series(1, 1 + floor(random() * %(k)s)::int)
                ON CONFLICT DO NOTHING
                """,
                table=SQL.identifier(field.relation),
                col1=SQL.identifier(field.column1),
                col2=SQL.identifier(field.column2),
                values=values,
                n=len(values),
                ids=SQL(ids_query),
                k=max_per_record,
            )
        )

    def make_sentence_vectors(self):
        """Matchmaking by meaning: the sentence vector of every company profile, in bulk as the install computes
        them (``_wfk_refresh_embeddings``: 64 texts per model call, one UPDATE per 256 profiles). Requests get
        theirs when they are matched (the cron would do the rest)."""
        if "wfk_embedding_stale" not in self.columns("res_partner"):
            return
        self.env.flush_all()
        self.execute(
            SQL(
                "UPDATE res_partner SET wfk_embedding_stale = TRUE WHERE is_company AND (wfk_offer IS NOT NULL"
                " OR wfk_need IS NOT NULL OR industry_id IS NOT NULL)"
            )
        )
        self.env.invalidate_all()
        done = self.env["res.partner"]._wfk_refresh_embeddings()
        _logger.info("sentence vectors of %s profiles", len(done))

    def make_search_keys(self, batch=5_000):
        """The Chinese-name search key and name core of every partner written in SQL (companies, contact
        persons, origin cities), computed in Python with the pure functions ``res.partner`` uses, written in
        batches."""
        columns = self.columns("res_partner")
        if "wfk_search_key" not in columns:
            return
        from odoo.addons.wfk_china_crm.models import chinese_names  # only where the Chinese names are installed

        has_core = "wfk_name_core" in columns
        chinese = SQL("wfk_chinese_name") if "wfk_chinese_name" in columns else SQL("NULL::varchar")
        self.cr.execute(
            SQL("SELECT id, name, %s, is_company FROM res_partner WHERE wfk_search_key IS NULL ORDER BY id", chinese)
        )
        rows = self.cr.fetchall()
        computed = {}  # names repeat (contact persons, German companies): fold each only once
        for start in range(0, len(rows), batch):
            ids, keys, cores = [], [], []
            for partner_id, name, chinese_name, is_company in rows[start : start + batch]:
                folded = computed.get((name, chinese_name, is_company))
                if folded is None:
                    # as res.partner._compute_wfk_search_key
                    folded = computed[name, chinese_name, is_company] = (
                        chinese_names.search_key((name, chinese_name), person=not is_company) or None,
                        chinese_names.name_core(chinese_name or name) or None,
                    )
                ids.append(partner_id)
                keys.append(folded[0])
                cores.append(folded[1])
            self.execute(
                SQL(
                    "UPDATE res_partner p SET wfk_search_key = v.search_key%s "
                    "FROM unnest(%s::int[], %s::varchar[], %s::varchar[]) AS v(id, search_key, core) WHERE p.id = v.id",
                    SQL(", wfk_name_core = v.core") if has_core else SQL(""),
                    ids,
                    keys,
                    cores,
                )
            )

    def recompute_stored(self, Model, ids_query):
        """Recompute, through the ORM, the stored computed fields the WFK modules add to ``Model`` (e.g. the
        matchmaking fit codes derived from offer and need) for the records written in SQL."""
        fields = [
            field
            for field in Model._fields.values()
            if field.store
            and field.compute
            and getattr(field, "_module", "").startswith("wfk_")
            and (Model._name, field.name) not in COMPUTED_IN_BATCHES
        ]
        if not fields:
            return
        self.cr.execute(SQL(ids_query))
        records = Model.browse([row[0] for row in self.cr.fetchall()])
        for field in fields:
            self.env.add_to_compute(field, records)
        self.env.flush_all()
        self.env.invalidate_all()

    # --------------------------------------------------------------- requests

    def make_leads(self):
        size = self.size
        n = size["requests"]
        open_china = [s.id for s in self.china_stages[:-1]]
        open_sales = [s.id for s in self.sales_stages[:-1]]
        won_china, won_sales = self.china_stages[-1].id, self.sales_stages[-1].id
        probability_china = [10, 25, 40, 55, 75]
        probability_sales = [10, 25, 40, 55, 75]
        self.execute(
            SQL(
                """
                CREATE TEMP TABLE bench_lead_src ON COMMIT DROP AS
                SELECT n, r_team < 0.5 AS china, r_type < 0.9 AS opportunity,
                       CASE WHEN r_outcome < %(won)s THEN 'won'
                            WHEN r_outcome < %(won)s + %(lost)s THEN 'lost' ELSE 'pending' END AS outcome,
                       r_stage, r_user, r_partner, r_date, r_progress, r_revenue, r_priority, r_request,
                       r_direction, r_origin, r_tag, r_deadline, r_lost
                  FROM (SELECT n, random() AS r_team, random() AS r_type, random() AS r_outcome,
                               random() AS r_stage, random() AS r_user, random() AS r_partner,
                               random() AS r_date, random() AS r_progress, random() AS r_revenue,
                               random() AS r_priority, random() AS r_request, random() AS r_direction,
                               random() AS r_origin, random() AS r_tag, random() AS r_deadline, random() AS r_lost
                          FROM generate_series(1, %(count)s) AS n) AS r
                """,
                won=WON_SHARE,
                lost=LOST_SHARE,
                count=n,
            )
        )
        self.cr.execute("SELECT kind, count(*) FROM bench_user GROUP BY kind")
        user_counts = dict(self.cr.fetchall())
        source = SQL(
            """
            bench_lead_src s
            LEFT JOIN bench_company co
                   ON s.r_partner < 0.85 AND co.rn = 1 + floor(s.r_partner / 0.85 * %(companies)s)::int
            LEFT JOIN bench_user u
                   ON s.r_user < 0.9 AND u.kind = CASE WHEN s.china THEN 'officer' ELSE 'sales' END
                  AND u.rn = 1 + floor(s.r_user / 0.9 * CASE WHEN s.china THEN %(officers)s ELSE %(sales)s END)::int
            CROSS JOIN LATERAL (
                SELECT now() - (power(s.r_date, 1.5) * %(years)s * 365) * interval '1 day' AS created,
                       CASE WHEN s.outcome = 'won'
                            THEN CASE WHEN s.china THEN %(won_china)s ELSE %(won_sales)s END
                            WHEN s.china THEN (%(open_china)s::int[])[1 + floor(s.r_stage * %(open_china_n)s)::int]
                            ELSE (%(open_sales)s::int[])[1 + floor(s.r_stage * %(open_sales_n)s)::int]
                       END AS stage_id,
                       CASE WHEN s.outcome = 'won' THEN 100 WHEN s.outcome = 'lost' THEN 0
                            WHEN s.china
                            THEN (%(prob_china)s::int[])[1 + floor(s.r_stage * %(open_china_n)s)::int]
                            ELSE (%(prob_sales)s::int[])[1 + floor(s.r_stage * %(open_sales_n)s)::int]
                       END AS probability,
                       round((5000 + 495000 * power(s.r_revenue, 3))::numeric, -2) AS revenue,
                       %(request_type)s AS request_type
            ) AS x
            CROSS JOIN LATERAL (
                SELECT x.created + (now() - x.created) * s.r_progress AS stage_date
            ) AS d
            """,
            companies=self.company_count,
            officers=user_counts.get("officer", 1),
            sales=user_counts.get("sales", 1),
            years=size["years"],
            won_china=won_china,
            won_sales=won_sales,
            open_china=open_china,
            open_china_n=len(open_china),
            open_sales=open_sales,
            open_sales_n=len(open_sales),
            prob_china=probability_china,
            prob_sales=probability_sales,
            request_type=weighted_case("r_request", [(SQL("%s", v), w) for v, w in REQUEST_TYPES]),
        )
        lost_china, lost_sales = [r.id for r in self.lost_reasons_wfk], self.lost_reasons_crm.ids
        type_label = SQL(
            "initcap(replace(x.request_type, '_', ' '))",
        )
        values = {
            "name": SQL(
                "CASE WHEN s.china THEN %s || ': ' || coalesce(co.name, 'new contact') "
                "ELSE 'Quote ' || s.n || ': ' || coalesce(co.name, 'new customer') END",
                type_label,
            ),
            "type": SQL("CASE WHEN s.opportunity THEN 'opportunity' ELSE 'lead' END"),
            "team_id": SQL("CASE WHEN s.china THEN %s ELSE %s END", self.china_team.id, self.sales_team.id),
            "stage_id": SQL("x.stage_id"),
            "user_id": SQL("u.id"),
            "partner_id": SQL("co.id"),
            "partner_name": SQL("co.name"),
            "email_from": SQL("'contact' || s.n || '@example.com'"),
            "email_normalized": SQL("'contact' || s.n || '@example.com'"),
            "email_domain_criterion": SQL("'example.com'"),
            "company_id": SQL("%s", self.company.id),
            "country_id": SQL("co.country_id"),
            "priority": SQL(
                "CASE WHEN s.r_priority < 0.5 THEN '0' WHEN s.r_priority < 0.8 THEN '1' "
                "WHEN s.r_priority < 0.95 THEN '2' ELSE '3' END"
            ),
            "probability": SQL("x.probability"),
            "automated_probability": SQL("x.probability"),
            "won_status": SQL("s.outcome"),
            "active": SQL("s.outcome != 'lost'"),
            "lost_reason_id": SQL(
                "CASE WHEN s.outcome = 'lost' THEN CASE WHEN s.china "
                "THEN (%s::int[])[1 + floor(s.r_lost * %s)::int] "
                "ELSE (%s::int[])[1 + floor(s.r_lost * %s)::int] END END",
                lost_china,
                len(lost_china),
                lost_sales or [None],
                max(len(lost_sales), 1),
            ),
            "expected_revenue": SQL("x.revenue"),
            "prorated_revenue": SQL("round(x.revenue * x.probability / 100.0, 2)"),
            "recurring_revenue_monthly": SQL("0"),
            "recurring_revenue_monthly_prorated": SQL("0"),
            "date_deadline": SQL(
                "CASE WHEN s.r_deadline < 0.6 THEN (x.created + (30 + s.r_deadline * 200) * interval '1 day')::date END"
            ),
            "date_open": SQL("CASE WHEN u.id IS NOT NULL THEN x.created END"),
            "date_closed": SQL("CASE WHEN s.outcome != 'pending' THEN d.stage_date END"),
            "date_last_stage_update": SQL("d.stage_date"),
            "date_conversion": SQL("CASE WHEN s.opportunity THEN x.created END"),
            "day_open": SQL("CASE WHEN u.id IS NOT NULL THEN 0 END"),
            "day_close": SQL(
                "CASE WHEN s.outcome != 'pending' THEN extract(epoch FROM d.stage_date - x.created) / 86400 END"
            ),
            "color": SQL("0"),
            "message_bounce": SQL("0"),
            "create_date": SQL("x.created"),
            "write_date": SQL("d.stage_date"),
            "create_uid": SQL("coalesce(u.id, %s)", self.env.uid),
            "write_uid": SQL("coalesce(u.id, %s)", self.env.uid),
            # the China CRM's own columns: NULL on the default team's leads, like in real use
            "representation_office_id": SQL(
                "CASE WHEN s.china THEN coalesce(co.office_id, (%s::int[])[1 + floor(s.r_origin * %s)::int]) END",
                self.office_ids,
                len(self.office_ids),
            ),
            "wfk_request_type": SQL("CASE WHEN s.china THEN x.request_type END"),
            "wfk_direction": SQL(
                "CASE WHEN s.china THEN CASE WHEN co.country_id = %s OR s.r_direction < 0.5 "
                "THEN 'cn_to_de' ELSE 'de_to_cn' END END",
                self.cn.id,
            ),
            "wfk_currency_id": SQL("%s", self.eur.id),
            "wfk_jobs_planned": SQL("CASE WHEN s.china AND s.outcome = 'won' THEN 2 + floor(s.r_revenue * 60) END"),
            "wfk_investment_amount": SQL("CASE WHEN s.china AND s.outcome = 'won' THEN x.revenue * 10 END"),
            "wfk_area_m2": SQL(
                "CASE WHEN s.china AND s.outcome = 'won' AND x.request_type IN ('office_space', 'production_space') "
                "THEN 50 + floor(s.r_progress * 2000) END"
            ),
        }
        self.insert("crm_lead", values, source)
        # origin cities: city partners of the Chinese cities, linked from 70 % of the China requests
        self._make_origin_cities()
        self._lead_industries()
        # tags on 30 % of the requests, in both teams
        Tag = self.env["crm.tag"]
        tags = Tag.search([])
        for name in ("Automation", "Software", "Services", "Research", "Space", "Investment", "Training", "Fair"):
            if name not in tags.mapped("name"):
                tags |= Tag.create({"name": name})
        self.execute(
            SQL(
                "INSERT INTO crm_tag_rel (lead_id, tag_id) "
                "SELECT id, (%s::int[])[1 + floor(random() * %s)::int] FROM crm_lead "
                "WHERE id > %s AND random() < 0.3 ON CONFLICT DO NOTHING",
                tags.ids,
                len(tags),
                0,
            )
        )

    def _lead_industries(self):
        """Industries of the requests (OCA crm_industry computes them from the partner), when installed."""
        Lead, Partner = self.env["crm.lead"], self.env["res.partner"]
        if "industry_id" in self.columns("crm_lead"):
            self.execute(
                SQL(
                    "UPDATE crm_lead l SET industry_id = p.industry_id FROM res_partner p "
                    "WHERE p.id = l.partner_id AND p.industry_id IS NOT NULL"
                )
            )
        lead_field = Lead._fields.get("secondary_industry_ids")
        partner_field = Partner._fields.get("secondary_industry_ids")
        if lead_field and partner_field and lead_field.type == partner_field.type == "many2many":
            self.execute(
                SQL(
                    "INSERT INTO %s (%s, %s) SELECT l.id, r.%s FROM crm_lead l JOIN %s r ON r.%s = l.partner_id "
                    "JOIN res_partner p ON p.id = l.partner_id WHERE r.%s IS DISTINCT FROM p.industry_id "
                    "ON CONFLICT DO NOTHING",
                    SQL.identifier(lead_field.relation),
                    SQL.identifier(lead_field.column1),
                    SQL.identifier(lead_field.column2),
                    SQL.identifier(partner_field.column2),
                    SQL.identifier(partner_field.relation),
                    SQL.identifier(partner_field.column1),
                    SQL.identifier(partner_field.column2),
                )
            )
        self.recompute_stored(Lead, "SELECT id FROM crm_lead")

    def _make_origin_cities(self):
        if "wfk_origin_city_id" not in self.columns("crm_lead"):
            return
        self.execute(
            SQL(
                """
                WITH ins AS (
                    INSERT INTO res_partner (name, complete_name, commercial_company_name, is_company, active,
                                             type, lang, country_id, city, partner_share, employee, color,
                                             message_bounce, create_date, write_date, create_uid, write_uid)
                    SELECT 'City of ' || c.name, 'City of ' || c.name, 'City of ' || c.name, TRUE, TRUE,
                           'contact', 'en_US', c.country_id, c.name, TRUE, FALSE, 0, 0, now(), now(), %(uid)s,
                           %(uid)s
                      FROM bench_city c ORDER BY c.rn
                    RETURNING id, city
                )
                SELECT 1 FROM ins
                """,
                uid=self.env.uid,
            )
        )
        self.execute(
            SQL(
                """
                UPDATE res_partner SET commercial_partner_id = id WHERE name LIKE 'City of %%'
                   AND commercial_partner_id IS NULL;
                CREATE TEMP TABLE bench_origin ON COMMIT DROP AS
                SELECT row_number() OVER (ORDER BY id) AS rn, id FROM res_partner
                 WHERE name LIKE 'City of %%' AND is_company;
                UPDATE crm_lead l SET wfk_origin_city_id = o.id
                  FROM (SELECT id AS lid, 1 + floor(random() * %s)::int AS orn, random() AS r FROM crm_lead
                         WHERE team_id = %s) AS x
                  JOIN bench_origin o ON o.rn = x.orn
                 WHERE l.id = x.lid AND x.r < 0.7
                """,
                self.cn_city_count,
                self.china_team.id,
            )
        )

    # ----------------------------------------------------------- contact logs

    def make_contact_logs(self):
        size = self.size
        n = size["contact_logs"]
        self.execute(
            SQL(
                """
                CREATE TEMP TABLE bench_china_lead ON COMMIT DROP AS
                SELECT row_number() OVER (ORDER BY id) AS rn, id, partner_id, representation_office_id AS office_id
                  FROM crm_lead WHERE team_id = %s AND partner_id IS NOT NULL;
                CREATE UNIQUE INDEX ON bench_china_lead (rn);
                ANALYZE bench_china_lead
                """,
                self.china_team.id,
            )
        )
        self.cr.execute("SELECT count(*) FROM bench_china_lead")
        china_leads = self.cr.fetchone()[0]
        per = size["staff_per_office"]
        staff_ids = [u.id for u in self.staff]
        office_index = {office.id: i for i, office in enumerate(self.offices)}
        # staff of office i: staff_ids[i * per : (i + 1) * per] -> pick with office position and a random
        self.execute(
            SQL(
                "CREATE TEMP TABLE bench_office ON COMMIT DROP AS "
                "SELECT * FROM unnest(%s::int[], %s::int[]) AS o(id, pos)",
                list(office_index),
                list(office_index.values()),
            )
        )
        source = SQL(
            """
            (SELECT n, random() AS r_lead, random() AS r_partner, random() AS r_date, random() AS r_channel,
                    random() AS r_user, random() AS r_contact, random() AS r_subject, random() AS r_office,
                    random() AS r_follow
               FROM generate_series(1, %(count)s) AS n) AS s
            LEFT JOIN bench_china_lead l
                   ON s.r_lead < 0.4 AND l.rn = 1 + floor(s.r_lead / 0.4 * %(china_leads)s)::int
            LEFT JOIN bench_company co_lead ON co_lead.id = l.partner_id
            LEFT JOIN bench_company co_any
                   ON l.id IS NULL AND co_any.rn = 1 + floor(power(s.r_partner, 2) * %(companies)s)::int
            CROSS JOIN LATERAL (
                SELECT coalesce(co_lead.id, co_any.id) AS id, coalesce(co_lead.name, co_any.name) AS name,
                       coalesce(co_lead.office_id, co_any.office_id) AS office_id,
                       coalesce(co_lead.contact_id, co_any.contact_id) AS contact_id
            ) AS co
            CROSS JOIN LATERAL (
                SELECT coalesce(l.office_id, co.office_id,
                                (%(offices)s::int[])[1 + floor(s.r_office * %(office_n)s)::int]) AS office_id,
                       now() - (power(s.r_date, 1.3) * %(years)s * 365) * interval '1 day' AS logged
            ) AS x
            JOIN bench_office o ON o.id = x.office_id
            """,
            count=n,
            china_leads=max(china_leads, 1),
            companies=self.company_count,
            offices=self.offices.ids,
            office_n=len(self.offices),
            years=size["years"],
        )
        author = SQL(
            "(%s::int[])[1 + o.pos * %s + floor(s.r_user * %s)::int]",
            staff_ids,
            per,
            per,
        )
        self.insert(
            "wfk_contact_log",
            {
                "date": SQL("x.logged"),
                "office_id": SQL("x.office_id"),
                "user_id": author,
                "partner_id": SQL("co.id"),
                "contact_person_id": SQL("CASE WHEN s.r_contact < 0.5 THEN co.contact_id END"),
                "lead_id": SQL("l.id"),
                "channel": weighted_case("r_channel", [(SQL("%s", v), w) for v, w in CHANNELS]),
                "subject": SQL("(%s::text[])[1 + floor(s.r_subject * %s)::int]", LOG_SUBJECTS, len(LOG_SUBJECTS)),
                "summary": SQL("'<p>Talked about next steps with ' || co.name || '.</p>'"),
                "follow_up_date": SQL(
                    "CASE WHEN s.r_follow < 0.08 AND x.logged > now() - interval '60 days' "
                    "THEN (x.logged + (7 + s.r_follow * 200) * interval '1 day')::date END"
                ),
                "company_id": SQL("%s", self.company.id),
                "create_date": SQL("x.logged"),
                "write_date": SQL("x.logged"),
                "create_uid": author,
                "write_uid": author,
            },
            source,
        )

    # ----------------------------------------------- chatter, followers, activities

    def make_chatter(self):
        note = self.env.ref("mail.mt_note").id
        for model, table, author_col, body in (
            ("crm.lead", "crm_lead", f"coalesce(t.user_id, {int(self.env.uid)})", "'<p>Request created</p>'"),
            ("wfk.contact.log", "wfk_contact_log", "t.user_id", "'<p>Contact logged</p>'"),
        ):
            if not self.has_table(table):
                continue
            self.execute(
                SQL(
                    """
                    INSERT INTO mail_message (model, res_id, message_type, subtype_id, body, author_id, date,
                                              is_internal, record_company_id, message_id, reply_to_force_new,
                                              email_add_signature, create_date, write_date, create_uid, write_uid)
                    SELECT %(model)s, t.id, 'notification', %(note)s, %(body)s, u.partner_id, t.create_date,
                           TRUE, t.company_id, '<bench.' || %(table)s || '.' || t.id || '@wfk-bench>', FALSE, TRUE,
                           t.create_date, t.create_date, u.id, u.id
                      FROM %(tbl)s t JOIN res_users u ON u.id = %(author)s
                    """,
                    model=model,
                    note=note,
                    body=SQL(body),
                    table=table,
                    tbl=SQL.identifier(table),
                    author=SQL(author_col),
                )
            )
            self.execute(
                SQL(
                    """
                    INSERT INTO mail_followers (res_model, res_id, partner_id)
                    SELECT %s, t.id, u.partner_id FROM %s t JOIN res_users u ON u.id = t.user_id
                    ON CONFLICT DO NOTHING
                    """,
                    model,
                    SQL.identifier(table),
                )
            )
        # a comment note on 30 % of the requests
        self.execute(
            SQL(
                """
                INSERT INTO mail_message (model, res_id, message_type, subtype_id, body, author_id, date, is_internal,
                                          record_company_id, message_id, reply_to_force_new, email_add_signature,
                                          create_date, write_date, create_uid, write_uid)
                SELECT 'crm.lead', t.id, 'comment', %s, '<p>Called, waiting for the documents.</p>', u.partner_id,
                       t.write_date, TRUE, t.company_id, '<bench.note.' || t.id || '@wfk-bench>', FALSE, TRUE,
                       t.write_date, t.write_date, u.id, u.id
                  FROM crm_lead t JOIN res_users u ON u.id = t.user_id WHERE random() < 0.3
                """,
                note,
            )
        )
        # activities: 20 % of the open requests (overdue, today, planned), every log's follow-up
        model_ids = dict(
            self.env["ir.model"]
            .sudo()
            .search([("model", "in", ["crm.lead", "wfk.contact.log"])])
            .mapped(lambda m: (m.model, m.id))
        )
        types = [self.env.ref(f"mail.mail_activity_data_{t}").id for t in ("call", "meeting", "email", "todo")]
        self.execute(
            SQL(
                """
                INSERT INTO mail_activity (res_model_id, res_model, res_id, res_name, activity_type_id, user_id,
                                           date_deadline, summary, automated, active, create_date, write_date,
                                           create_uid, write_uid)
                SELECT %s, 'crm.lead', t.id, t.name, (%s::int[])[1 + floor(r.r2 * 4)::int], t.user_id,
                       (now() + (floor(r.r2 * 40) - 15) * interval '1 day')::date, 'Next step', FALSE, TRUE,
                       now(), now(), t.user_id, t.user_id
                  FROM crm_lead t CROSS JOIN LATERAL (SELECT random() AS r1, random() AS r2, t.id AS tid) r
                 WHERE t.active AND t.won_status = 'pending' AND t.user_id IS NOT NULL AND r.r1 < 0.2
                """,
                model_ids["crm.lead"],
                types,
            )
        )
        if self.plain:
            return
        self.execute(
            SQL(
                """
                INSERT INTO mail_activity (res_model_id, res_model, res_id, res_name, activity_type_id, user_id,
                                           date_deadline, summary, automated, active, create_date, write_date,
                                           create_uid, write_uid)
                SELECT %s, 'wfk.contact.log', t.id, t.subject, %s, t.user_id, t.follow_up_date,
                       'Follow up: ' || t.subject, TRUE, TRUE, t.create_date, t.create_date, t.user_id, t.user_id
                  FROM wfk_contact_log t WHERE t.follow_up_date IS NOT NULL
                """,
                model_ids["wfk.contact.log"],
                self.env.ref("mail.mail_activity_data_todo").id,
            )
        )

    def make_stage_history(self):
        """Odoo's stage tracking of every request: one tracked change per stage it went through before
        its current one (the open stages of its pipeline in order, never a won one), spread evenly between
        its creation and its closing (or last write), as the web client records them."""
        stage_field = self.env["ir.model.fields"]._get("crm.lead", "stage_id").id
        subtype = self.env.ref("crm.mt_lead_stage").id
        self.execute(
            SQL(
                """
                CREATE TEMP TABLE wfk_bench_moves ON COMMIT DROP AS
                WITH pipeline AS (
                    SELECT l.id AS lead_id, l.company_id, COALESCE(l.user_id, %(uid)s) AS user_id, s.id AS stage_id,
                           l.create_date AS start,
                           GREATEST(COALESCE(l.date_closed, l.write_date), l.create_date) AS finish,
                           ROW_NUMBER() OVER (PARTITION BY l.id ORDER BY s.sequence, s.id) AS n
                      FROM crm_lead l
                      JOIN crm_stage cur ON cur.id = l.stage_id
                      JOIN crm_stage s
                        ON s.id = cur.id OR (s.sequence < cur.sequence AND NOT COALESCE(s.is_won, FALSE))
                     WHERE l.type = 'opportunity'
                       -- the stages of the request's pipeline: its team's own, or the shared ones
                       AND CASE WHEN EXISTS (SELECT 1 FROM crm_stage_crm_team_rel r WHERE r.crm_stage_id = cur.id)
                                THEN EXISTS (SELECT 1 FROM crm_stage_crm_team_rel r
                                              WHERE r.crm_stage_id = s.id AND r.crm_team_id = l.team_id)
                                ELSE NOT EXISTS (SELECT 1 FROM crm_stage_crm_team_rel r WHERE r.crm_stage_id = s.id)
                           END
                ), moves AS (
                    SELECT p.*, LEAD(p.stage_id) OVER (PARTITION BY p.lead_id ORDER BY p.n) AS next_stage_id,
                           COUNT(*) OVER (PARTITION BY p.lead_id) AS stages
                      FROM pipeline p
                )
                SELECT m.lead_id, m.company_id, m.user_id, m.stage_id AS old_stage_id, m.next_stage_id,
                       m.start + (m.finish - m.start) * m.n / m.stages AS changed_at,
                       '<bench.stage.' || m.lead_id || '.' || m.n || '@wfk-bench>' AS message_id
                  FROM moves m WHERE m.next_stage_id IS NOT NULL
                """,
                uid=self.env.uid,
            )
        )
        self.execute(
            SQL(
                """
                INSERT INTO mail_message (model, res_id, message_type, subtype_id, body, author_id, date,
                                          is_internal, record_company_id, message_id, reply_to_force_new,
                                          email_add_signature, create_date, write_date, create_uid, write_uid)
                SELECT 'crm.lead', m.lead_id, 'notification', %(subtype)s, '', u.partner_id, m.changed_at, FALSE,
                       m.company_id, m.message_id, FALSE, TRUE, m.changed_at, m.changed_at, u.id, u.id
                  FROM wfk_bench_moves m JOIN res_users u ON u.id = m.user_id
                """,
                subtype=subtype,
            )
        )
        moves = self.execute(
            SQL(
                """
                INSERT INTO mail_tracking_value (field_id, mail_message_id, old_value_integer, new_value_integer,
                                                 old_value_char, new_value_char, create_date, write_date,
                                                 create_uid, write_uid)
                SELECT %(field)s, msg.id, m.old_stage_id, m.next_stage_id, old.name->>'en_US', new.name->>'en_US',
                       m.changed_at, m.changed_at, msg.create_uid, msg.create_uid
                  FROM wfk_bench_moves m
                  JOIN mail_message msg ON msg.message_id = m.message_id
                  JOIN crm_stage old ON old.id = m.old_stage_id
                  JOIN crm_stage new ON new.id = m.next_stage_id
                """,
                field=stage_field,
            )
        )
        if "wfk.funnel.report" in self.env:  # the funnel's stays, from the history written in SQL here
            # statistics of the tables just filled first: planned on the empty tables' estimates, the rebuild
            # joins 300,000 stage changes by nested loops at scale L (over 15 minutes instead of seconds)
            self.execute(SQL("ANALYZE crm_lead, mail_message, mail_tracking_value"))
            self.env["wfk.funnel.report"]._wfk_rebuild_stays()
            self.execute(SQL("ANALYZE wfk_funnel_stay"))
        return moves

    # ------------------------------------------- memberships, delegations (later issues)

    def make_memberships(self):
        """ISA memberships (when the module is there): cities joining over the years, some observers
        promoted, some leaving; the status history is kept by the model itself."""
        if not self.has_model("wfk.isa.membership"):
            return
        Membership = self.env["wfk.isa.membership"]
        fields = Membership._fields
        Partner = self.env["res.partner"]
        cities = Partner.search([("name", "=like", "City of %"), ("is_company", "=", True)], order="id")
        missing = self.size["memberships"] - len(cities)
        if missing > 0:
            cities |= Partner.create(
                [
                    {
                        "name": f"City of {DE_CITIES[i % len(DE_CITIES)]} {i}",
                        "is_company": True,
                        "country_id": self.de.id,
                    }
                    for i in range(missing)
                ]
            )
        values = []
        for i, city in enumerate(cities[: self.size["memberships"]]):
            joined = date(2016, 4, 22) + timedelta(days=self.rng.randrange(0, 6 * 365))
            status = "observer" if i % 5 == 0 else "member"
            vals = {"partner_id": city.id, "member_kind": "city", "status": status, "date_status": joined}
            if status == "member":
                vals["date_joined"] = joined
            values.append({key: value for key, value in vals.items() if key in fields})
        memberships = Membership.create(values)
        if "status" not in fields:
            return
        for membership in memberships.filtered(lambda m: m.status == "observer")[::2]:
            day = (membership.date_status or date(2019, 1, 1)) + timedelta(days=self.rng.randrange(90, 700))
            membership.write(
                {key: value for key, value in {"status": "member", "date_status": day}.items() if key in fields}
            )
        for membership in memberships.filtered(lambda m: m.status == "member")[::7]:
            day = (membership.date_status or date(2019, 1, 1)) + timedelta(days=self.rng.randrange(200, 1500))
            vals = {"status": "left", "date_status": min(day, date.today())}
            membership.write({key: value for key, value in vals.items() if key in fields})

    def make_delegations(self):
        """Delegations (when the model is there): trips out and visits in with participants and stops."""
        if not self.has_model("wfk.delegation"):
            return
        Delegation = self.env["wfk.delegation"]
        fields = Delegation._fields
        self.cr.execute("SELECT id, contact_id FROM bench_company WHERE contact_id IS NOT NULL ORDER BY rn LIMIT 2000")
        people = self.cr.fetchall()
        has_participants = "wfk.delegation.participant" in self.env and "participant_ids" in fields
        has_stops = "wfk.delegation.stop" in self.env and "stop_ids" in fields
        values = []
        for i in range(self.size["delegations"]):
            start = date.today() - timedelta(days=self.rng.randrange(-120, 6 * 365))
            end = start + timedelta(days=self.rng.randrange(3, 10))
            vals = {
                "name": f"Delegation {i + 1} to {self.rng.choice(OFFICE_CITIES)}",
                "direction": self.rng.choice(["outbound", "inbound"]),
                "date_start": start,
                "date_end": end,
                "office_id": self.rng.choice(self.offices.ids),
            }
            if has_participants:
                vals["participant_ids"] = [
                    Command.create(
                        {
                            "partner_id": person_id,
                            "organization_id": company_id,
                            "role": "Participant",
                            "cost_bearer": self.rng.choice(["self", "self", "agency", "host"]),
                        }
                    )
                    for company_id, person_id in self.rng.sample(people, min(len(people), self.rng.randrange(3, 14)))
                ]
            if has_stops:
                city = self.rng.choice(OFFICE_CITIES)
                vals["stop_ids"] = [
                    Command.create(
                        {"sequence": 1, "city": city, "country_id": self.cn.id, "date_start": start, "date_end": end}
                    )
                ]
            values.append({key: value for key, value in vals.items() if key in fields})
        Delegation.create(values)

    def make_hosted(self):
        """Companies using the offices' space: feeds the desk occupancy KPI."""
        self.execute(
            SQL(
                """
                INSERT INTO wfk_office_hosted_partner_rel (office_id, partner_id)
                SELECT o.id, co.id FROM wfk_representation_office o
                  JOIN LATERAL (SELECT id FROM bench_company c WHERE c.office_id = o.id ORDER BY c.rn
                                 LIMIT 1 + floor(random() * 8)::int) co ON TRUE
                ON CONFLICT DO NOTHING
                """
            )
        )


def generate(env, scale="S", seed=8):
    """Fill the database of ``env`` for ``scale`` ("S" or "L"); returns the row counts."""
    return Generator(env, scale, seed).run()


def complete(env, scale, seed):
    """Add to a database filled before the generator made them the rows it makes now (the requests'
    stage history); True when something was added."""
    parameters = env["ir.config_parameter"].sudo()
    if parameters.get_param("wfk_bench.stage_history"):
        return False
    generator = Generator(env, scale, seed)
    generator.step("stage history", generator.make_stage_history)
    generator.execute(SQL("ANALYZE mail_message, mail_tracking_value"))
    parameters.set_param("wfk_bench.stage_history", "1")
    return True
