using FsCheck.Xunit;
using Xunit.Sdk;

namespace StaticMap.Tests.Conformance;

/// <summary>
/// Property: a repository that follows the authoring contract builds with zero errors. FsCheck generates the
/// generator's decisions (<see cref="Choices"/>); on failure it shrinks them and prints the seed ("Replay: (…)"):
/// put it in the attribute as Replay = "(…)" to run exactly those cases again.
/// The generator writes every form the contract allows.
/// Check (validation in-process) runs 100 repositories; a full Build into a temporary folder runs 12.
/// </summary>
[Trait("Category", "Slow")]
public class ConformanceProperties
{
    [Property(MaxTest = 100, Arbitrary = [typeof(ConformanceArbitraries)])]
    public void Every_contract_following_repository_checks_with_zero_errors(Choices choices)
    {
        var repository = PlanGenerator.Generate(choices);
        using var run = new ConformanceRun(repository, choices);
        var result = run.Check();
        var errors = result.Diagnostics.Where(d => d.IsError).ToList();
        if (errors.Count > 0)
            throw new XunitException(run.Explain($"{errors.Count} error(s) from a repository that follows the contract:", errors));
        if (result.Plans != repository.Plans.Count)
            throw new XunitException(run.Explain($"StaticMap found {result.Plans} plan(s), the generator wrote {repository.Plans.Count}", result.Diagnostics));
    }

    [Property(MaxTest = 12, Arbitrary = [typeof(ConformanceArbitraries)])]
    public void Every_contract_following_repository_builds_with_zero_errors(Choices choices)
    {
        var repository = PlanGenerator.Generate(choices);
        using var run = new ConformanceRun(repository, choices);
        var result = run.Build();
        if (result.Errors > 0)
            throw new XunitException(run.Explain($"{result.Errors} error(s) building a repository that follows the contract:", result.Diagnostics.Where(d => d.IsError)));
        var missing = repository.Plans.Where(p => p.Released)
            .SelectMany(p => PlanGenerator.ComponentKinds.Select(k => $"{p.Id}/{k}/index.html")
                .Concat(p.Progress.Select(r => $"{p.Id}/progress/{r.Kind}/index.html")))
            .Where(page => !File.Exists(Path.Combine(run.Root, "_site", page)))
            .ToList();
        if (missing.Count > 0)
            throw new XunitException(run.Explain($"the build did not write {string.Join(", ", missing)}", result.Diagnostics));
    }
}
