import base64
import logging

from odoo import fields, models
from odoo.addons.wfk_china_crm.models.chinese_names import name_core
from odoo.addons.wfk_china_crm.models.duplicate_rules import Signals
from odoo.addons.wfk_china_crm.models.wfk_contact_log import CHANNELS
from odoo.exceptions import UserError
from odoo.tools import plaintext2html

from ..models import card_reader

_logger = logging.getLogger(__name__)


class WfkCardScan(models.TransientModel):
    """A photographed business card: read on the server, reviewed, then a contact and a contact log.

    ``action_wfk_read`` reads the photo (QR code first, then the text), proposes the fields and finds the
    partners it probably is; ``action_wfk_create`` creates or links the company and the person (the card
    attached to the person) and logs the contact, all or nothing. Several photos uploaded at once become one
    scan each, reviewed one after the other.
    """

    _name = "wfk.card.scan"
    _description = "Business card scan"
    _rec_name = "person_name_latin"
    _inherit = ["wfk.value.sanitiser", "wfk.linked.access"]
    _wfk_linked_fields = ("office_id", "lead_id", "partner_id", "company_id")

    image = fields.Binary(string="Photo of the card", attachment=False)
    image_filename = fields.Char()
    upload_ids = fields.Many2many(
        "ir.attachment",
        string="Several cards",
        help="Photos of several cards, e.g. the evening after a fair: each becomes one scan to review.",
    )
    state = fields.Selection(
        [("draft", "To read"), ("read", "To review"), ("done", "Done")], default="draft", required=True
    )

    # what the card says (proposed, editable)
    person_name = fields.Char(string="Name as printed", help="The person's name as printed, in characters if any.")
    person_name_latin = fields.Char(string="Name (Latin)")
    function = fields.Char(string="Job title")
    company_name = fields.Char(string="Company as printed")
    company_name_latin = fields.Char(string="Company (Latin)")
    email = fields.Char(string="E-mail")
    mobile = fields.Char()
    phone = fields.Char()
    website = fields.Char()
    street = fields.Char(string="Address")
    wechat = fields.Char(string="WeChat ID")
    from_qr = fields.Char(string="Read from the QR code", readonly=True)
    ocr_text = fields.Text(string="Text read", readonly=True)

    # who it probably is
    partner_id = fields.Many2one(
        "res.partner",
        string="Existing person",
        domain="[('is_company', '=', False)]",
        help="Link the card to this person.",
    )
    company_id = fields.Many2one(
        "res.partner",
        string="Existing company",
        domain="[('is_company', '=', True)]",
        help="Link the card to this company.",
    )
    duplicate_partner_ids = fields.Many2many(
        "res.partner", string="Probably already in the CRM", readonly=True, help="Partners this card probably is."
    )

    # the contact
    office_id = fields.Many2one("wfk.representation.office", default=lambda self: self.env.user.wfk_office_id)
    lead_id = fields.Many2one("crm.lead", string="Request")
    channel = fields.Selection(CHANNELS, default="event", required=True)
    date = fields.Datetime(default=fields.Datetime.now, required=True)
    follow_up_date = fields.Date(string="Follow up on")
    summary = fields.Text(string="Notes", help="Where you met, what was said.")
    contact_log_id = fields.Many2one("wfk.contact.log", string="Contact log", readonly=True)

    # --- reading -------------------------------------------------------------------------------------

    def _wfk_check_may_import(self):
        """Checked before anything is read: the user may create partners and contact logs."""
        self.env["res.partner"].check_access("create")
        self.env["wfk.contact.log"].check_access("create")
        self.check_access("write")

    def action_wfk_read(self):
        """Read the photo(s) and propose the fields; several photos become one scan each."""
        self._wfk_check_may_import()
        self.ensure_one()
        photos = self._wfk_photos()
        if not photos:
            raise UserError(self.env._("Upload a photo of a business card first."))
        scans = self
        if len(photos) > 1:
            common = {
                "office_id": self.office_id.id,
                "lead_id": self.lead_id.id,
                "channel": self.channel,
                "date": self.date,
            }
            scans |= self.create([{**common, "image": base64.b64encode(data)} for data in photos[1:]])
            self.write({"image": base64.b64encode(photos[0]), "upload_ids": [fields.Command.clear()]})
        for scan in scans:
            scan._wfk_read_one()
        if len(scans) > 1:
            return {
                "type": "ir.actions.act_window",
                "name": self.env._("Cards to review"),
                "res_model": self._name,
                "view_mode": "list,form",
                "domain": [("id", "in", scans.ids)],
                "target": "current",
            }
        return self._wfk_reopen()

    def _wfk_photos(self):
        if self.upload_ids:
            return [attachment.raw for attachment in self.upload_ids]
        return [base64.b64decode(self.image)] if self.image else []

    def _wfk_read_one(self):
        try:
            reading = card_reader.read_card(base64.b64decode(self.image or b""))
        except card_reader.CardError as error:
            raise UserError(self._wfk_reader_message(error.code)) from error
        values = {name: reading.fields.get(name, False) for name in card_reader.PROPOSAL_FIELDS}
        values.update(
            state="read",
            ocr_text=reading.text,
            from_qr=", ".join(sorted(reading.from_qr)),
        )
        self.write(values)
        self._wfk_find_existing()

    def _wfk_reader_message(self, code):
        """Why a photo cannot be read, in the user's language."""
        _ = self.env._
        messages = {
            "empty": _("The upload is empty: choose a photo of a business card."),
            "not_image": _("The file is not an image: upload a photo (JPEG or PNG) of a business card."),
            "too_large": _("The photo is too large to be read (more than 178 megapixels)."),
            "qr_without_contact": _(
                "The QR code holds no contact (only a link or a text) and no name could be read on the card: "
                "type the contact in, or take the photo again."
            ),
            "no_name": _(
                "No name could be read on the photo: take it again, sharp, with the whole card in view "
                "and in good light."
            ),
        }
        return messages[code]

    def _wfk_find_existing(self):
        """The partners this card probably is (the user's duplicate detection: names, e-mail, phone)."""
        Partner = self.env["res.partner"]
        contact = {
            "email_normalized": (self.email or "").strip().lower(),
            "phone_sanitized": card_reader.e164(self.mobile or self.phone),
            "wfk_uscc": "",
        }
        person = Signals(0, False, 0, name_core(self.person_name or self.person_name_latin) or "", **contact)
        company = Signals(
            0,
            True,
            0,
            name_core(self.company_name or self.company_name_latin) or "",
            email_normalized="",
            phone_sanitized="",
            wfk_uscc="",
        )
        people, companies = Partner._wfk_find_duplicates([person, company])
        people = people.filtered(lambda partner: not partner.is_company)
        companies = companies.filtered("is_company")
        # a name alone (张伟 is the commonest name in China) is shown, not linked: the person is linked by
        # default only with the same e-mail or phone, or at the company on the card
        linked = people.filtered(
            lambda partner: (contact["email_normalized"] and partner.email_normalized == contact["email_normalized"])
            or (contact["phone_sanitized"] and partner.phone_sanitized == contact["phone_sanitized"])
            or (partner.parent_id and partner.parent_id in companies)
        )
        self.write(
            {
                "duplicate_partner_ids": [fields.Command.set((people | companies).ids)],
                "partner_id": linked[:1].id,
                "company_id": companies[:1].id or linked[:1].parent_id.id,
            }
        )

    def _wfk_reopen(self):
        return {
            "type": "ir.actions.act_window",
            "res_model": self._name,
            "res_id": self.id,
            "view_mode": "form",
            "target": "new",
            "name": self.env._("Scan card"),
        }

    # --- importing -----------------------------------------------------------------------------------

    def action_wfk_create(self):
        """Create or link the company and the person, attach the card, log the contact; return the person."""
        self._wfk_check_may_import()
        self.ensure_one()
        if self.state == "done":
            raise UserError(self.env._("This card was imported already."))
        if not (self.person_name or self.person_name_latin):
            raise UserError(self.env._("The card needs the person's name before it can be imported."))
        if not (self.company_id or self.company_name or self.company_name_latin):
            raise UserError(self.env._("The card needs a company before it can be imported."))
        with self.env.cr.savepoint():
            company = self._wfk_company()
            person = self._wfk_person(company)
            self._wfk_attach_card(person)
            log = self._wfk_log_contact(company, person)
            self.write({"state": "done", "partner_id": person.id, "company_id": company.id, "contact_log_id": log.id})
        return person

    def action_wfk_create_and_open(self):
        person = self.action_wfk_create()
        return {
            "type": "ir.actions.act_window",
            "res_model": "res.partner",
            "res_id": person.id,
            "view_mode": "form",
            "target": "current",
        }

    def _wfk_company(self):
        Partner = self.env["res.partner"]
        latin = self.company_name_latin or self.company_name
        chinese = self.company_name if self.company_name and self.company_name != latin else False
        values = {"website": self.website, "phone": self.phone, "street": self.street}
        if self.company_id:
            self.company_id.write({key: value for key, value in values.items() if value and not self.company_id[key]})
            return self.company_id
        return Partner.create(
            {"name": latin, "wfk_chinese_name": chinese, "is_company": True, **{k: v for k, v in values.items() if v}}
        )

    def _wfk_person(self, company):
        Partner = self.env["res.partner"]
        name = self.person_name_latin or self.person_name
        chinese = self.person_name if self.person_name and self.person_name != name else False
        comment = self.env._("WeChat: %(wechat)s", wechat=self.wechat) if self.wechat else False
        values = {"function": self.function, "email": self.email, "phone": self.mobile or self.phone}
        if self.partner_id:
            update = {key: value for key, value in values.items() if value and not self.partner_id[key]}
            if not self.partner_id.parent_id:
                update["parent_id"] = company.id
            self.partner_id.write(update)
            return self.partner_id
        return Partner.create(
            {
                "name": name,
                "wfk_chinese_name": chinese,
                "parent_id": company.id,
                "type": "contact",
                "comment": comment,
                **{key: value for key, value in values.items() if value},
            }
        )

    def _wfk_attach_card(self, person):
        self.env["ir.attachment"].create(
            {
                "name": self.image_filename or self.env._("Business card of %(name)s.jpg", name=person.name),
                "datas": self.image,
                "res_model": "res.partner",
                "res_id": person.id,
            }
        )

    def _wfk_log_contact(self, company, person):
        printed = " · ".join(filter(None, (self.person_name, self.person_name_latin, self.function)))
        return self.env["wfk.contact.log"].create(
            {
                "subject": self.env._("Business card: %(name)s", name=printed or person.name),
                "partner_id": company.id,
                "contact_person_id": person.id,
                "office_id": self.office_id.id,
                "lead_id": self.lead_id.id,
                "channel": self.channel,
                "date": self.date,
                "follow_up_date": self.follow_up_date,
                "summary": self.summary and plaintext2html(self.summary),
            }
        )
