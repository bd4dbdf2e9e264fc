"""The checker: text in, findings out (see docs in README, "检查")."""
