from . import (
    test_demo_data,
    test_event_booth,
    test_event_event,
    test_event_lead_rule,
    test_install,
    test_membership_access,
    test_membership_import,
    test_membership_network,
    test_membership_one_open,
    test_membership_status_history,
    test_performance,
    test_ui_tour,
)
