# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DMS Live Console developers

"""ASGI entry point: ``config.asgi:application`` (HTTP via Django, WebSocket via Channels)."""
import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
django_asgi_app = get_asgi_application()

from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402
from channels.security.websocket import AllowedHostsOriginValidator  # noqa: E402

from config.routing import websocket_urlpatterns  # noqa: E402
from dms.bodylimit import BodyLimit  # noqa: E402

application = ProtocolTypeRouter(
    {
        # bodies above DMS_MAX_REQUEST_BODY answer 413 before they are read
        "http": BodyLimit(django_asgi_app),
        # Tokens are validated in the consumers (so a bad one is a 4001 close after
        # accept); a handshake without a valid Origin is refused (HTTP 403).
        "websocket": AllowedHostsOriginValidator(URLRouter(websocket_urlpatterns)),
    }
)
