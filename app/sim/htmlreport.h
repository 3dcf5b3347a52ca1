// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QByteArray>

namespace Dms {

struct SimReport;

// A run's report as one self-contained HTML page for a reviewer (`simulate --html`,
// `report html`, the panel's Export): the verdict per threshold, latency percentiles and
// distributions, per-window charts, delivery counts, storms, leaks and lost updates with
// their first examples, the per-user table, the scenario and the run's conditions.
//
// Self-contained: inline CSS, inline SVG charts drawn here, and one small inline script
// that sorts the per-user table when a header is clicked (works from file://). No network,
// no other file: no <link>, no src=, no url(), links only to anchors of the page. Every
// text taken from the report is HTML-escaped; URLs are redacted.
QByteArray simReportToHtml(const SimReport &report);

}  // namespace Dms
