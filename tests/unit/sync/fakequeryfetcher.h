// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include "sync/queryfetcher.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QPointer>

namespace Dms {

// A QueryFetcher under the test's control: fetches stay pending until the test completes
// or fails them; starts are counted per key.
class FakeQueryFetcher final : public QueryFetcher
{
public:
    QueryFetch *start(const QString &key, const QJsonValue &previous) override
    {
        auto *fetch = new QueryFetch(key);
        m_pending.append(fetch);
        ++m_starts[key];
        m_previous[key] = previous;
        if (m_autoComplete.contains(key))
            fetch->succeedLater(m_autoComplete.value(key), rowsOf(m_autoComplete.value(key)));
        return fetch;
    }

    bool isIncremental(const QString &key) const override { return key == QLatin1String("audit"); }

    int starts(const QString &key) const { return m_starts.value(key); }
    int totalStarts() const
    {
        int n = 0;
        for (int count : m_starts) n += count;
        return n;
    }
    QJsonValue previousOf(const QString &key) const { return m_previous.value(key); }
    int pendingCount(const QString &key) const
    {
        int n = 0;
        for (const auto &fetch : m_pending) {
            if (fetch && !fetch->isDone() && !fetch->isAbandoned() && fetch->key() == key)
                ++n;
        }
        return n;
    }

    // Complete the oldest pending fetch of key; false when none is pending.
    bool complete(const QString &key, const QJsonValue &data)
    {
        QueryFetch *fetch = take(key);
        if (!fetch)
            return false;
        fetch->succeed(data, rowsOf(data));
        return true;
    }
    bool fail(const QString &key, const QString &error = QStringLiteral("boom"), int httpStatus = 0)
    {
        QueryFetch *fetch = take(key);
        if (!fetch)
            return false;
        fetch->setHttpStatus(httpStatus);
        fetch->fail(error);
        return true;
    }
    // Every later fetch of key succeeds with data, asynchronously.
    void setAutoComplete(const QString &key, const QJsonValue &data) { m_autoComplete[key] = data; }

private:
    static int rowsOf(const QJsonValue &data)
    {
        return data.isArray() ? int(data.toArray().size()) : 1;
    }

    QueryFetch *take(const QString &key)
    {
        for (qsizetype i = 0; i < m_pending.size(); ++i) {
            QueryFetch *fetch = m_pending.at(i);
            if (fetch && !fetch->isDone() && !fetch->isAbandoned() && fetch->key() == key) {
                m_pending.removeAt(i);
                return fetch;
            }
        }
        return nullptr;
    }

    QList<QPointer<QueryFetch>> m_pending;
    QHash<QString, int> m_starts;
    QHash<QString, QJsonValue> m_previous;
    QHash<QString, QJsonValue> m_autoComplete;
};

}  // namespace Dms
