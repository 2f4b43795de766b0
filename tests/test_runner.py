"""The run tier's scheduling of pages (no cluster needed): side by side, except the pages that share the
simulated nodes, which take turns."""

from __future__ import annotations

import threading
import time

import pytest

from handbook import runner


def test_pages_run_side_by_side_but_simulated_node_pages_take_turns():
    simulated = sorted(runner.SIMULATED_NODE_PAGES)[:2]
    pages = simulated + ["a.md", "b.md", "c.md"]
    lock, running, overlaps, most = threading.Lock(), set(), [], [0]

    def work(page: str) -> str:
        with lock:
            if page in simulated and running & set(simulated):
                overlaps.append(page)
            running.add(page)
            most[0] = max(most[0], len(running))
        time.sleep(0.2)
        with lock:
            running.discard(page)
        if page == "b.md":
            raise RuntimeError("b broke")
        return page.upper()

    futures = runner.side_by_side(pages, work, lanes=4)
    assert not overlaps, f"simulated-node pages ran at the same time: {overlaps}"
    assert most[0] >= 3, "pages did not run side by side"
    assert futures["a.md"].result() == "A.MD" and futures[simulated[1]].result() == simulated[1].upper()
    with pytest.raises(RuntimeError, match="b broke"):  # one page's failure stays with that page
        futures["b.md"].result()


def test_one_lane_runs_pages_one_after_another():
    running, most = [0], [0]

    def work(page: str) -> str:
        running[0] += 1
        most[0] = max(most[0], running[0])
        time.sleep(0.05)
        running[0] -= 1
        return page

    futures = runner.side_by_side(["x.md", "y.md", sorted(runner.SIMULATED_NODE_PAGES)[0]], work, lanes=1)
    assert most[0] == 1 and [f.result() for f in futures.values()]
