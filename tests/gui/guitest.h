// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

// Shared by the GUI tests: an engine factory over real services (network, system clock,
// an in-memory secret store), settings in a throwaway directory, and "another user" acting
// on the reference server over REST (tests/support/restcall.h).

#include "auth/apiclient.h"
#include "auth/memorysecretstore.h"
#include "consoleapp.h"
#include "core/clock.h"
#include "restcall.h"
#include "session/consolesession.h"
#include "session/sessionfactory.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

namespace Dms::Test {

// What app/main.cpp provides in the product: shared services and a session factory.
struct Engine
{
    QNetworkAccessManager nam;
    SystemClock clock;
    MemorySecretStore secrets;

    SessionFactory factory()
    {
        return [this](const DialectProfile &profile, QObject *parent) {
            return new ConsoleSession(&nam, &clock, &secrets, profile, parent);
        };
    }
};

// Another user of the server, acting over REST as the tests need.
class OtherUser
{
public:
    OtherUser(QNetworkAccessManager *nam, const Clock *clock, const QUrl &server)
        : m_api(std::make_unique<ApiClient>(nam, clock))
    {
        m_api->setBaseUrl(server);
    }
    bool signIn(const QString &user, const QString &password)
    {
        return await(m_api->login(user, password)).status == 200;
    }
    ApiClient *api() const { return m_api.get(); }

    QJsonArray list(const QString &path, const QString &status = QString())
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("page_size"), QStringLiteral("5000"));
        if (!status.isEmpty())
            query.addQueryItem(QStringLiteral("status"), status);
        return await(m_api->get(path, query)).json.toObject().value(QStringLiteral("results")).toArray();
    }
    RestResult post(const QString &path, const QJsonObject &body) { return await(m_api->post(path, body)); }

private:
    std::unique_ptr<ApiClient> m_api;
};

// Settings of the test in a directory of its own, removed at exit.
inline void isolateSettings(QTemporaryDir &dir)
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("dms-console-test"));
    QCoreApplication::setApplicationName(QStringLiteral("dms-console"));
}

// The offscreen platform warns about every window feature it lacks: not our concern.
// Call from initTestCase (QtTest installs its own handler when the run starts).
inline void quietPlatformWarnings()
{
    static const QtMessageHandler previous = qInstallMessageHandler(nullptr);
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &message) {
        if (type == QtWarningMsg && message.startsWith(QLatin1String("This plugin does not support")))
            return;
        previous(type, context, message);
    });
}

}  // namespace Dms::Test

// QTEST_MAIN with the settings moved to a temporary directory first and the product's
// translations (English plural forms) installed.
#define DMS_GUI_TEST_MAIN(TestObject)                                   \
    int main(int argc, char **argv)                                     \
    {                                                                   \
        QTemporaryDir settingsDir;                                      \
        Dms::Test::isolateSettings(settingsDir);                        \
        QStandardPaths::setTestModeEnabled(true); /* health history */ \
        QApplication app(argc, argv);                                   \
        app.setAttribute(Qt::AA_Use96Dpi, true);                        \
        Dms::installTranslations(app);                                  \
        TestObject test;                                                \
        QTEST_SET_MAIN_SOURCE_PATH                                      \
        return QTest::qExec(&test, argc, argv);                         \
    }
