// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "sim/simulationrun.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>

#include "core/logging.h"
#include "sim/htmlreport.h"
#include "sim/processstats.h"
#include "sim/simexport.h"
#include "sim/simulator.h"

namespace Dms {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Dms::SimulationRun)
};

}  // namespace

SimulationRun::SimulationRun(const Clock *clock, const QList<QSslCertificate> &extraCa,
                             QObject *parent)
    : QObject(parent),
      m_clock(clock),
      m_pool(std::make_unique<SessionPool>(clock)),
      m_controlNam(std::make_unique<QNetworkAccessManager>())
{
    m_pool->setExtraCaCertificates(extraCa);
}

SimulationRun::~SimulationRun()
{
    // The simulator's users use the pool and the control network manager: they go first.
    delete m_simulator.data();
}

bool SimulationRun::isRunning() const
{
    return m_simulator && m_simulator->isRunning();
}

bool SimulationRun::start(const SimPlanRequest &request, QString *error)
{
    if (isRunning()) {
        if (error)
            *error = Text::tr("a simulation is already running: stop it first");
        return false;
    }
    Scenario scenario;
    SimulatorConfig config;
    if (!planSimulation(request, &scenario, &config, error))
        return false;

    raiseOpenFileLimit();
    auto simulator = std::make_unique<Simulator>(m_pool->factory(), m_clock, m_controlNam.get(), this);
    if (!simulator->configure(scenario, config, error))
        return false;

    delete m_simulator.data();
    m_simulator = simulator.release();
    m_samples.clear();
    m_droppedSamples = 0;
    m_hasReport = false;
    m_report = SimReport();

    connect(m_simulator, &Simulator::sampleRecorded, this, [this](const SimSample &sample) {
        if (m_samples.size() < MaxSamples)
            m_samples.append(sample);
        else
            ++m_droppedSamples;
    });
    connect(m_simulator, &Simulator::finished, this, [this](const SimReport &report) {
        m_report = report;
        m_hasReport = true;
        qCInfo(lcSim).noquote() << "simulation finished:" << (report.passed() ? "PASS" : "FAIL");
        Q_EMIT finished(report);
    });
    Q_EMIT started(m_simulator);
    qCInfo(lcSim).noquote() << "simulation" << scenario.name << "with" << config.users.size() << "users";
    m_simulator->start();
    return true;
}

void SimulationRun::stop()
{
    if (m_simulator)
        m_simulator->stop();
}

void SimulationRun::abort()
{
    if (m_simulator)
        m_simulator->abort();
}

SimReport SimulationRun::report() const
{
    if (m_hasReport)
        return m_report;
    return m_simulator ? m_simulator->snapshot() : SimReport();
}

bool SimulationRun::loadReport(const QString &path, QString *error)
{
    if (isRunning()) {
        if (error)
            *error = Text::tr("a simulation is running: stop it before opening a report");
        return false;
    }
    SimReport report;
    if (!readReportFile(path, &report, error))
        return false;
    report.evaluate();
    delete m_simulator.data();
    m_samples.clear();
    m_droppedSamples = 0;
    m_report = report;
    m_hasReport = true;
    Q_EMIT reportLoaded(m_report);
    return true;
}

bool SimulationRun::writeReportJson(const QString &path, QString *error) const
{
    return saveFileAtomically(path, QJsonDocument(report().toJson()).toJson(QJsonDocument::Indented), error);
}

bool SimulationRun::writeJUnit(const QString &path, QString *error) const
{
    return saveFileAtomically(path, report().toJUnit(), error);
}

bool SimulationRun::writeHtml(const QString &path, QString *error) const
{
    return saveFileAtomically(path, simReportToHtml(report()), error);
}

bool SimulationRun::writeSamplesCsv(const QString &path, QString *error) const
{
    QByteArray data = simSamplesCsvHeader();
    data.reserve(data.size() + m_samples.size() * 80);
    for (const SimSample &sample : m_samples)
        data += simSampleCsvLine(sample);
    return saveFileAtomically(path, data, error);
}

}  // namespace Dms
