#include "workloadpanel.h"

#include "statuscolors.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTextBlock>
#include <QVBoxLayout>

namespace {
// Errors count columns in characters; the editor's positions are UTF-16 units.
qsizetype utf16Offset(const QString &line, qint64 characters)
{
    qsizetype at = 0;
    for (qint64 i = 0; i < characters && at < line.size(); ++i)
        at += line.at(at).isHighSurrogate() && at + 1 < line.size() ? 2 : 1;
    return at;
}

QTextCursor tokenCursor(const QTextBlock &block, const NumberError &e)
{
    const QString text = block.text();
    const qsizetype start = utf16Offset(text, e.column - 1);
    const qsizetype end = start + utf16Offset(text.mid(start), e.length);
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + int(start));
    cursor.setPosition(block.position() + int(end), QTextCursor::KeepAnchor);
    return cursor;
}

// The editor is for lists a person pastes; bigger inputs belong to conviz-cli.
constexpr qint64 maxFileBytes = 32 * 1024 * 1024;
} // namespace

WorkloadPanel::WorkloadPanel(QWidget *parent)
    : QWidget(parent)
    , m_source(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_presetNote(new QLabel(this))
    , m_count(new QSpinBox(this))
    , m_digits(new QSpinBox(this))
    , m_primePercent(new QSpinBox(this))
    , m_editor(new QPlainTextEdit(this))
    , m_parseSummary(new QLabel(this))
    , m_errorList(new QListWidget(this))
{
    m_source->addItem(tr("Book fixture (20 numbers)"), int(Source::Book));
    m_source->addItem(tr("Large numbers (about a second each)"), int(Source::Large));
    m_source->addItem(tr("Generated list"), int(Source::Generated));
    m_source->addItem(tr("Your numbers"), int(Source::Custom));
    m_source->setAccessibleName(tr("Workload"));

    // Presets: a note is all they need.
    m_presetNote->setWordWrap(true);
    m_presetNote->setTextFormat(Qt::PlainText);
    m_presetNote->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_pages->addWidget(m_presetNote);

    auto *generated = new QWidget(this);
    auto *form = new QFormLayout(generated);
    form->setContentsMargins(0, 0, 0, 0);
    m_count->setRange(1, 1000000);
    m_count->setValue(1000);
    m_count->setGroupSeparatorShown(true);
    m_digits->setRange(1, 19);
    m_digits->setValue(12);
    m_primePercent->setRange(0, 100);
    m_primePercent->setValue(30);
    m_primePercent->setSuffix(tr(" %"));
    form->addRow(tr("How many:"), m_count);
    form->addRow(tr("Digits:"), m_digits);
    form->addRow(tr("Primes:"), m_primePercent);
    m_pages->addWidget(generated);

    auto *custom = new QWidget(this);
    auto *customLayout = new QVBoxLayout(custom);
    customLayout->setContentsMargins(0, 0, 0, 0);
    m_editor->setPlaceholderText(tr("Paste or type numbers: several per line, separated by spaces or "
                                    "commas; # starts a comment."));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setAccessibleName(tr("Your numbers"));
    m_editor->setMinimumHeight(90);
    auto *open = new QPushButton(tr("Load from file…"), custom);
    connect(open, &QPushButton::clicked, this, &WorkloadPanel::openFileRequested);
    m_parseSummary->setWordWrap(true);
    m_errorList->setMaximumHeight(90);
    m_errorList->setAccessibleName(tr("Errors in your numbers"));
    m_errorList->hide();
    connect(m_errorList, &QListWidget::currentRowChanged, this, &WorkloadPanel::jumpToError);
    auto *openRow = new QHBoxLayout;
    openRow->addWidget(m_parseSummary, 1);
    openRow->addWidget(open);
    customLayout->addWidget(m_editor, 1);
    customLayout->addLayout(openRow);
    customLayout->addWidget(m_errorList);
    m_pages->addWidget(custom);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_source);
    layout->addWidget(m_pages, 1);

    m_parseTimer.setSingleShot(true);
    m_parseTimer.setInterval(150); // parse once the user pauses, not on every key
    connect(&m_parseTimer, &QTimer::timeout, this, &WorkloadPanel::parseNow);
    connect(m_editor, &QPlainTextEdit::textChanged, &m_parseTimer, qOverload<>(&QTimer::start));
    connect(m_source, &QComboBox::currentIndexChanged, this, [this] { setSource(source()); });
    for (QSpinBox *box : { m_count, m_digits, m_primePercent })
        connect(box, &QSpinBox::valueChanged, this, &WorkloadPanel::changed);
    setSource(Source::Book);
    parseNow();
}

WorkloadPanel::Source WorkloadPanel::source() const
{
    return Source(m_source->currentData().toInt());
}

void WorkloadPanel::setSource(Source source)
{
    m_source->setCurrentIndex(m_source->findData(int(source)));
    switch (source) {
    case Source::Book:
        m_presetNote->setText(tr("The 20 numbers of the book's PRIME_FIXTURE, from 2 to "
                                 "9,999,999,999,999,999, in the book's order."));
        m_pages->setCurrentIndex(0);
        break;
    case Source::Large:
        m_presetNote->setText(tr("%1 primes and semiprimes near 2^60-2^62: each takes a second or more, so "
                                 "the work is easy to watch.")
                                  .arg(Workload::large().size()));
        m_pages->setCurrentIndex(0);
        break;
    case Source::Generated:
        m_pages->setCurrentIndex(1);
        break;
    case Source::Custom:
        m_pages->setCurrentIndex(2);
        break;
    }
    // The stack takes the size of the page shown, so a one-line note leaves room for the rest.
    for (int i = 0; i < m_pages->count(); ++i) {
        QWidget *page = m_pages->widget(i);
        page->setSizePolicy(i == m_pages->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored,
                            i == m_pages->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    }
    m_pages->adjustSize();
    Q_EMIT changed();
}

QString WorkloadPanel::sourceName(Source source)
{
    switch (source) {
    case Source::Book:
        return QStringLiteral("book");
    case Source::Large:
        return QStringLiteral("large");
    case Source::Generated:
        return QStringLiteral("generated");
    case Source::Custom:
        return QStringLiteral("custom");
    }
    return {};
}

std::optional<WorkloadPanel::Source> WorkloadPanel::sourceFromName(const QString &name)
{
    for (Source source : { Source::Book, Source::Large, Source::Generated, Source::Custom }) {
        if (sourceName(source) == name)
            return source;
    }
    return std::nullopt;
}

std::optional<Workload> WorkloadPanel::workload() const
{
    switch (source()) {
    case Source::Book:
        return Workload::book();
    case Source::Large:
        return Workload::large();
    case Source::Generated: {
        Workload workload
            = Workload::generated(m_count->value(), m_digits->value(), m_primePercent->value() / 100.0, 1);
        workload.name = tr("%L1 generated, %2 digits").arg(m_count->value()).arg(m_digits->value());
        return workload;
    }
    case Source::Custom:
        if (m_parseTimer.isActive())
            const_cast<WorkloadPanel *>(this)->parseNow();
        if (!m_parsed.isValid() || m_parsed.numbers.isEmpty())
            return std::nullopt;
        return Workload::fromNumbers(m_loadedFrom.isEmpty() ? tr("your numbers")
                                                            : QFileInfo(m_loadedFrom).fileName(),
                                     m_parsed.numbers);
    }
    return std::nullopt;
}

QString WorkloadPanel::problem() const
{
    if (source() != Source::Custom)
        return {};
    if (m_parsed.stop)
        return m_parsed.stop->reason;
    if (!m_parsed.isValid())
        return tr("%n bad token(s) in your numbers: fix them to run.", nullptr, m_parsed.errorCount);
    if (m_parsed.numbers.isEmpty())
        return tr("Type, paste or load some numbers to check.");
    return {};
}

QString WorkloadPanel::customText() const
{
    return m_editor->toPlainText();
}

void WorkloadPanel::setCustomText(const QString &text)
{
    m_editor->setPlainText(text);
    parseNow();
}

bool WorkloadPanel::loadFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (file.size() > maxFileBytes) {
        *error = tr("%1 is larger than %2 MB; use conviz-cli for inputs this big.")
                     .arg(QDir::toNativeSeparators(path))
                     .arg(maxFileBytes / (1024 * 1024));
        return false;
    }
    const QByteArray bytes = file.readAll();
    if (bytes.contains('\0')) {
        *error = tr("%1 is not a text file.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    m_loadedFrom = path;
    setCustomText(QString::fromUtf8(bytes));
    setSource(Source::Custom);
    return true;
}

void WorkloadPanel::setGenerated(int count, int digits, int primePercent)
{
    m_count->setValue(count);
    m_digits->setValue(digits);
    m_primePercent->setValue(primePercent);
}

int WorkloadPanel::generatedCount() const
{
    return m_count->value();
}

int WorkloadPanel::generatedDigits() const
{
    return m_digits->value();
}

int WorkloadPanel::generatedPrimePercent() const
{
    return m_primePercent->value();
}

void WorkloadPanel::parseNow()
{
    m_parseTimer.stop();
    m_parsed = NumberParser::parse(m_editor->toPlainText());
    if (m_parsed.isValid()) {
        m_parseSummary->setText(tr("%Ln number(s)", nullptr, int(m_parsed.numbers.size())));
        m_parseSummary->setPalette(QPalette()); // back to the inherited colours
    } else {
        m_parseSummary->setText(tr("%1, %2").arg(tr("%Ln number(s)", nullptr, int(m_parsed.numbers.size())),
                                                 tr("%Ln error(s)", nullptr, m_parsed.errorCount)));
        QPalette palette = m_parseSummary->palette();
        palette.setColor(QPalette::WindowText, StatusColors::error(palette));
        m_parseSummary->setPalette(palette);
    }
    m_errorList->clear();
    for (const NumberError &e : m_parsed.errors)
        m_errorList->addItem(
            tr("line %1, column %2: “%3” %4").arg(e.line).arg(e.column).arg(e.token, e.reason));
    if (m_parsed.errorCount > m_parsed.errors.size())
        m_errorList->addItem(tr("… and %1 more").arg(m_parsed.errorCount - m_parsed.errors.size()));
    if (m_parsed.stop)
        m_errorList->addItem(tr("line %1, column %2: %3")
                                 .arg(m_parsed.stop->line)
                                 .arg(m_parsed.stop->column)
                                 .arg(m_parsed.stop->reason));
    m_errorList->setVisible(!m_parsed.isValid());
    highlightErrors();
    Q_EMIT changed();
}

void WorkloadPanel::highlightErrors()
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextDocument *document = m_editor->document();
    for (const NumberError &e : m_parsed.errors) {
        const QTextBlock block = document->findBlockByNumber(int(e.line - 1));
        if (!block.isValid())
            continue;
        QTextEdit::ExtraSelection selection;
        selection.cursor = tokenCursor(block, e);
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(StatusColors::error(palette()));
        selection.format.setBackground(StatusColors::errorBackground(palette()));
        selection.format.setToolTip(e.reason);
        selections.append(selection);
    }
    m_editor->setExtraSelections(selections);
}

void WorkloadPanel::jumpToError(int row)
{
    if (row < 0 || row >= m_parsed.errors.size())
        return;
    const NumberError &e = m_parsed.errors.at(row);
    const QTextBlock block = m_editor->document()->findBlockByNumber(int(e.line - 1));
    if (!block.isValid())
        return;
    m_editor->setTextCursor(tokenCursor(block, e));
    m_editor->setFocus();
}
