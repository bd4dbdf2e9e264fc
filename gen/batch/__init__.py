"""Batch generation: many bureaus from one Excel workbook (or a folder of data files).

- :mod:`gen.batch.workbook`       the workbook layout as data (sheets, Chinese headers, field paths),
  reading rows into the dicts :func:`gen.core.load.validate` accepts, and writing them back
- :mod:`gen.batch.init_workbook`  ``jixiao init``: an empty workbook with one example bureau
- :mod:`gen.batch.names`          safe, unique output file names from bureau names
- :mod:`gen.batch.run`            the process pool, the up-to-date check and the summary
- :mod:`gen.batch.similarity`     flags pairs of reports that read as copies of each other
- :mod:`gen.batch.synthetic`      deterministic synthetic bureaus for examples, tests and benchmarks
- :mod:`gen.batch.command`        the click commands ``init`` and ``batch``
"""
