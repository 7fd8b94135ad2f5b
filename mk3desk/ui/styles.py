"""Style sheets shared by several widgets (kept apart so any module may use them cheaply)."""

from __future__ import annotations

# A yellow notice above a form: read-only copy, locked indicator, returned with comments.
BANNER_STYLE = (
    "QLabel { background: #fff3cd; color: #5d4200; border: 1px solid #e0c36a;"
    " border-radius: 4px; padding: 8px; }"
)
