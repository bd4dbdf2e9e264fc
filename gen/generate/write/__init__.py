"""Writers that turn a :class:`gen.generate.document.Document` into files a user opens.

One module per output format, so a caller that only needs Markdown does not
pay for importing python-docx:

- :mod:`gen.generate.write.markdown`      ``to_markdown(doc) -> str``
- :mod:`gen.generate.write.json_doc`      ``to_json(doc, facts) -> str`` (nested sections and a phrase manifest)
- :mod:`gen.generate.write.docx_gbt9704`  ``to_docx_bytes(doc) -> bytes`` in GB/T 9704 公文 layout
  (plus ``to_docx_bytes_objectapi``, the slower python-docx reference used as a baseline)

The 公文 layout itself (page, margins, fonts, sizes, line pitch) lives in
:mod:`gen.generate.write.gbt9704_layout` so both .docx paths and the tests read one spec.
"""
