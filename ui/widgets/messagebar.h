// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QFrame>
#include <QTimer>

class QLabel;
class QToolButton;

namespace Dms {

// An inline message above a table: what an action did or why it was refused, in words a
// user understands. Errors stay until closed; information hides itself after a while.
class MessageBar final : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Info, Success, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text);
    QString text() const;
    Kind kind() const { return m_kind; }

public Q_SLOTS:
    void dismiss();

private:
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_close;
    QTimer m_hideTimer;
    Kind m_kind = Kind::Info;
};

}  // namespace Dms
