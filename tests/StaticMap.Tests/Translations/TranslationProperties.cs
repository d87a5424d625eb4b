using FsCheck.Xunit;
using StaticMap.Tests.Conformance;
using Xunit.Sdk;

namespace StaticMap.Tests.Translations;

/// <summary>Property: a translation identical in structure to its original (here: a copy of each file, in French) never
/// gives an error, whatever form of the contract the generated plans use.</summary>
[Trait("Category", "Slow")]
public class TranslationProperties
{
    [Property(MaxTest = 40, Arbitrary = [typeof(ConformanceArbitraries)])]
    public void A_translation_with_the_originals_structure_gives_no_error(Choices choices)
    {
        var repository = PlanGenerator.Generate(choices);
        using var run = new ConformanceRun(repository, choices);
        foreach (var plan in repository.Plans)
        {
            var planYml = Path.Combine(run.Root, plan.PlanYml.Path);
            File.AppendAllText(planYml, "\ntranslations: [fr]\n");
            foreach (var file in plan.Components.Values.Concat(plan.Progress))
            {
                var full = Path.Combine(run.Root, file.Path);
                File.Copy(full, Path.ChangeExtension(full, ".fr.md"));
            }
        }
        var errors = run.Check().Diagnostics.Where(d => d.IsError).ToList();
        if (errors.Count > 0)
            throw new XunitException(run.Explain($"{errors.Count} error(s) from plans translated file by file:", errors));
    }
}
