using StaticMap.Core.Schemas;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Schemas;

public class PublishedSchemaTests
{
    [Fact]
    public void The_site_publishes_the_schemas_under_schemas()
    {
        using var site = TestSite.Valid();
        var build = site.Build();
        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        foreach (var file in new[] { PlanSchemas.PlanFile, PlanSchemas.ComponentFile, PlanSchemas.ProgressFile })
            Assert.Equal(File.ReadAllText(Path.Combine(SchemaTests.Folder, file)), File.ReadAllText(Path.Combine(site.Output, "schemas", file)));
    }
}
