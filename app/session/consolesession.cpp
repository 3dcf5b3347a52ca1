#include "session/consolesession.h"

#include "auth/apiclient.h"
#include "auth/signinservice.h"
#include "core/logging.h"
#include "sync/queryclient.h"
#include "sync/restqueryfetcher.h"

namespace Dms {

ConsoleSession::ConsoleSession(QNetworkAccessManager *nam, const Clock *clock,
                               SecretStore *secrets, const DialectProfile &profile,
                               QObject *parent)
    : QObject(parent),
      m_profile(profile),
      m_api(new ApiClient(nam, clock, this)),
      m_signIn(new SignInService(m_api, secrets, this)),
      m_fetcher(std::make_unique<RestQueryFetcher>(m_api, m_profile.rest())),
      m_queries(new QueryClient(m_fetcher.get(), clock, this)),
      m_live(new LiveSession(m_api, m_profile, clock, this))
{
    m_api->setRoutes(m_profile.rest());
    connect(m_live, &LiveSession::eventReceived, this, &ConsoleSession::onEvent);
    connect(m_live, &LiveSession::resyncRequested, this, &ConsoleSession::onResync);
}

ConsoleSession::~ConsoleSession()
{
    // The query client holds fetches that point into the fetcher: delete it first.
    delete m_queries;
    m_queries = nullptr;
}

void ConsoleSession::onEvent(const LiveEvent &event)
{
    ++m_eventsApplied;
    // Patch the named row at once (the status the event carries), so every view shows it
    // before the confirming refetch lands.
    const QString patchKey = m_profile.patchKey(event.entity);
    if (!patchKey.isEmpty() && event.id.isValid()) {
        m_queries->noteAnnounced(patchKey, event.id);
        if (!event.status.isEmpty() && event.action != QLatin1String("deleted") &&
            m_queries->patchListRow(patchKey, event.id,
                                    QJsonObject{{QStringLiteral("status"), event.status}}))
            ++m_rowsPatched;
    }
    const QString ref = event.seq >= 0 ? QStringLiteral("seq:%1").arg(event.seq)
                                       : (event.eventId.isEmpty() ? event.wireType : event.eventId);
    const InvalidationTrace trace =
        m_queries->invalidate(m_profile.invalidationKeys(event.entity, event.id),
                              InvalidationCause::Event, ref);
    Q_EMIT eventApplied(event, trace);
}

void ConsoleSession::onResync(ResyncCause cause, qint64 missed)
{
    qCInfo(lcSync) << "resync:" << (cause == ResyncCause::Gap ? "seq gap" : "reconnect")
                   << "missed events:" << missed;
    m_queries->invalidateAllActive(cause == ResyncCause::Gap ? InvalidationCause::Gap
                                                             : InvalidationCause::Reconnect,
                                   cause == ResyncCause::Gap ? QStringLiteral("gap:%1").arg(missed)
                                                             : QStringLiteral("reconnect"));
}

}  // namespace Dms
