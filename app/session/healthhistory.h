// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QTimer>

namespace Dms {

class Clock;
class LiveSession;

// One point of the live channel's health (a HealthRecorder takes one a minute).
struct HealthSample
{
    qint64 atMs = 0;
    int rttMs = -1;             // mean heartbeat round trip in the interval; -1: none measured
    double framesPerMin = 0;    // frames received per minute over the interval
    int reconnects = 0;         // reconnect attempts scheduled in the interval
    int state = 0;              // LiveState at the sample (as int)
    friend bool operator==(const HealthSample &, const HealthSample &) = default;
};

// The last day of health samples, bounded twice: by age (retention, 24 h) and by count
// (maxSamples), so the file never grows past a few hundred KiB whatever the interval. Saved
// as a small CSV (time, RTT, rate, reconnects, state: nothing secret) and reloaded at start,
// so a store head sees last night's outage in the morning.
class HealthHistory final
{
public:
    static constexpr qint64 kDayMs = 24LL * 3600 * 1000;

    explicit HealthHistory(qint64 retentionMs = kDayMs, int maxSamples = 3000);

    // Appends a sample (one older than the newest is dropped) and forgets what fell out.
    void append(const HealthSample &sample);
    void prune(qint64 nowMs);  // drops samples older than nowMs - retention
    const QList<HealthSample> &samples() const { return m_samples; }
    qint64 retentionMs() const { return m_retentionMs; }
    int maxSamples() const { return m_maxSamples; }

    // Writes the samples atomically (QSaveFile); false with *error on failure.
    bool save(const QString &path, QString *error = nullptr) const;
    // Replaces the samples with the file's, keeping those within retention of nowMs (and
    // the bounds). A missing file is an empty history (true); a file that is not a
    // history, or larger than maxFileBytes(), is refused (false, *error says why). Lines
    // that do not parse are skipped and counted.
    bool load(const QString &path, qint64 nowMs, QString *error = nullptr);
    int skippedLines() const { return m_skipped; }
    qint64 maxFileBytes() const { return qint64(m_maxSamples) * 96 + 1024; }

private:
    void bound();

    qint64 m_retentionMs;
    int m_maxSamples;
    QList<HealthSample> m_samples;
    int m_skipped = 0;
};

// Samples a live session's metrics every interval into a HealthHistory and keeps it on disk
// (path: empty → memory only). Loads the file at construction; saves after each sample.
class HealthRecorder final : public QObject
{
    Q_OBJECT
public:
    HealthRecorder(const LiveSession *live, const Clock *clock, const QString &path, QObject *parent = nullptr);
    ~HealthRecorder() override;

    void setIntervalMs(int ms);  // default 60 s
    int intervalMs() const { return m_timer.interval(); }
    const HealthHistory &history() const { return m_history; }
    QString path() const { return m_path; }
    QString lastError() const { return m_error; }

    // The file for a server and user: AppDataLocation/health/<hash>.csv, the hash of the
    // server's origin and the user name (neither is written into the file).
    static QString defaultPath(const QString &origin, const QString &username);

public Q_SLOTS:
    void sample();

Q_SIGNALS:
    void sampled(const Dms::HealthSample &sample);

private:
    const LiveSession *m_live;
    const Clock *m_clock;
    QString m_path;
    QString m_error;
    HealthHistory m_history;
    QTimer m_timer;
    qint64 m_lastAtMs = 0;
    qint64 m_lastFrames = 0;
    int m_lastReconnects = 0;
};

}  // namespace Dms

Q_DECLARE_METATYPE(Dms::HealthSample)
