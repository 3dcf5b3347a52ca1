// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "core/clock.h"
#include "session/healthhistory.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Dms;

namespace {

constexpr qint64 kT0 = 1'700'000'000'000;
constexpr qint64 kMinute = 60'000;

HealthSample sampleAt(qint64 at, int rtt = 12, double rate = 30, int reconnects = 0)
{
    HealthSample s;
    s.atMs = at;
    s.rttMs = rtt;
    s.framesPerMin = rate;
    s.reconnects = reconnects;
    s.state = 2;
    return s;
}

}  // namespace

class TestHealthHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void append_keepsOnlyTheLastDay()
    {
        HealthHistory history;
        for (int i = 0; i < 26 * 60; ++i)  // 26 hours, one a minute
            history.append(sampleAt(kT0 + i * kMinute));
        QCOMPARE(history.samples().size(), 24 * 60 + 1);
        QCOMPARE(history.samples().first().atMs, kT0 + 2 * 60 * kMinute - kMinute);
        QCOMPARE(history.samples().last().atMs, kT0 + (26 * 60 - 1) * kMinute);
    }

    void append_isBoundedInCountWhateverTheInterval()
    {
        HealthHistory history(HealthHistory::kDayMs, 100);
        for (int i = 0; i < 1000; ++i)  // one a second: all within a day
            history.append(sampleAt(kT0 + i * 1000));
        QCOMPARE(history.samples().size(), 100);
        QCOMPARE(history.samples().first().atMs, kT0 + 900 * 1000);
    }

    void append_dropsASampleOlderThanTheNewest()
    {
        HealthHistory history;
        history.append(sampleAt(kT0 + 10));
        history.append(sampleAt(kT0));
        QCOMPARE(history.samples().size(), 1);
    }

    void saveAndLoad_roundTrip_dropsWhatAgedOut()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/health.csv"));
        HealthHistory history;
        for (int i = 0; i < 120; ++i)
            history.append(sampleAt(kT0 + i * kMinute, i % 7 == 0 ? -1 : 10 + i, 12.5 * (i % 4), i % 11 == 0 ? 2 : 0));
        QString error;
        QVERIFY2(history.save(path, &error), qPrintable(error));
        QVERIFY(QFileInfo(path).size() < 10'000);  // small

        HealthHistory back;
        QVERIFY2(back.load(path, kT0 + 119 * kMinute, &error), qPrintable(error));
        QCOMPARE(back.samples(), history.samples());
        QCOMPARE(back.skippedLines(), 0);

        // The next morning: only what is within 24 h of now is kept.
        HealthHistory later;
        QVERIFY(later.load(path, kT0 + HealthHistory::kDayMs + 60 * kMinute, &error));
        QCOMPARE(later.samples().size(), 60);
        QCOMPARE(later.samples().first().atMs, kT0 + 60 * kMinute);
    }

    void load_missingFile_isAnEmptyHistory()
    {
        QTemporaryDir dir;
        HealthHistory history;
        history.append(sampleAt(kT0));
        QVERIFY(history.load(dir.filePath(QStringLiteral("none.csv")), kT0));
        QVERIFY(history.samples().isEmpty());
    }

    void load_skipsBadLines_refusesOtherFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.csv"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("# dms-console health history v1: at_ms,rtt_ms,frames_per_min,reconnects,state\n");
            file.write(QByteArray::number(kT0) + ",10,5.00,0,2\n");
            file.write("garbage\n");
            file.write(QByteArray::number(kT0 + 1000) + ",x,5.00,0,2\n");
            file.write(QByteArray::number(kT0 + 2000) + ",-5,5.00,0,2\n");  // impossible RTT
            file.write(QByteArray::number(kT0 + 3000) + ",11,6.00,1,3\n");
        }
        HealthHistory history;
        QString error;
        QVERIFY(history.load(path, kT0 + 5000, &error));
        QCOMPARE(history.samples().size(), 2);
        QCOMPARE(history.skippedLines(), 3);
        QCOMPARE(history.samples().last().reconnects, 1);

        const QString other = dir.filePath(QStringLiteral("other.csv"));
        {
            QFile file(other);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("id,name\n1,x\n");
        }
        QVERIFY(!history.load(other, kT0, &error));
        QVERIFY2(error.contains(QStringLiteral("not a health history")), qPrintable(error));

        const QString big = dir.filePath(QStringLiteral("big.csv"));
        {
            QFile file(big);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("# dms-console health history v1: at_ms,rtt_ms,frames_per_min,reconnects,state\n");
            for (int i = 0; i < 400; ++i)
                file.write(QByteArray::number(kT0 + i) + ",10,5.00,0,2\n");
        }
        HealthHistory tiny(HealthHistory::kDayMs, 10);
        QVERIFY(!tiny.load(big, kT0 + 5000, &error));  // larger than ten samples can be
        QVERIFY2(error.contains(QStringLiteral("too large")), qPrintable(error));
    }

    void defaultPath_namesNoServerOrUser()
    {
        const QString path = HealthRecorder::defaultPath(QStringLiteral("https://dms.example.org"), QStringLiteral("u1_head1"));
        QVERIFY(!path.contains(QStringLiteral("example")));
        QVERIFY(!path.contains(QStringLiteral("u1_head1")));
        QVERIFY(path.endsWith(QStringLiteral(".csv")));
        QVERIFY(path != HealthRecorder::defaultPath(QStringLiteral("https://dms.example.org"), QStringLiteral("admin")));
    }
};

QTEST_GUILESS_MAIN(TestHealthHistory)
#include "tst_healthhistory.moc"
