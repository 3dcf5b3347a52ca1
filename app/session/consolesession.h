#pragma once

#include <QObject>
#include <memory>

#include "live/dialectprofile.h"
#include "live/livesession.h"
#include "sync/invalidationtrace.h"

class QNetworkAccessManager;

namespace Dms {

class ApiClient;
class Clock;
class QueryClient;
class QueryFetcher;
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

    // Counts for the health panel and `watch`'s summary.
    qint64 eventsApplied() const { return m_eventsApplied; }
    qint64 rowsPatched() const { return m_rowsPatched; }

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
};

}  // namespace Dms
