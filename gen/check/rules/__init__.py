"""Checker rules: one module per rule (see gen/check/registry.py)."""
