using System.Globalization;
using System.Text.Json.Nodes;
using KarmayogiBot.Assistant.Cards;
using KarmayogiBot.Domain.Officers;

namespace KarmayogiBot.Assistant.Answers;

/// <summary>What the bot says about a report or roster a nodal officer drops into the chat: received, refused, asked for its password, imported or not.</summary>
public static class ImportAnswers
{
    /// <summary>The data of the "Import the good rows" button: the file kept since it was refused is imported with <c>--accept-partial</c>.</summary>
    public const string AcceptPartialAction = "importAcceptPartial";

    /// <summary>The most problems named in the chat; the rest are in the rejects file.</summary>
    public const int ProblemsShown = 5;

    public static ReplyMessage NotAllowed(Language language) => new(Say.In(language,
        "Only a nodal officer (or an admin) can import iGOT reports or the roster here, so I have not opened this file. Please send it to your zone's nodal officer.",
        "यहाँ iGOT रिपोर्ट या रोस्टर केवल नोडल अधिकारी (या एडमिन) आयात कर सकते हैं, इसलिए मैंने यह फ़ाइल नहीं खोली है। कृपया इसे अपने अंचल के नोडल अधिकारी को भेजें।"));

    public static ReplyMessage Received(string file, Language language) => new(Say.In(language,
        $"Received {file}: importing it now. I will reply here when it is done.",
        $"{file} प्राप्त हुई: इसे अभी आयात किया जा रहा है। पूरा होने पर मैं यहीं उत्तर दूँगा।"));

    public static ReplyMessage OneAtATime(Language language) => new(Say.In(language,
        "Please send one file per message: I import each file as it comes.",
        "कृपया एक संदेश में एक ही फ़ाइल भेजें: मैं हर फ़ाइल आते ही आयात करता हूँ।"));

    public static ReplyMessage Busy(string file, Language language) => new(Say.In(language,
        $"{file} was not imported: another import for your zone is running. Send it again when that one has finished.",
        $"{file} आयात नहीं हुई: आपके अंचल का एक अन्य आयात चल रहा है। उसके पूरा होने पर इसे फिर से भेजें।"));

    public static ReplyMessage HostNotAllowed(string file, string host, Language language) => new(Say.In(language,
        $"{file} was not fetched: {host} is not one of the places this bot takes files from (the SharePoint and OneDrive hosts Teams keeps chat files on). Nothing was changed.",
        $"{file} नहीं ली गई: {host} उन स्थानों में नहीं है जहाँ से यह बॉट फ़ाइलें लेता है (Teams की SharePoint और OneDrive होस्ट)। कुछ नहीं बदला गया।"));

    public static ReplyMessage TooBig(string file, long maxBytes, Language language)
    {
        var megabytes = (maxBytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture);
        return new(Say.In(language,
            $"{file} was not imported: it is larger than {megabytes} MB, the most this bot takes. Nothing was changed.",
            $"{file} आयात नहीं हुई: यह {megabytes} MB से बड़ी है, जो इस बॉट की सीमा है। कुछ नहीं बदला गया।"));
    }

    public static ReplyMessage DownloadFailed(string file, Language language) => new(Say.In(language,
        $"{file} could not be downloaded from Teams (the link Teams gives lasts a few minutes). Please send it again. Nothing was changed.",
        $"{file} Teams से डाउनलोड नहीं हो सकी (Teams का लिंक कुछ ही मिनट चलता है)। कृपया इसे फिर से भेजें। कुछ नहीं बदला गया।"));

    public static ReplyMessage NoLongerKept(TimeSpan kept, Language language) => new(Say.In(language,
        $"That file is no longer kept (a file waits {N((int)kept.TotalMinutes)} minutes for its next step). Please send it again.",
        $"वह फ़ाइल अब नहीं रखी गई है (फ़ाइल अगले कदम के लिए {N((int)kept.TotalMinutes)} मिनट रुकती है)। कृपया इसे फिर से भेजें।"));

    public static ReplyMessage PasswordNeeded(string file, bool again, Language language) => new(again
        ? Say.In(language,
            $"That password does not open {file}. Send the password again as your next message, or send the file again.",
            $"वह पासवर्ड {file} नहीं खोलता। अगले संदेश में पासवर्ड फिर से भेजें, या फ़ाइल फिर से भेजें।")
        : Say.In(language,
            $"{file} is password-protected. Send me its password as your next message: it is used for this import only, never stored or logged.",
            $"{file} पासवर्ड से सुरक्षित है। अगले संदेश में इसका पासवर्ड भेजें: यह केवल इसी आयात के लिए प्रयोग होगा, न सहेजा जाएगा न लॉग किया जाएगा।"));

    /// <summary>The file was read but not imported: the first problems, the link to all of them, and (when only some rows are bad) the button to import the good rows.</summary>
    /// <param name="problems">The problems, as "file, row N: reason", the first <see cref="ProblemsShown"/> shown.</param>
    public static ReplyMessage NotImported(string file, int problemCount, IReadOnlyList<string> problems, Uri? rejects, bool goodRowsCanBeImported, Language language)
    {
        var title = Say.In(language, $"{file}: nothing was imported", $"{file}: कुछ भी आयात नहीं हुआ");
        var intro = Say.In(language,
            $"{Say.Count(problemCount, "problem", "problems")} in the file{(problemCount > ProblemsShown ? $" (the first {ProblemsShown})" : "")}; the store is as it was:",
            $"फ़ाइल में {problemCount} समस्याएँ{(problemCount > ProblemsShown ? $" (पहली {ProblemsShown})" : "")}; आँकड़े पहले जैसे हैं:");
        var shown = problems.Take(ProblemsShown).ToList();
        var next = goodRowsCanBeImported
            ? Say.In(language, "Correct the rows and send the file again, or import the good rows only.", "पंक्तियाँ ठीक करके फ़ाइल फिर भेजें, या केवल सही पंक्तियाँ आयात करें।")
            : Say.In(language, "Correct the file and send it again.", "फ़ाइल ठीक करके फिर से भेजें।");
        var card = new AdaptiveCard().Title(title).Text(intro).Bullets(shown).Text(next, bold: true);
        if (rejects is not null)
        {
            card.OpenUrl(Say.In(language, "All rejected rows (.xlsx)", "सभी अस्वीकृत पंक्तियाँ (.xlsx)"), rejects.ToString());
        }

        if (goodRowsCanBeImported)
        {
            card.Submit(Say.In(language, "Import the good rows", "सही पंक्तियाँ आयात करें"), new JsonObject { ["importAction"] = AcceptPartialAction });
        }

        var text = string.Join("\n", new[] { $"**{title}**", intro }.Concat(shown.Select(p => "- " + p)).Append(next)
            .Append(rejects is null ? "" : Say.In(language, $"All rejected rows: {rejects}", $"सभी अस्वीकृत पंक्तियाँ: {rejects}")).Where(l => l.Length > 0));
        return new ReplyMessage(text, card.Build(title));
    }

    /// <summary>What one imported file did, line by line.</summary>
    public static ReplyMessage Imported(string file, ImportKind? kind, DateOnly? reportDate, ImportCounts c, bool partial, Language language)
    {
        var what = What(kind, language);
        var title = Say.In(language, $"Imported {file} ({what}{(reportDate is { } d ? $", report of {Say.Date(d)}" : "")})",
            $"{file} आयात हुई ({what}{(reportDate is { } h ? $", {Say.Date(h)} की रिपोर्ट" : "")})");
        var records = Records(kind, language);
        var lines = new List<string>
        {
            Say.In(language, $"{N(c.RowsRead)} rows read; {N(c.OfficersMatched)} officers matched", $"{N(c.RowsRead)} पंक्तियाँ पढ़ी गईं; {N(c.OfficersMatched)} अधिकारी मिले"),
            Say.In(language, $"{records}: {N(c.Added)} added, {N(c.Updated)} updated, {N(c.Unchanged)} unchanged", $"{records}: {N(c.Added)} जोड़े गए, {N(c.Updated)} अद्यतन, {N(c.Unchanged)} अपरिवर्तित"),
        };
        if (c.Rejected > 0 || partial)
        {
            lines.Add(Say.In(language, $"{N(c.Rejected)} {(c.Rejected == 1 ? "row" : "rows")} rejected (the good rows were imported)", $"{N(c.Rejected)} पंक्तियाँ अस्वीकृत (सही पंक्तियाँ आयात हुईं)"));
        }

        if (c.TransferredOut > 0)
        {
            lines.Add(Say.In(language, $"{N(c.TransferredOut)} officers of the zone not on this roster marked transferred out (kept with their records)",
                $"इस रोस्टर में न होने वाले अंचल के {N(c.TransferredOut)} अधिकारी स्थानांतरित माने गए (उनके अभिलेख रखे गए हैं)"));
        }

        if (c.OutsideZone > 0)
        {
            lines.Add(Say.In(language, $"{N(c.OutsideZone)} rows of officers outside this zone's roster skipped", $"इस अंचल के रोस्टर से बाहर के अधिकारियों की {N(c.OutsideZone)} पंक्तियाँ छोड़ी गईं"));
        }

        var card = new AdaptiveCard().Title(title).Bullets(lines);
        return new ReplyMessage(string.Join("\n", lines.Select(l => "- " + l).Prepend($"**{title}**")), card.Build(title));
    }

    /// <summary>What an imported file was: "roster", "iGOT ConsumptionReport", ...</summary>
    public static string What(ImportKind? kind, Language language) => kind switch
    {
        ImportKind.Roster => Say.In(language, "roster", "रोस्टर"),
        ImportKind.IgotUsers => "iGOT UserReport",
        ImportKind.IgotConsumption => "iGOT ConsumptionReport",
        ImportKind.IgotCbpEnrolment => "iGOT CBPEnrollmentReport",
        _ => Say.In(language, "not recognised", "पहचानी नहीं गई"),
    };

    /// <summary>What an import of that kind adds and updates: officers, profiles or course records.</summary>
    public static string Records(ImportKind? kind, Language language) => kind switch
    {
        ImportKind.Roster => Say.In(language, "officers", "अधिकारी"),
        ImportKind.IgotUsers => Say.In(language, "profiles", "प्रोफ़ाइल"),
        _ => Say.In(language, "course records", "पाठ्यक्रम अभिलेख"),
    };

    private static string N(int count) => count.ToString("N0", CultureInfo.InvariantCulture);
}
