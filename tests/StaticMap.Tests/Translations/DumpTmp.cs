namespace StaticMap.Tests.Translations;
public class DumpTmp(SpanishSite fixture) : IClassFixture<SpanishSite>
{
    [Fact]
    public void Dump()
    {
        var to = "/tmp/es-site";
        if (Directory.Exists(to)) Directory.Delete(to, true);
        foreach (var f in Directory.GetFiles(fixture.Built.Output, "*", SearchOption.AllDirectories))
        {
            var t = Path.Combine(to, Path.GetRelativePath(fixture.Built.Output, f));
            Directory.CreateDirectory(Path.GetDirectoryName(t)!);
            File.Copy(f, t);
        }
    }
}
