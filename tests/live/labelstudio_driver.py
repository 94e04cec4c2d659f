"""Drive a Label Studio server through label-studio-sdk: the reviewer's round trip, scripted.

Run with the Python that has ``label-studio-sdk`` (not the toolkit's): ``python
labelstudio_driver.py URL TOKEN CONFIG TASKS EXPORT``. It creates a project with the labeling
config, imports the tasks with their predictions, accepts every prediction as the annotation
(what a reviewer who finds nothing to correct submits) and writes the project's JSON export.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from label_studio_sdk import LabelStudio


def main(url: str, token: str, config: Path, tasks: Path, export: Path) -> None:
    client = LabelStudio(base_url=url, api_key=token)
    project = client.projects.create(title="llmextract round trip", label_config=config.read_text("utf-8"))
    assert project.id is not None
    client.projects.import_tasks(id=project.id, request=json.loads(tasks.read_text("utf-8")))
    accepted = 0
    for task in client.tasks.list(project=project.id, fields="all"):
        prediction = task.predictions[-1]
        result = prediction["result"] if isinstance(prediction, dict) else prediction.result
        assert task.id is not None
        client.annotations.create(id=task.id, result=result, was_cancelled=False, ground_truth=False)
        accepted += 1
    data = b"".join(
        client.projects.exports.download_sync(project.id, export_type="JSON", download_all_tasks=True)
    )
    export.write_bytes(data)
    print(json.dumps({"project": project.id, "accepted": accepted, "bytes": len(data)}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4]), Path(sys.argv[5]))
