#pragma once

#include <QLabel>

// One line under the results table naming its colours and marks, drawn the way the table
// draws them and in the timeline's colours: prime, composite, being checked, retried, not
// checked or wrong, pending.
class ResultsLegend : public QLabel
{
    Q_OBJECT
public:
    explicit ResultsLegend(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
};
