using System.Text.Json;
using System.Text.RegularExpressions;

namespace KarmayogiBot.Assistant.Tests;

/// <summary>
/// Officers' questions with the facts each answer must contain (the botcheck case format, so the same files
/// run against the live bot: botcheck.py run --cases tests/KarmayogiBot.Assistant.Tests/Questions/questions.jsonl).
/// </summary>
public sealed class QuestionSetTests
{
    /// <summary>The day each file's questions are asked on: the project's own sets in March 2026, before the 2025-26 deadline; the dev set and the reading set in December 2026, as the live bot answers them now.</summary>
    public static readonly IReadOnlyDictionary<string, DateOnly> Files = new Dictionary<string, DateOnly>
    {
        ["sample.jsonl"] = new(2026, 3, 20),
        ["questions.jsonl"] = new(2026, 3, 20),
        ["dev.jsonl"] = new(2026, 12, 3),
        ["readings.jsonl"] = new(2026, 12, 3),
    };

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var (id, json) in Files.Keys.SelectMany(Read))
        {
            data.Add(id, json);
        }

        return data;
    }

    /// <summary>A question file's cases: "file:id" and the case's JSON line.</summary>
    public static IEnumerable<(string Id, string Json)> Read(string file)
    {
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Questions", file)).Where(l => l.Trim().Length > 0))
        {
            using var doc = JsonDocument.Parse(line);
            yield return ($"{file}:{doc.RootElement.GetProperty("id").GetString()!}", line);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Answer_ContainsTheFactsItMust(string id, string caseJson)
    {
        var miss = await MissAsync(id, caseJson, Files[id[..id.IndexOf(':', StringComparison.Ordinal)]]);
        Assert.True(miss is null, miss);
    }

    /// <summary>Asks a case's turns as a new user on <paramref name="today"/>; null when the last answer has every fact it must, else what is wrong and the answer.</summary>
    public static async Task<string?> MissAsync(string id, string caseJson, DateOnly today)
    {
        using var doc = JsonDocument.Parse(caseJson);
        var turns = doc.RootElement.GetProperty("turns").EnumerateArray().Select(t => t.GetString()!).ToArray();
        var expect = doc.RootElement.GetProperty("expect");
        var answer = await new AssistantHarness { Today = today }.AskAsync($"user-{id}", turns);

        bool Says(string pattern) => Regex.IsMatch(answer, pattern, RegexOptions.IgnoreCase | RegexOptions.Singleline);
        foreach (var pattern in Patterns(expect, "all"))
        {
            if (!Says(pattern))
            {
                return $"[{id}] missing /{pattern}/ in:\n{answer}";
            }
        }

        var any = Patterns(expect, "any").ToList();
        if (any.Count > 0 && !any.Any(Says))
        {
            return $"[{id}] none of {string.Join(", ", any)} in:\n{answer}";
        }

        foreach (var pattern in Patterns(expect, "none"))
        {
            if (Says(pattern))
            {
                return $"[{id}] unwanted /{pattern}/ in:\n{answer}";
            }
        }

        return null;
    }

    private static IEnumerable<string> Patterns(JsonElement expect, string key) =>
        expect.TryGetProperty(key, out var list) ? list.EnumerateArray().Select(p => p.GetString()!) : [];
}
