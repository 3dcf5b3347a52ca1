# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DMS Live Console developers

from django.urls import re_path

from dms import consumers

# Every family is routed in every mode; a consumer whose family DMS_WIRE does not serve
# refuses the handshake (dms/wire.py), so tests can switch modes at run time.
# Path ids are public ids (an integer or a uuid, dms/ids.py).
websocket_urlpatterns = [
    re_path(r"^ws/updates/?$", consumers.UpdatesConsumer.as_asgi()),
    re_path(r"^ws/requests/(?P<unit_id>[^/]+)/?$", consumers.RequestConsumer.as_asgi()),
    re_path(r"^ws/crates/(?P<unit_id>[^/]+)/?$", consumers.CrateConsumer.as_asgi()),
    re_path(r"^ws/notifications/(?P<user_id>[^/]+)/?$", consumers.NotificationConsumer.as_asgi()),
    re_path(r"^live/events/?$", consumers.AltConsumer.as_asgi()),
    # seed 004 (lab equipment), in every mode
    re_path(r"^ws/?$", consumers.LabConsumer.as_asgi()),
]
