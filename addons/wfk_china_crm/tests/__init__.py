from . import (
    test_contact_log,
    test_office_access,
    test_performance,
    test_performance_locks,
    test_representation_office,
    test_security_groups,
)
