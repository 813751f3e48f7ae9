"""The ``--vectors`` study of scripts/train_tone_model.py: a sentence's vector
is the (SIF-weighted) mean of its known words' vectors, at a fixed length."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"


def _load() -> ModuleType:
    sys.path.insert(0, str(SCRIPTS))
    spec = importlib.util.spec_from_file_location(
        "replycheck_train_tone", SCRIPTS / "train_tone_model.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


T = _load()


@pytest.fixture
def vectors_file(tmp_path: Path) -> Path:
    """Three words in the distiller's format: "rude" and "curt" close, "the" common."""
    path = tmp_path / "v.npz"
    words = ["curt", "rude", "the"]
    np.savez(
        path,
        words=np.frombuffer("\n".join(words).encode("utf-8"), dtype=np.uint8),
        hashes=np.zeros(3, dtype=np.uint64),
        vectors=np.asarray([[1.0, 0.2, 0.0], [0.8, 0.0, 0.0], [0.0, 0.0, 1.0]], dtype=np.float16),
        zipf=np.asarray([3.0, 4.0, 7.7], dtype=np.float16),
    )
    return path


def test_sentence_vector_is_the_mean_of_known_words_at_unit_length(vectors_file: Path) -> None:
    vectors = T.Vectors(vectors_file, dims=3, sif=0.0, scale=1.0, where="gate")
    got = vectors.sentence(("so", "rude", "and", "curt", "rude"))
    want = np.asarray([1.8, 0.2, 0.0])  # each distinct known word once
    assert np.allclose(got, want / np.linalg.norm(want), atol=1e-3)
    assert np.allclose(vectors.sentence(("no", "known", "words")), 0.0)


def test_sif_weighting_quietens_common_words(vectors_file: Path) -> None:
    plain = T.Vectors(vectors_file, dims=3, sif=0.0, scale=1.0, where="gate")
    sif = T.Vectors(vectors_file, dims=3, sif=1e-3, scale=1.0, where="gate")
    words = ("the", "rude")
    assert plain.sentence(words)[2] > 0.7  # "the" counts as much as "rude"
    assert sif.sentence(words)[2] < 0.1  # "the" (Zipf 7.7) weighs almost nothing
    assert np.linalg.norm(sif.sentence(words)) == pytest.approx(1.0)


def test_dims_keeps_the_leading_columns_and_scale_sets_the_length(vectors_file: Path) -> None:
    vectors = T.Vectors(vectors_file, dims=2, sif=0.0, scale=2.0, where="gate")
    got = vectors.sentence(("curt",))
    assert got.shape == (2,)
    assert np.linalg.norm(got) == pytest.approx(2.0, abs=1e-3)


def test_polite_none_fits_on_the_even_polite_requests_a_rule_leaves_alone() -> None:
    def row(file: str, n: int, by_rules: bool = False) -> T.Row:
        return T.Row(file, f"{file}-{n}", ("could", "you", "check"), "none", by_rules, True)

    polite = [
        row("wikipedia polite", 0),
        row("wikipedia polite", 1),  # odd: kept for counting
        row("wikipedia polite", 2, by_rules=True),  # a rule flags it: not fitted on
        row("wikipedia impolite", 4),
        row("stack-exchange polite", 10),  # a community not asked for
    ]
    got = T.polite_none_rows(polite, ["wikipedia"])
    assert [(r.file, r.case, r.label, r.by_rules) for r in got] == [
        ("polite-train", "wikipedia polite-0", "none", False)
    ]
    assert [T.request_number(r) for r in polite] == [0, 1, 2, 4, 10]
