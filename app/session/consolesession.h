// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QObject>
#include <memory>

#include "live/dialectprofile.h"
#include "live/livesession.h"
#include "sync/invalidationtrace.h"
#include "sync/queryclient.h"

class QNetworkAccessManager;

namespace Dms {

class ApiClient;
class Clock;
class QueryFetcher;
class RestTrafficMeter;
class SecretStore;
class SignInService;

// One user's engine: REST client, sign-in, live session and query cache, wired so that
// data flows one way (socket → live → sync → data). The GUI, the headless commands and
// each virtual user of the simulator build one of these; nothing here owns a widget.
class ConsoleSession final : public QObject
{
    Q_OBJECT
public:
    ConsoleSession(QNetworkAccessManager *nam, const Clock *clock, SecretStore *secrets,
                   const DialectProfile &profile, QObject *parent = nullptr);
    ~ConsoleSession() override;

    ApiClient *api() const { return m_api; }
    SignInService *signIn() const { return m_signIn; }
    QueryClient *queries() const { return m_queries; }
    LiveSession *live() const { return m_live; }
    const DialectProfile &profile() const { return m_profile; }

    // The meter counting this session's REST traffic (shared with the sessions of the same
    // network managers; the simulator's pool sets one), or nullptr.
    void setTrafficMeter(const RestTrafficMeter *meter) { m_traffic = meter; }
    const RestTrafficMeter *trafficMeter() const { return m_traffic; }

    // Counts for the health panel and `watch`'s summary.
    qint64 eventsApplied() const { return m_eventsApplied; }
    qint64 rowsPatched() const { return m_rowsPatched; }

    // What an event tells about the one row it names (QueryClient::applyEvent): the
    // profile's patch list, the fields the frame carries, and the row's detail key among
    // keys (the event's invalidation keys) when the profile routes it to one object.
    // Invalid when the profile patches nothing for the entity.
    static RowEvent rowEvent(const DialectProfile &profile, const LiveEvent &event,
                             const QStringList &keys);
    // The event's reference in the invalidation trace: "seq:N", else its event id, else its
    // wire type.
    static QString eventRef(const LiveEvent &event);

Q_SIGNALS:
    // An event went through the sync layer: the keys it touched and what became of each.
    void eventApplied(const Dms::LiveEvent &event, const Dms::InvalidationTrace &trace);

private:
    void onEvent(const LiveEvent &event);
    void onResync(ResyncCause cause, qint64 missed);

    DialectProfile m_profile;
    ApiClient *m_api;
    SignInService *m_signIn;
    std::unique_ptr<QueryFetcher> m_fetcher;
    QueryClient *m_queries;
    LiveSession *m_live;
    qint64 m_eventsApplied = 0;
    qint64 m_rowsPatched = 0;
    const RestTrafficMeter *m_traffic = nullptr;
};

}  // namespace Dms
