from . import wfk_representation_office
from . import res_users
from . import res_partner
from . import crm_lead
