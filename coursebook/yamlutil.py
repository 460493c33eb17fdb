"""YAML loading that remembers on which line every mapping and key stood.

PyYAML's plain ``safe_load`` forgets positions; validators need them to report ``file:line``.
Mappings come back as :class:`LineDict`, whose ``line`` is the mapping's first line and whose
``key_lines`` give each key's line, both already shifted to the line numbers of the whole file.
"""

from __future__ import annotations

from typing import Any

import yaml

try:  # the C parser is several times faster; fall back where libyaml is absent
    _Base = yaml.CSafeLoader  # type: ignore[attr-defined]
except AttributeError:  # pragma: no cover - depends on the PyYAML build
    _Base = yaml.SafeLoader


class LineDict(dict):
    """A dict that knows the (1-based) line of itself and of each key."""

    line: int = 0
    key_lines: dict

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


def _loader_for(offset: int) -> type:
    class _Loader(_Base):  # type: ignore[misc, valid-type]
        pass

    def construct_mapping(loader: Any, node: yaml.MappingNode) -> LineDict:
        loader.flatten_mapping(node)
        result = LineDict()
        result.line = node.start_mark.line + 1 + offset
        result.key_lines = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            try:
                hash(key)
            except TypeError:
                raise yaml.constructor.ConstructorError(
                    None, None, "a mapping key must be a plain value", key_node.start_mark
                ) from None
            result[key] = loader.construct_object(value_node, deep=True)
            result.key_lines[key] = key_node.start_mark.line + 1 + offset
        return result

    _Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, construct_mapping)
    return _Loader


class YamlError(ValueError):
    """A YAML syntax error with the 1-based line in the whole file."""

    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line = line
        self.message = message


def load(text: str, first_line: int = 1) -> Any:
    """Parse ``text`` that starts on ``first_line`` of its file; raise :class:`YamlError`."""
    try:
        return yaml.load(text, Loader=_loader_for(first_line - 1))  # noqa: S506 - SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = (mark.line + first_line) if mark is not None else first_line
        problem = exc.problem or exc.context or "invalid YAML"
        return _raise(line, f"invalid YAML: {problem}")
    except yaml.YAMLError as exc:
        return _raise(first_line, f"invalid YAML: {exc}")


def _raise(line: int, message: str) -> Any:
    raise YamlError(line, message)
