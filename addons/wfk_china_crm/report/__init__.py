from . import wfk_cooperation_report
from . import wfk_funnel_report
