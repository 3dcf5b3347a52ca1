// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

// "Network gone, then back": QNetworkInformation driven for real. The test re-runs itself
// inside a private network namespace (unshare -n, root only), where Qt's glib backend
// watches GLib's netlink network monitor; deleting and re-adding the namespace's default
// route takes the network away and brings it back. An Offline session must reconnect
// by itself when the network returns, without Retry. Where unshare or the glib backend is
// not available the test is skipped (QSKIP), saying why.
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkInformation>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <unistd.h>

#include "auth/apiclient.h"
#include "core/clock.h"
#include "fakedms.h"
#include "hostileserver.h"
#include "live/livesession.h"

using namespace Dms;
using namespace Dms::Test;

namespace {

bool ip(const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("ip"), args);
    const bool ok = p.waitForFinished(10'000) && p.exitCode() == 0;
    if (!ok)
        qWarning().noquote() << "ip" << args.join(QLatin1Char(' ')) << "failed:" << p.readAll();
    return ok;
}

bool inPrivateNamespace()
{
    return qEnvironmentVariable("DMS_IN_NETNS") == QLatin1String("1");
}

}  // namespace

class tst_NetworkBack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offline_networkComesBack_reconnectsWithoutRetry()
    {
        if (!inPrivateNamespace()) {
            // The outer run: start this same test inside a new network namespace.
            if (::geteuid() != 0)
                QSKIP("needs root for unshare -n (a private network namespace)");
            QProcess inner;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("DMS_IN_NETNS"), QStringLiteral("1"));
            env.insert(QStringLiteral("GIO_USE_NETWORK_MONITOR"), QStringLiteral("netlink"));
            inner.setProcessEnvironment(env);
            inner.setProcessChannelMode(QProcess::ForwardedChannels);
            inner.start(QStringLiteral("unshare"), {QStringLiteral("-n"), QCoreApplication::applicationFilePath(),
                                                    QStringLiteral("offline_networkComesBack_reconnectsWithoutRetry")});
            QVERIFY(inner.waitForStarted());
            QVERIFY(inner.waitForFinished(60'000));
            if (inner.exitCode() == 77)
                QSKIP("QNetworkInformation cannot be driven here (see the warning above); Offline → Retry "
                      "is covered by tst_networkfaults");
            QCOMPARE(inner.exitCode(), 0);
            return;
        }
        QVERIFY(ip({QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"), QStringLiteral("up")}));
        QVERIFY(ip({QStringLiteral("route"), QStringLiteral("add"), QStringLiteral("default"), QStringLiteral("dev"), QStringLiteral("lo")}));
        if (!QNetworkInformation::loadBackendByName(u"glib") || !QNetworkInformation::instance()) {
            qWarning("no glib QNetworkInformation backend here");
            ::_exit(77);
        }
        QNetworkInformation *info = QNetworkInformation::instance();
        QVERIFY(QTest::qWaitFor([&] { return info->reachability() == QNetworkInformation::Reachability::Online; }, 5000));

        HostileServer server;
        QVERIFY(server.listen());
        const quint16 port = server.port();
        QNetworkAccessManager nam;
        SystemClock clock;
        ApiClient api(&nam, &clock);
        api.setBaseUrl(server.baseUrl());
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        api.setTokens(fakeJwt(now + 3600), fakeJwt(now + 86400, "refresh"));
        DialectProfile profile;
        ProfileError error;
        QVERIFY(DialectProfile::load(QStringLiteral("dms-updates"), &profile, &error));
        LiveSession session(&api, profile, &clock);  // connects to QNetworkInformation now
        LiveSession::Settings s;
        s.pingIntervalMs = 30'000;
        s.backoff = {50, 2.0, 100, true};
        s.maxAttempts = 2;
        session.setSettings(s);
        session.start();
        QVERIFY(QTest::qWaitFor([&] { return session.state() == LiveState::Live; }, 5000));

        // The network goes: no default route. The server is unreachable meanwhile.
        QSignalSpy reach(info, &QNetworkInformation::reachabilityChanged);
        QVERIFY(ip({QStringLiteral("route"), QStringLiteral("del"), QStringLiteral("default")}));
        if (!QTest::qWaitFor([&] { return info->reachability() != QNetworkInformation::Reachability::Online; }, 3000)) {
            // Seen with Qt 6.4.2 and GLib 2.74: GLib's netlink monitor goes to "local"
            // connectivity, but the glib backend keeps reporting Online, so the network
            // cannot be taken away from Qt here (the NetworkManager backend needs NM).
            qWarning("QNetworkInformation (glib backend) did not follow the route change: "
                     "reachability stays Online; the network-back path cannot be driven here");
            ::_exit(77);
        }
        qInfo("network gone: reachability %d", int(info->reachability()));
        server.stopListening();  // and the server cannot be reached either
        server.ws().closeAll(QWebSocketProtocol::CloseCode(1001));
        QVERIFY(QTest::qWaitFor([&] { return session.state() == LiveState::Offline; }, 10'000));
        // The server is back, the network is not: Offline waits (no retry loop).
        QVERIFY(server.listen(port));
        QTest::qWait(500);  // the wait is the thing measured: no retry loop in it
        QCOMPARE(session.state(), LiveState::Offline);

        // The network comes back: the session reconnects by itself.
        QElapsedTimer t;
        t.start();
        QVERIFY(ip({QStringLiteral("route"), QStringLiteral("add"), QStringLiteral("default"), QStringLiteral("dev"), QStringLiteral("lo")}));
        QVERIFY(QTest::qWaitFor([&] { return session.state() == LiveState::Live; }, 10'000));
        qInfo("network back: Live again %lld ms after the route returned", t.elapsed());
    }
};

QTEST_GUILESS_MAIN(tst_NetworkBack)
#include "tst_networkback.moc"
