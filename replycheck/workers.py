"""Worker processes for ``Checker.check_many(processes=N)``.

A worker checks the chunks of drafts it is sent, in the order sent, and
answers each with its reports (or the exception it raised). The caller
holds one ``Worker`` per process and moves every byte itself, between the
chunks it checks: nothing here runs in a thread.

Where ``os.fork`` exists, a worker is forked with its first chunk already
in memory and talks over two pipes. ``concurrent.futures``' pool did the
same through a manager thread and a feeder thread, and each needed the GIL,
which the caller holds while it checks: each chunk sent and each report
received waited for a thread switch (up to 5 ms), the worker's first chunk
10-25 ms (benchmarks/pool_costs.py). Elsewhere a worker is a one-process
pool that builds its own ``Checker`` (spawned, so loading everything again).
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import os
import pickle
import select
import struct
import traceback
from collections import deque
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from concurrent.futures import Future

    from replycheck.checker import Checker
    from replycheck.config import Config
    from replycheck.model import Report

#: What a worker checks: a chunk of ``(draft, original, source)`` items.
Chunk = list[Any]
CheckFn = Callable[[Chunk], "list[Report]"]

#: Every message is its pickle's length, then the pickle.
_LENGTH = struct.Struct("<Q")
_READ_SIZE = 1 << 20

CAN_FORK = hasattr(os, "fork")


class WorkerError(RuntimeError):
    """A worker process ended before it answered every chunk sent to it."""


class Answering(Protocol):
    """What the caller does with a worker, forked or spawned."""

    unfinished: int

    def send(self, chunk: Chunk) -> None: ...

    def pump(self) -> None: ...

    def finish(self) -> None: ...

    def ready(self) -> bool: ...

    def answer(self, workers: Sequence[Any]) -> list[Report]: ...

    def stop(self) -> None: ...

    def join(self, wait: bool = True) -> None: ...


class Worker:
    """A forked process that checks chunks with ``check``, starting with
    ``first``; ``unfinished`` chunks are out, ``done`` holds the answers in
    the order the chunks were sent."""

    def __init__(self, check: CheckFn, first: Chunk, others: Sequence[object] = ()) -> None:
        reap_exited()
        to_worker, to_us = os.pipe(), os.pipe()
        try:
            pid = _fork_frozen()
        except BaseException:
            for fd in (*to_worker, *to_us):
                os.close(fd)
            raise
        if pid == 0:  # the worker: never returns
            status = 1
            try:
                os.close(to_worker[1])
                os.close(to_us[0])
                for other in others:  # the caller's ends of earlier workers' pipes
                    if isinstance(other, Worker):
                        other.close_pipes()
                _serve(check, first, to_worker[0], to_us[1])
                status = 0
            finally:
                os._exit(status)
        os.close(to_worker[0])
        os.close(to_us[1])
        os.set_blocking(to_worker[1], False)
        os.set_blocking(to_us[0], False)
        self.pid = pid
        self._send_fd = to_worker[1]
        self._receive_fd = to_us[0]
        self._outbox = bytearray()
        self._inbox = bytearray()
        self._ended = False
        self._finishing = False
        self.unfinished = 1
        self.done: deque[tuple[bool, Any]] = deque()

    def send(self, chunk: Chunk) -> None:
        self._outbox += _message(chunk)
        self.unfinished += 1
        self.pump()

    def finish(self) -> None:
        """No more chunks: the worker exits once it has answered those it
        has, while the caller still works (so ``join`` finds it gone)."""
        self._finishing = True
        self.pump()

    def pump(self) -> None:
        """Write what the pipe to the worker takes, read what the worker has
        written, without waiting for either."""
        while self._outbox:
            try:
                written = os.write(self._send_fd, self._outbox)
            except BlockingIOError:
                break
            except BrokenPipeError:  # the worker died: ``answer`` says so
                self._outbox.clear()
                break
            del self._outbox[:written]
        if self._finishing and not self._outbox and self._send_fd >= 0:
            os.close(self._send_fd)
            self._send_fd = -1
        while not self._ended:
            try:
                data = os.read(self._receive_fd, _READ_SIZE)
            except BlockingIOError:
                break
            if not data:
                self._ended = True
            self._inbox += data
        while len(self._inbox) >= _LENGTH.size:
            (length,) = _LENGTH.unpack_from(self._inbox)
            end = _LENGTH.size + length
            if len(self._inbox) < end:
                break
            self.done.append(pickle.loads(self._inbox[_LENGTH.size : end]))
            del self._inbox[:end]
            self.unfinished -= 1

    def answer(self, workers: Sequence[Any]) -> list[Report]:
        """The reports of the oldest chunk not yet answered, waiting for them
        (and meanwhile keeping every worker in ``workers`` fed); the
        exception the worker raised on it is raised here."""
        while not self.done:
            if self._ended:
                raise WorkerError(f"worker process {self.pid} ended before it finished its drafts")
            poller = select.poll()
            for worker in workers:
                if not worker._ended:
                    poller.register(worker._receive_fd, select.POLLIN)
                if worker._outbox:
                    poller.register(worker._send_fd, select.POLLOUT)
            poller.poll()
            for worker in workers:
                worker.pump()
        ok, value = self.done.popleft()
        if not ok:
            raise value
        return value  # type: ignore[no-any-return]

    def ready(self) -> bool:
        return bool(self.done)

    def close_pipes(self) -> None:
        for fd in (self._send_fd, self._receive_fd):
            if fd >= 0:
                os.close(fd)
        self._send_fd = self._receive_fd = -1

    def stop(self) -> None:
        """Close the pipes: the worker exits when it reads their end, or
        when it fails to write the answer to the chunk it is checking."""
        self.close_pipes()

    def join(self, wait: bool = True) -> None:
        """Wait until the process has exited; or (``wait=False``, for a
        worker that has answered everything and read the end of its pipe)
        only reap it if it has, and otherwise when the next worker is
        forked, so the caller need not wait while the system tears down its
        memory (8-25 ms with the pipeline loaded)."""
        if wait:
            with contextlib.suppress(ChildProcessError):  # reaped by a host's SIGCHLD handler
                os.waitpid(self.pid, 0)
        else:
            _exiting.append(self.pid)
            reap_exited()


class SpawnedWorker:
    """Where there is no ``os.fork``: a one-process spawned pool with a
    ``Worker``'s interface, which builds its own ``Checker``."""

    def __init__(self, config: Config, first: Chunk) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        self._pool = ProcessPoolExecutor(
            1,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_spawned,
            initargs=(config,),
        )
        self._futures: deque[Future[list[Report]]] = deque()
        self.unfinished = 0
        self.done: deque[tuple[bool, Any]] = deque()
        self.send(first)

    def send(self, chunk: Chunk) -> None:
        self._futures.append(self._pool.submit(_check_spawned, chunk))
        self.unfinished += 1

    def finish(self) -> None:
        pass

    def pump(self) -> None:
        while self._futures and self._futures[0].done():
            self._settle()

    def _settle(self) -> None:
        future = self._futures.popleft()
        exc = future.exception()  # waits
        self.done.append((False, exc) if exc is not None else (True, future.result()))
        self.unfinished -= 1

    def ready(self) -> bool:
        self.pump()
        return bool(self.done)

    def answer(self, workers: Sequence[Any]) -> list[Report]:
        if not self.done:
            self._settle()
        ok, value = self.done.popleft()
        if not ok:
            raise value
        return value  # type: ignore[no-any-return]

    def stop(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)

    def join(self, wait: bool = True) -> None:
        self._pool.shutdown(wait=True)


_spawned: Checker | None = None


def _start_spawned(config: Config) -> None:
    global _spawned
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    from replycheck.checker import Checker

    _spawned = Checker(config)


def _check_spawned(chunk: Chunk) -> list[Report]:
    assert _spawned is not None
    return _spawned._check_batch(chunk)


#: Workers that were exiting when their ``check_many`` returned, not yet
#: reaped (a list of ints: nothing the garbage collector tracks).
_exiting: list[int] = []


def reap_exited(wait: bool = False) -> None:
    """Reap the workers of ``_exiting`` that have exited (``wait``: all of
    them, waiting for those still exiting)."""
    for pid in list(_exiting):
        try:
            done, _ = os.waitpid(pid, 0 if wait else os.WNOHANG)
        except ChildProcessError:  # reaped by a host's SIGCHLD handler
            done = pid
        if done:
            _exiting.remove(pid)


# At exit, reap them all: left to a container's init, which may never reap
# an orphan, they would stay behind as zombies.
atexit.register(reap_exited, wait=True)


def _fork_frozen() -> int:
    """``os.fork()`` with everything loaded frozen while the worker forks.

    Frozen, the loaded pipeline and rules are never walked by the worker's
    garbage collector, which would otherwise write to (and so copy) the
    memory pages it shares with this process. A host that freezes objects
    itself keeps them (and ours) frozen.
    """
    host_freezes = gc.get_freeze_count() > 0
    gc.freeze()
    pid = os.fork()
    if pid != 0 and not host_freezes:
        gc.unfreeze()
    return pid


def _serve(check: CheckFn, first: Chunk, receive_fd: int, send_fd: int) -> None:
    """The worker's loop: check a chunk, send its answer, read the next
    chunk, until the caller closes the pipe."""
    chunk: Chunk | None = first
    while chunk is not None:
        try:
            answer: tuple[bool, Any] = (True, check(chunk))
        except Exception as exc:  # the caller raises it where it reads this chunk
            answer = (False, _sendable(exc))
        try:
            message = _message(answer)
        except Exception as exc:
            message = _message((False, _sendable(exc, pickled=False)))
        _write_all(send_fd, message)
        chunk = _read_message(receive_fd)


def _sendable(exc: Exception, pickled: bool = True) -> Exception:
    """``exc``, with the worker's traceback as a note, or a ``WorkerError``
    saying what it was when it cannot be pickled."""
    where = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    if pickled:
        try:
            pickle.dumps(exc, pickle.HIGHEST_PROTOCOL)
        except Exception:
            pickled = False
    if not pickled:
        exc = WorkerError(f"{type(exc).__name__}: {exc}")
    if hasattr(exc, "add_note"):
        exc.add_note(f"in worker process {os.getpid()}:\n{where}")
    return exc


def _message(value: object) -> bytes:
    data = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
    return _LENGTH.pack(len(data)) + data


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _read_message(fd: int) -> Chunk | None:
    """The next chunk sent, or None when the caller closed the pipe."""
    head = _read_exactly(fd, _LENGTH.size)
    if head is None:
        return None
    body = _read_exactly(fd, _LENGTH.unpack(head)[0])
    return None if body is None else pickle.loads(body)  # type: ignore[no-any-return]


def _read_exactly(fd: int, size: int) -> bytes | None:
    parts: list[bytes] = []
    left = size
    while left:
        data = os.read(fd, min(left, _READ_SIZE))
        if not data:
            return None
        parts.append(data)
        left -= len(data)
    return b"".join(parts)
