# the mixins first: the other models inherit them
from . import wfk_value_sanitiser  # noqa: I001
from . import wfk_linked_access
from . import wfk_contact_log_mixin
from . import wfk_embedding_mixin
from . import base
from . import calendar_event
from . import crm_lead
from . import crm_stage
from . import crm_team
from . import digest_digest
from . import ir_actions_report
from . import res_config_settings
from . import res_groups
from . import res_partner
from . import res_users
from . import wfk_contact_log
from . import wfk_delegation
from . import wfk_delegation_outcome
from . import wfk_delegation_participant
from . import wfk_delegation_stop
from . import wfk_looking_for
from . import wfk_match
from . import wfk_representation_office
