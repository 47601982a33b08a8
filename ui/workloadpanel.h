#pragma once

#include "numberparser.h"
#include "workload.h"
#include "workloadgenerator.h"
#include "workloadloader.h"

#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;

// Chooses the numbers to check: the book's fixture, the large preset, a generated list,
// or the user's own numbers typed, pasted or loaded from a file. Bad tokens are
// underlined and listed with line and column; the user's text is never touched.
// A file is read off the GUI thread (progress, Cancel); a small one lands in the editor, a
// big one is shown as a summary (path, count, first lines, errors) and the editor keeps
// what was typed. A canceled or failed load leaves the workload as it was. A generated list is
// made off the GUI thread too, once the user pauses, and kept until its settings change.
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

    // The workload to run, or nothing while the user's text has errors (or no number), or the
    // generated list is being made.
    std::optional<Workload> workload() const;
    // Why workload() is empty, for the status bar.
    QString problem() const;
    const QList<NumberError> &errors() const { return parsed().errors; }
    const ParsedNumbers &parsed() const;

    QString customText() const;
    void setCustomText(const QString &text);
    // Starts reading a file in the background; loadEnded() says how it went. The numbers
    // switch to the file only once it has been read whole.
    // started: a loader already reading this file (WorkloadLoader::started()), taken over
    // instead of reading it again.
    void loadFile(const QString &path, std::unique_ptr<WorkloadLoader> started = nullptr);
    void cancelLoad();
    bool isLoading() const { return m_loader->isLoading(); }
    // The big file shown as a summary instead of the editor, if any.
    QString loadedFile() const { return m_file ? m_file->path : QString(); }
    // Digits grouped by commas ("1,000,003"): one number each, or separate numbers.
    bool joinsThousands() const { return m_joinThousands; }
    void setJoinThousands(bool join);

    void setGenerated(int count, int digits, int primePercent);
    // Whether the generated list chosen is still being made (generationEnded() then follows).
    bool isGenerating() const;
    int generatedCount() const;
    int generatedDigits() const;
    int generatedPrimePercent() const;

Q_SIGNALS:
    void changed();
    // ok false: message says why (empty when the user canceled).
    void loadEnded(bool ok, const QString &message);
    // The user asked to open a file (the window owns the dialog).
    void openFileRequested();
    // The generated list asked for is made: workload() has it.
    void generationEnded();

private:
    void useLoader(WorkloadLoader *loader);
    void parseNow();
    void showParsed();
    void onLoaded(const LoadedNumbers &numbers);
    void showLoading(bool loading);
    void backToEditor();
    void highlightErrors();
    void jumpToError(int row);
    WorkloadGenerator::Request generatorRequest() const;
    // Starts making the generated list the spin boxes ask for, unless it is made or under way.
    void generateIfNeeded();
    void onGenerated(const WorkloadGenerator::Request &request, const Workload &workload);
    // Says, under the generated list's settings, whether it is being made or how it came out.
    void showGenerated();

    QComboBox *m_source;
    QStackedWidget *m_pages;
    QLabel *m_presetNote;
    QSpinBox *m_count;
    QSpinBox *m_digits;
    QSpinBox *m_primePercent;
    QLabel *m_generatedNote = nullptr;
    QPlainTextEdit *m_editor;
    QLabel *m_parseSummary;
    QListWidget *m_errorList;
    QPlainTextEdit *m_fileSummary;
    QPushButton *m_backToEditor;
    QLabel *m_thousandsNote;
    QPushButton *m_thousandsChoice;
    QLabel *m_loadingLabel;
    QProgressBar *m_loadProgress;
    QPushButton *m_cancelLoad;
    WorkloadLoader *m_loader;
    WorkloadGenerator *m_generator;
    std::optional<Workload> m_generated; // made for m_generatedFor
    WorkloadGenerator::Request m_generatedFor;
    QTimer m_parseTimer;
    QTimer m_generateTimer;
    ParsedNumbers m_parsed;
    QString m_loadedFrom;
    std::optional<LoadedNumbers> m_file;
    bool m_joinThousands = false;
};
