"""The web app (``jixiao serve``): the CLI's generate, check and batch for people without a command line."""
