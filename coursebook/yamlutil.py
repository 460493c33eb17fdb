"""YAML loading that remembers on which line every mapping and key stood.

PyYAML's plain ``safe_load`` forgets positions; validators need them to report ``file:line``.
Mappings come back as :class:`LineDict`, whose ``line`` is the mapping's first line and whose
``key_lines`` give each key's line, both already shifted to the line numbers of the whole file.

Content YAML is hand-written text, so the loader refuses what only an attack or an accident
produces, before anything is built from it:

- anchors and aliases (``&name`` / ``*name``): an alias bomb of a few lines expands to billions of
  values; content never needs them;
- nesting deeper than :data:`MAX_DEPTH` lists and mappings (a 2,000-deep ``[[[…]]]`` would exhaust
  Python's recursion limit);
- a value that cannot be built (a date such as ``2024-13-45``, an integer of thousands of digits)
  is a ``file:line`` error, never an exception from deep inside PyYAML.
"""

from __future__ import annotations

from typing import Any

import yaml

from .i18n import QT_TRANSLATE_NOOP

#: The deepest nesting of lists and mappings accepted in content YAML.
MAX_DEPTH = 32

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

    def construct_object(loader: Any, node: yaml.Node, deep: bool = False) -> Any:
        try:
            return _Base.construct_object(loader, node, deep)
        except yaml.YAMLError:
            raise
        except (ValueError, OverflowError, TypeError, KeyError, RecursionError) as exc:
            raise yaml.constructor.ConstructorError(
                None, None, f"this value cannot be read ({exc})", node.start_mark) from None

    def get_single_data(loader: Any) -> Any:
        node = loader.get_single_node()
        if node is None:
            return None
        _check_tree(node)
        return loader.construct_document(node)

    _Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, construct_mapping)
    _Loader.construct_object = construct_object
    _Loader.get_single_data = get_single_data
    return _Loader


def _check_tree(root: yaml.Node) -> None:
    """Refuse aliases and deep nesting, walking the node tree without recursion."""
    seen: set[int] = set()
    stack: list[tuple[yaml.Node, int]] = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        if id(node) in seen:
            raise yaml.constructor.ConstructorError(None, None, QT_TRANSLATE_NOOP(
                "core", "anchors and aliases (&name, *name) are not allowed in course content"), node.start_mark)
        seen.add(id(node))
        if isinstance(node, yaml.ScalarNode):
            continue
        if depth > MAX_DEPTH:
            raise yaml.constructor.ConstructorError(None, None, QT_TRANSLATE_NOOP(
                "core", "lists and mappings are nested more than {limit} deep").format(limit=MAX_DEPTH),
                node.start_mark)
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                stack.append((key, depth + 1))
                stack.append((value, depth + 1))
        else:
            stack.extend((child, depth + 1) for child in node.value)


_ODD_BREAKS = {0x85: " ", 0x2028: " ", 0x2029: " "}


class YamlError(ValueError):
    """A YAML syntax error with the 1-based line in the whole file."""

    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line = line
        self.message = message


def load(text: str, first_line: int = 1) -> Any:
    """Parse ``text`` that starts on ``first_line`` of its file; raise :class:`YamlError`."""
    # YAML also breaks lines at NEL, LS and PS; editors and this program count only "\n". Read as
    # spaces, they keep every reported line number the line a trainer sees.
    text = text.translate(_ODD_BREAKS)
    try:
        return yaml.load(text, Loader=_loader_for(first_line - 1))  # noqa: S506 - SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = (mark.line + first_line) if mark is not None else first_line
        problem = exc.problem or exc.context or "invalid YAML"
        return _raise(line, f"invalid YAML: {problem}")
    except yaml.YAMLError as exc:
        return _raise(first_line, f"invalid YAML: {exc}")
    except RecursionError:  # the pure-Python parser, where libyaml is absent
        return _raise(first_line, QT_TRANSLATE_NOOP("core", "invalid YAML: nested too deeply"))


def _raise(line: int, message: str) -> Any:
    raise YamlError(line, message)
