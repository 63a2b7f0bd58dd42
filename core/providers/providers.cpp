#include "changeupadapter.h"
#include "donaryadapter.h"
#include "givecloudadapter.h"
#include "inqudadapter.h"
#include "nationbuilderadapter.h"
#include "provideradapter.h"
#include "standardadapter.h"

#include <QRandomGenerator>

QByteArray ProviderAdapter::generateSecret() const
{
    // 256 random bits, hex: safe to paste into any provider's admin.
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex();
}

namespace Providers {

namespace {
const QList<const ProviderAdapter *> &registry()
{
    static const ChangeUpAdapter changeup;
    static const InqudAdapter inqud;
    static const GivecloudAdapter givecloud;
    static const NationBuilderAdapter nationbuilder;
    static const DonaryAdapter donary;
    static const StandardAdapter standard;
    static const QList<const ProviderAdapter *> list {
        &changeup, &inqud, &givecloud, &nationbuilder, &donary, &standard};
    return list;
}
} // namespace

const ProviderAdapter *find(QStringView id)
{
    for (const ProviderAdapter *a : registry()) {
        if (a->id() == id)
            return a;
    }
    return nullptr;
}

QList<const ProviderAdapter *> all()
{
    return registry();
}

QStringList ids()
{
    QStringList out;
    for (const ProviderAdapter *a : registry())
        out << a->id();
    return out;
}

} // namespace Providers
