# isort: skip_file
# the abstract SQL-view analysis first: the reports inherit from it
from . import wfk_sql_report
from . import wfk_cooperation_report
from . import wfk_funnel_report
