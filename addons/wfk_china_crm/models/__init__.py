from . import crm_lead, res_partner, res_users, wfk_contact_log, wfk_representation_office
from . import res_config_settings
