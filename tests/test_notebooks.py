"""The notebooks under docs/notebooks run top to bottom and show what they promise."""

from __future__ import annotations

from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")
pytest.importorskip("matplotlib")

NOTEBOOKS = Path(__file__).resolve().parents[1] / "docs" / "notebooks"


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # jupyter_client's own path notices
def test_feeds_notebook_runs_and_shows_a_table_and_a_plot() -> None:
    notebook = nbformat.read(NOTEBOOKS / "feeds.ipynb", as_version=4)
    nbclient.NotebookClient(
        notebook, timeout=120, kernel_name="python3", resources={"metadata": {"path": NOTEBOOKS}}
    ).execute()
    outputs = [out for cell in notebook.cells if cell.cell_type == "code" for out in cell.outputs]
    assert not [out for out in outputs if out.output_type == "error"]
    texts = [out.get("data", {}).get("text/plain", "") for out in outputs]
    assert texts[0] == "('Tea Notes', 6, ())"
    htmls = [out["data"]["text/html"] for out in outputs if "text/html" in out.get("data", {})]
    assert any("<table" in html and "Pu-erh and patience" in html for html in htmls)
    assert "patreon" not in texts[2]
    assert any("image/png" in out.get("data", {}) for out in outputs)
