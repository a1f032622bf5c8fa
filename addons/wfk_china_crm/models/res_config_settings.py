from odoo import api, fields, models
from odoo.exceptions import ValidationError

from . import embeddings
from .duplicate_rules import DEFAULT_THRESHOLD
from .duplicate_rules import THRESHOLD_PARAM
from .matchmaking_rules import DEFAULT_MATCH_LIMIT
from .matchmaking_rules import MATCH_LIMIT_PARAM
from .wfk_embedding_mixin import MEANING_PARAM


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
    # not config_parameter=: Odoo deletes the parameter of an unticked box, and this one is on by default
    wfk_match_by_meaning = fields.Boolean(
        string="Match by meaning",
        help="Also rank organisations by how close their profile is in meaning to the request, in German, "
        "English or Chinese (sentence vectors computed on this server).",
    )
    wfk_meaning_available = fields.Boolean(
        string="Sentence encoder installed", compute="_compute_wfk_meaning_available"
    )

    def _compute_wfk_meaning_available(self):
        available = embeddings.get_encoder() is not None
        for settings in self:
            settings.wfk_meaning_available = available

    @api.model
    def get_values(self):
        values = super().get_values()
        values["wfk_match_by_meaning"] = self.env["res.partner"]._wfk_meaning_switched_on()
        return values

    def set_values(self):
        result = super().set_values()
        self.env["ir.config_parameter"].sudo().set_param(MEANING_PARAM, str(bool(self.wfk_match_by_meaning)))
        return result

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
