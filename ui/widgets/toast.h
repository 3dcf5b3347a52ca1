// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QFrame>
#include <QList>
#include <QPointer>

class QLabel;

namespace Dms {

// Short notices in the window's bottom-right corner (a send-back for the signed-in user):
// up to three at once, newest at the bottom; each fades out after a few seconds or when
// clicked. They never take the keyboard focus.
class ToastArea final : public QObject
{
    Q_OBJECT
public:
    explicit ToastArea(QWidget *host);

    void showToast(const QString &title, const QString &text);
    QStringList visibleTexts() const;  // "title: text" of each toast shown
    void dismissAll();                 // every toast gone at once (no fade)
    void setDurationMs(int ms) { m_durationMs = ms; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void layoutToasts();
    void fadeOut(QWidget *toast);

    QWidget *m_host;
    QList<QPointer<QFrame>> m_toasts;
    int m_durationMs = 8000;
};

}  // namespace Dms
