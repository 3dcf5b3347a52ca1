from django.urls import path, re_path
from rest_framework_simplejwt.views import TokenRefreshView

from dms import views

KIND = r"(?P<kind>withdrawal|destruction|transfer)"

urlpatterns = [
    path("api/auth/login/", views.LoginView.as_view()),
    path("api/auth/token/refresh/", TokenRefreshView.as_view()),
    path("api/auth/me/", views.MeView.as_view()),
    path("api/units/", views.UnitListView.as_view()),
    path("api/requests/sendbacks/", views.SendBackListView.as_view()),
    re_path(r"^api/requests/%s/$" % KIND, views.RequestListView.as_view()),
    re_path(r"^api/requests/%s/(?P<pk>[0-9]+)/$" % KIND, views.RequestDetailView.as_view()),
    re_path(r"^api/requests/%s/(?P<pk>[0-9]+)/(?P<action>[^/]+)/$" % KIND, views.RequestActionView.as_view()),
    path("api/documents/crates/", views.CrateListView.as_view()),
    path("api/documents/crates/<int:pk>/", views.CrateDetailView.as_view()),
    path("api/documents/crates/<int:pk>/relocate/", views.CrateRelocateView.as_view()),
    path("api/storage/", views.StorageListView.as_view()),
    path("api/storage/bulk-create/", views.StorageBulkCreateView.as_view()),
    path("api/storage/<int:pk>/", views.StorageDetailView.as_view()),
    path("api/audit/", views.AuditView.as_view()),
    path("api/dashboard/summary/", views.DashboardSummaryView.as_view()),
    path("api/realtime/connections/", views.ConnectionsView.as_view()),
    path("api/realtime/disconnect-all/", views.DisconnectAllView.as_view()),
]

handler404 = "dms.views.json_404"
handler500 = "dms.views.json_500"
