using System.Text;

namespace KarmayogiBot.Deployment.Tests.Support;

/// <summary>A light check of an ARM template expression "[...]": quotes closed, brackets balanced, and the functions it calls.</summary>
public static class ArmExpression
{
    /// <summary>The template functions this repository's templates may use (ARM knows more; add one here when a template needs it).</summary>
    public static readonly IReadOnlySet<string> KnownFunctions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "parameters", "variables", "concat", "format", "if", "equals", "not", "and", "or", "empty", "coalesce", "contains",
        "resourceGroup", "subscription", "tenant", "environment", "uniqueString", "newGuid", "guid", "resourceId",
        "reference", "listKeys", "createObject", "createArray", "union", "toLower", "toUpper", "string", "int", "length",
        "replace", "substring", "take", "skip", "split", "json",
    };

    /// <summary>The problems found (empty when the expression is well formed), and the functions it calls.</summary>
    public static (IReadOnlyList<string> Problems, IReadOnlyList<string> Functions) Check(string expression)
    {
        var problems = new List<string>();
        var functions = new List<string>();
        var body = expression[1..^1];
        var depth = new Stack<char>();
        var word = new StringBuilder();
        var inString = false;
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (inString)
            {
                if (c == '\'')
                {
                    if (i + 1 < body.Length && body[i + 1] == '\'')
                    {
                        i++;
                    }
                    else
                    {
                        inString = false;
                    }
                }

                continue;
            }

            if (char.IsLetterOrDigit(c) || c == '_')
            {
                word.Append(c);
                continue;
            }

            if (c == '(' && word.Length > 0 && !(i > word.Length && body[i - word.Length - 1] == '.'))
            {
                functions.Add(word.ToString());
            }

            word.Clear();
            switch (c)
            {
                case '\'':
                    inString = true;
                    break;
                case '(' or '[':
                    depth.Push(c);
                    break;
                case ')' or ']':
                    if (depth.Count == 0 || depth.Pop() != (c == ')' ? '(' : '['))
                    {
                        problems.Add($"unbalanced '{c}' at {i + 1}");
                    }

                    break;
            }
        }

        if (inString)
        {
            problems.Add("a string is not closed");
        }

        if (depth.Count > 0)
        {
            problems.Add($"'{depth.Peek()}' is not closed");
        }

        problems.AddRange(functions.Where(f => !KnownFunctions.Contains(f)).Select(f => $"unknown function {f}()"));
        return (problems, functions);
    }
}
