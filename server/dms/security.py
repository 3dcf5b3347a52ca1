# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DMS Live Console developers

"""Limits on password guessing (docs/security.md, "Password guessing").

Two controls, both checked BEFORE a password is hashed, so that a guess refused by them
costs no hashing either:

* per account: after DMS_PASSWORD_MAX_FAILURES wrong passwords in a row (sign-in or the
  signature of approve / reject / send-back) the account is locked for
  DMS_PASSWORD_LOCKOUT_SECONDS: every sign-in and every signed action answers 429, even
  with the right password, until the lock ends. The count lives in the database
  (User.failed_passwords, User.locked_until), so every server process sees it.
* per client address: more than DMS_PASSWORD_FAILURES_PER_MINUTE wrong passwords or
  unknown usernames from one address within a minute answer 429 with Retry-After (a
  guesser spreading over many accounts). Kept in the process's cache: with several
  processes each counts its own share.

A right password resets the account's count. Successful sign-ins are never limited, so a
load test signing in a thousand users from one address is not refused.
"""
import math
import time

from django.conf import settings
from django.core.cache import cache
from django.db.models import F
from django.utils import timezone
from rest_framework import status
from rest_framework.exceptions import APIException, Throttled


class AccountLocked(APIException):
    # 429 like every other "too many attempts" (spec §1); Retry-After says when
    status_code = status.HTTP_429_TOO_MANY_REQUESTS
    default_code = "account_locked"

    def __init__(self, seconds):
        self.retry_after = max(1, int(math.ceil(seconds)))
        super().__init__("Too many wrong passwords: this account is locked for %d more seconds." % self.retry_after)


def _address(request):
    return request.META.get("REMOTE_ADDR") or "unknown"


def _address_key(request):
    return "dms:pwfail:%s:%d" % (_address(request), int(time.time() // 60))


def check_address(request):
    """429 when this address failed too often in the current minute (request None: no
    address to check)."""
    limit = settings.DMS_PASSWORD_FAILURES_PER_MINUTE
    if request is not None and limit and cache.get(_address_key(request), 0) >= limit:
        wait = 60 - int(time.time()) % 60
        raise Throttled(wait=wait, detail="Too many wrong passwords from this address; try again in %d seconds." % wait)


def check_account(user):
    """429 while the account is locked."""
    if user is None or user.locked_until is None:
        return
    left = (user.locked_until - timezone.now()).total_seconds()
    if left > 0:
        raise AccountLocked(left)


def failed(request, user):
    """Count a wrong password (user None: an unknown username) and lock the account when
    it reached the limit; raises AccountLocked then. request None: no address to count."""
    if request is not None:
        key = _address_key(request)
        cache.add(key, 0, timeout=120)
        try:
            cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, timeout=120)
    if user is None:
        return
    from .models import User

    User.objects.filter(pk=user.pk).update(failed_passwords=F("failed_passwords") + 1)
    count = User.objects.filter(pk=user.pk).values_list("failed_passwords", flat=True).first() or 0
    if count >= settings.DMS_PASSWORD_MAX_FAILURES:
        seconds = settings.DMS_PASSWORD_LOCKOUT_SECONDS
        User.objects.filter(pk=user.pk).update(
            failed_passwords=0, locked_until=timezone.now() + timezone.timedelta(seconds=seconds))
        raise AccountLocked(seconds)


def succeeded(user):
    if user.failed_passwords or user.locked_until is not None:
        type(user).objects.filter(pk=user.pk).update(failed_passwords=0, locked_until=None)
