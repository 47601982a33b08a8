#pragma once

#include "jobresult.h"

// Nothing a worker says is believed unchecked: an answer the deterministic Miller-Rabin test
// disagrees with becomes an error naming both answers.
namespace AnswerCheck {
// Whether the answer agrees (an error result agrees trivially: there is no answer).
bool agrees(const JobResult &result);
JobResult checked(JobResult result);
// The answer as the error it becomes once Miller-Rabin has disagreed with it.
JobResult wrong(JobResult result);
} // namespace AnswerCheck
