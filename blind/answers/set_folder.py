"""Which blind answers set the scripts here build: the folder a script is given, else this one.

    python blind/answers/make_gold.py [SET] [--show]
    python blind/answers/make_answers.py [SET]

A later set (``blind/answers2``) keeps only its articles and ``spec.py`` and is built by these same
scripts, so every set's gold and answers come from one generator. The set's folder goes first on
the import path, so ``import spec`` reads that set's annotations.
"""

from __future__ import annotations

import sys
from pathlib import Path

HOME = Path(__file__).resolve().parent


def chosen() -> Path:
    """The set named on the command line of one of these scripts; this folder when imported."""
    if Path(sys.argv[0]).resolve().parent != HOME:
        return HOME
    named = [a for a in sys.argv[1:] if not a.startswith("-")]
    folder = Path(named[0]).resolve() if named else HOME
    if not (folder / "spec.py").is_file():
        raise SystemExit(f"{folder}: no spec.py, not a blind answers set")
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
    return folder
