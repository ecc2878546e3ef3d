"""Fingerprints of code and data that need no source files: what an extraction cache entry is valid for.

A module's fingerprint is read from its code object, as its loader gives it (compiled from the
`.py` file, or read from a `.pyc` when only bytecode is installed), never from the source text:
so an install that ships bytecode only is fingerprinted too, and the same code gives the same
fingerprint from source or bytecode. Only what the code does counts: its instructions,
constants and names, not its file name or line numbers (moving a function or editing a comment
keeps the fingerprint; a changed docstring does not). The modules counted are the roots and every
module of their own top-level package they import (read from the import instructions, also those
inside functions), so a stage's helpers count wherever they live.

>>> code_fingerprint(["kg.extract.fingerprint"]) == code_fingerprint(["kg.extract.fingerprint"])
True
>>> "kg.errors" in imported_modules(["kg.registry"])
True
"""

from __future__ import annotations

import dis
import functools
import hashlib
import importlib.util
import pkgutil
from collections.abc import Iterable, Iterator
from importlib.machinery import ModuleSpec, PathFinder
from pathlib import Path
from types import CodeType

# The code object's parts that say what it does (co_filename, co_firstlineno and the line tables do not).
_CODE_PARTS = (
    "co_name",
    "co_argcount",
    "co_posonlyargcount",
    "co_kwonlyargcount",
    "co_flags",
    "co_names",
    "co_varnames",
    "co_freevars",
    "co_cellvars",
    "co_code",
    "co_exceptiontable",
)


def code_fingerprint(roots: Iterable[str]) -> str:
    """A digest of the code of the modules `roots` name (a package: all its modules) and of every
    module of their top-level package they import; a module that cannot be found counts by name."""
    found = hashlib.blake2b(digest_size=16)
    for name, code in sorted(imported_modules(_with_submodules(roots)).items()):
        found.update(name.encode() + b"\0")
        if code is not None:
            _feed(found, code)
    return found.hexdigest()


def files_fingerprint(paths: Iterable[Path]) -> str:
    """A digest of the files' names and bytes, in the order given."""
    found = hashlib.blake2b(digest_size=16)
    for path in paths:
        data = path.read_bytes()
        found.update(f"{path.name}\0{len(data)}\0".encode())
        found.update(data)
    return found.hexdigest()


def imported_modules(roots: Iterable[str]) -> dict[str, CodeType | None]:
    """The code object of each root module and of each module of its top-level package it imports, transitively."""
    modules: dict[str, CodeType | None] = {}
    todo = list(roots)
    while todo:
        name = todo.pop()
        if name in modules:
            continue
        spec = _spec(name)
        code = modules[name] = _code(name, spec)
        if code is None or spec is None:
            continue
        package = name if spec.submodule_search_locations is not None else name.rpartition(".")[0]
        top = name.partition(".")[0]
        for imported, names in _imports(code, package):
            if imported.partition(".")[0] != top:
                continue
            submodules = [f"{imported}.{n}" for n in names if n != "*" and _spec(f"{imported}.{n}") is not None]
            todo.extend(submodules)
            # `from kg import vocab` needs kg.vocab, not kg/__init__; `from kg.x import f` needs kg.x.
            if not names or len(submodules) < len(names):
                todo.append(imported)
    return modules


def _with_submodules(roots: Iterable[str]) -> Iterator[str]:
    """Each root, and when it is a package, every module in it (read from the files there: .py or .pyc)."""
    for name in roots:
        yield name
        spec = _spec(name)
        if spec is not None and spec.submodule_search_locations is not None:
            for module in pkgutil.walk_packages(
                list(spec.submodule_search_locations), prefix=name + ".", onerror=_skip
            ):
                yield module.name


def _skip(name: str) -> None:
    """walk_packages' onerror: a package that cannot be imported is counted by its name alone."""


@functools.cache
def _spec(name: str) -> ModuleSpec | None:
    """Where module `name` is, found without importing it (nor its parent packages)."""
    parent, _, _ = name.rpartition(".")
    if not parent:
        try:
            return importlib.util.find_spec(name)
        except (ImportError, ValueError):
            return None
    above = _spec(parent)
    if above is None or above.submodule_search_locations is None:
        return None
    return PathFinder.find_spec(name, list(above.submodule_search_locations))


def _code(name: str, spec: ModuleSpec | None) -> CodeType | None:
    get_code = getattr(spec.loader, "get_code", None) if spec is not None else None
    if get_code is None:
        return None
    try:
        return get_code(name)
    except (ImportError, OSError, SyntaxError, ValueError):
        return None


def _imports(code: CodeType, package: str) -> Iterator[tuple[str, tuple[str, ...]]]:
    """(module, names imported from it) for each import statement of `code` and the functions in it."""
    recent: list[object] = [None, None]
    for instruction in dis.get_instructions(code):
        if instruction.opname == "IMPORT_NAME":
            level, names = recent
            name = str(instruction.argval)
            if isinstance(level, int) and level > 0:
                base = package.rsplit(".", level - 1)[0] if level > 1 else package
                name = f"{base}.{name}" if name else base
            yield name, tuple(names) if isinstance(names, tuple) else ()
        recent = [recent[1], instruction.argval if instruction.opname == "LOAD_CONST" else None]
    for const in code.co_consts:
        if isinstance(const, CodeType):
            yield from _imports(const, package)


def _feed(found: hashlib.blake2b, value: object) -> None:
    """Add `value` (a code object or a constant in one) to the digest, the same in every process."""
    if isinstance(value, CodeType):
        found.update(b"code(")
        for part in _CODE_PARTS:
            _feed(found, getattr(value, part, None))
        _feed(found, value.co_consts)
        found.update(b")")
    elif isinstance(value, tuple | list):
        found.update(b"(")
        for item in value:
            _feed(found, item)
            found.update(b",")
        found.update(b")")
    elif isinstance(value, frozenset | set):
        # A set constant's order follows string hashing, which differs between processes.
        found.update(b"{" + b",".join(sorted(_digest_of(item) for item in value)) + b"}")
    elif isinstance(value, bytes):
        found.update(b"b%d:" % len(value) + value)
    else:
        text = repr(value).encode("utf-8", "surrogatepass")
        found.update(f"{type(value).__name__}{len(text)}:".encode() + text)


def _digest_of(value: object) -> bytes:
    one = hashlib.blake2b(digest_size=16)
    _feed(one, value)
    return one.digest()
