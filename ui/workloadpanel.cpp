#include "workloadpanel.h"

#include "elidedlabel.h"
#include "statuscolors.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTextBlock>
#include <QTextDocument>
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
    , m_fileSummary(new QPlainTextEdit(this))
    , m_backToEditor(new QPushButton(tr("Type numbers instead"), this))
    , m_thousandsNote(new QLabel(this))
    , m_thousandsChoice(new QPushButton(this))
    , m_loadingLabel(new QLabel(this))
    , m_loadProgress(new QProgressBar(this))
    , m_cancelLoad(new QPushButton(tr("Cancel"), this))
    , m_loader(new WorkloadLoader(this))
    , m_generator(new WorkloadGenerator(this))
{
    m_source->addItem(tr("Book fixture (20 numbers)"), int(Source::Book));
    m_source->addItem(tr("Large numbers (about a second each)"), int(Source::Large));
    m_source->addItem(tr("Generated list"), int(Source::Generated));
    m_source->addItem(tr("Your numbers"), int(Source::Custom));
    m_source->setAccessibleName(tr("Workload"));
    m_source->setToolTip(tr("Which numbers to check: a preset, a generated list or your own"));

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
    m_count->setToolTip(tr("How many numbers to generate"));
    m_digits->setToolTip(tr("How many digits each generated number has"));
    m_primePercent->setToolTip(tr("About which share of the generated numbers are primes"));
    form->addRow(tr("How many:"), m_count);
    form->addRow(tr("Digits:"), m_digits);
    form->addRow(tr("Primes:"), m_primePercent);
    // Beside the settings a user is typing: why Run waits, then what the list holds.
    // One line, ending in "…" with the whole text as tooltip where the panel is narrow: a
    // wrapped label made the page as tall as its text could ever wrap.
    m_generatedNote = new ElidedLabel(generated);
    m_generatedNote->setObjectName(QStringLiteral("generatedNote"));
    m_generatedNote->setTextFormat(Qt::PlainText);
    form->addRow(m_generatedNote);
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
    open->setToolTip(tr("Read numbers from a text file. Big files are read in the background and "
                        "shown as a summary."));
    connect(open, &QPushButton::clicked, this, &WorkloadPanel::openFileRequested);
    m_parseSummary->setWordWrap(true);
    m_errorList->setMaximumHeight(90);
    m_errorList->setWordWrap(true);
    m_errorList->setAccessibleName(tr("Errors in your numbers"));
    m_errorList->hide();
    connect(m_errorList, &QListWidget::currentRowChanged, this, &WorkloadPanel::jumpToError);
    m_fileSummary->setReadOnly(true);
    m_fileSummary->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_fileSummary->setAccessibleName(tr("The loaded file"));
    m_fileSummary->hide();
    m_backToEditor->setToolTip(tr("Leave the loaded file and check the numbers in the editor"));
    m_backToEditor->hide();
    connect(m_backToEditor, &QPushButton::clicked, this, &WorkloadPanel::backToEditor);
    m_thousandsNote->setWordWrap(true);
    m_thousandsNote->setTextFormat(Qt::PlainText);
    m_thousandsChoice->setToolTip(
        tr("Digits grouped by commas, like 1,000,003: one number, or one number per group"));
    connect(m_thousandsChoice, &QPushButton::clicked, this, [this] { setJoinThousands(!m_joinThousands); });
    m_loadProgress->setRange(0, 1000);
    m_loadProgress->setAccessibleName(tr("Reading the file"));
    m_cancelLoad->setToolTip(tr("Stop reading the file; the numbers stay as they were"));
    connect(m_cancelLoad, &QPushButton::clicked, this, &WorkloadPanel::cancelLoad);
    // The summary on a line of its own: squeezed beside the buttons, "1,000,000 numbers"
    // broke at its commas.
    auto *openRow = new QHBoxLayout;
    openRow->addStretch(1);
    openRow->addWidget(m_backToEditor);
    openRow->addWidget(open);
    auto *loadingRow = new QHBoxLayout;
    loadingRow->addWidget(m_loadingLabel);
    loadingRow->addWidget(m_loadProgress, 1);
    loadingRow->addWidget(m_cancelLoad);
    auto *thousandsRow = new QHBoxLayout;
    thousandsRow->addWidget(m_thousandsNote, 1);
    thousandsRow->addWidget(m_thousandsChoice);
    customLayout->addWidget(m_editor, 1);
    customLayout->addWidget(m_fileSummary, 1);
    customLayout->addWidget(m_parseSummary);
    customLayout->addLayout(openRow);
    customLayout->addLayout(loadingRow);
    customLayout->addLayout(thousandsRow);
    customLayout->addWidget(m_errorList);
    m_pages->addWidget(custom);
    showLoading(false);

    useLoader(m_loader);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_source);
    layout->addWidget(m_pages, 1);

    m_parseTimer.setSingleShot(true);
    m_parseTimer.setInterval(150); // parse once the user pauses, not on every key
    connect(&m_parseTimer, &QTimer::timeout, this, &WorkloadPanel::parseNow);
    connect(m_editor, &QPlainTextEdit::textChanged, &m_parseTimer, qOverload<>(&QTimer::start));
    // Once edited, the list is the user's own: it is no longer named after the file it came from.
    connect(m_editor->document(), &QTextDocument::modificationChanged, this, [this](bool modified) {
        if (modified)
            m_loadedFrom.clear();
    });
    connect(m_source, &QComboBox::currentIndexChanged, this, [this] { setSource(source()); });
    // Generated once the user pauses: typing 1000000 must not make six lists on the way.
    m_generateTimer.setSingleShot(true);
    m_generateTimer.setInterval(150);
    connect(&m_generateTimer, &QTimer::timeout, this, &WorkloadPanel::generateIfNeeded);
    connect(m_generator, &WorkloadGenerator::generated, this, &WorkloadPanel::onGenerated);
    for (QSpinBox *box : { m_count, m_digits, m_primePercent }) {
        connect(box, &QSpinBox::valueChanged, this, [this] {
            if (source() == Source::Generated)
                m_generateTimer.start();
            showGenerated();
            Q_EMIT changed(); // not runnable until the new list is made
        });
    }
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
    if (source != Source::Generated) {
        // A list no longer wanted must not take a core from the run about to start (the list
        // made already is kept).
        m_generateTimer.stop();
        m_generator->cancel();
    }
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
        generateIfNeeded();
        showGenerated();
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
        return Workload::bookName;
    case Source::Large:
        return Workload::largeName;
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
        if (isGenerating())
            return std::nullopt;
        Workload workload = *m_generated; // shares its lists
        workload.name = tr("%L1 generated, %2 digits").arg(m_count->value()).arg(m_digits->value());
        return workload;
    }
    case Source::Custom: {
        if (m_parseTimer.isActive())
            const_cast<WorkloadPanel *>(this)->parseNow();
        const ParsedNumbers &numbers = parsed();
        if (!numbers.isValid() || numbers.numbers.isEmpty())
            return std::nullopt;
        const QString from = m_file ? m_file->path : m_loadedFrom;
        return Workload::fromNumbers(from.isEmpty() ? tr("your numbers") : QFileInfo(from).fileName(),
                                     numbers.numbers);
    }
    }
    return std::nullopt;
}

QString WorkloadPanel::problem() const
{
    if (isGenerating())
        return tr("Generating %L1 numbers of %n digit(s)…", nullptr, m_digits->value()).arg(m_count->value());
    if (source() != Source::Custom)
        return {};
    const ParsedNumbers &numbers = parsed();
    if (numbers.stop)
        return numbers.stop->reason;
    if (!numbers.isValid())
        return tr("%n bad token(s) in your numbers: fix them to run.", nullptr, numbers.errorCount);
    if (numbers.numbers.isEmpty())
        return tr("Type, paste or load some numbers to check.");
    return {};
}

QString WorkloadPanel::customText() const
{
    return m_editor->toPlainText();
}

const ParsedNumbers &WorkloadPanel::parsed() const
{
    return m_file ? m_file->parsed : m_parsed;
}

void WorkloadPanel::setCustomText(const QString &text)
{
    m_file.reset();
    m_loadedFrom.clear();
    m_editor->setPlainText(text);
    parseNow();
}

void WorkloadPanel::loadFile(const QString &path, std::unique_ptr<WorkloadLoader> started)
{
    // One load at a time: whoever waits for the older one hears that it was canceled.
    m_loader->cancel();
    m_loadingLabel->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    showLoading(true);
    if (started && started->isLoading() && started->path() == path
        && started->joinsThousands() == m_joinThousands) {
        delete m_loader;
        useLoader(started.release());
        return;
    }
    m_loader->load(path, m_joinThousands);
}

void WorkloadPanel::useLoader(WorkloadLoader *loader)
{
    m_loader = loader;
    m_loader->setParent(this);
    connect(m_loader, &WorkloadLoader::progressChanged, this, [this](qint64 done, qint64 total) {
        if (total <= 0) {
            m_loadProgress->setRange(0, 0); // size unknown: a busy bar
        } else {
            m_loadProgress->setRange(0, 1000);
            m_loadProgress->setValue(int(std::min<qint64>(1000, done * 1000 / total)));
        }
    });
    connect(m_loader, &WorkloadLoader::loaded, this, &WorkloadPanel::onLoaded);
    connect(m_loader, &WorkloadLoader::failed, this, [this](const QString &message) {
        showLoading(false);
        Q_EMIT loadEnded(false, message);
    });
    connect(m_loader, &WorkloadLoader::canceled, this, [this] {
        showLoading(false);
        Q_EMIT loadEnded(false, QString());
    });
    // A load taken over has said where it started before this panel listened.
    m_loader->reportProgress();
}

void WorkloadPanel::cancelLoad()
{
    m_loader->cancel();
}

void WorkloadPanel::showLoading(bool loading)
{
    m_loadingLabel->setVisible(loading);
    m_loadProgress->setVisible(loading);
    m_cancelLoad->setVisible(loading);
    if (loading)
        m_loadProgress->setValue(0);
}

void WorkloadPanel::onLoaded(const LoadedNumbers &numbers)
{
    showLoading(false);
    if (numbers.fitsEditor) {
        // A list a person could have pasted: it goes into the editor, where it can be fixed.
        setCustomText(numbers.text);
        m_loadedFrom = numbers.path;
    } else {
        m_file = numbers;
        QString summary = tr("%1\n%L2 numbers, %L3 bytes")
                              .arg(QDir::toNativeSeparators(QFileInfo(numbers.path).absoluteFilePath()))
                              .arg(numbers.parsed.numbers.size())
                              .arg(numbers.bytes);
        if (!numbers.firstLines.isEmpty())
            summary += tr("\n\nFirst lines:\n%1").arg(numbers.firstLines.join(QLatin1Char('\n')));
        m_fileSummary->setPlainText(summary);
        m_parseTimer.stop();
        showParsed();
    }
    setSource(Source::Custom);
    Q_EMIT loadEnded(true, QString());
}

void WorkloadPanel::backToEditor()
{
    m_file.reset();
    showParsed();
    Q_EMIT changed();
}

void WorkloadPanel::setJoinThousands(bool join)
{
    if (m_joinThousands == join)
        return;
    m_joinThousands = join;
    if (m_file)
        loadFile(m_file->path); // read again: the file is not kept in memory
    else
        parseNow();
}

void WorkloadPanel::setGenerated(int count, int digits, int primePercent)
{
    m_count->setValue(count);
    m_digits->setValue(digits);
    m_primePercent->setValue(primePercent);
}

bool WorkloadPanel::isGenerating() const
{
    return source() == Source::Generated && !(m_generated && m_generatedFor == generatorRequest());
}

WorkloadGenerator::Request WorkloadPanel::generatorRequest() const
{
    return { m_count->value(), m_digits->value(), m_primePercent->value() };
}

void WorkloadPanel::generateIfNeeded()
{
    m_generateTimer.stop();
    const WorkloadGenerator::Request request = generatorRequest();
    if (!isGenerating() || (m_generator->isGenerating() && m_generator->request() == request))
        return;
    m_generated.reset(); // one list kept at a time: a million numbers are 9 MB
    m_generator->generate(request);
}

void WorkloadPanel::onGenerated(const WorkloadGenerator::Request &request, const Workload &workload)
{
    // Exactly what was asked, or nothing: a list cut short by a stop is never a workload.
    if (request != generatorRequest() || workload.size() != request.count)
        return;
    m_generated = workload;
    m_generatedFor = request;
    showGenerated();
    Q_EMIT changed();
    Q_EMIT generationEnded();
}

void WorkloadPanel::showGenerated()
{
    if (source() != Source::Generated)
        return; // its page is not shown; choosing it again says it
    if (isGenerating())
        m_generatedNote->setText(problem());
    else
        m_generatedNote->setText(tr("Ready: %Ln number(s), %1 prime", nullptr, int(m_generated->size()))
                                     .arg(QLocale().toString(m_generated->expectedPrime.count(true))));
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
    NumberParseOptions options;
    options.joinThousands = m_joinThousands;
    m_parsed = NumberParser::parse(m_editor->toPlainText(), options);
    showParsed();
    Q_EMIT changed();
}

void WorkloadPanel::showParsed()
{
    const ParsedNumbers &numbers = parsed();
    const bool file = m_file.has_value();
    m_editor->setVisible(!file);
    m_fileSummary->setVisible(file);
    m_backToEditor->setVisible(file);
    const QString count = tr("%Ln number(s)", nullptr, int(numbers.numbers.size()));
    if (numbers.isValid()) {
        m_parseSummary->setText(count);
        m_parseSummary->setPalette(QPalette()); // back to the inherited colours
    } else {
        m_parseSummary->setText(tr("%1, %2").arg(
            count, tr("%Ln error(s)", nullptr, numbers.errorCount + (numbers.stop ? 1 : 0))));
        QPalette palette = m_parseSummary->palette();
        palette.setColor(QPalette::WindowText, StatusColors::error(palette));
        m_parseSummary->setPalette(palette);
    }
    m_errorList->clear();
    auto addRow = [this](const QString &text) {
        auto *item = new QListWidgetItem(text, m_errorList);
        item->setToolTip(text); // the whole reason, however narrow the list
    };
    for (const NumberError &e : numbers.errors)
        addRow(tr("line %1, column %2: “%3” %4").arg(e.line).arg(e.column).arg(e.token, e.reason));
    if (numbers.errorCount > numbers.errors.size())
        addRow(tr("… and %L1 more").arg(numbers.errorCount - numbers.errors.size()));
    if (numbers.stop)
        addRow(tr("line %1, column %2: %3")
                   .arg(numbers.stop->line)
                   .arg(numbers.stop->column)
                   .arg(numbers.stop->reason));
    m_errorList->setVisible(m_errorList->count() > 0);

    const bool grouped = numbers.thousandsCount > 0;
    m_thousandsNote->setVisible(grouped);
    m_thousandsChoice->setVisible(grouped);
    if (grouped) {
        const ThousandsGroup &g = numbers.thousands.first();
        const QString more = numbers.thousandsCount > 1
            ? tr(" (and %L1 more like it)").arg(numbers.thousandsCount - 1)
            : QString();
        m_thousandsNote->setText(m_joinThousands && g.joined
                                     ? tr("“%1” at line %2, column %3 is read as the one number %4%5.")
                                           .arg(g.text)
                                           .arg(g.line)
                                           .arg(g.column)
                                           .arg(*g.joined)
                                           .arg(more)
                                     : tr("“%1” at line %2, column %3 looks like one number written with "
                                          "thousands separators; it is "
                                          "read as %4 numbers%5.")
                                           .arg(g.text)
                                           .arg(g.line)
                                           .arg(g.column)
                                           .arg(g.parts)
                                           .arg(more));
        m_thousandsChoice->setText(m_joinThousands ? tr("Read as separate numbers")
                                                   : tr("Join into one number"));
    }
    highlightErrors();
}

void WorkloadPanel::highlightErrors()
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextDocument *document = m_editor->document();
    for (const NumberError &e : m_file ? QList<NumberError>() : m_parsed.errors) {
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
    if (m_file || row < 0 || row >= m_parsed.errors.size())
        return;
    const NumberError &e = m_parsed.errors.at(row);
    const QTextBlock block = m_editor->document()->findBlockByNumber(int(e.line - 1));
    if (!block.isValid())
        return;
    m_editor->setTextCursor(tokenCursor(block, e));
    m_editor->setFocus();
}
