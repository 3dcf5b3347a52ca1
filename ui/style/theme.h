// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

class QApplication;
class QPalette;

namespace Dms {

// The look of the console: the system palette by default (Fusion where the platform style
// is poor), or a light or dark palette chosen in the preferences.
enum class Theme { System, Light, Dark };

QString themeId(Theme theme);             // "system", "light", "dark" (QSettings)
Theme themeFromId(const QString &id);     // unknown → System
QString themeTitle(Theme theme);          // tr()'d
void applyTheme(QApplication &app, Theme theme);

// The chip colour of a status code ("pending", "approved", ...); audit actions too.
QColor statusColor(const QString &status);
// Black or white, whichever reads better on background.
QColor textOn(const QColor &background);
// The flash of a row changed by someone else, at full strength.
QColor flashColor(const QPalette &palette);

// An icon of :/ui/icons/NAME.svg rendered for high DPI; "currentColor" strokes take the
// palette's text colour, so the icons follow light and dark themes.
QIcon themedIcon(const QString &name);

}  // namespace Dms
