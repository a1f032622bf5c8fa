from . import test_access_matrix
from . import test_card_scan
from . import test_card_scan_eval
from . import test_card_scan_tour
from . import test_hostile_input
