"""The generate pipeline: corpus, rendering, document model, writers and the
self-check that runs the checker over what was written.

It may import ``gen.core`` and ``gen.check`` (for the self-check); the checker
never imports this package.
"""
