#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// The JSON the sample events are built from: a tree that keeps each number as its text (amounts
// never pass through a double) and object members in the order they were written, written out
// as each provider's encoder writes text. Internal to the sample event library.
namespace SampleEvents::Json {

struct Node
{
    enum class Type { Null, Bool, Number, String, Array, Object };
    Type type = Type::Null;
    QString text; // Number: its JSON text; String: the value; Bool: "true" or "false"
    QList<Node> items; // Array: the elements; Object: the values, parallel to `keys`
    QStringList keys;

    bool isObject() const { return type == Type::Object; }
    bool isArray() const { return type == Type::Array; }

    // Object: sets a member, in place when the key is there already.
    Node &add(const QString &key, const Node &value)
    {
        const qsizetype i = keys.indexOf(key);
        if (i >= 0) {
            items[i] = value;
        } else {
            keys << key;
            items << value;
        }
        return *this;
    }
    Node &add(const char *key, const Node &value) { return add(QString::fromLatin1(key), value); }
    // Array: appends an element.
    Node &push(const Node &value)
    {
        items << value;
        return *this;
    }
};

Node null();
Node str(const QString &s);
Node strOrNull(const QString &s); // null when empty
Node number(const QString &text); // JSON number text, written as it is
Node number(qint64 v);
Node boolean(bool b);
Node object();
Node array();

// How a provider's encoder writes text: raw UTF-8; raw UTF-8 with "\/" (Rails); or PHP's
// json_encode defaults, "\/" and "\u05e7" for everything beyond ASCII (Givecloud).
enum class Escaping { Utf8, Slashes, Php };

QByteArray write(const Node &node, Escaping escaping);

// A JSON value as its text says (numbers kept as written); text that is not JSON is a string.
Node parseValue(const QString &text);

// Sets the value at a dotted path ("payments.0.amount") to parseValue(valueText). Every step but
// the last must exist; the last may add a member to an object. `anyCase`: keys match without
// regard to case. Returns why the path does not fit, or an empty string.
QString applyEdit(Node &root, const QString &path, const QString &valueText, bool anyCase);

} // namespace SampleEvents::Json
