// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

// The Frames tab for testers (issue 14, part 6): a frame composed from the dialect's
// templates goes out on the live socket and is logged (secrets redacted), a bad one is
// refused with the place of the error; the log shown is saved as JSON lines without a
// token; a saved log opens for reading while the live log carries on.
#include "guitest.h"
#include "serverfixture.h"

#include "data/framelogmodel.h"
#include "data/livefilterproxymodel.h"
#include "panels/framespanel.h"
#include "widgets/connectionbadge.h"
#include "windows/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTabWidget>

using namespace Dms;
using Dms::Test::ServerFixture;

class TestFramesTools : public QObject
{
    Q_OBJECT

private:
    ServerFixture m_server;
    Test::Engine m_engine;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;

    FramesPanel *frames() const { return m_window->framesPanel(); }

    // Rows of the live log: outbound frames whose text contains `needle`.
    int outboundWith(const QString &needle) const
    {
        int found = 0;
        FrameLogModel *log = frames()->log();
        for (int r = 0; r < log->rowCount(); ++r) {
            const QModelIndex index = log->index(r, 0);
            if (!index.data(FrameLogModel::InboundRole).toBool() &&
                index.data(FrameLogModel::FrameTextRole).toString().contains(needle))
                ++found;
        }
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Test::quietPlatformWarnings();
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_window = std::make_unique<MainWindow>(m_engine.factory());
        QSignalSpy signedIn(m_window.get(), &MainWindow::signedIn);
        SignInRequest request;
        request.server = m_server.baseUrl();
        request.user = QStringLiteral("u1_head1");
        request.password = ServerFixture::demoPassword();
        m_window->signIn(request);
        QVERIFY(signedIn.wait(15'000));
        m_window->resize(1100, 760);
        m_window->tabs()->setCurrentWidget(frames());
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->badge()->badgeText(), QStringLiteral("Live"), 15'000);
    }

    void compose_pingTemplate_isSentAndAnswered()
    {
        frames()->composeAction()->setChecked(true);
        QVERIFY(frames()->editor()->isVisible());
        QComboBox *templates = frames()->templateCombo();
        QVERIFY(templates->count() >= 3);
        QVERIFY(templates->itemText(0).contains(QLatin1String("Ping")));
        frames()->useTemplate(0);
        const QJsonObject ping = QJsonDocument::fromJson(frames()->editor()->toPlainText().toUtf8()).object();
        QCOMPARE(ping.value(QStringLiteral("type")).toString(), QStringLiteral("ping"));
        const QString stamp = ping.value(QStringLiteral("timestamp")).toString();
        QVERIFY(QDateTime::fromString(stamp, Qt::ISODateWithMs).isValid());

        const int inBefore = frames()->log()->rowCount();
        QString error;
        QVERIFY2(frames()->sendEditorFrame(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(outboundWith(stamp), 1, 5000);
        // The server answers the ping it was sent: a pong echoing that timestamp.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                FrameLogModel *log = frames()->log();
                for (int r = inBefore; r < log->rowCount(); ++r) {
                    const QModelIndex index = log->index(r, 0);
                    if (index.data(FrameLogModel::InboundRole).toBool() &&
                        index.data(FrameLogModel::TypeRole).toString() == QLatin1String("pong") &&
                        index.data(FrameLogModel::FrameTextRole).toString().contains(stamp))
                        return true;
                }
                return false;
            }(),
            5000);
        QVERIFY(frames()->composeStatus()->text().startsWith(QLatin1String("Sent")));
    }

    void compose_badJson_isRefusedWithItsPlace()
    {
        const int rows = frames()->log()->rowCount();
        frames()->editor()->setPlainText(QStringLiteral("{\n  \"type\": \"ping\",\n  oops\n}"));
        QString error;
        QVERIFY(!frames()->sendEditorFrame(&error));
        QVERIFY2(error.startsWith(QLatin1String("line 3,")), qPrintable(error));
        QVERIFY(frames()->composeStatus()->text().contains(error));
        frames()->editor()->setPlainText(QStringLiteral("[1, 2]"));
        QVERIFY(!frames()->sendEditorFrame(&error));
        QVERIFY(error.contains(QLatin1String("object")));
        QCOMPARE(outboundWith(QStringLiteral("oops")), 0);
        QVERIFY(frames()->log()->rowCount() >= rows);
    }

    void compose_secretsAreRedactedInTheLog()
    {
        const QString jwt = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlLXRlc3Q");
        frames()->editor()->setPlainText(
            QStringLiteral("{\"type\":\"console_probe\",\"token\":\"opaque-secret-1\",\"note\":\"%1\"}").arg(jwt));
        QString error;
        QVERIFY2(frames()->sendEditorFrame(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(outboundWith(QStringLiteral("console_probe")), 1, 5000);
        QCOMPARE(outboundWith(QStringLiteral("opaque-secret-1")), 0);
        QCOMPARE(outboundWith(jwt), 0);
    }

    void saveLog_writesTheFramesShownAsRedactedJsonLines()
    {
        // Only the pongs (a filter of the tab), then save.
        QComboBox *typeFilter = nullptr;
        for (QComboBox *combo : frames()->findChildren<QComboBox *>()) {
            if (combo->findData(QStringLiteral("pong")) >= 0)
                typeFilter = combo;
        }
        QVERIFY(typeFilter);
        typeFilter->setCurrentIndex(typeFilter->findData(QStringLiteral("pong")));
        const int shown = frames()->proxy()->rowCount();
        QVERIFY(shown >= 1);
        QVERIFY(shown < frames()->log()->rowCount());

        const QString path = m_dir.filePath(QStringLiteral("pongs.jsonl"));
        QString error;
        QVERIFY2(frames()->saveLog(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        QVERIFY(!data.contains("eyJ"));
        QVERIFY(!data.contains(ServerFixture::demoPassword().toUtf8()));
        const QList<QByteArray> lines = data.trimmed().split('\n');
        QCOMPARE(lines.size(), shown);
        for (const QByteArray &line : lines) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("pong"));
            QCOMPARE(o.value(QStringLiteral("direction")).toString(), QStringLiteral("in"));
        }
        typeFilter->setCurrentIndex(0);

        // Everything, the probe with its secrets included: saved redacted.
        const QString all = m_dir.filePath(QStringLiteral("all.jsonl"));
        QVERIFY(frames()->saveLog(all, &error));
        QFile allFile(all);
        QVERIFY(allFile.open(QIODevice::ReadOnly));
        const QByteArray everything = allFile.readAll();
        QVERIFY(everything.contains("console_probe"));
        QVERIFY(!everything.contains("opaque-secret-1"));
        QVERIFY(!everything.contains("eyJ"));
    }

    void openLog_showsTheSavedFrames_liveCarriesOn()
    {
        const QString path = m_dir.filePath(QStringLiteral("all.jsonl"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write("not json\n{\"direction\":\"sideways\"}\n");
        file.close();
        int saved = 0;
        {
            QFile again(path);
            QVERIFY(again.open(QIODevice::ReadOnly));
            saved = int(again.readAll().count('\n')) - 2;
        }
        QString error;
        QVERIFY2(frames()->openLog(path, &error), qPrintable(error));
        QVERIFY(frames()->isShowingSavedLog());
        QCOMPARE(frames()->shownLog()->rowCount(), saved);
        QCOMPARE(frames()->proxy()->rowCount(), saved);
        QVERIFY(frames()->findChild<QWidget *>(QStringLiteral("framesSavedBar"))->isVisible());
        QVERIFY(!frames()->pauseAction()->isEnabled());
        // The saved entries read back as they were written.
        const QJsonObject first = frames()->shownLog()->entryJson(0);
        QVERIFY(first.contains(QStringLiteral("frame")));

        // Live frames keep arriving into the live log meanwhile, out of sight.
        const int live = frames()->log()->rowCount();
        m_window->session()->live()->pingNow();
        QTRY_VERIFY_WITH_TIMEOUT(frames()->log()->rowCount() > live, 5000);
        QCOMPARE(frames()->proxy()->rowCount(), saved);

        frames()->backToLive();
        QVERIFY(!frames()->isShowingSavedLog());
        QCOMPARE(frames()->proxy()->rowCount(), frames()->log()->rowCount());
        QVERIFY(frames()->pauseAction()->isEnabled());

        // A file with no saved frame in it is refused, and the live log stays.
        const QString junk = m_dir.filePath(QStringLiteral("junk.jsonl"));
        QFile junkFile(junk);
        QVERIFY(junkFile.open(QIODevice::WriteOnly));
        junkFile.write("hello\n");
        junkFile.close();
        QVERIFY(!frames()->openLog(junk, &error));
        QVERIFY(!frames()->isShowingSavedLog());
    }

    void screenshot()
    {
        frames()->composeAction()->setChecked(true);
        frames()->useTemplate(0);
        const QImage shot = m_window->grab().toImage();
        QVERIFY(!shot.isNull());
        const QByteArray out = qgetenv("DMS_SCREENSHOT_DIR");
        if (!out.isEmpty())
            QVERIFY(shot.save(QString::fromLocal8Bit(out) + QStringLiteral("/frames-compose.png")));
    }

    void cleanupTestCase() { m_window.reset(); }
};

DMS_GUI_TEST_MAIN(TestFramesTools)
#include "tst_framestools.moc"
