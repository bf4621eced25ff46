#!/usr/bin/env python3
"""Validates `schemadiff check --format sarif` against the SARIF 2.1.0 JSON schema.

Usage: validate_sarif.py <schemadiff> <sarif-schema.json> <cli case folder>...
Each case folder's `args` (shell words without $ expansions) is run in that folder with `--format sarif`, and the log
must validate against the schema and agree with schemadiff's own rules: every rule of the catalogue once, ruleIndex
pointing at ruleId, level from the class, acknowledged findings as accepted suppressions. Exits 77 (skipped) without
python3-jsonschema (Debian package python3-jsonschema, installed by scripts/install-deps.sh).
"""
import json
import pathlib
import shlex
import subprocess
import sys

try:
    import jsonschema
except ImportError:
    print("skipped: python3-jsonschema is not installed")
    sys.exit(77)

LEVELS = {"dangerous": "error", "careful": "warning", "safe": "note"}
# --rules-url: every rule links to its row of docs/rules.md (whose anchors the docs:rules test keeps in step).
RULES_URL = "https://example.org/schemadiff/blob/main/docs/rules.md"


def check_log(log):
    run = log["runs"][0]
    ids = [rule["id"] for rule in run["tool"]["driver"]["rules"]]
    assert len(ids) == len(set(ids)), "a rule is listed twice"
    assert "ack-invalid" in ids and "index-create" in ids, "the catalogue is incomplete"
    for rule in run["tool"]["driver"]["rules"]:
        assert rule.get("helpUri") == f"{RULES_URL}#rule-{rule['id']}", rule["id"]
    for result in run["results"]:
        assert ids[result["ruleIndex"]] == result["ruleId"], result["ruleId"]
        assert result["level"] == LEVELS[result["properties"]["class"]], result["ruleId"]
        # GitHub's upload refuses a result without a location, and keeps an alert across pushes by its fingerprint.
        locations = result.get("locations", [])
        assert locations and locations[0]["physicalLocation"]["artifactLocation"]["uri"], result["ruleId"]
        assert locations[0]["physicalLocation"]["region"]["startLine"] >= 1, result["ruleId"]
        assert result["partialFingerprints"]["schemadiffFinding/v1"], result["ruleId"]
        for suppression in result.get("suppressions", []):
            assert suppression["status"] == "accepted" and suppression["justification"], result["ruleId"]
    return len(run["results"])


def main():
    binary, schema_path, cases = str(pathlib.Path(sys.argv[1]).resolve()), sys.argv[2], sys.argv[3:]
    validator = jsonschema.Draft4Validator(json.loads(pathlib.Path(schema_path).read_text()),
                                           format_checker=jsonschema.FormatChecker())
    failed = False
    for case in cases:
        args = shlex.split(pathlib.Path(case, "args").read_text())
        if "--format" in args:
            del args[args.index("--format"):args.index("--format") + 2]
        run = subprocess.run([binary, *args, "--format", "sarif", "--rules-url", RULES_URL], cwd=case,
                             capture_output=True, text=True)
        if run.returncode not in (0, 3):
            print(f"{case}: exit {run.returncode}: {run.stderr}")
            failed = True
            continue
        log = json.loads(run.stdout)
        errors = sorted(validator.iter_errors(log), key=lambda error: list(error.path))
        for error in errors:
            print(f"{case}: {'/'.join(str(part) for part in error.path)}: {error.message}")
        if errors:
            failed = True
            continue
        try:
            count = check_log(log)
        except AssertionError as error:
            print(f"{case}: {error}")
            failed = True
            continue
        print(f"{case}: valid SARIF 2.1.0, {count} result(s)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
