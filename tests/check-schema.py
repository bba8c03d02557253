#!/usr/bin/env python3
# Validates .minutes files against data/minutes.schema.json, so the published
# schema and the files Minutes writes cannot drift apart.
# Usage: check-schema.py SCHEMA FILE...   (exit 77 = skipped)
import json
import sys

try:
    import jsonschema
except ImportError:
    print("python3-jsonschema is not installed; skipping", file=sys.stderr)
    sys.exit(77)

schema = json.load(open(sys.argv[1], encoding="utf-8"))
validator = jsonschema.Draft202012Validator(schema)
failed = False
for path in sys.argv[2:]:
    with open(path, encoding="utf-8") as f:
        document = json.load(f)
    for error in validator.iter_errors(document):
        location = "/".join(str(p) for p in error.absolute_path)
        print(f"{path}: {location}: {error.message}", file=sys.stderr)
        failed = True
sys.exit(1 if failed else 0)
