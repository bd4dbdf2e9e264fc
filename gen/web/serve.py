"""Start the web app with uvicorn: one process on a PC, several workers on a server.

The settings every worker needs (secret, result folder, administrator's
templates and configuration) are passed through environment variables, so
each uvicorn worker process builds the same app (see app.Settings.from_env).
"""

from __future__ import annotations

import os
import secrets
import shutil
import tempfile
from pathlib import Path
from typing import Optional

from .app import ENV_PREFIX


def serve(host: str = "127.0.0.1", port: int = 8000, *, workers: int = 1, templates_dir: Optional[Path] = None,
          config_path: Optional[Path] = None, store_dir: Optional[Path] = None, batch_jobs: int = 1,
          batch_timeout: float = 3600, echo=print) -> None:
    import uvicorn

    own_store = store_dir is None
    store = Path(store_dir) if store_dir else Path(tempfile.mkdtemp(prefix="jixiao-web-"))
    env = {
        "STORE": str(store.resolve()),
        # A secret shared by this serve's workers; set JIXIAO_WEB_SECRET to keep forms valid across restarts.
        "SECRET": os.environ.get(ENV_PREFIX + "SECRET") or secrets.token_hex(32),
        "TEMPLATES": str(templates_dir.resolve()) if templates_dir else "",
        "CONFIG": str(config_path.resolve()) if config_path else "",
        "BATCH_JOBS": str(batch_jobs),
        "BATCH_TIMEOUT": str(batch_timeout),
    }
    for key, value in env.items():
        os.environ[ENV_PREFIX + key] = value
    shown = "localhost" if host in ("127.0.0.1", "::1") else host
    echo(f"jixiao 网页版已启动：http://{shown}:{port}/ （按 Ctrl+C 停止）")
    if host not in ("127.0.0.1", "localhost", "::1"):
        echo(f"注意：已在 {host} 上监听，同一网络中的其他电脑可以访问本服务。")
    try:
        uvicorn.run("gen.web.app:app_factory", factory=True, host=host, port=port, workers=workers,
                    log_level="warning", proxy_headers=True, server_header=False)
    finally:
        if own_store:
            shutil.rmtree(store, ignore_errors=True)
