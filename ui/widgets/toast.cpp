// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "widgets/toast.h"

#include "style/theme.h"

#include <QEvent>
#include <QGraphicsOpacityEffect>
#include <QLabel>
#include <QMouseEvent>
#include <QPropertyAnimation>
#include <QTimer>
#include <QVBoxLayout>

namespace Dms {

ToastArea::ToastArea(QWidget *host) : QObject(host), m_host(host)
{
    host->installEventFilter(this);
}

void ToastArea::showToast(const QString &title, const QString &text)
{
    auto *toast = new QFrame(m_host);
    toast->setObjectName(QStringLiteral("toast"));
    toast->setAttribute(Qt::WA_StyledBackground);
    toast->setFocusPolicy(Qt::NoFocus);
    const QPalette pal = m_host->palette();
    const QColor background = pal.color(QPalette::ToolTipBase);
    toast->setStyleSheet(QStringLiteral("QFrame#toast { background: %1; border: 1px solid %2; border-left: 4px solid #ef6c00;"
                                        " border-radius: 6px; } QLabel { color: %3; background: transparent; border: none; }")
                             .arg(background.name(), pal.color(QPalette::Mid).name(),
                                  pal.color(QPalette::ToolTipText).name()));
    auto *layout = new QVBoxLayout(toast);
    layout->setContentsMargins(12, 8, 12, 8);
    auto *heading = new QLabel(title, toast);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    auto *body = new QLabel(text, toast);
    body->setWordWrap(true);
    body->setTextFormat(Qt::PlainText);
    heading->setTextFormat(Qt::PlainText);
    layout->addWidget(heading);
    layout->addWidget(body);
    toast->setAccessibleName(title);
    toast->setAccessibleDescription(text);
    toast->setToolTip(tr("Click to dismiss"));
    toast->setProperty("toastText", QString(title + QStringLiteral(": ") + text));
    toast->installEventFilter(this);
    toast->setFixedWidth(qMin(380, qMax(240, m_host->width() / 3)));
    toast->adjustSize();

    m_toasts.append(toast);
    while (m_toasts.size() > 3) {
        if (QFrame *old = m_toasts.takeFirst())
            old->deleteLater();
    }
    layoutToasts();
    toast->show();
    toast->raise();
    QTimer::singleShot(m_durationMs, toast, [this, toast] { fadeOut(toast); });
}

QStringList ToastArea::visibleTexts() const
{
    QStringList texts;
    for (const QPointer<QFrame> &toast : m_toasts) {
        if (toast)
            texts << toast->property("toastText").toString();
    }
    return texts;
}

void ToastArea::dismissAll()
{
    for (const QPointer<QFrame> &toast : std::as_const(m_toasts)) {
        if (toast) {
            toast->hide();
            toast->deleteLater();
        }
    }
    m_toasts.clear();
}

void ToastArea::fadeOut(QWidget *toast)
{
    if (toast->property("fading").toBool())
        return;
    toast->setProperty("fading", true);
    auto *effect = new QGraphicsOpacityEffect(toast);
    toast->setGraphicsEffect(effect);
    auto *animation = new QPropertyAnimation(effect, "opacity", toast);
    animation->setDuration(400);
    animation->setStartValue(1.0);
    animation->setEndValue(0.0);
    connect(animation, &QPropertyAnimation::finished, this, [this, toast] {
        m_toasts.removeAll(QPointer<QFrame>(static_cast<QFrame *>(toast)));
        toast->deleteLater();
        layoutToasts();
    });
    animation->start(QAbstractAnimation::DeleteWhenStopped);
}

void ToastArea::layoutToasts()
{
    m_toasts.removeAll(QPointer<QFrame>());
    int bottom = m_host->height() - 12;
    for (auto it = m_toasts.crbegin(); it != m_toasts.crend(); ++it) {
        QFrame *toast = *it;
        const QSize size = toast->sizeHint().expandedTo(QSize(toast->width(), 0));
        toast->setGeometry(m_host->width() - toast->width() - 12, bottom - size.height(), toast->width(),
                           size.height());
        bottom -= size.height() + 8;
    }
}

bool ToastArea::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_host && event->type() == QEvent::Resize) {
        layoutToasts();
    } else if (event->type() == QEvent::MouseButtonRelease) {
        if (auto *toast = qobject_cast<QFrame *>(watched); toast && m_toasts.contains(toast)) {
            fadeOut(toast);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

}  // namespace Dms
