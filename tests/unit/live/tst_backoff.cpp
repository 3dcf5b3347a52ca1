// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include <QTest>

#include <algorithm>

#include "live/backoff.h"

using namespace Dms;

class tst_Backoff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ceiling_grows_exponentially_until_cap()
    {
        Backoff b({1000, 2.0, 30'000, true}, 1);
        QCOMPARE(b.ceilingMs(1), 1000);
        QCOMPARE(b.ceilingMs(2), 2000);
        QCOMPARE(b.ceilingMs(3), 4000);
        QCOMPARE(b.ceilingMs(5), 16'000);
        QCOMPARE(b.ceilingMs(6), 30'000);
        QCOMPARE(b.ceilingMs(40), 30'000);
        QCOMPARE(b.ceilingMs(0), 1000);
    }

    void delay_withoutJitter_isCeiling()
    {
        Backoff b({500, 2.0, 4000, false}, 1);
        QCOMPARE(b.delayMs(1), 500);
        QCOMPARE(b.delayMs(3), 2000);
        QCOMPARE(b.delayMs(9), 4000);
    }

    void delay_withFullJitter_staysInBoundsAndSpreads()
    {
        Backoff b({1000, 2.0, 30'000, true}, 42);
        for (int attempt = 1; attempt <= 12; ++attempt) {
            QList<int> samples;
            for (int i = 0; i < 2000; ++i) {
                const int d = b.delayMs(attempt);
                QVERIFY(d >= 0);
                QVERIFY(d <= b.ceilingMs(attempt));
                samples.append(d);
            }
            // Full jitter is uniform over [0, ceiling]: the mean is near half the ceiling and
            // both halves of the range are used (a fixed or "equal jitter" delay fails this).
            double sum = 0;
            int low = 0;
            for (int d : samples) {
                sum += d;
                low += d < b.ceilingMs(attempt) / 2 ? 1 : 0;
            }
            const double mean = sum / samples.size();
            QVERIFY2(qAbs(mean - b.ceilingMs(attempt) / 2.0) < b.ceilingMs(attempt) * 0.05,
                     qPrintable(QStringLiteral("attempt %1 mean %2").arg(attempt).arg(mean)));
            QVERIFY(low > 800 && low < 1200);
        }
    }

    void delay_neighbouringSeeds_firstDelaysSpread()
    {
        // Many sessions with seeds that differ by one (the simulator seeds its users with
        // scenario seed * 1000003 + index) must not come back together after a server
        // closed them all: their delays for one attempt spread over the whole range like
        // one generator's draws do. Seeding the generator with the number itself put the
        // first delays of a thousand users within 478..500 ms of a 1,000 ms range.
        for (quint32 base : {0u, 1000003u, 42u * 1000003u}) {
            for (int attempt = 1; attempt <= 3; ++attempt) {
                QList<int> perTenth(10, 0);
                for (quint32 i = 0; i < 1000; ++i) {
                    Backoff b({1000, 2.0, 30'000, true}, base + i);
                    int d = 0;
                    for (int a = 1; a <= attempt; ++a)
                        d = b.delayMs(a);
                    const int ceiling = b.ceilingMs(attempt);
                    QVERIFY(d >= 0 && d <= ceiling);
                    ++perTenth[std::min(9, int(qint64(d) * 10 / ceiling))];
                }
                for (int tenth = 0; tenth < 10; ++tenth) {
                    QVERIFY2(perTenth.at(tenth) >= 50 && perTenth.at(tenth) <= 150,
                             qPrintable(QStringLiteral("seeds %1+i, attempt %2: %3 of 1000 delays in "
                                                       "tenth %4 of the range")
                                            .arg(base).arg(attempt).arg(perTenth.at(tenth)).arg(tenth)));
                }
            }
        }
    }

    void delay_sameSeed_sameSchedule()
    {
        Backoff a({1000, 2.0, 30'000, true}, 7);
        Backoff b({1000, 2.0, 30'000, true}, 7);
        for (int i = 1; i < 20; ++i)
            QCOMPARE(a.delayMs(i), b.delayMs(i));
    }
};

QTEST_GUILESS_MAIN(tst_Backoff)
#include "tst_backoff.moc"
