// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QJsonValue>
#include <QObject>
#include <QString>

namespace Dms {

// One fetch of one query key, started by a QueryFetcher. It reports exactly once through
// finished(), always asynchronously (never from inside QueryFetcher::start()), unless it
// was abandoned first. The QueryClient owns it once start() returns and deletes it
// (deleteLater) after finished() or after abandoning it.
class QueryFetch : public QObject
{
    Q_OBJECT
public:
    explicit QueryFetch(const QString &key, QObject *parent = nullptr);
    ~QueryFetch() override;

    QString key() const { return m_key; }
    bool isDone() const { return m_done; }
    bool isAbandoned() const { return m_abandoned; }
    // The HTTP status of a failed fetch's answer (0: none came, e.g. a timeout); set before
    // fail() by fetchers that know it, so the owner can tell "gone" (404) from "try again".
    int httpStatus() const { return m_httpStatus; }
    void setHttpStatus(int status) { m_httpStatus = status; }

    // The owner no longer wants the result: finished() will not be emitted. Subclasses
    // override onAbandoned() to stop network work; the base only flips the flag.
    void abandon();

    // Completion, for fetcher implementations. The first call wins; later calls and calls
    // after abandon() are ignored. rows: how many rows this fetch received (1 for an object).
    void succeed(const QJsonValue &data, int rows);
    void fail(const QString &error);
    // Same, but delivered from the event loop: use these when the result is known at once
    // (inside start()), so that the caller has connected to finished() by then.
    void succeedLater(const QJsonValue &data, int rows);
    void failLater(const QString &error);

Q_SIGNALS:
    void finished(bool ok, const QJsonValue &data, const QString &error, int rows);

protected:
    virtual void onAbandoned() {}

private:
    void complete(bool ok, const QJsonValue &data, const QString &error, int rows);

    QString m_key;
    bool m_done = false;
    int m_httpStatus = 0;
    bool m_abandoned = false;
};

// Starts fetches for query keys: the QueryClient's only way to reach data. The REST
// implementation is RestQueryFetcher; tests plug in a fake.
class QueryFetcher
{
public:
    virtual ~QueryFetcher() = default;

    // Starts fetching key. previous is the data currently cached for the key (Undefined
    // when none), so an incremental key (the audit stream) can fetch only what is new and
    // return previous + increment. Never returns nullptr: a key the fetcher cannot serve
    // yields a fetch that fails (asynchronously) with a clear error.
    virtual QueryFetch *start(const QString &key, const QJsonValue &previous) = 0;

    // True when the key's data only grows at its end and old rows may be dropped from its
    // start (retention cap): row removals are then expected, not missed updates.
    virtual bool isIncremental(const QString &key) const
    {
        Q_UNUSED(key);
        return false;
    }
};

}  // namespace Dms
