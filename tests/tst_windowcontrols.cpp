// The window's controls as a newcomer meets them: every one explains itself in a tooltip, the
// results table names its colours, and Tab moves between controls instead of being trapped
// cell by cell in a table.
#include "copyabletableview.h"
#include "language.h"
#include "mainwindow.h"
#include "resultslegend.h"
#include "resultsview.h"
#include "runhistoryfile.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTest>

namespace {
QString describe(const QWidget *widget)
{
    QString text;
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        text = button->text();
    if (text.isEmpty())
        text = widget->accessibleName();
    return QStringLiteral("%1 \"%2\" in %3")
        .arg(QString::fromLatin1(widget->metaObject()->className()), text,
             QString::fromLatin1(widget->parentWidget()->metaObject()->className()));
}

void showPage(MainWindow &window, int page)
{
    switch (page) {
    case 0:
        window.showPrimeChecker();
        break;
    case 1:
        window.showSpinnerLab();
        break;
    default:
        window.showComparePage();
        break;
    }
}
} // namespace

class TestWindowControls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void everyControlHasATooltip_data();
    void everyControlHasATooltip();
    void everyMenuItemExplainsItself();
    void resultsTableNamesItsColours();
    void tabLeavesTables_data();
    void tabLeavesTables();
};

void TestWindowControls::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Conviz"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_windowcontrols"));
    QVERIFY(Language::install(QLocale(QLocale::English, QLocale::UnitedStates)));
}

void TestWindowControls::init()
{
    QSettings().clear();
    QFile::remove(RunHistoryFile::defaultPath());
}

void TestWindowControls::everyControlHasATooltip_data()
{
    QTest::addColumn<int>("page");
    QTest::newRow("prime checker") << 0;
    QTest::newRow("spinner lab") << 1;
    QTest::newRow("compare modes") << 2;
}

void TestWindowControls::everyControlHasATooltip()
{
    QFETCH(int, page);
    MainWindow window;
    window.show();
    showPage(window, page);
    QStringList bare;
    int checked = 0;
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        const bool control = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QComboBox *>(widget)
            || qobject_cast<QAbstractSpinBox *>(widget);
        // Qt's own parts (a tab bar's scroll arrows, a table's corner) and dialogs are not the
        // window's controls.
        QWidget *parent = widget->parentWidget();
        if (!control || widget->window() != &window || qobject_cast<QTabBar *>(parent)
            || qobject_cast<QMenuBar *>(parent) || qobject_cast<QAbstractItemView *>(parent))
            continue;
        ++checked;
        if (widget->toolTip().trimmed().isEmpty())
            bare << describe(widget);
    }
    QVERIFY(checked > 10);
    QVERIFY2(
        bare.isEmpty(),
        qPrintable(QStringLiteral("Controls without a tooltip:\n  ") + bare.join(QStringLiteral("\n  "))));
}

void TestWindowControls::everyMenuItemExplainsItself()
{
    MainWindow window;
    QStringList bare;
    for (QAction *menuAction : window.menuBar()->actions()) {
        QVERIFY(menuAction->menu());
        QVERIFY2(menuAction->menu()->toolTipsVisible(), qPrintable(menuAction->text()));
        for (QAction *action : menuAction->menu()->actions()) {
            if (action->isSeparator() || action->menu())
                continue;
            // Without one of its own, an action's tooltip is its text without the '&'.
            QString name = action->text();
            name.remove(QLatin1Char('&'));
            if (action->toolTip() == name)
                bare << menuAction->text() + QStringLiteral(" → ") + action->text();
        }
    }
    QVERIFY2(
        bare.isEmpty(),
        qPrintable(QStringLiteral("Menu items without a tooltip:\n  ") + bare.join(QStringLiteral("\n  "))));
}

void TestWindowControls::resultsTableNamesItsColours()
{
    MainWindow window;
    window.show();
    auto *legend = window.findChild<ResultsLegend *>();
    QVERIFY(legend);
    QVERIFY(legend->isVisible());
    QVERIFY(!legend->toolTip().isEmpty());
    for (const char *word : { "prime", "composite", "being checked", "retried", "could not be checked",
                              "wrong answer", "stopped first" })
        QVERIFY2(legend->text().contains(QLatin1String(word)), word);
    // Before the run every number is pending, and each cell says so.
    const QModelIndex cell = window.resultsView()->model()->index(0, 1);
    QVERIFY(cell.isValid());
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(), QStringLiteral("Pending: waiting for a worker"));
}

void TestWindowControls::tabLeavesTables_data()
{
    QTest::addColumn<int>("page");
    QTest::newRow("results and history") << 0;
    QTest::newRow("lesson runs") << 1;
    QTest::newRow("comparison") << 2;
}

void TestWindowControls::tabLeavesTables()
{
    QFETCH(int, page);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    showPage(window, page);
    int tried = 0;
    for (CopyableTableView *table : window.findChildren<CopyableTableView *>()) {
        if (!table->isVisible() || !table->model() || table->model()->rowCount() < 2)
            continue;
        ++tried;
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        QVERIFY(table->hasFocus());
        // Arrows move within the table...
        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(table->currentIndex().row(), 1);
        QVERIFY(table->hasFocus());
        // ... Tab leaves it, and Shift+Tab comes back.
        QTest::keyClick(table, Qt::Key_Tab);
        QVERIFY2(!table->hasFocus(), qPrintable(table->accessibleName()));
        QCOMPARE(table->currentIndex().row(), 1);
        QWidget *next = QApplication::focusWidget();
        QVERIFY(next);
        QTest::keyClick(next, Qt::Key_Backtab);
        QVERIFY2(table->hasFocus(), qPrintable(table->accessibleName()));
    }
    if (page == 0)
        QVERIFY(tried >= 1); // the results table lists the numbers before a run
    for (QTableView *table : window.findChildren<QTableView *>())
        QVERIFY2(!table->tabKeyNavigation(), qPrintable(table->accessibleName()));
}

QTEST_MAIN(TestWindowControls)
#include "tst_windowcontrols.moc"
