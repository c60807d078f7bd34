"""The per-article stage: an article read into sentences (with their dates), figures, search
terms and a fingerprint. Each article on its own: nothing here knows about stories."""
