# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DMS Live Console developers

"""A request-body limit in front of Django (config/asgi.py; docs/security.md).

DRF reads a request's raw stream, so Django's DATA_UPLOAD_MAX_MEMORY_SIZE never applies
to the API views, and Django's ASGI handler reads a whole body before any view runs. This
middleware answers 413 with a JSON error, before the body is read, when the declared
Content-Length is above settings.DMS_MAX_REQUEST_BODY; a body without a length (chunked)
is counted as it arrives and refused the moment it passes the limit. Bodies within the
limit are passed on unchanged.
"""
import json

from django.conf import settings


def _declared_length(scope):
    for name, value in scope.get("headers", []):
        if name.lower() == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


async def _too_large(send, limit):
    body = json.dumps({"detail": "Request body too large: at most %d bytes." % limit}).encode()
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})


class BodyLimit:
    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        limit = settings.DMS_MAX_REQUEST_BODY
        declared = _declared_length(scope)
        if declared is not None and declared > limit:
            return await _too_large(send, limit)
        if declared is not None:
            return await self.app(scope, receive, send)
        # no declared length: read it here, up to the limit, then hand it on
        messages = []
        size = 0
        while True:
            message = await receive()
            messages.append(message)
            if message["type"] != "http.request":
                break
            size += len(message.get("body", b""))
            if size > limit:
                return await _too_large(send, limit)
            if not message.get("more_body", False):
                break

        async def replay():
            if messages:
                return messages.pop(0)
            return await receive()

        return await self.app(scope, replay, send)
