// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include "auth/apiclient.h"
#include "data/dashboardsummary.h"
#include "session/alertcenter.h"

#include <QMap>
#include <QPointer>
#include <QWidget>

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QGroupBox;
class QHorizontalBarSeries;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPieSeries;
class QToolButton;
class QValueAxis;

namespace Dms {

// The Dashboard tab (issue 14): the user's unit at a glance, live — open requests per kind
// and status (overdue too), transfers in flight both ways, open send-backs, crates by status
// and by location, today's activity per hour — and the alert feed. Every figure is a
// button: clicking it opens its table showing exactly the rows it counts
// (figureActivated). The figures come from a DashboardModel (app/data), the feed from an
// AlertCenter (app/session); this widget only draws them.
class DashboardPanel final : public QWidget
{
    Q_OBJECT
public:
    DashboardPanel(DashboardModel *model, AlertCenter *alerts, const UserInfo &user, QWidget *parent = nullptr);

    // The figure buttons by name: "withdrawal/pending", "transfer/overdue",
    // "transfers/incoming", "transfers/outgoing", "sendbacks/open", "crates/active".
    QToolButton *figureButton(const QString &name) const { return m_buttons.value(name); }
    QListWidget *alertFeed() const { return m_feed; }
    QChartView *activityChart() const { return m_activityView; }
    QChartView *cratesChart() const { return m_cratesView; }
    QChartView *locationsChart() const { return m_locationsView; }
    QLabel *activityLabel() const { return m_activityLabel; }

public Q_SLOTS:
    void refresh();  // redraws from the model's summary

Q_SIGNALS:
    void figureActivated(const Dms::DashboardFigure &figure, const QString &title);
    void alertActivated(const Dms::Alert &alert);

protected:
    void changeEvent(QEvent *event) override;

private:
    QToolButton *addFigure(const QString &name, const QString &tip);
    void setFigure(const QString &name, const DashboardFigure &figure, const QString &title, bool known = true);
    void addAlert(const Alert &alert);
    void applyPalette();
    QChartView *makeChartView(QChart *chart, const QString &name);

    QPointer<DashboardModel> m_model;
    UserInfo m_user;
    QMap<QString, QToolButton *> m_buttons;
    QMap<QString, DashboardFigure> m_figures;
    QMap<QString, QString> m_titles;

    QLabel *m_scope = nullptr;
    QLabel *m_activityLabel = nullptr;
    QChartView *m_activityView = nullptr;
    QBarSet *m_activitySet = nullptr;
    QValueAxis *m_activityAxis = nullptr;
    QChartView *m_cratesView = nullptr;
    QPieSeries *m_cratesSeries = nullptr;
    QChartView *m_locationsView = nullptr;
    QHorizontalBarSeries *m_locationsSeries = nullptr;
    QBarCategoryAxis *m_locationsAxis = nullptr;
    QValueAxis *m_locationsValues = nullptr;
    QStringList m_locationCodes;  // the bars shown, bottom to top
    QListWidget *m_feed = nullptr;
    QLabel *m_feedEmpty = nullptr;
};

}  // namespace Dms
