// The translations: complete, up to date with the sources, loaded, and spoken by the window.
#include "language.h"
#include "mainwindow.h"
#include "runhistoryfile.h"
#include "testpaths.h"
#include "tickerlabel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {
const QString refreshCommand = QStringLiteral("cmake --build --preset release --target update_translations");

struct Entry
{
    QString context;
    QString source;
    bool finished = false;
};

// The messages of a .ts file; nullopt with *error when it cannot be read.
std::optional<QList<Entry>> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QList<Entry> entries;
    QXmlStreamReader xml(&file);
    QString context;
    Entry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            entry = { context, {}, false };
        } else if (xml.name() == QLatin1String("source")) {
            entry.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const bool unfinished
                = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            // Plural forms are child elements; an empty one is as unfinished as an empty text.
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            entry.finished = !unfinished && !text.trimmed().isEmpty();
            entries.append(entry);
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("%1:%2:%3: %4")
                     .arg(path)
                     .arg(xml.lineNumber())
                     .arg(xml.columnNumber())
                     .arg(xml.errorString());
        return std::nullopt;
    }
    return entries;
}

QString listed(const QStringList &lines)
{
    return QStringLiteral("\n  ") + lines.join(QStringLiteral("\n  "));
}

bool hasChinese(const QString &text)
{
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    return text.contains(han);
}

// Visible text that is still English: a word of three or more letters, no Chinese at all.
bool looksEnglish(QString text)
{
    static const QStringList names { "Conviz", "CSV",    "JSON",     "Markdown", "PNG",   "SVG", "CPU",
                                     "GIL",    "Python", "Perfetto", "Miller",   "Rabin", "pid", "tid",
                                     "Esc",    "Ctrl",   "thinking", "English",  "slow" };
    text.remove(QLatin1Char('&'));
    if (text.isEmpty() || hasChinese(text))
        return false;
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
    for (auto it = word.globalMatch(text); it.hasNext();) {
        if (!names.contains(it.next().captured()))
            return true;
    }
    return false;
}

// "core|app/gui.cpp", paths in the source tree, as lupdate's arguments.
QStringList inSources(const QString &joined)
{
    QStringList paths;
    for (const QString &path : joined.split(QLatin1Char('|'), Qt::SkipEmptyParts))
        paths << TestPaths::source(path);
    return paths;
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void complete_data();
    void complete();
    void upToDate_data();
    void upToDate();
    void effective_data();
    void effective();
    void chineseLoads();
    void englishPlurals();
    void windowSpeaksChinese();
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Conviz"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
    QSettings().clear();
    QFile::remove(RunHistoryFile::defaultPath());
}

void TestTranslations::cleanup()
{
    QSettings().clear();
    Language::install(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("zh_CN") << QStringLiteral("conviz_zh_CN.ts");
    QTest::newRow("en") << QStringLiteral("conviz_en.ts");
}

void TestTranslations::complete()
{
    QFETCH(QString, file);
    QString error;
    const std::optional<QList<Entry>> entries = readTs(TestPaths::translation(file), &error);
    QVERIFY2(entries, qPrintable(error));
    QVERIFY(!entries->isEmpty());
    QStringList unfinished;
    for (const Entry &entry : *entries) {
        if (!entry.finished)
            unfinished << entry.context + QStringLiteral(": ") + entry.source;
    }
    QVERIFY2(unfinished.isEmpty(),
             qPrintable(QStringLiteral("%1 has %2 unfinished entries:%3")
                            .arg(file)
                            .arg(unfinished.size())
                            .arg(listed(unfinished))));
}

void TestTranslations::upToDate_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("paths");
    const QStringList translated = inSources(QStringLiteral(CONVIZ_TRANSLATED_PATHS));
    QTest::newRow("zh_CN") << QStringLiteral("conviz_zh_CN.ts") << QStringList { "-target-language", "zh_CN" }
                           << translated;
    // English carries the plural forms only, conviz-cli's (English only) too.
    QTest::newRow("en") << QStringLiteral("conviz_en.ts")
                        << QStringList { "-target-language", "en", "-pluralonly" }
                        << translated + inSources(QStringLiteral(CONVIZ_ENGLISH_ONLY_PATHS));
}

void TestTranslations::upToDate()
{
    QFETCH(QString, file);
    QFETCH(QStringList, options);
    QFETCH(QStringList, paths);
    // lupdate on today's sources into a fresh file: every message it finds must be in ours.
    QTemporaryDir dir;
    const QString fresh = dir.filePath(file);
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    const QStringList arguments
        = QStringList { "-locations", "none", "-no-obsolete", "-source-language", "en" } + options + paths
        + QStringList { QStringLiteral("-ts"), fresh };
    lupdate.start(QStringLiteral(CONVIZ_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

    QString error;
    const std::optional<QList<Entry>> found = readTs(fresh, &error);
    QVERIFY2(found, qPrintable(error));
    const std::optional<QList<Entry>> ours = readTs(TestPaths::translation(file), &error);
    QVERIFY2(ours, qPrintable(error));
    QSet<QString> known;
    for (const Entry &entry : *ours)
        known.insert(entry.context + QLatin1Char('\n') + entry.source);
    QStringList missing;
    for (const Entry &entry : *found) {
        if (!known.contains(entry.context + QLatin1Char('\n') + entry.source))
            missing << entry.context + QStringLiteral(": ") + entry.source;
    }
    QVERIFY2(
        missing.isEmpty(),
        qPrintable(QStringLiteral("%1 lacks %2 strings of the sources (run `%3`, then translate them):%4")
                       .arg(file)
                       .arg(missing.size())
                       .arg(refreshCommand, listed(missing))));
}

void TestTranslations::effective_data()
{
    QTest::addColumn<QString>("chosen");
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Chinese system") << ""
                                    << "zh_CN"
                                    << "zh_CN";
    QTest::newRow("traditional Chinese system") << ""
                                                << "zh_TW"
                                                << "zh_CN";
    QTest::newRow("English system") << ""
                                    << "en_GB"
                                    << "en_US";
    QTest::newRow("a language not shipped") << ""
                                            << "fr_FR"
                                            << "en_US";
    QTest::newRow("English chosen on a Chinese system") << "en"
                                                        << "zh_CN"
                                                        << "en_US";
    QTest::newRow("Chinese chosen on an English system") << "zh_CN"
                                                         << "en_US"
                                                         << "zh_CN";
    QTest::newRow("an unknown choice follows the system") << "xx"
                                                          << "zh_CN"
                                                          << "zh_CN";
}

void TestTranslations::effective()
{
    QFETCH(QString, chosen);
    QFETCH(QString, system);
    QFETCH(QString, expected);
    Language::choose(chosen);
    QCOMPARE(Language::effective(QLocale(system)).name(), expected);
}

void TestTranslations::chineseLoads()
{
    QVERIFY2(Language::install(QLocale(QStringLiteral("zh_CN"))), qPrintable(Language::translationsDir()));
    QCOMPARE(QCoreApplication::translate("MainWindow", "&Run"), QStringLiteral("运行(&R)"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "%n worker(s)", nullptr, 3),
             QStringLiteral("3 个工作者"));
    QCOMPARE(QCoreApplication::translate("NumberParser", "not a whole number"), QStringLiteral("不是整数"));
    // Qt's own dialogs speak Chinese too, when Qt's translations are installed.
    if (!QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath)
                       + QStringLiteral("/qtbase_zh_CN.qm")))
        QSKIP("qtbase_zh_CN.qm is not installed (qt6-translations-l10n)");
    QDialogButtonBox buttons(QDialogButtonBox::Cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')).left(2),
             QStringLiteral("取消"));
}

void TestTranslations::englishPlurals()
{
    QVERIFY(Language::install(QLocale(QLocale::English, QLocale::UnitedStates)));
    QCOMPARE(QCoreApplication::translate("MainWindow", "%n worker(s)", nullptr, 1),
             QStringLiteral("1 worker"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "%n worker(s)", nullptr, 2),
             QStringLiteral("2 workers"));
    QCOMPARE(QCoreApplication::translate("WorkloadPanel", "%n bad token(s) in your numbers: fix them to run.",
                                         nullptr, 1),
             QStringLiteral("1 bad token in your numbers: fix it to run."));
}

void TestTranslations::windowSpeaksChinese()
{
    QVERIFY(Language::install(QLocale(QStringLiteral("zh_CN"))));
    MainWindow window;
    window.show();
    QVERIFY(hasChinese(window.windowTitle()));
    QStringList english;
    const auto check = [&english](const QString &where, const QString &text) {
        if (looksEnglish(text))
            english << where + QStringLiteral(": ") + text;
    };
    for (QAction *action : window.menuBar()->actions()) {
        check(QStringLiteral("menu"), action->text());
        if (action->menu()) {
            for (QAction *item : action->menu()->actions())
                check(QStringLiteral("menu item"), item->text());
        }
    }
    for (QLabel *label : window.findChildren<QLabel *>())
        check(QStringLiteral("label"), label->text());
    for (TickerLabel *label : window.findChildren<TickerLabel *>())
        check(QStringLiteral("label"), label->text());
    for (QAbstractButton *button : window.findChildren<QAbstractButton *>())
        check(QStringLiteral("button"), button->text());
    for (QGroupBox *box : window.findChildren<QGroupBox *>())
        check(QStringLiteral("box"), box->title());
    for (QTabBar *tabs : window.findChildren<QTabBar *>()) {
        for (int i = 0; i < tabs->count(); ++i)
            check(QStringLiteral("tab"), tabs->tabText(i));
    }
    for (QAbstractItemView *view : window.findChildren<QAbstractItemView *>()) {
        QAbstractItemModel *model = view->model();
        if (!model)
            continue;
        for (int column = 0; column < model->columnCount(); ++column)
            check(QStringLiteral("column"), model->headerData(column, Qt::Horizontal).toString());
    }
    QVERIFY2(english.isEmpty(),
             qPrintable(QStringLiteral("English left in the Chinese window (%1):%2")
                            .arg(english.size())
                            .arg(listed(english))));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
