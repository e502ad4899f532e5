"""Python 3.9 checks that vermin leaves out: `make check-py39` runs this after vermin.

QGIS 3.22 ships Python 3.9 on Windows and macOS. vermin finds syntax and standard-library use newer than that, but
PEP 604 unions (`str | None`) only with a heuristic that also flags every `Qt.Flag.A | Qt.Flag.B`. In an annotation
a `|` is always a union, and a union there fails on 3.9: at import when the annotation is evaluated (a dataclass
field, a function signature without `from __future__ import annotations`), and in typing.get_type_hints() even with
that import. So this script fails on any `|` in an annotation (string annotations included) and in the class
argument of isinstance()/issubclass(), and on syntax the 3.9 grammar does not have (ast's feature_version).

    python tests/py39_check.py FILE_OR_DIRECTORY...    exit status 1 and one line per finding if any
"""

import ast
import sys
from pathlib import Path


def _annotations(tree):
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            arguments = node.args
            for argument in (*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs, arguments.vararg,
                             arguments.kwarg):
                if argument is not None and argument.annotation is not None:
                    yield argument.annotation
            if node.returns is not None:
                yield node.returns
        elif isinstance(node, ast.AnnAssign):
            yield node.annotation


def _has_union(node):
    for part in ast.walk(node):
        if isinstance(part, ast.BinOp) and isinstance(part.op, ast.BitOr):
            return True
        if isinstance(part, ast.Constant) and isinstance(part.value, str):  # "str | None", a forward reference
            try:
                inner = ast.parse(part.value.strip(), mode="eval")
            except SyntaxError:
                continue
            if _has_union(inner):
                return True
    return False


def check_source(source, name="<source>"):
    """The findings in one module's source: a list of 'name:line: message'."""
    try:
        tree = ast.parse(source, filename=name, feature_version=(3, 9))
    except SyntaxError as error:
        return [f"{name}:{error.lineno}: syntax Python 3.9 cannot parse: {error.msg}"]
    findings = [f"{name}:{node.lineno}: `X | Y` union in an annotation needs Python 3.10; use typing.Optional/Union"
                for node in _annotations(tree) if _has_union(node)]
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id in ("isinstance", "issubclass") and len(node.args) == 2
                and _has_union(node.args[1])):
            findings.append(f"{name}:{node.lineno}: {node.func.id}() with an `X | Y` union needs Python 3.10; "
                            "pass a tuple")
    return sorted(findings, key=lambda text: int(text.split(":")[-2]))


def python_files(paths):
    for path in map(Path, paths):
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*.py") if "__pycache__" not in p.parts)
        else:
            yield path


def main(paths):
    findings = []
    for path in python_files(paths):
        findings += check_source(path.read_text(encoding="utf-8"), str(path))
    for finding in findings:
        print(finding)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["."]))
