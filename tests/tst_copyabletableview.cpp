// The tables' common ground: rows one line of text high, before and after a font change; Ctrl+C
// copies the selection as the user sees it, bounded however many rows are selected.
#include "copyabletableview.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

namespace {
// rows x columns cells "r<row>c<column>", made when asked for: a million rows cost nothing.
class GeneratedModel : public QAbstractTableModel
{
public:
    GeneratedModel(int rows, int columns)
        : m_rows(rows)
        , m_columns(columns)
    { }
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : m_rows; }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : m_columns;
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DisplayRole)
            return {};
        return QStringLiteral("r%1c%2").arg(index.row()).arg(index.column());
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        return QString(QLatin1Char(char('A' + section)));
    }

private:
    int m_rows;
    int m_columns;
};
} // namespace

class TestCopyableTableView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rowsFollowTheFont_data();
    void rowsFollowTheFont();
    void copiesTheSelection_data();
    void copiesTheSelection();
    void aMillionRowsAreCopiedUpToABound();
    void cellsNotSelectedAreEmpty();
    void rowsSelectedAfterAColumnMoved();
    void columnsFitEveryRowAndWidenForRowsAdded();
    void figuresFitWhateverTheirDigits_data();
    void figuresFitWhateverTheirDigits();
};

void TestCopyableTableView::rowsFollowTheFont_data()
{
    QTest::addColumn<int>("pointSize");
    QTest::newRow("smaller") << 7;
    QTest::newRow("larger") << 20;
}

void TestCopyableTableView::rowsFollowTheFont()
{
    QFETCH(int, pointSize);
    QStandardItemModel model(5, 2);
    CopyableTableView view;
    view.setModel(&model);
    view.setMinimumRows(3);
    const auto rowHeight = [&view] { return view.fontMetrics().height() + 6; };
    QCOMPARE(view.verticalHeader()->defaultSectionSize(), rowHeight());
    const int minimumBefore = view.minimumHeight();

    QFont font = view.font();
    font.setPointSize(pointSize);
    const int heightBefore = rowHeight();
    view.setFont(font);
    QVERIFY(rowHeight() != heightBefore);
    QCOMPARE(view.verticalHeader()->defaultSectionSize(), rowHeight());
    QCOMPARE(view.rowHeight(0), rowHeight());
    // Three rows of the new height still fit under the header.
    QCOMPARE(view.minimumHeight() - minimumBefore > 0, rowHeight() > heightBefore);
    QVERIFY(view.minimumHeight() >= view.horizontalHeader()->sizeHint().height() + 3 * rowHeight());
}

void TestCopyableTableView::copiesTheSelection_data()
{
    QTest::addColumn<QList<int>>("rows"); // selected in this order
    QTest::addColumn<int>("hidden"); // a hidden column, or -1
    QTest::addColumn<bool>("lastFirst"); // the last column moved to the front
    QTest::addColumn<QString>("expected");
    QTest::newRow("nothing") << QList<int> {} << -1 << false << QString();
    QTest::newRow("one row") << QList<int> { 2 } << -1 << false
                             << QStringLiteral("A\tB\tC\nr2c0\tr2c1\tr2c2\n");
    QTest::newRow("rows apart, in the table's order")
        << QList<int> { 4, 0, 3 } << -1 << false
        << QStringLiteral("A\tB\tC\nr0c0\tr0c1\tr0c2\nr3c0\tr3c1\tr3c2\nr4c0\tr4c1\tr4c2\n");
    QTest::newRow("a hidden column left out")
        << QList<int> { 1 } << 1 << false << QStringLiteral("A\tC\nr1c0\tr1c2\n");
    QTest::newRow("columns as the user moved them")
        << QList<int> { 1 } << -1 << true << QStringLiteral("C\tA\tB\nr1c2\tr1c0\tr1c1\n");
}

void TestCopyableTableView::copiesTheSelection()
{
    QFETCH(QList<int>, rows);
    QFETCH(int, hidden);
    QFETCH(bool, lastFirst);
    QFETCH(QString, expected);
    GeneratedModel model(5, 3);
    CopyableTableView view;
    view.setModel(&model);
    if (hidden >= 0)
        view.setColumnHidden(hidden, true);
    if (lastFirst)
        view.horizontalHeader()->moveSection(2, 0);
    for (int row : rows)
        view.selectionModel()->select(model.index(row, 0),
                                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(view.selectionAsText(), expected);
    const SelectionText::Copy copy = view.selectionCopy(SelectionText::maxRows);
    QCOMPARE(copy.rows, rows.size());
    QCOMPARE(copy.rowsLeftOut, 0);
}

void TestCopyableTableView::aMillionRowsAreCopiedUpToABound()
{
    // Select all, Ctrl+C on a million rows: the clipboard gets the first rows, and the view
    // says how many more were selected (its cells were once all listed first, ten million).
    GeneratedModel model(1'000'000, 9);
    CopyableTableView view;
    view.setModel(&model);
    view.selectAll();
    QSignalSpy copied(&view, &CopyableTableView::copied);
    QTest::keySequence(&view, QKeySequence::Copy);
    QCOMPARE(copied.size(), 1);
    QCOMPARE(copied.at(0).at(0).value<qsizetype>(), SelectionText::maxRows);
    QCOMPARE(copied.at(0).at(1).value<qsizetype>(), 1'000'000 - SelectionText::maxRows);
    const QString text = QApplication::clipboard()->text();
    QCOMPARE(text.count(QLatin1Char('\n')), SelectionText::maxRows + 1);
    QVERIFY(text.endsWith(QStringLiteral("r%1c8\n").arg(SelectionText::maxRows - 1)));
}

void TestCopyableTableView::cellsNotSelectedAreEmpty()
{
    // Two single cells, as a program may select them: their columns, with the cells of those
    // columns that are not selected left empty.
    GeneratedModel model(5, 3);
    CopyableTableView view;
    view.setModel(&model);
    view.selectionModel()->select(model.index(1, 0), QItemSelectionModel::Select);
    view.selectionModel()->select(model.index(2, 2), QItemSelectionModel::Select);
    QCOMPARE(view.selectionAsText(), QStringLiteral("A\tC\nr1c0\t\n\tr2c2\n"));
}

void TestCopyableTableView::rowsSelectedAfterAColumnMoved()
{
    // Rows clicked after a column was moved: whole rows, in the columns' order on screen.
    GeneratedModel model(6, 3);
    CopyableTableView view;
    view.setModel(&model);
    view.horizontalHeader()->moveSection(0, 2);
    view.resize(400, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const auto click = [&view, &model](int row, Qt::KeyboardModifiers modifiers) {
        QTest::mouseClick(view.viewport(), Qt::LeftButton, modifiers,
                          view.visualRect(model.index(row, 1)).center());
    };
    click(1, Qt::NoModifier);
    click(3, Qt::ControlModifier);
    click(4, Qt::ControlModifier);
    QCOMPARE(view.selectionAsText(),
             QStringLiteral("B\tC\tA\nr1c1\tr1c2\tr1c0\nr3c1\tr3c2\tr3c0\nr4c1\tr4c2\tr4c0\n"));
}

void TestCopyableTableView::columnsFitEveryRowAndWidenForRowsAdded()
{
    QStandardItemModel model(0, 2);
    const auto addRow = [&model](const QString &first) {
        model.appendRow({ new QStandardItem(first), new QStandardItem(QStringLiteral("spare")) });
    };
    for (int i = 0; i < 50; ++i)
        addRow(QStringLiteral("run %1").arg(i % 5)); // texts met again
    addRow(QStringLiteral("the widest run of all"));
    CopyableTableView view;
    view.setModel(&model);
    view.resize(600, 300);
    view.setSpareWidthColumn(1);
    connect(&model, &QAbstractItemModel::rowsInserted, &view,
            [&view](const QModelIndex &, int first, int last) { view.widenColumnsToRows(first, last); });
    view.fitColumnsToAllRows();
    const QFontMetrics metrics = view.fontMetrics();
    const int fitted = view.columnWidth(0);
    QVERIFY(fitted >= metrics.horizontalAdvance(QStringLiteral("the widest run of all")));
    QVERIFY(fitted < metrics.horizontalAdvance(QStringLiteral("the widest run of all")) + 40);

    addRow(QStringLiteral("short"));
    QCOMPARE(view.columnWidth(0), fitted); // a narrow row leaves the column as it is
    const QString wider = QStringLiteral("a run wider than every other one so far");
    addRow(wider);
    QVERIFY(view.columnWidth(0) >= metrics.horizontalAdvance(wider));

    // Measured whole again: the widest left, the column narrows to what is there.
    model.removeRows(model.rowCount() - 1, 1);
    view.fitColumnsToAllRows();
    QCOMPARE(view.columnWidth(0), fitted);

    // A bigger font: every row measured again, not only the rows added since.
    QFont bigger = view.font();
    bigger.setPointSizeF(bigger.pointSizeF() * 2);
    view.setFont(bigger);
    QVERIFY(view.columnWidth(0)
            >= QFontMetrics(bigger).horizontalAdvance(QStringLiteral("the widest run of all")));
}

void TestCopyableTableView::figuresFitWhateverTheirDigits_data()
{
    QTest::addColumn<QStringList>("texts");
    QTest::newRow("times") << QStringList { "0.111", "0.204", "0.999", "1.000", "0.196" };
    QTest::newRow("counts") << QStringList { "999,999", "1,000,000", "111,111", "7" };
    QTest::newRow("speedups and dashes") << QStringList { "–", "1.97x", "12.5x", "0.88x" };
    QTest::newRow("workloads") << QStringList { "book", "m1n.txt", "1,000 generated, 12 digits" };
}

// Figures of one shape are measured once, as wide as the widest digits make them: no text of
// the column is cut, in a fitted column or in the spare one, however narrow the view.
void TestCopyableTableView::figuresFitWhateverTheirDigits()
{
    QFETCH(QStringList, texts);
    QStandardItemModel model(0, 2);
    for (const QString &text : texts)
        model.appendRow({ new QStandardItem(text), new QStandardItem(text) });
    CopyableTableView view;
    view.setModel(&model);
    view.resize(40, 300); // narrower than the texts: the spare column keeps its contents' width
    view.setSpareWidthColumn(1);
    view.fitColumnsToAllRows();
    const QFontMetrics metrics = view.fontMetrics();
    int widest = 0;
    for (const QString &text : texts) {
        widest = std::max(widest, metrics.horizontalAdvance(text));
        QVERIFY2(view.columnWidth(0) >= metrics.horizontalAdvance(text), qPrintable(text));
        QVERIFY2(view.columnWidth(1) >= metrics.horizontalAdvance(text), qPrintable(text));
    }
    QVERIFY(view.columnWidth(0) < widest + 40);
}

QTEST_MAIN(TestCopyableTableView)
#include "tst_copyabletableview.moc"
