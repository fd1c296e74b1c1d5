using System.Globalization;
using System.Text.Json.Nodes;

namespace KarmayogiBot.Protocol.Tests.Support;

/// <summary>Compares JSON by meaning: same properties and values, timestamps compared as instants.</summary>
internal static class JsonAssert
{
    public static void Equivalent(string expectedJson, string actualJson)
    {
        var expected = JsonNode.Parse(expectedJson);
        var actual = JsonNode.Parse(actualJson);
        var difference = FindDifference(expected, actual, "$");
        Assert.True(difference is null, difference);
    }

    private static string? FindDifference(JsonNode? expected, JsonNode? actual, string path)
    {
        switch (expected)
        {
            case null:
                return actual is null ? null : $"{path}: expected null, got {actual.ToJsonString()}";
            case JsonObject expectedObject:
                if (actual is not JsonObject actualObject)
                {
                    return $"{path}: expected an object, got {actual?.ToJsonString() ?? "nothing"}";
                }

                foreach (var (name, value) in expectedObject)
                {
                    if (!actualObject.ContainsKey(name))
                    {
                        return value is null ? null : $"{path}.{name}: missing";
                    }

                    var inner = FindDifference(value, actualObject[name], $"{path}.{name}");
                    if (inner is not null)
                    {
                        return inner;
                    }
                }

                var extra = actualObject.Select(p => p.Key).FirstOrDefault(k => !expectedObject.ContainsKey(k));
                return extra is null ? null : $"{path}.{extra}: not in the original";
            case JsonArray expectedArray:
                if (actual is not JsonArray actualArray || actualArray.Count != expectedArray.Count)
                {
                    return $"{path}: arrays differ";
                }

                for (var i = 0; i < expectedArray.Count; i++)
                {
                    var inner = FindDifference(expectedArray[i], actualArray[i], $"{path}[{i}]");
                    if (inner is not null)
                    {
                        return inner;
                    }
                }

                return null;
            default:
                if (actual is null)
                {
                    return $"{path}: missing value";
                }

                if (JsonNode.DeepEquals(expected, actual))
                {
                    return null;
                }

                if (path.EndsWith("imestamp", StringComparison.Ordinal)
                    && DateTimeOffset.TryParse(expected.ToString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var e)
                    && DateTimeOffset.TryParse(actual.ToString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var a)
                    && e == a && e.Offset == a.Offset)
                {
                    return null;
                }

                return $"{path}: expected {expected.ToJsonString()}, got {actual.ToJsonString()}";
        }
    }
}
