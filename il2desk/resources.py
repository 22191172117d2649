"""Finding the files under `resources/` (icons, images, translations).

The folder sits at the top of the source tree; a PyInstaller bundle puts it beside the
executable's data (`sys._MEIPASS`); a wheel install puts it in `<prefix>/share/il2desk`
(pyproject.toml data-files), where the prefix is the venv's, or the `--prefix` the
package was installed under (Flatpak: /app), found from the package's own location.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    candidates = [Path(__file__).resolve().parents[1] / "resources"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.insert(0, Path(bundle) / "resources")
    candidates.append(Path(sys.prefix) / "share" / "il2desk" / "resources")
    # <prefix>/lib/python3.X/site-packages/il2desk/resources.py -> <prefix>
    here = Path(__file__).resolve().parents
    if len(here) > 4 and here[1].name in ("site-packages", "dist-packages"):
        candidates.append(here[4] / "share" / "il2desk" / "resources")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[0]


def resource(*parts: str) -> Path:
    """Path of a file under resources/, e.g. resource("images", "body-map.svg")."""
    return resources_dir().joinpath(*parts)
