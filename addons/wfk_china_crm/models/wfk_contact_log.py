from odoo import api, fields, models
from odoo.exceptions import ValidationError

CHANNELS = [
    ("visit", "Visit"),
    ("meeting", "Meeting"),
    ("phone", "Phone"),
    ("email", "E-mail"),
    ("video", "Video call"),
    ("wechat", "WeChat"),
    ("event", "Event"),
    ("other", "Other"),
]

FOLLOW_UP_ACTIVITY = "mail.mail_activity_data_todo"


class WfkContactLog(models.Model):
    """One contact made by WFK staff with an organisation: quick to log, easy to analyse.

    A follow-up date schedules (or moves) one to-do activity for the author.
    """

    _name = "wfk.contact.log"
    _description = "Contact log"
    _inherit = ["mail.thread", "mail.activity.mixin", "wfk.value.sanitiser", "wfk.linked.access"]
    _wfk_linked_fields = ("office_id", "lead_id", "partner_id", "contact_person_id", "user_id")
    _wfk_reach_fields = ("office_id", "user_id")
    _order = "date desc, id desc"
    _rec_name = "subject"

    date = fields.Datetime(required=True, default=fields.Datetime.now, tracking=True, index=True)
    office_id = fields.Many2one(
        "wfk.representation.office",
        index="btree_not_null",
        tracking=True,
        default=lambda self: self.env.user.wfk_office_id,
    )
    user_id = fields.Many2one(
        "res.users", string="Author", required=True, default=lambda self: self.env.user, tracking=True, index=True
    )
    partner_id = fields.Many2one(
        "res.partner",
        string="Organisation",
        required=True,
        index=True,
        tracking=True,
        domain="[('is_company', '=', True)]",
    )
    contact_person_id = fields.Many2one(
        "res.partner",
        string="Contact person",
        domain="[('parent_id', '=', partner_id), ('is_company', '=', False)]",
        help="A contact of the organisation.",
    )
    # shown next to the organisation, so that Chinese and German colleagues recognise it; computed as the
    # user (compute_sudo=False): the duplicates counted are those the user may read
    partner_chinese_name = fields.Char(related="partner_id.wfk_chinese_name", string="Chinese name")
    partner_pinyin = fields.Char(related="partner_id.wfk_pinyin", string="Pinyin")
    partner_duplicate_count = fields.Integer(
        related="partner_id.wfk_duplicate_partner_count", string="Possible duplicates", compute_sudo=False
    )
    channel = fields.Selection(CHANNELS, required=True, default="meeting", tracking=True)
    subject = fields.Char(required=True, tracking=True)
    summary = fields.Html(sanitize=True)
    lead_id = fields.Many2one(
        "crm.lead",
        string="Request",
        index="btree_not_null",
        domain="['|', ('partner_id', '=', False), ('partner_id', 'child_of', partner_id)]",
    )
    follow_up_date = fields.Date(
        string="Follow up on",
        tracking=True,
        help="Schedules a to-do for the author on that day.",
    )
    company_id = fields.Many2one("res.company", default=lambda self: self.env.company)

    # Office KPIs count and date the logs of every office: an index-only scan instead of reading the table
    # (company_id for the multi-company rule); also serves an office's logs listed newest first.
    _office_date_idx = models.Index("(office_id, date) INCLUDE (company_id) WHERE office_id IS NOT NULL")

    # ----------------------------------------------------------- onchanges

    @api.onchange("partner_id")
    def _onchange_partner_id(self):
        if self.contact_person_id and self.contact_person_id.parent_id != self.partner_id:
            self.contact_person_id = False

    @api.onchange("lead_id")
    def _onchange_lead_id(self):
        lead = self.lead_id
        if lead:
            self.partner_id = self.partner_id or lead.partner_id.commercial_partner_id
            self.office_id = lead.representation_office_id or self.office_id

    # ----------------------------------------------------------- constraints

    @api.constrains("office_id")
    def _check_office_open(self):
        for log in self:
            if log.office_id.state == "closed":
                raise ValidationError(
                    self.env._(
                        "Office %(office)s is closed: it takes no new contact logs.",
                        office=log.office_id.display_name,
                    )
                )

    @api.constrains("subject")
    def _check_subject(self):
        for log in self:
            if not (log.subject or "").strip():
                raise ValidationError(self.env._("A contact log needs a subject: what was the contact about?"))

    @api.constrains("partner_id", "contact_person_id")
    def _check_contact_person(self):
        for log in self:
            person = log.contact_person_id
            if person and person.commercial_partner_id != log.partner_id.commercial_partner_id:
                raise ValidationError(
                    self.env._(
                        "%(person)s is not a contact of %(organisation)s.",
                        person=person.display_name,
                        organisation=log.partner_id.display_name,
                    )
                )

    @api.constrains("date", "follow_up_date")
    def _check_follow_up_after_contact(self):
        for log in self:
            if log.follow_up_date and log.date:
                contact_day = fields.Datetime.context_timestamp(log, log.date).date()
                if log.follow_up_date < contact_day:
                    raise ValidationError(
                        self.env._(
                            "The follow-up of %(log)s (%(follow_up)s) cannot come before the contact (%(date)s).",
                            log=log.display_name,
                            follow_up=log.follow_up_date,
                            date=contact_day,
                        )
                    )

    # ------------------------------------------------------- CRUD and follow-up

    @api.model_create_multi
    def create(self, vals_list):
        logs = super().create(vals_list)
        logs.filtered("follow_up_date")._schedule_follow_up()
        return logs

    def write(self, vals):
        res = super().write(vals)
        if {"follow_up_date", "user_id", "subject"} & set(vals):
            self._schedule_follow_up()
        return res

    def _schedule_follow_up(self):
        """Keep exactly one follow-up to-do per log, for its author, on its follow-up date."""
        todo_type = self.env.ref(FOLLOW_UP_ACTIVITY)
        for log in self:
            activity = log.activity_ids.filtered(lambda a, t=todo_type: a.activity_type_id == t and a.automated)
            if not log.follow_up_date:
                activity.unlink()
                continue
            summary = self.env._("Follow up: %s", log.subject)
            if activity:
                activity.write({"date_deadline": log.follow_up_date, "user_id": log.user_id.id, "summary": summary})
            else:
                log.activity_schedule(
                    FOLLOW_UP_ACTIVITY, date_deadline=log.follow_up_date, summary=summary, user_id=log.user_id.id
                )

    # ------------------------------------------------------------ quick log

    @api.model
    def action_quick_log(self, context=None):
        """The small "Log contact" form, every field defaulted from `context`."""
        action = self.env["ir.actions.act_window"]._for_xml_id("wfk_china_crm.action_wfk_contact_log_quick")
        action["context"] = dict(context or {})
        return action
