"""The Arabic text layer: normalisation, segmentation, tokens, stems, numbers and dates.

Nothing here knows about news; language data lives in ``data/`` beside the code.
"""
