"""Spans of a text that are not Chinese prose: web addresses and e-mail addresses.

Several rules leave these alone (half-width punctuation and English words
belong in them); the patterns live here so the rules agree on what they are.
Every repeat is bounded, so matching stays linear.
"""

URL = r"(?:https?|ftp)://[^\s，。；、“”（）]{1,300}|www\.[^\s，。；、“”（）]{1,300}"
EMAIL = r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,5}"
