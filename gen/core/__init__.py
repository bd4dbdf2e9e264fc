"""What both pipelines share: the report model and its loading, derived facts,
the number layer, the glossary, thresholds, errors and safe file output.

Nothing in here imports ``gen.generate``, ``gen.check`` or ``gen.batch``; both
pipelines stand on this package and meet only here.
"""
