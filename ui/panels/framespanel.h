// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSplitter;
class QSettings;
class QTableView;

namespace Dms {

class ConsoleSession;
class FrameLogModel;
class LiveFilterProxyModel;

// The frames inspector: every frame in and out (time, direction, type, size) and, for each
// event, the queries it invalidated and what became of each; pause, filter by type and
// entity, search, and copy as JSON. Frame text is redacted before it is kept.
class FramesPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit FramesPanel(ConsoleSession *session, QWidget *parent = nullptr);

    FrameLogModel *log() const { return m_log; }
    LiveFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QPlainTextEdit *details() const { return m_details; }
    QAction *pauseAction() const { return m_pause; }

    // The selected frames (or every frame shown when none is selected) as a JSON array.
    QString selectionJson() const;

    void saveLayout(QSettings &settings) const;
    void restoreLayout(const QSettings &settings);

public Q_SLOTS:
    void copyAsJson();

private:
    void onRowsInserted();
    void showDetails();
    void addComboValue(QComboBox *combo, const QString &value);
    void updateHeld(int held);

    FrameLogModel *m_log;
    LiveFilterProxyModel *m_proxy;
    QTableView *m_view;
    QPlainTextEdit *m_details;
    QSplitter *m_splitter;
    QAction *m_pause;
    QAction *m_copy;
    QAction *m_clear;
    QComboBox *m_type;
    QComboBox *m_entity;
    QLineEdit *m_search;
    QLabel *m_held;
    QLabel *m_count;
};

}  // namespace Dms
