#include "samplejson.h"

#include <QCoreApplication>

#include <optional>

namespace SampleEvents::Json {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SampleEvents", text);
}

void writeString(QByteArray &out, const QString &s, Escaping escaping)
{
    static const char hexDigits[] = "0123456789abcdef";
    auto unicodeEscape = [&](char16_t u) {
        out += "\\u";
        out += hexDigits[(u >> 12) & 15];
        out += hexDigits[(u >> 8) & 15];
        out += hexDigits[(u >> 4) & 15];
        out += hexDigits[u & 15];
    };
    out += '"';
    const qsizetype size = s.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t u = s.at(i).unicode();
        switch (u) {
        case u'"':
            out += "\\\"";
            break;
        case u'\\':
            out += "\\\\";
            break;
        case u'\n':
            out += "\\n";
            break;
        case u'\r':
            out += "\\r";
            break;
        case u'\t':
            out += "\\t";
            break;
        case u'/':
            out += escaping == Escaping::Utf8 ? "/" : "\\/";
            break;
        default:
            if (u < 0x20) {
                unicodeEscape(u);
            } else if (u < 0x80) {
                out += char(u);
            } else if (escaping == Escaping::Php) {
                unicodeEscape(u); // one escape per UTF-16 unit, surrogates too, as PHP does
            } else if (QChar::isHighSurrogate(u) && i + 1 < size
                && QChar::isLowSurrogate(s.at(i + 1).unicode())) {
                out += QStringView(s).sliced(i, 2).toUtf8();
                ++i;
            } else {
                out += QStringView(s).sliced(i, 1).toUtf8();
            }
        }
    }
    out += '"';
}

void writeNode(QByteArray &out, const Node &n, Escaping escaping)
{
    switch (n.type) {
    case Node::Type::Null:
        out += "null";
        break;
    case Node::Type::Bool:
    case Node::Type::Number:
        out += n.text.toLatin1();
        break;
    case Node::Type::String:
        writeString(out, n.text, escaping);
        break;
    case Node::Type::Array:
        out += '[';
        for (qsizetype i = 0; i < n.items.size(); ++i) {
            if (i > 0)
                out += ',';
            writeNode(out, n.items.at(i), escaping);
        }
        out += ']';
        break;
    case Node::Type::Object:
        out += '{';
        for (qsizetype i = 0; i < n.items.size(); ++i) {
            if (i > 0)
                out += ',';
            writeString(out, n.keys.at(i), escaping);
            out += ':';
            writeNode(out, n.items.at(i), escaping);
        }
        out += '}';
        break;
    }
}

// Reads one JSON value (the value of a `set` edit), keeping numbers as their text.
class Parser
{
public:
    explicit Parser(QStringView text)
        : m_s(text)
    { }

    std::optional<Node> document()
    {
        std::optional<Node> v = value(0);
        space();
        if (!v || m_i != m_s.size())
            return std::nullopt;
        return v;
    }

private:
    bool atEnd() const { return m_i >= m_s.size(); }
    char16_t peek() const { return atEnd() ? u'\0' : m_s.at(m_i).unicode(); }
    bool take(char16_t c)
    {
        if (peek() != c)
            return false;
        ++m_i;
        return true;
    }
    void space()
    {
        while (
            !atEnd() && (peek() == u' ' || peek() == u'\t' || peek() == u'\n' || peek() == u'\r'))
            ++m_i;
    }
    bool literal(QStringView word)
    {
        if (!m_s.sliced(m_i).startsWith(word))
            return false;
        m_i += word.size();
        return true;
    }
    int digits()
    {
        int n = 0;
        while (peek() >= u'0' && peek() <= u'9') {
            ++m_i;
            ++n;
        }
        return n;
    }

    std::optional<Node> value(int depth)
    {
        if (depth > 64)
            return std::nullopt;
        space();
        if (take(u'{')) {
            Node o = object();
            space();
            if (take(u'}'))
                return o;
            do {
                space();
                if (!take(u'"'))
                    return std::nullopt;
                const std::optional<QString> key = string();
                space();
                if (!key || !take(u':'))
                    return std::nullopt;
                std::optional<Node> v = value(depth + 1);
                if (!v)
                    return std::nullopt;
                o.add(*key, *v);
                space();
            } while (take(u','));
            return take(u'}') ? std::optional<Node>(o) : std::nullopt;
        }
        if (take(u'[')) {
            Node a = array();
            space();
            if (take(u']'))
                return a;
            do {
                std::optional<Node> v = value(depth + 1);
                if (!v)
                    return std::nullopt;
                a.push(*v);
                space();
            } while (take(u','));
            return take(u']') ? std::optional<Node>(a) : std::nullopt;
        }
        if (take(u'"')) {
            const std::optional<QString> s = string();
            return s ? std::optional<Node>(str(*s)) : std::nullopt;
        }
        if (literal(u"true"))
            return boolean(true);
        if (literal(u"false"))
            return boolean(false);
        if (literal(u"null"))
            return null();
        return numberToken();
    }

    // After the opening quote.
    std::optional<QString> string()
    {
        QString out;
        while (!atEnd()) {
            const char16_t c = m_s.at(m_i++).unicode();
            if (c == u'"')
                return out;
            if (c < 0x20)
                return std::nullopt;
            if (c != u'\\') {
                out += QChar(c);
                continue;
            }
            if (atEnd())
                return std::nullopt;
            const char16_t e = m_s.at(m_i++).unicode();
            switch (e) {
            case u'"':
            case u'\\':
            case u'/':
                out += QChar(e);
                break;
            case u'b':
                out += QChar(u'\b');
                break;
            case u'f':
                out += QChar(u'\f');
                break;
            case u'n':
                out += QChar(u'\n');
                break;
            case u'r':
                out += QChar(u'\r');
                break;
            case u't':
                out += QChar(u'\t');
                break;
            case u'u': {
                if (m_i + 4 > m_s.size())
                    return std::nullopt;
                bool ok = false;
                const ushort code = m_s.sliced(m_i, 4).toUShort(&ok, 16);
                if (!ok)
                    return std::nullopt;
                m_i += 4;
                out += QChar(code);
                break;
            }
            default:
                return std::nullopt;
            }
        }
        return std::nullopt;
    }

    // -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
    std::optional<Node> numberToken()
    {
        const qsizetype start = m_i;
        take(u'-');
        if (!take(u'0') && digits() == 0)
            return std::nullopt;
        if (take(u'.') && digits() == 0)
            return std::nullopt;
        if (take(u'e') || take(u'E')) {
            if (!take(u'+'))
                take(u'-');
            if (digits() == 0)
                return std::nullopt;
        }
        return Json::number(m_s.sliced(start, m_i - start).toString());
    }

    QStringView m_s;
    qsizetype m_i = 0;
};

bool isIndex(const QString &s)
{
    if (s.isEmpty() || s.size() > 9)
        return false;
    for (const QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

} // namespace

Node null()
{
    return {};
}

Node str(const QString &s)
{
    Node n;
    n.type = Node::Type::String;
    n.text = s;
    return n;
}

Node strOrNull(const QString &s)
{
    return s.isEmpty() ? null() : str(s);
}

Node number(const QString &text)
{
    Node n;
    n.type = Node::Type::Number;
    n.text = text;
    return n;
}

Node number(qint64 v)
{
    return number(QString::number(v));
}

Node boolean(bool b)
{
    Node n;
    n.type = Node::Type::Bool;
    n.text = b ? QStringLiteral("true") : QStringLiteral("false");
    return n;
}

Node object()
{
    Node n;
    n.type = Node::Type::Object;
    return n;
}

Node array()
{
    Node n;
    n.type = Node::Type::Array;
    return n;
}

QByteArray write(const Node &node, Escaping escaping)
{
    QByteArray out;
    writeNode(out, node, escaping);
    return out;
}

Node parseValue(const QString &text)
{
    if (std::optional<Node> v = Parser(text).document())
        return *v;
    return str(text);
}

// Applies one `set` edit. Every step but the last must exist; the last may add a member to an
// object. `anyCase`: keys match without regard to case (Donary's do).
QString applyEdit(Node &root, const QString &path, const QString &valueText, bool anyCase)
{
    if (path.trimmed().isEmpty())
        return tr("set: the path is empty");
    const QStringList parts = path.trimmed().split(u'.');
    Node *at = &root;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &part = parts.at(i);
        const QString where = i == 0 ? tr("the body") : parts.mid(0, i).join(u'.');
        if (part.isEmpty())
            return tr("set %1: empty step in the path").arg(path);
        if (at->isArray()) {
            if (!isIndex(part) || part.toLongLong() >= at->items.size()) {
                return tr("set %1: %2 is an array of %3 item(s); \"%4\" is not one of its indexes")
                    .arg(path, where)
                    .arg(at->items.size())
                    .arg(part);
            }
            at = &at->items[part.toLongLong()];
        } else if (at->isObject()) {
            qsizetype k = at->keys.indexOf(part);
            if (k < 0 && anyCase)
                for (qsizetype j = 0; k < 0 && j < at->keys.size(); ++j) {
                    if (at->keys.at(j).compare(part, Qt::CaseInsensitive) == 0)
                        k = j;
                }
            if (k < 0) {
                if (i + 1 < parts.size())
                    return tr("set %1: unknown path: %2 has no \"%3\"").arg(path, where, part);
                at->keys << part;
                at->items << Node();
                k = at->keys.size() - 1;
            }
            at = &at->items[k];
        } else {
            return tr("set %1: %2 is not an object or an array").arg(path, where);
        }
    }
    *at = parseValue(valueText);
    return {};
}

} // namespace SampleEvents::Json
