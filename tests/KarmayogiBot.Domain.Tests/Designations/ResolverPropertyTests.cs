using FsCheck;
using FsCheck.Fluent;
using KarmayogiBot.Domain.Designations;
using KarmayogiBot.Domain.Text;

namespace KarmayogiBot.Domain.Tests.Designations;

public sealed class ResolverPropertyTests
{
    private static readonly DesignationResolver Resolver = new(TestCatalog.Catalog, TestCatalog.Plan2025);

    [Fact]
    public void AnyText_GetsOneOfTheThreeAnswers_AndNeverThrows() =>
        Prop.ForAll<string>(text =>
        {
            var resolution = Resolver.Resolve(text ?? "", text);
            return resolution is ResolvedDesignation { Role: var role } ? TestCatalog.Plan2025.Roles.Contains(role)
                : resolution is AmbiguousDesignation { Candidates.Count: > 1 } or UnknownDesignation;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void EverySpellingOfEveryDesignation_InAnyCase_ResolvesToTheSameDesignation()
    {
        var spellings = TestCatalog.Catalog.Designations.SelectMany(d => d.Aliases.Concat(d.Hindi).Prepend(d.Name).Select(s => (d, s))).ToArray();
        Prop.ForAll(Gen.Elements(spellings).ToArbitrary(), Gen.Elements(Wings).ToArbitrary(), (pick, formation) =>
        {
            var resolution = Resolver.Resolve(pick.s.ToUpperInvariant(), formation);
            return resolution switch
            {
                ResolvedDesignation r => r.Designation == pick.d,
                AmbiguousDesignation a => a.Designation == pick.d,
                _ => false,
            };
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Normalizing_IsIdempotent() =>
        Prop.ForAll<string>(text => TextNormalizer.Words(TextNormalizer.Words(text ?? "")) == TextNormalizer.Words(text ?? "")).QuickCheckThrowOnFailure();

    private static readonly string?[] Wings = [null, "CGST Chennai", "JNCH", "NACIN", "Chennai"];
}
