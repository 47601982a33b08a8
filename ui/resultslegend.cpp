#include "resultslegend.h"

#include "statuscolors.h"

#include <QCoreApplication>
#include <QEvent>

namespace {
// A cell's text in a colour, as the table shows it.
QString mark(const QString &text, const QColor &color, const QColor &background = {})
{
    const QString style = background.isValid()
        ? QStringLiteral("color:%1; background-color:%2").arg(color.name(), background.name())
        : QStringLiteral("color:%1").arg(color.name());
    return QStringLiteral("<span style=\"%1\"><b>&nbsp;%2&nbsp;</b></span>").arg(style, text.toHtmlEscaped());
}

QString cellText(const char *text)
{
    return QCoreApplication::translate("ResultsModel", text);
}
} // namespace

ResultsLegend::ResultsLegend(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::RichText);
    setWordWrap(true);
    setToolTip(tr("What the results table's marks and colours mean; a cell's tooltip says its state"));
    refresh();
}

void ResultsLegend::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        refresh();
    QLabel::changeEvent(event);
}

void ResultsLegend::refresh()
{
    const QPalette &p = palette();
    // The running row's tint, as ResultsModel paints it: the highlight, faint, over the base.
    const QColor base = p.color(QPalette::Base);
    const QColor highlight = p.color(QPalette::Highlight);
    const auto mix = [](int a, int b) { return (a * 210 + b * 45) / 255; };
    const QColor running(mix(base.red(), highlight.red()), mix(base.green(), highlight.green()),
                         mix(base.blue(), highlight.blue()));
    const QColor text = p.color(QPalette::Text);
    const QColor grey = p.color(QPalette::Disabled, QPalette::Text);
    const QString gap = QStringLiteral("&nbsp;&nbsp;&nbsp; ");
    // Each entry on one line: the text breaks between entries only.
    const auto entry = [](const QString &marks, const QString &meaning) {
        return QStringLiteral("<span style=\"white-space:nowrap\">%1%2</span>")
            .arg(marks, meaning.toHtmlEscaped());
    };
    const QStringList entries {
        entry(mark(cellText("P"), StatusColors::prime(p)), tr("prime")),
        entry(mark(QStringLiteral("–"), StatusColors::composite(p)), tr("composite")),
        entry(mark(cellText("%1%").arg(42), text, running), tr("being checked")),
        entry(mark(QStringLiteral("2"), StatusColors::retried(p)), tr("retried (Attempts)")),
        entry(mark(cellText("error"), StatusColors::error(p)), tr("could not be checked")),
        entry(mark(cellText("✗ wrong"), StatusColors::error(p)), tr("a wrong answer (Verified)")),
        entry(mark(cellText("stopped"), grey), tr("the run stopped first")),
    };
    setText(entries.join(gap));
}
