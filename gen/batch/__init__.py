"""Batch generation: many bureaus from one Excel workbook (or a folder of data files).

- :mod:`gen.batch.layout`         the workbook layout as data (sheets, Chinese headers, field paths)
- :mod:`gen.batch.workbook`       reading a workbook into a temporary row store, one bureau at a time
- :mod:`gen.batch.cells`          converting cells and rows into the dicts :func:`gen.core.load.validate` accepts
- :mod:`gen.batch.workbook_write` writing a workbook back (``jixiao init``, examples, tests)
- :mod:`gen.batch.init_workbook`  ``jixiao init``: an empty workbook with one example bureau
- :mod:`gen.batch.names`          safe, unique output file names from bureau names
- :mod:`gen.batch.run`            the process pool and the order of a run (tasks, interruption, similarity)
- :mod:`gen.batch.options`        options, --shard/--format parsing, --jobs default, the environment fingerprint
- :mod:`gen.batch.worker`         one bureau in a worker process: build, write, self-check
- :mod:`gen.batch.rows`           summary rows kept on disk, not in memory
- :mod:`gen.batch.summary`        summary.json / summary.csv, and reading back the previous run's
- :mod:`gen.batch.outputs`        the output-folder lock, output hashes, leftover temporaries
- :mod:`gen.batch.sheet_reader`   streaming a worksheet's existing cells under guard
- :mod:`gen.batch.similarity`     flags pairs of reports that read as copies of each other
- :mod:`gen.batch.synthetic`      deterministic synthetic bureaus for examples, tests and benchmarks
- :mod:`gen.batch.command`        the click commands ``init`` and ``batch``
"""
