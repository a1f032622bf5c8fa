from odoo import api, fields, models
from odoo.exceptions import ValidationError

from .duplicate_rules import DEFAULT_THRESHOLD
from .duplicate_rules import THRESHOLD_PARAM
from .matchmaking_rules import DEFAULT_MATCH_LIMIT
from .matchmaking_rules import MATCH_LIMIT_PARAM


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    wfk_follow_up_days = fields.Integer(
        string="Follow up stale requests after (days)",
        config_parameter="wfk_china_crm.follow_up_days",
        default=30,
        help="Open requests with no contact log and no activity for this many days get a Follow up to-do.",
    )

    # --- Matchmaking -------------------------------------------------------------------------------
    wfk_match_limit = fields.Integer(
        string="Matches per request",
        config_parameter=MATCH_LIMIT_PARAM,
        default=DEFAULT_MATCH_LIMIT,
        help="How many organisations matchmaking proposes for a cooperation request.",
    )

    # --- Duplicate partners --------------------------------------------------------------------------
    wfk_duplicate_threshold = fields.Integer(
        string="Duplicate name similarity (%)",
        config_parameter=THRESHOLD_PARAM,
        default=DEFAULT_THRESHOLD,
        help="How alike (0-100, rapidfuzz ratio of the names without legal forms, in pinyin) two names must be "
        "for the partners to be shown as possible duplicates.",
    )

    @api.constrains("wfk_duplicate_threshold")
    def _check_wfk_duplicate_threshold(self):
        for settings in self:
            if not 50 <= settings.wfk_duplicate_threshold <= 100:
                raise ValidationError(self.env._("The duplicate name similarity must be between 50 and 100 %."))

    @api.constrains("wfk_match_limit")
    def _check_wfk_match_limit(self):
        for settings in self:
            if settings.wfk_match_limit < 1:
                raise ValidationError(self.env._("Matchmaking must propose at least one organisation."))
