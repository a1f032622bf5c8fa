from . import event_booth
from . import event_booth_category
from . import event_event
from . import event_lead_rule
from . import event_registration
from . import res_partner
from . import wfk_isa_membership
from . import wfk_isa_membership_status
