"""Links only to records the caller may read; a write never moves a record out of the caller's reach.

Odoo checks the caller's rights on the records a call creates or writes, not on the records it
links them to, and it checks record rules before a write, not after it. For WFK's office-scoped
models both matter: office staff of Yangzhou must not attach a contact log to a Foshan request
(and then read its name through the log), nor move their request into Foshan's office.
"""

from odoo import api, models


class WfkLinkedAccess(models.AbstractModel):
    """After Odoo's own checks, within the same transaction (a refusal rolls the call back whole):

    - ``_wfk_linked_fields``: many2one fields whose targets the caller must be able to read;
    - ``_wfk_reach_fields``: fields the model's record rules depend on; when a write changes one,
      the caller must still have write access to the records afterwards.

    Both are checked with Odoo's ``check_access``, so a refusal is Odoo's AccessError, which names
    no record the caller cannot read. Superuser calls (data files, crons) are not restricted.
    """

    _name = "wfk.linked.access"
    _description = "Links and moves within the caller's reach"

    _wfk_linked_fields = ()
    _wfk_reach_fields = ()

    @api.model_create_multi
    def create(self, vals_list):
        records = super().create(vals_list)
        records._wfk_check_linked_access({name for vals in vals_list for name in vals})
        return records

    def write(self, vals):
        result = super().write(vals)
        if not self.env.su:
            self._wfk_check_linked_access(vals)
            if any(name in vals for name in self._wfk_reach_fields):
                self.check_access("write")
        return result

    def _wfk_check_linked_access(self, field_names):
        """The caller may read every record that ``field_names`` of ``self`` now link to."""
        if self.env.su:
            return
        for name in self._wfk_linked_fields:
            if name in field_names:
                targets = self.mapped(name)
                if targets:
                    targets.check_access("read")
