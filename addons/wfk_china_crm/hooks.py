# Copyright 2026 Wirtschaftsförderung Kaiserslautern
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""No personal data leaves the server by default.

``crm`` and ``contacts`` auto-install Odoo's IAP modules that send the agency's data to Odoo's
servers without a deliberate act of an administrator:

- ``crm_iap_enrich``: the *Enrich* button and a daily cron (active by default) send the e-mail
  domains of leads and write back company data;
- ``crm_iap_mine``: *Generate Leads* queries a lead broker and stores the people it returns;
- ``partner_autocomplete``: every company name typed in a partner form, and each new company, is
  sent to Odoo's autocomplete service.

Installing a WFK module uninstalls those of them that were installed in the same run (i.e. pulled
in as auto-install dependencies); a module an administrator installed before is left alone. The
opt-in is Odoo's own: *Settings → CRM → Lead Enrichment / Lead Mining* and *Settings → Partner
Autocomplete* install them again.
"""

import logging

_logger = logging.getLogger(__name__)

DATA_TRANSFER_MODULES = ("crm_iap_enrich", "crm_iap_mine", "partner_autocomplete")


def uninstall_data_transfer_modules(env):
    """Mark the IAP data-transfer modules installed in this loading run for removal.

    Odoo's module loader removes modules in state ``to remove`` at the end of the same run
    (``load_modules``, step 5), after every module of the run is installed.
    """
    installed_now = set(env.registry.updated_modules)
    modules = env["ir.module.module"].search(
        [("name", "in", DATA_TRANSFER_MODULES), ("state", "in", ("installed", "to upgrade"))]
    )
    modules = modules.filtered(lambda module: module.name in installed_now)
    if modules:
        _logger.info(
            "Uninstalling %s: they send contact data to Odoo's IAP servers; an administrator may "
            "install them from Settings or Apps",
            ", ".join(modules.mapped("name")),
        )
        modules.button_uninstall()
    pending = env["ir.module.module"].search([("name", "in", DATA_TRANSFER_MODULES), ("state", "=", "to install")])
    if pending:
        _logger.warning(
            "%s will be installed after this module and send contact data to Odoo's IAP servers; "
            "uninstall them from Apps unless you want that",
            ", ".join(pending.mapped("name")),
        )


def post_init_hook(env):
    uninstall_data_transfer_modules(env)
    compute_sentence_vectors(env)


def compute_sentence_vectors(env):
    """The sentence vectors of the profiles and requests already there, in batches (none without the model)."""
    for model in ("res.partner", "crm.lead"):
        done = env[model]._wfk_refresh_embeddings()
        if done:
            _logger.info("Matchmaking by meaning: %s sentence vectors computed for %s", len(done), model)
