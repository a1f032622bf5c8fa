from odoo import api, fields, models
from odoo.tools import SQL

from . import embeddings

MEANING_PARAM = "wfk_china_crm.match_by_meaning"
REFRESH_BATCH = 256  # records encoded and written per step of the cron (and committed)


class WfkEmbeddingMixin(models.AbstractModel):
    """A sentence vector per record, for matchmaking by meaning (profiles and requests).

    A change of the fields the text is made of (``_wfk_embedding_depends``) only marks the record
    stale: saving a form never waits for the model. The vectors are computed in batches, never one
    model call per record: by the cron every few minutes, at install for the records already there,
    and before ranking for what is still stale. Stored as 512 float16 (1 KB); ``wfk_embedding_date``
    tells the in-memory index of each worker which vectors changed.
    """

    _name = "wfk.embedding.mixin"
    _description = "Sentence vector for matchmaking by meaning"

    wfk_embedding = fields.Binary(
        string="Sentence vector",
        attachment=False,
        prefetch=False,
        copy=False,
        readonly=True,
        groups="base.group_system",
    )
    wfk_embedding_date = fields.Datetime(
        string="Sentence vector computed on",
        copy=False,
        readonly=True,
        # only records that have a vector: a plain contact or lead adds no index entry
        index="btree_not_null",
        groups="base.group_system",
        prefetch="wfk_embedding",
    )
    wfk_embedding_stale = fields.Boolean(
        string="Sentence vector to compute",
        compute="_compute_wfk_embedding_stale",
        store=True,
        copy=False,
        groups="base.group_system",
        prefetch="wfk_embedding",
    )
    # the cron and the ranking look for stale records only: a partial index holds just them
    _wfk_embedding_stale_idx = models.Index("(id) WHERE wfk_embedding_stale")

    def _wfk_embedding_depends(self):
        """The fields the text of a record is made of."""
        return []

    def _wfk_embedding_texts(self):
        """{record id: text to embed}; a record without text (not a profile, no request) has no vector."""
        return {}

    def _wfk_has_embedding_text(self):
        """Whether the record has a text to embed: decided on plain fields, without building the text."""
        self.ensure_one()
        return False

    @api.depends(lambda self: self._wfk_embedding_depends())
    def _compute_wfk_embedding_stale(self):
        for record in self:
            # no text and no vector yet: nothing to compute (a plain partner or lead costs nothing more)
            record.wfk_embedding_stale = record._wfk_has_embedding_text() or bool(record.wfk_embedding_date)

    # --- Computing the vectors ---------------------------------------------------------------------

    @api.model
    def _wfk_meaning_switched_on(self):
        """The setting *Match by meaning* (on unless switched off)."""
        return self.env["ir.config_parameter"].sudo().get_param(MEANING_PARAM, "True") not in ("False", "0", "")

    @api.model
    def _wfk_meaning_enabled(self):
        """Matching by meaning is on (setting, default on) and the model is installed."""
        return self._wfk_meaning_switched_on() and embeddings.get_encoder() is not None

    @api.model
    def _wfk_refresh_embeddings(self, ids=None, limit=None):
        """Compute the vectors of the stale records (all of them, or those of ``ids``); returns their ids.

        Technical columns written with one UPDATE per batch: no write date, no tracking, no access
        rule is involved (the vector is never shown; ranking checks access on what it returns).
        """
        if embeddings.get_encoder() is None:
            return []
        self.flush_model()
        where = SQL("wfk_embedding_stale")
        if ids is not None:
            where = SQL("%s AND id = ANY(%s)", where, list(ids))
        self.env.cr.execute(
            SQL("SELECT id FROM %s WHERE %s ORDER BY id LIMIT %s", SQL.identifier(self._table), where, limit)
        )
        stale_ids = [row[0] for row in self.env.cr.fetchall()]
        for start in range(0, len(stale_ids), REFRESH_BATCH):
            self._wfk_write_embeddings(stale_ids[start : start + REFRESH_BATCH])
        return stale_ids

    @api.model
    def _wfk_write_embeddings(self, ids):
        records = self.browse(ids).sudo().with_context(lang="en_US", active_test=False)
        texts = records._wfk_embedding_texts()
        with_text = [record_id for record_id in ids if texts.get(record_id)]
        vectors = embeddings.encode([texts[record_id] for record_id in with_text])
        data = dict(zip(with_text, (embeddings.to_bytes(v) for v in vectors), strict=True)) if with_text else {}
        self.env.cr.execute(
            SQL(
                """
                UPDATE %(table)s AS t
                   SET wfk_embedding = v.vector, wfk_embedding_date = clock_timestamp(), wfk_embedding_stale = FALSE
                  FROM unnest(%(ids)s::int[], %(vectors)s::bytea[]) AS v(id, vector)
                 WHERE t.id = v.id
                """,
                table=SQL.identifier(self._table),
                ids=list(ids),
                vectors=[data.get(record_id) for record_id in ids],
            )
        )
        records.invalidate_recordset(["wfk_embedding", "wfk_embedding_date", "wfk_embedding_stale"])

    @api.model
    def _cron_wfk_refresh_embeddings(self):
        """Compute what is stale, one committed batch at a time."""
        if not self._wfk_meaning_enabled():
            return
        while True:
            done = self._wfk_refresh_embeddings(limit=REFRESH_BATCH)
            if not done:
                return
            if not self.env["ir.cron"]._commit_progress(len(done)):
                return

    def _wfk_embedding_vectors(self):
        """{record id: stored vector (numpy)} of ``self``, computed first where stale."""
        self._wfk_refresh_embeddings(ids=self.ids)
        self.env.cr.execute(
            SQL(
                "SELECT id, wfk_embedding FROM %s WHERE id = ANY(%s) AND wfk_embedding IS NOT NULL",
                SQL.identifier(self._table),
                self.ids,
            )
        )
        return {record_id: embeddings.from_bytes(data) for record_id, data in self.env.cr.fetchall()}

    @api.model
    def _wfk_vector_index(self, refresh_limit=500):
        """This worker's index of the model's vectors, up to date.

        At most ``refresh_limit`` stale records are computed first (the cron does the rest). The first
        use in a worker reads every vector; later ones read the dates changed since the last look and
        the vectors of the records whose date the index has not seen.
        """
        self._wfk_refresh_embeddings(limit=refresh_limit)
        index = embeddings.VectorIndex.of(self.env.cr.dbname, self._table)
        table = SQL.identifier(self._table)
        cr = self.env.cr
        if index.synced_until is None:
            cr.execute(
                SQL("SELECT id, wfk_embedding_date, wfk_embedding FROM %s WHERE wfk_embedding IS NOT NULL", table)
            )
            rows = cr.fetchall()
        else:
            cr.execute(
                SQL("SELECT id, wfk_embedding_date FROM %s WHERE wfk_embedding_date > %s", table, index.synced_until)
            )
            changed = index.changed(cr.fetchall())
            rows = []
            if changed:
                cr.execute(
                    SQL("SELECT id, wfk_embedding_date, wfk_embedding FROM %s WHERE id = ANY(%s)", table, changed)
                )
                rows = cr.fetchall()
        cr.execute(SQL("SELECT now() - make_interval(secs => %s)", embeddings.SYNC_OVERLAP_SECONDS))
        index.apply(rows, cr.fetchone()[0])
        return index
