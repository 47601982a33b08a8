#pragma once

#include <QList>
#include <QLocale>
#include <QString>

// Which language the window speaks: the one chosen in the Language menu, else the system's.
// Conviz ships English and Simplified Chinese; Qt's own translations cover its standard
// dialogs (buttons, file dialogs). conviz-cli speaks English, its plural forms included.
class Language
{
public:
    struct Choice
    {
        QString code; // "en", "zh_CN"
        QString name; // in its own language
    };
    static QList<Choice> shipped();

    // The code chosen in the menu (QSettings ui/language); empty: follow the system.
    static QString chosen();
    static void choose(const QString &code);
    // The language to use: the chosen one, else the system's when shipped, else English.
    static QLocale effective(const QLocale &system = QLocale::system());

    // bin/../share/conviz/translations: the same place in the build tree and installed.
    static QString translationsDir();
    // Replaces the installed translators with Conviz's and Qt's for locale and makes it the
    // default locale; false (English stays) when Conviz's own file cannot be loaded.
    static bool install(const QLocale &locale);
};
