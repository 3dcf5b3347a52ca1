# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DMS Live Console developers

"""Every REST route lives under settings.DMS_API_PREFIX (default 'api/').

The patterns are rebuilt when a test overrides DMS_API_PREFIX (dms.apps connects
rebuild() to setting_changed), so no prefix outlives the test that set it.
"""
from django.conf import settings
from django.urls import clear_url_caches, include, path

handler404 = "dms.views.json_404"
handler500 = "dms.views.json_500"


def build(prefix):
    return [path(prefix, include("dms.urls"))]


urlpatterns = build(settings.DMS_API_PREFIX)


def rebuild():
    global urlpatterns
    urlpatterns = build(settings.DMS_API_PREFIX)
    clear_url_caches()
