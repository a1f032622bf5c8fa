# Copyright 2026 Wirtschaftsförderung Kaiserslautern
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.addons.wfk_china_crm.hooks import uninstall_data_transfer_modules


def post_init_hook(env):
    """Same guard as wfk_china_crm's: this module loads later, after every IAP module of the run."""
    uninstall_data_transfer_modules(env)
