# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DMS Live Console developers

import logging

from django.conf import settings
from django.contrib.auth import authenticate
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.db.models import Count, Q
from django.db.models.deletion import ProtectedError
from django.http import JsonResponse
from django.utils import timezone
from rest_framework import status
from rest_framework.exceptions import NotFound, ParseError, PermissionDenied, ValidationError
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView
from rest_framework.views import exception_handler as drf_exception_handler
from rest_framework_simplejwt.exceptions import TokenError
from rest_framework_simplejwt.tokens import RefreshToken

from . import broadcast, ids, lab, security, services
from .models import (
    REQUEST_MODELS,
    Crate,
    Equipment,
    LabSession,
    LiveConnection,
    RequestStatus,
    ServerProcess,
    StorageLocation,
    Unit,
    User,
)
from .pagination import DmsPagination
from .utils import now_iso
from .serializers import (
    LoginSerializer,
    audit_repr,
    connection_repr,
    crate_related,
    crate_repr,
    crate_row,
    crate_rows,
    request_related,
    request_repr,
    sendback_related,
    sendback_repr,
    storage_related,
    storage_repr,
    user_repr,
)

log = logging.getLogger("dms.views")


def exception_handler(exc, context):
    if isinstance(exc, DjangoPermissionDenied):
        exc = PermissionDenied(str(exc) or None)
    if isinstance(exc, ProtectedError):
        return Response({"detail": "The object is still referenced and cannot be deleted."},
                        status=status.HTTP_409_CONFLICT)
    resp = drf_exception_handler(exc, context)
    if isinstance(exc, security.AccountLocked) and resp is not None:
        resp["Retry-After"] = str(exc.retry_after)
    return resp


def json_404(request, exception=None):
    return JsonResponse({"detail": "Not found."}, status=404)


def json_500(request):
    return JsonResponse({"detail": "Internal server error."}, status=500)


def body(request):
    data = request.data
    if data is None or data == {}:
        return {}
    if not isinstance(data, dict):
        raise ValidationError({"non_field_errors": ["Expected a JSON object."]})
    return data


def paginate(view, request, qs, repr_fn):
    pager = DmsPagination()
    page = pager.paginate_queryset(qs, request, view=view)
    return pager.get_paginated_response([repr_fn(o) for o in page])


def int_param(request, name):
    v = request.query_params.get(name)
    if v in (None, ""):
        return None
    try:
        n = int(v)
    except ValueError:
        raise ValidationError({name: ["A valid integer is required."]})
    if not -ids.MAX_KEY <= n <= ids.MAX_KEY:  # the database's integers are 64-bit
        raise ValidationError({name: ["Out of range."]})
    return n


def id_filter(request, name, field):
    """Filter kwargs for ``?name=<public id>`` on the foreign key ``field`` ({} when absent)."""
    v = request.query_params.get(name)
    if v in (None, ""):
        return {}
    return ids.related(field, v, name)


# ---------------------------------------------------------------- auth
class LoginView(APIView):
    permission_classes = [AllowAny]
    authentication_classes = []

    def post(self, request):
        ser = LoginSerializer(data=body(request))
        ser.is_valid(raise_exception=True)
        username = ser.validated_data["username"]
        # guessing limits before the password is hashed (dms/security.py)
        security.check_address(request)
        account = User.objects.filter(username=username).first()
        security.check_account(account)
        user = authenticate(request, username=username, password=ser.validated_data["password"])
        if user is None or not user.is_active:
            security.failed(request, account)
            return Response({"detail": "Invalid username or password."}, status=status.HTTP_401_UNAUTHORIZED)
        security.succeeded(user)
        refresh = RefreshToken.for_user(user)
        return Response({"access": str(refresh.access_token), "refresh": str(refresh), "user": user_repr(user)})


class LogoutView(APIView):
    """Blacklists the refresh token it is given (SimpleJWT's blacklist): that token, and
    the access tokens it could mint, are over. The access token in hand stays valid until
    it expires (DMS_ACCESS_TTL); a socket opened with it is closed then (4001)."""
    permission_classes = [AllowAny]
    authentication_classes = []

    def post(self, request):
        token = body(request).get("refresh")
        if not isinstance(token, str) or not token:
            raise ValidationError({"refresh": ["This field is required."]})
        try:
            RefreshToken(token).blacklist()
        except TokenError:
            return Response({"detail": "Token is invalid or expired."}, status=status.HTTP_401_UNAUTHORIZED)
        return Response(status=status.HTTP_205_RESET_CONTENT)


class MeView(APIView):
    def get(self, request):
        return Response(user_repr(request.user))


# ---------------------------------------------------------------- requests
def _related(kind):
    return request_related(REQUEST_MODELS[kind])


def _request_qs(request, kind):
    qs = services.visible_requests(request.user, kind).select_related(*_related(kind)).order_by("id")
    st = request.query_params.get("status")
    if st:
        qs = qs.filter(status__in=st.split(","))
    search = request.query_params.get("search", "").strip()
    if search:
        qs = qs.filter(Q(request_number__icontains=search) | Q(reason__icontains=search))
    return qs.filter(**id_filter(request, "unit", "unit"))


class RequestListView(APIView):
    def get(self, request, kind):
        return paginate(self, request, _request_qs(request, kind), request_repr)

    def post(self, request, kind):
        obj = services.create_request(request.user, kind, body(request))
        obj = REQUEST_MODELS[kind].objects.select_related(*_related(kind)).get(pk=obj.pk)
        return Response(request_repr(obj), status=status.HTTP_201_CREATED)


class RequestDetailView(APIView):
    def _get(self, request, kind, pk):
        return services.get_visible(services.visible_requests(request.user, kind).select_related(*_related(kind)), pk)

    def get(self, request, kind, pk):
        return Response(request_repr(self._get(request, kind, pk)))

    def patch(self, request, kind, pk):
        obj = services.edit_request(request.user, self._get(request, kind, pk), body(request))
        return Response(request_repr(REQUEST_MODELS[kind].objects.select_related(*_related(kind)).get(pk=obj.pk)))

    def delete(self, request, kind, pk):
        services.delete_request(request.user, self._get(request, kind, pk))
        return Response(status=status.HTTP_204_NO_CONTENT)


class RequestActionView(APIView):
    def post(self, request, kind, pk, action):
        if action not in services.ACTIONS:
            raise NotFound("Unknown action '%s'." % action)
        obj = services.get_visible(services.visible_requests(request.user, kind), pk)
        obj = services.perform_action(request.user, obj, action, body(request), request=request)
        return Response(request_repr(REQUEST_MODELS[kind].objects.select_related(*_related(kind)).get(pk=obj.pk)))


class SendBackListView(APIView):
    def get(self, request):
        qs = services.visible_sendbacks(request.user).select_related(*sendback_related()).order_by("id")
        st = request.query_params.get("status")
        if st:
            qs = qs.filter(status__in=st.split(","))
        search = request.query_params.get("search", "").strip()
        if search:
            qs = qs.filter(Q(request_number__icontains=search) | Q(reason__icontains=search))
        return paginate(self, request, qs, sendback_repr)


# ---------------------------------------------------------------- crates
class CrateListView(APIView):
    def get(self, request):
        qs = services.visible_crates(request.user).order_by("id")
        st = request.query_params.get("status")
        if st:
            qs = qs.filter(status__in=st.split(","))
        qs = qs.filter(**id_filter(request, "storage", "storage"))
        search = request.query_params.get("search", "").strip()
        if search:
            qs = qs.filter(Q(crate_number__icontains=search) | Q(description__icontains=search))
        qs = qs.filter(**id_filter(request, "unit", "unit"))
        return paginate(self, request, crate_rows(qs), crate_row)  # crate_repr's dicts, cheaper

    def post(self, request):
        crate = services.create_crate(request.user, body(request))
        return Response(crate_repr(Crate.objects.select_related(*crate_related()).get(pk=crate.pk)),
                        status=status.HTTP_201_CREATED)


class CrateDetailView(APIView):
    def _get(self, request, pk):
        return services.get_visible(services.visible_crates(request.user).select_related(*crate_related()), pk)

    def get(self, request, pk):
        return Response(crate_repr(self._get(request, pk)))

    def put(self, request, pk):
        crate = services.update_crate(request.user, self._get(request, pk), body(request))
        return Response(crate_repr(Crate.objects.select_related(*crate_related()).get(pk=crate.pk)))

    patch = put

    def delete(self, request, pk):
        services.delete_crate(request.user, self._get(request, pk))
        return Response(status=status.HTTP_204_NO_CONTENT)


class CrateRelocateView(APIView):
    def post(self, request, pk):
        crate = services.get_visible(services.visible_crates(request.user), pk)
        crate = services.relocate_crate(request.user, crate, body(request))
        return Response(crate_repr(Crate.objects.select_related(*crate_related()).get(pk=crate.pk)))


# ---------------------------------------------------------------- storage
class StorageListView(APIView):
    def get(self, request):
        qs = services.visible_storage(request.user).select_related(*storage_related()).order_by("id")
        search = request.query_params.get("search", "").strip()
        if search:
            qs = qs.filter(Q(code__icontains=search) | Q(description__icontains=search))
        qs = qs.filter(**id_filter(request, "unit", "unit"))
        return paginate(self, request, qs, storage_repr)

    def post(self, request):
        st = services.create_storage(request.user, body(request))
        return Response(storage_repr(st), status=status.HTTP_201_CREATED)


class StorageDetailView(APIView):
    def _get(self, request, pk):
        return services.get_visible(services.visible_storage(request.user).select_related(*storage_related()), pk)

    def get(self, request, pk):
        return Response(storage_repr(self._get(request, pk)))

    def put(self, request, pk):
        st = services.update_storage(request.user, self._get(request, pk), body(request))
        return Response(storage_repr(StorageLocation.objects.select_related(*storage_related()).get(pk=st.pk)))

    patch = put


class StorageBulkCreateView(APIView):
    def post(self, request):
        created = services.bulk_create_storage(request.user, body(request))
        return Response({"count": len(created), "results": [storage_repr(s) for s in created]},
                        status=status.HTTP_201_CREATED)


# ---------------------------------------------------------------- audit
def _audit_user(value):
    """``?user=``: the actor's public id, else its username."""
    try:
        kw = ids.parse(value)
    except ValueError:
        return {"username": value}
    return {"user_id": kw["pk"]} if "pk" in kw else {"user__public_id": kw["public_id"]}


class AuditView(APIView):
    def get(self, request):
        qs = services.visible_audit(request.user).order_by("id")
        after = int_param(request, "after_id")
        if after is not None:
            qs = qs.filter(id__gt=after)
        limit = int_param(request, "limit")
        if limit is None:
            limit = 100
        if not 1 <= limit <= 5000:
            raise ValidationError({"limit": ["Between 1 and 5000."]})
        user = request.query_params.get("user", "").strip()
        if user:
            qs = qs.filter(**_audit_user(user))
        entity = request.query_params.get("entity", "").strip()
        if entity:
            qs = qs.filter(entity__in=entity.split(","))
        count = qs.count()
        rows = list(qs[:limit])
        nxt = None
        if count > len(rows) and rows:
            q = request.query_params.copy()
            q["after_id"] = str(rows[-1].pk)
            q["limit"] = str(limit)
            nxt = request.build_absolute_uri(request.path) + "?" + q.urlencode()
        return Response({"count": count, "next": nxt, "previous": None,
                         "results": [audit_repr(a) for a in rows]})


# ---------------------------------------------------------------- dashboard
class DashboardSummaryView(APIView):
    def get(self, request):
        user = request.user
        out = {}
        for kind in REQUEST_MODELS:
            counts = dict(services.visible_requests(user, kind).order_by().values_list("status").annotate(n=Count("id")))
            d = {s: counts.get(s, 0) for s in RequestStatus.values}
            d["total"] = sum(d.values())
            out[kind] = d
        counts = dict(services.visible_crates(user).order_by().values_list("status").annotate(n=Count("id")))
        from .models import CrateStatus

        d = {s: counts.get(s, 0) for s in CrateStatus.values}
        d["total"] = sum(d.values())
        out["crate"] = d
        counts = dict(services.visible_sendbacks(user).order_by().values_list("status").annotate(n=Count("id")))
        out["sendback"] = {"open": counts.get("open", 0), "resolved": counts.get("resolved", 0),
                           "total": sum(counts.values())}
        out["storage"] = {"total": services.visible_storage(user).count()}
        out["unit_id"] = None if services.is_admin(user) else ids.fk(user, "unit")
        out["generated_at"] = now_iso()
        return Response(out)


# ---------------------------------------------------------------- realtime
STALE_SERVER_SECONDS = 30


def prune_stale_connections():
    cutoff = timezone.now() - timezone.timedelta(seconds=STALE_SERVER_SECONDS)
    stale = list(ServerProcess.objects.filter(heartbeat__lt=cutoff).values_list("server_id", flat=True))
    if stale:
        LiveConnection.objects.filter(server_id__in=stale).delete()
        ServerProcess.objects.filter(server_id__in=stale).delete()


class ConnectionsView(APIView):
    def get(self, request):
        if not services.is_admin(request.user):
            raise PermissionDenied("Administrators only.")
        prune_stale_connections()
        rows = list(LiveConnection.objects.select_related("user", "unit").order_by("id"))
        by_unit = {}
        for c in rows:
            key = str(ids.fk(c, "unit"))
            by_unit[key] = by_unit.get(key, 0) + 1
        return Response({"count": len(rows), "by_unit": by_unit, "results": [connection_repr(c) for c in rows]})


class DisconnectAllView(APIView):
    def post(self, request):
        if not settings.DEBUG:
            raise NotFound("Not found.")
        if not services.is_admin(request.user):
            raise PermissionDenied("Administrators only.")
        n = LiveConnection.objects.count()
        broadcast.disconnect_all(1012)
        return Response({"detail": "Closing all live sockets with 1012.", "count": n})


class UnitListView(APIView):
    def get(self, request):
        qs = Unit.objects.order_by("id")
        return paginate(self, request, qs, lambda u: {"id": ids.public(u), "name": u.name})


# ---------------------------------------------------------------- seed 004: lab equipment
def _lab_status_filter(request, qs):
    st = request.query_params.get("status")
    return qs.filter(status__in=st.split(",")) if st else qs


def _equipment_page(view, request, qs):
    """Equipment rows with their active session's id (one query for the page)."""
    pager = DmsPagination()
    page = pager.paginate_queryset(qs, request, view=view)
    active = {s.equipment_id: s for s in lab.active_sessions().filter(equipment__in=[e.pk for e in page])}
    return pager.get_paginated_response([lab.equipment_repr(e, active.get(e.pk)) for e in page])


def _equipment_row(eq):
    return lab.equipment_repr(eq, lab.active_sessions().filter(equipment=eq).first())


class EquipmentListView(APIView):
    def get(self, request):
        return _equipment_page(self, request, _lab_status_filter(request, Equipment.objects.order_by("id")))

    def post(self, request):
        return Response(_equipment_row(lab.create_equipment(request.user, body(request))),
                        status=status.HTTP_201_CREATED)


class EquipmentDetailView(APIView):
    def get(self, request, pk):
        return Response(_equipment_row(ids.get_or_404(Equipment.objects.all(), pk)))

    def patch(self, request, pk):
        eq = lab.update_equipment(request.user, ids.get_or_404(Equipment.objects.all(), pk), body(request))
        return Response(_equipment_row(eq))

    def delete(self, request, pk):
        lab.delete_equipment(request.user, ids.get_or_404(Equipment.objects.all(), pk))
        return Response(status=status.HTTP_204_NO_CONTENT)


class EquipmentStatusView(APIView):
    def post(self, request, pk):
        eq = lab.set_equipment_status(request.user, ids.get_or_404(Equipment.objects.all(), pk), body(request))
        return Response(_equipment_row(eq))


def _sessions(qs):
    return qs.select_related(*lab.SESSION_RELATED).order_by("id")


class SessionListView(APIView):
    """GET all sessions; POST {equipment_id, notes?} starts one (409 unless available)."""

    def get(self, request):
        return paginate(self, request, _sessions(LabSession.objects.all()), lab.session_repr)

    def post(self, request):
        s = lab.start_session(request.user, body(request))
        return Response(lab.session_repr(_sessions(LabSession.objects.filter(pk=s.pk)).get()),
                        status=status.HTTP_201_CREATED)


class MySessionsView(APIView):
    def get(self, request):
        return paginate(self, request, _sessions(LabSession.objects.filter(user=request.user)), lab.session_repr)


class ActiveSessionsView(APIView):
    def get(self, request):
        return paginate(self, request, _sessions(lab.active_sessions()), lab.session_repr)


class SessionDetailView(APIView):
    def get(self, request, pk):
        return Response(lab.session_repr(ids.get_or_404(_sessions(LabSession.objects.all()), pk)))


class SessionEndView(APIView):
    def post(self, request, pk):
        s = lab.end_session(request.user, ids.get_or_404(LabSession.objects.all(), pk))
        return Response(lab.session_repr(_sessions(LabSession.objects.filter(pk=s.pk)).get()))


def _samples(qs):
    return qs.select_related(*lab.SAMPLE_RELATED).order_by("id")


class SampleListView(APIView):
    """GET the samples the user sent or received; POST {recipient_user_id, sample_name?,
    equipment_id?} submits one to the recipient's inbox."""

    def get(self, request):
        qs = _lab_status_filter(request, _samples(lab.visible_samples(request.user)))
        return paginate(self, request, qs, lab.sample_repr)

    def post(self, request):
        s = lab.submit_sample(request.user, body(request))
        return Response(lab.sample_repr(_samples(lab.visible_samples(request.user)).get(pk=s.pk)),
                        status=status.HTTP_201_CREATED)


class SampleInboxView(APIView):
    def get(self, request):
        qs = _lab_status_filter(request, _samples(lab.inbox(request.user)))
        if request.query_params.get("unread") in ("1", "true"):
            qs = qs.filter(is_read=False)
        return paginate(self, request, qs, lab.sample_repr)


class SampleUnreadCountView(APIView):
    def get(self, request):
        return Response({"count": lab.inbox(request.user).filter(is_read=False).count()})


class SampleDetailView(APIView):
    def get(self, request, pk):
        return Response(lab.sample_repr(ids.get_or_404(_samples(lab.visible_samples(request.user)), pk)))


class SampleStatusView(APIView):
    def post(self, request, pk):
        s = ids.get_or_404(lab.visible_samples(request.user), pk)
        s = lab.set_sample_status(request.user, s, body(request))
        return Response(lab.sample_repr(_samples(lab.visible_samples(request.user)).get(pk=s.pk)))
