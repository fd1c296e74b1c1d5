using System.Globalization;
using System.Text.Json.Nodes;
using KarmayogiBot.Assistant;
using KarmayogiBot.Assistant.Cards;
using KarmayogiBot.Assistant.Understanding;
using KarmayogiBot.Domain.Nudges;
using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Domain.Reporting;
using KarmayogiBot.Domain.Text;
using KarmayogiBot.Infrastructure.Exports;
using KarmayogiBot.Infrastructure.Reports;

namespace KarmayogiBot.Bot.Nodal;

/// <summary>
/// Nodal officers' zone commands: <c>summary [formation]</c>, <c>defaulters [formation]</c>, <c>export</c>, <c>nudge status</c>.
/// A nodal officer sees their own zone only; an admin every zone. The assistant checks the role before calling.
/// </summary>
public sealed class NodalDesk(ZoneSummaryService summaries, IOfficerStore officers, ExportLinks exports, INudgeHistory? nudges = null) : INodalDesk
{
    private const int DefaultersShown = 15;

    public async Task<IReadOnlyList<ReplyMessage>> AnswerAsync(Officer nodalOfficer, Understood command, DateOnly today, CancellationToken cancellationToken = default)
    {
        var language = command.Language;
        var scope = await ScopeAsync(nodalOfficer, command.Argument, cancellationToken);
        if (scope is null)
        {
            return [new ReplyMessage(Say.In(language,
                $"I find no formation \"{command.Argument}\" in your zone. Try \"summary\" for the whole zone.",
                $"आपके अंचल में \"{command.Argument}\" नाम की कोई संरचना नहीं मिली। पूरे अंचल के लिए \"summary\" लिखें।"))];
        }

        return command.Intent switch
        {
            Intent.NudgeStatus => [await NudgeStatusAsync(scope, language, cancellationToken)],
            Intent.Export => [await ExportAsync(scope, today, language, cancellationToken)],
            Intent.Defaulters => [Defaulters(await summaries.SummarizeAsync(scope, today, cancellationToken), language)],
            _ => [Summary(await summaries.SummarizeAsync(scope, today, cancellationToken), language)],
        };
    }

    /// <summary>The nodal officer's zone, narrowed to a formation of it when one is named; null when the name matches none.</summary>
    private async Task<OfficerScope?> ScopeAsync(Officer nodal, string? formation, CancellationToken cancellationToken)
    {
        var zone = nodal.Role == ProductRole.Admin ? null : nodal.Zone ?? "";
        if (string.IsNullOrWhiteSpace(formation))
        {
            return new OfficerScope(Zone: zone);
        }

        var wanted = TextNormalizer.Words(formation);
        var formations = (await officers.ListAsync(new OfficerScope(Zone: zone), cancellationToken))
            .Select(o => o.Formation).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var match = formations.FirstOrDefault(f => TextNormalizer.Words(f) == wanted)
            ?? formations.Where(f => TextNormalizer.Words(f).Contains(wanted, StringComparison.Ordinal)).OrderBy(f => f.Length).FirstOrDefault();
        return match is null ? null : new OfficerScope(Zone: zone, Formation: match);
    }

    private static ReplyMessage Summary(ZoneSummary summary, Language language)
    {
        var totals = summary.Totals;
        var place = summary.Scope.Formation ?? summary.Scope.Zone ?? Say.In(language, "all zones", "सभी अंचल");
        var title = Say.In(language, $"{place}: {summary.Cycle.Title}", $"{place}: {summary.Cycle.TitleHi}");
        var facts = new List<(string, string)>
        {
            (Say.In(language, "Officers", "अधिकारी"), totals.Officers.ToString(CultureInfo.InvariantCulture)),
            (Say.In(language, "Fully compliant", "पूर्ण अनुपालन"), Share(totals.Compliant, totals.Officers)),
            (Say.In(language, "Assessment passed", "मूल्यांकन उत्तीर्ण"), Share(totals.AssessmentPassed, totals.Officers)),
            (Say.In(language, "Right iGOT designation", "सही iGOT पदनाम"), Share(totals.DesignationCorrect, totals.Officers)),
            (Say.In(language, "Overdue", "समय-सीमा पार"), totals.Overdue.ToString(CultureInfo.InvariantCulture)),
            (Say.In(language, "Deadline", "अंतिम तिथि"), $"{Say.Date(summary.Cycle.Deadline)} ({Say.DaysLeft(language, summary.Cycle.Deadline, summary.AsOf)})"),
        };
        if (totals.UnknownRole > 0)
        {
            facts.Add((Say.In(language, "Role not known", "भूमिका अज्ञात"), totals.UnknownRole.ToString(CultureInfo.InvariantCulture)));
        }

        var lagging = summary.ByFormation.Where(f => f.Counts.Officers > 0).OrderBy(f => (double)f.Counts.Compliant / f.Counts.Officers).Take(3)
            .Select(f => $"{f.Name}: {Share(f.Counts.Compliant, f.Counts.Officers)}").ToList();
        var card = new AdaptiveCard().Title(title).Facts(facts)
            .Element(Donut(language, totals.Compliant, totals.Officers - totals.Compliant));
        if (lagging.Count > 1)
        {
            card.Text(Say.In(language, "Formations lagging most:", "सबसे पीछे की संरचनाएँ:"), bold: true).Bullets(lagging);
        }

        card.Submit(Say.In(language, "Defaulters", "डिफॉल्टर"), Ask("defaulters" + (summary.Scope.Formation is { } f1 ? $" {f1}" : "")))
            .Submit(Say.In(language, "Export .xlsx", ".xlsx निर्यात"), Ask("export"))
            .Submit(Say.In(language, "Nudge status", "नज स्थिति"), Ask("nudge status"));
        var text = string.Join("\n", facts.Select(f => $"{f.Item1}: {f.Item2}").Prepend($"**{title}**").Concat(lagging));
        return new ReplyMessage(text, card.Build(title));
    }

    private static ReplyMessage Defaulters(ZoneSummary summary, Language language)
    {
        var defaulters = summary.Defaulters.OrderBy(d => d.Officer.Officer.Formation).ThenBy(d => d.Officer.Officer.Name).ToList();
        var title = Say.In(language, $"Not yet compliant: {defaulters.Count} of {summary.Totals.Officers}", $"अभी अनुपालन नहीं: {summary.Totals.Officers} में से {defaulters.Count}");
        var lines = defaulters.Take(DefaultersShown).Select(d =>
        {
            var o = d.Officer.Officer;
            var pending = d.Report?.PendingCount ?? 0;
            var what = d.Report is null
                ? Say.In(language, "role not known (check designation and formation)", "भूमिका अज्ञात (पदनाम और संरचना जाँचें)")
                : Say.In(language, $"{pending} pending", $"{pending} लंबित") + (d.DesignationCorrect ? "" : Say.In(language, ", wrong iGOT designation", ", गलत iGOT पदनाम"));
            return $"{o.Name} ({o.EmployeeCode}, {o.Designation}, {o.Formation}): {what}";
        }).ToList();
        if (defaulters.Count > DefaultersShown)
        {
            lines.Add(Say.In(language, $"... and {defaulters.Count - DefaultersShown} more: \"export\" gives the full list.", $"... और {defaulters.Count - DefaultersShown}: पूरी सूची के लिए \"export\" लिखें।"));
        }

        var card = new AdaptiveCard().Title(title).Bullets(lines).Submit(Say.In(language, "Export .xlsx", ".xlsx निर्यात"), Ask("export"));
        return new ReplyMessage(string.Join("\n", lines.Prepend($"**{title}**")), card.Build(title));
    }

    private async Task<ReplyMessage> ExportAsync(OfficerScope scope, DateOnly today, Language language, CancellationToken cancellationToken)
    {
        var summary = await summaries.SummarizeAsync(scope, today, cancellationToken);
        var (id, path) = exports.NewFile();
        SummaryWorkbook.Write(summary, path);
        var link = exports.LinkFor(id).ToString();
        var title = Say.In(language, "Zone report (.xlsx)", "अंचल रिपोर्ट (.xlsx)");
        var text = Say.In(language,
            $"A summary sheet and the defaulters sheet in the circulars' report format ({summary.Totals.Officers} officers, {summary.Totals.NotCompliant} not yet compliant). The link works for 24 hours.",
            $"परिपत्रों के रिपोर्ट प्रारूप में सारांश और डिफॉल्टर शीट ({summary.Totals.Officers} अधिकारी, {summary.Totals.NotCompliant} अभी अनुपालन में नहीं)। लिंक 24 घंटे चलेगा।");
        var card = new AdaptiveCard().Title(title).Text(text).OpenUrl(Say.In(language, "Download", "डाउनलोड"), link);
        return new ReplyMessage($"**{title}**\n{text}\n{link}", card.Build(title));
    }

    private async Task<ReplyMessage> NudgeStatusAsync(OfficerScope scope, Language language, CancellationToken cancellationToken)
    {
        var run = nudges is null ? null : await nudges.LastRunAsync(scope, cancellationToken);
        if (run is null)
        {
            return new ReplyMessage(Say.In(language, "No nudge pass has run for your zone yet.", "आपके अंचल के लिए अभी तक कोई नज (अनुस्मारक) नहीं भेजा गया है।"));
        }

        var title = Say.In(language, $"Last nudge pass: {Say.Date(Domain.Time.IndiaCalendar.DateOf(run.RanAt))}", $"अंतिम नज: {Say.Date(Domain.Time.IndiaCalendar.DateOf(run.RanAt))}");
        var facts = new List<(string, string)>
        {
            (Say.In(language, "Sent", "भेजे गए"), run.Sent.ToString(CultureInfo.InvariantCulture)),
            (Say.In(language, "Failed", "विफल"), run.Failed.ToString(CultureInfo.InvariantCulture)),
            (Say.In(language, "Unreachable", "संपर्क से बाहर"), run.Unreachable.ToString(CultureInfo.InvariantCulture)),
            (Say.In(language, "Pending", "लंबित"), run.Pending.ToString(CultureInfo.InvariantCulture)),
        };
        var card = new AdaptiveCard().Title(title).Facts(facts);
        if (run.UnreachableOfficers.Count > 0)
        {
            card.Text(Say.In(language, "Reach these officers another way:", "इन अधिकारियों से अन्य माध्यम से संपर्क करें:"), bold: true).Bullets(run.UnreachableOfficers.Take(DefaultersShown));
        }

        return new ReplyMessage(string.Join("\n", facts.Select(f => $"{f.Item1}: {f.Item2}").Prepend($"**{title}**")), card.Build(title));
    }

    private static JsonObject Donut(Language language, int compliant, int notCompliant) => new()
    {
        ["type"] = "Chart.Donut",
        ["title"] = Say.In(language, "Compliance", "अनुपालन"),
        ["data"] = new JsonArray
        {
            new JsonObject { ["legend"] = Say.In(language, "Fully compliant", "पूर्ण अनुपालन"), ["value"] = compliant },
            new JsonObject { ["legend"] = Say.In(language, "Not yet", "अभी नहीं"), ["value"] = notCompliant },
        },
    };

    private static JsonObject Ask(string text) => new() { ["ask"] = text };

    private static string Share(int part, int whole) =>
        whole == 0 ? "0" : $"{part} ({(100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture)}%)";
}
