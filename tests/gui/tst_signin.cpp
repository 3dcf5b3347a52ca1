// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

// Sign-in flow of the window against the reference server: the dialog, the command-line
// path, and the failures a user meets (wrong password, server unreachable, not a DMS
// server, a malformed address), plus sign-out back to the dialog with the server history.
#include "fakehttpserver.h"
#include "guitest.h"
#include "serverfixture.h"

#include "core/redact.h"
#include "dialogs/signindialog.h"
#include "widgets/connectionbadge.h"
#include "windows/mainwindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTcpServer>
#include <QTimer>

using namespace Dms;
using Dms::Test::ServerFixture;

class TestSignIn : public QObject
{
    Q_OBJECT

private:
    ServerFixture m_server;
    Test::Engine m_engine;

    void fill(SignInDialog *dialog, const QUrl &server, const QString &user, const QString &password)
    {
        dialog->serverCombo()->setEditText(server.toString());
        dialog->userEdit()->setText(user);
        dialog->passwordEdit()->setText(password);
    }

    // Everything the console wrote to its settings, as one string.
    static QString allSettingsText()
    {
        QString text;
        const QString dir = QFileInfo(QSettings().fileName()).absolutePath();
        QDirIterator it(QFileInfo(dir).absolutePath(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly))
                text += QString::fromUtf8(file.readAll());
        }
        return text;
    }

    // Answers every modal QMessageBox the window opens while it lives: clicks the button whose
    // text is `button`, and keeps each question's text. Polls for the box (it is opened
    // with exec(), inside a nested event loop).
    struct QuestionAnswerer
    {
        QStringList asked;
        QTimer timer;
        QuestionAnswerer(const QString &button)
        {
            timer.setInterval(10);
            QObject::connect(&timer, &QTimer::timeout, [this, button] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!box || !box->isVisible())
                    return;
                asked.append(box->text());
                for (QAbstractButton *b : box->buttons()) {
                    if (b->text().remove(QLatin1Char('&')) == button) {
                        b->click();
                        return;
                    }
                }
                box->reject();  // no such button: cancel, and the test sees what was asked
            });
            timer.start();
        }
    };

    // A closed port on an address that is not loopback: plain http:// there sends the
    // password in clear. 0.0.0.0 reaches this machine, so an accepted sign-in fails at once
    // (connection refused) instead of waiting on a network this machine does not have.
    static SignInRequest request(const QUrl &server, const QString &password)
    {
        SignInRequest r;
        r.server = server;
        r.user = QStringLiteral("u1_head1");
        r.password = password;
        return r;
    }

    static QUrl remotePlainHttpUrl()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::Any, 0);
        const quint16 port = probe.serverPort();
        probe.close();
        QUrl url(QStringLiteral("http://0.0.0.0/"));
        url.setPort(port);
        return url;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Test::quietPlatformWarnings();
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    // http:// to another machine: the window asks before it sends the password; Cancel (the
    // default) sends nothing and says why; only a yes is remembered, per origin.
    void signIn_plainHttpElsewhere_cancel_sendsNothingAndRemembersNothing()
    {
        QSettings().remove(QStringLiteral("security/clearTextServers"));
        MainWindow window(m_engine.factory());
        QSignalSpy failed(&window, &MainWindow::signInFailed);
        QuestionAnswerer answer(QStringLiteral("Cancel"));
        const QUrl url = remotePlainHttpUrl();
        window.signIn(request(url, QStringLiteral("pw-never-sent")));
        QCOMPARE(answer.asked.size(), 1);
        QVERIFY2(answer.asked.first().contains(QStringLiteral("unencrypted")), qPrintable(answer.asked.first()));
        QVERIFY(window.signInDialog() && window.signInDialog()->isVisible());
        QVERIFY2(window.signInDialog()->errorText().contains(QStringLiteral("https://")),
                 qPrintable(window.signInDialog()->errorText()));
        QVERIFY(!window.isSignedIn());
        QCOMPARE(failed.count(), 0);  // no sign-in was attempted, so none failed
        QVERIFY(QSettings().value(QStringLiteral("security/clearTextServers")).toStringList().isEmpty());

        // Asked again next time: a no is not remembered.
        window.signIn(request(url, QStringLiteral("pw-never-sent")));
        QCOMPARE(answer.asked.size(), 2);
    }

    void signIn_plainHttpElsewhere_yes_isRememberedForTheOriginOnly()
    {
        QSettings().remove(QStringLiteral("security/clearTextServers"));
        MainWindow window(m_engine.factory());
        QSignalSpy failed(&window, &MainWindow::signInFailed);
        QuestionAnswerer answer(QStringLiteral("Sign in without encryption"));
        QUrl url = remotePlainHttpUrl();
        url.setPath(QStringLiteral("/dms/"));
        url.setQuery(QStringLiteral("x=1"));
        window.signIn(request(url, QStringLiteral("pw")));
        QCOMPARE(answer.asked.size(), 1);
        QVERIFY(failed.wait(20'000));  // it did try: connection refused at the closed port
        QVERIFY2(window.signInDialog()->errorText().startsWith(QStringLiteral("Cannot reach the server")),
                 qPrintable(window.signInDialog()->errorText()));
        const QStringList remembered = QSettings().value(QStringLiteral("security/clearTextServers")).toStringList();
        QCOMPARE(remembered, QStringList{QStringLiteral("http://0.0.0.0:%1").arg(url.port())});

        // The same origin with another path: not asked again.
        url.setPath(QStringLiteral("/"));
        url.setQuery(QString());
        window.signIn(request(url, QStringLiteral("pw")));
        QVERIFY(failed.wait(20'000));
        QCOMPARE(answer.asked.size(), 1);
        // Loopback over http:// is never questioned.
        window.signIn(request(m_server.baseUrl(), QStringLiteral("not-the-password")));
        QVERIFY(failed.wait(20'000));
        QCOMPARE(answer.asked.size(), 1);
        QSettings().remove(QStringLiteral("security/clearTextServers"));
    }

    void signIn_dialogRightPassword_opensWindowLive()
    {
        MainWindow window(m_engine.factory());
        QSignalSpy signedIn(&window, &MainWindow::signedIn);
        window.showSignInDialog();
        SignInDialog *dialog = window.signInDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(!window.isVisible());
        fill(dialog, m_server.baseUrl(), QStringLiteral("u1_head1"), ServerFixture::demoPassword());
        QVERIFY(dialog->signInButton()->isEnabled());
        dialog->signInButton()->click();
        QVERIFY(dialog->isBusy());

        QVERIFY(signedIn.wait(15'000));
        QVERIFY(window.isSignedIn());
        QVERIFY(window.isVisible());
        QVERIFY(!dialog->isVisible());
        QVERIFY(dialog->passwordEdit()->text().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(window.badge()->badgeText(), QStringLiteral("Live"), 15'000);
        const QString user = window.findChild<QLabel *>(QStringLiteral("statusUser"))->text();
        QVERIFY2(user.contains(QStringLiteral("u1_head1")) && user.contains(QStringLiteral("Unit 1")), qPrintable(user));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("statusServer"))->text(), redactedUrl(m_server.baseUrl()));
    }

    void signIn_wrongPassword_saysSoAndStaysSignedOut()
    {
        MainWindow window(m_engine.factory());
        QSignalSpy failed(&window, &MainWindow::signInFailed);
        window.showSignInDialog();
        SignInDialog *dialog = window.signInDialog();
        fill(dialog, m_server.baseUrl(), QStringLiteral("u1_head1"), QStringLiteral("not-the-password"));
        dialog->signInButton()->click();
        QVERIFY(failed.wait(15'000));
        QVERIFY(!window.isSignedIn());
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isBusy());
        QVERIFY(dialog->signInButton()->isEnabled());
        QVERIFY2(dialog->errorText().startsWith(QStringLiteral("Wrong user name or password")),
                 qPrintable(dialog->errorText()));
        QVERIFY(!dialog->errorText().contains(QStringLiteral("not-the-password")));
    }

    void signIn_unreachableServer_saysCannotReach()
    {
        // A port nothing listens on: bind one, then close it.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        QUrl url(QStringLiteral("http://127.0.0.1"));
        url.setPort(port);

        MainWindow window(m_engine.factory());
        QSignalSpy failed(&window, &MainWindow::signInFailed);
        window.showSignInDialog();
        fill(window.signInDialog(), url, QStringLiteral("u1_head1"), ServerFixture::demoPassword());
        window.signInDialog()->signInButton()->click();
        QVERIFY(failed.wait(20'000));
        const QString text = window.signInDialog()->errorText();
        QVERIFY2(text.startsWith(QStringLiteral("Cannot reach the server")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("refused")), qPrintable(text));
        QVERIFY(!window.isSignedIn());
    }

    void signIn_notADmsServer_saysSo()
    {
        // An HTTP server that answers every request with an HTML page.
        Test::FakeHttpServer web;
        QVERIFY(web.listen());
        web.setFallback([](const Test::FakeHttpServer::Request &) {
            return Test::FakeHttpServer::Response::html(200, "<html>hello</html>\r\n");
        });
        const QUrl url = web.baseUrl();

        MainWindow window(m_engine.factory());
        QSignalSpy failed(&window, &MainWindow::signInFailed);
        window.showSignInDialog();
        fill(window.signInDialog(), url, QStringLiteral("u1_head1"), ServerFixture::demoPassword());
        window.signInDialog()->signInButton()->click();
        QVERIFY(failed.wait(20'000));
        const QString text = window.signInDialog()->errorText();
        QVERIFY2(text.startsWith(QStringLiteral("This does not look like a DMS server")), qPrintable(text));
    }

    void signIn_malformedAddress_asksForTheWholeAddress()
    {
        MainWindow window(m_engine.factory());
        QSignalSpy failed(&window, &MainWindow::signInFailed);
        window.showSignInDialog();
        SignInDialog *dialog = window.signInDialog();
        dialog->serverCombo()->setEditText(QStringLiteral("dms.example.org"));
        dialog->userEdit()->setText(QStringLiteral("u1_head1"));
        dialog->signInButton()->click();
        QVERIFY(!dialog->isBusy());
        QVERIFY2(dialog->errorText().startsWith(QStringLiteral("Check the server address")), qPrintable(dialog->errorText()));
        QVERIFY(!window.session());
    }

    void signIn_commandLine_signsInWithoutDialog()
    {
        MainWindow window(m_engine.factory());
        QSignalSpy signedIn(&window, &MainWindow::signedIn);
        SignInRequest request;
        request.server = m_server.baseUrl();
        request.user = QStringLiteral("u2_appr1");
        request.password = ServerFixture::demoPassword();
        window.signIn(request);
        QVERIFY(signedIn.wait(15'000));
        QVERIFY(!window.signInDialog());
        QCOMPARE(signedIn.first().first().value<UserInfo>().unitId, 2);
        QTRY_COMPARE_WITH_TIMEOUT(window.badge()->badgeText(), QStringLiteral("Live"), 15'000);
    }

    void signIn_commandLineWrongPassword_opensDialogWithReason()
    {
        MainWindow window(m_engine.factory());
        QSignalSpy failed(&window, &MainWindow::signInFailed);
        SignInRequest request;
        request.server = m_server.baseUrl();
        request.user = QStringLiteral("u1_head1");
        request.password = QStringLiteral("wrong");
        window.signIn(request);
        QVERIFY(failed.wait(15'000));
        QVERIFY(window.signInDialog());
        QVERIFY(window.signInDialog()->isVisible());
        QCOMPARE(window.signInDialog()->userEdit()->text(), QStringLiteral("u1_head1"));
        QVERIFY(window.signInDialog()->errorText().startsWith(QStringLiteral("Wrong user name or password")));
        // Retrying in the dialog with the right password works.
        QSignalSpy signedIn(&window, &MainWindow::signedIn);
        window.signInDialog()->passwordEdit()->setText(ServerFixture::demoPassword());
        window.signInDialog()->signInButton()->click();
        QVERIFY(signedIn.wait(15'000));
        QVERIFY(window.isSignedIn());
    }

    void signOut_backToDialog_serverRemembered_noSecretInSettings()
    {
        MainWindow window(m_engine.factory());
        QSignalSpy signedIn(&window, &MainWindow::signedIn);
        QSignalSpy signedOut(&window, &MainWindow::signedOut);
        SignInRequest request;
        request.server = m_server.baseUrl();
        request.user = QStringLiteral("u1_appr1");
        request.password = ServerFixture::demoPassword();
        request.remember = true;
        window.signIn(request);
        QVERIFY(signedIn.wait(15'000));
        QTRY_COMPARE_WITH_TIMEOUT(window.badge()->badgeText(), QStringLiteral("Live"), 15'000);
        const QString access = window.session()->api()->accessToken();
        QVERIFY(!access.isEmpty());

        window.signOut();
        QCOMPARE(signedOut.size(), 1);
        QVERIFY(!window.isSignedIn());
        QCOMPARE(window.badge()->badgeText(), QStringLiteral("Offline"));
        SignInDialog *dialog = window.signInDialog();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->userEdit()->text(), QStringLiteral("u1_appr1"));
        QVERIFY(dialog->passwordEdit()->text().isEmpty());
        const QString server = m_server.baseUrl().toString();
        QVERIFY(dialog->serverCombo()->findText(server) >= 0);
        QCOMPARE(dialog->serverCombo()->currentText(), server);

        window.close();  // writes the layout too
        const QString settings = allSettingsText();
        QVERIFY(settings.contains(server));
        QVERIFY2(!settings.contains(ServerFixture::demoPassword()), "a password reached the settings");
        QVERIFY2(!settings.contains(access), "a token reached the settings");
        QVERIFY2(!settings.contains(QStringLiteral("eyJ")), "something JWT-shaped reached the settings");
    }
};

DMS_GUI_TEST_MAIN(TestSignIn)
#include "tst_signin.moc"
