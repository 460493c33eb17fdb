"""A cache of parsed question banks, like ``library_cache`` for the course.

Parsing a bank with line numbers costs ~0.13 ms per question (a 1,000-question bank: ~130 ms). One
JSON entry per module in the cache folder (through :mod:`coursebook.cache`), keyed on a hash of the
bank file's bytes, the module's version and section ids, and the program, so any edit to the bank
rebuilds it. A damaged or outdated entry is simply rebuilt; a read-only cache folder only means no cache.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..cache import JsonCache, decode, encode, file_hash
from ..model import Module
from . import model as _quiz_model  # noqa: F401 - the classes a cached bank is made of
from .bank import Bank, load_bank


def _key(module: Module) -> list | None:
    digest = file_hash(module.quiz_path)
    if digest is None:
        return None
    return [digest, module.meta.version, sorted(module.anchors())]


def cache_name(module_id: str) -> str:
    return f"quiz-{re.sub(r'[^a-z0-9-]', '_', module_id)}"


def cache_file(cache_dir: Path, module_id: str) -> Path:
    return JsonCache(cache_dir).path(cache_name(module_id))


def load_bank_cached(module: Module, shown: str, cache_dir: Path | None) -> Bank:
    """The module's bank from the cache when its file is unchanged, else parsed (and cached)."""
    key = _key(module)
    if key is None:
        return Bank(module.id, module.quiz_path)
    cache = JsonCache(cache_dir)
    data = cache.get(cache_name(module.id), key)
    if data is not None:
        try:
            bank = decode(data)
            if isinstance(bank, Bank):
                return bank
        except (ValueError, KeyError, TypeError, RecursionError):
            pass
    bank = load_bank(module.quiz_path, module, shown)
    try:
        cache.put(cache_name(module.id), key, encode(bank))
    except TypeError:
        pass
    return bank
