#include "answercheck.h"

#include "millerrabin.h"

#include <QCoreApplication>

bool AnswerCheck::agrees(const JobResult &result)
{
    return !result.error.isEmpty() || MillerRabin::isPrime(result.number) == result.prime;
}

JobResult AnswerCheck::checked(JobResult result)
{
    if (agrees(result))
        return result;
    result.error = result.prime
        ? QCoreApplication::translate("AnswerCheck", "answered prime, but Miller-Rabin finds it composite")
        : QCoreApplication::translate("AnswerCheck", "answered composite, but Miller-Rabin finds it prime");
    return result;
}
