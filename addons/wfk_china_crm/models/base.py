from odoo import api, models

from .wfk_value_sanitiser import is_dangling_link


class Base(models.AbstractModel):
    _inherit = "base"

    @api.model
    def _sql_error_to_message(self, exc):
        """A many2many of a WFK model linked to a record that does not exist, in words.

        Odoo's RPC layer asks the model whose table failed for the message; a many2many relation table
        has no model, so it asks ``base``, whose generic text speaks of a record being deleted. Only the
        relation tables of the models that inherit ``wfk.value.sanitiser`` are answered here.
        """
        if self._name == "base" and is_dangling_link(exc):
            for model_name in self.env["wfk.value.sanitiser"]._inherit_children:
                model = self.env[model_name]
                for field in model._fields.values():
                    if field.type == "many2many" and field.relation == exc.diag.table_name:
                        return model._wfk_dangling_link_message(field)
        return super()._sql_error_to_message(exc)
