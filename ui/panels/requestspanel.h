// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include "auth/apiclient.h"
#include "data/tablemodels.h"

#include <QWidget>

class QAbstractItemModel;
class QSettings;
class QTabWidget;

namespace Dms {

class Clock;
class LiveTablePanel;
class QueryClient;
class RequestActions;
class RowActions;

// The Requests tab: withdrawal, destruction and transfer requests and the send-back
// records, one live table each (sub-tabs whose titles count what waits for a decision),
// with the actions the signed-in user may take.
class RequestsPanel final : public QWidget
{
    Q_OBJECT
public:
    RequestsPanel(QueryClient *queries, RequestActions *actions, const UserInfo &user,
                  const QAbstractItemModel *storage, const Clock *clock, QWidget *parent = nullptr);

    LiveTablePanel *panel(RequestKind kind) const;
    LiveTablePanel *sendBacksPanel() const { return m_sendBacks; }
    RowActions *rowActions(RequestKind kind) const;
    LiveTablePanel *currentPanel() const;
    QList<LiveTablePanel *> panels() const;
    QTabWidget *tabs() const { return m_tabs; }

    void saveLayout(QSettings &settings) const;
    void restoreLayout(const QSettings &settings);

private:
    void updateTitles();

    QTabWidget *m_tabs;
    LiveTablePanel *m_kinds[3] = {};
    RowActions *m_actions[3] = {};
    LiveTablePanel *m_sendBacks = nullptr;
};

}  // namespace Dms
