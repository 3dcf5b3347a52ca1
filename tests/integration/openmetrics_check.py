#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DMS Live Console developers

"""Parse OpenMetrics text from stdin with prometheus_client's strict parser (Debian's
python3-prometheus-client) and print the families as JSON; exit 1 with the parser's
message when the text is not valid OpenMetrics. Used by tests/integration/tst_cli.cpp."""
import json
import sys

from prometheus_client.openmetrics.parser import text_string_to_metric_families


def main():
    text = sys.stdin.read()
    try:
        families = []
        for family in text_string_to_metric_families(text):
            families.append({
                "name": family.name,
                "type": family.type,
                "unit": family.unit,
                "samples": [{"name": s.name, "labels": s.labels, "value": s.value} for s in family.samples],
            })
    except Exception as error:  # the parser raises ValueError (and others) on bad input
        print("invalid OpenMetrics: %s" % error, file=sys.stderr)
        return 1
    json.dump(families, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
