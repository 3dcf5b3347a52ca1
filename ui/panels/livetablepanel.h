// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QMap>
#include <QPersistentModelIndex>
#include <QTimer>
#include <QWidget>

#include "core/entityid.h"

class QAction;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QSettings;
class QTableView;
class QToolBar;
class QToolButton;

namespace Dms {

class Clock;
class EntityTableModel;
class FilterHeader;
class FlowLayout;
class LiveFilterProxyModel;
class LiveRowDelegate;
class MessageBar;
class PausableTableModel;

// One live table as the user sees it: a search box, a filter per column, status chips
// with counts (click to filter), pause/resume with the count of changes held back, rows
// changed by someone else flashing, removed rows fading, and selection and scroll kept
// while rows come and go. Panels with actions put them in toolBar() (and so in the
// context menu) and report results in messageBar().
class LiveTablePanel final : public QWidget
{
    Q_OBJECT
public:
    // source: the live table (owned by the caller or reparented to this panel).
    // layoutKey: where QSettings keeps this table's column layout ("requests/withdrawal").
    LiveTablePanel(EntityTableModel *source, const Clock *clock, const QString &layoutKey,
                   QWidget *parent = nullptr);
    ~LiveTablePanel() override;

    EntityTableModel *sourceModel() const { return m_source; }
    PausableTableModel *liveModel() const { return m_live; }
    LiveFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    FilterHeader *filterHeader() const { return m_header; }
    LiveRowDelegate *delegate() const { return m_delegate; }
    MessageBar *messageBar() const { return m_messages; }
    QToolBar *toolBar() const { return m_toolBar; }
    QLineEdit *searchEdit() const { return m_search; }
    QAction *pauseAction() const { return m_pauseAction; }
    QAction *exportAction() const { return m_exportAction; }
    QString layoutKey() const { return m_layoutKey; }

    void setSelfUser(const QString &username);
    // Adds a row action to the tool bar and to the table's context menu.
    void addRowAction(QAction *action);
    // Keep the rows the user looks at in place while rows are added or removed above them.
    void setScrollAnchoring(bool on) { m_anchoring = on; }

    bool isPaused() const;
    void setPaused(bool paused);
    int pendingChanges() const;
    QString pendingText() const;  // "12 changes waiting", empty when none

    EntityId currentId() const;        // null when no row is current
    QJsonObject currentRow() const;    // the current row's JSON
    bool selectId(const EntityId &id);          // makes the row current and visible
    // Shows only rows with these statuses (the status chips checked) and, when ids is not
    // empty, only those rows (a Dashboard figure), with `note` on a button that shows every
    // row again (clearShownRows). Search and column filters are cleared.
    void showRows(const QSet<QString> &statuses, const QList<EntityId> &ids, const QString &note);
    void clearShownRows();
    QToolButton *shownRowsButton() const { return m_pickButton; }
    QModelIndex proxyIndexOfId(const EntityId &id) const;
    bool isFlashing(const EntityId &id) const;  // the row's flash is showing now

    // Writes the rows shown now — filters, search and status chips applied, in the sort
    // shown, the visible columns in their order — as CSV, or as XLSX when path ends in .xlsx;
    // the result (or why it failed) is shown in the message bar.
    bool exportTable(const QString &path);
    // What the exported rows are called in messages ("audit entries"); default "rows".
    void setExportNoun(const QString &plural) { m_exportNoun = plural; }

    void saveLayout(QSettings &settings) const;
    void restoreLayout(const QSettings &settings);

public Q_SLOTS:
    void chooseExportFile();

Q_SIGNALS:
    // The current row changed, or its data did: re-evaluate what can be done with it.
    void currentRowChanged();

private:
    void onCountsChanged(const QMap<QString, int> &counts);
    void onPendingChanged(int count);
    void onRowsChangedLive();
    void updateRowsLabel();
    void applyStatusFilter();
    void animate();
    void fitColumns();
    void captureAnchor();
    void restoreAnchor();

    EntityTableModel *m_source;
    const Clock *m_clock;
    QString m_layoutKey;
    PausableTableModel *m_live;
    LiveFilterProxyModel *m_proxy;
    QTableView *m_view;
    FilterHeader *m_header;
    LiveRowDelegate *m_delegate;
    MessageBar *m_messages;
    QToolBar *m_toolBar;
    QLineEdit *m_search;
    QToolButton *m_filterButton;
    QToolButton *m_pauseButton;
    QAction *m_pauseAction;
    QAction *m_exportAction;
    QToolButton *m_exportButton;
    QString m_exportNoun;
    QToolButton *m_pendingButton;
    QToolButton *m_pickButton = nullptr;  // "Dashboard: … ✕" while showRows() narrows the rows
    QLabel *m_rowsLabel;
    QWidget *m_chips;
    FlowLayout *m_chipsLayout;
    QMap<QString, QToolButton *> m_chipButtons;

    QTimer m_animation;
    QElapsedTimer m_mono;
    qint64 m_animateUntil = 0;

    bool m_fitOnLoad = false;
    bool m_anchoring = true;
    QPersistentModelIndex m_anchor;
    int m_anchorTop = 0;
    int m_anchorDepth = 0;
};

}  // namespace Dms
