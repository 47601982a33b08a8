#pragma once

#include "numberparser.h"
#include "workload.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QStackedWidget;

// Chooses the numbers to check: the book's fixture, the large preset, a generated list,
// or the user's own numbers typed, pasted or loaded from a file. Bad tokens are
// underlined and listed with line and column; the user's text is never touched.
class WorkloadPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Source { Book, Large, Generated, Custom };
    Q_ENUM(Source)

    explicit WorkloadPanel(QWidget *parent = nullptr);

    Source source() const;
    void setSource(Source source);
    // "book", "large", "generated", "custom"
    static QString sourceName(Source source);
    static std::optional<Source> sourceFromName(const QString &name);

    // The workload to run, or nothing while the user's text has errors (or no number).
    std::optional<Workload> workload() const;
    // Why workload() is empty, for the status bar.
    QString problem() const;
    const QList<NumberError> &errors() const { return m_parsed.errors; }

    QString customText() const;
    void setCustomText(const QString &text);
    // Reads a file into the editor (and switches to it); false with a message on failure.
    bool loadFile(const QString &path, QString *error);

    void setGenerated(int count, int digits, int primePercent);
    int generatedCount() const;
    int generatedDigits() const;
    int generatedPrimePercent() const;

Q_SIGNALS:
    void changed();
    // The user asked to open a file (the window owns the dialog).
    void openFileRequested();

private:
    void parseNow();
    void highlightErrors();
    void jumpToError(int row);

    QComboBox *m_source;
    QStackedWidget *m_pages;
    QLabel *m_presetNote;
    QSpinBox *m_count;
    QSpinBox *m_digits;
    QSpinBox *m_primePercent;
    QPlainTextEdit *m_editor;
    QLabel *m_parseSummary;
    QListWidget *m_errorList;
    QTimer m_parseTimer;
    ParsedNumbers m_parsed;
    QString m_loadedFrom;
};
