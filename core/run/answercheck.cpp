#include "answercheck.h"

#include "millerrabin.h"

#include <QCoreApplication>

bool AnswerCheck::agrees(const JobResult &result)
{
    return !result.error.isEmpty() || MillerRabin::isPrime(result.number) == result.prime;
}

JobResult AnswerCheck::checked(JobResult result)
{
    return agrees(result) ? result : wrong(result);
}

JobResult AnswerCheck::wrong(JobResult result)
{
    result.error = result.prime
        ? QCoreApplication::translate("AnswerCheck", "answered prime, but Miller-Rabin finds it composite")
        : QCoreApplication::translate("AnswerCheck", "answered composite, but Miller-Rabin finds it prime");
    return result;
}
