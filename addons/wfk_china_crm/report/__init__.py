from . import wfk_cooperation_report
