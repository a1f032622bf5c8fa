from . import test_card_scan
