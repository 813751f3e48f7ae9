"""RC201's learned second opinion: a small model of whether an ask the routes
leave unanswered really is unanswered.

The routes (``answered``) decide one way at a time; a draft that answers in
other words can slip past each of them by a little. ``features.ask_features``
turns what they measured about such an ask into numbers, and boosted trees
fitted on the dev corpus (``scripts/fit_answered.py --write``) give
P(unanswered) from them. RC201 drops a finding the model puts below the
rule's ``second_opinion_below`` (docs/quality.md, "A learned second opinion
for RC201"). It only ever removes findings: an ask the routes call answered
is never read.

The model is data, a JSON file next to the ruleset: the feature names in
order (a model fitted on other features is refused), an initial score, a
learning rate and, per tree, per node, the split feature (-1 at a leaf), its
threshold (a row goes left when its value is at most the threshold), the two
children and the leaf value. P = sigmoid(init + rate * sum of the leaves
reached): a hundred depth-2 trees are a few hundred comparisons, so this is
plain Python, with no scikit-learn or numpy. The file is read once per
process, when the first unanswered ask needs it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from replycheck.errors import RulesetError
from replycheck.modelfile import read_model_file
from replycheck.thread.features import FEATURE_NAMES

#: The version of the model file this module reads.
FORMAT = 1

#: One tree as parallel node lists: split feature (-1 at a leaf), threshold,
#: left child, right child, leaf value.
Tree = tuple[
    tuple[int, ...], tuple[float, ...], tuple[int, ...], tuple[int, ...], tuple[float, ...]
]


@dataclass(frozen=True)
class AnsweredModel:
    """Boosted trees over ``FEATURE_NAMES``, as ``scripts/fit_answered.py``
    exports them."""

    names: tuple[str, ...]  # the feature names, in the order the trees index them
    init: float  # the initial score (log-odds)
    rate: float  # the learning rate each tree's leaves are scaled by
    trees: tuple[Tree, ...]
    #: per tree, per node: (feature, threshold, left, right, value), as
    #: ``probability`` walks them
    _nodes: tuple[tuple[tuple[int, float, int, int, float], ...], ...] = field(
        init=False, repr=False, compare=False
    )
    #: every tree as one row (see ``_shallow``) when none is deeper than two
    #: splits, as ``scripts/fit_answered.py`` fits them; None: walk ``_nodes``
    _rows: tuple[_Row, ...] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        nodes = tuple(tuple(zip(*tree, strict=True)) for tree in self.trees)
        object.__setattr__(self, "_nodes", nodes)
        rows = [_shallow(tree) for tree in nodes]
        shallow = tuple(row for row in rows if row is not None)
        object.__setattr__(self, "_rows", shallow if len(shallow) == len(rows) else None)

    @classmethod
    def from_dict(cls, data: dict[str, Any], source: str) -> AnsweredModel:
        """Build from the exported JSON; a malformed file, or one fitted on
        other features than ``ask_features`` gives, names itself."""
        try:
            if data.get("format") != FORMAT:
                raise ValueError(f"format {data.get('format')!r}, expected {FORMAT}")
            names = tuple(str(n) for n in data["features"])
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise RulesetError(f"{source}: not an answered-question model ({exc})") from None
        if names != FEATURE_NAMES:
            pairs = zip(names, FEATURE_NAMES, strict=False)
            differ = next(
                (f"{a!r} where ask_features has {b!r}" for a, b in pairs if a != b),
                f"{len(names)} features where ask_features has {len(FEATURE_NAMES)}",
            )
            raise RulesetError(
                f"{source}: the model was fitted on other features than ask_features gives "
                f"({differ}); refit it with scripts/fit_answered.py --write"
            )
        try:
            init, rate = float(data["init"]), float(data["learning_rate"])
            trees = tuple(_tree(t, len(names)) for t in data["trees"])
            if not trees:
                raise ValueError("no trees")
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
            raise RulesetError(f"{source}: not an answered-question model ({exc})") from None
        return cls(names, init, rate, trees)

    def probability(self, features: Sequence[float]) -> float:
        """P(unanswered) for one ask's ``ask_features``."""
        total = 0.0
        rows = self._rows
        if rows is not None:
            # the same leaves as the walk below, added in the same order (so
            # the same sum), with no node tuple unpacked per level
            for feature, threshold, lf, lt, lv, lw, rf, rt, rv, rw in rows:
                if features[feature] <= threshold:
                    total += lv if lf < 0 or features[lf] <= lt else lw
                else:
                    total += rv if rf < 0 or features[rf] <= rt else rw
        else:
            for nodes in self._nodes:
                feature, threshold, left, right, value = nodes[0]
                while feature >= 0:
                    at = left if features[feature] <= threshold else right
                    feature, threshold, left, right, value = nodes[at]
                total += value
        z = self.init + self.rate * total
        if z < -700:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))


#: A tree of at most two splits as one row: the root's split (feature,
#: threshold), then for each side the split under it and its two leaf values
#: (feature -1 and the one leaf value twice when that side is a leaf).
_Row = tuple[int, float, int, float, float, float, int, float, float, float]


def _shallow(nodes: tuple[tuple[int, float, int, int, float], ...]) -> _Row | None:
    """A tree as a ``_Row``, or None when it is deeper than two splits (or
    its root is a leaf)."""
    feature, threshold, left, right, _ = nodes[0]
    if feature < 0:
        return None
    sides: list[tuple[int, float, float, float]] = []
    for child in (left, right):
        f, t, lo, hi, value = nodes[child]
        if f < 0:
            sides.append((-1, 0.0, value, value))
            continue
        if nodes[lo][0] >= 0 or nodes[hi][0] >= 0:
            return None
        sides.append((f, t, nodes[lo][4], nodes[hi][4]))
    return (feature, threshold, *sides[0], *sides[1])


def _tree(data: dict[str, Any], width: int) -> Tree:
    """One tree's node lists, checked: every split names a known feature and
    two children within the tree, and every path ends at a leaf."""
    feature = tuple(int(f) for f in data["feature"])
    threshold = tuple(float(t) for t in data["threshold"])
    left = tuple(int(n) for n in data["left"])
    right = tuple(int(n) for n in data["right"])
    value = tuple(float(v) for v in data["value"])
    size = len(feature)
    if not size or not len(threshold) == len(left) == len(right) == len(value) == size:
        raise ValueError("a tree's node lists differ in length")
    for node in range(size):
        if feature[node] < 0:
            continue
        if feature[node] >= width:
            raise ValueError(f"a split on feature {feature[node]} of {width}")
        if not node < left[node] < size or not node < right[node] < size:
            raise ValueError("a split's children lie outside its tree")
    return feature, threshold, left, right, value


@lru_cache(maxsize=4)
def load_model(path: str) -> AnsweredModel:
    """The model in the JSON file at ``path``, read once per process."""
    return AnsweredModel.from_dict(read_model_file(path, "answered-question model"), path)
