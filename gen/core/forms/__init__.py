"""The 自评表 (self-evaluation forms): scoring the data's forms, reading filled forms.

Shared by both pipelines: ``generate`` reads a filled form as data and checks
or computes the score; ``check`` reads a submitted form's grid and recomputes
its cells. Layout knowledge (labels, columns) lives in :mod:`.layout`.
"""
