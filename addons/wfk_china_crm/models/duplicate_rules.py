"""When two partners are probably the same: the one rule the partner form, the request form and the
"Possible duplicates" filter share.

Pure functions on ``Signals`` (no Odoo), so the rule is tested and explained in one place:

- same kind only: a company is never the duplicate of a person;
- the same unified social credit code, normalised e-mail (``email_normalized``) or telephone number
  (``phone_sanitized``, E.164 by ``phonenumbers`` through Odoo's ``phone_validation``);
- or names whose cores (``chinese_names.name_core``: Simplified, legal forms dropped, pinyin) score at
  least the threshold with ``rapidfuzz``; two people only when they do not work for different companies
  (张伟 of one company and Zhang Wei of another are two people).

Names are compared within a block: the first ``BLOCK_LENGTH`` letters of the core (standard blocking in
record linkage, so the filter never compares every pair of 50,000 companies); a typo in those first
letters is not caught, the same in the form and in the filter.
"""

from collections import defaultdict
from typing import NamedTuple

from rapidfuzz import fuzz
from rapidfuzz import process

BLOCK_LENGTH = 3
DEFAULT_THRESHOLD = 90
THRESHOLD_PARAM = "wfk_china_crm.duplicate_threshold"
SIGNAL_FIELDS = ("wfk_uscc", "email_normalized", "phone_sanitized")
# the res.partner columns a ``Signals`` is read from, in its order
SIGNAL_COLUMNS = ("id", "is_company", "parent_id", "wfk_name_core", *SIGNAL_FIELDS)


class Signals(NamedTuple):
    """What duplicate detection knows of one partner (or of the names typed in a request)."""

    id: int
    is_company: bool
    parent_id: int
    core: str
    wfk_uscc: str
    email_normalized: str
    phone_sanitized: str


def block(core):
    """The block a name core is compared in, or None when the core is too short to compare."""
    return core[:BLOCK_LENGTH] if core and len(core) >= BLOCK_LENGTH else None


def _may_be_same_person(one, other):
    return one.is_company or not (one.parent_id and other.parent_id and one.parent_id != other.parent_id)


def name_score(one, other):
    """rapidfuzz's similarity (0–100) of two name cores."""
    return fuzz.ratio(one.core, other.core) if one.core and other.core else 0


def is_probable_duplicate(one, other, threshold=DEFAULT_THRESHOLD):
    """Whether ``one`` and ``other`` are probably the same company or person."""
    if (one.id and one.id == other.id) or one.is_company != other.is_company:
        return False
    if any(getattr(one, name) and getattr(one, name) == getattr(other, name) for name in SIGNAL_FIELDS):
        return True
    return (
        block(one.core) is not None
        and block(one.core) == block(other.core)
        and _may_be_same_person(one, other)
        and name_score(one, other) >= threshold
    )


def probable_duplicates(one, candidates, threshold=DEFAULT_THRESHOLD):
    """The ``candidates`` that are probably the same as ``one`` (``is_probable_duplicate``), in their order.

    The same answer as asking ``is_probable_duplicate`` of each candidate, faster where a block is large (a
    Chinese company's core begins with its city: at 50,000 companies the block ``yan`` of Yangzhou holds
    thousands): the candidates of ``one``'s block are scored in one ``process.extract`` call (rapidfuzz's C++
    loop), those sharing a credit code, e-mail or number are picked by comparing values, and only the few
    that can be duplicates go through the rule.
    """
    possible = {
        index for name in SIGNAL_FIELDS if (value := getattr(one, name)) for index in _equal(candidates, name, value)
    }
    one_block = block(one.core)
    if one_block is not None:
        in_block = [index for index, candidate in enumerate(candidates) if block(candidate.core) == one_block]
        scored = process.extract(
            one.core,
            [candidates[index].core for index in in_block],
            scorer=fuzz.ratio,
            score_cutoff=threshold,
            limit=None,
        )
        possible.update(in_block[position] for _core, _score, position in scored)
    return [candidates[index] for index in sorted(possible) if is_probable_duplicate(one, candidates[index], threshold)]


def _equal(candidates, name, value):
    """The positions of the ``candidates`` whose field ``name`` is ``value``."""
    position = Signals._fields.index(name)
    return [index for index, candidate in enumerate(candidates) if candidate[position] == value]


def ids_with_duplicates(signals, threshold=DEFAULT_THRESHOLD):
    """The ids among ``signals`` that have at least one probable duplicate among them.

    Exact signals are grouped in one pass; names are scored block by block with ``process.extract``
    (rapidfuzz's C++ loop), then checked pair by pair with ``is_probable_duplicate``.
    """
    found = set()
    exact = defaultdict(list)
    blocks = defaultdict(list)
    for partner in signals:
        for name in SIGNAL_FIELDS:
            if getattr(partner, name):
                exact[(name, partner.is_company, getattr(partner, name))].append(partner.id)
        if block(partner.core) is not None:
            blocks[(partner.is_company, block(partner.core))].append(partner)
    for ids in exact.values():
        if len(ids) > 1:
            found.update(ids)
    for members in blocks.values():
        if len(members) < 2:
            continue
        cores = [member.core for member in members]
        for i, member in enumerate(members):
            for _core, _score, j in process.extract(
                member.core, cores, scorer=fuzz.ratio, score_cutoff=threshold, limit=None
            ):
                if i != j and is_probable_duplicate(member, members[j], threshold):
                    found.update((member.id, members[j].id))
    return found
