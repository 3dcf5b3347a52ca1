// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "panels/healthpanel.h"

#include "actions/connectionspoller.h"
#include "auth/apiclient.h"
#include "charts/healthhistorychart.h"
#include "charts/rttchart.h"
#include "core/redact.h"
#include "data/connectionsmodel.h"
#include "live/livesession.h"
#include "session/consolesession.h"
#include "session/healthhistory.h"
#include "style/labels.h"
#include "style/theme.h"
#include "sync/queryclient.h"
#include "widgets/tableexport.h"

#include <QDateTime>
#include <QDir>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Dms {

namespace {

QString duration(qint64 ms)
{
    if (ms < 0)
        ms = 0;
    const qint64 s = ms / 1000;
    if (s < 60)
        return HealthPanel::tr("%1 s").arg(QString::number(ms / 1000.0, 'f', ms < 10'000 ? 1 : 0));
    if (s < 3600)
        return HealthPanel::tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return HealthPanel::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString bytes(qint64 n)
{
    if (n < 1024)
        return HealthPanel::tr("%1 B").arg(n);
    if (n < 1024 * 1024)
        return HealthPanel::tr("%1 KiB").arg(QString::number(n / 1024.0, 'f', 1));
    return HealthPanel::tr("%1 MiB").arg(QString::number(n / (1024.0 * 1024.0), 'f', 2));
}

QString clockTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("HH:mm:ss"));
}

QString stateTitle(LiveState state)
{
    switch (state) {
    case LiveState::SignedOut: return HealthPanel::tr("Signed out");
    case LiveState::Connecting: return HealthPanel::tr("Connecting");
    case LiveState::Live: return HealthPanel::tr("Live");
    case LiveState::Reconnecting: return HealthPanel::tr("Reconnecting");
    case LiveState::Offline: return HealthPanel::tr("Offline");
    case LiveState::AuthFailed: return HealthPanel::tr("Signed out (authentication failed)");
    }
    return QString();
}

QColor stateColor(LiveState state)
{
    switch (state) {
    case LiveState::Live: return QColor(0x2e, 0x7d, 0x32);
    case LiveState::Connecting:
    case LiveState::Reconnecting: return QColor(0xc7, 0x8a, 0x00);
    case LiveState::SignedOut:
    case LiveState::Offline:
    case LiveState::AuthFailed: break;
    }
    return QColor(0xc6, 0x28, 0x28);
}

}  // namespace

HealthPanel::HealthPanel(ConsoleSession *session, QWidget *parent, HealthRecorder *recorder)
    : QWidget(parent), m_session(session)
{
    m_mono.start();
    auto *content = new QWidget;
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(8, 8, 8, 8);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(10);

    // --- connection
    auto *connection = new QGroupBox(tr("Live channel"), content);
    auto *connectionForm = new QFormLayout(connection);
    m_state = addValue(connectionForm, tr("State:"), QStringLiteral("healthState"));
    QFont bold = m_state->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_state->setFont(bold);
    m_reason = addValue(connectionForm, tr("Why:"), QStringLiteral("healthReason"));
    m_reason->setWordWrap(true);
    m_server = addValue(connectionForm, tr("Server:"), QStringLiteral("healthServer"));
    m_user = addValue(connectionForm, tr("Signed in as:"), QStringLiteral("healthUser"));
    m_token = addValue(connectionForm, tr("Access token:"), QStringLiteral("healthToken"));
    m_uptime = addValue(connectionForm, tr("Uptime:"), QStringLiteral("healthUptime"));
    m_lastFrame = addValue(connectionForm, tr("Last frame:"), QStringLiteral("healthLastFrame"));
    m_offset = addValue(connectionForm, tr("Server clock:"), QStringLiteral("healthOffset"));

    // --- traffic
    auto *traffic = new QGroupBox(tr("Traffic"), content);
    auto *trafficForm = new QFormLayout(traffic);
    m_frames = addValue(trafficForm, tr("Frames:"), QStringLiteral("healthFrames"));
    m_fps = addValue(trafficForm, tr("Frames per second:"), QStringLiteral("healthFps"));
    m_bytes = addValue(trafficForm, tr("Bytes:"), QStringLiteral("healthBytes"));
    m_rtt = addValue(trafficForm, tr("Round trip:"), QStringLiteral("healthRtt"));
    m_seq = addValue(trafficForm, tr("Sequence:"), QStringLiteral("healthSeq"));

    // --- sync
    auto *sync = new QGroupBox(tr("Sync"), content);
    auto *syncForm = new QFormLayout(sync);
    m_events = addValue(syncForm, tr("Events:"), QStringLiteral("healthEvents"));
    m_invalidations = addValue(syncForm, tr("Invalidations:"), QStringLiteral("healthInvalidations"));
    m_fetches = addValue(syncForm, tr("Fetches:"), QStringLiteral("healthFetches"));
    m_missedCount = addValue(syncForm, tr("Missed updates:"), QStringLiteral("healthMissed"));
    m_missedCount->setToolTip(tr("Rows a resync (after a reconnect or a sequence gap) found changed that no "
                                 "event had announced"));

    // --- chart, timeline, missed updates
    m_chart = new RttChart(content);
    auto *timelineBox = new QGroupBox(tr("Reconnect timeline"), content);
    auto *timelineLayout = new QVBoxLayout(timelineBox);
    m_timeline = new QTreeWidget(timelineBox);
    m_timeline->setObjectName(QStringLiteral("healthTimeline"));
    m_timeline->setRootIsDecorated(false);
    m_timeline->setHeaderLabels({tr("Time"), tr("Attempt"), tr("Delay"), tr("Reason")});
    m_timeline->setAccessibleName(tr("Reconnect timeline"));
    m_timeline->header()->setStretchLastSection(true);
    m_timeline->setMinimumHeight(110);
    timelineLayout->addWidget(m_timeline);
    auto *missedBox = new QGroupBox(tr("Missed updates found by resyncs"), content);
    auto *missedLayout = new QVBoxLayout(missedBox);
    m_missed = new QListWidget(missedBox);
    m_missed->setObjectName(QStringLiteral("healthMissedList"));
    m_missed->setAccessibleName(tr("Missed updates"));
    m_missed->setMinimumHeight(70);
    m_missed->addItem(tr("None found: every change since sign-in came with its event."));
    m_missed->item(0)->setFlags(Qt::NoItemFlags);
    missedLayout->addWidget(m_missed);

    // Left: the numbers, top-aligned (admins: the server's connections under them). Right:
    // the chart over the reconnect timeline and the missed updates.
    auto *left = new QVBoxLayout;
    left->addWidget(connection);
    left->addWidget(traffic);
    left->addWidget(sync);
    auto *right = new QVBoxLayout;
    right->addWidget(m_chart, 3);
    if (recorder) {
        // The last 24 h (HealthRecorder: one sample a minute, kept on disk across restarts).
        m_rateChart = new HealthHistoryChart(HealthHistoryChart::Measure::MessageRate, content);
        m_reconnectsChart = new HealthHistoryChart(HealthHistoryChart::Measure::Reconnects, content);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        m_rateChart->setSamples(recorder->history().samples(), now);
        m_reconnectsChart->setSamples(recorder->history().samples(), now);
        connect(recorder, &HealthRecorder::sampled, m_rateChart, &HealthHistoryChart::addSample);
        connect(recorder, &HealthRecorder::sampled, m_reconnectsChart, &HealthHistoryChart::addSample);
        auto *history = new QHBoxLayout;
        history->addWidget(m_rateChart);
        history->addWidget(m_reconnectsChart);
        right->addLayout(history, 3);
    }
    right->addWidget(timelineBox, 2);
    right->addWidget(missedBox, 1);
    grid->addLayout(left, 0, 0);
    grid->addLayout(right, 0, 1);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 3);
    grid->setRowStretch(0, 1);

    // --- admins: the server's live connections
    ApiClient *api = session->api();
    if (api->user().role == QLatin1String("admin")) {
        auto *box = new QGroupBox(tr("Server connections (all units)"), content);
        auto *layout = new QVBoxLayout(box);
        m_connectionsInfo = new QLabel(box);
        m_connectionsInfo->setObjectName(QStringLiteral("healthConnectionsInfo"));
        m_connectionsInfo->setWordWrap(true);
        m_connections = new ConnectionsModel(this);
        m_connectionsView = new QTableView(box);
        m_connectionsView->setObjectName(QStringLiteral("healthConnections"));
        m_connectionsView->setModel(m_connections);
        m_connectionsView->setAccessibleName(tr("Server connections"));
        m_connectionsView->verticalHeader()->hide();
        m_connectionsView->setAlternatingRowColors(true);
        m_connectionsView->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_connectionsView->horizontalHeader()->setStretchLastSection(true);
        m_connectionsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        m_connectionsView->setMinimumHeight(140);
        auto *exportButton = new QToolButton(box);
        exportButton->setObjectName(QStringLiteral("healthConnectionsExport"));
        exportButton->setIcon(themedIcon(QStringLiteral("export")));
        exportButton->setText(tr("Export…"));
        exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        exportButton->setAutoRaise(true);
        exportButton->setToolTip(tr("Save the connections shown as a CSV or XLSX file"));
        connect(exportButton, &QToolButton::clicked, this, [this] {
            chooseExportPath(this, tr("Export connections"), QStringLiteral("connections"), [this](const QString &path) {
                QString error;
                if (!exportConnections(path, &error))
                    m_connectionsInfo->setText(tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), error));
            });
        });
        auto *infoRow = new QHBoxLayout;
        infoRow->addWidget(m_connectionsInfo, 1);
        infoRow->addWidget(exportButton, 0, Qt::AlignTop);
        layout->addLayout(infoRow);
        layout->addWidget(m_connectionsView);
        left->addWidget(box, 1);
        m_poller = new ConnectionsPoller(api, this);
        connect(m_poller, &ConnectionsPoller::connectionsUpdated, this,
                [this](const QList<ConnectionInfo> &connections, const QMap<EntityId, int> &byUnit) {
                    m_connections->setConnections(connections);
                    QStringList units;
                    for (auto it = byUnit.cbegin(); it != byUnit.cend(); ++it)
                        units << tr("unit %1: %2").arg(it.key().toString()).arg(it.value());
                    m_connectionsInfo->setText(tr("%n live socket(s); %1. Updated %2.", nullptr,
                                                  int(connections.size()))
                                                   .arg(units.isEmpty() ? tr("none") : units.join(QStringLiteral(", ")),
                                                        clockTime(QDateTime::currentMSecsSinceEpoch())));
                });
        connect(m_poller, &ConnectionsPoller::pollFailed, this, [this](const QString &message) {
            m_connectionsInfo->setText(tr("Could not read the connections: %1").arg(message));
        });
        m_poller->start();
    }

    if (!m_connectionsView)
        left->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    LiveSession *live = session->live();
    connect(live, &LiveSession::stateChanged, this, &HealthPanel::onStatus);
    connect(live, &LiveSession::heartbeatMeasured, this, [this](int rtt) {
        m_chart->addSample(QDateTime::currentMSecsSinceEpoch(), rtt);
    });
    connect(session->queries(), &QueryClient::missedUpdatesFound, this, &HealthPanel::onMissedUpdates);
    m_chart->setSamples(live->metrics().rtt);
    connect(&m_tick, &QTimer::timeout, this, &HealthPanel::refresh);
    m_tick.start(500);
    refresh();
}

QLabel *HealthPanel::addValue(QFormLayout *form, const QString &label, const QString &name)
{
    auto *value = new QLabel(this);
    value->setObjectName(name);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setTextFormat(Qt::PlainText);
    auto *title = new QLabel(label, this);
    title->setBuddy(value);
    value->setAccessibleName(QString(label).remove(QLatin1Char(':')));
    form->addRow(title, value);
    return value;
}

void HealthPanel::onStatus(const LiveStatus &)
{
    refresh();
}

void HealthPanel::onMissedUpdates(const QString &key, const QList<EntityId> &ids)
{
    QStringList shown;
    for (int i = 0; i < ids.size() && i < 12; ++i)
        shown << ids.at(i).toString();
    if (ids.size() > 12)
        shown << QStringLiteral("…");
    auto *item = new QListWidgetItem(tr("%1  %2: %n row(s) (%3)", nullptr, int(ids.size()))
                                         .arg(clockTime(QDateTime::currentMSecsSinceEpoch()), key,
                                              shown.join(QStringLiteral(", "))));
    if (m_missed->count() == 1 && m_missed->item(0)->flags() == Qt::NoItemFlags)
        delete m_missed->takeItem(0);  // the "none found" line
    m_missed->insertItem(0, item);
    while (m_missed->count() > 200)
        delete m_missed->takeItem(m_missed->count() - 1);
}

double HealthPanel::framesPerSecond()
{
    if (!m_session)
        return 0;
    const qint64 now = m_mono.elapsed();
    m_frameSamples.append({now, m_session->live()->metrics().framesIn});
    while (m_frameSamples.size() > 2 && m_frameSamples.first().first < now - 10'000)
        m_frameSamples.removeFirst();
    const auto &first = m_frameSamples.first();
    const auto &last = m_frameSamples.last();
    const qint64 span = last.first - first.first;
    return span > 0 ? (last.second - first.second) * 1000.0 / span : 0.0;
}

bool HealthPanel::exportConnections(const QString &path, QString *error)
{
    QString why;
    if (!m_connectionsView) {
        why = tr("only admins see the server's connections");
    } else if (saveTable(m_connectionsView, path, &why)) {
        return true;
    }
    if (error)
        *error = why;
    return false;
}

void HealthPanel::refresh()
{
    if (!m_session)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    LiveSession *live = m_session->live();
    ApiClient *api = m_session->api();
    const LiveStatus &status = live->status();
    const LiveMetrics &m = live->metrics();

    m_state->setText(stateTitle(status.state));
    m_state->setStyleSheet(QStringLiteral("color: %1;").arg(stateColor(status.state).name()));
    QString why = status.describe();
    if (status.state == LiveState::Reconnecting && status.nextAttemptAtMs > 0) {
        // The live countdown rather than the delay chosen at the time.
        const QString of = status.maxAttempts > 0 ? tr("attempt %1 of %2").arg(status.attempt).arg(status.maxAttempts)
                                                  : tr("attempt %1").arg(status.attempt);
        why = tr("reconnecting: %1, next in %2 s (%3)")
                  .arg(of, QString::number(qMax<qint64>(0, status.nextAttemptAtMs - now) / 1000.0, 'f', 1),
                       status.reason);
    }
    m_reason->setText(redactSecrets(why));
    m_server->setText(tr("%1 (%2)").arg(redactedUrl(api->baseUrl()), m_session->profile().name()));
    const UserInfo &user = api->user();
    m_user->setText(user.isValid() ? tr("%1 (%2), %3").arg(user.username, roleTitle(user.role), user.unitName) : tr("nobody"));

    const qint64 expiry = api->accessTokenExpiryMs();
    if (expiry <= 0)
        m_token->setText(tr("unknown expiry; %n refresh(es) so far", nullptr, api->refreshCount()));
    else if (expiry > now)
        m_token->setText(tr("expires in %1 (at %2); %n refresh(es) so far", nullptr, api->refreshCount())
                             .arg(duration(expiry - now), clockTime(expiry)));
    else
        m_token->setText(tr("expired %1 ago; renewed on the next call", nullptr).arg(duration(now - expiry)));

    m_uptime->setText(m.liveSinceMs > 0 ? tr("live for %1 (since %2)").arg(duration(now - m.liveSinceMs),
                                                                           clockTime(m.liveSinceMs))
                                        : tr("not live"));
    m_lastFrame->setText(m.lastFrameAtMs > 0 ? tr("%1 ago").arg(duration(now - m.lastFrameAtMs)) : tr("none yet"));
    if (!m.hasClockOffset && !live->profile().mapsPongField(QStringLiteral("serverTime")))
        m_offset->setText(tr("not available: this dialect's heartbeat carries no server time"));
    else if (!m.hasClockOffset)
        m_offset->setText(tr("not measured yet (needs a heartbeat)"));
    else if (qAbs(m.clockOffsetMs) < 1)
        m_offset->setText(tr("in step with this computer"));
    else
        m_offset->setText(m.clockOffsetMs > 0 ? tr("%1 ms ahead of this computer").arg(m.clockOffsetMs)
                                              : tr("%1 ms behind this computer").arg(-m.clockOffsetMs));

    m_frames->setText(tr("%1 in, %2 out; %3 rejected").arg(m.framesIn).arg(m.framesOut).arg(m.frameErrors));
    m_fps->setText(QString::number(framesPerSecond(), 'f', 2));
    m_bytes->setText(tr("%1 in, %2 out").arg(bytes(m.bytesIn), bytes(m.bytesOut)));
    // A dialect that cannot measure something says so instead of showing zeros.
    const LiveCapabilities caps = live->capabilities();
    QString rtt = caps.rtt == QLatin1String("none")
        ? tr("not measured")
        : m.lastRttMs >= 0 ? tr("%1 ms (last heartbeat), %n sample(s) in 10 min", nullptr, int(m.rtt.size()))
                                 .arg(m.lastRttMs)
                           : tr("no heartbeat answered yet");
    if (!caps.rttNote.isEmpty())
        rtt += QStringLiteral(" — ") + caps.rttNote;
    m_rtt->setText(rtt);
    if (caps.gapDetection || caps.gapNote.isEmpty())
        m_seq->setText(tr("%1 gap(s), %2 missed event(s), %3 duplicate(s), %4 out of order; %5 resync(s)")
                           .arg(m.seqGaps)
                           .arg(m.missedEvents)
                           .arg(m.duplicateSeqs)
                           .arg(m.reorderedSeqs)
                           .arg(m.resyncs));
    else
        m_seq->setText(tr("gap detection unavailable: %1; %n resync(s)", nullptr, m.resyncs).arg(caps.gapNote));

    const QueryMetrics &q = m_session->queries()->metrics();
    m_events->setText(tr("%1 applied, %2 row(s) patched at once").arg(m_session->eventsApplied()).arg(m_session->rowsPatched()));
    m_invalidations->setText(tr("%1; keys %2 refetched, %3 coalesced, %4 marked stale")
                                 .arg(q.invalidations)
                                 .arg(q.keysRefetched)
                                 .arg(q.keysCoalesced)
                                 .arg(q.keysMarkedStale));
    m_fetches->setText(tr("%1 started (%2 refetches), %3 failed, %4 retries")
                           .arg(q.fetchesStarted)
                           .arg(q.refetches)
                           .arg(q.fetchesFailed)
                           .arg(q.retries));
    m_missedCount->setText(QString::number(q.missedUpdates));

    m_chart->advance(now);
    refreshTimeline();
}

void HealthPanel::refreshTimeline()
{
    const QList<ReconnectRecord> &timeline = m_session->live()->metrics().timeline;
    const qint64 lastAt = timeline.isEmpty() ? 0 : timeline.constLast().atMs;
    if (timeline.size() == m_timelineSize && lastAt == m_timelineLastAt)
        return;
    m_timelineSize = int(timeline.size());
    m_timelineLastAt = lastAt;
    m_timeline->clear();
    if (timeline.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_timeline);
        item->setText(3, tr("No reconnects since sign-in."));
        item->setFlags(Qt::NoItemFlags);
    }
    for (auto it = timeline.crbegin(); it != timeline.crend(); ++it) {
        auto *item = new QTreeWidgetItem(m_timeline);
        item->setText(0, QDateTime::fromMSecsSinceEpoch(it->atMs).toString(QStringLiteral("HH:mm:ss.zzz")));
        item->setText(1, QString::number(it->attempt));
        item->setText(2, tr("%1 s").arg(QString::number(it->delayMs / 1000.0, 'f', 1)));
        item->setText(3, redactSecrets(it->reason));
        item->setToolTip(3, redactSecrets(it->reason));
    }
    for (int c = 0; c < 3; ++c)
        m_timeline->resizeColumnToContents(c);
}

}  // namespace Dms
