#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

// A small table of text cells written as CSV, Markdown or aligned columns for a terminal,
// so every summary table (comparison, sweep) is laid out by one piece of code.
struct TextTable
{
    QStringList header;
    QList<bool> rightAligned; // per column; missing means left
    QList<QStringList> rows;

    QByteArray toCsv() const;
    QByteArray toMarkdown() const;
    // Columns padded to their widest cell, two spaces apart, as hyperfine prints.
    QByteArray toAligned() const;
};
