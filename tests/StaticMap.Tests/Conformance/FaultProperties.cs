using FsCheck.Xunit;
using StaticMap.Core.Diagnostics;
using Xunit.Sdk;

namespace StaticMap.Tests.Conformance;

/// <summary>
/// Property: one fault in a contract-following repository gives exactly one error, with the fault's code, file, line
/// and column. FsCheck picks the repository and the fault; the theory runs every fault of the catalogue on two fixed
/// repositories so that none goes untested.
/// </summary>
[Trait("Category", "Slow")]
public class FaultProperties
{
    /// <summary>The fault is chosen by the first decision; the repository by the rest.</summary>
    [Property(MaxTest = 100, Arbitrary = [typeof(ConformanceArbitraries)])]
    public void A_single_fault_gives_exactly_one_error_where_it_is(Choices choices)
    {
        var first = choices.Values.Length > 0 ? choices.Values[0] : 0;
        var repositoryChoices = new Choices(choices.Values.Skip(1).ToArray());
        var faultChoices = new Choices(choices.Values.Skip(ConformanceArbitraries.Length / 2).ToArray());
        for (var i = 0; i < Faults.All.Count; i++)
        {
            // The first fault from the chosen one on that applies to this repository.
            var fault = Faults.All[(int)(((uint)first + (uint)i) % (uint)Faults.All.Count)];
            if (Run(fault, repositoryChoices, faultChoices)) return;
            faultChoices = faultChoices.Restart();
        }
    }

    public static TheoryData<string> FaultNames() => [.. Faults.All.Select(f => f.Name)];

    /// <summary>Every fault on two repositories (seeded, the same on every run), for coverage of the whole catalogue.</summary>
    [Theory]
    [MemberData(nameof(FaultNames))]
    public void Each_fault_gives_exactly_one_error_where_it_is(string name)
    {
        var fault = Faults.All.Single(f => f.Name == name);
        var applied = 0;
        for (var seed = 0; seed < 40 && applied < 2; seed++)
        {
            var random = new Random(StableSeed(name) + seed);
            var values = Enumerable.Range(0, ConformanceArbitraries.Length).Select(_ => random.Next(0, 1 << 30)).ToArray();
            if (Run(fault, new Choices(values), new Choices(values.Reverse().ToArray()), seed)) applied++;
        }
        Assert.True(applied > 0, $"the fault '{name}' applied to none of 40 generated repositories");
    }

    /// <summary>The same number for the same name on every run and machine (string.GetHashCode is randomised per process).</summary>
    private static int StableSeed(string name)
    {
        var h = 2166136261u;
        foreach (var ch in name) h = (h ^ ch) * 16777619u;
        return (int)(h & 0x3FFFFFFF);
    }

    /// <summary>Applies the fault and checks; false when the fault does not apply to the repository.</summary>
    private static bool Run(Fault fault, Choices repositoryChoices, Choices faultChoices, int? seed = null)
    {
        var repository = PlanGenerator.Generate(repositoryChoices);
        var expected = fault.Apply(repository, faultChoices);
        if (expected is null) return false;
        using var run = new ConformanceRun(repository, repositoryChoices);
        var diagnostics = run.Check().Diagnostics;
        var errors = diagnostics.Where(d => d.IsError).ToList();
        var at = expected.At(run.Written);
        var want = new SourceSpan(expected.Path, at.Line, at.Column);
        if (errors.Count == 1 && errors[0].Code == expected.Code && errors[0].Span == want) return true;
        throw new XunitException(run.Explain(
            $"fault '{fault.Name}'{(expected.Note.Length > 0 ? $" ({expected.Note})" : "")}{(seed is null ? "" : $", repository seed {seed} of the theory (new Random(StableSeed(name) + seed))")}: " +
            $"expected exactly one error, {expected.Code} at {want}; got {errors.Count} error(s):", diagnostics));
    }
}
