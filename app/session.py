"""What every window works with: the loaded content, the store and the current profile."""

from __future__ import annotations

from dataclasses import dataclass

from coursebook.model import Library
from coursebook.store import Profile, Store


@dataclass
class Session:
    library: Library
    store: Store
    profile: Profile
