// The Help menu: each topic opens from its menu item (F1 for the first), and the shortcut list
// is the window's own, whatever page is shown and whatever is added later.
#include "helpdialog.h"
#include "helpmenu.h"
#include "language.h"
#include "mainwindow.h"
#include "runhistoryfile.h"

#include <QAction>
#include <QFile>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QShortcut>
#include <QStandardPaths>
#include <QTest>

namespace {
HelpMenu *helpMenu(const MainWindow &window)
{
    return window.findChild<HelpMenu *>();
}

QAction *menuItem(const QMenu *menu, const QString &text)
{
    for (QAction *action : menu->actions()) {
        if (action->text().remove(QLatin1Char('&')) == text)
            return action;
    }
    return nullptr;
}

// Every key that acts in the window now, as the user reads it.
QStringList activeKeys(const MainWindow &window)
{
    QStringList keys;
    const auto add = [&keys](const QList<QKeySequence> &sequences) {
        for (const QKeySequence &key : sequences) {
            if (!key.isEmpty())
                keys << key.toString(QKeySequence::NativeText);
        }
    };
    for (const QAction *action : window.findChildren<QAction *>())
        add(action->shortcuts());
    for (const QShortcut *shortcut : window.findChildren<QShortcut *>()) {
        if (qobject_cast<QWidget *>(shortcut->parent())->isVisible())
            add(shortcut->keys());
    }
    return keys;
}
} // namespace

class TestHelpDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void opensFromTheMenu_data();
    void opensFromTheMenu();
    void f1OpensTheReading();
    void listsEveryShortcut_data();
    void listsEveryShortcut();
    void shortcutsFollowTheActions();
    void vocabularySaysWhere();
    void shortcutsInChinese();
};

void TestHelpDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Conviz"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_helpdialog"));
    QVERIFY(Language::install(QLocale(QLocale::English, QLocale::UnitedStates)));
}

void TestHelpDialog::init()
{
    QSettings().clear();
    QFile::remove(RunHistoryFile::defaultPath());
}

void TestHelpDialog::opensFromTheMenu_data()
{
    QTest::addColumn<QString>("item");
    QTest::addColumn<HelpDialog::Topic>("topic");
    QTest::addColumn<QString>("expected");
    QTest::newRow("reading") << "How to read this window" << HelpDialog::Topic::Reading << "Run history";
    QTest::newRow("shortcuts") << "Keyboard shortcuts" << HelpDialog::Topic::Shortcuts << "Ctrl+R";
    QTest::newRow("vocabulary") << "Vocabulary" << HelpDialog::Topic::Vocabulary << "Poison pill";
}

void TestHelpDialog::opensFromTheMenu()
{
    QFETCH(QString, item);
    QFETCH(HelpDialog::Topic, topic);
    QFETCH(QString, expected);
    MainWindow window;
    window.show();
    HelpMenu *menu = helpMenu(window);
    QVERIFY(menu);
    QAction *action = menuItem(menu, item);
    QVERIFY2(action, qPrintable(item));
    QVERIFY(!menu->dialog()->isVisible());
    action->trigger();
    QVERIFY(menu->dialog()->isVisible());
    QCOMPARE(menu->dialog()->topic(), topic);
    QVERIFY2(menu->dialog()->plainText(topic).contains(expected),
             qPrintable(menu->dialog()->plainText(topic)));
    QVERIFY(menuItem(menu, QStringLiteral("About Conviz")));
}

void TestHelpDialog::f1OpensTheReading()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F1);
    HelpDialog *dialog = helpMenu(window)->dialog();
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->topic(), HelpDialog::Topic::Reading);
    if (const QString dir = qEnvironmentVariable("CONVIZ_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(dialog->grab().save(dir + QStringLiteral("/help.png")));
    // Every panel is explained.
    const QString text = dialog->plainText(HelpDialog::Topic::Reading);
    for (const char *panel :
         { "Numbers and execution model", "The spinner", "Workers", "CPU cores", "Results", "Timeline",
           "Run history", "Status bar", "Spinner lab", "Compare modes" })
        QVERIFY2(text.contains(QLatin1String(panel)), panel);
}

void TestHelpDialog::listsEveryShortcut_data()
{
    QTest::addColumn<QString>("page");
    QTest::newRow("prime checker") << "checker";
    QTest::newRow("spinner lab") << "lab";
    QTest::newRow("compare modes") << "compare";
}

void TestHelpDialog::listsEveryShortcut()
{
    QFETCH(QString, page);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    if (page == QLatin1String("lab"))
        window.showSpinnerLab();
    else if (page == QLatin1String("compare"))
        window.showComparePage();
    helpMenu(window)->dialog()->showTopic(HelpDialog::Topic::Shortcuts);
    const QString text = helpMenu(window)->dialog()->plainText(HelpDialog::Topic::Shortcuts);
    if (const QString dir = qEnvironmentVariable("CONVIZ_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(helpMenu(window)->dialog()->grab().save(
            QStringLiteral("%1/help-shortcuts-%2.png").arg(dir, page)));
    const QStringList keys = activeKeys(window);
    QVERIFY(keys.contains(QStringLiteral("F1")));
    QVERIFY(keys.contains(QStringLiteral("Esc")));
    QCOMPARE(keys.contains(QStringLiteral("Ctrl+R")), page == QLatin1String("checker"));
    for (const QString &key : keys)
        QVERIFY2(text.contains(key), qPrintable(key + QStringLiteral(" is missing from:\n") + text));
    // Each listed shortcut says what it does.
    QVERIFY(text.contains(QStringLiteral("Open numbers")));
    // A page's own shortcut says what it does too.
    for (const QShortcut *shortcut : window.findChildren<QShortcut *>()) {
        if (qobject_cast<QWidget *>(shortcut->parent())->isVisible()) {
            QVERIFY2(!shortcut->whatsThis().isEmpty(), qPrintable(shortcut->key().toString()));
            QVERIFY2(text.contains(shortcut->whatsThis()), qPrintable(shortcut->whatsThis()));
        }
    }
}

void TestHelpDialog::shortcutsFollowTheActions()
{
    MainWindow window;
    window.show();
    auto *action = new QAction(QStringLiteral("Frobnicate"), &window);
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_F));
    helpMenu(window)->dialog()->showTopic(HelpDialog::Topic::Shortcuts);
    const QString text = helpMenu(window)->dialog()->plainText(HelpDialog::Topic::Shortcuts);
    QVERIFY2(text.contains(QStringLiteral("Ctrl+Alt+F")) && text.contains(QStringLiteral("Frobnicate")),
             qPrintable(text));
}

void TestHelpDialog::vocabularySaysWhere()
{
    HelpDialog dialog(nullptr);
    const QString text = dialog.plainText(HelpDialog::Topic::Vocabulary);
    for (const char *term : { "Thread", "Process", "Coroutine", "Event loop", "Poison pill", "GIL", "Yield",
                              "Switch interval", "Speedup", "Efficiency" })
        QVERIFY2(text.contains(QLatin1String(term)), term);
    QCOMPARE(text.count(QStringLiteral("In the window:")), 10);
}

void TestHelpDialog::shortcutsInChinese()
{
    QVERIFY(Language::install(QLocale(QStringLiteral("zh_CN"))));
    {
        MainWindow window;
        window.show();
        helpMenu(window)->dialog()->showTopic(HelpDialog::Topic::Shortcuts);
        const QString text = helpMenu(window)->dialog()->plainText(HelpDialog::Topic::Shortcuts);
        // Menu words without their mnemonic: "打开数字", not "打开数字(O)".
        QVERIFY2(text.contains(QStringLiteral("打开数字")), qPrintable(text));
        QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("\\([A-Z]\\)"))), qPrintable(text));
    }
    QVERIFY(Language::install(QLocale(QLocale::English, QLocale::UnitedStates)));
}

QTEST_MAIN(TestHelpDialog)
#include "tst_helpdialog.moc"
