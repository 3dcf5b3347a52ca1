// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "sim/htmlreport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>

#include "core/redact.h"
#include "sim/simreport.h"

namespace Dms {

namespace {

struct HtmlReportText
{
    Q_DECLARE_TR_FUNCTIONS(Dms::HtmlReport)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// A URL from the report (already redacted when it was written; again here, so a report
// written by hand or by an older build cannot put a token on the page).
QString safeUrl(const QString &text)
{
    const QUrl url(text);
    return url.isValid() && !url.scheme().isEmpty() ? redactedUrl(url) : redactSecrets(text);
}

QString n(qint64 value)
{
    return QString::number(value);
}

QString fixed(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

QString percent(double ratio)
{
    return ratio >= 0.9999 && ratio < 1.0 ? fixed(ratio * 100.0, 3) + QStringLiteral(" %")
                                          : fixed(ratio * 100.0, 2) + QStringLiteral(" %");
}

QString utc(qint64 ms)
{
    if (ms <= 0)
        return QStringLiteral("–");
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

QString clockTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("HH:mm:ss"));
}

QString pct(const LatencyHistogram &h, double p)
{
    const std::optional<qint64> v = h.percentile(p);
    return v ? n(*v) : QStringLiteral("–");
}

// Chart colours: distinguishable from each other and from pass/fail (also in grey print).
const QString kFrame = QStringLiteral("#2563eb");
const QString kModel = QStringLiteral("#e8590c");
const QString kEmit = QStringLiteral("#0f9d8a");
const QString kDelivered = QStringLiteral("#37a85a");
const QString kMissing = QStringLiteral("#d6336c");
const QString kLeak = QStringLiteral("#7048e8");
const QString kGrid = QStringLiteral("#e6e9ef");
const QString kAxis = QStringLiteral("#9aa5b1");

// ---------------------------------------------------------------------- chart helpers

// 1, 2, 5 × 10^k at or above value.
double niceStep(double value)
{
    if (value <= 0)
        return 1;
    const double e = std::pow(10.0, std::floor(std::log10(value)));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * e >= value - 1e-9)
            return m * e;
    }
    return 10 * e;
}

struct LinearAxis
{
    double top = 1;
    double step = 1;
};

LinearAxis linearAxis(double max, int ticks = 4)
{
    LinearAxis a;
    a.step = niceStep(std::max(max, 1.0) / ticks);
    a.top = std::ceil(std::max(max, 1.0) / a.step) * a.step;
    return a;
}

QString tickLabel(double v)
{
    if (std::fabs(v) >= 10000)
        return fixed(v / 1000.0, 0) + QLatin1Char('k');
    return v == std::floor(v) ? n(qint64(v)) : fixed(v, 1);
}

QString msLabel(double ms)
{
    if (ms >= 1000)
        return (std::fmod(ms, 1000.0) == 0 ? n(qint64(ms / 1000)) : fixed(ms / 1000.0, 1)) + QStringLiteral(" s");
    return n(qint64(ms));
}

// The drawing area of a chart inside its viewBox.
struct ChartBox
{
    double width = 560;
    double height = 220;
    double left = 48;
    double right = 14;
    double top = 14;
    double bottom = 34;
    double plotWidth() const { return width - left - right; }
    double plotHeight() const { return height - top - bottom; }
    double bottomY() const { return height - bottom; }
};

QString svgOpen(const ChartBox &f, const QString &label)
{
    return QStringLiteral("<svg class=\"chart\" viewBox=\"0 0 %1 %2\" role=\"img\" aria-label=\"%3\">")
        .arg(f.width)
        .arg(f.height)
        .arg(esc(label));
}

QString line(double x1, double y1, double x2, double y2, const QString &colour, double width = 1,
             const QString &extra = QString())
{
    return QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%4\" stroke=\"%5\" stroke-width=\"%6\"%7/>")
        .arg(fixed(x1, 1), fixed(y1, 1), fixed(x2, 1), fixed(y2, 1), colour)
        .arg(width)
        .arg(extra);
}

QString text(double x, double y, const QString &content, const QString &anchor = QStringLiteral("middle"),
             const QString &cls = QString())
{
    return QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"%3\"%4>%5</text>")
        .arg(fixed(x, 1), fixed(y, 1), anchor,
             cls.isEmpty() ? QString() : QStringLiteral(" class=\"%1\"").arg(cls), esc(content));
}

QString rect(double x, double y, double w, double h, const QString &colour, const QString &title)
{
    return QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\"><title>%6</title></rect>")
        .arg(fixed(x, 1), fixed(y, 1), fixed(std::max(w, 0.5), 1), fixed(std::max(h, 0.0), 1), colour,
             esc(title));
}

// Horizontal grid lines and labels of a linear y axis.
QString yGrid(const ChartBox &f, const LinearAxis &a, const QString &caption)
{
    QString s;
    for (double v = 0; v <= a.top + a.step / 2; v += a.step) {
        const double y = f.bottomY() - v / a.top * f.plotHeight();
        s += line(f.left, y, f.width - f.right, y, v == 0 ? kAxis : kGrid);
        s += text(f.left - 6, y + 4, tickLabel(v), QStringLiteral("end"));
    }
    if (!caption.isEmpty())
        s += QStringLiteral("<text x=\"12\" y=\"%1\" text-anchor=\"middle\" transform=\"rotate(-90 12 %1)\" "
                            "class=\"cap\">%2</text>")
                 .arg(fixed(f.top + f.plotHeight() / 2, 1), esc(caption));
    return s;
}

// The display bins of a latency distribution on a log axis: 1, 2, 3, 4, 5, 6, 8, 10, 12, 15,
// 20, 25, 30, 40, 50, 60, 80, 100 … ms (about ten per decade; integers below 10, where the
// histogram is exact to the millisecond).
QList<qint64> latencyEdges(qint64 max)
{
    QList<qint64> edges{1, 2, 3, 4, 5, 6, 8};
    static const double mantissas[] = {1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8};
    for (qint64 decade = 10; edges.last() <= max; decade *= 10) {
        for (double m : mantissas)
            edges.append(qint64(std::llround(m * double(decade))));
    }
    edges.append(edges.last() * 10 / 8);  // the upper edge of the last bin
    return edges;
}

struct Bins
{
    QList<qint64> edges;   // bin i = [edges[i], edges[i + 1])
    QList<quint64> counts;
};

Bins binned(const LatencyHistogram &h, const QList<qint64> &edges)
{
    Bins b;
    b.edges = edges;
    b.counts.fill(0, edges.size() - 1);
    for (int bucket = 0; bucket < h.bucketCount(); ++bucket) {
        const quint64 count = h.countAt(bucket);
        if (count == 0)
            continue;
        const qint64 value = LatencyHistogram::bucketLower(bucket);
        qsizetype i = std::upper_bound(edges.cbegin(), edges.cend(), value) - edges.cbegin() - 1;
        i = std::clamp<qsizetype>(i, 0, b.counts.size() - 1);
        b.counts[i] += count;
    }
    return b;
}

struct LogAxis
{
    double lo = 1;   // ms, a power of ten
    double hi = 10;  // ms, a power of ten
    double x(const ChartBox &f, double ms) const
    {
        const double v = std::clamp(std::log10(std::max(ms, 1.0)), std::log10(lo), std::log10(hi));
        return f.left + (v - std::log10(lo)) / (std::log10(hi) - std::log10(lo)) * f.plotWidth();
    }
};

// The decades that hold every sample of the histograms.
LogAxis logAxisFor(const QList<const LatencyHistogram *> &hists)
{
    qint64 lo = -1;
    qint64 hi = 1;
    for (const LatencyHistogram *h : hists) {
        if (h->isEmpty())
            continue;
        lo = lo < 0 ? std::max<qint64>(h->min(), 1) : std::min(lo, std::max<qint64>(h->min(), 1));
        hi = std::max(hi, h->max() + 1);
    }
    LogAxis a;
    if (lo < 0)
        return a;
    a.lo = std::pow(10.0, std::floor(std::log10(double(lo))));
    a.hi = std::pow(10.0, std::ceil(std::log10(double(hi))));
    if (a.hi <= a.lo)
        a.hi = a.lo * 10;
    return a;
}

QString histogramSvg(const LatencyHistogram &h, const LogAxis &axis, const QString &colour, const QString &label)
{
    ChartBox f;
    f.width = 380;
    f.height = 210;
    f.left = 44;
    f.top = 40;
    QString s = svgOpen(f, label);
    if (h.isEmpty()) {
        s += text(f.width / 2, f.height / 2, HtmlReportText::tr("no samples"), QStringLiteral("middle"), QStringLiteral("cap"));
        return s + QStringLiteral("</svg>");
    }
    const Bins bins = binned(h, latencyEdges(qint64(axis.hi)));
    quint64 peak = 1;
    for (quint64 c : bins.counts)
        peak = std::max(peak, c);
    const LinearAxis y = linearAxis(double(peak));
    s += yGrid(f, y, HtmlReportText::tr("samples"));
    // Decade and 2/5 ticks along the log axis.
    const bool dense = std::log10(axis.hi / axis.lo) > 3.01;  // then decades only, and 5s
    for (double decade = axis.lo; decade <= axis.hi * 1.001; decade *= 10) {
        for (double m : {1.0, 2.0, 5.0}) {
            const double v = decade * m;
            if (v > axis.hi * 1.001 || (dense && m == 2.0))
                continue;
            const double x = axis.x(f, v);
            s += line(x, f.bottomY(), x, f.bottomY() + 4, kAxis);
            s += text(x, f.bottomY() + 16, msLabel(v));
        }
    }
    s += text(f.left + f.plotWidth() / 2, f.height - 3, HtmlReportText::tr("ms (log scale)"), QStringLiteral("middle"),
              QStringLiteral("cap"));
    for (qsizetype i = 0; i < bins.counts.size(); ++i) {
        const quint64 c = bins.counts.at(i);
        if (c == 0)
            continue;
        const double x1 = axis.x(f, double(bins.edges.at(i)));
        const double x2 = axis.x(f, double(bins.edges.at(i + 1)));
        const double height = double(c) / y.top * f.plotHeight();
        const QString range = i == 0 ? HtmlReportText::tr("below %1 ms").arg(bins.edges.at(1))
                                     : HtmlReportText::tr("%1–%2 ms").arg(bins.edges.at(i)).arg(bins.edges.at(i + 1) - 1);
        s += rect(x1 + 0.5, f.bottomY() - height, x2 - x1 - 1, height, colour,
                  HtmlReportText::tr("%1: %2 samples (%3)").arg(range).arg(c).arg(percent(double(c) / double(h.count()))));
    }
    // The percentiles, labelled above the plot (staggered so that close ones stay legible).
    const struct
    {
        double p;
        const char *name;
    } marks[] = {{50, "p50"}, {95, "p95"}, {99, "p99"}};
    int row = 0;
    for (const auto &m : marks) {
        const std::optional<qint64> v = h.percentile(m.p);
        if (!v)
            continue;
        const double x = axis.x(f, double(*v) + 0.5);
        s += line(x, f.top - 2, x, f.bottomY(), QStringLiteral("#3b4652"), 1, QStringLiteral(" stroke-dasharray=\"3 3\""));
        const double ty = 11 + 12 * row++;
        const QString label = QStringLiteral("%1 %2 ms").arg(QLatin1String(m.name)).arg(*v);
        const bool nearRight = x + 3 + 6.5 * double(label.size()) > f.width;  // it would be cut: left of the line
        s += text(nearRight ? x - 3 : x + 3, ty, label, nearRight ? QStringLiteral("end") : QStringLiteral("start"),
                  QStringLiteral("mark"));
    }
    return s + QStringLiteral("</svg>");
}

QString legend(const QList<std::pair<QString, QString>> &items)
{
    QString s = QStringLiteral("<div class=\"legend\">");
    for (const auto &[colour, label] : items)
        s += QStringLiteral("<span><i style=\"background:%1\"></i>%2</span>").arg(colour, esc(label));
    return s + QStringLiteral("</div>");
}

// ------------------------------------------------------------------------------ page

struct Tile
{
    QString label;
    QString value;
    QString hint;
    QString tone;  // "", "good", "bad", "na"
};

class Page
{
public:
    explicit Page(const SimReport &report) : r(report) {}
    QString render();

private:
    void head();
    void banner();
    void verdicts();
    void latency();
    void windows();
    void stages();
    void delivery();
    void storms();
    void leaks();
    void lostUpdates();
    void users();
    void scenario();
    void conditions();
    void script();

    void sectionOpen(const QString &id, const QString &title, const QString &subtitle = QString());
    void sectionClose() { out += QStringLiteral("</section>\n"); }
    void tiles(const QList<Tile> &list);
    void keyValues(const QList<std::pair<QString, QString>> &rows);  // values already HTML
    QString resultText() const;
    QString resultTone() const;
    std::optional<double> limitOf(const QStringList &metrics) const;

    const SimReport &r;
    QString out;
};

QString Page::resultText() const
{
    if (r.aborted)
        return HtmlReportText::tr("ABORTED");
    if (!r.configError.isEmpty())
        return HtmlReportText::tr("CONFIGURATION ERROR");
    return r.passed() ? HtmlReportText::tr("PASS") : HtmlReportText::tr("FAIL");
}

QString Page::resultTone() const
{
    if (r.aborted || !r.configError.isEmpty())
        return QStringLiteral("warn");
    return r.passed() ? QStringLiteral("pass") : QStringLiteral("fail");
}

void Page::sectionOpen(const QString &id, const QString &title, const QString &subtitle)
{
    out += QStringLiteral("<section id=\"%1\"><h2>%2</h2>").arg(id, esc(title));
    if (!subtitle.isEmpty())
        out += QStringLiteral("<p class=\"sub\">%1</p>").arg(subtitle);
}

void Page::tiles(const QList<Tile> &list)
{
    out += QStringLiteral("<div class=\"tiles\">");
    for (const Tile &t : list) {
        out += QStringLiteral("<div class=\"tile %1\"><div class=\"tl\">%2</div><div class=\"tv\">%3</div>")
                   .arg(t.tone, esc(t.label), esc(t.value));
        if (!t.hint.isEmpty())
            out += QStringLiteral("<div class=\"th\">%1</div>").arg(esc(t.hint));
        out += QStringLiteral("</div>");
    }
    out += QStringLiteral("</div>");
}

void Page::keyValues(const QList<std::pair<QString, QString>> &rows)
{
    out += QStringLiteral("<table class=\"kv\">");
    for (const auto &[key, value] : rows)
        out += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(esc(key), value);
    out += QStringLiteral("</table>");
}

std::optional<double> Page::limitOf(const QStringList &metrics) const
{
    for (const ThresholdVerdict &v : r.verdicts) {
        const Threshold &t = v.threshold;
        if (metrics.contains(t.metric) && (t.op == Threshold::Op::Less || t.op == Threshold::Op::LessEqual))
            return t.value;
    }
    return std::nullopt;
}

void Page::head()
{
    // The page's language is the one its words were translated into.
    out += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n")
               .arg(esc(HtmlReportText::tr("en", "the HTML lang attribute: this translation's language code")));
    out += QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                          "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n");
    out += QStringLiteral("<title>%1</title>\n")
               .arg(esc(HtmlReportText::tr("%1 — %2 — simulation report").arg(resultText(), r.scenarioName)));
    out += QStringLiteral(R"CSS(<style>
:root{--ink:#1f2933;--muted:#5f6b7a;--line:#e3e7ed;--bg:#f4f6f9;--card:#fff;
--pass:#1a7f37;--pass-bg:#e7f5ec;--fail:#c62828;--fail-bg:#fdecec;--warn:#9a5b00;--warn-bg:#fff4e0;
--na:#5f6b7a;--na-bg:#eef1f4;--accent:#2563eb}
*{box-sizing:border-box}
html{background:var(--bg)}
body{margin:0;color:var(--ink);font:14px/1.45 system-ui,"Segoe UI","Liberation Sans","DejaVu Sans",Arial,sans-serif}
.wrap{max-width:1220px;margin:0 auto;padding:0 24px}
header.top{background:var(--card);border-bottom:1px solid var(--line);padding:20px 0 0}
header.top .row{display:flex;align-items:center;gap:18px;flex-wrap:wrap}
h1{font-size:22px;margin:0;font-weight:650}
h1 small{display:block;font-size:13px;font-weight:400;color:var(--muted);margin-top:2px}
.badge{display:inline-block;font-weight:700;letter-spacing:.04em;border-radius:6px;padding:6px 14px;font-size:18px}
.badge.pass{background:var(--pass);color:#fff}.badge.fail{background:var(--fail);color:#fff}
.badge.warn{background:#d97706;color:#fff}
nav{display:flex;gap:4px;flex-wrap:wrap;margin-top:14px}
nav a{color:var(--muted);text-decoration:none;padding:8px 10px;border-bottom:2px solid transparent;font-size:13px}
nav a:hover{color:var(--ink);border-bottom-color:var(--accent)}
main{padding:18px 0 40px}
section{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:18px 20px;margin:0 0 18px}
h2{font-size:17px;margin:0 0 4px;font-weight:650}
h3{font-size:14px;margin:14px 0 6px;font-weight:650}
p{margin:6px 0}
.sub{color:var(--muted);margin:0 0 12px}
.note{background:var(--warn-bg);border-left:4px solid #d97706;padding:8px 12px;border-radius:4px;margin:10px 0}
.ok{background:var(--pass-bg);border-left:4px solid var(--pass);padding:8px 12px;border-radius:4px}
.problem{background:var(--fail-bg);border-left:4px solid var(--fail);padding:8px 12px;border-radius:4px;margin:10px 0}
.tiles{display:grid;grid-template-columns:repeat(auto-fill,minmax(165px,1fr));gap:10px;margin:12px 0}
.tile{border:1px solid var(--line);border-radius:8px;padding:10px 12px;background:#fbfcfd}
.tile .tl{color:var(--muted);font-size:12px}
.tile .tv{font-size:20px;font-weight:650;font-variant-numeric:tabular-nums;margin-top:2px}
.tile .th{color:var(--muted);font-size:11.5px}
.tile.good{border-color:#b7dfc3;background:var(--pass-bg)}.tile.good .tv{color:var(--pass)}
.tile.bad{border-color:#f2b8b5;background:var(--fail-bg)}.tile.bad .tv{color:var(--fail)}
.tile.na .tv{color:var(--na)}
table{border-collapse:collapse;width:100%;font-variant-numeric:tabular-nums}
th,td{text-align:left;padding:6px 10px;border-bottom:1px solid var(--line);vertical-align:top}
thead th{font-size:12px;color:var(--muted);font-weight:600;background:#f8f9fb;white-space:nowrap}
td.n,th.n{text-align:right}
tbody tr:hover{background:#f6f8fb}
tr.bad td{background:#fff6f6}
td.hot{color:var(--fail);font-weight:650}
.pill{display:inline-block;min-width:52px;text-align:center;font-size:12px;font-weight:700;border-radius:999px;padding:2px 10px}
.pill.pass{background:var(--pass-bg);color:var(--pass);border:1px solid #9fd3ae}
.pill.fail{background:var(--fail);color:#fff}
.pill.na{background:var(--na-bg);color:var(--na);border:1px solid #cfd5dc}
table.kv th{width:210px;color:var(--muted);font-weight:500;border-bottom:1px solid var(--line)}
table.kv td{border-bottom:1px solid var(--line)}
.grid2{display:grid;grid-template-columns:1fr 1fr;gap:18px}
.grid3{display:grid;grid-template-columns:1fr 1fr 1fr;gap:14px}
.grid2>div,.grid3>div{min-width:0}
figure{margin:0}
figcaption{font-weight:600;font-size:13px;margin:0 0 4px}
svg.chart{width:100%;height:auto;display:block;background:#fff}
svg.chart text{font:11px system-ui,"Segoe UI","Liberation Sans","DejaVu Sans",Arial,sans-serif;fill:#5f6b7a}
svg.chart text.cap{fill:#7b8794}
svg.chart text.mark{fill:#1f2933;font-weight:600}
svg.chart text.limit{fill:#c62828;font-weight:600}
.legend{display:flex;gap:16px;flex-wrap:wrap;font-size:12px;color:var(--muted);margin:6px 0 0}
.legend i{display:inline-block;width:11px;height:11px;border-radius:2px;margin-right:6px;vertical-align:-1px}
.scroll{max-height:560px;overflow:auto;border:1px solid var(--line);border-radius:8px}
.scroll table thead th{position:sticky;top:0;z-index:1}
.scroll table td,.scroll table th{border-bottom:1px solid var(--line)}
table.sortable th,table.sortable td{padding:5px 6px}
table.sortable{font-size:13px}
table.sortable thead th{white-space:normal;vertical-align:bottom;line-height:1.2}
table.sortable thead th button{all:unset;cursor:pointer}
table.sortable thead th button:hover,table.sortable thead th button:focus{color:var(--ink);text-decoration:underline}
table.sortable thead th[aria-sort=ascending] button::after{content:" \25B2";font-size:9px}
table.sortable thead th[aria-sort=descending] button::after{content:" \25BC";font-size:9px}
code,pre{font-family:"DejaVu Sans Mono","Liberation Mono",monospace;font-size:12px}
pre{background:#f6f8fa;border:1px solid var(--line);border-radius:8px;padding:12px;overflow:auto;max-height:420px}
details summary{cursor:pointer;color:var(--accent);margin:10px 0 6px}
.muted{color:var(--muted)}
ul.plain{margin:6px 0;padding-left:20px}
footer{color:var(--muted);font-size:12px;text-align:center;padding:0 0 30px}
@media (max-width:900px){.grid2,.grid3{grid-template-columns:1fr}}
@media print{nav{display:none}.scroll{max-height:none}section{break-inside:avoid}}
</style>
</head>
<body>
)CSS");
}

void Page::banner()
{
    const QString when = r.startedAtMs > 0 ? utc(r.startedAtMs) : QString();
    const double runS = r.finishedAtMs > r.startedAtMs ? (r.finishedAtMs - r.startedAtMs) / 1000.0 : 0;
    QString subtitle = HtmlReportText::tr("%1 users in %2 unit(s), %3 s at %4 actions/s")
                           .arg(r.users)
                           .arg(r.units)
                           .arg(formatMetric(r.durationS), formatMetric(r.rate));
    if (!when.isEmpty())
        subtitle += QStringLiteral(" · ") + HtmlReportText::tr("started %1 (%2 s in all)").arg(when, fixed(runS, 1));
    out += QStringLiteral("<header class=\"top\"><div class=\"wrap\"><div class=\"row\">"
                          "<span class=\"badge %1\" id=\"result\">%2</span>"
                          "<h1>%3<small>%4</small></h1></div>\n")
               .arg(resultTone(), esc(resultText()),
                    esc(HtmlReportText::tr("Simulation report: %1").arg(r.scenarioName.isEmpty() ? HtmlReportText::tr("(unnamed)") : r.scenarioName)),
                    esc(subtitle));
    QList<std::pair<QString, QString>> nav{
        {QStringLiteral("verdicts"), HtmlReportText::tr("Verdicts")},   {QStringLiteral("latency"), HtmlReportText::tr("Latency")},
        {QStringLiteral("windows"), HtmlReportText::tr("Over time")},   {QStringLiteral("delivery"), HtmlReportText::tr("Delivery")},
        {QStringLiteral("storms"), HtmlReportText::tr("Storms")},       {QStringLiteral("leaks"), HtmlReportText::tr("Leaks")},
        {QStringLiteral("lost-updates"), HtmlReportText::tr("Lost updates")}, {QStringLiteral("users"), HtmlReportText::tr("Users")},
        {QStringLiteral("scenario"), HtmlReportText::tr("Scenario")},   {QStringLiteral("conditions"), HtmlReportText::tr("Conditions")}};
    if (!r.stages.isEmpty())
        nav.insert(3, std::pair<QString, QString>(QStringLiteral("stages"), HtmlReportText::tr("Stages")));
    out += QStringLiteral("<nav>");
    for (const auto &[id, label] : nav)
        out += QStringLiteral("<a href=\"#%1\">%2</a>").arg(id, esc(label));
    out += QStringLiteral("</nav></div></header>\n<main class=\"wrap\">\n");
}

void Page::verdicts()
{
    int failed = 0;
    for (const ThresholdVerdict &v : r.verdicts)
        failed += v.passed ? 0 : 1;
    sectionOpen(QStringLiteral("verdicts"), HtmlReportText::tr("Verdict per threshold"),
                esc(failed == 0 ? HtmlReportText::tr("%1 threshold(s), every one passed.").arg(r.verdicts.size())
                                : HtmlReportText::tr("%1 of %2 threshold(s) failed.").arg(failed).arg(r.verdicts.size())));
    if (r.aborted)
        out += QStringLiteral("<div class=\"problem\">%1</div>")
                   .arg(esc(r.abortedBy.isEmpty()
                                ? HtmlReportText::tr("The run was aborted: the figures cover only what happened until then.")
                                : HtmlReportText::tr("The run was aborted by threshold %1: the figures cover only what happened "
                                     "until then.").arg(r.abortedBy)));
    if (!r.configError.isEmpty())
        out += QStringLiteral("<div class=\"problem\">%1</div>")
                   .arg(esc(HtmlReportText::tr("The scenario cannot run with these users: %1").arg(redactSecrets(r.configError))));

    // Key figures first.
    QList<Tile> key;
    // A figure is green or red by its threshold's verdict (or, for counts of problems, by
    // being 0); without a threshold it stays neutral.
    const auto metricTile = [this](const QString &label, const QString &metric, const QString &unit,
                                   bool zeroIsGood) {
        const std::optional<double> v = r.metric(metric);
        Tile t{label, v ? formatMetric(*v) + unit : HtmlReportText::tr("n/a"), metric, v ? QString() : QStringLiteral("na")};
        if (r.notApplicable.contains(metric))
            return Tile{label, HtmlReportText::tr("n/a"), r.notApplicable.value(metric), QStringLiteral("na")};
        if (v && zeroIsGood)
            t.tone = *v == 0 ? QStringLiteral("good") : QStringLiteral("bad");
        for (const ThresholdVerdict &verdict : r.verdicts) {
            if (v && verdict.applicable && verdict.threshold.metric == metric && verdict.threshold.stage.isEmpty()) {
                t.tone = verdict.passed ? QStringLiteral("good") : QStringLiteral("bad");
                t.hint = verdict.threshold.text;
                if (!verdict.passed)
                    break;  // a failing threshold wins
            }
        }
        return t;
    };
    key.append(metricTile(HtmlReportText::tr("POST → frame p95"), QStringLiteral("p95_ms"), QStringLiteral(" ms"), false));
    key.append(metricTile(HtmlReportText::tr("POST → table p95"), QStringLiteral("model_p95_ms"), QStringLiteral(" ms"), false));
    const std::optional<double> cd = r.changeDelivery();
    key.append(Tile{HtmlReportText::tr("Change delivery"), cd ? percent(*cd) : HtmlReportText::tr("n/a"), QStringLiteral("change_delivery"),
                    !cd ? QStringLiteral("na") : (*cd >= 1.0 ? QStringLiteral("good") : QStringLiteral("bad"))});
    const std::optional<double> d = r.delivery();
    if (r.notApplicable.contains(QStringLiteral("delivery")))
        key.append(Tile{HtmlReportText::tr("Delivery by seq"), HtmlReportText::tr("n/a"), r.notApplicable.value(QStringLiteral("delivery")),
                        QStringLiteral("na")});
    else
        key.append(Tile{HtmlReportText::tr("Delivery by seq"), d ? percent(*d) : HtmlReportText::tr("n/a"), QStringLiteral("delivery"),
                        !d ? QStringLiteral("na") : (*d >= 1.0 ? QStringLiteral("good") : QStringLiteral("bad"))});
    key.append(metricTile(HtmlReportText::tr("Leaks"), QStringLiteral("leaks"), QString(), true));
    key.append(r.verified ? metricTile(HtmlReportText::tr("Lost updates"), QStringLiteral("lost_updates"), QString(), true)
                          : Tile{HtmlReportText::tr("Lost updates"), HtmlReportText::tr("not verified"), HtmlReportText::tr("tables not compared"), QStringLiteral("na")});
    tiles(key);

    out += QStringLiteral("<table class=\"verdicts\"><thead><tr><th>%1</th><th>%2</th><th class=\"n\">%3</th>"
                          "<th class=\"n\">%4</th><th>%5</th></tr></thead><tbody>")
               .arg(esc(HtmlReportText::tr("Result")), esc(HtmlReportText::tr("Threshold")), esc(HtmlReportText::tr("Measured")), esc(HtmlReportText::tr("Limit")),
                    esc(HtmlReportText::tr("Detail")));
    for (const ThresholdVerdict &v : r.verdicts) {
        const QString tone = !v.applicable ? QStringLiteral("na") : v.passed ? QStringLiteral("pass") : QStringLiteral("fail");
        const QString label = !v.applicable ? HtmlReportText::tr("n/a") : v.passed ? HtmlReportText::tr("PASS") : HtmlReportText::tr("FAIL");
        out += QStringLiteral("<tr class=\"%1\"><td><span class=\"pill %1\">%2</span></td><td><code>%3</code></td>"
                              "<td class=\"n%4\">%5</td><td class=\"n\">%6</td><td class=\"muted\">%7</td></tr>")
                   .arg(tone, esc(label), esc(v.threshold.text),
                        tone == QLatin1String("fail") ? QStringLiteral(" hot") : QString(),
                        esc(v.measured ? formatMetric(v.value) : QStringLiteral("–")),
                        esc(Threshold::opText(v.threshold.op) + QLatin1Char(' ') + formatMetric(v.threshold.value)),
                        esc(v.detail));
    }
    out += QStringLiteral("</tbody></table>");
    sectionClose();
}

void Page::latency()
{
    sectionOpen(QStringLiteral("latency"), HtmlReportText::tr("Latency"),
                esc(HtmlReportText::tr("Percentiles in milliseconds. POST → frame: the actor's request sent until a target user "
                       "received the frame; POST → table: until the user's table showed the change; emit → "
                       "frame: the server's emit until the frame arrived (clock offset applied); POST round "
                       "trip: the actor's request itself.")));
    out += QStringLiteral("<table><thead><tr><th>%1</th>").arg(esc(HtmlReportText::tr("Measured")));
    for (const QString &h : {QStringLiteral("p50"), QStringLiteral("p90"), QStringLiteral("p95"),
                             QStringLiteral("p99"), HtmlReportText::tr("max"), HtmlReportText::tr("mean"), HtmlReportText::tr("samples")})
        out += QStringLiteral("<th class=\"n\">%1</th>").arg(esc(h));
    out += QStringLiteral("</tr></thead><tbody>");
    const struct
    {
        QString label;
        const LatencyHistogram *h;
        QString colour;
    } rows[] = {{HtmlReportText::tr("POST → frame"), &r.frame, kFrame},
                {HtmlReportText::tr("POST → table"), &r.model, kModel},
                {HtmlReportText::tr("emit → frame"), &r.emit, kEmit},
                {HtmlReportText::tr("POST round trip"), &r.action, QStringLiteral("#8a94a3")}};
    for (const auto &row : rows) {
        const LatencyHistogram &h = *row.h;
        out += QStringLiteral("<tr><td><span class=\"legend\" style=\"margin:0\"><span><i style=\"background:%1\">"
                              "</i>%2</span></span></td>")
                   .arg(row.colour, esc(row.label));
        if (h.isEmpty()) {
            out += QStringLiteral("<td class=\"n muted\" colspan=\"7\">%1</td></tr>").arg(esc(HtmlReportText::tr("no samples")));
            continue;
        }
        out += QStringLiteral("<td class=\"n\">%1</td><td class=\"n\">%2</td><td class=\"n\"><b>%3</b></td>"
                              "<td class=\"n\">%4</td><td class=\"n\">%5</td><td class=\"n\">%6</td><td class=\"n\">%7</td></tr>")
                   .arg(pct(h, 50), pct(h, 90), pct(h, 95), pct(h, 99), n(h.max()), fixed(h.mean(), 1))
                   .arg(h.count());
    }
    out += QStringLiteral("</tbody></table>");

    out += QStringLiteral("<h3>%1</h3><p class=\"sub\">%2</p><div class=\"grid3\">")
               .arg(esc(HtmlReportText::tr("Distribution")),
                    esc(HtmlReportText::tr("Samples per latency range on a shared log scale (the histogram buckets of the report, "
                           "about ten ranges per decade); dashed lines mark p50, p95 and p99. Hover a bar for its "
                           "count.")));
    const LogAxis axis = logAxisFor({&r.frame, &r.model, &r.emit});
    for (int i = 0; i < 3; ++i) {
        const auto &row = rows[i];
        out += QStringLiteral("<figure><figcaption>%1</figcaption>%2</figure>")
                   .arg(esc(row.label), histogramSvg(*row.h, axis, row.colour, row.label));
    }
    out += QStringLiteral("</div>");
    sectionClose();
}

void Page::windows()
{
    sectionOpen(QStringLiteral("windows"), HtmlReportText::tr("Over time"),
                esc(HtmlReportText::tr("Per %1 s window (a change belongs to the window its POST was sent in).")
                        .arg(formatMetric(r.windowMs / 1000.0))));
    if (r.windows.isEmpty()) {
        out += QStringLiteral("<p class=\"muted\">%1</p>").arg(esc(HtmlReportText::tr("No windows: no change was tracked.")));
        sectionClose();
        return;
    }
    const QList<SimWindow> list = r.windows.values();
    const qint64 t0 = list.first().startMs;
    const qint64 t1 = list.last().startMs + std::max(list.last().lengthMs, 1);
    const double spanS = std::max(double(t1 - t0) / 1000.0, 1.0);
    ChartBox f;
    f.width = 580;
    f.height = 240;
    f.top = 22;
    const auto xOf = [&](qint64 ms) { return f.left + double(ms - t0) / 1000.0 / spanS * f.plotWidth(); };
    const auto xAxis = [&]() {
        QString s;
        const double step = niceStep(spanS / 6);
        for (double v = 0; v <= spanS + 1e-6; v += step) {
            const double x = f.left + v / spanS * f.plotWidth();
            s += line(x, f.bottomY(), x, f.bottomY() + 4, kAxis);
            s += text(x, f.bottomY() + 16, tickLabel(v));
        }
        s += text(f.left + f.plotWidth() / 2, f.height - 3,
                  HtmlReportText::tr("s since %1 UTC").arg(clockTime(t0)), QStringLiteral("middle"), QStringLiteral("cap"));
        return s;
    };

    // Receipts per window: delivered and missing stacked, leaks beside.
    qint64 peak = 1;
    qint64 leaksAll = 0;
    for (const SimWindow &w : list) {
        peak = std::max(peak, w.delivered + w.missing);
        peak = std::max(peak, w.leaks);
        leaksAll += w.leaks;
    }
    LinearAxis y = linearAxis(double(peak));
    QString delivery = svgOpen(f, HtmlReportText::tr("Receipts per window"));
    delivery += yGrid(f, y, HtmlReportText::tr("receipts"));
    delivery += xAxis();
    for (const SimWindow &w : list) {
        const double x1 = xOf(w.startMs);
        const double x2 = xOf(w.startMs + w.lengthMs);
        const double gap = std::min(3.0, (x2 - x1) * 0.15);
        const double barW = leaksAll > 0 ? (x2 - x1 - 2 * gap) * 0.7 : x2 - x1 - 2 * gap;
        const double hd = double(w.delivered) / y.top * f.plotHeight();
        const double hm = double(w.missing) / y.top * f.plotHeight();
        const QString when = clockTime(w.startMs) + QStringLiteral("–") + clockTime(w.startMs + w.lengthMs);
        const QString ratio = w.delivered + w.missing > 0
                                  ? percent(double(w.delivered) / double(w.delivered + w.missing))
                                  : QStringLiteral("–");
        const QString title = HtmlReportText::tr("%1: %2 of %3 delivered (%4), %5 missing, %6 leak(s), %7 change(s)")
                                  .arg(when)
                                  .arg(w.delivered)
                                  .arg(w.delivered + w.missing)
                                  .arg(ratio)
                                  .arg(w.missing)
                                  .arg(w.leaks)
                                  .arg(w.changes);
        delivery += rect(x1 + gap, f.bottomY() - hd, barW, hd, kDelivered, title);
        if (w.missing > 0)
            delivery += rect(x1 + gap, f.bottomY() - hd - hm, barW, hm, kMissing, title);
        if (w.leaks > 0) {
            const double hl = double(w.leaks) / y.top * f.plotHeight();
            delivery += rect(x1 + gap + barW, f.bottomY() - hl, (x2 - x1 - 2 * gap) * 0.3, hl, kLeak, title);
        }
    }
    delivery += QStringLiteral("</svg>");

    // p95 per window.
    double top = 1;
    for (const SimWindow &w : list) {
        for (const LatencyHistogram *h : {&w.frame, &w.model, &w.emit}) {
            const std::optional<qint64> v = h->percentile(95);
            if (v)
                top = std::max(top, double(*v));
        }
    }
    const double dataTop = top;
    QList<std::pair<QString, double>> limits;  // shown only when they fit the data's scale
    QStringList offScale;
    const struct
    {
        QStringList metrics;
        QString colour;
        QString name;
    } limitSpecs[] = {{{QStringLiteral("window_p95_ms"), QStringLiteral("p95_ms")}, kFrame, QStringLiteral("p95")},
                      {{QStringLiteral("model_window_p95_ms"), QStringLiteral("model_p95_ms")}, kModel,
                       QStringLiteral("model p95")}};
    for (const auto &spec : limitSpecs) {
        const std::optional<double> limit = limitOf(spec.metrics);
        if (!limit)
            continue;
        if (*limit <= dataTop * 2.5) {
            limits.append({spec.colour, *limit});
            top = std::max(top, *limit);
        } else {
            offScale.append(HtmlReportText::tr("%1 limit %2 ms").arg(spec.name, formatMetric(*limit)));
        }
    }
    y = linearAxis(top);
    QString p95 = svgOpen(f, HtmlReportText::tr("p95 latency per window"));
    p95 += yGrid(f, y, HtmlReportText::tr("ms"));
    p95 += xAxis();
    for (const auto &[colour, limit] : limits) {
        const double ly = f.bottomY() - limit / y.top * f.plotHeight();
        p95 += line(f.left, ly, f.width - f.right, ly, colour, 1.5, QStringLiteral(" stroke-dasharray=\"6 4\""));
        p95 += text(f.width - f.right - 2, ly - 4, HtmlReportText::tr("limit %1 ms").arg(formatMetric(limit)), QStringLiteral("end"),
                    QStringLiteral("limit"));
    }
    const struct
    {
        const LatencyHistogram SimWindow::*h;
        QString colour;
        QString name;
    } series[] = {{&SimWindow::emit, kEmit, HtmlReportText::tr("emit → frame")},
                  {&SimWindow::model, kModel, HtmlReportText::tr("POST → table")},
                  {&SimWindow::frame, kFrame, HtmlReportText::tr("POST → frame")}};
    for (const auto &s : series) {
        QString path;
        QString dots;
        bool penDown = false;
        for (const SimWindow &w : list) {
            const std::optional<qint64> v = (w.*s.h).percentile(95);
            if (!v) {
                penDown = false;
                continue;
            }
            const double x = (xOf(w.startMs) + xOf(w.startMs + w.lengthMs)) / 2;
            const double yy = f.bottomY() - double(*v) / y.top * f.plotHeight();
            path += QStringLiteral("%1%2 %3 ").arg(penDown ? QStringLiteral("L") : QStringLiteral("M"), fixed(x, 1), fixed(yy, 1));
            penDown = true;
            dots += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"3\" fill=\"%3\"><title>%4</title></circle>")
                        .arg(fixed(x, 1), fixed(yy, 1), s.colour,
                             esc(HtmlReportText::tr("%1 %2: p95 %3 ms (%4 samples)")
                                     .arg(clockTime(w.startMs), s.name)
                                     .arg(*v)
                                     .arg((w.*s.h).count())));
        }
        if (!path.isEmpty())
            p95 += QStringLiteral("<path d=\"%1\" fill=\"none\" stroke=\"%2\" stroke-width=\"2\" "
                                  "stroke-linejoin=\"round\"/>")
                       .arg(path.trimmed(), s.colour);
        p95 += dots;
    }
    p95 += QStringLiteral("</svg>");

    QList<std::pair<QString, QString>> deliveryLegend{{kDelivered, HtmlReportText::tr("delivered")}, {kMissing, HtmlReportText::tr("missing")}};
    if (leaksAll > 0)
        deliveryLegend.append({kLeak, HtmlReportText::tr("leaks")});
    out += QStringLiteral("<div class=\"grid2\"><figure><figcaption>%1</figcaption>%2%3</figure>"
                          "<figure><figcaption>%4</figcaption>%5%6</figure></div>")
               .arg(esc(HtmlReportText::tr("Receipts per window")), delivery, legend(deliveryLegend),
                    esc(HtmlReportText::tr("p95 latency per window")), p95,
                    legend({{kFrame, HtmlReportText::tr("POST → frame")}, {kModel, HtmlReportText::tr("POST → table")}, {kEmit, HtmlReportText::tr("emit → frame")}}));
    if (!offScale.isEmpty())
        out += QStringLiteral("<p class=\"muted\">%1</p>")
                   .arg(esc(HtmlReportText::tr("Far below the limits (not drawn): %1.").arg(offScale.join(QStringLiteral(", ")))));
    sectionClose();
}

void Page::delivery()
{
    const SimCounters &c = r.counters;
    sectionOpen(QStringLiteral("delivery"), HtmlReportText::tr("Delivery"),
                esc(HtmlReportText::tr("Every count of the run. A receipt is one tracked change at one user that was Live when "
                       "it was posted; frames are counted by the server's seq numbers.")));
    const auto count = [](const QString &label, qint64 value, const QString &hint, bool problem) {
        return Tile{label, n(value), hint,
                    problem ? (value > 0 ? QStringLiteral("bad") : QStringLiteral("good")) : QString()};
    };
    const std::optional<double> cd = r.changeDelivery();
    const std::optional<double> d = r.delivery();
    out += QStringLiteral("<h3>%1</h3>").arg(esc(HtmlReportText::tr("Receipts of tracked changes")));
    tiles({count(HtmlReportText::tr("Expected"), c.expected, HtmlReportText::tr("change × target user Live at the POST"), false),
           count(HtmlReportText::tr("Delivered"), c.delivered, HtmlReportText::tr("within timeout_s"), false),
           count(HtmlReportText::tr("Missing"), c.missing, HtmlReportText::tr("never came, user stayed Live"), true),
           count(HtmlReportText::tr("Late"), c.late, HtmlReportText::tr("after timeout_s (also missing)"), true),
           count(HtmlReportText::tr("Missed while down"), c.missedWhileDown, HtmlReportText::tr("socket down in between; not in the ratio"), false),
           Tile{HtmlReportText::tr("Change delivery"), cd ? percent(*cd) : HtmlReportText::tr("n/a"), HtmlReportText::tr("delivered / (delivered + missing)"),
                !cd ? QStringLiteral("na") : *cd >= 1.0 ? QStringLiteral("good") : QStringLiteral("bad")}});
    out += QStringLiteral("<h3>%1</h3>").arg(esc(HtmlReportText::tr("Streams")));
    const bool noSeq = r.notApplicable.contains(QStringLiteral("delivery"));
    tiles({count(HtmlReportText::tr("Frames"), c.frames, HtmlReportText::tr("data_update frames with a seq"), false),
           count(HtmlReportText::tr("Missed events"), c.missedEvents, HtmlReportText::tr("seq numbers never received"), true),
           count(HtmlReportText::tr("Seq gaps"), c.seqGaps, HtmlReportText::tr("gaps in a user's seq stream"), true),
           Tile{HtmlReportText::tr("Delivery by seq"), noSeq ? HtmlReportText::tr("n/a") : d ? percent(*d) : HtmlReportText::tr("n/a"),
                noSeq ? r.notApplicable.value(QStringLiteral("delivery")) : HtmlReportText::tr("frames / (frames + missed events)"),
                noSeq || !d ? QStringLiteral("na") : *d >= 1.0 ? QStringLiteral("good") : QStringLiteral("bad")},
           count(HtmlReportText::tr("Duplicates"), c.duplicates, HtmlReportText::tr("the same event twice at one user"), true),
           count(HtmlReportText::tr("Order violations"), c.orderViolations, HtmlReportText::tr("a frame older than one already seen"), true)});
    out += QStringLiteral("<h3>%1</h3>").arg(esc(HtmlReportText::tr("Isolation and tables")));
    tiles({count(HtmlReportText::tr("Leaks"), c.leaks, HtmlReportText::tr("received outside the change's units"), true),
           r.verified ? count(HtmlReportText::tr("Lost updates"), c.lostUpdates,
                              HtmlReportText::tr("%1 users compared as %2").arg(c.usersVerified).arg(r.verifiedAs), true)
                      : Tile{HtmlReportText::tr("Lost updates"), HtmlReportText::tr("not verified"), HtmlReportText::tr("tables not compared with the server"),
                             QStringLiteral("na")},
           count(HtmlReportText::tr("Tables showing the change"), c.modelShown, HtmlReportText::tr("watched rows that showed it"), false),
           count(HtmlReportText::tr("Tables not showing it"), c.modelMissing, HtmlReportText::tr("within timeout_s"), true),
           count(HtmlReportText::tr("Unexpected events"), c.unexpectedEvents, HtmlReportText::tr("changes this run did not make"), false),
           count(HtmlReportText::tr("Notifications"), c.notifications, HtmlReportText::tr("personal, received by their user"), false)});
    out += QStringLiteral("<h3>%1</h3>").arg(esc(HtmlReportText::tr("Actions and sessions")));
    const std::optional<double> rpe = r.metric(QStringLiteral("refetches_per_event"));
    tiles({count(HtmlReportText::tr("Actions accepted"), c.actions, HtmlReportText::tr("2xx"), false),
           count(HtmlReportText::tr("Actions refused"), c.actionErrors, HtmlReportText::tr("refused or failed"), true),
           count(HtmlReportText::tr("Ticks skipped"), c.actionsSkipped, HtmlReportText::tr("max_in_flight, or nothing to act on"), false),
           count(HtmlReportText::tr("Changes tracked"), c.changes, QString(), false),
           count(HtmlReportText::tr("Refetches"), c.refetches, rpe ? HtmlReportText::tr("%1 per event").arg(fixed(*rpe, 2)) : QString(), false),
           count(HtmlReportText::tr("Reconnects"), c.reconnects, HtmlReportText::tr("attempts during the run"), false),
           count(HtmlReportText::tr("Not Live at the end"), c.notLive, QString(), true),
           count(HtmlReportText::tr("Setup failures"), c.setupFailures, HtmlReportText::tr("could not sign in or go Live"), true)});
    sectionClose();
}

void Page::stages()
{
    if (r.stages.isEmpty())
        return;  // a run without stages has no such section
    sectionOpen(QStringLiteral("stages"), HtmlReportText::tr("Stages"),
                esc(HtmlReportText::tr("The ramp, stage by stage: users signed in at the stage's end (its target), users that "
                       "joined and left, the rate it ramped to, and the figures of the changes posted in it — "
                       "where freshness starts to break.")));
    out += QStringLiteral("<table id=\"stage-table\"><thead><tr><th>#</th><th>%1</th><th class=\"n\">%2</th>"
                          "<th class=\"n\">%3</th><th class=\"n\">%4</th><th class=\"n\">%5</th>"
                          "<th class=\"n\">%6</th><th class=\"n\">%7</th><th class=\"n\">%8</th>"
                          "<th class=\"n\">%9</th><th class=\"n\">%10</th></tr></thead><tbody>")
               .arg(esc(HtmlReportText::tr("Stage")), esc(HtmlReportText::tr("Duration")), esc(HtmlReportText::tr("Users (target)")), esc(HtmlReportText::tr("Joined / left")),
                    esc(HtmlReportText::tr("Rate")), esc(HtmlReportText::tr("Actions")), esc(HtmlReportText::tr("Delivered / expected")), esc(HtmlReportText::tr("Missing")),
                    esc(HtmlReportText::tr("POST → frame p50 / p95")), esc(HtmlReportText::tr("POST → table p50 / p95")));
    for (const SimStage &st : r.stages) {
        const bool bad = st.figures.missing > 0 || st.figures.leaks > 0;
        out += QStringLiteral("<tr%1><td>%2</td><td>%3</td><td class=\"n\">%4 s</td><td class=\"n\">%5 (%6)</td>"
                              "<td class=\"n\">%7 / %8</td><td class=\"n\">%9/s</td>")
                   .arg(bad ? QStringLiteral(" class=\"bad\"") : QString(), n(st.index + 1), esc(st.name),
                        fixed(double(st.endMs - st.startMs) / 1000.0, 1), n(st.users), n(st.usersTarget),
                        n(st.joined), n(st.left), esc(formatMetric(st.rate)));
        out += QStringLiteral("<td class=\"n\">%1</td><td class=\"n\">%2 / %3</td><td class=\"n%4\">%5</td>"
                              "<td class=\"n\">%6 / %7 ms</td><td class=\"n\">%8 / %9 ms</td></tr>")
                   .arg(n(st.actions), n(st.figures.delivered), n(st.figures.expected),
                        st.figures.missing > 0 ? QStringLiteral(" hot") : QString(), n(st.figures.missing),
                        pct(st.figures.frame, 50), pct(st.figures.frame, 95), pct(st.figures.model, 50),
                        pct(st.figures.model, 95));
    }
    out += QStringLiteral("</tbody></table>");
    sectionClose();
}

void Page::storms()
{
    sectionOpen(QStringLiteral("storms"), HtmlReportText::tr("Reconnect storms"),
                esc(HtmlReportText::tr("Every socket closed at once (by the server, or cut by the client): how long until the "
                       "users were Live again and had refetched every open view.")));
    if (r.storms.isEmpty()) {
        out += QStringLiteral("<p class=\"muted\">%1</p>").arg(esc(HtmlReportText::tr("This scenario triggered no storm.")));
        sectionClose();
        return;
    }
    out += QStringLiteral("<table><thead><tr><th>#</th><th>%1</th><th>%2</th><th class=\"n\">%3</th>"
                          "<th class=\"n\">%4</th><th class=\"n\">%5</th><th class=\"n\">%6</th>"
                          "<th class=\"n\">%7</th><th class=\"n\">%8</th></tr></thead><tbody>")
               .arg(esc(HtmlReportText::tr("Method")), esc(HtmlReportText::tr("At")), esc(HtmlReportText::tr("Users down")), esc(HtmlReportText::tr("Not back")),
                    esc(HtmlReportText::tr("All Live after")), esc(HtmlReportText::tr("All resynced after")), esc(HtmlReportText::tr("Reconnect p50 / p95")),
                    esc(HtmlReportText::tr("Resync p50 / p95")));
    for (qsizetype i = 0; i < r.storms.size(); ++i) {
        const SimStorm &s = r.storms.at(i);
        const bool allBack = s.notBack == 0 && !s.reconnect.isEmpty();
        const QString live = allBack ? n(s.reconnect.max()) + QStringLiteral(" ms") : QStringLiteral("–");
        const QString resynced =
            allBack && !s.resync.isEmpty() ? n(s.resync.max()) + QStringLiteral(" ms") : QStringLiteral("–");
        out += QStringLiteral("<tr%1><td>%2</td><td>%3</td><td>%4</td><td class=\"n\">%5</td><td class=\"n%6\">%7</td>"
                              "<td class=\"n\">%8</td><td class=\"n\">%9</td>")
                   .arg(s.notBack > 0 ? QStringLiteral(" class=\"bad\"") : QString(), n(i + 1), esc(s.method),
                        esc(s.atMs > 0 ? utc(s.atMs) : QStringLiteral("–")), n(s.affected),
                        s.notBack > 0 ? QStringLiteral(" hot") : QString(), n(s.notBack), live, resynced);
        out += QStringLiteral("<td class=\"n\">%1 / %2 ms</td><td class=\"n\">%3 / %4 ms</td></tr>")
                   .arg(pct(s.reconnect, 50), pct(s.reconnect, 95), pct(s.resync, 50), pct(s.resync, 95));
    }
    out += QStringLiteral("</tbody></table>");

    // Users back Live over time, one small chart per storm.
    out += QStringLiteral("<div class=\"grid2\" style=\"margin-top:12px\">");
    for (qsizetype i = 0; i < r.storms.size() && i < 6; ++i) {
        const SimStorm &s = r.storms.at(i);
        if (s.timeline.isEmpty() || s.affected <= 0)
            continue;
        ChartBox f;
        f.width = 580;
        f.height = 200;
        const double spanMs = double(s.timeline.size()) * s.timelineBucketMs;
        const LinearAxis y = linearAxis(double(s.affected));
        QString svg = svgOpen(f, HtmlReportText::tr("Users back Live after storm %1").arg(i + 1));
        svg += yGrid(f, y, HtmlReportText::tr("users Live"));
        const double step = niceStep(spanMs / 6);
        for (double v = 0; v <= spanMs + 1e-6; v += step) {
            const double x = f.left + v / spanMs * f.plotWidth();
            svg += line(x, f.bottomY(), x, f.bottomY() + 4, kAxis);
            svg += text(x, f.bottomY() + 16, msLabel(v));
        }
        svg += text(f.left + f.plotWidth() / 2, f.height - 3, HtmlReportText::tr("ms since the trigger"), QStringLiteral("middle"),
                    QStringLiteral("cap"));
        const double ay = f.bottomY() - double(s.affected) / y.top * f.plotHeight();
        svg += line(f.left, ay, f.width - f.right, ay, kAxis, 1, QStringLiteral(" stroke-dasharray=\"4 4\""));
        QString path = QStringLiteral("M%1 %2").arg(fixed(f.left, 1), fixed(f.bottomY(), 1));
        qint64 back = 0;
        for (qsizetype b = 0; b < s.timeline.size(); ++b) {
            back += s.timeline.at(b);
            const double x = f.left + double(b + 1) * s.timelineBucketMs / spanMs * f.plotWidth();
            const double yy = f.bottomY() - double(back) / y.top * f.plotHeight();
            path += QStringLiteral(" V%1 H%2").arg(fixed(yy, 1), fixed(x, 1));
        }
        svg += QStringLiteral("<path d=\"%1\" fill=\"none\" stroke=\"%2\" stroke-width=\"2\"/>").arg(path, kFrame);
        svg += QStringLiteral("</svg>");
        out += QStringLiteral("<figure><figcaption>%1</figcaption>%2</figure>")
                   .arg(esc(HtmlReportText::tr("Storm %1: users back Live (%2 went down)").arg(i + 1).arg(s.affected)), svg);
    }
    out += QStringLiteral("</div>");
    sectionClose();
}

void Page::leaks()
{
    const qint64 all = r.counters.leaks;
    sectionOpen(QStringLiteral("leaks"), HtmlReportText::tr("Leaks"),
                esc(HtmlReportText::tr("Changes received by a user outside the change's units, or a notification received by "
                       "someone other than its user.")));
    if (all == 0 && r.leaks.isEmpty()) {
        out += QStringLiteral("<p class=\"ok\">%1</p>").arg(esc(HtmlReportText::tr("No leaks: every receipt was meant for its user.")));
        sectionClose();
        return;
    }
    out += QStringLiteral("<p class=\"problem\">%1</p>")
               .arg(esc(HtmlReportText::tr("%1 leak(s) in all; the first %2 follow.").arg(all).arg(r.leaks.size())));
    out += QStringLiteral("<div class=\"scroll\"><table><thead><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th>"
                          "<th>%5</th></tr></thead><tbody>")
               .arg(esc(HtmlReportText::tr("At (UTC)")), esc(HtmlReportText::tr("Received by")), esc(HtmlReportText::tr("Unit")), esc(HtmlReportText::tr("What")), esc(HtmlReportText::tr("Meant for")));
    for (const SimLeak &l : r.leaks) {
        QStringList units;
        for (const EntityId &u : l.targetUnits)
            units.append(u.toString());
        const QString meant = l.targetUserId.isValid()
                                  ? HtmlReportText::tr("user %1").arg(l.targetUsername.isEmpty() ? l.targetUserId.toString()
                                                                                 : l.targetUsername)
                                  : HtmlReportText::tr("unit %1").arg(units.join(QStringLiteral(", ")));
        const QString what = QStringLiteral("%1 %2 → %3%4")
                                 .arg(l.entity, l.entityId.toString(), l.status,
                                      l.number.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(l.number));
        out += QStringLiteral("<tr title=\"%6\"><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                   .arg(esc(l.atMs > 0 ? clockTime(l.atMs) : QStringLiteral("–")), esc(l.username),
                        esc(l.unitId.toString()), esc(what), esc(meant), esc(l.describe()));
    }
    out += QStringLiteral("</tbody></table></div>");
    sectionClose();
}

void Page::lostUpdates()
{
    sectionOpen(QStringLiteral("lost-updates"), HtmlReportText::tr("Lost updates"),
                esc(HtmlReportText::tr("After the run, every user's tables were compared row by row with the server's; a row "
                       "that still differed 1.5 s later is a lost update.")));
    if (!r.verified) {
        out += QStringLiteral("<p class=\"note\">%1</p>")
                   .arg(esc(HtmlReportText::tr("Not verified: the tables were not compared with the server (no admin account, or "
                               "the run ended before).")));
        sectionClose();
        return;
    }
    if (r.counters.lostUpdates == 0 && r.lostUpdates.isEmpty()) {
        out += QStringLiteral("<p class=\"ok\">%1</p>")
                   .arg(esc(HtmlReportText::tr("None: the tables of %1 users equal the server's (compared as %2).")
                                .arg(r.counters.usersVerified)
                                .arg(r.verifiedAs)));
        sectionClose();
        return;
    }
    out += QStringLiteral("<p class=\"problem\">%1</p>")
               .arg(esc(HtmlReportText::tr("%1 row(s) differ from the server's; the first %2 follow.")
                            .arg(r.counters.lostUpdates)
                            .arg(r.lostUpdates.size())));
    out += QStringLiteral("<div class=\"scroll\"><table><thead><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th>"
                          "<th>%5</th><th>%6</th><th>%7</th><th>%8</th></tr></thead><tbody>")
               .arg(esc(HtmlReportText::tr("User")), esc(HtmlReportText::tr("Unit")), esc(HtmlReportText::tr("View")), esc(HtmlReportText::tr("Row")), esc(HtmlReportText::tr("Problem")),
                    esc(HtmlReportText::tr("Fields")), esc(HtmlReportText::tr("User's table")), esc(HtmlReportText::tr("Server")));
    for (const SimLostUpdate &l : r.lostUpdates) {
        out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td>"
                              "<td><code>%7</code></td><td><code>%8</code></td></tr>")
                   .arg(esc(l.username), esc(l.unitId.toString()), esc(l.view), esc(l.rowId.toString()),
                        esc(QString(l.problem).replace(QLatin1Char('_'), QLatin1Char(' '))), esc(l.fields.join(QStringLiteral(", "))),
                        esc(l.local), esc(l.server));
    }
    out += QStringLiteral("</tbody></table></div>");
    sectionClose();
}

void Page::users()
{
    sectionOpen(QStringLiteral("users"), HtmlReportText::tr("Users"),
                esc(HtmlReportText::tr("One row per virtual user, the ones with problems first. Click a column header to sort.")));
    if (r.userStats.isEmpty()) {
        out += QStringLiteral("<p class=\"muted\">%1</p>").arg(esc(HtmlReportText::tr("No per-user figures in this report.")));
        sectionClose();
        return;
    }
    QList<SimUserStats> rows = r.userStats;
    // Ramping: a user a stage signed out (or never asked in) is where it should be.
    const auto stateOk = [](const SimUserStats &u) {
        return u.state == QLatin1String("live") || u.state == QLatin1String("left") ||
               u.state == QLatin1String("not_joined");
    };
    const auto trouble = [&stateOk](const SimUserStats &u) {
        return u.missing + u.late + u.leaks + u.duplicates + u.orderViolations + u.missedEvents + u.lostUpdates +
               (stateOk(u) ? 0 : 1000000);
    };
    std::stable_sort(rows.begin(), rows.end(),
                     [&](const SimUserStats &a, const SimUserStats &b) { return trouble(a) > trouble(b); });
    QSet<QString> servers;
    for (const SimUserStats &u : rows)
        servers.insert(u.server);
    const bool serverColumn = servers.size() > 1;

    struct Column
    {
        QString title;
        bool number;
    };
    QList<Column> columns{{HtmlReportText::tr("User"), false},      {HtmlReportText::tr("Unit"), false},       {HtmlReportText::tr("Role"), false},
                          {HtmlReportText::tr("State"), false},     {HtmlReportText::tr("Expected"), true},    {HtmlReportText::tr("Received"), true},
                          {HtmlReportText::tr("Missing"), true},    {HtmlReportText::tr("Late"), true},        {HtmlReportText::tr("Leaks"), true},
                          {HtmlReportText::tr("Dupl."), true},      {HtmlReportText::tr("Order"), true},       {HtmlReportText::tr("Missed ev."), true},
                          {HtmlReportText::tr("Gaps"), true},       {HtmlReportText::tr("Refetches"), true},   {HtmlReportText::tr("Reconn."), true},
                          {HtmlReportText::tr("Lost"), true},       {HtmlReportText::tr("Mean ms"), true},     {HtmlReportText::tr("Max ms"), true}};
    bool errorColumn = false;
    for (const SimUserStats &u : rows)
        errorColumn = errorColumn || !u.error.isEmpty();
    if (serverColumn)
        columns.append({HtmlReportText::tr("Server"), false});
    if (errorColumn)
        columns.append({HtmlReportText::tr("Error"), false});
    out += QStringLiteral("<div class=\"scroll\"><table class=\"sortable\" id=\"user-table\"><thead><tr>");
    for (const Column &c : columns)
        out += QStringLiteral("<th%1 aria-sort=\"none\"><button type=\"button\">%2</button></th>")
                   .arg(c.number ? QStringLiteral(" class=\"n\" data-type=\"number\"") : QString(), esc(c.title));
    out += QStringLiteral("</tr></thead><tbody>");
    const auto cell = [](qint64 v, bool problem) {
        return QStringLiteral("<td class=\"n%1\">%2</td>")
            .arg(problem && v > 0 ? QStringLiteral(" hot") : QString(), n(v));
    };
    for (const SimUserStats &u : rows) {
        const bool bad = trouble(u) > 0;
        out += QStringLiteral("<tr%1><td>%2</td><td>%3</td><td>%4</td><td%5>%6</td>")
                   .arg(bad ? QStringLiteral(" class=\"bad\"") : QString(), esc(u.username), esc(u.unitId.toString()),
                        esc(u.role),
                        stateOk(u) ? QString() : QStringLiteral(" class=\"hot\""),
                        esc(u.state));
        out += cell(u.expected, false) + cell(u.received, false) + cell(u.missing, true) + cell(u.late, true) +
               cell(u.leaks, true) + cell(u.duplicates, true) + cell(u.orderViolations, true) +
               cell(u.missedEvents, true) + cell(u.seqGaps, true) + cell(u.refetches, false) +
               cell(u.reconnects, false) + cell(u.lostUpdates, true);
        const double mean = u.meanLatencyMs();
        out += QStringLiteral("<td class=\"n\" data-v=\"%1\">%2</td><td class=\"n\" data-v=\"%3\">%4</td>")
                   .arg(mean < 0 ? QStringLiteral("-1") : fixed(mean, 1), mean < 0 ? QStringLiteral("–") : fixed(mean, 1))
                   .arg(u.maxLatencyMs)
                   .arg(u.maxLatencyMs < 0 ? QStringLiteral("–") : n(u.maxLatencyMs));
        if (serverColumn)
            out += QStringLiteral("<td>%1</td>").arg(esc(safeUrl(u.server)));
        if (errorColumn)
            out += QStringLiteral("<td class=\"muted\">%1</td>").arg(esc(redactSecrets(u.error)));
        out += QStringLiteral("</tr>");
    }
    out += QStringLiteral("</tbody></table></div>");
    sectionClose();
}

QString jsonValueText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double:
        return formatMetric(v.toDouble());
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &item : v.toArray())
            parts.append(jsonValueText(item));
        return parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    default:
        return QString();
    }
}

void Page::scenario()
{
    const QJsonObject &s = r.scenario;
    sectionOpen(QStringLiteral("scenario"), HtmlReportText::tr("Scenario"),
                esc(s.value(QLatin1String("description")).toString(HtmlReportText::tr("The scenario as it was run."))));
    if (s.isEmpty()) {
        out += QStringLiteral("<p class=\"muted\">%1</p>").arg(esc(HtmlReportText::tr("The report does not hold its scenario.")));
        sectionClose();
        return;
    }
    QList<std::pair<QString, QString>> rows;
    const auto add = [&](const QString &label, const QString &value) {
        if (!value.isEmpty())
            rows.append({label, esc(value)});
    };
    const QJsonObject users = s.value(QLatin1String("users")).toObject();
    add(HtmlReportText::tr("Name"), s.value(QLatin1String("name")).toString());
    if (!users.isEmpty())
        add(HtmlReportText::tr("Users"), HtmlReportText::tr("%1 unit(s) × %2 per unit")
                             .arg(jsonValueText(users.value(QLatin1String("units"))),
                                  jsonValueText(users.value(QLatin1String("per_unit")))));
    add(HtmlReportText::tr("Views"), jsonValueText(s.value(QLatin1String("views"))));
    if (s.contains(QLatin1String("rate")))
        add(HtmlReportText::tr("Rate"), HtmlReportText::tr("%1 actions/s (%2)")
                            .arg(jsonValueText(s.value(QLatin1String("rate"))),
                                 s.value(QLatin1String("arrival")).toString(QStringLiteral("constant"))));
    if (s.contains(QLatin1String("duration_s")))
        add(HtmlReportText::tr("Duration"), jsonValueText(s.value(QLatin1String("duration_s"))) + QStringLiteral(" s"));
    // The other timings and the engine's settings, one line each, as the file names them.
    QStringList timings;
    for (const char *key : {"warmup_s", "settle_s", "timeout_s", "window_s", "ready_timeout_s", "storm_timeout_s"}) {
        if (s.contains(QLatin1String(key)))
            timings.append(QStringLiteral("%1 %2").arg(QLatin1String(key), jsonValueText(s.value(QLatin1String(key)))));
    }
    add(HtmlReportText::tr("Timings"), timings.join(QStringLiteral(", ")));
    QStringList engine;
    for (const char *key : {"max_in_flight", "sign_in_concurrency", "coalesce_ms", "seed"}) {
        if (s.contains(QLatin1String(key)))
            engine.append(QStringLiteral("%1 %2").arg(QLatin1String(key), jsonValueText(s.value(QLatin1String(key)))));
    }
    add(HtmlReportText::tr("Engine"), engine.join(QStringLiteral(", ")));
    const QJsonObject live = s.value(QLatin1String("live")).toObject();
    if (!live.isEmpty()) {
        QStringList parts;
        for (auto it = live.constBegin(); it != live.constEnd(); ++it)
            parts.append(QStringLiteral("%1 %2").arg(it.key(), jsonValueText(it.value())));
        add(HtmlReportText::tr("Live timings"), parts.join(QStringLiteral(", ")));
    }
    out += QStringLiteral("<div class=\"grid2\"><div>");
    keyValues(rows);
    out += QStringLiteral("</div><div>");
    const QJsonArray steps = s.value(QLatin1String("steps")).toArray();
    out += QStringLiteral("<table><thead><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th class=\"n\">%5</th>"
                          "</tr></thead><tbody>")
               .arg(esc(HtmlReportText::tr("Step")), esc(HtmlReportText::tr("Kind")), esc(HtmlReportText::tr("Unit")), esc(HtmlReportText::tr("Destination / method")),
                    esc(HtmlReportText::tr("Weight / at")));
    for (const QJsonValue &v : steps) {
        const QJsonObject step = v.toObject();
        const QString weight = step.contains(QLatin1String("at_s"))
                                   ? HtmlReportText::tr("at %1 s").arg(jsonValueText(step.value(QLatin1String("at_s"))))
                                   : jsonValueText(step.value(QLatin1String("weight")));
        const QString extra = step.contains(QLatin1String("destination"))
                                  ? jsonValueText(step.value(QLatin1String("destination")))
                                  : jsonValueText(step.value(QLatin1String("method")));
        out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td class=\"n\">%5</td></tr>")
                   .arg(esc(jsonValueText(step.value(QLatin1String("action")))),
                        esc(jsonValueText(step.value(QLatin1String("kind")))),
                        esc(jsonValueText(step.value(QLatin1String("unit")))), esc(extra), esc(weight));
    }
    out += QStringLiteral("</tbody></table>");
    const QJsonArray thresholds = s.value(QLatin1String("thresholds")).toArray();
    if (!thresholds.isEmpty()) {
        out += QStringLiteral("<h3>%1</h3><ul class=\"plain\">").arg(esc(HtmlReportText::tr("Thresholds of the scenario")));
        for (const QJsonValue &t : thresholds)
            out += QStringLiteral("<li><code>%1</code></li>").arg(esc(t.toString()));
        out += QStringLiteral("</ul>");
    }
    out += QStringLiteral("</div></div>");
    out += QStringLiteral("<details><summary>%1</summary><pre>%2</pre></details>")
               .arg(esc(HtmlReportText::tr("The scenario as JSON")),
                    esc(redactSecrets(QString::fromUtf8(QJsonDocument(s).toJson(QJsonDocument::Indented)))));
    sectionClose();
}

void Page::conditions()
{
    sectionOpen(QStringLiteral("conditions"), HtmlReportText::tr("Conditions of the run"));
    QStringList servers;
    for (const QString &s : r.servers)
        servers.append(esc(safeUrl(s)));
    QList<std::pair<QString, QString>> rows{
        {HtmlReportText::tr("Server(s)"), servers.isEmpty() ? QStringLiteral("–") : QStringLiteral("<code>%1</code>")
                                                                         .arg(servers.join(QStringLiteral("</code><br><code>")))},
        {HtmlReportText::tr("Shards"), esc(HtmlReportText::tr("%1 of %2").arg(r.shards.join(QStringLiteral(", ")), n(r.shardCount)))},
        {HtmlReportText::tr("Users"), esc(HtmlReportText::tr("%1 in %2 unit(s)").arg(r.users).arg(r.units))},
        {HtmlReportText::tr("Rate"), esc(HtmlReportText::tr("%1 actions/s (all shards)").arg(formatMetric(r.rate)))},
        {HtmlReportText::tr("Duration"), esc(HtmlReportText::tr("%1 s of actions").arg(formatMetric(r.durationS)))},
        {HtmlReportText::tr("Windows"), esc(HtmlReportText::tr("%1 s").arg(formatMetric(r.windowMs / 1000.0)))},
        {HtmlReportText::tr("Started"), esc(utc(r.startedAtMs))},
        {HtmlReportText::tr("Finished"), esc(utc(r.finishedAtMs))},
        {HtmlReportText::tr("Actions"), esc(r.runStartMs > 0 ? HtmlReportText::tr("%1 → %2").arg(utc(r.runStartMs), utc(r.runEndMs)) : QStringLiteral("–"))},
        {HtmlReportText::tr("Tables verified"), esc(r.verified ? HtmlReportText::tr("yes, as %1").arg(r.verifiedAs) : HtmlReportText::tr("no"))},
    };
    if (!r.notApplicable.isEmpty()) {
        QStringList na;
        for (auto it = r.notApplicable.cbegin(); it != r.notApplicable.cend(); ++it)
            na.append(QStringLiteral("<code>%1</code>: %2").arg(esc(it.key()), esc(it.value())));
        rows.append({HtmlReportText::tr("Not provided by this server"), na.join(QStringLiteral("<br>"))});
    }
    out += QStringLiteral("<div class=\"grid2\"><div>");
    keyValues(rows);
    out += QStringLiteral("</div><div>");
    if (!r.notes.isEmpty()) {
        out += QStringLiteral("<h3 style=\"margin-top:0\">%1</h3><ul class=\"plain\">").arg(esc(HtmlReportText::tr("Notes")));
        for (const QString &note : r.notes)
            out += QStringLiteral("<li>%1</li>").arg(esc(redactSecrets(note)));
        out += QStringLiteral("</ul>");
    }
    if (!r.processes.isEmpty()) {
        out += QStringLiteral("<h3>%1</h3><table><thead><tr><th>%2</th><th class=\"n\">%3</th><th class=\"n\">%4</th>"
                              "<th class=\"n\">%5</th><th class=\"n\">%6</th><th class=\"n\">%7</th></tr></thead><tbody>")
                   .arg(esc(HtmlReportText::tr("Simulator process")), esc(HtmlReportText::tr("Shard")), esc(HtmlReportText::tr("Users")), esc(HtmlReportText::tr("RSS peak")),
                        esc(HtmlReportText::tr("per user")), esc(HtmlReportText::tr("CPU per event")), esc(HtmlReportText::tr("Run")));
        for (const SimProcessStats &p : r.processes) {
            out += QStringLiteral("<tr><td>%1</td><td class=\"n\">%2</td><td class=\"n\">%3 MB</td><td class=\"n\">%4</td>"
                                  "<td class=\"n\">%5</td><td class=\"n\">%6 s</td></tr>")
                       .arg(esc(p.shard))
                       .arg(p.users)
                       .arg(fixed(p.rssPeakKb / 1024.0, 1),
                            p.users > 0 && p.rssReadyKb > p.rssBeforeKb
                                ? fixed(double(p.rssReadyKb - p.rssBeforeKb) / double(p.users), 1) + QStringLiteral(" KB")
                                : QStringLiteral("–"),
                            p.framesRun > 0 ? fixed(double(p.cpuRunMs) / double(p.framesRun), 3) + QStringLiteral(" ms")
                                            : QStringLiteral("–"),
                            fixed(p.runSeconds, 1));
        }
        out += QStringLiteral("</tbody></table>");
    }
    out += QStringLiteral("</div></div>");
    sectionClose();
}

void Page::script()
{
    // Sorts the per-user table by the clicked column (numbers by value, text naturally);
    // a second click reverses. Plain DOM, no network: works from file://.
    out += QStringLiteral(R"JS(<script>
(function () {
  var tables = document.querySelectorAll('table.sortable');
  Array.prototype.forEach.call(tables, function (table) {
    var heads = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads, function (th, col) {
      th.querySelector('button').addEventListener('click', function () {
        // Numbers first from the highest (the worst user on top), text from A; again reverses.
        var numeric = th.getAttribute('data-type') === 'number';
        var current = th.getAttribute('aria-sort');
        var asc = current === 'none' ? !numeric : current === 'descending';
        Array.prototype.forEach.call(heads, function (h) { h.setAttribute('aria-sort', 'none'); });
        th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        var key = function (row) {
          var cell = row.cells[col];
          var v = cell.hasAttribute('data-v') ? cell.getAttribute('data-v') : cell.textContent;
          return numeric ? parseFloat(v) || 0 : v;
        };
        rows.sort(function (a, b) {
          var x = key(a), y = key(b);
          var c = numeric ? x - y : String(x).localeCompare(String(y), undefined, {numeric: true});
          return asc ? c : -c;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });
})();
</script>
)JS");
}

QString Page::render()
{
    head();
    banner();
    verdicts();
    latency();
    windows();
    stages();
    delivery();
    storms();
    leaks();
    lostUpdates();
    users();
    scenario();
    conditions();
    out += QStringLiteral("</main>\n<footer>%1</footer>\n")
               .arg(esc(HtmlReportText::tr("%1 · report schema %2 · this page needs no network and no other file")
                            .arg(QCoreApplication::applicationVersion().isEmpty()
                                     ? QStringLiteral("dms-console")
                                     : QStringLiteral("dms-console %1").arg(QCoreApplication::applicationVersion()),
                                 SimReport::schemaName())));
    script();
    out += QStringLiteral("</body>\n</html>\n");
    return out;
}

}  // namespace

QByteArray simReportToHtml(const SimReport &report)
{
    return Page(report).render().toUtf8();
}

}  // namespace Dms
