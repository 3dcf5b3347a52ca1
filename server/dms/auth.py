# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DMS Live Console developers

"""JWT users by public id: the token's ``user_id`` claim is ``User.jwt_id`` (the public
id), so a uuid-mode token carries no integer key; REST and WebSockets both look the
user up here."""
from django.utils.translation import gettext_lazy as _
from rest_framework_simplejwt.authentication import JWTAuthentication
from rest_framework_simplejwt.exceptions import AuthenticationFailed, InvalidToken
from rest_framework_simplejwt.settings import api_settings

from . import ids
from .models import User


def user_for_claim(claim):
    """The active user a token's user_id claim names, or None."""
    try:
        kw = ids.parse(claim)
    except ValueError:
        return None
    return User.objects.select_related("unit").filter(is_active=True, **kw).first()


class DmsJWTAuthentication(JWTAuthentication):
    def get_user(self, validated_token):
        if api_settings.USER_ID_CLAIM not in validated_token:
            raise InvalidToken(_("Token contained no recognizable user identification"))
        user = user_for_claim(validated_token[api_settings.USER_ID_CLAIM])
        if user is None:
            raise AuthenticationFailed(_("User not found"), code="user_not_found")
        return user
