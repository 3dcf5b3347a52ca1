# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DMS Live Console developers

"""REST routes, relative to settings.DMS_API_PREFIX (config/urls.py mounts them).

Ids in paths are matched loosely ([^/]+): the view answers 404 for an id that is
malformed in the current DMS_PUBLIC_IDS mode, exactly as for an unknown one.
"""
from django.urls import path, re_path
from rest_framework_simplejwt.views import TokenRefreshView

from . import views

KIND = r"(?P<kind>withdrawal|destruction|transfer)"
ID = r"(?P<pk>[^/]+)"

urlpatterns = [
    path("auth/login/", views.LoginView.as_view()),
    path("auth/token/refresh/", TokenRefreshView.as_view()),
    path("auth/logout/", views.LogoutView.as_view()),
    path("auth/me/", views.MeView.as_view()),
    path("units/", views.UnitListView.as_view()),
    path("requests/sendbacks/", views.SendBackListView.as_view()),
    re_path(r"^requests/%s/$" % KIND, views.RequestListView.as_view()),
    re_path(r"^requests/%s/%s/$" % (KIND, ID), views.RequestDetailView.as_view()),
    re_path(r"^requests/%s/%s/(?P<action>[^/]+)/$" % (KIND, ID), views.RequestActionView.as_view()),
    path("documents/crates/", views.CrateListView.as_view()),
    path("documents/crates/<str:pk>/", views.CrateDetailView.as_view()),
    path("documents/crates/<str:pk>/relocate/", views.CrateRelocateView.as_view()),
    path("storage/", views.StorageListView.as_view()),
    path("storage/bulk-create/", views.StorageBulkCreateView.as_view()),
    path("storage/<str:pk>/", views.StorageDetailView.as_view()),
    path("audit/", views.AuditView.as_view()),
    path("dashboard/summary/", views.DashboardSummaryView.as_view()),
    path("realtime/connections/", views.ConnectionsView.as_view()),
    path("realtime/disconnect-all/", views.DisconnectAllView.as_view()),
    # seed 004 (HyCON lab equipment)
    path("equipment/", views.EquipmentListView.as_view()),
    path("equipment/<str:pk>/", views.EquipmentDetailView.as_view()),
    path("equipment/<str:pk>/status/", views.EquipmentStatusView.as_view()),
    path("sessions/", views.SessionListView.as_view()),
    path("sessions/mine/", views.MySessionsView.as_view()),
    path("sessions/active/", views.ActiveSessionsView.as_view()),
    path("sessions/<str:pk>/", views.SessionDetailView.as_view()),
    path("sessions/<str:pk>/end/", views.SessionEndView.as_view()),
    path("samples/", views.SampleListView.as_view()),
    path("samples/inbox/", views.SampleInboxView.as_view()),
    path("samples/unread-count/", views.SampleUnreadCountView.as_view()),
    path("samples/<str:pk>/", views.SampleDetailView.as_view()),
    path("samples/<str:pk>/status/", views.SampleStatusView.as_view()),
]
