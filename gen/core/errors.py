"""User-facing errors: a Chinese message, exit code 2, never a traceback."""

from __future__ import annotations


class UserError(Exception):
    """Bad input or usage. ``messages`` are complete Chinese sentences with locations."""

    exit_code = 2

    def __init__(self, messages: str | list[str]):
        self.messages = [messages] if isinstance(messages, str) else list(messages)
        super().__init__("\n".join(self.messages))
