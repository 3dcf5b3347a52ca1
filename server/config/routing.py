from django.urls import re_path

from dms import consumers

websocket_urlpatterns = [
    re_path(r"^ws/updates/?$", consumers.UpdatesConsumer.as_asgi()),
    re_path(r"^ws/requests/(?P<unit_id>[0-9]+)/?$", consumers.RequestConsumer.as_asgi()),
    re_path(r"^ws/crates/(?P<unit_id>[0-9]+)/?$", consumers.CrateConsumer.as_asgi()),
    re_path(r"^ws/notifications/(?P<user_id>[0-9]+)/?$", consumers.NotificationConsumer.as_asgi()),
]
