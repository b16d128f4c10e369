"""Warnings that point at the user's line, however deep in hamsa they are raised."""

from __future__ import annotations

import os
import sys
import warnings

import hamsa


def user_stacklevel() -> int:
    """The ``stacklevel`` naming the first caller outside hamsa, for a warnings.warn made
    one call below the caller of this function (so the caller itself is level 2).

    Counting frames instead of hard-coding the depth keeps it right whether the user called
    the plain method, its ``with_raw_response`` twin, or awaited the async one.
    """
    package_dirs = tuple(os.path.join(os.path.abspath(path), "") for path in hamsa.__path__)
    frame = sys._getframe(1)
    level = 2
    while frame.f_back is not None and frame.f_code.co_filename.startswith(package_dirs):
        frame = frame.f_back
        level += 1
    return level


def warn_deprecated(message: str) -> None:
    """A DeprecationWarning attributed to the user's line that called the deprecated method."""
    # warn() is called here, one frame above what user_stacklevel() assumes for its caller.
    warnings.warn(message, DeprecationWarning, stacklevel=user_stacklevel() - 1)
