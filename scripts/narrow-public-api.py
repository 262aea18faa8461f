#!/usr/bin/env python3
"""Narrows the IGFRules library's public surface to the front door (README "The code").

Every `public` declaration in Sources/IGFRules becomes `package` (SwiftPM's access across this
package's targets: the CLI, the fuzz targets, the benchmark and the tests still see it), except:
the top-level types named in PUBLIC_TYPES; everything in the front door's own files; and the
witnesses of standard protocols (`description`, `==`, `<`, `hash(into:)`), which a public type
must keep public. Idempotent: run it again after merging a branch that adds `public` code.
"""
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent / "Sources" / "IGFRules"
PUBLIC_TYPES = {
    "Workspace", "DeclarationKey", "ComparisonTally", "ComparisonRenderer",
    "Program", "RuleFile", "SourceFile", "Diagnostic", "DiagnosticRenderer",
    "Scenario", "DataBindings", "RuleRunner", "SubjectResult", "RuleResult", "OutcomeChange",
    "Explanation", "ExplanationRenderer", "Obligation", "Timeline", "Ranking",
    "TextReport", "JSONReport", "CivilDate",
}
FRONT_DOOR_FILES = {
    "Workspace/Workspace.swift", "Workspace/Workspace+Compare.swift", "Workspace/Workspace+Files.swift",
    "Workspace/DeclarationKey.swift", "Engine/ComparisonTally.swift", "Rendering/ComparisonRenderer.swift",
}
TOP_LEVEL_TYPE = re.compile(r"^public (?:final class|class|struct|enum|protocol|actor) (\w+)")
WITNESS = re.compile(r"\b(?:var description\b|var debugDescription\b|static func ==|static func <|func hash\(into)")


def narrow(line: str) -> str:
    match = TOP_LEVEL_TYPE.match(line)
    if match:
        return line if match.group(1) in PUBLIC_TYPES else line.replace("public", "package", 1)
    if WITNESS.search(line):
        return line
    return re.sub(r"\bpublic\b", "package", line)


def main() -> None:
    for path in sorted(ROOT.rglob("*.swift")):
        if str(path.relative_to(ROOT)) in FRONT_DOOR_FILES:
            continue
        text = path.read_text()
        narrowed = "".join(narrow(line) for line in text.splitlines(keepends=True))
        if narrowed != text:
            path.write_text(narrowed)


if __name__ == "__main__":
    main()
