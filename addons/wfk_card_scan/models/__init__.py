# card_reader.py is pure code (no Odoo model): the wizard imports it
