// Big arrays straight from the kernel: zero-filled, and a vector on them keeps what it holds
// as it grows from the heap into them and back.
#include "anonymousmemory.h"
#include "zeroedarray.h"

#include <QTest>

#include <cstdint>
#include <vector>

class TestAnonymousMemory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mapped_data();
    void mapped();
    void vectorKeepsItsElements_data();
    void vectorKeepsItsElements();
    void zeroedArrayStartsAtZero();
};

void TestAnonymousMemory::mapped_data()
{
    QTest::addColumn<qulonglong>("bytes");
    QTest::newRow("one page") << qulonglong(4096);
    QTest::newRow("not a whole page") << qulonglong(5000);
    QTest::newRow("a huge page") << qulonglong(AnonymousMemory::hugePageBytes);
    QTest::newRow("24 MB") << qulonglong(24 * 1024 * 1024);
    QTest::newRow("not a whole huge page") << qulonglong(3 * AnonymousMemory::hugePageBytes + 12345);
}

void TestAnonymousMemory::mapped()
{
    QFETCH(qulonglong, bytes);
    auto *memory = static_cast<unsigned char *>(AnonymousMemory::map(bytes));
    QVERIFY(memory);
    QCOMPARE(reinterpret_cast<std::uintptr_t>(memory) % 4096, std::uintptr_t(0));
    // Where the kernel can back it with huge pages from its first byte.
    if (bytes >= AnonymousMemory::hugePageBytes)
        QCOMPARE(reinterpret_cast<std::uintptr_t>(memory) % AnonymousMemory::hugePageBytes,
                 std::uintptr_t(0));
    // Zero everywhere, and writable everywhere: first, middle and last byte.
    for (const qulonglong at : { qulonglong(0), bytes / 2, bytes - 1 }) {
        QCOMPARE(memory[at], 0);
        memory[at] = 0xa5;
        QCOMPARE(memory[at], 0xa5);
    }
    AnonymousMemory::unmap(memory, bytes);
}

void TestAnonymousMemory::vectorKeepsItsElements_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("on the heap") << 1000;
    // 24 bytes an element: the vector moves from the heap to mapped memory as it grows.
    QTest::newRow("across 2 MB") << 200000;
    QTest::newRow("a million") << 1000000;
}

void TestAnonymousMemory::vectorKeepsItsElements()
{
    QFETCH(int, count);
    struct Element
    {
        qint64 a;
        qint64 b;
        qint32 c;
    };
    std::vector<Element, AnonymousAllocator<Element>> elements;
    for (int i = 0; i < count; ++i)
        elements.push_back({ i, -qint64(i), i * 3 });
    for (int i = 0; i < count; ++i) {
        if (elements[i].a != i || elements[i].b != -i || elements[i].c != i * 3)
            QFAIL(qPrintable(QStringLiteral("element %1 changed").arg(i)));
    }
    elements.resize(10);
    elements.shrink_to_fit(); // back to the heap
    QCOMPARE(elements.back().a, qint64(9));
    std::vector<Element, AnonymousAllocator<Element>> copy = elements;
    QCOMPARE(copy.size(), size_t(10));
    QCOMPARE(copy[5].c, 15);
}

void TestAnonymousMemory::zeroedArrayStartsAtZero()
{
    ZeroedArray<qint64> array(1 << 20); // 8 MB
    QCOMPARE(array.size(), qsizetype(1 << 20));
    QCOMPARE(array[0], qint64(0));
    QCOMPARE(array[array.size() - 1], qint64(0));
    array[12345] = 7;
    ZeroedArray<qint64> moved = std::move(array);
    QCOMPARE(moved[12345], qint64(7));
    QCOMPARE(array.size(), qsizetype(0));
}

QTEST_GUILESS_MAIN(TestAnonymousMemory)
#include "tst_anonymousmemory.moc"
