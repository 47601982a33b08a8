#include "language.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace {
const QString settingsKey = QStringLiteral("ui/language");

// The translators in use; replaced, never stacked, when the language changes.
std::unique_ptr<QTranslator> &ownTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

std::unique_ptr<QTranslator> &qtTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

void replace(std::unique_ptr<QTranslator> &slot, std::unique_ptr<QTranslator> translator)
{
    if (slot)
        QCoreApplication::removeTranslator(slot.get());
    slot = std::move(translator);
    if (slot)
        QCoreApplication::installTranslator(slot.get());
}
} // namespace

QList<Language::Choice> Language::shipped()
{
    return { { QStringLiteral("en"), QStringLiteral("English") },
             { QStringLiteral("zh_CN"), QStringLiteral("简体中文") } };
}

QString Language::chosen()
{
    const QString code = QSettings().value(settingsKey).toString();
    for (const Choice &choice : shipped()) {
        if (choice.code == code)
            return code;
    }
    return {};
}

void Language::choose(const QString &code)
{
    QSettings().setValue(settingsKey, code);
}

QLocale Language::effective(const QLocale &system)
{
    const QString code = chosen();
    if (!code.isEmpty())
        return QLocale(code);
    // Any Chinese reader is better served by the Simplified Chinese text than by English.
    if (system.language() == QLocale::Chinese)
        return QLocale(QLocale::Chinese, QLocale::China);
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

QString Language::translationsDir()
{
    return QDir::cleanPath(QCoreApplication::applicationDirPath()
                           + QStringLiteral("/../share/conviz/translations"));
}

bool Language::install(const QLocale &locale)
{
    QLocale::setDefault(locale);
    auto own = std::make_unique<QTranslator>();
    const bool loaded = own->load(locale, QStringLiteral("conviz"), QStringLiteral("_"), translationsDir());
    replace(ownTranslator(), loaded ? std::move(own) : nullptr);
    auto qt = std::make_unique<QTranslator>();
    const bool qtLoaded = qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                                   QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    replace(qtTranslator(), qtLoaded ? std::move(qt) : nullptr);
    return loaded;
}
