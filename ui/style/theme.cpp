// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "style/theme.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QPainter>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QSvgRenderer>

namespace Dms {

QString themeId(Theme theme)
{
    switch (theme) {
    case Theme::Light: return QStringLiteral("light");
    case Theme::Dark: return QStringLiteral("dark");
    case Theme::System: break;
    }
    return QStringLiteral("system");
}

Theme themeFromId(const QString &id)
{
    if (id == QLatin1String("light"))
        return Theme::Light;
    if (id == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

QString themeTitle(Theme theme)
{
    switch (theme) {
    case Theme::Light: return QApplication::translate("Dms::Theme", "Light");
    case Theme::Dark: return QApplication::translate("Dms::Theme", "Dark");
    case Theme::System: break;
    }
    return QApplication::translate("Dms::Theme", "System");
}

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe8, 0xea, 0xed);
    const QColor disabled(0x80, 0x84, 0x8a);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x40, 0x43));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4e));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::Mid, QColor(0x24, 0x26, 0x2a));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7f, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

QHash<QString, QIcon> &iconCache()
{
    static QHash<QString, QIcon> cache;
    return cache;
}

}  // namespace

void applyTheme(QApplication &app, Theme theme)
{
    // The plain "Windows" style is what an X11 session without a platform theme gets: use
    // Fusion there, and always for our own palettes (only Fusion honours them fully).
    const QString styleName = app.style() ? app.style()->name().toLower() : QString();
    if (theme != Theme::System || styleName == QLatin1String("windows") || styleName.isEmpty())
        app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    switch (theme) {
    case Theme::System:
        QApplication::setPalette(QPalette());
        break;
    case Theme::Light:
        QApplication::setPalette(app.style()->standardPalette());
        break;
    case Theme::Dark:
        QApplication::setPalette(darkPalette());
        break;
    }
    iconCache().clear();
}

QColor statusColor(const QString &status)
{
    static const QHash<QString, QColor> colors{
        {QStringLiteral("pending"), QColor(0xf2, 0xa9, 0x00)},
        {QStringLiteral("approved"), QColor(0x2e, 0x7d, 0x32)},
        {QStringLiteral("rejected"), QColor(0xc6, 0x28, 0x28)},
        {QStringLiteral("sent_back"), QColor(0xef, 0x6c, 0x00)},
        {QStringLiteral("issued"), QColor(0x15, 0x65, 0xc0)},
        {QStringLiteral("returned"), QColor(0x00, 0x83, 0x8f)},
        {QStringLiteral("active"), QColor(0x38, 0x8e, 0x3c)},
        {QStringLiteral("withdrawn"), QColor(0x19, 0x76, 0xd2)},
        {QStringLiteral("archived"), QColor(0x75, 0x75, 0x75)},
        {QStringLiteral("destroyed"), QColor(0x6d, 0x1b, 0x1b)},
        {QStringLiteral("open"), QColor(0xef, 0x6c, 0x00)},
        {QStringLiteral("resolved"), QColor(0x60, 0x7d, 0x8b)},
        // audit actions: the reference server's own (the ones named like a status above use
        // its colour), then the spec's REST action names as another DMS may log them
        {QStringLiteral("created"), QColor(0x15, 0x65, 0xc0)},
        {QStringLiteral("updated"), QColor(0x60, 0x7d, 0x8b)},
        {QStringLiteral("deleted"), QColor(0xc6, 0x28, 0x28)},
        {QStringLiteral("resubmitted"), QColor(0xf2, 0xa9, 0x00)},
        {QStringLiteral("storage_allocated"), QColor(0x55, 0x8b, 0x2f)},
        {QStringLiteral("relocated"), QColor(0x5e, 0x35, 0xb1)},
        {QStringLiteral("transferred"), QColor(0x00, 0x69, 0x5c)},
        {QStringLiteral("seeded"), QColor(0x75, 0x75, 0x75)},
        {QStringLiteral("approve"), QColor(0x2e, 0x7d, 0x32)},
        {QStringLiteral("reject"), QColor(0xc6, 0x28, 0x28)},
        {QStringLiteral("send_back"), QColor(0xef, 0x6c, 0x00)},
        {QStringLiteral("allocate_storage"), QColor(0x55, 0x8b, 0x2f)},
        {QStringLiteral("issue"), QColor(0x15, 0x65, 0xc0)},
        {QStringLiteral("return"), QColor(0x00, 0x83, 0x8f)},
        {QStringLiteral("relocate"), QColor(0x5e, 0x35, 0xb1)},
    };
    // "send-back", "Send back" and "send_back" are one code (as actionTitle reads them).
    QString key = status.trimmed().toLower();
    key.replace(QLatin1Char('-'), QLatin1Char('_')).replace(QLatin1Char(' '), QLatin1Char('_'));
    const auto it = colors.constFind(key);
    if (it != colors.cend())
        return *it;
    // Any other code: a stable colour from its name.
    const int hue = int(qHash(key) % 360);
    return QColor::fromHsl(hue, 110, 105);
}

QColor textOn(const QColor &background)
{
    const double luminance =
        0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance > 0.6 ? QColor(0x20, 0x20, 0x20) : QColor(Qt::white);
}

QColor flashColor(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return dark ? QColor(0xb0, 0x8a, 0x00) : QColor(0xff, 0xe0, 0x66);
}

QIcon themedIcon(const QString &name)
{
    const QColor color = QApplication::palette().color(QPalette::WindowText);
    const QString key = name + QLatin1Char('|') + color.name();
    auto &cache = iconCache();
    const auto it = cache.constFind(key);
    if (it != cache.cend())
        return *it;

    QFile file(QStringLiteral(":/ui/icons/%1.svg").arg(name));
    QIcon icon;
    if (file.open(QIODevice::ReadOnly)) {
        QByteArray svg = file.readAll();
        svg.replace("currentColor", color.name().toLatin1());
        QSvgRenderer renderer(svg);
        for (const int size : {16, 20, 22, 24, 32, 48, 64}) {
            QPixmap normal(size, size);
            normal.fill(Qt::transparent);
            QPainter painter(&normal);
            renderer.render(&painter);
            painter.end();
            icon.addPixmap(normal, QIcon::Normal);
            // Disabled: the same shape, faded.
            QPixmap faded(size, size);
            faded.fill(Qt::transparent);
            QPainter fader(&faded);
            fader.setOpacity(0.35);
            fader.drawPixmap(0, 0, normal);
            fader.end();
            icon.addPixmap(faded, QIcon::Disabled);
        }
    }
    cache.insert(key, icon);
    return icon;
}

}  // namespace Dms
