"""Pieces the benchmark scripts share (they run as ``python bench/NAME.py``, so this folder is on sys.path)."""

from __future__ import annotations

import asyncio


class Ticker:
    """Event-loop lag: sleeps ``period`` s in a loop and records how late it wakes up (ms).

    Use ``async with Ticker() as ticker:`` around the measured work, or ``start()`` / ``await stop()``.
    """

    def __init__(self, period: float = 0.010) -> None:
        self.period = period
        self.lags: list[float] = []
        self._task: asyncio.Task[None] | None = None

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            expected = loop.time() + self.period
            await asyncio.sleep(self.period)
            self.lags.append(max(0.0, loop.time() - expected) * 1000)

    def start(self) -> None:
        self._task = asyncio.ensure_future(self._run())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)

    async def __aenter__(self) -> "Ticker":
        self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()
