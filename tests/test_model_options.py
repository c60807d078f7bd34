"""The option classes refuse settings outside their meaningful range when they are built, each
with a message naming the setting, the value and what is allowed; the defaults are accepted."""
import math
import re

import pytest

import khulasa
from khulasa import DigestOptions, StoryOptions


def test_defaults_and_edges_are_accepted():
    StoryOptions()
    DigestOptions()
    StoryOptions(threshold=0, candidate_floor=1, salient_terms=1, common_idf=0, same_days=0, decay_days=0.5)
    StoryOptions(threshold=1, same_days=7)
    DigestOptions(words=None, sentences=1)
    DigestOptions(words=1, alpha=1, redundancy=0, novelty=1, restates=0, cluster_similarity=1, max_words=1)
    DigestOptions(diversity=0, concepts=0, number_boost=0, prior=0, cost_scaling=0)


STORY = [
    ("threshold", -3, "StoryOptions.threshold must be a number from 0 to 1, not -3"),
    ("threshold", 1.5, "StoryOptions.threshold must be a number from 0 to 1, not 1.5"),
    ("threshold", math.nan, "StoryOptions.threshold must be a number from 0 to 1, not nan"),
    ("threshold", "0.2", "StoryOptions.threshold must be a number from 0 to 1, not '0.2'"),
    ("candidate_floor", 0, "StoryOptions.candidate_floor must be a number above 0 and at most 1, not 0"),
    ("candidate_floor", 2, "StoryOptions.candidate_floor must be a number above 0 and at most 1, not 2"),
    ("salient_terms", 0, "StoryOptions.salient_terms must be a whole number of at least 1, not 0"),
    ("salient_terms", 2.5, "StoryOptions.salient_terms must be a whole number of at least 1, not 2.5"),
    ("salient_terms", True, "StoryOptions.salient_terms must be a whole number of at least 1, not True"),
    ("common_idf", -1, "StoryOptions.common_idf must be a finite number of at least 0, not -1"),
    ("same_days", -2, "StoryOptions.same_days must be a finite number of at least 0, not -2"),
    ("same_days", math.inf, "StoryOptions.same_days must be a finite number of at least 0, not inf"),
    ("decay_days", 0, "StoryOptions.decay_days must be a finite number above 0, not 0"),
    ("decay_days", -3.0, "StoryOptions.decay_days must be a finite number above 0, not -3.0"),
]


@pytest.mark.parametrize("name, value, message", STORY, ids=[f"{n}={v!r}" for n, v, _ in STORY])
def test_story_options_refuse_nonsense(name, value, message):
    with pytest.raises(ValueError, match=f"^{re.escape(message)}$"):
        StoryOptions(**{name: value})


DIGEST = [
    ("words", 0, "the digest length in words must be a whole number of at least 1, not 0"),
    ("words", -5, "the digest length in words must be a whole number of at least 1, not -5"),
    ("words", 2.5, "the digest length in words must be a whole number of at least 1, not 2.5"),
    ("sentences", 0, "the digest length in sentences must be a whole number of at least 1, not 0"),
    ("sentences", False, "the digest length in sentences must be a whole number of at least 1, not False"),
    ("alpha", 0, "DigestOptions.alpha must be a number above 0 and at most 1, not 0"),
    ("alpha", 1.2, "DigestOptions.alpha must be a number above 0 and at most 1, not 1.2"),
    ("redundancy", 2, "DigestOptions.redundancy must be a number from 0 to 1, not 2"),
    ("novelty", -0.1, "DigestOptions.novelty must be a number from 0 to 1, not -0.1"),
    ("restates", 1.01, "DigestOptions.restates must be a number from 0 to 1, not 1.01"),
    ("cluster_similarity", math.nan, "DigestOptions.cluster_similarity must be a number from 0 to 1, not nan"),
    ("diversity", -1, "DigestOptions.diversity must be a finite number of at least 0, not -1"),
    ("concepts", math.inf, "DigestOptions.concepts must be a finite number of at least 0, not inf"),
    ("number_boost", -2.0, "DigestOptions.number_boost must be a finite number of at least 0, not -2.0"),
    ("prior", None, "DigestOptions.prior must be a finite number of at least 0, not None"),
    ("cost_scaling", -0.6, "DigestOptions.cost_scaling must be a finite number of at least 0, not -0.6"),
    ("max_words", 0, "DigestOptions.max_words must be a whole number of at least 1, not 0"),
]


@pytest.mark.parametrize("name, value, message", DIGEST, ids=[f"{n}={v!r}" for n, v, _ in DIGEST])
def test_digest_options_refuse_nonsense(name, value, message):
    with pytest.raises(ValueError, match=f"^{re.escape(message)}$"):
        DigestOptions(**{name: value})


def test_a_digest_needs_a_length():
    message = f"^{re.escape('the digest needs a length: words or sentences')}$"
    with pytest.raises(ValueError, match=message):
        DigestOptions(words=None)
    with pytest.raises(ValueError, match=message):
        DigestOptions(words=None, sentences=None)


def test_a_length_given_to_digest_is_checked_with_the_same_message():
    """``khulasa.digest(..., sentences=0)`` builds the options from its arguments: the message
    is the one the options give."""
    message = "the digest length in sentences must be a whole number of at least 1, not 0"
    with pytest.raises(ValueError, match=f"^{re.escape(message)}$"):
        khulasa.digest([khulasa.Article(id="x", text="قالت الأمم المتحدة إن قافلة دخلت دوما.")], sentences=0)
