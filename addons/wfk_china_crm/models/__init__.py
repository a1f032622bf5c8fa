# wfk_input_guard first: the other models inherit it
from . import wfk_input_guard  # noqa: I001
from . import crm_lead, res_partner, res_users, wfk_contact_log, wfk_representation_office
