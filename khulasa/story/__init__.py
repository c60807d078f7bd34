"""The per-story stage, once stories are known: anchors, digest, claims, timeline, title."""
