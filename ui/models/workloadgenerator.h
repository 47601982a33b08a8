#pragma once

#include "workload.h"

#include <QObject>

#include <atomic>
#include <memory>

// Makes a generated list of numbers off the GUI thread: a million numbers of 12 digits take
// about three seconds (each number drawn walks to the nearest prime or composite, each step a
// Miller–Rabin test), time the spinner must keep turning through. A newer request or cancel()
// makes the older one harmless: it stops at its next number and its list is dropped.
class WorkloadGenerator : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        int count = 0;
        int digits = 0;
        int primePercent = 0;
        bool operator==(const Request &) const = default;
    };
    // Every generated list of the window comes from this seed: the same request, the same list.
    static constexpr quint64 seed = 1;

    explicit WorkloadGenerator(QObject *parent = nullptr);
    ~WorkloadGenerator() override;

    void generate(const Request &request);
    void cancel();
    bool isGenerating() const { return bool(m_stop); }
    // What is being generated (or was last).
    Request request() const { return m_request; }

Q_SIGNALS:
    void generated(const WorkloadGenerator::Request &request, const Workload &workload);

private:
    std::shared_ptr<std::atomic<bool>> m_stop; // the request under way's; null when none is
    Request m_request;
};
