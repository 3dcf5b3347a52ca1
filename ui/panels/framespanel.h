// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QPointer>
#include <QWidget>

class QAction;
class QPushButton;
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
// For testers: compose and send a frame (a JSON editor starting from the dialect's message
// templates, e.g. a ping), save the log shown as JSON lines, and open a saved log for
// reading (the live log carries on meanwhile; "Back to live" returns to it).
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

    // The log the table shows: the live one, or a saved one opened for reading.
    FrameLogModel *shownLog() const;
    bool isShowingSavedLog() const { return shownLog() != m_log; }

    // Composing: the templates offered, the editor, the socket to send on.
    QComboBox *templateCombo() const { return m_templates; }
    QPlainTextEdit *editor() const { return m_editor; }
    QLabel *composeStatus() const { return m_composeStatus; }
    QAction *composeAction() const { return m_composeAction; }
    // Fills the editor with the template at index (of templateCombo()).
    void useTemplate(int index);
    // Sends what the editor holds; false with the reason (also shown) when it is not a
    // JSON object or cannot be sent.
    bool sendEditorFrame(QString *error = nullptr);

    // Writes the frames shown (filters applied, in order) as JSON lines, secrets redacted.
    bool saveLog(const QString &path, QString *error = nullptr);
    // Shows a saved log instead of the live one.
    bool openLog(const QString &path, QString *error = nullptr);
    void backToLive();

    void saveLayout(QSettings &settings) const;
    void restoreLayout(const QSettings &settings);

public Q_SLOTS:
    void copyAsJson();

private:
    void buildTemplates();
    void showLog(FrameLogModel *log);
    QList<int> shownRows(bool selectionOnly) const;
    void onRowsInserted();
    void showDetails();
    void addComboValue(QComboBox *combo, const QString &value);
    void updateHeld(int held);

    QPointer<ConsoleSession> m_session;
    FrameLogModel *m_log;
    FrameLogModel *m_saved = nullptr;
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

    QAction *m_composeAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_openAction = nullptr;
    QWidget *m_compose = nullptr;
    QComboBox *m_templates = nullptr;
    QComboBox *m_socket = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QPushButton *m_sendButton = nullptr;
    QLabel *m_composeStatus = nullptr;
    QWidget *m_savedBar = nullptr;
    QLabel *m_savedText = nullptr;
};

}  // namespace Dms
