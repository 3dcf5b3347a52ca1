// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include "actions/workflow.h"
#include "auth/apiclient.h"
#include "core/entityid.h"
#include "live/liveevent.h"
#include "live/livesession.h"
#include "sync/queryclient.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <vector>

class QSettings;

namespace Dms {

class Clock;

// What an alert is about; each kind can be switched off (Preferences).
enum class AlertKind
{
    MyRequest,         // a request I filed was approved, rejected, sent back, issued, returned
    ActionNeeded,      // a request is now mine to act on (new, resubmitted, approved → issue)
    IncomingTransfer,  // a transfer into my unit was approved or sent on its way
    Connection,        // the console went Offline (or was signed out), and came back
};

struct Alert
{
    AlertKind kind = AlertKind::MyRequest;
    QString title;
    QString text;
    QString actor;      // who did it (empty: unknown, or a summary)
    QString listKey;    // the row's list ("withdrawal-requests"); empty for connection alerts
    EntityId id;        // the row; null for connection alerts and summaries of many rows
    QString number;     // "WR-0012"
    QString status;     // the row's status after the change
    qint64 atMs = 0;
    bool quiet = false; // the user was looking at that row: in the feed, never notified
    int count = 1;      // > 1: a summary of that many alerts (a burst)
    bool isSummary() const { return count > 1; }
};

// Which kinds notify (QSettings "alerts/…"; nothing secret).
struct AlertPreferences
{
    bool myRequests = true;
    bool actionNeeded = true;
    bool incomingTransfers = true;
    bool connection = true;

    bool enabled(AlertKind kind) const;
    static AlertPreferences load(const QSettings &settings);
    void save(QSettings &settings) const;
};

// Decides which changes are worth telling the signed-in user, and how often (issue 14,
// part 2). It watches the request lists of the query cache (the tables keep them exact) and
// diffs each row against what it saw last:
// - a status change by someone else to a request I filed → MyRequest, naming the actor;
// - a status change (or a new row) by someone else that leaves the row mine to act on under
//   the server's role rules (Workflow::allowed: approve/reject/send back, issue; at a
//   transfer's destination, receiving it) → ActionNeeded / IncomingTransfer;
// - my own changes, changes that leave the status alone, and the first load → nothing.
// The row's actor is its updated_by, so a status patched from a frame waits for the row's
// fetch (its updated_at moves) before it is judged. The live state gives one Connection
// alert per outage (Offline or signed out) and one when Live again.
// Every alert goes to the feed (alertAdded). Notifications (notificationReady) are
// gathered: the first change opens a window of gatherMs; at its end one alert is notified
// as itself, several as one summary. Connection alerts are notified at once. An alert about
// the row the user is looking at (setWatchedRow) is quiet: in the feed, not notified.
class AlertCenter final : public QObject
{
    Q_OBJECT
public:
    // entities: the request kinds whose lists to watch (those the dialect routes).
    AlertCenter(QueryClient *queries, const UserInfo &user, const Clock *clock,
                const QStringList &entities = defaultEntities(), QObject *parent = nullptr);
    static QStringList defaultEntities();  // withdrawal, destruction, transfer
    ~AlertCenter() override;

    void setPreferences(const AlertPreferences &preferences) { m_prefs = preferences; }
    const AlertPreferences &preferences() const { return m_prefs; }
    void setGatherMs(int ms);  // default 1500
    int gatherMs() const { return m_gather.interval(); }
    // Whether changes are being gathered (their alert comes when the window ends).
    bool isGathering() const { return m_gather.isActive(); }
    // The view says whether the user is looking at a row now (window active, row current).
    void setWatchedRow(std::function<bool(const QString &listKey, const EntityId &id)> test)
    {
        m_watched = std::move(test);
    }

    QList<Alert> feed() const { return m_feed; }  // newest last, at most 200
    int notificationCount() const { return m_notifications; }

public Q_SLOTS:
    void onLiveState(const Dms::LiveStatus &status);
    // A server notification frame (send-back, seed 001/ext): a MyRequest alert, unless the
    // row's own change already told it (and the row's change is then not told twice).
    void onServerNotification(const Dms::LiveEvent &event);
    void flush();  // notifies what is gathered now

Q_SIGNALS:
    void alertAdded(const Dms::Alert &alert);
    void notificationReady(const Dms::Alert &alert);

private:
    struct Seen
    {
        QString status;
        QString updatedAt;
        QJsonObject row;
    };
    struct List
    {
        QString key;
        QString entity;  // withdrawal, destruction, transfer
        bool primed = false;
        QHash<EntityId, Seen> rows;
    };

    void onDataChanged(const QString &key);
    void diff(List &list, const QJsonArray &rows);
    void judge(const List &list, const QJsonObject &before, const QJsonObject &row, bool created);
    void raise(Alert alert, bool gathered);
    bool alreadyTold(const QString &dedupKey);
    QList<EntityAction> actionsFor(const QString &entity, const QJsonObject &row) const;
    qint64 now() const;

    QueryClient *m_queries;
    UserInfo m_user;
    const Clock *m_clock;
    AlertPreferences m_prefs;
    std::function<bool(const QString &, const EntityId &)> m_watched;
    std::vector<QueryObserver> m_observers;
    QList<List> m_lists;
    QList<Alert> m_feed;
    QList<Alert> m_gathered;
    QHash<QString, qint64> m_told;  // dedup key → when (send-backs told by a frame and a row)
    QTimer m_gather;
    bool m_offlineTold = false;
    qint64 m_offlineSinceMs = 0;
    int m_notifications = 0;
};

}  // namespace Dms

Q_DECLARE_METATYPE(Dms::Alert)
