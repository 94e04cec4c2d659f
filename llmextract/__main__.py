"""``python -m llmextract``: the command line, as the ``llmextract`` script runs it."""

from llmextract.cli.app import main

if __name__ == "__main__":
    main()
