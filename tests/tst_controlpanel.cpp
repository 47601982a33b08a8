// The prime checker's controls: each mode shows its explanation, and only threads (GIL) has
// a switch interval, handed to the run in microseconds.
#include "controlpanel.h"
#include "runoptions.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QTest>

class TestControlPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void switchIntervalOnlyForTheGil_data();
    void switchIntervalOnlyForTheGil();
    void switchIntervalInMicroseconds();
};

namespace {
QDoubleSpinBox *switchInterval(const ControlPanel &panel)
{
    for (auto *box : panel.findChildren<QDoubleSpinBox *>()) {
        if (box->accessibleName() == QLatin1String("Switch interval"))
            return box;
    }
    return nullptr;
}
} // namespace

void TestControlPanel::switchIntervalOnlyForTheGil_data()
{
    QTest::addColumn<Mode>("mode");
    for (Mode mode : Modes::all())
        QTest::newRow(qPrintable(Modes::name(mode))) << mode;
}

void TestControlPanel::switchIntervalOnlyForTheGil()
{
    QFETCH(Mode, mode);
    QAction run(QStringLiteral("Run"));
    QAction stop(QStringLiteral("Stop"));
    ControlPanel panel(&run, &stop);
    panel.show();
    panel.setMode(mode);
    QCOMPARE(panel.mode(), mode);
    QDoubleSpinBox *interval = switchInterval(panel);
    QVERIFY(interval);
    QCOMPARE(interval->isVisible(), mode == Mode::ThreadsGil);
    // The explanation shown is the mode table's.
    bool explained = false;
    for (const QLabel *label : panel.findChildren<QLabel *>())
        explained = explained || label->text() == Modes::explanation(mode);
    QVERIFY(explained);
    if (mode == Mode::ThreadsGil) {
        QVERIFY(Modes::explanation(mode).contains(QLatin1String("simulated")));
        panel.setRunning(true);
        QVERIFY(!interval->isEnabled());
        panel.setRunning(false);
        QVERIFY(interval->isEnabled());
    }
}

void TestControlPanel::switchIntervalInMicroseconds()
{
    QAction run(QStringLiteral("Run"));
    QAction stop(QStringLiteral("Stop"));
    ControlPanel panel(&run, &stop);
    QCOMPARE(panel.switchIntervalUs(), RunOptions {}.switchIntervalUs);
    switchInterval(panel)->setValue(0.5);
    QCOMPARE(panel.switchIntervalUs(), 500);
    panel.setSwitchIntervalUs(20000);
    QCOMPARE(panel.switchIntervalUs(), 20000);
}

QTEST_MAIN(TestControlPanel)
#include "tst_controlpanel.moc"
