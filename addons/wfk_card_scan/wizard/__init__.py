from . import wfk_card_scan
