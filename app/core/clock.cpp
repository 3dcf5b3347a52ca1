#include "core/clock.h"

#include <QDateTime>

namespace Dms {

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

}  // namespace Dms
