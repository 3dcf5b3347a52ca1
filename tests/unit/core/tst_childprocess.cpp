// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include <QTest>

#include "childprocess.h"

using namespace Dms::Test;

// The wait every server start of the tests goes through (ServerProcess; ServerFixture does
// the same over its own QProcess): no total time limit, which on a loaded machine is a
// guess, but a limit on silence. The children here are shell scripts that pace themselves.
class tst_ChildProcess : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // 8 lines 0.25 s apart, then the needle: 2 s in all, four times the allowed silence. A
    // total limit of that silence would give up; a limit on silence keeps waiting.
    void keepsWaitingWhileTheProcessSaysSomething()
    {
        ChildProcess p;
        QVERIFY(p.start(QStringLiteral("/bin/sh"),
                        {QStringLiteral("-c"),
                         QStringLiteral("for i in 1 2 3 4 5 6 7 8; do echo step $i; sleep 0.25; "
                                        "done; echo READY port=1; exec sleep 30")}));
        QVERIFY2(p.waitForOutputWhileProgressing("READY port=", 1500), p.output().constData());
        QVERIFY(p.output().contains("step 8"));
        QVERIFY(p.isRunning());
    }

    void givesUpOnSilence()
    {
        ChildProcess p;
        QVERIFY(p.start(QStringLiteral("/bin/sh"),
                        {QStringLiteral("-c"), QStringLiteral("echo starting; exec sleep 30")}));
        QVERIFY(!p.waitForOutputWhileProgressing("READY port=", 300));
        QVERIFY(p.isRunning());  // it gave up on the silence, not on the end of the process
        QVERIFY(p.output().contains("starting"));
    }

    void givesUpWhenTheProcessEnds()
    {
        ChildProcess p;
        QVERIFY(p.start(QStringLiteral("/bin/sh"),
                        {QStringLiteral("-c"), QStringLiteral("echo migrating; exit 3")}));
        // a silence far longer than the test: only the end of the process can return false
        QVERIFY(!p.waitForOutputWhileProgressing("READY port=", 3'600'000));
        QVERIFY(!p.isRunning());
    }

    // The needle at the very end of the output still counts once the process has ended.
    void findsTheNeedleInTheLastWords()
    {
        ChildProcess p;
        QVERIFY(p.start(QStringLiteral("/bin/sh"),
                        {QStringLiteral("-c"), QStringLiteral("echo READY port=7")}));
        QVERIFY(p.waitForOutputWhileProgressing("READY port=", 3'600'000));
    }
};

QTEST_GUILESS_MAIN(tst_ChildProcess)
#include "tst_childprocess.moc"
