// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

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

namespace {

// The fields of a frame that carries a status: one object per status, shared. Building it
// (a container, its key, its value) was most of rowEvent's cost, and a session sees a few
// statuses only; the list is per thread (the simulator's users may run on several).
QJsonObject statusFields(const QString &status)
{
    thread_local QList<std::pair<QString, QJsonObject>> known;
    for (const auto &[text, fields] : std::as_const(known)) {
        if (text == status)
            return fields;
    }
    if (known.size() >= 32)
        known.clear();  // not a list of statuses: start again
    QJsonObject fields;
    fields.insert(QLatin1String("status"), status);
    known.append({status, fields});
    return fields;
}

}  // namespace

QString ConsoleSession::eventRef(const LiveEvent &event)
{
    if (event.seq >= 0) {
        // "seq:N" made in one allocation (QString::number and a concatenation took two).
        char text[4 + 20] = {'s', 'e', 'q', ':'};
        qsizetype n = 4;
        char digits[20];
        int d = 0;
        for (quint64 v = quint64(event.seq); d == 0 || v != 0; v /= 10)
            digits[d++] = char('0' + v % 10);
        while (d > 0) text[n++] = digits[--d];
        return QString::fromLatin1(text, n);
    }
    return event.eventId.isEmpty() ? event.wireType : event.eventId;
}

RowEvent ConsoleSession::rowEvent(const DialectProfile &profile, const LiveEvent &event,
                                  const QStringList &keys)
{
    RowEvent row;
    row.listKey = profile.patchKey(event.entity);
    row.id = event.id;
    if (!row.isValid())
        return RowEvent();  // the profile patches nothing for it: the web client's way
    row.deleted = event.action == QLatin1String("deleted");
    if (!event.status.isEmpty())
        row.fields = statusFields(event.status);
    // The row's own key among those the event invalidates ("withdrawal-request/7"), when
    // the profile routes it to one object: that one row can be fetched alone.
    const QString &id = event.id.toString();
    for (const QString &key : keys) {
        RouteShape shape = RouteShape::List;
        const bool endsWithId = key.size() > id.size() && key.endsWith(id) &&
                                key.at(key.size() - id.size() - 1) == QLatin1Char('/');
        if (endsWithId && profile.rest().hasRoute(key, &shape) && shape == RouteShape::Object) {
            row.detailKey = key;
            break;
        }
    }
    return row;
}

void ConsoleSession::onEvent(const LiveEvent &event)
{
    ++m_eventsApplied;
    // Spec §3: patch the named row at once with what the frame carries (every view shows
    // it now), fetch that one row where the frame lacks fields the row holds, fetch nothing
    // where it carries them all; the other keys the profile names are invalidated.
    const QStringList keys = m_profile.invalidationKeys(event.entity, event.id);
    const RowEvent row = rowEvent(m_profile, event, keys);
    bool rowFound = false;
    const InvalidationTrace trace =
        m_queries->applyEvent(row, keys, InvalidationCause::Event, eventRef(event), &rowFound);
    if (rowFound && (row.deleted || !row.fields.isEmpty()))
        ++m_rowsPatched;
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
