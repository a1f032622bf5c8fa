from . import (
    event_booth,
    event_booth_category,
    event_event,
    event_lead_rule,
    event_registration,
    res_partner,
    wfk_isa_membership,
    wfk_isa_membership_status,
)
