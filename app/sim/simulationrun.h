// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

#include <QSslCertificate>

#include "sim/sessionpool.h"
#include "sim/deliverytracker.h"
#include "sim/simplan.h"
#include "sim/simreport.h"

class QNetworkAccessManager;

namespace Dms {

class Clock;
class Simulator;

// One simulation at a time for the window's Simulation panel: plans a request (the same
// rules as `dms-console simulate`), owns the Simulator and the network manager for the
// actors' POSTs, keeps the per-receipt samples for export, and writes the outputs
// (report JSON, JUnit, HTML, samples CSV). The panel shows and asks; this does the work, so
// the panel holds no network code.
class SimulationRun final : public QObject
{
    Q_OBJECT
public:
    // The virtual users get sessions of their own over a SessionPool (its default network
    // managers), apart from the window's, trusting extraCa (the window's --ca-file) besides the
    // system.
    SimulationRun(const Clock *clock, const QList<QSslCertificate> &extraCa, QObject *parent = nullptr);
    ~SimulationRun() override;

    // Plans, configures and starts a run. A previous, finished run is dropped. On a
    // problem (bad scenario, users file, no server) returns false and says which.
    bool start(const SimPlanRequest &request, QString *error);
    void stop();   // no more actions: settle, verify, finish
    void abort();  // finish now

    Simulator *simulator() const { return m_simulator; }
    bool isRunning() const;
    bool hasReport() const { return m_hasReport; }
    // The final report, or the one loaded from a file; during a run the partial one.
    SimReport report() const;
    // Shows a saved report (`simulate --report`, a merge) instead of a run.
    bool loadReport(const QString &path, QString *error);

    // Receipts kept for "Export samples" (the first MaxSamples; the rest are counted).
    static constexpr int MaxSamples = 1'000'000;
    qsizetype sampleCount() const { return m_samples.size(); }
    qint64 droppedSamples() const { return m_droppedSamples; }

    bool writeReportJson(const QString &path, QString *error) const;
    bool writeJUnit(const QString &path, QString *error) const;
    bool writeHtml(const QString &path, QString *error) const;  // one self-contained page
    bool writeSamplesCsv(const QString &path, QString *error) const;

Q_SIGNALS:
    // A new Simulator was created and configured (connect to its signals here).
    void started(Dms::Simulator *simulator);
    void finished(const Dms::SimReport &report);
    void reportLoaded(const Dms::SimReport &report);

private:
    const Clock *m_clock;
    std::unique_ptr<SessionPool> m_pool;
    std::unique_ptr<QNetworkAccessManager> m_controlNam;
    QPointer<Simulator> m_simulator;
    SimReport m_report;
    bool m_hasReport = false;
    QList<SimSample> m_samples;
    qint64 m_droppedSamples = 0;
};

}  // namespace Dms
