// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "panels/dashboardpanel.h"

#include "data/entitytablemodel.h"
#include "style/labels.h"
#include "style/theme.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QListWidget>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace Dms {

namespace {

constexpr int kLocations = 8;  // bars on the locations chart (the fullest locations)

QString kindTitle(const QString &kind)
{
    if (kind == QLatin1String("withdrawal"))
        return DashboardPanel::tr("Withdrawals");
    if (kind == QLatin1String("destruction"))
        return DashboardPanel::tr("Destructions");
    return DashboardPanel::tr("Transfers");
}

QString alertIcon(AlertKind kind)
{
    switch (kind) {
    case AlertKind::MyRequest: return QStringLiteral("requests");
    case AlertKind::ActionNeeded: return QStringLiteral("bell");
    case AlertKind::IncomingTransfer: return QStringLiteral("crates");
    case AlertKind::Connection: return QStringLiteral("reconnect");
    }
    return QStringLiteral("bell");
}

}  // namespace

DashboardPanel::DashboardPanel(DashboardModel *model, AlertCenter *alerts, const UserInfo &user, QWidget *parent)
    : QWidget(parent), m_model(model), m_user(user)
{
    m_scope = new QLabel(this);
    m_scope->setObjectName(QStringLiteral("dashboardScope"));
    m_scope->setWordWrap(true);
    const QString unit = user.unitId.isNull() ? tr("every unit")
                                              : (user.unitName.isEmpty() ? tr("unit %1").arg(user.unitId.toString())
                                                                         : user.unitName);
    m_scope->setText(tr("%1 — %2 (%3). Live from the tables; click a figure to see its rows. Overdue: open and "
                        "untouched for more than %n day(s).",
                        nullptr, int(model->overdueAfterMs() / (24 * 3600 * 1000)))
                         .arg(unit, user.username, roleTitle(user.role)));

    // --- requests: a row per kind, a column per open status
    auto *requests = new QGroupBox(tr("Open requests"), this);
    auto *grid = new QGridLayout(requests);
    grid->setHorizontalSpacing(6);
    const QStringList statuses = DashboardSummary::requestStatuses();
    for (int c = 0; c < statuses.size(); ++c) {
        auto *head = new QLabel(EntityTableModel::statusText(statuses.at(c)), requests);
        head->setAlignment(Qt::AlignCenter);
        grid->addWidget(head, 0, c + 1);
    }
    auto *overdueHead = new QLabel(tr("Overdue"), requests);
    overdueHead->setAlignment(Qt::AlignCenter);
    grid->addWidget(overdueHead, 0, int(statuses.size()) + 1);
    const char *kinds[] = {"withdrawal", "destruction", "transfer"};
    for (int r = 0; r < 3; ++r) {
        const QString kind = QLatin1String(kinds[r]);
        grid->addWidget(new QLabel(kindTitle(kind), requests), r + 1, 0);
        for (int c = 0; c < statuses.size(); ++c)
            grid->addWidget(addFigure(kind + QLatin1Char('/') + statuses.at(c),
                                      tr("%1, %2").arg(kindTitle(kind), EntityTableModel::statusText(statuses.at(c)))),
                            r + 1, c + 1);
        grid->addWidget(addFigure(kind + QStringLiteral("/overdue"), tr("%1, overdue").arg(kindTitle(kind))), r + 1,
                        int(statuses.size()) + 1);
    }

    // --- transfers in flight and send-backs
    auto *flows = new QGroupBox(tr("Transfers in flight (approved or issued) and send-backs"), this);
    auto *flowsLayout = new QGridLayout(flows);
    const bool everyUnit = user.unitId.isNull();
    const QString inTitle = tr("Coming in");
    const QString outTitle = everyUnit ? tr("Between units") : tr("Going out");
    const QString sentTitle = tr("Open send-backs");
    flowsLayout->addWidget(new QLabel(inTitle, flows), 0, 0, Qt::AlignCenter);
    flowsLayout->addWidget(new QLabel(outTitle, flows), 0, 1, Qt::AlignCenter);
    flowsLayout->addWidget(new QLabel(sentTitle, flows), 0, 2, Qt::AlignCenter);
    flowsLayout->addWidget(addFigure(QStringLiteral("transfers/incoming"), tr("Transfers coming into your unit")), 1, 0);
    flowsLayout->addWidget(addFigure(QStringLiteral("transfers/outgoing"), outTitle), 1, 1);
    flowsLayout->addWidget(addFigure(QStringLiteral("sendbacks/open"), sentTitle), 1, 2);
    if (everyUnit)
        m_buttons.value(QStringLiteral("transfers/incoming"))->setToolTip(tr("An administrator's view spans every unit"));

    // --- alerts
    auto *alertsBox = new QGroupBox(tr("Alerts"), this);
    auto *alertsLayout = new QVBoxLayout(alertsBox);
    m_feed = new QListWidget(alertsBox);
    m_feed->setObjectName(QStringLiteral("alertFeed"));
    m_feed->setAccessibleName(tr("Alerts"));
    m_feed->setWordWrap(true);
    m_feed->setAlternatingRowColors(true);
    m_feed->setToolTip(tr("Changes by others to your requests and to what is yours to act on; click one to see its row"));
    m_feedEmpty = new QLabel(tr("No alerts since sign-in. Changes by others to your requests, requests waiting for "
                                "you and the live channel going offline appear here (and as desktop notifications)."),
                             alertsBox);
    m_feedEmpty->setWordWrap(true);
    m_feedEmpty->setObjectName(QStringLiteral("alertFeedEmpty"));
    auto *clear = new QPushButton(themedIcon(QStringLiteral("clear")), tr("Clear"), alertsBox);
    clear->setObjectName(QStringLiteral("alertFeedClear"));
    connect(clear, &QPushButton::clicked, this, [this] {
        m_feed->clear();
        m_feedEmpty->show();
    });
    alertsLayout->addWidget(m_feedEmpty);
    alertsLayout->addWidget(m_feed, 1);
    alertsLayout->addWidget(clear, 0, Qt::AlignRight);
    connect(m_feed, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT alertActivated(item->data(Qt::UserRole).value<Alert>());
    });
    connect(m_feed, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        Q_EMIT alertActivated(item->data(Qt::UserRole).value<Alert>());
    });

    // --- charts
    auto *activity = new QChart;
    activity->setTitle(tr("Activity today (audit entries per hour)"));
    m_activitySet = new QBarSet(tr("Entries"));
    for (int h = 0; h < 24; ++h)
        m_activitySet->append(0);
    auto *activitySeries = new QBarSeries;
    activitySeries->append(m_activitySet);
    activitySeries->setBarWidth(0.9);
    activity->addSeries(activitySeries);
    // A value axis (bars sit at 0..23) labelled every three hours: 24 category labels do not
    // fit a third of a window.
    auto *hours = new QValueAxis;
    hours->setRange(-0.5, 23.5);
    hours->setTickType(QValueAxis::TicksDynamic);
    hours->setTickAnchor(0);
    hours->setTickInterval(3);
    hours->setLabelFormat(QStringLiteral("%d"));
    m_activityAxis = new QValueAxis;
    m_activityAxis->setLabelFormat(QStringLiteral("%d"));
    activity->addAxis(hours, Qt::AlignBottom);
    activity->addAxis(m_activityAxis, Qt::AlignLeft);
    activitySeries->attachAxis(hours);
    activitySeries->attachAxis(m_activityAxis);
    activity->legend()->hide();
    m_activityView = makeChartView(activity, QStringLiteral("dashboardActivityChart"));
    m_activityLabel = new QLabel(this);
    m_activityLabel->setObjectName(QStringLiteral("dashboardActivity"));
    m_activityLabel->setWordWrap(true);

    auto *crates = new QChart;
    crates->setTitle(tr("Crates by status"));
    m_cratesSeries = new QPieSeries;
    m_cratesSeries->setHoleSize(0.45);
    for (const QString &status : DashboardSummary::crateStatuses()) {
        auto *slice = m_cratesSeries->append(EntityTableModel::statusText(status), 0);
        slice->setProperty("status", status);
        slice->setColor(statusColor(status));
    }
    crates->addSeries(m_cratesSeries);
    crates->legend()->setAlignment(Qt::AlignRight);
    m_cratesView = makeChartView(crates, QStringLiteral("dashboardCratesChart"));
    connect(m_cratesSeries, &QPieSeries::clicked, this, [this](QPieSlice *slice) {
        const QString name = QStringLiteral("crates/") + slice->property("status").toString();
        if (m_figures.contains(name) && m_figures.value(name).count > 0)
            Q_EMIT figureActivated(m_figures.value(name), m_titles.value(name));
    });

    auto *locations = new QChart;
    locations->setTitle(tr("Crates by location (fullest %1)").arg(kLocations));
    m_locationsSeries = new QHorizontalBarSeries;
    m_locationsSeries->setBarWidth(0.7);
    locations->addSeries(m_locationsSeries);
    m_locationsAxis = new QBarCategoryAxis;
    m_locationsValues = new QValueAxis;
    m_locationsValues->setLabelFormat(QStringLiteral("%d"));
    locations->addAxis(m_locationsAxis, Qt::AlignLeft);
    locations->addAxis(m_locationsValues, Qt::AlignBottom);
    m_locationsSeries->attachAxis(m_locationsAxis);
    m_locationsSeries->attachAxis(m_locationsValues);
    locations->legend()->hide();
    m_locationsView = makeChartView(locations, QStringLiteral("dashboardLocationsChart"));

    auto *activityBox = new QWidget(this);
    auto *activityLayout = new QVBoxLayout(activityBox);
    activityLayout->setContentsMargins(0, 0, 0, 0);
    activityLayout->addWidget(m_activityView, 1);
    activityLayout->addWidget(m_activityLabel);

    auto *left = new QVBoxLayout;
    left->addWidget(requests);
    left->addWidget(flows);
    left->addStretch(1);
    auto *charts = new QHBoxLayout;
    charts->addWidget(activityBox, 4);
    charts->addWidget(m_cratesView, 3);
    charts->addWidget(m_locationsView, 3);
    // In a scroll area, like the Health tab: the dashboard's minimum size must not set the
    // window's (a short window scrolls it instead).
    auto *content = new QWidget;
    auto *layout = new QGridLayout(content);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_scope, 0, 0, 1, 2);
    layout->addLayout(left, 1, 0);
    layout->addWidget(alertsBox, 1, 1);
    layout->addLayout(charts, 2, 0, 1, 2);
    layout->setColumnStretch(0, 3);
    layout->setColumnStretch(1, 2);
    layout->setRowStretch(1, 1);
    layout->setRowStretch(2, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(model, &DashboardModel::summaryChanged, this, &DashboardPanel::refresh);
    if (alerts) {
        for (const Alert &alert : alerts->feed())
            addAlert(alert);
        connect(alerts, &AlertCenter::alertAdded, this, &DashboardPanel::addAlert);
    }
    applyPalette();
    refresh();
}

QChartView *DashboardPanel::makeChartView(QChart *chart, const QString &name)
{
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation);
    auto *view = new QChartView(chart, this);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(200);
    view->setAccessibleName(chart->title());
    return view;
}

QToolButton *DashboardPanel::addFigure(const QString &name, const QString &tip)
{
    auto *button = new QToolButton(this);
    button->setObjectName(QStringLiteral("figure:") + name);
    button->setAutoRaise(true);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    QFont big = button->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    button->setFont(big);
    button->setText(QStringLiteral("–"));
    button->setCursor(Qt::PointingHandCursor);
    m_titles.insert(name, tip);
    connect(button, &QToolButton::clicked, this, [this, name] {
        const DashboardFigure figure = m_figures.value(name);
        if (!figure.listKey.isEmpty())
            Q_EMIT figureActivated(figure, m_titles.value(name));
    });
    m_buttons.insert(name, button);
    return button;
}

void DashboardPanel::setFigure(const QString &name, const DashboardFigure &figure, const QString &title, bool known)
{
    QToolButton *button = m_buttons.value(name);
    if (!button)
        return;
    m_figures.insert(name, figure);
    const QString text = known ? QString::number(figure.count) : QStringLiteral("–");
    button->setText(text);
    button->setAccessibleName(tr("%1: %2").arg(title, text));
    // Rows to show: a list's rows (not the server's bare counts) and at least one.
    const bool clickable = known && figure.count > 0 && (!figure.ids.isEmpty() || !figure.statuses.isEmpty());
    button->setEnabled(clickable);
    if (clickable)
        button->setToolTip(tr("%1: %n row(s); click to show them", nullptr, figure.count).arg(title));
    QPalette pal = button->palette();
    if (name.endsWith(QLatin1String("/overdue")) && figure.count > 0)
        pal.setColor(QPalette::ButtonText, statusColor(QStringLiteral("rejected")));
    else
        pal.setColor(QPalette::ButtonText, palette().color(QPalette::ButtonText));
    button->setPalette(pal);
}

void DashboardPanel::refresh()
{
    if (!m_model)
        return;
    const DashboardSummary &s = m_model->summary();
    for (const auto &kind : s.kinds) {
        const QString base = kind.kind + QLatin1Char('/');
        for (auto it = kind.byStatus.cbegin(); it != kind.byStatus.cend(); ++it)
            setFigure(base + it.key(), it.value(), m_titles.value(base + it.key()), kind.loaded);
        setFigure(base + QStringLiteral("overdue"), kind.overdue, m_titles.value(base + QStringLiteral("overdue")),
                  kind.loaded && !kind.fromServer);
    }
    setFigure(QStringLiteral("transfers/incoming"), s.transfersIncoming, m_titles.value(QStringLiteral("transfers/incoming")),
              s.transfersLoaded && !m_user.unitId.isNull());
    setFigure(QStringLiteral("transfers/outgoing"), s.transfersOutgoing, m_titles.value(QStringLiteral("transfers/outgoing")),
              s.transfersLoaded);
    setFigure(QStringLiteral("sendbacks/open"), s.openSendBacks, m_titles.value(QStringLiteral("sendbacks/open")));

    // Crates by status: the pie's slices are figures too.
    for (QPieSlice *slice : m_cratesSeries->slices()) {
        const QString status = slice->property("status").toString();
        const DashboardFigure figure = s.cratesByStatus.value(status);
        const QString name = QStringLiteral("crates/") + status;
        m_figures.insert(name, figure);
        m_titles.insert(name, tr("Crates, %1").arg(EntityTableModel::statusText(status)));
        slice->setValue(figure.count);
        slice->setLabel(tr("%1 %2").arg(EntityTableModel::statusText(status)).arg(figure.count));
    }
    m_cratesView->chart()->setTitle(s.cratesLoaded ? tr("Crates by status (%n crate(s))", nullptr, s.crateTotal)
                                                   : tr("Crates by status (loading…)"));

    // Locations: the fullest kLocations, fullest on top.
    QList<QPair<int, QString>> byCount;
    for (auto it = s.cratesByLocation.cbegin(); it != s.cratesByLocation.cend(); ++it)
        byCount.append({it.value().count, it.key()});
    std::sort(byCount.begin(), byCount.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    if (byCount.size() > kLocations)
        byCount.resize(kLocations);
    std::reverse(byCount.begin(), byCount.end());  // horizontal bars draw bottom-up
    QStringList codes;
    QStringList labels;
    int top = 1;
    for (const auto &entry : std::as_const(byCount)) {
        codes << entry.second;
        labels << (entry.second.isEmpty() ? tr("(no location)") : entry.second);
        top = std::max(top, entry.first);
    }
    if (codes != m_locationCodes || m_locationsSeries->count() == 0) {
        m_locationCodes = codes;
        m_locationsSeries->clear();
        auto *set = new QBarSet(tr("Crates"));
        set->setColor(palette().color(QPalette::Highlight));
        for (const auto &entry : std::as_const(byCount))
            set->append(entry.first);
        m_locationsSeries->append(set);
        connect(set, &QBarSet::clicked, this, [this](int index) {
            if (index < 0 || index >= m_locationCodes.size() || !m_model)
                return;
            const QString code = m_locationCodes.at(index);
            const DashboardFigure figure = m_model->summary().cratesByLocation.value(code);
            if (figure.count > 0)
                Q_EMIT figureActivated(figure, code.isEmpty() ? tr("Crates without a location")
                                                              : tr("Crates in %1").arg(code));
        });
        m_locationsAxis->clear();
        m_locationsAxis->append(labels.isEmpty() ? QStringList{QString()} : labels);
    } else if (QBarSet *set = m_locationsSeries->barSets().value(0)) {
        for (int i = 0; i < byCount.size(); ++i)
            set->replace(i, byCount.at(i).first);
    }
    m_locationsValues->setRange(0, top);
    m_locationsValues->applyNiceNumbers();

    // Activity per hour, today.
    int busiest = 1;
    for (int h = 0; h < 24; ++h) {
        m_activitySet->replace(h, s.activityPerHour[size_t(h)]);
        busiest = std::max(busiest, s.activityPerHour[size_t(h)]);
    }
    m_activityAxis->setRange(0, busiest);
    m_activityAxis->applyNiceNumbers();
    if (!s.activityLoaded) {
        m_activityLabel->setText(tr("Today's activity: the audit log is not available to this user or dialect."));
    } else {
        QStringList actions;
        QList<QPair<int, QString>> sorted;
        for (auto it = s.activityByAction.cbegin(); it != s.activityByAction.cend(); ++it)
            sorted.append({it.value(), it.key()});
        std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        for (int i = 0; i < sorted.size() && i < 4; ++i)
            actions << tr("%1: %2", "today's activity: an action (in words) and how often")
                           .arg(actionTitle(sorted.at(i).second))
                           .arg(sorted.at(i).first);
        m_activityLabel->setText(tr("Today: %n change(s) by %1 user(s)", nullptr, s.activityToday)
                                     .arg(s.activeUsersToday.size()) +
                                 (actions.isEmpty() ? QString() : QStringLiteral(" — ") + actions.join(QStringLiteral(", "))));
    }
}

void DashboardPanel::addAlert(const Alert &alert)
{
    m_feedEmpty->hide();
    const QString when = QDateTime::fromMSecsSinceEpoch(alert.atMs).toString(QStringLiteral("HH:mm:ss"));
    auto *item = new QListWidgetItem(themedIcon(alertIcon(alert.kind)),
                                     tr("%1  %2\n%3").arg(when, alert.title, alert.text));
    item->setData(Qt::UserRole, QVariant::fromValue(alert));
    item->setToolTip(alert.id.isValid() ? tr("Click to show %1 in its table").arg(alert.number) : alert.text);
    if (alert.quiet) {
        QFont font = item->font();
        font.setItalic(true);
        item->setFont(font);
    }
    m_feed->insertItem(0, item);
    while (m_feed->count() > 200)
        delete m_feed->takeItem(m_feed->count() - 1);
}

void DashboardPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void DashboardPanel::applyPalette()
{
    const QPalette pal = palette();
    for (QChartView *view : {m_activityView, m_cratesView, m_locationsView}) {
        if (!view)
            continue;
        QChart *c = view->chart();
        c->setBackgroundBrush(pal.color(QPalette::Base));
        c->setBackgroundPen(QPen(pal.color(QPalette::Mid)));
        c->setTitleBrush(pal.color(QPalette::Text));
        c->legend()->setLabelColor(pal.color(QPalette::Text));
        for (QAbstractAxis *axis : c->axes()) {
            axis->setLabelsBrush(pal.color(QPalette::Text));
            axis->setLinePenColor(pal.color(QPalette::Mid));
            QColor grid = pal.color(QPalette::Text);
            grid.setAlpha(40);
            axis->setGridLineColor(grid);
        }
        view->setBackgroundBrush(pal.color(QPalette::Window));
    }
    if (m_activitySet)
        m_activitySet->setColor(pal.color(QPalette::Highlight));
    if (m_locationsSeries) {
        for (QBarSet *set : m_locationsSeries->barSets())
            set->setColor(pal.color(QPalette::Highlight));
    }
}

}  // namespace Dms
