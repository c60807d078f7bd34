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
from khulasa.grouping.stories import StoryOptions
from khulasa.model import Article, Digest, Excerpt, Sentence, Skipped, Story
from khulasa.pipeline.files import digest
from khulasa.pipeline.ingest import ingest
from khulasa.pipeline.stored import digest_stored, stories
from khulasa.story.digest import DigestOptions
from khulasa.version import __version__

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
