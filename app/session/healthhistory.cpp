// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "session/healthhistory.h"

#include "core/clock.h"
#include "core/logging.h"
#include "live/livesession.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace Dms {

namespace {

const QByteArray kHeader = QByteArrayLiteral("# dms-console health history v1: at_ms,rtt_ms,frames_per_min,reconnects,state");

}  // namespace

HealthHistory::HealthHistory(qint64 retentionMs, int maxSamples)
    : m_retentionMs(std::max<qint64>(1, retentionMs)), m_maxSamples(std::max(1, maxSamples))
{
}

void HealthHistory::append(const HealthSample &sample)
{
    if (!m_samples.isEmpty() && sample.atMs < m_samples.constLast().atMs)
        return;
    m_samples.append(sample);
    prune(sample.atMs);
}

void HealthHistory::prune(qint64 nowMs)
{
    const qint64 oldest = nowMs - m_retentionMs;
    const auto first = std::find_if(m_samples.cbegin(), m_samples.cend(),
                                    [oldest](const HealthSample &s) { return s.atMs >= oldest; });
    m_samples.erase(m_samples.cbegin(), first);
    bound();
}

void HealthHistory::bound()
{
    if (m_samples.size() > m_maxSamples)
        m_samples.erase(m_samples.cbegin(), m_samples.cbegin() + (m_samples.size() - m_maxSamples));
}

bool HealthHistory::save(const QString &path, QString *error) const
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QByteArray out = kHeader + '\n';
    out.reserve(int(m_samples.size()) * 40 + out.size());
    for (const HealthSample &s : m_samples) {
        out += QByteArray::number(s.atMs) + ',' + QByteArray::number(s.rttMs) + ',' +
               QByteArray::number(s.framesPerMin, 'f', 2) + ',' + QByteArray::number(s.reconnects) + ',' +
               QByteArray::number(s.state) + '\n';
    }
    file.write(out);
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool HealthHistory::load(const QString &path, qint64 nowMs, QString *error)
{
    m_skipped = 0;
    QFile file(path);
    if (!file.exists()) {
        m_samples.clear();
        return true;
    }
    if (file.size() > maxFileBytes()) {
        if (error)
            *error = QCoreApplication::translate("HealthHistory", "%1 is too large for a health history (%2 bytes).").arg(path).arg(file.size());
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    const QList<QByteArray> lines = file.readAll().split('\n');
    if (lines.isEmpty() || lines.first().trimmed() != kHeader) {
        if (error)
            *error = QCoreApplication::translate("HealthHistory", "%1 is not a health history.").arg(path);
        return false;
    }
    QList<HealthSample> samples;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const QList<QByteArray> cells = line.split(',');
        bool ok[5] = {false, false, false, false, false};
        HealthSample s;
        if (cells.size() == 5) {
            s.atMs = cells.at(0).toLongLong(&ok[0]);
            s.rttMs = cells.at(1).toInt(&ok[1]);
            s.framesPerMin = cells.at(2).toDouble(&ok[2]);
            s.reconnects = cells.at(3).toInt(&ok[3]);
            s.state = cells.at(4).toInt(&ok[4]);
        }
        const bool sane = std::all_of(std::begin(ok), std::end(ok), [](bool b) { return b; }) && s.atMs > 0 &&
                          s.atMs <= nowMs + 60'000 && s.rttMs >= -1 && s.framesPerMin >= 0 && s.reconnects >= 0 &&
                          (samples.isEmpty() || s.atMs >= samples.constLast().atMs);
        if (!sane) {
            ++m_skipped;
            continue;
        }
        samples.append(s);
    }
    m_samples = samples;
    prune(nowMs);
    return true;
}

// ---- HealthRecorder ---------------------------------------------------------------------------

HealthRecorder::HealthRecorder(const LiveSession *live, const Clock *clock, const QString &path, QObject *parent)
    : QObject(parent), m_live(live), m_clock(clock), m_path(path)
{
    qRegisterMetaType<Dms::HealthSample>();
    if (!m_path.isEmpty() && !m_history.load(m_path, m_clock->nowMs(), &m_error))
        qCWarning(lcUi).noquote() << "health history not loaded:" << m_error;
    m_lastAtMs = m_clock->nowMs();
    m_lastFrames = m_live->metrics().framesIn;
    m_lastReconnects = m_live->metrics().reconnects;
    m_timer.setInterval(60'000);
    connect(&m_timer, &QTimer::timeout, this, &HealthRecorder::sample);
    m_timer.start();
}

HealthRecorder::~HealthRecorder()
{
    if (!m_path.isEmpty() && !m_history.save(m_path, &m_error))
        qCWarning(lcUi).noquote() << "health history not saved:" << m_error;
}

void HealthRecorder::setIntervalMs(int ms)
{
    m_timer.setInterval(std::max(1, ms));
}

QString HealthRecorder::defaultPath(const QString &origin, const QString &username)
{
    const QByteArray hash = QCryptographicHash::hash((origin + QLatin1Char('\n') + username).toUtf8(),
                                                     QCryptographicHash::Sha256)
                                .toHex()
                                .left(16);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/health/") +
           QString::fromLatin1(hash) + QStringLiteral(".csv");
}

void HealthRecorder::sample()
{
    const qint64 now = m_clock->nowMs();
    const LiveMetrics &m = m_live->metrics();
    HealthSample s;
    s.atMs = now;
    const qint64 span = std::max<qint64>(1, now - m_lastAtMs);
    s.framesPerMin = double(std::max<qint64>(0, m.framesIn - m_lastFrames)) * 60'000.0 / double(span);
    s.reconnects = std::max(0, m.reconnects - m_lastReconnects);
    qint64 sum = 0;
    int n = 0;
    for (const RttSample &r : m.rtt) {
        if (r.atMs > m_lastAtMs && r.atMs <= now) {
            sum += r.rttMs;
            ++n;
        }
    }
    s.rttMs = n > 0 ? int(sum / n) : -1;
    s.state = int(m_live->status().state);
    m_lastAtMs = now;
    m_lastFrames = m.framesIn;
    m_lastReconnects = m.reconnects;
    m_history.append(s);
    if (!m_path.isEmpty() && !m_history.save(m_path, &m_error))
        qCWarning(lcUi).noquote() << "health history not saved:" << m_error;
    Q_EMIT sampled(s);
}

}  // namespace Dms

