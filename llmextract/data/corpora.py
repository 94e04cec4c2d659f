"""The corpora ``llmextract data fetch`` knows: public source, archive layout, gold files, terms.

PolNeAR comes from its v1.0.0 release on GitHub (the tag's source archive); SEESAW has no release,
so its archive is that of one commit, which fixes its content. Each corpus names the folders of
the archive that become gold files, and the importer that converts them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from llmextract.evaluation.gold import ImportResult
from llmextract.evaluation.polnear import import_polnear
from llmextract.evaluation.seesaw import import_seesaw

__all__ = ["CORPORA", "Corpus"]

SEESAW_COMMIT = "6722af6867fd596220407d57c1b42122308e5d04"


@dataclass(frozen=True)
class Corpus:
    """One corpus: ``content`` is the archive's folder (below its top one) that is kept, laid out as
    the shared copies are; ``gold`` maps each gold file to the folder of that content it is made from."""

    name: str
    url: str
    archive: str  # file name the download is kept under
    content: str
    gold: dict[str, str]
    importer: Callable[[Path], ImportResult]
    licence: str
    citation: str
    notes: tuple[str, ...] = field(default=())


CORPORA: dict[str, Corpus] = {
    "polnear": Corpus(
        name="polnear",
        url="https://github.com/networkdynamics/PolNeAR/archive/refs/tags/v1.0.0.zip",
        archive="PolNeAR-v1.0.0.zip",
        content="data",
        gold={"polnear-train.jsonl": "train", "polnear-dev.jsonl": "dev"},
        importer=import_polnear,
        licence="No licence is stated upstream; the article texts belong to their publishers. "
        "Use them for research only and do not redistribute them.",
        citation="Newell, Margolin, Ruths: An attribution relations corpus for political news, LREC 2018.",
        notes=("the test split is left unconverted: PolNeAR asks that it be used once, at the end",),
    ),
    "seesaw": Corpus(
        name="seesaw",
        url=f"https://github.com/launchnlp/SEESAW/archive/{SEESAW_COMMIT}.zip",
        archive=f"SEESAW-{SEESAW_COMMIT[:12]}.zip",
        content="SEESAW",
        gold={"seesaw.jsonl": "."},
        importer=import_seesaw,
        licence="Creative Commons Attribution-NonCommercial-ShareAlike 4.0 International "
        "(CC BY-NC-SA 4.0): credit the authors, no commercial use, share adaptations alike.",
        citation="Zhang, Beauchamp, Wang: Generative Entity-to-Entity Stance Detection with "
        "Knowledge Graph Augmentation, EMNLP 2022.",
    ),
}
