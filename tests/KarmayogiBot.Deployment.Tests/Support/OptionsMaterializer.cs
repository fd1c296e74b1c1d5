using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KarmayogiBot.Deployment.Tests.Support;

/// <summary>
/// Reads every options type of this solution that the container configures (an <c>IConfigureOptions&lt;T&gt;</c>
/// registration), so options a process binds only on a rare path (an export, a nudge pass) are read now. Library
/// options (Quartz's, logging's) are left to the libraries: some exist only as named instances.
/// </summary>
public static class OptionsMaterializer
{
    public static IReadOnlyList<Type> ReadAll(IServiceProvider services, IServiceCollection registrations)
    {
        var optionTypes = registrations
            .Select(d => d.ServiceType)
            .Where(t => t.IsGenericType && !t.ContainsGenericParameters && t.GetGenericTypeDefinition() == typeof(IConfigureOptions<>))
            .Select(t => t.GetGenericArguments()[0])
            .Where(t => t.Assembly.GetName().Name!.StartsWith("KarmayogiBot.", StringComparison.Ordinal))
            .Distinct()
            .ToList();
        foreach (var type in optionTypes)
        {
            var options = services.GetRequiredService(typeof(IOptionsMonitor<>).MakeGenericType(type));
            _ = options.GetType().GetProperty(nameof(IOptionsMonitor<object>.CurrentValue))!.GetValue(options);
        }

        return optionTypes;
    }
}
