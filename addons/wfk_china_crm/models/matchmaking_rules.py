"""What matchmaking weighs: plain data shared by res.partner (fit codes) and wfk.match (ranking)."""

from dataclasses import dataclass

MATCH_LIMIT_PARAM = "wfk_china_crm.match_limit"
DEFAULT_MATCH_LIMIT = 10

# What makes an organisation fit a request type. ``looking_for``: codes of wfk.looking.for tags showing
# that the organisation seeks what the requester brings; ``offer``: words in its offer showing that it
# provides what the requester seeks; ``need``: words in what it seeks (English, German, Chinese).
REQUEST_FIT = {
    "research_partner": {
        "looking_for": ("research_partners",),
        "offer": ("research", "forschung", "r&d", "f&e", "optimi", "研究", "研发"),
        "need": ("research", "forschung", "研究"),
    },
    "startup_exchange": {
        "looking_for": ("investors", "markets"),
        "offer": ("startup", "start-up", "gründ", "incubat", "inkubat", "accelerat", "coworking", "co-working", "创业"),
        "need": ("startup", "start-up", "创业"),
    },
    "office_space": {
        "looking_for": ("investors",),
        "offer": ("office", "büro", "coworking", "co-working", "fläche", "space", "办公"),
        "need": ("tenant", "mieter", "ansiedlung", "settlement", "入驻"),
    },
    "production_space": {
        "looking_for": ("investors",),
        "offer": ("production space", "produktionsfläche", "halle", "gewerbefläche", "industrial site", "厂房"),
        "need": ("ansiedlung", "settlement", "investor", "投资"),
    },
    "skilled_workers": {
        "looking_for": ("skilled_workers",),
        "offer": ("ausbildung", "training", "integration", "培训"),
        "need": ("skilled", "fachkräft", "fachkraft", "worker", "azubi", "技工", "人才"),
    },
    "investment": {
        "looking_for": ("investors",),
        "offer": ("standort", "site", "fläche", "förder", "funding", "土地"),
        "need": ("invest", "kapital", "capital", "投资"),
    },
    "market_access": {
        "looking_for": ("markets",),
        "offer": ("vertrieb", "distribution", "sales", "import", "export", "dienstleist", "service", "销售", "市场"),
        "need": ("market", "markt", "vertrieb", "distribution", "市场"),
    },
    "joint_project": {
        "looking_for": ("research_partners", "markets"),
        "offer": ("project", "projekt", "kooperation", "cooperation", "entwicklung", "development", "合作", "项目"),
        "need": ("project", "projekt", "kooperation", "cooperation", "合作"),
    },
    "delegation_visit": {
        "looking_for": ("markets", "investors"),
        "offer": ("visit", "besuch", "besichtigung", "showroom", "参观"),
        "need": ("delegation", "kontakt", "contact", "考察"),
    },
}

# Points per criterion; they add up to 100 at most.
POINTS_MAIN_INDUSTRY = 30
POINTS_RELATED_INDUSTRY = 15
POINTS_SHARED_INDUSTRY = 5  # per further shared industry, at most two
POINTS_OFFER = 15
POINTS_LOOKING_FOR = 10
POINTS_NEED = 5
POINTS_RELATION = {"subsidiary": 15, "trading": 12, "contacts": 10, "interested": 5}
POINTS_PUBLISHED = 5
POINTS_OFFICE = 10


@dataclass(frozen=True)
class Criterion:
    """One thing ranking weighs, declared once (the table is ``wfk.match._wfk_criteria``).

    ``field``: the field of wfk.match that keeps what was found, also the column of the ranking's facts;
    ``fact``: SQL finding it for the organisation ``p`` (the aliases and named parameters of
    ``wfk.match._wfk_rank``); ``points``: what a yes earns, or ``score``: SQL of the points over the
    column, for a criterion that is not yes/no; ``reason``: the wfk.match method saying it in words
    (None when another criterion's reason says it too).
    """

    field: str
    fact: str
    points: int = 0
    score: str | None = None
    reason: str | None = None


def fit_codes(text, kind):
    """The request types whose ``kind`` words ("offer" or "need") occur in ``text``, as ",a,b," or False.

    Stored on each partner when its offer or need changes, so ranking compares short codes in SQL
    instead of matching free text against every profile.
    """
    if not text:
        return False
    text = text.lower()
    codes = [request_type for request_type, fit in REQUEST_FIT.items() if any(word in text for word in fit[kind])]
    return f",{','.join(codes)}," if codes else False


# Matching by meaning (sentence vectors of the request and of each profile, see embeddings.py): the
# profiles nearest to the request become candidates too, and closeness adds up to POINTS_MEANING
# points, nothing at MEANING_FLOOR similarity or below, all of them from MEANING_FULL up. Tuned on the
# evaluation set of tests/data/matchmaking_eval.json (docs/matchmaking.md).
POINTS_MEANING = 40
MEANING_FLOOR = 0.2
MEANING_FULL = 0.55
MEANING_CANDIDATES = 50  # nearest profiles added to the candidates of a request
MEANING_REQUEST_CANDIDATES = 30  # nearest open requests looked at for "Find requests"


def meaning_points(similarity):
    """Points for a cosine similarity between a request and a profile (0 to POINTS_MEANING)."""
    share = (similarity - MEANING_FLOOR) / (MEANING_FULL - MEANING_FLOOR)
    return round(POINTS_MEANING * min(max(share, 0.0), 1.0))
