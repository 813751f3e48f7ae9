"""The drafts the benchmark runs every tool on.

Three sources, all read at run time (nothing from ../shared/data is copied
into the repository):

1. The labelled corpus: ``corpus/{dev,test}/*.toml``, ``[[case]]`` tables
   with ``draft`` and optional ``original``. Missing or unreadable files are
   skipped, so the benchmark runs before the corpus is complete.
2. Real agent replies with the customer message they answer, one pair per
   draft, from TWCS (``twcs-sample/twcs_pairs.csv``: Twitter customer support,
   2017). These are tweet-length.
3. Email-length drafts built from the same pairs: consecutive replies of one
   company (in file order) are joined, one paragraph each, until the draft has
   150–250 words; the customer messages they answer (deduplicated, in order)
   are the ``original``. Leading @handles are dropped, and a short greeting
   and sign-off are added so the draft reads like an email. Leftover replies
   that do not reach 150 words are not used for this set.

``scaling_texts`` makes 10 KB, 100 KB and 1 MB drafts from the email-length
drafts: their paragraphs are repeated, shuffled per round and with numbers
changed, so no two rounds are identical; the smaller texts are prefixes of the
larger one (cut at a paragraph break), so all three sizes read alike.
"""

from __future__ import annotations

import csv
import json
import random
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data"
TWCS_PAIRS = Path("twcs-sample") / "twcs_pairs.csv"

EMAIL_MIN_WORDS = 150
EMAIL_MAX_WORDS = 250
SCALING_SIZES = {"10 KB": 10_000, "100 KB": 100_000, "1 MB": 1_000_000}

_HANDLES = re.compile(r"^(?:@\w+[\s,:]*)+")
_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True)
class Draft:
    """One reply to check, with the customer's message when the data has it."""

    id: str
    kind: str  # "corpus", "tweet" or "email"
    draft: str
    original: str | None = None

    @property
    def words(self) -> int:
        """Words in the draft (the agent's text; the original is not counted)."""
        return word_count(self.draft)


def word_count(text: str) -> int:
    return len(text.split())


# --------------------------------------------------------------------------- sources


def load_corpus(root: Path = ROOT) -> list[Draft]:
    """Every corpus case that has a ``draft``; absent or broken files are skipped."""
    drafts: list[Draft] = []
    for split in ("dev", "test"):
        for path in sorted((root / "corpus" / split).glob("*.toml")):
            try:
                data = tomllib.loads(path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
                print(f"drafts: skipping {path.relative_to(root)}: {exc}", file=sys.stderr)
                continue
            for index, case in enumerate(data.get("case", [])):
                draft = case.get("draft") if isinstance(case, dict) else None
                if not isinstance(draft, str) or not draft.strip():
                    continue
                original = case.get("original")
                case_id = str(case.get("id") or f"{path.stem}-{split}-{index}")
                drafts.append(
                    Draft(case_id, "corpus", draft, original if isinstance(original, str) else None)
                )
    return drafts


@dataclass(frozen=True)
class Pair:
    company: str
    customer: str
    agent: str
    agent_id: str


def strip_handles(text: str) -> str:
    """Drop the leading @mentions a tweet reply starts with."""
    return _HANDLES.sub("", text.strip()).strip()


def load_twcs_pairs(data: Path = DEFAULT_DATA) -> list[Pair]:
    """The TWCS customer->agent pairs in file order; [] when the file is missing."""
    path = data / TWCS_PAIRS
    if not path.is_file():
        print(f"drafts: {path} not found; no real replies in the draft set", file=sys.stderr)
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            Pair(row["company"], row["customer_text"], row["agent_text"], row["agent_tweet_id"])
            for row in csv.DictReader(handle)
            if row.get("agent_text", "").strip()
        ]


def tweet_drafts(pairs: Iterable[Pair]) -> list[Draft]:
    """One draft per real reply, with the customer's tweet as the original."""
    return [Draft(f"twcs-{p.agent_id}", "tweet", p.agent, p.customer or None) for p in pairs]


def email_drafts(pairs: Sequence[Pair]) -> list[Draft]:
    """Consecutive replies of one company joined into 150–250-word email drafts."""
    by_company: dict[str, list[Pair]] = {}
    for pair in pairs:
        by_company.setdefault(pair.company, []).append(pair)
    drafts: list[Draft] = []
    for company, company_pairs in by_company.items():
        for group in _groups(company_pairs):
            drafts.append(_email(company, group))
    return drafts


def _email_words(paragraphs: list[str], company: str) -> int:
    return word_count(_email_body(paragraphs, company))


def _email_body(paragraphs: list[str], company: str) -> str:
    return "Hi there,\n\n" + "\n\n".join(paragraphs) + f"\n\nBest regards,\nThe {company} team"


def _groups(pairs: list[Pair]) -> Iterator[list[Pair]]:
    group: list[Pair] = []
    for pair in pairs:
        if not strip_handles(pair.agent):
            continue
        candidate = [*group, pair]
        words = _email_words([strip_handles(p.agent) for p in candidate], pair.company)
        if words > EMAIL_MAX_WORDS:
            group = [pair]  # this reply would overshoot: start again from it
            continue
        group = candidate
        if words >= EMAIL_MIN_WORDS:
            yield group
            group = []


def _email(company: str, group: list[Pair]) -> Draft:
    paragraphs = [strip_handles(p.agent) for p in group]
    customers: list[str] = []
    for pair in group:
        text = strip_handles(pair.customer)
        if text and text not in customers:
            customers.append(text)
    return Draft(
        f"email-{group[0].agent_id}-{len(group)}",
        "email",
        _email_body(paragraphs, company),
        "\n\n".join(customers) or None,
    )


# --------------------------------------------------------------------------- sets


def build_drafts(data: Path = DEFAULT_DATA, root: Path = ROOT) -> list[Draft]:
    """Corpus, then email-length drafts, then single real replies."""
    pairs = load_twcs_pairs(data)
    return [*load_corpus(root), *email_drafts(pairs), *tweet_drafts(pairs)]


def typical(drafts: Iterable[Draft]) -> list[Draft]:
    """Typical replies for latency: 150–250 words, with the customer's message."""
    return [d for d in drafts if d.original and EMAIL_MIN_WORDS <= d.words <= EMAIL_MAX_WORDS]


def sample(drafts: Sequence[Draft], limit: int) -> list[Draft]:
    """At most ``limit`` drafts, spread over every kind in proportion (deterministic)."""
    if len(drafts) <= limit:
        return list(drafts)
    step = len(drafts) / limit
    return [drafts[int(i * step)] for i in range(limit)]


def scaling_texts(drafts: Sequence[Draft], seed: int = 20171031) -> dict[str, str]:
    """10 KB, 100 KB and 1 MB drafts of varied, realistic paragraphs (sizes in UTF-8 bytes)."""
    paragraphs = [
        para.strip()
        for d in drafts
        if d.kind in ("email", "corpus")
        for para in d.draft.split("\n\n")
        if word_count(para) >= 8
    ]
    if not paragraphs:
        paragraphs = [
            "Thanks for your patience while we looked into order 4821. The parcel left our "
            "warehouse on Tuesday and should reach you by Friday; we will email the tracking "
            "link as soon as the courier scans it."
        ]
    rng = random.Random(seed)
    largest = max(SCALING_SIZES.values())
    out: list[str] = []
    size = 0
    round_no = 0
    while size < largest:
        order = paragraphs[:]
        rng.shuffle(order)
        for para in order:
            if round_no:
                para = _vary(para, rng)
            out.append(para)
            size += len(para.encode("utf-8")) + 2
            if size >= largest:
                break
        round_no += 1
    return {name: _prefix(out, limit) for name, limit in SCALING_SIZES.items()}


def _vary(paragraph: str, rng: random.Random) -> str:
    """Same kind of text, not the same text: shuffle sentences, change numbers."""
    sentences = re.split(r"(?<=[.!?])\s+", paragraph)
    if len(sentences) > 2:
        head, *rest = sentences
        rng.shuffle(rest)
        sentences = [head, *rest]
    text = " ".join(sentences)

    def renumber(match: re.Match[str]) -> str:
        digits = len(match.group())
        return str(rng.randrange(10 ** (digits - 1), 10**digits))

    return _DIGITS.sub(renumber, text)


def _prefix(paragraphs: list[str], limit: int) -> str:
    """Leading paragraphs joined by blank lines, at most ``limit`` UTF-8 bytes."""
    kept: list[str] = []
    size = 0
    for para in paragraphs:
        extra = len(para.encode("utf-8")) + (2 if kept else 0)
        if size + extra > limit:
            break
        kept.append(para)
        size += extra
    return "\n\n".join(kept)


def write_jsonl(drafts: Iterable[Draft], path: Path) -> None:
    """One JSON object per draft, what the workers read."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        for draft in drafts:
            handle.write(json.dumps(asdict(draft), ensure_ascii=False) + "\n")


if __name__ == "__main__":  # a quick look at the set
    everything = build_drafts()
    kinds: dict[str, list[Draft]] = {}
    for d in everything:
        kinds.setdefault(d.kind, []).append(d)
    for kind, items in kinds.items():
        with_original = sum(d.original is not None for d in items)
        words = sum(d.words for d in items)
        print(f"{kind:7} {len(items):5} drafts  {words:7} words  {with_original:5} with original")
    print(f"typical (150–250 words with original): {len(typical(everything))}")
    for name, text in scaling_texts(everything).items():
        print(f"{name:7} {len(text.encode('utf-8')):8} bytes {word_count(text):7} words")


def slice_items(
    argv: list[str],
) -> tuple[list[str], list[tuple[str, str | None]], list[tuple[str, str | None]]]:
    """The warm-up and the counted slice of ``warm_slice.py`` and ``stage_split.py``.

    Without ``--kind`` they are drafts 0-49 and 50-349 of every draft (all
    corpus replies, as the list starts with the corpus); with ``--kind KIND``
    (``corpus``, ``email`` or ``tweet``) the first 50 and the next (at most)
    300 drafts of that kind only. Returns ``argv`` without the option."""
    rest = list(argv)
    kind = ""
    if "--kind" in rest:
        at = rest.index("--kind")
        kind = rest[at + 1]
        del rest[at : at + 2]
    chosen = [d for d in build_drafts() if not kind or d.kind == kind]
    if not chosen:
        raise SystemExit(f"no drafts of kind {kind!r}; one of corpus, email, tweet")
    items = [(d.draft, d.original) for d in chosen]
    return rest, items[:50], items[50:350]
