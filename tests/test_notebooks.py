"""Every notebook under docs/notebooks/ runs from top to bottom on this checkout (nbclient, a
fresh kernel), and what it shows is what was committed: each cell gives outputs of the kinds
stored with it, and the committed outputs are those of a run (no error, no stale cell).

The quick start is also read for what a person sees, without screenshots: the HTML tables of
the episode, chapters, references and links, the DataFrame, and the timeline's image.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")
lxml_html = pytest.importorskip("lxml.html")

NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "docs" / "notebooks").glob("*.ipynb"))


def _execute(path: Path) -> Any:
    notebook = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(
        notebook,
        timeout=600,
        kernel_name="python3",
        resources={"metadata": {"path": str(path.parent)}},
    )
    # The kernel draws figures inline (ipykernel's backend), whatever this process uses.
    client.execute(env={k: v for k, v in os.environ.items() if k != "MPLBACKEND"})
    return notebook


def _kinds(cell: Any) -> list[tuple[str, tuple[str, ...]]]:
    return [
        (out["output_type"], tuple(sorted(out.get("data", {})))) for out in cell.get("outputs", [])
    ]


def _tagged(notebook: Any) -> dict[str, Any]:
    return {
        tag: cell for cell in notebook.cells for tag in cell.get("metadata", {}).get("tags", [])
    }


@pytest.fixture(scope="module", params=NOTEBOOKS, ids=lambda p: p.name)
def executed(request: pytest.FixtureRequest) -> tuple[Path, Any, Any]:
    path: Path = request.param
    return path, nbformat.read(path, as_version=4), _execute(path)


def test_there_are_notebooks() -> None:
    assert {"quickstart.ipynb", "feeds.ipynb"} <= {p.name for p in NOTEBOOKS}


def test_the_notebook_runs_and_shows_what_was_committed(executed: tuple[Path, Any, Any]) -> None:
    path, committed, fresh = executed
    code = [
        (old, new)
        for old, new in zip(committed.cells, fresh.cells, strict=True)
        if new.cell_type == "code"
    ]
    for number, (old, new) in enumerate(code, start=1):
        assert not [o for o in new.outputs if o["output_type"] == "error"], f"cell {number} raised"
        assert _kinds(new) == _kinds(old), (
            f"{path.name}, code cell {number}: run it again and commit"
        )
        assert old.get("execution_count") is not None, f"{path.name}: commit it executed"


def _tables(cell: Any) -> list[Any]:
    html = "".join(
        out["data"]["text/html"] for out in cell.outputs if "text/html" in out.get("data", {})
    )
    return lxml_html.fragment_fromstring(html, create_parent="div").findall(".//table")


def _rows(table: Any) -> list[list[str]]:
    return [
        [td.text_content() for td in tr.findall("td")]
        for tr in table.iter("tr")
        if tr.findall("td")
    ]


def test_the_quick_start_shows_its_tables() -> None:
    (path,) = [p for p in NOTEBOOKS if p.name == "quickstart.ipynb"]
    cells = _tagged(_execute(path))
    (episode,) = _tables(cells["episode"])
    assert ["number", "31"] in _rows(episode)
    assert ["guests", "Ana Ruiz"] in _rows(episode)
    (chapters,) = _tables(cells["chapters"])
    assert [row[1:4:2] for row in _rows(chapters)] == [
        ["0:00", "Hello and welcome"],
        ["2:40", "What makes a sky dark"],
        ["11:05", "Light pollution, measured"],
        ["27:30", "Meteor showers: a field guide"],
        ["41:15", "Listener questions"],
    ]
    (references,) = _tables(cells["references"])
    assert _rows(references)[0] == [
        "1",
        "The Bortle scale",
        "https://en.wikipedia.org/wiki/Bortle_scale",
        "how dark is dark",
    ]
    (links,) = _tables(cells["links"])
    assert _rows(links)[0][3:5] == ["wikipedia", "article"]
    assert any(row[3] == "mastodon" for row in _rows(links))
    assert len(_tables(cells["notes"])) == 3  # chapters, references, links in the notes' view
    (frame,) = _tables(cells["frame"])
    assert _rows(frame)[1][:3] == ["160.0", "NaN", "What makes a sky dark"]
    assert any("image/png" in out.get("data", {}) for out in cells["plot"].outputs)
    assert '"startTime": 160' in cells["podcasting20"].outputs[0]["text"]


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # jupyter_client's own path notices
def test_the_feeds_notebook_shows_the_items_and_a_plot() -> None:
    (path,) = [p for p in NOTEBOOKS if p.name == "feeds.ipynb"]
    notebook = _execute(path)
    outputs = [out for cell in notebook.cells if cell.cell_type == "code" for out in cell.outputs]
    assert not [out for out in outputs if out.output_type == "error"]
    texts = [out.get("data", {}).get("text/plain", "") for out in outputs]
    assert texts[0] == "('Tea Notes', 6, ())"
    htmls = [out["data"]["text/html"] for out in outputs if "text/html" in out.get("data", {})]
    assert any("<table" in html and "Pu-erh and patience" in html for html in htmls)
    assert "patreon" not in texts[2]
    assert any("image/png" in out.get("data", {}) for out in outputs)
