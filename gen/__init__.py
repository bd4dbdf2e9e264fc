"""jixiao (绩效): draft and check performance self-evaluation reports."""

__version__ = "0.1.0"
