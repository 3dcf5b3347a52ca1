// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "auth/jwt.h"

#include <QTest>

using namespace Dms;

namespace {
QString b64(const QByteArray &data)
{
    return QString::fromLatin1(
        data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
QString token(const QByteArray &payload)
{
    return b64(R"({"alg":"HS256","typ":"JWT"})") + u'.' + b64(payload) + u'.' + b64("sig");
}
}  // namespace

class TestJwt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jwtExpiryMs_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<qint64>("expected");

        QTest::newRow("valid") << token(R"({"exp":1700000300,"user_id":7})")
                               << qint64(1'700'000'300'000);
        QTest::newRow("fractional exp")
            << token(R"({"exp":1700000300.5})") << qint64(1'700'000'300'500);
        // A payload whose base64url form contains '-' and '_' (and would need padding).
        QTest::newRow("url alphabet")
            << token(R"({"exp":1700000300,"n":"???>>>"})") << qint64(1'700'000'300'000);
        QTest::newRow("empty") << QString() << qint64(0);
        QTest::newRow("one segment") << QStringLiteral("abc") << qint64(0);
        QTest::newRow("two segments") << QStringLiteral("abc.def") << qint64(0);
        QTest::newRow("four segments") << token(R"({"exp":1})") + QStringLiteral(".x") << qint64(0);
        QTest::newRow("payload not base64")
            << QStringLiteral("eyJhbGciOiJIUzI1NiJ9.@@@!.sig") << qint64(0);
        QTest::newRow("payload not json") << token("not json") << qint64(0);
        QTest::newRow("payload array") << token("[1,2]") << qint64(0);
        QTest::newRow("no exp") << token(R"({"user_id":7})") << qint64(0);
        QTest::newRow("exp string") << token(R"({"exp":"1700000300"})") << qint64(0);
        QTest::newRow("exp negative") << token(R"({"exp":-5})") << qint64(0);
        QTest::newRow("exp huge") << token(R"({"exp":1e300})") << qint64(0);
        QTest::newRow("empty payload") << QStringLiteral("abc..sig") << qint64(0);
        QTest::newRow("non-latin") << QStringLiteral("a.\u00e9\u00e9.b") << qint64(0);
    }

    void jwtExpiryMs()
    {
        QFETCH(QString, token);
        QFETCH(qint64, expected);
        QCOMPARE(Dms::jwtExpiryMs(token), expected);
    }
};

QTEST_GUILESS_MAIN(TestJwt)
#include "tst_jwt.moc"
