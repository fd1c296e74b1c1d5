using KarmayogiBot.Domain.Text;

namespace KarmayogiBot.Domain.Catalog;

/// <summary>
/// Finds the catalog course an iGOT export or an officer names, whatever the spelling: case, "&amp;",
/// dashes, "by &lt;provider&gt;" suffixes (even doubled, as Annexure A has), and per-role programme
/// names such as "Comprehensive Assessment for Deputy/Assistant Commissioner".
/// </summary>
public sealed class CourseNameMatcher
{
    private readonly Dictionary<string, Course> _byKey;
    private readonly List<(string Prefix, Course Course)> _prefixes;

    internal CourseNameMatcher(IEnumerable<Course> courses)
    {
        _byKey = new Dictionary<string, Course>(StringComparer.Ordinal);
        _prefixes = [];
        foreach (var course in courses)
        {
            foreach (var key in KeysOf(course))
            {
                _byKey.TryAdd(key, course);
            }

            if (course.MatchPrefix is not null)
            {
                _prefixes.Add((TextNormalizer.Compact(course.MatchPrefix), course));
            }
        }
    }

    /// <summary>Every match key of a course: its name and aliases, with and without the provider suffix.</summary>
    internal static IEnumerable<string> KeysOf(Course course)
    {
        foreach (var name in course.Aliases.Prepend(course.Name))
        {
            yield return TextNormalizer.Compact(name);
        }

        if (course.Provider is not null)
        {
            yield return TextNormalizer.Compact($"{course.Name} by {course.Provider}");
        }
    }

    /// <summary>The course this name stands for, or null when the catalog has none.</summary>
    public Course? Match(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var words = TextNormalizer.Words(name);
        while (true)
        {
            var key = words.Replace(" ", "", StringComparison.Ordinal);
            if (_byKey.TryGetValue(key, out var course))
            {
                return course;
            }

            foreach (var (prefix, programme) in _prefixes)
            {
                if (key.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return programme;
                }
            }

            var by = words.LastIndexOf(" by ", StringComparison.Ordinal);
            if (by <= 0)
            {
                return null;
            }

            words = words[..by];
        }
    }
}
