from . import (
    test_access_matrix,
    test_contact_log,
    test_hostile_input,
    test_office_access,
    test_performance,
    test_representation_office,
    test_security_groups,
)
