// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QSet>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QSettings;

namespace Dms {

class Clock;
class LiveTablePanel;
class QueryClient;

// The audit stream: the audit log's tail, appended live (the engine fetches after_id),
// following the newest entry unless the user scrolls away or pauses; filters by user,
// entity and action; times in the user's time zone; the current view exported as CSV or XLSX.
class AuditPanel final : public QWidget
{
    Q_OBJECT
public:
    AuditPanel(QueryClient *queries, const QString &selfUser, const Clock *clock, QWidget *parent = nullptr);

    LiveTablePanel *table() const { return m_table; }
    QAction *followAction() const { return m_follow; }
    QComboBox *userFilter() const { return m_user; }
    QComboBox *entityFilter() const { return m_entity; }
    QComboBox *actionFilter() const { return m_action; }

    // Writes the rows the view shows now (filters applied, in view order), as CSV or, for a
    // path ending in .xlsx, XLSX. Returns false
    // with a message shown in the panel on failure.
    bool exportTable(const QString &path);

    void saveLayout(QSettings &settings) const;
    void restoreLayout(const QSettings &settings);

public Q_SLOTS:
    void chooseExportFile();

private:
    void collectValues(int first, int last);
    // words: how the value is shown (null: as it is); the item's data is the value.
    void addValue(QComboBox *combo, QSet<QString> &seen, const QString &value,
                  QString (*words)(const QString &) = nullptr);
    void followIfOn();

    LiveTablePanel *m_table;
    QAction *m_follow;
    QAction *m_export;
    QComboBox *m_user;
    QComboBox *m_entity;
    QComboBox *m_action;
    QLabel *m_zone;
    QSet<QString> m_users;
    QSet<QString> m_entities;
    QSet<QString> m_actions;
};

}  // namespace Dms
