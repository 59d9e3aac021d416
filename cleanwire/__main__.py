"""``python -m cleanwire``: the same as the ``cleanwire`` command."""

from .cli import console_main

if __name__ == "__main__":
    console_main()
