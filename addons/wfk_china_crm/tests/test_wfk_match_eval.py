import logging

from odoo.tests import tagged

from . import matchmaking_eval
from .meaning_common import WfkMeaningCase

_logger = logging.getLogger(__name__)


@tagged("post_install", "-at_install")
class TestWfkMatchEval(WfkMeaningCase):
    """The evaluation set: 60 profiles (German, English), 42 requests (Chinese, English, German).

    The same requests ranked by the rules alone (before) and with matching by meaning (after), by an
    officer; the figures go to the log (``docs/matchmaking.md`` shows them) and are locked here.
    """

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.partners, cls.leads = matchmaking_eval.build(cls.env, cls.requester, cls.team, cls.office_a)

    def test_meaning_finds_the_intended_partners(self):
        Config = self.env["ir.config_parameter"].sudo()
        Config.set_param("wfk_china_crm.match_by_meaning", "False")
        before, before_ranks = matchmaking_eval.evaluate(self.env, self.partners, self.leads, self.officer_user)
        Config.set_param("wfk_china_crm.match_by_meaning", "True")
        after, after_ranks = matchmaking_eval.evaluate(self.env, self.partners, self.leads, self.officer_user)
        _logger.info("Matchmaking evaluation set:\n%s", matchmaking_eval.table(before, after))
        _logger.info("Ranks before / after: %s", {key: (before_ranks[key], after_ranks[key]) for key in after_ranks})

        self.assertGreaterEqual(after["all"]["top3"], 0.85)
        self.assertGreaterEqual(after["all"]["mrr"], 0.8)
        for lang in ("zh", "en", "de"):
            self.assertGreaterEqual(after[lang]["top3"], 0.75, lang)
        # meaning adds to the rules: better overall, and never a worse MRR in any language
        self.assertGreater(after["all"]["top3"], before["all"]["top3"])
        for lang in ("all", "zh", "en", "de"):
            self.assertGreaterEqual(after[lang]["mrr"], before[lang]["mrr"], lang)
