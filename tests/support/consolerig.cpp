// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "consolerig.h"

#include "auth/signinservice.h"
#include "serverfixture.h"
#include "sync/queryclient.h"

#include <QSignalSpy>
#include <QTest>

namespace Dms::Test {

ConsoleRig::ConsoleRig(const QUrl &server, const Options &options)
{
    if (options.nam)
        nam = options.nam;
    ProfileError error;
    if (!DialectProfile::load(options.profile, &profile, &error))
        setupError = error.message;
    QUrl target = server;
    if (options.faultProxy) {
        proxy = std::make_unique<FaultProxy>(quint16(server.port()));
        if (!proxy->listen())
            setupError = QStringLiteral("the fault proxy cannot listen");
        target.setPort(proxy->port());
    }
    session = std::make_unique<ConsoleSession>(nam, &clock, &secrets, profile);
    session->api()->setBaseUrl(target);
    if (!options.caFile.isEmpty() && !session->api()->addCaCertificatesFromFile(options.caFile, &setupError))
        setupError.prepend(QStringLiteral("CA file: "));
    LiveSession::Settings s = session->live()->settings();
    s.pingIntervalMs = options.pingMs;
    s.pongTimeoutMs = options.pongMs;
    if (options.connectTimeoutMs > 0)
        s.connectTimeoutMs = options.connectTimeoutMs;
    s.backoff = options.backoff;
    s.maxAttempts = options.maxAttempts;
    if (options.refreshWithinMs >= 0)
        s.refreshWithinMs = options.refreshWithinMs;
    session->live()->setSettings(s);
    if (options.coalesceWindowMs >= 0)
        session->queries()->setCoalesceWindowMs(options.coalesceWindowMs);
    if (options.queryRetries >= 0)
        session->queries()->setRetryPolicy(options.queryRetries, 200, 2.0, 2000);
    if (!setupError.isEmpty())
        qWarning().noquote() << "console rig:" << setupError;
    QObject::connect(session->live(), &LiveSession::stateChanged, session.get(), [this](const LiveStatus &st) {
        states.append(st);
        everAuthFailed = everAuthFailed || st.state == LiveState::AuthFailed;
    });
    QObject::connect(session->api(), &ApiClient::signedOut, session.get(),
                     [this](const QString &reason) { signOuts.append(reason); });
}

QUrl ConsoleRig::url() const
{
    return session->api()->baseUrl();
}

bool ConsoleRig::signIn(const QString &user, int timeoutMs)
{
    QSignalSpy ok(session->signIn(), &SignInService::signedIn);
    session->signIn()->signIn(url(), user, ServerFixture::demoPassword(), false, false);
    return ok.wait(timeoutMs);
}

bool ConsoleRig::goLive(int timeoutMs)
{
    withdrawals.reset(createRequestsModel(session->queries(), RequestKind::Withdrawal));
    session->live()->start();
    return QTest::qWaitFor([&] { return isLive() && withdrawals->isLoaded(); }, timeoutMs);
}

bool ConsoleRig::waitFor(LiveState wanted, int timeoutMs)
{
    return QTest::qWaitFor([&] { return state() == wanted; }, timeoutMs);
}

QMap<qint64, QString> statusesOf(const EntityTableModel &model)
{
    QMap<qint64, QString> out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.insert(model.idAt(row).toNumber(), model.index(row, 0).data(EntityTableModel::StatusRole).toString());
    return out;
}

}  // namespace Dms::Test
