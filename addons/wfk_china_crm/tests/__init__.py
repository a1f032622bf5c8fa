from . import test_contact_log
from . import test_cooperation_report
from . import test_follow_up_cron
from . import test_office_access
from . import test_performance
from . import test_pipeline_review
from . import test_representation_office
from . import test_security_groups
