// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include "core/entityid.h"
#include "sync/queryclient.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <array>
#include <vector>

namespace Dms {

// The text of the first path of `paths` ("requester_name|requester.username|requester") the
// row holds: a string, a number or an id; empty when none.
QString rowFieldText(const QJsonObject &row, const QString &paths);

// One figure on the Dashboard and the rows it counts: clicking it shows exactly those rows
// in their table (statuses: a live status filter; ids: the rows counted when it was drawn).
struct DashboardFigure
{
    int count = 0;
    QString listKey;          // "withdrawal-requests", "crates", "transfer-requests", …
    QSet<QString> statuses;   // non-empty: the figure is "rows with these statuses"
    QList<EntityId> ids;      // the rows counted (always filled from a list)
};

// What the Dashboard shows, computed from the query cache's lists (the ones the tables
// observe anyway, kept exact by row patches: drawing it costs no fetch). Pure: the same
// inputs give the same figures, so it is unit-tested without a server.
struct DashboardSummary
{
    // Open request statuses counted per kind, in this order.
    static QStringList requestStatuses();  // pending, approved, sent_back, issued
    static QStringList crateStatuses();    // active, withdrawn, archived, destroyed

    struct Kind
    {
        QString kind;      // withdrawal, destruction, transfer
        bool loaded = false;
        bool fromServer = false;  // counts read from the server's dashboard/summary (no list)
        QMap<QString, DashboardFigure> byStatus;  // every requestStatuses() entry
        DashboardFigure overdue;  // open and untouched for longer than overdueAfterMs
        int total = 0;            // every row of the kind, closed ones included
    };
    std::array<Kind, 3> kinds;  // withdrawal, destruction, transfer

    bool cratesLoaded = false;
    QMap<QString, DashboardFigure> cratesByStatus;
    // Storage code → crates there (not destroyed); "" for crates without a location.
    QMap<QString, DashboardFigure> cratesByLocation;
    int crateTotal = 0;

    // Transfers approved or issued, not yet returned: into the user's unit and out of it
    // (an admin sees every unit: all of them count as outgoing from their source).
    bool transfersLoaded = false;
    DashboardFigure transfersIncoming;
    DashboardFigure transfersOutgoing;

    DashboardFigure openSendBacks;

    // The audit entries of today (local time): per hour and per action.
    bool activityLoaded = false;
    std::array<int, 24> activityPerHour{};
    int activityToday = 0;
    QMap<QString, int> activityByAction;
    QStringList activeUsersToday;  // sorted

    struct Input
    {
        std::array<QJsonValue, 3> requests;  // the request lists (arrays) or Undefined
        QJsonValue crates;
        QJsonValue sendBacks;
        QJsonValue audit;
        QJsonValue serverSummary;  // GET dashboard/summary/ (an object) or Undefined
        EntityId unit;             // the user's unit; null: every unit (admin)
        qint64 nowMs = 0;
        qint64 overdueAfterMs = 3LL * 24 * 3600 * 1000;
    };
    static DashboardSummary compute(const Input &input);
};

// Keeps a DashboardSummary current: observes the lists it is computed from (the tables
// observe the same keys, so nothing is fetched twice) and recomputes once per event-loop
// turn after any of them changed (a burst of row patches makes one recomputation). The
// server's dashboard/summary is observed only for a request kind without a list route.
class DashboardModel final : public QObject
{
    Q_OBJECT
public:
    struct Keys
    {
        std::array<QString, 3> requests;  // empty: the dialect has no such list
        QString crates;
        QString sendBacks;
        QString audit;
        QString serverSummary;  // empty: none, or not needed
    };
    DashboardModel(QueryClient *queries, const Keys &keys, const EntityId &unit,
                   QObject *parent = nullptr);
    ~DashboardModel() override;

    const DashboardSummary &summary() const { return m_summary; }
    void setOverdueAfterMs(qint64 ms);
    qint64 overdueAfterMs() const { return m_overdueAfterMs; }
    int recomputations() const { return m_recomputations; }
    // Whether a recomputation is due (changes came since the last one).
    bool isRecomputePending() const { return m_coalesce.isActive(); }

public Q_SLOTS:
    void recompute();

Q_SIGNALS:
    void summaryChanged();

private:
    void onDataChanged(const QString &key);

    QueryClient *m_queries;
    Keys m_keys;
    EntityId m_unit;
    std::vector<QueryObserver> m_observers;
    QStringList m_watched;
    QTimer m_coalesce;
    DashboardSummary m_summary;
    qint64 m_overdueAfterMs = 3LL * 24 * 3600 * 1000;
    int m_recomputations = 0;
};

}  // namespace Dms
