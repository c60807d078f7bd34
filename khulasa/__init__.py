"""khulasa (خلاصة, "the gist"): Arabic news articles in, one sourced digest per story out.

    import khulasa
    result = khulasa.digest("../shared/seeds")
    for story in result.stories:
        print(story.title)
        for excerpt in story.digest:
            print(excerpt.text, excerpt.article, excerpt.start, excerpt.end)

    # a corpus store, fed as articles arrive
    khulasa.ingest("articles.jsonl", "news.db")
    for s in khulasa.stories("news.db", since="2018-03-01", query="الغوطة"):
        print(s["id"], s["title"], len(s["articles"]))
    result = khulasa.digest_stored("news.db", [12])
"""
from .api import digest, digest_stored, stories
from .intake import ingest
from .model import Article, Digest, Excerpt, Sentence, Skipped, Story
from .grouping import StoryOptions
from .summarise import DigestOptions

from .version import __version__

__all__ = [
    "digest",
    "ingest",
    "stories",
    "digest_stored",
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
