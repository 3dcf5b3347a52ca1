// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "widgets/messagebar.h"

#include "style/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace Dms {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)), m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setTextFormat(Qt::PlainText);
    m_close->setIcon(themedIcon(QStringLiteral("close")));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close"));
    m_close->setAccessibleName(tr("Close message"));
    connect(m_close, &QToolButton::clicked, this, &MessageBar::dismiss);
    m_hideTimer.setSingleShot(true);
    connect(&m_hideTimer, &QTimer::timeout, this, &MessageBar::dismiss);
    setAccessibleName(tr("Message"));
    hide();
}

void MessageBar::showMessage(Kind kind, const QString &text)
{
    m_kind = kind;
    QColor accent;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    switch (kind) {
    case Kind::Info:
        accent = palette().color(QPalette::Highlight);
        break;
    case Kind::Success:
        accent = QColor(0x2e, 0x7d, 0x32);
        break;
    case Kind::Warning:
        accent = QColor(0xf2, 0xa9, 0x00);
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case Kind::Error:
        accent = QColor(0xc6, 0x28, 0x28);
        icon = QStyle::SP_MessageBoxCritical;
        break;
    }
    const QColor base = palette().color(QPalette::Base);
    QColor background;
    background.setRgbF(base.redF() * 0.82 + accent.redF() * 0.18, base.greenF() * 0.82 + accent.greenF() * 0.18,
                       base.blueF() * 0.82 + accent.blueF() * 0.18);
    setStyleSheet(QStringLiteral("QFrame#messageBar { background: %1; border: 1px solid %2; border-radius: 4px; }")
                      .arg(background.name(), accent.name()));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    m_text->setText(text);
    setAccessibleDescription(text);
    show();
    if (kind == Kind::Info || kind == Kind::Success)
        m_hideTimer.start(8000);
    else
        m_hideTimer.stop();
}

QString MessageBar::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void MessageBar::dismiss()
{
    m_hideTimer.stop();
    hide();
}

}  // namespace Dms
