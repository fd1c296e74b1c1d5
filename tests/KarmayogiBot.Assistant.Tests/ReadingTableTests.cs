using System.Text;
using System.Text.Json;
using KarmayogiBot.Assistant.Understanding;
using KarmayogiBot.Domain.Compliance;
using Xunit.Abstractions;

namespace KarmayogiBot.Assistant.Tests;

/// <summary>
/// The table of readings over each question file (question, kind expected, kind read, confidence), printed so that a
/// regression shows where it is: dotnet test --filter ReadingTableTests --logger "console;verbosity=detailed".
/// A question with a "kind" must be read as that kind (a topic as topic/&lt;id&gt;, an open question as open/&lt;id&gt;).
/// </summary>
public sealed class ReadingTableTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("readings.jsonl")]
    [InlineData("dev.jsonl")]
    [InlineData("questions.jsonl")]
    [InlineData("sample.jsonl")]
    public void Readings_OfEachQuestion_AreTheKindsExpected(string file)
    {
        var reader = new SentenceReader(AssistantHarness.Catalog, new StandingEvaluator(AssistantHarness.Catalog));
        var cycle = AssistantHarness.Catalog.CurrentPlan(QuestionSetTests.Files[file])!;
        var table = new StringBuilder($"{"question",-60} {"expected",-28} {"read",-28} confidence  evidence\n");
        var wrong = new List<string>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Questions", file)).Where(l => l.Trim().Length > 0))
        {
            using var doc = JsonDocument.Parse(line);
            var turns = doc.RootElement.GetProperty("turns").EnumerateArray().Select(t => t.GetString()!).ToList();
            var expected = doc.RootElement.TryGetProperty("kind", out var kind) ? kind.GetString()! : "-";
            var reading = reader.Read(turns[^1], cycle).Understood;
            var read = Kind(reading);
            var evidence = string.Join(" ", reader.Evidence(turns[^1], cycle).Take(3).Select(e => $"{e.Kind}={e.Score}"));
            table.AppendLine($"{Cut(turns[^1], 60),-60} {expected,-28} {read,-28} {reading.Confidence,10:0.00}  {evidence}");
            if (expected != "-" && !expected.Split('|').Contains(read))
            {
                wrong.Add($"{doc.RootElement.GetProperty("id").GetString()}: expected {expected}, read {read} ({turns[^1]})");
            }
        }

        output.WriteLine(table.ToString());
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    /// <summary>A reading as the phrasing files name kinds: "courses", "topic/apar", "open/fee", with "+deadline" for a second thing asked.</summary>
    public static string Kind(Understood reading)
    {
        var kind = reading.Intent switch
        {
            Intent.Topic => PhrasingBank.TopicPrefix + reading.Topic!.Id,
            Intent.OpenQuestion => PhrasingBank.OpenPrefix + reading.Open!.Id,
            var intent => PhrasingBank.KindName(intent),
        };
        return reading.Also is { } also ? $"{kind}+{PhrasingBank.KindName(also)}" : kind;
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
