# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DMS Live Console developers

from datetime import timezone as dt_timezone

from django.utils import timezone


def iso_ms(dt):
    """ISO-8601 UTC with milliseconds and 'Z', e.g. 2024-01-15T10:30:00.000Z."""
    if dt is None:
        return None
    if timezone.is_naive(dt):
        dt = timezone.make_aware(dt, dt_timezone.utc)
    dt = dt.astimezone(dt_timezone.utc)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (dt.microsecond // 1000)


def now_iso():
    return iso_ms(timezone.now())
