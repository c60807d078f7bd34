"""khulasa (خلاصة, "the gist"): Arabic news articles in, one sourced digest per story out.

    import khulasa
    result = khulasa.digest("../shared/seeds")
    for story in result.stories:
        print(story.title)
        for excerpt in story.digest:
            print(excerpt.text, excerpt.article, excerpt.start, excerpt.end)
"""
from .api import digest
from .model import Article, Digest, Excerpt, Sentence, Skipped, Story
from .stories import StoryOptions
from .summarise import DigestOptions

__version__ = "0.1.0"

__all__ = [
    "digest",
    "Article",
    "Digest",
    "Excerpt",
    "Sentence",
    "Skipped",
    "Story",
    "StoryOptions",
    "DigestOptions",
    "__version__",
]
