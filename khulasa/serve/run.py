"""Running the workbench: the store checked and read before the server binds, a warning when it
binds beyond this machine, then uvicorn until Ctrl-C."""
from __future__ import annotations

import ipaddress
import sys
from pathlib import Path

LOOPBACK_NAMES = {"localhost", "ip6-localhost"}


def is_loopback(host: str) -> bool:
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def front_stories(reader) -> list[tuple[int, str]]:
    """The stories of the default front page (id, title): the likeliest first visits."""
    from khulasa.serve.views import front

    with reader.snapshot(limit=False) as snap:
        view = front(snap, None, None, 1)
    return [(s["id"], s["title"]) for s in view["stories"]]


def serve(db: str | Path, host: str = "127.0.0.1", port: int = 8000, quiet: bool = False) -> None:
    """Serve the store ``db`` read only at http://host:port/ (StoreError before binding when it
    cannot be used)."""
    import uvicorn

    from khulasa.serve.app import create_app

    app = create_app(db)
    if not is_loopback(host):
        print(
            f"khulasa: warning: serving on {host}, reachable from other machines; the workbench has no login."
            " Prefer the default 127.0.0.1 and an SSH tunnel (ssh -L 8000:127.0.0.1:8000 host)",
            file=sys.stderr,
        )
    if not quiet:
        print(f"khulasa: reading {db} ...", file=sys.stderr)
    reader = app.state.reader
    catalogue = reader.warm()
    reader.prefetch(front_stories(reader))
    if not quiet:
        shown = f"[{host}]" if ":" in host else host
        print(
            f"khulasa: {len(catalogue.articles)} articles, {len(catalogue.stories)} stories,"
            f" {len(catalogue.figures)} figures; serving http://{shown}:{port}/ (Ctrl-C to stop)",
            file=sys.stderr,
        )
    uvicorn.run(app, host=host, port=port, log_level="warning" if quiet else "info", access_log=not quiet)
